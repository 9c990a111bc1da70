"""The main pages in a real browser: sign-in, HR's import with preview, the audit log; screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from socialpolicy.apps.people.models import Academy, OrgImport, User
from tests.browser.conftest import tidy_names
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.browser

TRUST = 'name = "Oakfield Learning Trust"\naliases = ["OLT"]\nemail_domains = ["oakfield.example"]\n'


def test_sign_in_page_and_wrong_password(page, staff_north, screenshot):
    page.goto("/")
    assert "/login/" in page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    screenshot(page, "sign-in")
    page.get_by_label("E-mail address").fill(staff_north.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match an active account")


def test_skip_link_is_first_and_visible_on_focus(staff_north, sign_in):
    page = sign_in(staff_north)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the focused skip link must be on screen"


def write_folder(folder: Path, staff_rows: list[str], academy_line: str) -> list[Path]:
    folder.mkdir()
    (folder / "trust.toml").write_text(TRUST)
    (folder / "academies.csv").write_text("code,name,aliases\n" + academy_line)
    (folder / "staff.csv").write_text(
        "email,first_name,last_name,academy_code,job_title,roles,handles\n"
        + "".join(r + "\n" for r in staff_rows)
    )
    return sorted(folder.iterdir())


def test_hr_imports_with_error_then_preview_then_apply(school, hr, sign_in, screenshot, tmp_path):
    page = sign_in(hr)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Import the organisation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import the organisation")
    screenshot(page, "import-form")

    academies = "NTH,North Academy,\nSTH,South Academy,\n"
    bad = write_folder(
        tmp_path / "bad",
        [f"{hr.email},Harriet,Hr,,HR,hr,", "x@oakfield.example,X,Y,ZZZ,Clerk,staff,"],
        academies,
    )
    page.get_by_label("The folder's files").set_input_files([str(p) for p in bad])
    page.get_by_role("button", name="Upload and preview").click()
    error = page.locator("#import-error")
    expect(error).to_contain_text("staff.csv")
    expect(error).to_contain_text("unknown academy code")
    expect(error).to_contain_text("3")
    screenshot(page, "import-error")

    rows = [
        f"{hr.email},Harriet,Hr,,Director of HR,hr,",
        "sam.staff@oakfield.example,Sam,Staff,NTH,Teacher of History,staff,@samteaches",
        "nina.head@oakfield.example,Nina,Head,NTH,Headteacher,head,",
        "new.joiner@oakfield.example,Jo,Iner,STH,Teacher of Art,staff,",
    ]
    good = write_folder(tmp_path / "good", rows, academies)
    page.get_by_label("The folder's files").set_input_files([str(p) for p in good])
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the import before it is applied")
    expect(page.get_by_role("heading", name="Joining (1)")).to_be_visible()
    expect(page.locator("main")).to_contain_text("new.joiner@oakfield.example")
    expect(page.locator("main")).to_contain_text("Job title")
    assert not User.objects.filter(email="new.joiner@oakfield.example").exists()
    screenshot(page, "import-preview")

    page.get_by_role("button", name="Apply this import").click()
    expect(page.get_by_role("status").first).to_contain_text("Import applied")
    assert User.objects.filter(email="new.joiner@oakfield.example").exists()
    assert not User.objects.get(email="omar@oakfield.example").is_active
    assert OrgImport.objects.count() == 1
    assert Academy.objects.count() == 2
    expect(page.get_by_role("table")).to_contain_text("Harriet")
    screenshot(page, "import-done")


def test_audit_log_for_hr(school, hr, staff_north, sign_in, screenshot):
    from auditlog.context import set_actor

    with set_actor(hr):
        staff_north.job_title = "Head of History"
        staff_north.save()
    page = sign_in(hr)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Audit log")
    page.get_by_label("Action").select_option("update")
    page.get_by_role("button", name="Filter").click()
    table = page.get_by_role("table")
    expect(table).to_contain_text("Head of History")
    expect(table).to_contain_text("Harriet")
    screenshot(page, "audit-log")


def test_home_on_a_phone(school, head_north, browser, live_server, screenshot):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, locale="en-GB"
    )
    page = context.new_page()
    tidy_names()
    try:
        page.goto("/login/")
        page.get_by_label("E-mail address").fill(head_north.email)
        page.get_by_label("Password").fill(TEST_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Nina")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
        # The navigation folds behind the Menu button on a narrow screen.
        nav = page.get_by_role("navigation", name="Main")
        expect(nav).to_be_hidden()
        screenshot(page, "home-head-phone")
        menu = page.get_by_role("button", name="Menu")
        menu.click()
        expect(menu).to_have_attribute("aria-expanded", "true")
        expect(nav.get_by_role("link", name="Staff", exact=True)).to_be_visible()
        screenshot(page, "home-head-phone-menu", full_page=False)
    finally:
        context.close()
