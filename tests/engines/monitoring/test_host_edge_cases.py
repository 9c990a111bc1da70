"""Regressions found by differential testing (tests/engines/monitoring_reference/test_probes.py):
upper-case Squid hosts, fully qualified hosts with a trailing dot, out-of-range timestamps and
host fields that name no host."""

from __future__ import annotations

import json

import pytest

from socialpolicy.engines.monitoring.catalogue import load_catalogue

from .loggen import ALICE, MONDAY, NOR_TRUST, csv_row, json_row, local_epoch, minutes_of_use, squid

HEADER = "timestamp,client_ip,username,host,url,bytes"
START = local_epoch(MONDAY, "09:00")
TIMES = minutes_of_use(START, 2)


def rows(log_format: str, host: str, times: list[float] = TIMES) -> tuple[list[str], str | None]:
    if log_format == "squid":
        return [squid(ts, NOR_TRUST, host, ALICE) for ts in times], None
    if log_format == "csv":
        return [csv_row(f"{ts:.3f}", NOR_TRUST, host, ALICE) for ts in times], HEADER
    return [json_row(ts, NOR_TRUST, host, ALICE) for ts in times], None


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("WWW.FACEBOOK.COM", "facebook"),
        ("www.FACEBOOK.com", "facebook"),
        ("Www.Instagram.Com", "instagram"),
        ("X.COM", "twitter"),
        ("T.Co", "twitter"),
        ("LNKD.IN", "linkedin"),
    ],
)
def test_upper_case_hosts_in_squid_lines(scan_lines, host, site):
    lines, _ = rows("squid", host)
    http = [squid(ts + 1, NOR_TRUST, host, ALICE, http=True) for ts in TIMES]
    result = scan_lines(lines + http)
    assert [(a.site, a.active_minutes) for a in result.activity] == [(site, 2)]
    assert result.stats.matched == len(lines) + len(http)


@pytest.mark.parametrize("log_format", ["squid", "csv", "jsonl"])
@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("x.com.", "twitter"),
        ("t.co.", "twitter"),
        ("fb.com.", "facebook"),
        ("lnkd.in.", "linkedin"),
        ("plus.google.com.", None),
        ("X.COM.", "twitter"),
    ],
)
def test_trailing_dot_on_short_domains(scan_lines, log_format, host, site):
    expected = site or load_catalogue().site_for_host(host)
    assert expected is not None
    lines, header = rows(log_format, host)
    result = scan_lines(lines, log_format=log_format, header=header)
    assert [(a.site, a.active_minutes) for a in result.activity] == [(expected, 2)]
    assert result.stats.matched == len(lines)


def test_trailing_dot_does_not_widen_the_match(scan_lines):
    # "x.com." is x.com, but "x.com.evil.example" is not, nor is "box.com."
    lines = [squid(ts, NOR_TRUST, host, ALICE) for ts in TIMES for host in ("x.com.evil.example", "box.com.")]
    result = scan_lines(lines)
    assert result.findings == [] and result.stats.matched == 0 and result.stats.unparsed == 0


@pytest.mark.parametrize("log_format", ["squid", "csv", "jsonl"])
@pytest.mark.parametrize("scale", [1000, 1_000_000])
def test_out_of_range_timestamps_are_unparsed(scan_lines, log_format, scale):
    # Milliseconds (or microseconds) given as seconds: beyond 9999-12-31, no readable time.
    lines, header = rows(log_format, "www.facebook.com", [ts * scale for ts in TIMES])
    result = scan_lines(lines, log_format=log_format, header=header)
    assert (result.stats.lines, result.stats.unparsed, result.stats.matched) == (len(lines), len(lines), 0)
    assert result.findings == [] and result.unknown == [] and result.activity == []


def test_readable_range_edges(scan_lines):
    latest = 253_402_300_799.0  # 9999-12-31T23:59:59Z, the last readable second
    lines = [squid(ts, NOR_TRUST, "www.facebook.com", ALICE) for ts in (latest - 61, latest, latest + 1)]
    result = scan_lines(lines)
    assert (result.stats.unparsed, result.stats.matched) == (1, 2)


def test_iso_time_before_1970_is_unparsed(scan_lines):
    lines = [csv_row("1969-12-31T23:59:00Z", NOR_TRUST, "www.facebook.com", ALICE)]
    result = scan_lines(lines, log_format="csv", header=HEADER)
    assert (result.stats.unparsed, result.stats.matched) == (1, 0)


@pytest.mark.parametrize("host", ["www.face book.com", "www.facebook.com x", "x.com:abc"])
def test_csv_host_field_that_names_no_host_is_unparsed(scan_lines, host):
    lines = [f"{ts:.3f},{NOR_TRUST},{ALICE},{host},https://www.facebook.com/,1" for ts in TIMES]
    result = scan_lines(lines, log_format="csv", header=HEADER)
    assert (result.stats.unparsed, result.stats.matched) == (len(lines), 0)


def test_csv_url_is_used_when_there_is_no_host(scan_lines):
    lines = [f"{ts:.3f},{NOR_TRUST},{ALICE},,https://WWW.Facebook.com:443/a b?c,1" for ts in TIMES]
    result = scan_lines(lines, log_format="csv", header=HEADER)
    assert [f.site for f in result.findings] == ["facebook"]


def test_json_host_with_a_space_is_unparsed(scan_lines):
    lines = [
        json.dumps({"timestamp": ts, "client_ip": NOR_TRUST, "host": "www.face book.com"}) for ts in TIMES
    ]
    result = scan_lines(lines, log_format="jsonl")
    assert (result.stats.unparsed, result.stats.matched) == (len(lines), 0)


@pytest.mark.parametrize("host", [123, True, 1.5, ["www.facebook.com"], {"name": "www.facebook.com"}])
def test_json_host_that_is_not_a_string_is_unparsed(scan_lines, host):
    lines = [
        json.dumps({"timestamp": ts, "client_ip": NOR_TRUST, "host": host, "url": "https://x.com/"})
        for ts in TIMES
    ]
    result = scan_lines(lines, log_format="jsonl")
    assert (result.stats.lines, result.stats.unparsed, result.stats.matched) == (len(lines), len(lines), 0)


def test_json_host_string_after_spaces_and_a_missing_host_use_the_url(scan_lines):
    lines = [f'{{"timestamp": {ts}, "client_ip": "{NOR_TRUST}", "host"  :   "X.com"}}' for ts in TIMES]
    lines += [
        json.dumps({"timestamp": ts + 1, "client_ip": NOR_TRUST, "url": "https://x.com/"}) for ts in TIMES
    ]
    result = scan_lines(lines, log_format="jsonl")
    assert (result.stats.unparsed, result.stats.matched) == (0, len(lines))
