"""Date arithmetic of the lifecycle: working days, review dates and the reminder ladder."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Mon-Fri) after ``start``; bank holidays are not known."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later; the 29-31st falls back to the month's last day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def reminder_steps(assigned_on: date, due_on: date, today: date) -> list[date]:
    """The ladder up to ``today``: at issue, 7 days before due, on the due date, then weekly."""
    steps = {assigned_on}
    if due_on - timedelta(days=7) > assigned_on:
        steps.add(due_on - timedelta(days=7))
    steps.add(max(due_on, assigned_on))
    step = due_on + timedelta(days=7)
    while step <= today:
        steps.add(step)
        step += timedelta(days=7)
    return sorted(s for s in steps if s <= today)


def weeks_overdue(due_on: date, today: date) -> int | None:
    """None while not overdue; 0 in the first week after the due date, 1 in the second, ..."""
    late = (today - due_on).days
    return None if late < 1 else (late - 1) // 7
