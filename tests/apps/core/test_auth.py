"""Signing in by e-mail, signing out by POST, password reset and change, and leavers losing access."""

from __future__ import annotations

import re

from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.http import HttpRequest
from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory


def test_login_page_is_open_and_labelled(client, db):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_username">E-mail address' in html
    assert 'autocomplete="current-password"' in html


def test_sign_in_with_email_and_password_lands_on_home(client, staff_north):
    response = client.post(reverse("login"), {"username": staff_north.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert int(client.session[SESSION_KEY]) == staff_north.pk


def test_wrong_password_is_refused_with_a_message(client, staff_north):
    response = client.post(reverse("login"), {"username": staff_north.email, "password": "not it"})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assert "do not match an active account" in response.content.decode()


def test_deactivated_person_cannot_sign_in(client, staff_north):
    staff_north.is_active = False
    staff_north.save()
    response = client.post(reverse("login"), {"username": staff_north.email, "password": TEST_PASSWORD})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_session_stops_working_once_the_person_is_deactivated(login, staff_north):
    client = login(staff_north)
    assert client.get("/").status_code == 200
    staff_north.is_active = False
    staff_north.save()
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert client.get(reverse("people:me")).status_code == 302


def test_logout_needs_post_and_ends_the_session(login, staff_north):
    client = login(staff_north)
    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert client.get("/").status_code == 302


def test_every_page_but_sign_in_needs_a_session(client, db):
    for name in ("home", "people:staff_list", "people:me", "people:import", "audit:log", "password_change"):
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("login") + "?next="), name
    for name in ("login", "password_reset", "password_reset_done", "password_reset_complete"):
        assert client.get(reverse(name)).status_code == 200, name


def test_api_paths_are_left_to_the_api_to_authenticate(client, db):
    # No redirect to the HTML sign-in page: the API answers for itself (401 JSON, or 404 here).
    assert client.get("/api/v1/no-such-endpoint").status_code != 302


def _reset_link() -> str:
    assert len(mail.outbox) == 1
    match = re.search(r"https?://[^/]+(/password/reset/[^\s]+/)", mail.outbox[0].body)
    assert match, mail.outbox[0].body
    return match.group(1)


def test_password_reset_by_email_then_sign_in_with_new_password(client, staff_north):
    response = client.post(reverse("password_reset"), {"email": staff_north.email})
    assert response.status_code == 302
    assert mail.outbox[0].to == [staff_north.email]
    link = _reset_link()
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert form_page.context["validlink"]
    new_password = "a brand new long passphrase"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )
    assert done.status_code == 302
    assert done["Location"] == reverse("password_reset_complete")
    assert client.login(request=HttpRequest(), email=staff_north.email, password=new_password)
    # The link works once.
    assert not client.get(link, follow=True).context["validlink"]


def test_new_starter_without_a_password_can_set_one(client, db):
    starter = UserFactory(email="new.starter@oakfield.example", password="!unusable")
    assert not starter.has_usable_password()
    client.post(reverse("password_reset"), {"email": "New.Starter@oakfield.example"})
    assert mail.outbox[0].to == [starter.email]


def test_reset_sends_nothing_to_leavers_or_unknown_addresses(client, staff_north):
    staff_north.is_active = False
    staff_north.save()
    for email in (staff_north.email, "nobody@oakfield.example"):
        response = client.post(reverse("password_reset"), {"email": email})
        assert response.status_code == 302  # the same answer either way: no account probing
    assert mail.outbox == []


def test_password_change(login, staff_north):
    client = login(staff_north)
    page = client.get(reverse("password_change"))
    assert page.status_code == 200
    new_password = "another long passphrase"
    response = client.post(
        reverse("password_change"),
        {"old_password": TEST_PASSWORD, "new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    staff_north.refresh_from_db()
    assert staff_north.check_password(new_password)


def test_password_change_errors_are_tied_to_their_field(login, staff_north):
    response = login(staff_north).post(
        reverse("password_change"), {"old_password": "wrong", "new_password1": "x", "new_password2": "y"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-describedby="id_old_password-error"' in html or "id_old_password-error" in html
    assert 'id="id_old_password-error"' in html
    assert 'aria-invalid="true"' in html
