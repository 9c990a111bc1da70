"""Navigation by role: apps register their entries here; the base template shows the visible ones.

nav_item("Check before you post", "screening:check", section="My work", order=20)
nav_item("Audit log", "audit:log", section="Trust", visible=lambda user: has_any_role(user, "hr"))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from socialpolicy.apps.core.access import roles_of

SECTIONS = ("My work", "My academy", "Safeguarding", "Monitoring", "Trust", "Administration")


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    section: str
    order: int
    visible: Callable[[Any], bool]


NAV_ITEMS: list[NavItem] = []


def nav_item(
    label: str,
    url_name: str,
    *,
    section: str = "My work",
    order: int = 50,
    visible: Callable[[Any], bool] | None = None,
) -> None:
    if section not in SECTIONS:
        raise ValueError(f"unknown navigation section {section!r}")
    if any(item.url_name == url_name for item in NAV_ITEMS):
        return
    NAV_ITEMS.append(NavItem(label, url_name, section, order, visible or (lambda user: True)))


def has_any_role(user: Any, *roles: str) -> bool:
    return bool(roles_of(user).intersection(roles))


def visible_items(user: Any) -> list[tuple[str, list[NavItem]]]:
    if not getattr(user, "is_authenticated", False):
        return []
    grouped: list[tuple[str, list[NavItem]]] = []
    for section in SECTIONS:
        items = sorted(
            (i for i in NAV_ITEMS if i.section == section and i.visible(user)), key=lambda i: i.order
        )
        if items:
            grouped.append((section, items))
    return grouped
