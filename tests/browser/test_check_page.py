"""The check page in a real browser: labelled controls, a result a screen reader can follow."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import AUDIT_JS

pytestmark = pytest.mark.browser

MARKS_JS = """
() => [...document.querySelectorAll("mark")].map(m => ({
  text: m.textContent,
  described: (m.getAttribute("aria-describedby") || "").split(" ").every(id => document.getElementById(id)),
}))
"""


def test_check_a_draft_without_javascript_help(school, staff_north, sign_in):
    page = sign_in(staff_north, then="/check/")
    assert page.evaluate(AUDIT_JS) == []
    page.get_by_label("Your draft").fill("So proud of Ada Brook in Year 7 today! Ring me on 07700 900123")
    page.get_by_role("button", name="Check my draft").click()
    expect(page.get_by_role("heading", level=2, name="Result: Do not post")).to_be_visible()
    assert page.evaluate(AUDIT_JS) == []
    marks = page.evaluate(MARKS_JS)
    assert marks and all(m["described"] for m in marks)
    assert any("Ada Brook" in m["text"] for m in marks)
    expect(page.get_by_role("heading", level=4, name="Clause 5.8.2")).to_be_visible()
    # The draft is still in the box, ready to edit.
    expect(page.get_by_label("Your draft")).to_have_value(
        "So proud of Ada Brook in Year 7 today! Ring me on 07700 900123"
    )


def test_a_missing_recipient_is_described(school, staff_north, sign_in):
    page = sign_in(staff_north, then="/check/")
    page.get_by_label("A direct or private message").check()
    page.get_by_label("Your draft").fill("see you later")
    page.get_by_role("button", name="Check my draft").click()
    expect(page.get_by_role("alert")).to_contain_text("Say who the message is to")
    field = page.get_by_label("Who the message is to")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert page.evaluate(AUDIT_JS) == []
