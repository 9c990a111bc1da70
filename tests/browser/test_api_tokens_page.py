"""The API tokens page in a real browser: make a token, see it once, revoke it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import AUDIT_JS

pytestmark = pytest.mark.browser


def test_make_and_revoke_a_token(staff_north, sign_in):
    page = sign_in(staff_north, then="/api-tokens/")
    assert page.evaluate(AUDIT_JS) == []
    page.get_by_label("What the token is for").fill("Timetable script")
    page.get_by_role("button", name="Make token").click()
    token = page.get_by_label("Token", exact=True).input_value()
    assert token.startswith("sp_")
    assert page.evaluate(AUDIT_JS) == []
    page.get_by_role("button", name="Revoke the token Timetable script").click()
    expect(page.get_by_role("status")).to_contain_text("has been revoked")
    expect(page.get_by_role("row", name="Timetable script")).to_contain_text("Revoked")
    assert token not in page.content()
