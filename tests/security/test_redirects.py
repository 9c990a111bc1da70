"""Every ``next`` a page follows stays on this site (no open redirects)."""

from __future__ import annotations

import pytest

from socialpolicy.apps.notifications.models import Notification
from tests.factories import TEST_PASSWORD

ELSEWHERE = ("https://evil.example/", "//evil.example/", "/\\evil.example/", "https:evil.example")


@pytest.mark.django_db
@pytest.mark.parametrize("target", ELSEWHERE)
def test_reading_a_notification_does_not_send_you_elsewhere(login, staff_north, target):
    note = Notification.objects.create(recipient=staff_north, key="k", title="Hello")
    response = login(staff_north).post(f"/notifications/{note.pk}/read/", {"next": target})
    assert response.status_code == 302 and response["Location"] == "/notifications/"


@pytest.mark.django_db
@pytest.mark.parametrize("target", ELSEWHERE)
def test_signing_in_does_not_send_you_elsewhere(client, staff_north, target):
    response = client.post(
        f"/login/?next={target}", {"username": staff_north.email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302 and response["Location"] == "/"


@pytest.mark.django_db
@pytest.mark.parametrize("target", ELSEWHERE)
def test_second_factor_does_not_send_you_elsewhere(login, hr, target, monkeypatch):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=hr, name="app", confirmed=True)
    monkeypatch.setattr(TOTPDevice, "verify_token", lambda self, token: True)
    response = login(hr).post("/mfa/verify/", {"token": "123456", "next": target})
    assert response.status_code == 302 and response["Location"] == "/"
