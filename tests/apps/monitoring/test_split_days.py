"""A day's log ingested in separate files stores exactly what one ingest of all its lines stores.

Files A then B, or B then A, give the same DailyActivity figures and the same findings (clause,
minutes, requests, first and last seen, severity) as one file of A's and B's lines, wherever the
log is cut: inside a minute, across local midnight in Europe/London, on the days the clocks
change. Triage survives a later file; the same file is still refused; retention still deletes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Finding,
    FindingStatus,
    Ingest,
    IngestedFile,
    NonContactPeriod,
    SafeguardingAlert,
    WorkSchedule,
)
from socialpolicy.apps.monitoring.services import (
    AlreadyIngested,
    LogFile,
    finding_route_to_dsl,
    finding_route_to_head,
    finding_triage,
    monitoring_ingest,
    monitoring_retention,
)
from tests.apps.monitoring.conftest import DAY, LONDON, squid_lines, write_log
from tests.engines.monitoring.splitlogs import (
    Client,
    cut_points,
    day_of_use,
    minute_of_line,
    random_halves,
)

pytestmark = pytest.mark.django_db

SPRING_FORWARD = date(2026, 3, 29)  # a Sunday: 01:00 GMT becomes 02:00 BST
FALL_BACK = date(2026, 10, 25)  # a Sunday: 02:00 BST becomes 01:00 GMT
CLIENTS = [
    Client("sam.staff", "10.1.4.20"),  # North, trust device
    Client("sam.staff", "10.9.4.20"),  # North, own device
    Client("-", "10.9.8.8"),  # own device, nobody known: ip:10.9.8.8 on North's schedule
    Client("sue.staff", "10.2.3.3"),  # South, trust device
    Client("sue.staff", "10.9.5.5"),  # South's schedule, own device on North's network
    Client("hal.office", "10.0.1.1"),  # head office, trust device
    Client("-", "192.168.7.7"),  # in no listed network: kept as use, never judged
]
HOSTS = ["www.facebook.com", "www.linkedin.com", "www.tiktok.com", "i.instagram.com"]
GARBAGE = ["not a log line at all", "1747214079.425 59704 10.21.7.102 TCP_TUNNE"]


@pytest.fixture
def world(networks, monitoring_on, staff_north, staff_south, staff_head_office):
    """Every day a workday, with work hours across the clock change and breaks inside them."""
    WorkSchedule.objects.create(
        key="default",
        workdays=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        work_hours="00:30-23:00",
        breaks=["01:30-01:45", "10:30-10:45", "12:15-13:00"],
    )
    WorkSchedule.objects.create(
        key="STH",
        academy=staff_south.academy,
        workdays=["Mon", "Tue", "Wed", "Thu", "Fri"],
        work_hours="08:15-16:00",
        breaks=["10:50-11:10"],
    )
    NonContactPeriod.objects.create(user=staff_north, day="Mon", start="14:00", end="15:00")


@pytest.fixture
def ingest(tmp_path):
    """Ingest lines as one file of their own."""
    count = iter(range(10**6))

    def run(lines: list[str], *, actor=None) -> Ingest:
        name = f"access-{next(count)}.log"
        path = write_log(tmp_path, name, lines)
        return monitoring_ingest(actor=actor, files=[LogFile(path, name)], source="command")

    return run


def stored() -> tuple[dict, dict]:
    """Everything an ingest stores about use, keyed, without what differs by run (pks, ingest)."""
    activity = {
        (a.person, a.date, a.site, a.ownership): (
            a.user_id,
            a.academy_id,
            a.active_minutes,
            a.requests,
            a.first_seen,
            a.last_seen,
            a.work_time_minutes,
            bytes(a.active_bits),
            bytes(a.work_time_bits),
            a.work_time_requests,
            a.work_time_first_seen,
            a.work_time_last_seen,
        )
        for a in DailyActivity.objects.all()
    }
    findings = {
        (f.person, f.date, f.site, f.clause): (
            f.user_id,
            f.academy_id,
            f.ownership,
            f.active_minutes,
            f.requests,
            f.first_seen,
            f.last_seen,
            f.severity,
            f.status,
        )
        for f in Finding.objects.all()
    }
    return activity, findings


def forget_everything() -> None:
    Finding.objects.all().delete()
    DailyActivity.objects.all().delete()
    Ingest.objects.all().delete()  # and its IngestedFile rows


def whole_and_parts(ingest, first: list[str], second: list[str]) -> None:
    """Assert A then B and B then A store what A+B stores; leaves nothing stored."""
    ingest(first + second)
    whole = stored()
    forget_everything()
    for one, other in ((first, second), (second, first)):
        ingest(one)
        ingest(other)
        assert stored() == whole
        forget_everything()


@pytest.mark.parametrize("day", [DAY.date(), SPRING_FORWARD, FALL_BACK], ids=str)
def test_a_day_cut_anywhere_stores_what_the_whole_day_stores(world, ingest, day):
    lines = day_of_use(day.toordinal(), day, CLIENTS, HOSTS, extra=GARBAGE)
    ingest(lines)
    whole = stored()
    activity, findings = whole
    assert {clause for (_, _, _, clause) in findings} == {"5.2", "5.3"}
    assert len({d for (_, d, _, _) in activity}) >= 2, "use on both sides of a local midnight"
    assert any(ownership == "unknown" for (_, _, _, ownership) in activity)
    forget_everything()
    for i in cut_points(lines, seed=day.toordinal(), count=8):
        for one, other in ((lines[:i], lines[i:]), (lines[i:], lines[:i])):
            first, second = ingest(one), ingest(other)
            assert stored() == whole, f"cut at line {i} of {len(lines)}"
            assert first.lines + second.lines == len(lines)  # malformed lines are data lines too
            forget_everything()


def test_lines_dealt_at_random_to_two_files(world, ingest):
    lines = day_of_use(3, DAY.date(), CLIENTS, HOSTS, sessions=30)
    first, second = random_halves(lines, seed=3)
    whole_and_parts(ingest, first, second)


def test_a_minute_in_both_files_counts_once(world, ingest):
    # Own device, work time: 09:00-09:04 in A and 09:04-09:08 in B, the cut between the two
    # requests of 09:04. Five minutes each, nine together.
    lines = squid_lines(
        user="sam.staff", ip="10.9.4.20", host="www.tiktok.com", start=DAY.replace(hour=9), minutes=9
    )
    a, b = lines[:9], lines[9:]  # the cut falls between 09:04:05 and 09:04:25
    ingest(a)
    assert Finding.objects.get().active_minutes == 5
    second = ingest(b)
    activity = DailyActivity.objects.get()
    assert (activity.active_minutes, activity.work_time_minutes, activity.requests) == (9, 9, 18)
    finding = Finding.objects.get()
    assert (finding.clause, finding.active_minutes, finding.requests) == ("5.3", 9, 18)
    assert finding.first_seen == DAY.replace(hour=9, second=5)
    assert finding.last_seen == DAY.replace(hour=9, minute=8, second=25)
    assert (second.findings_new, second.findings_merged) == (0, 1)


def test_a_finding_is_raised_when_the_second_file_crosses_the_threshold(world, ingest):
    # Trust device, Facebook: 5.2 from two minutes. One minute in each file.
    start = DAY.replace(hour=9)
    first = ingest(
        squid_lines(user="sam.staff", ip="10.1.4.20", host="www.facebook.com", start=start, minutes=1)
    )
    assert first.findings_new == 0 and not Finding.objects.exists()
    second = ingest(
        squid_lines(
            user="sam.staff",
            ip="10.1.4.20",
            host="www.facebook.com",
            start=start + timedelta(minutes=1),
            minutes=1,
        )
    )
    assert (second.findings_new, second.findings_merged) == (1, 0)
    finding = Finding.objects.get()
    assert (finding.active_minutes, finding.requests, finding.status) == (2, 4, "new")
    assert finding.ingest == second
    # Own device: 5.3 from five work-time minutes; 3 and 3 minutes, one of them shared.
    own = squid_lines(user="sam.staff", ip="10.9.4.20", host="www.tiktok.com", start=start, minutes=5)
    ingest(own[:5])  # 09:00, 09:01 and the first request of 09:02
    assert not Finding.objects.filter(clause="5.3").exists()
    ingest(own[5:])  # the second request of 09:02, then 09:03 and 09:04
    assert Finding.objects.get(clause="5.3").active_minutes == 5


def test_work_time_figures_merge_for_clause_5_3(world, ingest):
    # Own device 10:20-10:50; the break 10:30-10:45 is not counted. Cut inside 10:47.
    lines = squid_lines(
        user="sam.staff",
        ip="10.9.4.20",
        host="www.facebook.com",
        start=DAY.replace(hour=10, minute=20),
        minutes=30,
    )
    whole_and_parts(ingest, lines[:55], lines[55:])
    ingest(lines[:55])
    ingest(lines[55:])
    activity = DailyActivity.objects.get()
    assert (activity.active_minutes, activity.work_time_minutes, activity.work_time_requests) == (30, 15, 30)
    finding = Finding.objects.get()
    assert (finding.active_minutes, finding.requests) == (15, 30)
    assert finding.first_seen == DAY.replace(hour=10, minute=20, second=5)
    assert finding.last_seen == DAY.replace(hour=10, minute=49, second=25)


def test_triage_and_routing_survive_a_later_file(world, ingest, ict, head_north, dsl_north):
    start = DAY.replace(hour=9)
    trust = squid_lines(user="sam.staff", ip="10.1.4.20", host="www.facebook.com", start=start, minutes=20)
    own = squid_lines(user="sam.staff", ip="10.9.4.20", host="www.tiktok.com", start=start, minutes=20)
    sue = squid_lines(user="sue.staff", ip="10.2.3.3", host="www.tiktok.com", start=start, minutes=20)
    ingest(trust + own + sue)
    whole = stored()[1]
    forget_everything()

    ingest(trust[:15] + own[:15] + sue[:15])  # the cut falls inside each one's eighth minute
    routed = Finding.objects.get(clause="5.2", person="sam.staff@oakfield.example")
    finding_triage(actor=ict, finding=routed, true_positive=True, notes="Seen on the timetable")
    finding_route_to_head(actor=ict, finding=Finding.objects.get(pk=routed.pk))
    dismissed = Finding.objects.get(person="sue.staff@oakfield.example")
    finding_triage(actor=ict, finding=dismissed, true_positive=False, notes="A lesson on e-safety")
    alert = finding_route_to_dsl(actor=ict, finding=Finding.objects.get(clause="5.3"), concern="Worrying")
    before = {f.pk: f for f in Finding.objects.all()}

    later = ingest(trust[15:] + own[15:] + sue[15:])
    assert (later.findings_new, later.findings_merged) == (0, 3)
    after = stored()[1]
    figures = slice(0, 8)  # all but the status
    assert {key: value[figures] for key, value in after.items()} == {
        key: value[figures] for key, value in whole.items()
    }
    for finding in Finding.objects.all():
        old = before[finding.pk]
        for name in ("status", "triaged_by_id", "triaged_at", "routed_to_id", "routed_at", "ingest_id"):
            assert getattr(finding, name) == getattr(old, name), name
        assert finding.triage_notes == old.triage_notes
        assert finding.active_minutes == 20 and finding.active_minutes != old.active_minutes
    assert Finding.objects.get(pk=routed.pk).status == FindingStatus.ROUTED_HEAD
    assert Finding.objects.get(pk=routed.pk).triage_notes == "Seen on the timetable"
    assert Finding.objects.get(pk=dismissed.pk).status == FindingStatus.FALSE_POSITIVE
    assert SafeguardingAlert.objects.get(pk=alert.pk).finding.status == FindingStatus.ROUTED_DSL


def test_the_same_file_is_still_refused_after_days_were_merged(world, ingest, tmp_path):
    lines = day_of_use(5, DAY.date(), CLIENTS, HOSTS)
    middle = len(lines) // 2
    first = write_log(tmp_path, "morning.log", lines[:middle])
    second = write_log(tmp_path, "afternoon.log", lines[middle:])
    monitoring_ingest(actor=None, files=[LogFile(first, first.name)], source="command")
    monitoring_ingest(actor=None, files=[LogFile(second, second.name)], source="command")
    merged = stored()
    for path in (first, second):
        with pytest.raises(AlreadyIngested, match="never counted twice"):
            monitoring_ingest(actor=None, files=[LogFile(path, "renamed.log")], source="command")
    assert stored() == merged
    assert IngestedFile.objects.count() == 2


def test_retention_deletes_merged_days_with_their_minutes(world, ingest):
    now = datetime(2026, 11, 25, 3, 0, tzinfo=ZoneInfo("Europe/London"))
    old_day = (now - timedelta(days=100)).replace(hour=9, minute=0)
    recent = now.replace(day=20, hour=9, minute=0)
    for start in (old_day, recent):
        lines = squid_lines(user="sam.staff", ip="10.1.4.20", host="www.facebook.com", start=start, minutes=6)
        ingest(lines[:5])
        ingest(lines[5:])
    assert DailyActivity.objects.count() == 2 and Finding.objects.count() == 2
    run = monitoring_retention(now=now)
    assert (run.activity_deleted, run.findings_deleted) == (1, 1)
    (kept,) = DailyActivity.objects.all()
    assert kept.date == recent.date() and bytes(kept.active_bits) == bytes([0b111111])
    assert Finding.objects.get().date == recent.date()


def test_a_day_stored_before_minute_sets_were_kept_is_added_to(world, ingest, staff_north):
    # A row from before migration 0003: figures only, no minutes. It is added to, as it was.
    start = DAY.replace(hour=9)
    DailyActivity.objects.create(
        person=staff_north.email,
        user=staff_north,
        academy=staff_north.academy,
        date=DAY.date(),
        site="facebook",
        ownership="trust",
        active_minutes=4,
        requests=8,
        first_seen=start,
        last_seen=start + timedelta(minutes=3, seconds=25),
    )
    Finding.objects.create(
        person=staff_north.email,
        user=staff_north,
        academy=staff_north.academy,
        date=DAY.date(),
        site="facebook",
        clause="5.2",
        ownership="trust",
        active_minutes=4,
        requests=8,
        first_seen=start,
        last_seen=start + timedelta(minutes=3, seconds=25),
        severity="warn",
    )
    later = start + timedelta(hours=2)
    second = ingest(
        squid_lines(user="sam.staff", ip="10.1.4.20", host="www.facebook.com", start=later, minutes=3)
    )
    activity = DailyActivity.objects.get()
    assert (activity.active_minutes, activity.requests, bytes(activity.active_bits)) == (7, 14, b"")
    assert activity.last_seen == later + timedelta(minutes=2, seconds=25)
    finding = Finding.objects.get()
    assert (finding.active_minutes, finding.requests) == (7, 14)
    assert (second.findings_new, second.findings_merged) == (0, 1)


def test_uploads_of_a_split_day_store_what_one_upload_stores(world, ict, login):
    lines = day_of_use(11, DAY.date(), CLIENTS, HOSTS)
    middle = next(
        i
        for i in range(len(lines) // 2, len(lines))
        if minute_of_line(lines[i]) == minute_of_line(lines[i - 1])
    )
    client = login(ict)

    def upload(*parts: list[str]) -> None:
        files = [
            SimpleUploadedFile(f"access-{n}.log", ("\n".join(part) + "\n").encode())
            for n, part in enumerate(parts)
        ]
        response = client.post(reverse("monitoring:upload"), {"logs": files, "log_format": ""})
        assert response.status_code == 302

    upload(lines)
    whole = stored()
    forget_everything()
    upload(lines[:middle])
    upload(lines[middle:])
    assert stored() == whole
    assert Ingest.objects.filter(source="upload").count() == 2


def test_merged_figures_are_in_the_london_day(world, ingest):
    # 23:58-00:02 local on the night the clocks go back: two days, each merged on its own.
    start = datetime(2026, 10, 24, 23, 58, tzinfo=LONDON)
    lines = squid_lines(user="sam.staff", ip="10.1.4.20", host="www.tiktok.com", start=start, minutes=5)
    whole_and_parts(ingest, lines[:3], lines[3:])
    ingest(lines[:3])
    ingest(lines[3:])
    days = dict(DailyActivity.objects.values_list("date", "active_minutes"))
    assert days == {date(2026, 10, 24): 2, date(2026, 10, 25): 3}
