"""A day split over separate scans merges into exactly what one scan of all its lines gives.

``DailyActivity.merged`` (minutes by set union, requests added, first and last seen the earlier and
the later) and ``rules.judge`` on the merged day must give the activity and the findings of one
scan over both files, wherever the log is cut: inside a minute, across local midnight, on the
days the clocks change. This is what the app relies on to ingest a day's log file by file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from socialpolicy.engines.monitoring import DailyActivity, ScanSettings, scan
from socialpolicy.engines.monitoring.rules import judge
from socialpolicy.engines.orgdir import load_org

from .loggen import (
    ALICE,
    ALICE_DEVICE,
    BOB,
    CAROL,
    HEAD_OFFICE_PERSONAL,
    HEAD_OFFICE_TRUST,
    MONDAY,
    NOR_PERSONAL,
    NOR_TRUST,
    OUTSIDE,
    SOU_PERSONAL,
    WEDNESDAY,
    local_epoch,
    squid,
    squid_use,
    write_log,
)
from .splitlogs import Client, cut_points, day_of_use, merge_days, random_halves

SPRING_FORWARD = date(2025, 3, 30)  # a Sunday: 01:00 GMT becomes 02:00 BST
FALL_BACK = date(2025, 10, 26)  # a Sunday: 02:00 BST becomes 01:00 GMT
# Every day a workday, and work hours that take in the clock change, with a break inside it.
SCHEDULE_EVERY_DAY = """
[default]
workdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
work_hours = "00:30-23:00"
breaks = ["01:30-01:45", "10:30-10:45", "12:15-13:00"]

[academy.SOU]
work_hours = "08:15-16:00"
breaks = ["10:50-11:10", "12:00-12:45"]
"""
CLIENTS = [
    Client(ALICE, NOR_TRUST),
    Client("-", ALICE_DEVICE),  # devices.csv: Alice's laptop
    Client(BOB, HEAD_OFFICE_PERSONAL),
    Client(BOB, HEAD_OFFICE_TRUST),
    Client(CAROL, SOU_PERSONAL),  # non-contact on Wednesdays 14:00-15:00
    Client("-", NOR_PERSONAL),  # nobody known: ip:ADDRESS, North's schedule
    Client("-", OUTSIDE),  # in no listed network: unknown, never judged
]
HOSTS = ["www.facebook.com", "www.linkedin.com", "www.tiktok.com", "i.instagram.com"]
GARBAGE = ["not a log line", "1747214079.425 59704 10.21.7.102 TCP_TUNNE"]
DAYS = [MONDAY, WEDNESDAY, SPRING_FORWARD, FALL_BACK]


@pytest.fixture
def org_dir(org: Path):
    (org / "schedule.toml").write_text(SCHEDULE_EVERY_DAY)
    return load_org(org)


@pytest.fixture
def scan_part(tmp_path: Path, org_dir):
    """Scan some lines as a file of their own."""
    count = iter(range(10**6))

    def run(lines: list[str], settings: ScanSettings | None = None):
        path = write_log(tmp_path / f"part-{next(count)}.log", lines)
        return scan(org_dir, [path], log_format="squid", settings=settings)

    return run


def judged(days: list[DailyActivity], settings: ScanSettings) -> list:
    findings = [finding for day in days if (finding := judge(day, settings)) is not None]
    return sorted(findings, key=lambda f: (f.date, f.person, f.site, f.clause))


def assert_split_merges(scan_part, first: list[str], second: list[str], settings=None):
    settings = settings or ScanSettings()
    whole = scan_part(first + second, settings)
    a, b = scan_part(first, settings), scan_part(second, settings)
    assert merge_days(a.activity, b.activity) == whole.activity
    assert merge_days(b.activity, a.activity) == whole.activity
    assert judged(merge_days(a.activity, b.activity), settings) == whole.findings
    assert a.stats.lines + b.stats.lines == whole.stats.lines
    assert a.stats.unparsed + b.stats.unparsed == whole.stats.unparsed
    return whole


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_cut_of_a_day_merges_into_the_scan_of_the_whole(scan_part, day):
    lines = day_of_use(day.toordinal(), day, CLIENTS, HOSTS, extra=GARBAGE)
    points = cut_points(lines, seed=day.toordinal(), count=14)
    whole = scan_part(lines)
    assert whole.findings, "the generated day raises findings"
    assert {f.clause for f in whole.findings} == {"5.2", "5.3"}
    assert any(d.ownership == "unknown" for d in whole.activity)
    for i in points:
        a, b = scan_part(lines[:i]), scan_part(lines[i:])
        assert merge_days(a.activity, b.activity) == whole.activity, f"cut at line {i}"
        assert merge_days(b.activity, a.activity) == whole.activity, f"cut at line {i}, B first"
        assert judged(merge_days(a.activity, b.activity), ScanSettings()) == whole.findings, f"cut at {i}"


@pytest.mark.parametrize("seed", range(4))
def test_lines_dealt_at_random_to_two_files_merge_too(scan_part, seed):
    day = DAYS[seed]
    lines = day_of_use(seed, day, CLIENTS, HOSTS, sessions=30)
    first, second = random_halves(lines, seed)
    assert_split_merges(scan_part, first, second)


def test_other_thresholds_judge_the_merged_day_the_same_way(scan_part):
    settings = ScanSettings(
        trust_device_min_minutes=5,
        occasional_use_max_minutes=3,
        own_device_min_minutes=2,
        block_from_minutes=10,
    )
    lines = day_of_use(7, MONDAY, CLIENTS, HOSTS)
    for i in cut_points(lines, seed=7, count=6):
        assert_split_merges(scan_part, lines[:i], lines[i:], settings)


def test_a_minute_cut_in_two_counts_once(scan_part):
    # Five minutes of TikTok on a trust device, two requests a minute; the cut falls between the
    # two requests of the third minute. Neither half reaches 5.2 on LinkedIn-like terms alone.
    lines = squid_use(local_epoch(MONDAY, "09:00"), 5, NOR_TRUST, "www.tiktok.com", ALICE)
    a, b = scan_part(lines[:5]), scan_part(lines[5:])
    assert [d.active_minutes for d in a.activity + b.activity] == [3, 3]
    (day,) = merge_days(a.activity, b.activity)
    assert (day.active_minutes, day.requests) == (5, 10)
    assert day.active_bits == bytes([0b11111])


def test_the_bitmaps_count_absolute_minutes_through_the_repeated_hour(scan_part):
    bst = local_epoch(FALL_BACK, "01:30", 10, fold=0)
    gmt = local_epoch(FALL_BACK, "01:30", 20, fold=1)
    lines = [
        squid(bst, NOR_TRUST, "www.facebook.com", ALICE),
        squid(gmt, NOR_TRUST, "www.facebook.com", ALICE),
    ]
    (day,) = scan_part(lines).activity
    assert day.active_minutes == 2
    assert day.active_bits == (1 | 1 << 60).to_bytes(8, "little")  # 01:30 BST and, 60 later, GMT
    assert day.work_time_bits == b""  # 01:30-01:45 is a break
    (a,), (b,) = scan_part(lines[:1]).activity, scan_part(lines[1:]).activity
    assert a.merged(b) == day == b.merged(a)


def test_work_time_figures_are_those_of_the_work_minutes_only(scan_part):
    # Own device, 10:25-10:50: the break 10:30-10:45 leaves 10:25-10:29 and 10:45-10:49.
    lines = squid_use(local_epoch(MONDAY, "10:25"), 25, NOR_PERSONAL, "www.facebook.com", ALICE, per_minute=3)
    (day,) = scan_part(lines).activity
    assert (day.active_minutes, day.work_time_minutes, day.work_time_requests) == (25, 10, 30)
    assert day.work_time_first_seen == "2025-05-12T10:25:05+01:00"
    assert day.work_time_last_seen.startswith("2025-05-12T10:49:")
    assert day.work_time_bits == (0b11111 | 0b11111 << 20).to_bytes(4, "little")
    (finding,) = scan_part(lines).findings
    assert (finding.clause, finding.active_minutes, finding.requests) == ("5.3", 10, 30)
    assert (finding.first_seen, finding.last_seen) == (day.work_time_first_seen, day.work_time_last_seen)


def test_merging_needs_the_same_day_and_its_minutes(scan_part):
    lines = squid_use(local_epoch(MONDAY, "09:00"), 3, NOR_TRUST, "www.tiktok.com", ALICE)
    (day,) = scan_part(lines).activity
    with pytest.raises(ValueError, match="cannot merge"):
        day.merged(replace(day, site="facebook"))
    with pytest.raises(ValueError, match="without its minutes"):
        day.merged(replace(day, active_bits=b""))
