"""Machine-checkable accessibility basics on the main pages (WCAG 2.2 AA is the aim).

Not a replacement for axe or a person with a screen reader: it catches regressions in what the
templates promise: one h1, labelled controls, captioned tables with scoped headers, described
errors, a working skip link and a visible focus ring.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

AUDIT_JS = """
() => {
  const problems = [];
  const h1s = document.querySelectorAll("h1");
  if (h1s.length !== 1) problems.push(`expected one h1, found ${h1s.length}`);
  for (const el of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
    const labelled = (el.id && document.querySelector(`label[for="${el.id}"]`))
      || el.closest("label") || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")
      || el.closest("fieldset")?.querySelector("legend");
    if (!labelled) problems.push(`unlabelled ${el.tagName.toLowerCase()} ${el.name || el.id}`);
    for (const id of (el.getAttribute("aria-describedby") || "").split(/\\s+/).filter(Boolean)) {
      if (!document.getElementById(id)) problems.push(`${el.name}: aria-describedby names missing #${id}`);
    }
  }
  for (const table of document.querySelectorAll("main table")) {
    if (!table.querySelector("caption")) problems.push("table without caption");
    for (const th of table.querySelectorAll("th")) {
      if (!th.getAttribute("scope")) problems.push(`th without scope: ${th.textContent.trim()}`);
    }
  }
  for (const img of document.querySelectorAll("img")) {
    if (!img.hasAttribute("alt")) problems.push(`img without alt: ${img.src}`);
  }
  for (const a of document.querySelectorAll("a, button")) {
    if (!a.textContent.trim() && !a.getAttribute("aria-label")) problems.push(`${a.tagName} without a name`);
  }
  return problems;
}
"""

PAGES = ["/", "/people/", "/people/me/", "/people/pupils/", "/people/import/", "/audit/", "/password/change/"]


def test_main_pages_pass_the_basic_checks(school, hr, sign_in):
    page = sign_in(hr)
    for path in PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.evaluate(AUDIT_JS) == [], path


def test_errors_are_described_and_summarised(hr, sign_in):
    page = sign_in(hr, then="/audit/")
    page.get_by_label("From", exact=True).fill("2026-02-01")
    page.get_by_label("To", exact=True).fill("2026-01-01")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("alert")).to_contain_text("The end date is before the start date")
    to_field = page.get_by_label("To", exact=True)
    expect(to_field).to_have_attribute("aria-invalid", "true")
    expect(to_field).to_have_attribute("aria-describedby", "id_until-error")
    assert page.evaluate(AUDIT_JS) == []


def test_sign_in_page_passes_and_focus_is_visible(page):
    page.goto("/login/")
    assert page.evaluate(AUDIT_JS) == []
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, document.activeElement.tagName]; }"
    )
    assert focused[0] != "none" and focused[1] != "0px", focused
