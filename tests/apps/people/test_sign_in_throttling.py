"""Sign-in throttling (django-axes): wrong passwords for one address from one IP pause it."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, email, password, ip="203.0.113.7"):
    return client.post(reverse("login"), {"username": email, "password": password}, REMOTE_ADDR=ip)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_after_the_limit_even_the_right_password_is_refused_with_a_plain_page(client, staff_north):
    for _ in range(2):
        response = sign_in(client, staff_north.email, "not-the-password")
        assert response.status_code == 200  # the form again, with its message
        assert "do not match an active account" in response.content.decode()
    assert sign_in(client, staff_north.email, "not-the-password").status_code == 429  # the third
    response = sign_in(client, staff_north.email, TEST_PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many attempts to sign in" in page
    assert "15 minutes" in page
    assert "_auth_user_id" not in client.session


@override_settings(AXES_FAILURE_LIMIT=3)
def test_fewer_failures_then_the_right_password_signs_in_and_resets_the_count(client, staff_north):
    for _ in range(2):
        sign_in(client, staff_north.email, "wrong")
    response = sign_in(client, staff_north.email, TEST_PASSWORD)
    assert response.status_code == 302
    client.logout()
    for _ in range(2):  # the count started again after the success
        sign_in(client, staff_north.email, "wrong")
    assert sign_in(client, staff_north.email, TEST_PASSWORD).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=3)
def test_case_of_the_address_does_not_dodge_the_limit(client, staff_north):
    for spelling in (staff_north.email.upper(), staff_north.email.title(), staff_north.email):
        sign_in(client, spelling, "wrong")
    assert sign_in(client, staff_north.email, TEST_PASSWORD).status_code == 429


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_lockout_does_not_reach_other_people_or_other_places(client, staff_north, head_north):
    for _ in range(3):
        sign_in(client, staff_north.email, "wrong")
    # Another person from the same address signs in as usual...
    assert sign_in(client, head_north.email, TEST_PASSWORD).status_code == 302
    client.logout()
    # ...and so does the same person from another address: nobody can lock a colleague out.
    assert sign_in(client, staff_north.email, TEST_PASSWORD, ip="198.51.100.9").status_code == 302
