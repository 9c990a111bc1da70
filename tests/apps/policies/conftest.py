"""A policy with an issued version, built through the services, for the lifecycle tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from socialpolicy.apps.policies import services

LONDON = ZoneInfo("Europe/London")
# Monday 2 November 2026, 09:00 London: due ten working days later, on Monday 16 November.
ISSUE_AT = datetime(2026, 11, 2, 9, 0, tzinfo=LONDON)
ISSUE_DAY = date(2026, 11, 2)
DUE_DAY = date(2026, 11, 16)

POLICY_TEXT = """# Social media policy

## 4. Roles and responsibilities

4.5.1 Every member of staff reads this policy and acts on it.

## 12. Review

12.1 The Director of HR reviews the policy two years after the board ratifies it.
"""


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


@pytest.fixture
def policy(hr):
    return services.policy_create(
        actor=hr,
        title="Social media policy",
        slug="social-media",
        owner=hr,
        related_policies=["Code of conduct"],
    )


@pytest.fixture
def draft(policy, hr):
    return services.version_create(
        actor=hr, policy=policy, text=POLICY_TEXT, ratified_on=date(2026, 10, 20), number=7
    )


@pytest.fixture
def people(staff_north, staff_south, staff_head_office, head_north, head_south, ceo, hr, trustee):
    return {
        "staff_north": staff_north,
        "staff_south": staff_south,
        "staff_head_office": staff_head_office,
        "head_north": head_north,
        "head_south": head_south,
        "ceo": ceo,
        "hr": hr,
        "trustee": trustee,
    }


@pytest.fixture
def issued(draft, hr, people):
    services.version_issue(actor=hr, version=draft, now=ISSUE_AT)
    draft.refresh_from_db()
    return draft


def request_of(user, version):
    return user.policy_sign_off_requests.get(version=version)


def sign(user, version, **kwargs):
    kwargs.setdefault("confirmed", True)
    return services.policy_sign(actor=user, request=request_of(user, version), **kwargs)
