"""The notifications app's row of the access table: a notification is its recipient's alone."""

from __future__ import annotations

from socialpolicy.apps.notifications.models import Notification
from tests.factories import UserFactory

ROLES = ("staff", "head", "dsl", "hr", "ict", "ceo", "trustee")
ALL = {"north", "south", "office"}


def _notification(places, place):
    recipient = UserFactory(academy=places[place], roles=["staff"])
    return Notification.objects.create(recipient=recipient, key=f"row-{place}-{recipient.pk}", title="Hello")


NOTIFICATIONS_ROWS = {
    "notifications.notification": (_notification, ALL, {r: set() for r in ROLES}),
}
