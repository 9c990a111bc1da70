"""What the lifecycle adds to each person's home page."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from socialpolicy.apps.core.home import HomeAction
from socialpolicy.apps.policies import selectors


def sign_actions(user: Any) -> list[HomeAction]:
    today = timezone.localdate()
    actions = []
    for request in selectors.my_open_requests(user=user):
        version = request.version
        urgency = (
            "overdue" if today > request.due_on else "due" if (request.due_on - today).days <= 7 else "todo"
        )
        actions.append(
            HomeAction(
                title=f"Sign {version.policy.title} {version.label} by {request.due_on:%-d %b}",
                url=reverse("policies:sign", args=[request.pk]),
                urgency=urgency,
                due=request.due_on,
                detail="Read the policy and confirm you have understood it (policy 4.5.1).",
            )
        )
    return actions


def compliance_panel(user: Any) -> dict | None:
    if selectors.dashboard_scope(user) is None:
        return None
    today = timezone.localdate()
    panels = []
    for version in selectors.current_versions():
        data = selectors.compliance(user=user, version=version, today=today)
        if data:
            panels.append(data)
    return {"compliance_list": panels} if panels else None
