"""Local days and clock changes: minutes are absolute, days and schedules are local."""

from __future__ import annotations

from datetime import date

from .loggen import (
    ALICE,
    MONDAY,
    NOR_PERSONAL,
    NOR_TRUST,
    csv_row,
    local_epoch,
    squid,
    squid_use,
    write_org,
)

SPRING_FORWARD = date(2025, 3, 30)  # Europe/London: 01:00 GMT becomes 02:00 BST (a Sunday)
FALL_BACK = date(2025, 10, 26)  # Europe/London: 02:00 BST becomes 01:00 GMT (a Sunday)


def test_repeated_hour_counts_each_absolute_minute(scan_lines):
    # 01:30 BST and 01:30 GMT on the day clocks go back are two minutes an hour apart.
    bst = local_epoch(FALL_BACK, "01:30", 10, fold=0)
    gmt = local_epoch(FALL_BACK, "01:30", 20, fold=1)
    assert gmt - bst == 3600 + 10
    lines = [
        squid(bst, NOR_TRUST, "www.facebook.com", ALICE),
        squid(gmt, NOR_TRUST, "www.facebook.com", ALICE),
    ]
    (finding,) = scan_lines(lines).findings
    assert (finding.date, finding.active_minutes, finding.requests) == (FALL_BACK.isoformat(), 2, 2)
    assert finding.first_seen == "2025-10-26T01:30:10+01:00"
    assert finding.last_seen == "2025-10-26T01:30:20+00:00"


def test_one_minute_in_the_repeated_hour_is_one_minute(scan_lines):
    ts = local_epoch(FALL_BACK, "01:30", 10, fold=0)
    assert scan_lines([squid(ts, NOR_TRUST, "www.facebook.com", ALICE)]).findings == []


def test_spring_forward_day_keeps_local_dates_and_offsets(scan_lines):
    start = local_epoch(SPRING_FORWARD, "00:58")  # 00:58 GMT; 01:00 GMT is 02:00 BST
    (finding,) = scan_lines(squid_use(start, 4, NOR_TRUST, "www.youtube.com", ALICE)).findings
    assert (finding.date, finding.active_minutes) == (SPRING_FORWARD.isoformat(), 4)
    assert finding.first_seen == "2025-03-30T00:58:05+00:00"
    assert finding.last_seen.startswith("2025-03-30T02:01:")
    assert finding.last_seen.endswith("+01:00")


def test_local_midnight_splits_days(scan_lines):
    # 23:58-00:01 local (BST): two minutes each side of midnight, two days, two findings.
    lines = squid_use(local_epoch(MONDAY, "23:58"), 4, NOR_TRUST, "www.tiktok.com", ALICE)
    found = [(f.date, f.active_minutes) for f in scan_lines(lines).findings]
    assert found == [("2025-05-12", 2), ("2025-05-13", 2)]


def test_work_time_follows_local_clock_in_winter_and_summer(scan_lines):
    # 08:00 local is 08:00 UTC in winter and 07:00 UTC in summer; both days are Mondays.
    winter, summer = date(2025, 1, 13), date(2025, 7, 14)
    lines = squid_use(local_epoch(winter, "07:55"), 10, NOR_PERSONAL, "www.instagram.com", ALICE)
    lines += squid_use(local_epoch(summer, "07:55"), 10, NOR_PERSONAL, "www.instagram.com", ALICE)
    found = [(f.date, f.active_minutes) for f in scan_lines(lines).findings]
    assert found == [("2025-01-13", 5), ("2025-07-14", 5)]


def test_another_timezone_and_its_own_clock_change(tmp_path, scan_lines):
    zone = "America/New_York"  # clocks go back on 2025-11-02, a week after London's
    org = write_org(tmp_path / "ny", timezone=zone)
    first = local_epoch(date(2025, 11, 2), "01:30", 5, zone=zone, fold=0)
    second = local_epoch(date(2025, 11, 2), "01:30", 5, zone=zone, fold=1)
    lines = [
        squid(first, NOR_TRUST, "www.reddit.com", ALICE),
        squid(second, NOR_TRUST, "www.reddit.com", ALICE),
    ]
    (finding,) = scan_lines(lines, org_dir=org).findings
    assert (finding.date, finding.active_minutes) == ("2025-11-02", 2)
    assert (finding.first_seen, finding.last_seen) == (
        "2025-11-02T01:30:05-04:00",
        "2025-11-02T01:30:05-05:00",
    )


def test_schedule_uses_the_trust_timezone(tmp_path, scan_lines):
    # 09:00-09:09 in Sydney is work time there, though it is the previous evening in London.
    zone = "Australia/Sydney"
    org = write_org(tmp_path / "syd", timezone=zone)
    lines = squid_use(local_epoch(MONDAY, "09:00", zone=zone), 10, NOR_PERSONAL, "www.tiktok.com", ALICE)
    (finding,) = scan_lines(lines, org_dir=org).findings
    assert (finding.date, finding.clause, finding.active_minutes) == (MONDAY.isoformat(), "5.3", 10)
    assert finding.first_seen.endswith("+10:00")


def test_csv_times_without_offset_are_local_even_across_the_change(scan_lines):
    header = "timestamp,client_ip,username,host,url,bytes"
    rows = [csv_row("2025-10-26T00:59:30", NOR_TRUST, "www.facebook.com", ALICE)]
    rows.append(csv_row("2025-10-26T03:00:00", NOR_TRUST, "www.facebook.com", ALICE))
    (finding,) = scan_lines(rows, log_format="csv", header=header).findings
    assert (finding.first_seen, finding.last_seen) == (
        "2025-10-26T00:59:30+01:00",
        "2025-10-26T03:00:00+00:00",
    )
