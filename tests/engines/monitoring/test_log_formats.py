"""Reading Squid, CSV and JSON lines (plain and gzip): counts, garbage, 407s, time formats."""

from __future__ import annotations

import pytest

from socialpolicy.engines.monitoring import scan

from .loggen import (
    ALICE,
    ALICE_DEVICE,
    MONDAY,
    NOR_TRUST,
    csv_row,
    iso_local,
    json_row,
    local_epoch,
    minutes_of_use,
    squid,
    squid_use,
    write_log,
)

HEADER = "timestamp,client_ip,username,host,url,bytes"
START = local_epoch(MONDAY, "09:00")
GARBAGE = [
    "\x00" * 40,
    "1747214079.425 59704 10.21.7.102 TCP_TUNNE",
    "2025/05/14 09:44:40 kid1| WARNING: Closing client connection due to lifetime timeout",
    "1747O62757.182  120 10.23.5.77 TCP_TUNNEL/200 4410 CONNECT www.facebook.com:443 - HIER_DIRECT/1.2.3.4 -",
    "1747036456.720 2901 10.21.5.236 TCP_TUNNEL/200 512",
    f"{START:.3f} 12 10.2.300.1 TCP_TUNNEL/200 512 CONNECT www.facebook.com:443 - HIER_DIRECT/1.2.3.4 -",
    "\xff\xfe\x1b[0m binary \x07 junk www.facebook.com:443",
]


def test_squid_counts_lines_matches_and_garbage(scan_lines):
    good = squid_use(START, 3, NOR_TRUST, "www.facebook.com", ALICE)
    ordinary = [squid(START + i, NOR_TRUST, "www.bbc.co.uk", ALICE) for i in range(5)]
    lines = good[:3] + GARBAGE + ["", "   "] + good[3:] + ordinary
    result = scan_lines(lines)
    assert result.stats.lines == len(good) + len(GARBAGE) + len(ordinary)
    assert result.stats.unparsed == len(GARBAGE)
    assert result.stats.matched == len(good)
    assert [(f.person, f.active_minutes, f.requests) for f in result.findings] == [(ALICE, 3, len(good))]


def test_proxy_authentication_challenges_are_not_requests(scan_lines):
    # Each minute has a 407 first; only the minutes with a real request count.
    lines = []
    for ts in minutes_of_use(START, 4, per_minute=1):
        lines.append(squid(ts, NOR_TRUST, "www.facebook.com", "-", status=407))
    lines.append(squid(START + 1, NOR_TRUST, "www.facebook.com", ALICE))
    result = scan_lines(lines)
    assert result.findings == []
    assert [(a.active_minutes, a.requests) for a in result.activity] == [(1, 1)]
    assert result.stats.unparsed == 0


@pytest.mark.parametrize("status", [200, 403, 304, 502])
def test_every_other_status_is_a_request(scan_lines, status):
    lines = [
        squid(ts, NOR_TRUST, "www.facebook.com", ALICE, status=status) for ts in minutes_of_use(START, 2)
    ]
    assert len(scan_lines(lines).findings) == 1


def test_http_urls(scan_lines):
    lines = [squid(ts, NOR_TRUST, "www.facebook.com", ALICE, http=True) for ts in minutes_of_use(START, 2)]
    (finding,) = scan_lines(lines).findings
    assert finding.site == "facebook"


def test_upper_case_hosts_in_csv_and_json_lines(scan_lines):
    # Host names are case-insensitive in every format (Squid: see test_host_edge_cases.py).
    times = minutes_of_use(START, 2)
    rows = [csv_row(iso_local(ts), NOR_TRUST, "WWW.Facebook.COM", ALICE) for ts in times]
    assert [f.site for f in scan_lines(rows, log_format="csv", header=HEADER).findings] == ["facebook"]
    rows = [json_row(ts, NOR_TRUST, "Web.WhatsApp.com", ALICE) for ts in times]
    assert [f.site for f in scan_lines(rows, log_format="jsonl").findings] == ["whatsapp"]


def test_look_alike_hosts_are_parsed_but_never_matched(scan_lines):
    hosts = ["evilfacebook.com", "facebook.com.evil.net", "www.dropbox.com", "microsoft.com", "notx.com"]
    lines = [squid(ts, NOR_TRUST, host, ALICE) for host in hosts for ts in minutes_of_use(START, 3)]
    result = scan_lines(lines)
    assert (result.findings, result.stats.matched, result.stats.unparsed) == ([], 0, 0)


def test_gzip_is_read_transparently(scan_lines):
    lines = squid_use(START, 3, NOR_TRUST, "www.instagram.com", ALICE) + GARBAGE[:2]
    plain = scan_lines(lines)
    zipped = scan_lines(lines, gz=True)
    assert zipped.findings == plain.findings and len(zipped.findings) == 1
    assert (zipped.stats.lines, zipped.stats.unparsed) == (plain.stats.lines, plain.stats.unparsed)


@pytest.mark.parametrize(
    "stamp",
    [
        lambda ts: iso_local(ts),  # ISO with the local offset
        lambda ts: iso_local(ts, offset=False),  # ISO without offset: local time
        lambda ts: iso_local(ts, "UTC").replace("+00:00", "Z"),  # ISO in UTC
        lambda ts: f"{ts:.3f}",  # Unix seconds
        lambda ts: str(int(ts)),
    ],
)
def test_csv_time_forms(scan_lines, stamp):
    rows = [csv_row(stamp(ts), NOR_TRUST, "www.tiktok.com", ALICE) for ts in minutes_of_use(START, 3)]
    result = scan_lines(rows, log_format="csv", header=HEADER)
    (finding,) = result.findings
    assert (finding.person, finding.site, finding.active_minutes) == (ALICE, "tiktok", 3)
    assert finding.first_seen == "2025-05-12T09:00:05+01:00"
    assert (result.stats.lines, result.stats.unparsed) == (len(rows), 0)


def test_csv_header_blank_lines_and_garbage(scan_lines):
    rows = [csv_row(iso_local(ts), NOR_TRUST, "www.tiktok.com", "-") for ts in minutes_of_use(START, 2)]
    bad = ["not,a,log", f"{iso_local(START)},999.1.1.1,,www.tiktok.com,,1", '"unbalanced quote,,,', ""]
    result = scan_lines(rows + bad + rows, log_format="csv", header=HEADER)
    assert result.stats.lines == 2 * len(rows) + 3
    assert result.stats.unparsed == 3
    assert [f.person for f in result.findings] == [f"ip:{NOR_TRUST}"]


def test_csv_columns_in_another_order_and_quoted(scan_lines):
    header = "client_ip,host,timestamp,username"
    rows = [
        f'"{NOR_TRUST}","www.reddit.com","{iso_local(ts)}","Alice.Archer"' for ts in minutes_of_use(START, 2)
    ]
    (finding,) = scan_lines(rows, log_format="csv", header=header).findings
    assert (finding.person, finding.site) == (ALICE, "reddit")


def test_json_lines_with_null_user_and_numeric_times(scan_lines):
    rows = [json_row(ts, ALICE_DEVICE, "discord.com", None) for ts in minutes_of_use(START, 2)]
    rows += [json_row(iso_local(ts), NOR_TRUST, "cdn.discordapp.com", "-") for ts in minutes_of_use(START, 2)]
    rows += ["{broken json", '{"timestamp": "yesterday", "client_ip": "10.2.0.1", "host": "discord.com"}']
    result = scan_lines(rows, log_format="jsonl")
    found = {(f.person, f.site, f.active_minutes) for f in result.findings}
    assert found == {(ALICE, "discord", 2), (f"ip:{NOR_TRUST}", "discord", 2)}
    assert (result.stats.lines, result.stats.unparsed) == (len(rows), 2)


def test_formats_are_detected_when_not_given(tmp_path, org):
    squid_log = write_log(tmp_path / "a.log", squid_use(START, 2, NOR_TRUST, "www.facebook.com", ALICE))
    rows = [csv_row(iso_local(ts), NOR_TRUST, "www.tiktok.com", ALICE) for ts in minutes_of_use(START, 2)]
    csv_log = write_log(tmp_path / "b.csv", rows, header=HEADER, gz=True)
    json_log = write_log(
        tmp_path / "c.jsonl", [json_row(ts, NOR_TRUST, "bsky.app", ALICE) for ts in minutes_of_use(START, 2)]
    )
    result = scan(org, [squid_log, csv_log, json_log])
    assert {f.site for f in result.findings} == {"facebook", "tiktok", "bluesky"}
    assert result.stats.unparsed == 0


def test_activity_of_one_person_is_merged_across_files(tmp_path, org):
    first = write_log(tmp_path / "1.log", squid_use(START, 1, NOR_TRUST, "www.facebook.com", ALICE))
    second = write_log(tmp_path / "2.log", squid_use(START + 600, 1, NOR_TRUST, "www.facebook.com", ALICE))
    (finding,) = scan(org, [first, second], log_format="squid").findings
    assert finding.active_minutes == 2


def test_csv_with_byte_order_mark_crlf_and_short_rows(scan_lines):
    rows = [csv_row(iso_local(ts), NOR_TRUST, "www.tiktok.com", ALICE) for ts in minutes_of_use(START, 2)]
    short = [f"{iso_local(START + 30)},{NOR_TRUST},{ALICE},www.tiktok.com"]  # no url or bytes
    result = scan_lines([row + "\r" for row in rows + short], log_format=None, header="\ufeff" + HEADER)
    (finding,) = result.findings
    assert (finding.active_minutes, finding.requests) == (2, 5)
    assert (result.stats.lines, result.stats.unparsed) == (5, 0)


def test_json_lines_are_detected_even_after_a_garbage_first_line(scan_lines):
    rows = ["\x00\x00 garbage"] + [
        json_row(ts, NOR_TRUST, "bsky.app", ALICE) for ts in minutes_of_use(START, 2)
    ]
    result = scan_lines(rows, log_format=None)
    assert [f.site for f in result.findings] == ["bluesky"]
    assert result.stats.unparsed == 1
