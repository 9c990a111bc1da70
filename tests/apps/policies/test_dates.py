from datetime import date

import pytest

from socialpolicy.apps.policies.dates import add_months, add_working_days, reminder_steps, weeks_overdue


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 2), 10, date(2026, 11, 16)),  # Monday -> Monday two weeks on
        (date(2026, 11, 6), 1, date(2026, 11, 9)),  # Friday -> Monday
        (date(2026, 11, 7), 1, date(2026, 11, 9)),  # Saturday -> Monday
        (date(2026, 11, 8), 10, date(2026, 11, 20)),  # Sunday start counts from Monday
        (date(2026, 11, 4), 10, date(2026, 11, 18)),  # Wednesday
        (date(2026, 11, 4), 0, date(2026, 11, 4)),
    ],
)
def test_working_days_skip_weekends(start, days, expected):
    assert add_working_days(start, days) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2018, 10, 18), 24, date(2020, 10, 18)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
    ],
)
def test_review_date_is_months_after_ratification(start, months, expected):
    assert add_months(start, months) == expected


def test_reminder_ladder_at_issue_week_before_due_date_then_weekly():
    assigned, due = date(2026, 11, 2), date(2026, 11, 16)
    assert reminder_steps(assigned, due, date(2026, 11, 2)) == [date(2026, 11, 2)]
    assert reminder_steps(assigned, due, date(2026, 11, 8)) == [date(2026, 11, 2)]
    assert reminder_steps(assigned, due, date(2026, 11, 9))[-1] == date(2026, 11, 9)
    assert reminder_steps(assigned, due, date(2026, 12, 1)) == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
        date(2026, 11, 30),
    ]


def test_ladder_skips_the_week_before_step_when_the_due_date_is_close():
    assert reminder_steps(date(2026, 11, 2), date(2026, 11, 5), date(2026, 11, 5)) == [
        date(2026, 11, 2),
        date(2026, 11, 5),
    ]


def test_nothing_before_the_request_starts():
    assert reminder_steps(date(2026, 11, 9), date(2026, 11, 23), date(2026, 11, 8)) == []


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 15), None),
        (date(2026, 11, 16), None),
        (date(2026, 11, 17), 0),
        (date(2026, 11, 23), 0),
        (date(2026, 11, 24), 1),
    ],
)
def test_weeks_overdue(today, expected):
    assert weeks_overdue(date(2026, 11, 16), today) == expected
