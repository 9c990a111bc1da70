"""Browser tests: headless Debian Chromium driven by Playwright against pytest-django's live server.

One browser per test session (per xdist worker); each test gets a fresh context, so cookies never
leak between personas. Without /usr/bin/chromium the tests are skipped, unless ``CI`` is set, in
which case they fail: CI must install it (``make browser``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.factories import TEST_PASSWORD, PupilFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run inside one
# unless told that this is deliberate. The live server runs in its own thread and is unaffected.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: run `make browser` (CI is set, so this is an error)")
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (`make browser`) to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 800}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


# Surnames for the shared personas (the factories number them), so screenshots read like a school.
SURNAMES = {
    "Sam": "Taylor",
    "Sue": "Patel",
    "Hal": "Morgan",
    "Nina": "Hughes",
    "Sid": "Khan",
    "Dee": "Walsh",
    "Harriet": "Green",
    "Ivan": "Novak",
    "Cora": "Bennett",
    "Ted": "Ellis",
}


def tidy_names() -> None:
    from socialpolicy.apps.people.models import User

    # A queryset update: no audit entries, so the audit-log page shows only what a test did.
    for first, last in SURNAMES.items():
        User.objects.filter(first_name=first, last_name__startswith="Last").update(last_name=last)


@pytest.fixture
def sign_in(page):
    def _sign_in(user, then: str = "/"):
        tidy_names()
        page.goto(f"/login/?next={then}")
        page.get_by_label("E-mail address").fill(user.email)
        page.get_by_label("Password").fill(TEST_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        return page

    return _sign_in


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def _shot(page, name: str, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return _shot


@pytest.fixture
def school(trust, north, south, staff_north, staff_south, head_north, head_south, dsl_north, hr):
    """A small trust with enough people and pupils for pages that look like real ones."""
    for first, last, title in [
        ("Priya", "Shah", "Teacher of English"),
        ("Tom", "Okafor", "Teaching assistant"),
        ("Grace", "Lund", "Head of Science"),
    ]:
        UserFactory(
            first_name=first,
            last_name=last,
            job_title=title,
            academy=north,
            email=f"{first.lower()}@oakfield.example",
        )
    UserFactory(
        first_name="Omar",
        last_name="Reid",
        job_title="Teacher of Maths",
        academy=south,
        email="omar@oakfield.example",
    )
    for i, (first, last) in enumerate([("Ada", "Brook"), ("Ben", "Carr"), ("Cleo", "Dunn"), ("Dev", "Egan")]):
        PupilFactory(
            first_name=first, last_name=last, academy=north, year_group=str(7 + i), images_online=i % 2 == 0
        )
    PupilFactory(first_name="Eli", last_name="Ford", academy=south, year_group="9")
    return {"north": north, "south": south}
