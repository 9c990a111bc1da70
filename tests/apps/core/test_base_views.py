"""The frame every page shares: who is signed in, navigation by role, sign-out form, skip link."""

from __future__ import annotations

import pytest
from django.urls import reverse

from socialpolicy.apps.core import nav


def test_header_names_the_person_and_their_roles(login, dsl_north):
    html = login(dsl_north).get(reverse("people:me")).content.decode()
    assert "Dee" in html
    assert "Designated Safeguarding Lead, Member of staff" in html
    assert f'<form method="post" action="{reverse("logout")}">' in html
    assert '<a class="skip-link" href="#main">' in html and '<main id="main"' in html


def test_current_page_is_marked_in_the_navigation(login, hr):
    html = login(hr).get(reverse("people:pupils")).content.decode()
    assert f'<a href="{reverse("people:pupils")}" aria-current="page">' in html
    # The staff list's address is a prefix of the pupils page; only the best match is current.
    assert f'<a href="{reverse("people:staff_list")}" aria-current="page">' not in html


@pytest.fixture
def broken_nav_item(monkeypatch):
    monkeypatch.setattr(nav, "NAV_ITEMS", list(nav.NAV_ITEMS))
    nav.nav_item("Not wired yet", "nowhere:page", section="My work")


def test_an_unwired_navigation_entry_does_not_break_pages(login, staff_north, broken_nav_item):
    response = login(staff_north).get("/")
    assert response.status_code == 200
    assert "Not wired yet" not in response.content.decode()


def test_navigation_follows_roles(login, staff_north, hr):
    staff_html = login(staff_north).get("/").content.decode()
    assert "Import the organisation" not in staff_html and "Audit log" not in staff_html
    hr_html = login(hr).get("/").content.decode()
    assert 'aria-label="Main"' in hr_html
    assert "Import the organisation" in hr_html and "Audit log" in hr_html
