from unittest import mock

import pytest
from auditlog.models import LogEntry
from django.core import mail

from socialpolicy.apps.notifications.models import Notification
from socialpolicy.apps.notifications.services import notification_mark_read, notify

pytestmark = pytest.mark.django_db


def test_notify_records_and_emails_once_per_key(staff_north):
    first = notify(recipient=staff_north, key="k1", title="Hello", body="Body", url="/policies/")
    again = notify(recipient=staff_north, key="k1", title="Hello", body="Body", url="/policies/")
    assert first is not None and again is None
    assert Notification.objects.filter(key="k1").count() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [staff_north.email] and message.subject == "Hello"
    assert "http://127.0.0.1:8000/policies/" in message.body


def test_in_app_only(staff_north):
    notification = notify(recipient=staff_north, key="k2", title="Quiet", email=False)
    assert notification.emailed_at is None and mail.outbox == []


def test_a_failed_email_leaves_no_record_so_the_next_run_retries(staff_north):
    failing = mock.patch(
        "socialpolicy.apps.notifications.services.send_mail", side_effect=OSError("smtp down")
    )
    with failing, pytest.raises(OSError):
        notify(recipient=staff_north, key="k3", title="Retry me")
    assert not Notification.objects.filter(key="k3").exists()
    assert notify(recipient=staff_north, key="k3", title="Retry me") is not None


def test_mark_read_by_the_recipient_only_and_audited(staff_north, staff_south):
    notification = notify(recipient=staff_north, key="k4", title="Read me")
    with pytest.raises(PermissionError):
        notification_mark_read(actor=staff_south, notification=notification)
    notification_mark_read(actor=staff_north, notification=notification)
    notification.refresh_from_db()
    assert notification.read_at is not None
    update = LogEntry.objects.get_for_object(notification).filter(action=LogEntry.Action.UPDATE).get()
    assert update.actor == staff_north
