"""Two-step sign-in for privileged roles (django-otp TOTP)."""

from __future__ import annotations

import pytest
from django.http import HttpRequest
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialpolicy.apps.core.home import actions_for


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=0):06d}"


def confirmed(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


@pytest.mark.django_db
def test_privileged_role_is_asked_to_set_up_and_ordinary_staff_is_not(hr, staff_north):
    assert [a.title for a in actions_for(hr) if "two-step" in a.title.lower()]
    assert not [a for a in actions_for(staff_north) if "two-step" in a.title.lower()]


@pytest.mark.django_db
@override_settings(OTP_TOTP_THROTTLE_FACTOR=0)  # no back-off between a wrong and a right code
def test_setup_confirms_device_with_a_valid_code(login, hr):
    client = login(hr)
    page = client.get("/mfa/setup/")
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user=hr, confirmed=False)
    wrong = client.post("/mfa/setup/", {"device": device.pk, "token": "000000"})
    assert "did not match" in wrong.content.decode()
    device.refresh_from_db()
    assert not TOTPDevice.objects.filter(user=hr, confirmed=True).exists()
    right = client.post("/mfa/setup/", {"device": device.pk, "token": code_for(device)})
    assert right.status_code == 302
    assert TOTPDevice.objects.filter(user=hr, confirmed=True).count() == 1


@pytest.mark.django_db
@override_settings(OTP_TOTP_THROTTLE_FACTOR=0)
def test_person_with_device_must_enter_code_after_password(login, hr):
    device = confirmed(hr)
    client = login(hr)
    response = client.get("/mfa/setup/?x=1")
    assert response.status_code == 200  # the mfa pages stay reachable
    blocked = client.get("/policies/")
    assert blocked.status_code == 302 and blocked["Location"].startswith("/mfa/verify/")
    bad = client.post("/mfa/verify/", {"token": "123456", "next": "/"})
    assert "did not match" in bad.content.decode()
    good = client.post("/mfa/verify/", {"token": code_for(device), "next": "/"})
    assert good.status_code == 302 and good["Location"] == "/"
    assert not client.get("/mfa/verify/").get("Location", "").startswith("/mfa/verify/")


@pytest.mark.django_db
def test_verify_refuses_to_redirect_off_site(login, hr):
    device = confirmed(hr)
    client = login(hr)
    response = client.post("/mfa/verify/", {"token": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/"


@pytest.mark.django_db
@override_settings(MFA_ENFORCE=True)
def test_enforced_setup_for_privileged_roles_only(login, hr, staff_north):
    response = login(hr).get("/policies/")
    assert response.status_code == 302 and response["Location"].startswith("/mfa/setup/")


@pytest.mark.django_db
@override_settings(MFA_ENFORCE=True)
def test_enforcement_leaves_ordinary_staff_alone(client, staff_north):
    from tests.factories import TEST_PASSWORD

    client.login(request=HttpRequest(), email=staff_north.email, password=TEST_PASSWORD)
    response = client.get("/mfa/verify/")
    assert response.status_code == 302 and response["Location"].endswith("/mfa/setup/")
    home = client.get("/")
    assert not home.get("Location", "").startswith("/mfa/")


@pytest.mark.django_db
@pytest.mark.parametrize("device", ["", "zzz", "a\x00b", "x" * 10_000])
def test_setup_with_a_device_id_that_is_not_a_number_is_404(login, hr, device):
    # Found by tests/security: get_object_or_404 raised ValueError on such ids, a 500.
    response = login(hr).post("/mfa/setup/", {"device": device, "token": "123456"})
    assert response.status_code == 404
    assert not TOTPDevice.objects.filter(user=hr, confirmed=True).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "OPTIONS"])
def test_setup_starts_an_enrolment_on_get_only(login, hr, method):
    # Found by tests/security: any method was served as a GET, replacing the unconfirmed device.
    response = login(hr).generic(method, "/mfa/setup/")
    assert response.status_code == 405
    assert not TOTPDevice.objects.filter(user=hr).exists()
