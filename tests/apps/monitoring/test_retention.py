"""Retention (policy 9.3): run-jobs deletes old activity and findings, records it, and is idempotent."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command

from socialpolicy.apps.core.jobs import JOBS
from socialpolicy.apps.monitoring.models import DailyActivity, Finding, RetentionRun, SafeguardingAlert
from socialpolicy.apps.monitoring.services import monitoring_retention
from tests.apps.monitoring.access_rows import SEEN

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=ZoneInfo("Europe/London"))


def day_row(model, person, days_ago: int, **extra):
    fields = {
        "person": person.email,
        "user": person,
        "academy": person.academy,
        "date": NOW.date() - timedelta(days=days_ago),
        "site": "facebook",
        "ownership": "trust",
        "active_minutes": 5,
        "requests": 9,
        "first_seen": SEEN,
        "last_seen": SEEN,
    }
    return model.objects.create(**fields, **extra)


@pytest.fixture
def rows(staff_north):
    return {
        "old_activity": day_row(DailyActivity, staff_north, 91),
        "kept_activity": day_row(DailyActivity, staff_north, 90),
        "old_finding": day_row(Finding, staff_north, 120, clause="5.2", severity="warn"),
        "kept_finding": day_row(Finding, staff_north, 3, clause="5.2", severity="warn"),
    }


def test_deletes_what_is_older_than_the_default_90_days_and_records_it(rows):
    run = monitoring_retention(now=NOW)
    assert run is not None
    assert (run.activity_deleted, run.findings_deleted, run.retention_days) == (1, 1, 90)
    assert run.cutoff == date(2026, 8, 27)
    assert set(DailyActivity.objects.values_list("pk", flat=True)) == {rows["kept_activity"].pk}
    assert set(Finding.objects.values_list("pk", flat=True)) == {rows["kept_finding"].pk}
    assert LogEntry.objects.get_for_object(run).filter(action=LogEntry.Action.CREATE).exists()
    # The deletions themselves leave no copy of the data in the audit log.
    assert not LogEntry.objects.filter(
        content_type__model="finding", object_pk=str(rows["old_finding"].pk), action=LogEntry.Action.DELETE
    ).exists()

    assert monitoring_retention(now=NOW) is None  # twice: nothing more to delete, nothing recorded
    assert RetentionRun.objects.count() == 1


def test_hr_override_of_the_retention_period(rows, monitoring_on):
    monitoring_on.retention_days = 2
    monitoring_on.save()
    run = monitoring_retention(now=NOW)
    assert (run.activity_deleted, run.findings_deleted, run.retention_days) == (2, 2, 2)


def test_setting_from_the_environment_is_the_default(rows, settings):
    settings.MONITORING_RETENTION_DAYS = 200
    assert monitoring_retention(now=NOW) is None


def test_safeguarding_alert_outlives_the_finding(rows, dsl_north, ict):
    alert = SafeguardingAlert.objects.create(
        finding=rows["old_finding"], academy=dsl_north.academy, summary="s", concern="c", raised_by=ict
    )
    monitoring_retention(now=NOW)
    alert.refresh_from_db()
    assert alert.finding is None


def test_run_jobs_runs_the_retention_job(rows):
    out = io.StringIO()
    call_command("run-jobs", "--only", "monitoring.retention", "--now", NOW.isoformat(), stdout=out)
    assert "monitoring.retention" in JOBS
    assert "deleted 1 day(s) of activity and 1 finding(s)" in out.getvalue()
    out = io.StringIO()
    call_command("run-jobs", "--only", "monitoring.retention", "--now", NOW.isoformat(), stdout=out)
    assert "nothing older" in out.getvalue()
    assert RetentionRun.objects.count() == 1
