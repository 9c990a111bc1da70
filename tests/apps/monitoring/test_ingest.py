"""Ingest: off until HR records the lawful basis and the DPIA, each file once, no raw lines kept."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Finding,
    Ingest,
    IngestedFile,
    MonitoringSettings,
)
from socialpolicy.apps.monitoring.services import (
    AlreadyIngested,
    LogFile,
    MonitoringDisabled,
    monitoring_ingest,
    monitoring_settings_update,
)
from tests.apps.monitoring.conftest import DAY, squid_lines, write_log

pytestmark = pytest.mark.django_db


def facebook_at_north(minutes: int = 10, **kwargs) -> list[str]:
    start = DAY.replace(hour=9, minute=0)
    return squid_lines(
        user="sam.staff", ip="10.1.4.20", host="www.facebook.com", start=start, minutes=minutes, **kwargs
    )


def test_monitoring_is_off_until_lawful_basis_and_dpia_are_recorded(networks, staff_north, hr, tmp_path):
    path = write_log(tmp_path, "access.log", facebook_at_north())
    files = [LogFile(path, "access.log")]
    with pytest.raises(MonitoringDisabled):
        monitoring_ingest(actor=None, files=files, source="command")

    monitoring_settings_update(actor=hr, lawful_basis="public_task", dpia_reference="", retention_days=None)
    with pytest.raises(MonitoringDisabled):  # a basis without the DPIA is not enough
        monitoring_ingest(actor=None, files=files, source="command")
    monitoring_settings_update(actor=hr, lawful_basis="", dpia_reference="DPIA-9", retention_days=None)
    with pytest.raises(MonitoringDisabled):  # nor the DPIA without a basis
        monitoring_ingest(actor=None, files=files, source="command")
    assert not DailyActivity.objects.exists() and not Ingest.objects.exists()

    monitoring_settings_update(
        actor=hr, lawful_basis="public_task", dpia_reference="DPIA-9", retention_days=None
    )
    ingest = monitoring_ingest(actor=None, files=files, source="command")
    assert ingest.findings_new == 1


def test_only_hr_records_the_lawful_basis(ict, staff_north):
    for person in (ict, staff_north):
        with pytest.raises(PermissionError):
            monitoring_settings_update(
                actor=person, lawful_basis="public_task", dpia_reference="X", retention_days=None
            )
    assert not MonitoringSettings.objects.filter(lawful_basis="public_task").exists()


def test_command_refuses_while_off_with_status_2(networks, staff_north, tmp_path):
    path = write_log(tmp_path, "access.log", facebook_at_north())
    with pytest.raises(CommandError) as excinfo:
        call_command("monitor-ingest", str(path))
    assert excinfo.value.returncode == 2
    assert "lawful basis" in str(excinfo.value)


def test_ingest_stores_daily_activity_and_findings(networks, monitoring_on, staff_north, ingest_lines):
    ingest = ingest_lines(facebook_at_north(minutes=12))
    activity = DailyActivity.objects.get()
    assert (activity.person, activity.user, activity.academy_id) == (
        staff_north.email,
        staff_north,
        staff_north.academy_id,
    )
    assert (activity.date, activity.site, activity.ownership) == (DAY.date(), "facebook", "trust")
    assert (activity.active_minutes, activity.requests) == (12, 24)
    finding = Finding.objects.get()
    assert (finding.clause, finding.active_minutes, finding.severity, finding.status) == (
        "5.2",
        12,
        "warn",
        "new",
    )
    assert finding.academy_id == staff_north.academy_id
    assert (ingest.lines, ingest.matched, ingest.findings_new) == (24, 24, 1)


def test_same_file_is_never_counted_twice(networks, monitoring_on, staff_north, tmp_path):
    path = write_log(tmp_path, "access.log", facebook_at_north(minutes=12))
    monitoring_ingest(actor=None, files=[LogFile(path, "access.log")], source="command")
    with pytest.raises(AlreadyIngested, match="already ingested"):
        monitoring_ingest(actor=None, files=[LogFile(path, "access.log")], source="command")
    # Same content under another name (rotated, copied) is the same file.
    copy = tmp_path / "access.log.1"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(AlreadyIngested):
        monitoring_ingest(actor=None, files=[LogFile(copy, copy.name)], source="command")
    # The same file twice in one call too.
    with pytest.raises(AlreadyIngested, match="same file"):
        monitoring_ingest(
            actor=None, files=[LogFile(copy, "a.log"), LogFile(copy, "b.log")], source="command"
        )
    assert Ingest.objects.count() == 1
    assert IngestedFile.objects.count() == 1
    assert DailyActivity.objects.get().active_minutes == 12
    assert Finding.objects.get().active_minutes == 12


def test_command_refuses_a_second_ingest_with_a_clear_message(networks, monitoring_on, staff_north, tmp_path):
    path = write_log(tmp_path, "access.log", facebook_at_north(minutes=12))
    out = io.StringIO()
    call_command("monitor-ingest", str(path), "--format", "json", stdout=out)
    summary = json.loads(out.getvalue())
    assert summary["findings_new"] == 1 and len(summary["files"][0]["sha256"]) == 64
    with pytest.raises(CommandError) as excinfo:
        call_command("monitor-ingest", str(path))
    assert excinfo.value.returncode == 2
    assert "already ingested" in str(excinfo.value) and "never counted twice" in str(excinfo.value)
    assert Finding.objects.count() == 1


def test_no_raw_log_lines_are_stored(networks, monitoring_on, staff_north, ingest_lines):
    marker_path = "/groups/secret-marker-group-81723/posts"
    ingest_lines(facebook_at_north(minutes=12, path=marker_path))
    assert DailyActivity.objects.exists()
    with connection.cursor() as cursor:
        tables = [t for t in connection.introspection.table_names(cursor) if t.startswith("monitoring_")]
        tables.append(LogEntry._meta.db_table)
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            dump = repr(cursor.fetchall())
            assert "secret-marker-group" not in dump, table
            assert "TCP_TUNNEL" not in dump and "HIER_DIRECT" not in dump, table
            assert "10.1.4.20" not in dump, table  # a known person's address is not kept either


def test_a_day_split_over_two_files_is_added_up_not_duplicated(
    networks, monitoring_on, staff_north, ingest_lines
):
    morning = facebook_at_north(minutes=10)
    afternoon = squid_lines(
        user="sam.staff",
        ip="10.1.4.20",
        host="www.facebook.com",
        start=DAY.replace(hour=14),
        minutes=25,
    )
    ingest_lines(morning, name="access.log-1")
    second = ingest_lines(afternoon, name="access.log-2")
    activity = DailyActivity.objects.get()
    assert activity.active_minutes == 35 and activity.requests == 70
    finding = Finding.objects.get()
    assert finding.active_minutes == 35 and finding.severity == "block"
    assert (second.findings_new, second.findings_merged) == (0, 1)


def test_ingest_is_audited_with_the_actor(networks, monitoring_on, staff_north, ict, ingest_lines):
    ingest = ingest_lines(facebook_at_north(), actor=ict)
    entries = LogEntry.objects.get_for_object(ingest)
    assert entries.filter(action=LogEntry.Action.CREATE, actor=ict).exists()
    file_entry = LogEntry.objects.get_for_object(IngestedFile.objects.get())
    assert file_entry.filter(actor=ict).exists()


def test_only_ict_may_ingest(networks, monitoring_on, staff_north, head_north, tmp_path):
    path = write_log(tmp_path, "access.log", facebook_at_north())
    with pytest.raises(PermissionError):
        monitoring_ingest(actor=head_north, files=[LogFile(path, "access.log")], source="upload")


def test_unknown_address_is_kept_as_use_without_a_finding(networks, monitoring_on, ingest_lines):
    lines = squid_lines(
        user="-", ip="192.168.7.7", host="www.tiktok.com", start=DAY.replace(hour=9), minutes=20
    )
    ingest_lines(lines)
    activity = DailyActivity.objects.get()
    assert (activity.person, activity.ownership, activity.user) == ("ip:192.168.7.7", "unknown", None)
    assert not Finding.objects.exists()


def test_gzip_logs_are_read(networks, monitoring_on, staff_north, tmp_path):
    import gzip

    path = tmp_path / "access.log.gz"
    path.write_bytes(gzip.compress(("\n".join(facebook_at_north(minutes=3)) + "\n").encode()))
    ingest = monitoring_ingest(actor=None, files=[LogFile(path, path.name)], source="command")
    assert ingest.findings_new == 1
    assert Finding.objects.get().first_seen.astimezone(DAY.tzinfo).hour == 9
    assert Finding.objects.get().last_seen - Finding.objects.get().first_seen < timedelta(minutes=3)


def test_csv_logs_are_ingested_too(networks, monitoring_on, staff_north, tmp_path):
    rows = ["timestamp,client_ip,username,host,url,bytes"]
    rows += [f"2026-11-16T09:{m:02d}:10,10.1.4.20,sam.staff,www.reddit.com,/r/teaching,900" for m in range(6)]
    path = write_log(tmp_path, "filter.csv", rows)
    ingest = monitoring_ingest(
        actor=None, files=[LogFile(path, path.name)], source="command", log_format="csv"
    )
    assert ingest.lines == 6
    assert Finding.objects.get().site == "reddit"
