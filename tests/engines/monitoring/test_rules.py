"""Clauses 5.2 and 5.3: every threshold from both sides, schedules, breaks and non-contact time."""

from __future__ import annotations

import pytest

from socialpolicy.engines.monitoring import ScanSettings

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
    SATURDAY,
    SOU_PERSONAL,
    WEDNESDAY,
    local_epoch,
    squid_use,
)

DAY = MONDAY.isoformat()


@pytest.mark.parametrize(("minutes", "reported"), [(1, False), (2, True)])
def test_trust_device_any_site_but_linkedin_from_two_minutes(scan_lines, minutes, reported):
    lines = squid_use(local_epoch(MONDAY, "09:00"), minutes, NOR_TRUST, "www.facebook.com", ALICE)
    result = scan_lines(lines)
    assert [(f.person, f.site, f.clause) for f in result.findings] == (
        [(ALICE, "facebook", "5.2")] if reported else []
    )
    if reported:
        assert result.findings[0].active_minutes == minutes
        assert result.findings[0].ownership == "trust"


@pytest.mark.parametrize(("minutes", "reported"), [(30, False), (31, True)])
def test_trust_device_linkedin_only_above_thirty_minutes(scan_lines, minutes, reported):
    lines = squid_use(local_epoch(MONDAY, "09:00"), minutes, NOR_TRUST, "www.linkedin.com", ALICE)
    result = scan_lines(lines)
    assert [(f.site, f.clause, f.active_minutes) for f in result.findings] == (
        [("linkedin", "5.2", minutes)] if reported else []
    )


@pytest.mark.parametrize(("minutes", "reported"), [(4, False), (5, True)])
def test_own_device_from_five_work_time_minutes(scan_lines, minutes, reported):
    lines = squid_use(local_epoch(MONDAY, "09:00"), minutes, NOR_PERSONAL, "www.tiktok.com", ALICE)
    result = scan_lines(lines)
    assert [(f.site, f.clause, f.ownership) for f in result.findings] == (
        [("tiktok", "5.3", "personal")] if reported else []
    )


@pytest.mark.parametrize(("minutes", "severity"), [(29, "warn"), (30, "block")])
def test_severity_blocks_from_thirty_active_minutes(scan_lines, minutes, severity):
    lines = squid_use(local_epoch(MONDAY, "13:00"), minutes, NOR_TRUST, "www.youtube.com", ALICE)
    (finding,) = scan_lines(lines).findings
    assert (finding.active_minutes, finding.severity) == (minutes, severity)


def test_many_requests_in_one_minute_are_one_active_minute(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "09:00"), 3, NOR_TRUST, "www.instagram.com", ALICE, per_minute=7)
    (finding,) = scan_lines(lines).findings
    assert (finding.active_minutes, finding.requests) == (3, 21)
    assert finding.first_seen == "2025-05-12T09:00:05+01:00"
    assert finding.last_seen.startswith("2025-05-12T09:02:")


def test_thresholds_apply_per_site_never_to_a_sum(scan_lines):
    start = local_epoch(MONDAY, "09:00")
    lines = squid_use(start, 1, NOR_TRUST, "www.facebook.com", ALICE) + squid_use(
        start + 120, 1, NOR_TRUST, "www.instagram.com", ALICE
    )
    assert scan_lines(lines).findings == []


def test_trust_and_own_device_use_of_one_site_are_counted_apart(scan_lines):
    # 3 minutes on each device: 6 would reach 5.3's five, but each ownership is its own count.
    start = local_epoch(MONDAY, "09:00")
    lines = squid_use(start, 3, NOR_TRUST, "www.facebook.com", ALICE) + squid_use(
        start + 600, 3, NOR_PERSONAL, "www.facebook.com", ALICE
    )
    result = scan_lines(lines)
    assert [(f.clause, f.ownership, f.active_minutes) for f in result.findings] == [("5.2", "trust", 3)]


def test_linkedin_on_own_device_counts_for_5_3_like_any_site(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "14:00"), 6, NOR_PERSONAL, "www.linkedin.com", ALICE)
    assert [(f.site, f.clause) for f in scan_lines(lines).findings] == [("linkedin", "5.3")]


def test_trust_device_rule_applies_at_any_time_even_at_weekends(scan_lines):
    lines = squid_use(local_epoch(SATURDAY, "21:00"), 2, NOR_TRUST, "www.reddit.com", ALICE)
    assert [(f.date, f.clause) for f in scan_lines(lines).findings] == [(SATURDAY.isoformat(), "5.2")]


def test_own_device_at_the_weekend_is_not_work_time(scan_lines):
    lines = squid_use(local_epoch(SATURDAY, "10:00"), 20, NOR_PERSONAL, "www.tiktok.com", ALICE)
    result = scan_lines(lines)
    assert result.findings == []
    assert [(a.ownership, a.active_minutes, a.work_time_minutes) for a in result.activity] == [
        ("personal", 20, 0)
    ]


@pytest.mark.parametrize(
    ("start", "minutes", "counted"),
    [
        ("07:55", 10, 5),  # 08:00 (work starts) counts, 07:55-07:59 do not
        ("16:25", 10, 5),  # 16:25-16:29 count, 16:30 (work ends) does not
        ("10:25", 10, 5),  # break 10:30-10:45 begins: 10:30 is not counted
        ("10:44", 6, 5),  # 10:44 is in the break, 10:45 (its end) is work time again
        ("12:10", 55, 10),  # lunch 12:15-13:00: 12:10-12:14 and 13:00-13:04 count
    ],
)
def test_work_hours_and_breaks_include_their_first_minute_and_exclude_their_end(
    scan_lines, start, minutes, counted
):
    lines = squid_use(local_epoch(MONDAY, start), minutes, NOR_PERSONAL, "web.whatsapp.com", ALICE)
    (finding,) = scan_lines(lines).findings
    assert (finding.clause, finding.site, finding.active_minutes) == ("5.3", "whatsapp", counted)


def test_a_5_3_finding_covers_only_the_counted_minutes(scan_lines):
    # 10:40-10:54: 10:40-10:44 fall in the break, so the finding starts at 10:45.
    lines = squid_use(local_epoch(MONDAY, "10:40"), 15, NOR_PERSONAL, "www.snapchat.com", ALICE, per_minute=3)
    (finding,) = scan_lines(lines).findings
    assert (finding.active_minutes, finding.requests) == (10, 30)
    assert finding.first_seen.startswith("2025-05-12T10:45:")
    assert finding.last_seen.startswith("2025-05-12T10:54:")


def test_four_counted_minutes_are_not_enough_even_with_more_in_a_break(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "10:26"), 19, NOR_PERSONAL, "www.snapchat.com", ALICE)
    assert scan_lines(lines).findings == []


@pytest.mark.parametrize(("start", "counted"), [("13:55", 5), ("14:55", 5)])
def test_non_contact_periods_are_not_work_time(scan_lines, start, counted):
    # Carol (SOU) has non-contact time on Wednesdays 14:00-15:00: 14:00 excluded, 15:00 counted.
    lines = squid_use(local_epoch(WEDNESDAY, start), 10, SOU_PERSONAL, "www.instagram.com", CAROL)
    (finding,) = scan_lines(lines).findings
    assert (finding.person, finding.active_minutes) == (CAROL, counted)


def test_non_contact_periods_apply_only_on_their_day(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "14:10"), 10, SOU_PERSONAL, "www.instagram.com", CAROL)
    assert [(f.active_minutes, f.date) for f in scan_lines(lines).findings] == [(10, DAY)]


def test_an_academy_schedule_overrides_the_default(scan_lines):
    # 12:40-13:04. SOU's lunch is 12:00-12:45, so 12:45-13:04 is work time there; the default
    # lunch runs to 13:00, leaving 13:00-13:04.
    carol = squid_use(local_epoch(MONDAY, "12:40"), 25, SOU_PERSONAL, "www.tiktok.com", CAROL)
    alice = squid_use(local_epoch(MONDAY, "12:40"), 25, NOR_PERSONAL, "www.tiktok.com", ALICE)
    found = {f.person: f.active_minutes for f in scan_lines(carol + alice).findings}
    assert found == {CAROL: 20, ALICE: 5}


def test_head_office_staff_follow_the_default_schedule(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "12:40"), 25, HEAD_OFFICE_PERSONAL, "www.tiktok.com", BOB)
    assert [(f.person, f.active_minutes) for f in scan_lines(lines).findings] == [(BOB, 5)]


def test_unattributed_address_uses_its_network_academy_and_no_non_contact(scan_lines):
    # An anonymous address on SOU's own-device network, Wednesday: SOU's lunch (12:00-12:45)
    # leaves 12:45-13:04 (20 minutes), and 14:00-14:09 counts in full (Carol's non-contact
    # period there is hers, not the address's). The default schedule would give 5 + 10.
    lines = squid_use(local_epoch(WEDNESDAY, "12:40"), 25, SOU_PERSONAL, "www.instagram.com")
    lines += squid_use(local_epoch(WEDNESDAY, "14:00"), 10, SOU_PERSONAL, "www.instagram.com")
    (finding,) = scan_lines(lines).findings
    assert (finding.person, finding.active_minutes) == (f"ip:{SOU_PERSONAL}", 30)


def test_thresholds_are_settings(scan_lines):
    start = local_epoch(MONDAY, "09:00")
    lines = squid_use(start, 3, NOR_TRUST, "www.facebook.com", ALICE) + squid_use(
        start, 10, ALICE_DEVICE, "www.linkedin.com"
    )
    settings = ScanSettings(trust_device_min_minutes=4, occasional_use_max_minutes=9, block_from_minutes=10)
    found = [(f.site, f.active_minutes, f.severity) for f in scan_lines(lines, settings=settings).findings]
    assert found == [("linkedin", 10, "block")]


def test_own_device_threshold_is_a_setting(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "09:00"), 3, HEAD_OFFICE_PERSONAL, "www.facebook.com", BOB)
    assert scan_lines(lines).findings == []
    assert len(scan_lines(lines, settings=ScanSettings(own_device_min_minutes=3)).findings) == 1


def test_findings_are_one_per_person_day_site_and_clause(scan_lines):
    lines = squid_use(local_epoch(MONDAY, "09:00"), 3, HEAD_OFFICE_TRUST, "www.facebook.com", BOB)
    lines += squid_use(local_epoch(MONDAY, "15:00"), 4, HEAD_OFFICE_TRUST, "static.xx.fbcdn.net", BOB)
    (finding,) = scan_lines(lines).findings
    assert (finding.site, finding.active_minutes) == ("facebook", 7)
