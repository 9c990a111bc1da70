"""What each role sees after signing in: its home page, its navigation, and nothing more."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NAV_ENTRIES = ("Staff", "Pupils and image consent", "Import the organisation", "Audit log")

# persona -> (guidance heading on the home page, navigation entries present)
EXPECTED = {
    "staff_north": ("What the policy asks of you", set()),
    "head_north": ("Your part as head of academy", {"Staff", "Pupils and image consent"}),
    "dsl_north": ("Your part as safeguarding lead", {"Staff", "Pupils and image consent"}),
    "ict": ("Your part as ICT support", {"Staff"}),
    "hr": ("Your part as HR", set(NAV_ENTRIES)),
    "ceo": ("Your part as CEO", {"Staff", "Pupils and image consent", "Audit log"}),
    "trustee": ("Your part as trustee", set()),
}


@pytest.mark.parametrize("persona", list(EXPECTED))
def test_each_role_lands_on_its_own_home_page(request, sign_in, screenshot, persona):
    user = request.getfixturevalue(persona)
    page = sign_in(user)
    heading, present = EXPECTED[persona]
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {user.first_name}")
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    nav = page.get_by_role("navigation", name="Main")
    for label in NAV_ENTRIES:
        link = nav.get_by_role("link", name=label, exact=True)
        if label in present:
            expect(link).to_be_visible()
        else:
            expect(link).to_have_count(0)
    expect(page.locator(".who")).to_contain_text(user.first_name)
    screenshot(page, f"home-{persona.split('_')[0]}")


def test_head_sees_only_their_academys_staff(school, head_north, staff_south, sign_in, screenshot):
    page = sign_in(head_north)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Staff", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff")
    table = page.get_by_role("table")
    expect(table).to_contain_text("Priya")
    expect(table).to_contain_text("North Academy")
    expect(table).not_to_contain_text("South Academy")
    expect(table).not_to_contain_text("Omar")
    screenshot(page, "staff-list-head")
    # Typing another academy's person's address straight in gives "not found".
    response = page.goto(f"/people/{staff_south.pk}/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")


def test_dsl_sees_pupils_with_consent(school, dsl_north, sign_in, screenshot):
    page = sign_in(dsl_north, then="/people/pupils/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pupils")
    table = page.get_by_role("table")
    expect(table).to_contain_text("Ada Brook")
    expect(table).to_contain_text("Consent given")
    expect(table).not_to_contain_text("Eli Ford")
    screenshot(page, "pupils-dsl")


def test_staff_cannot_open_hr_pages(staff_north, sign_in):
    page = sign_in(staff_north)
    response = page.goto("/people/import/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("This page is not available to you")


def test_sign_out(staff_north, sign_in):
    page = sign_in(staff_north)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    page.goto("/")
    assert "/login/" in page.url
