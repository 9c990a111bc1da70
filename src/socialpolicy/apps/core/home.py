"""What each person's home page shows: their own actions first, then panels for their roles.

Apps register providers in their ``AppConfig.ready()``:

    register_actions(my_policy_actions)        # (user) -> list[HomeAction]
    register_panel(HomePanel("policies/_panel.html", compliance_context, order=10))

The home view calls every provider and shows the actions sorted by urgency and due date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

URGENCY_ORDER = {"overdue": 0, "due": 1, "todo": 2, "info": 3}


@dataclass(frozen=True)
class HomeAction:
    title: str
    url: str
    urgency: str = "todo"  # overdue | due | todo | info
    due: date | None = None
    detail: str = ""


@dataclass(frozen=True)
class HomePanel:
    template: str
    context: Callable[[Any], dict | None]  # returns None when the panel is not for this person
    order: int = 50


ACTION_PROVIDERS: list[Callable[[Any], list[HomeAction]]] = []
PANELS: list[HomePanel] = []


def register_actions(provider: Callable[[Any], list[HomeAction]]) -> None:
    if provider not in ACTION_PROVIDERS:
        ACTION_PROVIDERS.append(provider)


def register_panel(panel: HomePanel) -> None:
    if all(p.template != panel.template for p in PANELS):
        PANELS.append(panel)


def actions_for(user: Any) -> list[HomeAction]:
    actions = [action for provider in ACTION_PROVIDERS for action in provider(user)]
    return sorted(actions, key=lambda a: (URGENCY_ORDER.get(a.urgency, 9), a.due or date.max, a.title))


def panels_for(user: Any) -> list[tuple[str, dict]]:
    shown = []
    for panel in sorted(PANELS, key=lambda p: p.order):
        context = panel.context(user)
        if context is not None:
            shown.append((panel.template, context))
    return shown
