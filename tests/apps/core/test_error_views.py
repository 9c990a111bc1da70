"""Friendly error pages inside the one design."""

from __future__ import annotations

from django.test import Client


def test_unknown_page_is_a_friendly_404(login, staff_north):
    response = login(staff_north).get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'class="site-nav"' in html  # still inside the site, with its navigation


def test_forbidden_page_is_a_friendly_403(login, staff_north):
    response = login(staff_north).get("/people/import/")
    assert response.status_code == 403
    assert "This page is not available to you" in response.content.decode()


def test_server_error_page_renders_without_a_request_context(settings, db):
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "something went wrong" in html.lower()


def test_csrf_failure_is_not_a_server_error(staff_north):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": staff_north.email, "password": "x"})
    assert response.status_code == 403
    assert "That form had expired" in response.content.decode()
