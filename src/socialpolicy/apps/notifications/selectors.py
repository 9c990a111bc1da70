"""Reads of the notifications app: a person sees only their own notifications."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from socialpolicy.apps.core.access import get_for_user, scope_queryset
from socialpolicy.apps.notifications.models import Notification


def notification_list(*, user: Any) -> QuerySet[Notification]:
    return scope_queryset(user, Notification.objects.filter(recipient=user))


def notification_get(*, user: Any, pk: int) -> Notification:
    return get_for_user(user, Notification.objects.filter(recipient=user), "change", pk=pk)


def unread_count(*, user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def unread_action(user: Any) -> list:
    """A home-page pointer to unread notifications (reminders and escalations arrive there too)."""
    from django.urls import reverse

    from socialpolicy.apps.core.home import HomeAction

    count = unread_count(user=user)
    if not count:
        return []
    return [
        HomeAction(
            title=f"{count} unread notification{'s' if count != 1 else ''}",
            url=reverse("notifications:list"),
            urgency="info",
        )
    ]
