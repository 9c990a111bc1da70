"""CSRF on every form that posts, GET refused on every action endpoint, and the security headers."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import TEST_PASSWORD
from tests.security.forms import discover, plausible
from tests.security.world import POSTERS, snapshot


@pytest.mark.django_db
@pytest.mark.parametrize("persona", POSTERS)
def test_every_form_that_posts_needs_the_csrf_token(world, persona):
    user = world.people[persona]
    browser = Client(raise_request_exception=False)
    browser.force_login(user)
    posting = [f for f in discover(browser, world, user) if f.method == "post"]
    assert posting
    forger = Client(enforce_csrf_checks=True, raise_request_exception=False)
    forger.force_login(user)
    problems = []
    for form in posting:
        body = plausible(form)
        body.pop("csrfmiddlewaretoken", None)
        before = snapshot()
        response = forger.post(form.action, body)
        if response.status_code != 403:
            problems.append(f"{persona} POST {form.action} without a CSRF token: {response.status_code}")
        elif snapshot() != before:
            problems.append(f"{persona} POST {form.action} without a CSRF token wrote")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", POSTERS)
def test_action_endpoints_refuse_get(world, persona):
    """A form posting somewhere other than its own page posts to an action: GET there is a 405."""
    user = world.people[persona]
    client = Client(raise_request_exception=False)
    client.force_login(user)
    problems = []
    for form in discover(client, world, user):
        if form.method != "post" or form.action == form.page:
            continue
        before = snapshot()
        response = client.get(form.action)
        if response.status_code != 405:
            problems.append(f"{persona} GET {form.action} (form on {form.page}): {response.status_code}")
        if snapshot() != before:
            problems.append(f"{persona} GET {form.action} wrote")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_api_session_post_needs_the_csrf_token(staff_north):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_north)
    response = client.post("/api/v1/check", {"text": "hello"}, content_type="application/json")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
def test_login_page_posts_need_the_csrf_token(hr):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": hr.email, "password": TEST_PASSWORD})
    assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/login/", "/people/me/", "/api/v1/me", "/api/v1/no-such-thing"])
def test_security_headers(staff_north, path):
    client = Client()
    client.force_login(staff_north)
    response = client.get(path)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_session_cookie_is_http_only(hr):
    response = Client().post("/login/", {"username": hr.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
