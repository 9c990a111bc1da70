"""The lifecycle end to end in a real browser (issue 3, "done when").

HR issues a new version; a member of staff sees it on their home page and signs it; the head's
dashboard and export count the signature; after ``run-jobs`` past the due date the head of an
overdue person has the escalation among their notifications.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from socialpolicy.apps.policies import services
from socialpolicy.apps.policies.models import Signature, SignOffRequest
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

TEXT = """# Staff social media policy

## 4. Roles and responsibilities

**4.5.1** Everyone reads this policy and follows it.

## 12. Review

**12.1** HR reviews it every two years.
"""


@pytest.fixture
def policy(hr):
    return services.policy_create(actor=hr, title="Staff social media policy", slug="social-media", owner=hr)


def test_issue_sign_count_and_escalate(
    policy, hr, staff_north, head_north, staff_south, head_south, ceo, sign_in, page, screenshot
):
    late = UserFactory(academy=staff_north.academy, first_name="Lou", last_name="Late", roles=["staff"])

    # HR drafts version 1 and issues it to everyone.
    sign_in(hr, then="/policies/manage/")
    page.get_by_label("Text").fill(TEXT)
    page.get_by_label("Ratified on").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status")).to_contain_text("saved as a draft")
    page.get_by_role("button", name="Issue v1 to all staff").click()
    expect(page.get_by_role("status")).to_contain_text("people asked to read and sign it")
    screenshot(page, "policies-manage")
    assert SignOffRequest.objects.filter(user=late).exists()

    # The member of staff sees it first on their home page, reads it and signs.
    page.context.clear_cookies()
    sign_in(staff_north)
    action = page.get_by_role("link", name="Sign Staff social media policy v1")
    expect(action).to_be_visible()
    action.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Read and sign")
    expect(page.get_by_text("Everyone reads this policy and follows it.")).to_be_visible()
    screenshot(page, "policies-sign")
    page.get_by_label("I have read the policy in full").check()
    page.get_by_role("button", name="Sign v1").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Signed")
    signature = Signature.objects.get(user=staff_north)
    expect(page.get_by_text(signature.text_sha256)).to_be_visible()
    assert signature.user_agent and signature.ip_address

    # The head's dashboard counts it: 1 of 3 at North (staff, head, Lou).
    page.context.clear_cookies()
    sign_in(head_north, then="/policies/compliance/")
    by_academy = page.get_by_role("table", name="By academy")
    expect(by_academy.get_by_role("row", name="North Academy")).to_contain_text("33.3%")
    expect(page.get_by_text("South Academy")).to_have_count(0)
    expect(page.get_by_role("cell", name="Lou Late")).to_be_visible()
    screenshot(page, "policies-dashboard-head")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8"))))
    signed_at = rows[0].index("Signed at")
    by_email = {r[1]: r for r in rows[1:]}
    assert set(by_email) == {staff_north.email, head_north.email, late.email}
    assert by_email[staff_north.email][signed_at] != "" and by_email[late.email][signed_at] == ""

    # After the due date run-jobs escalates Lou to the head of North, once.
    request = SignOffRequest.objects.get(user=late)
    after_due = timezone.localtime() + timedelta(days=(request.due_on - timezone.localdate()).days + 1)
    for _ in range(2):
        call_command("run-jobs", "--now", after_due.isoformat(), stdout=StringIO())
    page.goto("/notifications/")
    escalation = page.get_by_role("listitem").filter(has_text="overdue signing the policy")
    expect(escalation).to_have_count(1)
    expect(escalation).to_contain_text("Lou Late")
    screenshot(page, "policies-escalation")

    # HR sees the whole trust on the dashboard, with the trend chart.
    page.context.clear_cookies()
    sign_in(hr, then="/policies/compliance/")
    expect(
        page.get_by_role("table", name="By academy").get_by_role("row", name="South Academy")
    ).to_be_visible()
    expect(page.locator("svg.chart")).to_be_visible()
    screenshot(page, "policies-dashboard-hr")
