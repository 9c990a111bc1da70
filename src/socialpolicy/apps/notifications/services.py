"""Writes of the notifications app."""

from __future__ import annotations

import logging
from typing import Any

from auditlog.context import set_actor
from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from socialpolicy.apps.notifications.models import Notification

log = logging.getLogger(__name__)


def absolute_url(url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL.rstrip("/") + url


def notify(
    *, recipient: Any, key: str, title: str, body: str = "", url: str = "", email: bool = True
) -> Notification | None:
    """Record a notification and e-mail it, once per ``key``; ``None`` when the key was used before.

    The row and the e-mail share one savepoint: when sending fails the row is rolled back,
    so the next ``run-jobs`` tries again instead of losing the message.
    """
    if Notification.objects.filter(key=key).exists():
        return None
    now = timezone.now()
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                key=key,
                title=title[:200],
                body=body,
                url=url,
                created_at=now,
                emailed_at=now if email and recipient.email else None,
            )
            if notification.emailed_at:
                text = body
                if url:
                    text = f"{body}\n\n{absolute_url(url)}".strip()
                send_mail(title, text, None, [recipient.email])
    except IntegrityError:
        # Another run-jobs got there first: the unique key keeps it to one message.
        log.info("notification %s already sent", key)
        return None
    return notification


def notification_mark_read(*, actor: Any, notification: Notification) -> Notification:
    if notification.recipient_id != actor.pk:
        raise PermissionError("only the recipient may mark a notification as read")
    if notification.read_at is None:
        with transaction.atomic(), set_actor(actor):
            notification.read_at = timezone.now()
            notification.save(update_fields=["read_at"])
    return notification


def notification_mark_all_read(*, actor: Any) -> int:
    with transaction.atomic(), set_actor(actor):
        unread = list(Notification.objects.filter(recipient=actor, read_at__isnull=True))
        now = timezone.now()
        for notification in unread:  # one by one so each change has its audit entry
            notification.read_at = now
            notification.save(update_fields=["read_at"])
    return len(unread)
