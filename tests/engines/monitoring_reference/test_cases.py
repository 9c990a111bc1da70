"""Hand-checked cases: each contract reading with its expected result worked out by hand.

Both the engine and the reference must give exactly the expected findings, unknown use and
stats, in each log format. This keeps the reference honest: random differential testing only
shows that two implementations agree, not that either is right.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.engines.monitoring_reference.gen import DOMAIN, write_org
from tests.engines.monitoring_reference.harness import run_engine
from tests.engines.monitoring_reference.reference import scan

LONDON = ZoneInfo("Europe/London")
ADA = f"ada.lovelace@{DOMAIN}"  # head office: [default] Mon-Fri 08:00-16:30, breaks 10:30-10:45, 12:15-13:00
EVE = f"eve.morgan@{DOMAIN}"  # ASH 08:30-15:30, non-contact Wed 11:00-12:00
KAI = f"kai.ahmed@{DOMAIN}"  # WKD every day 00:00-24:00, breaks 01:15-01:45, 12:00-12:30, 23:50-24:00

TRUST_IP = "10.0.1.1"  # 10.0.0.0/16 trust (head office)
NESTED_TRUST_IP = "10.0.64.5"  # 10.0.64.0/24 trust, inside 10.0.64.0/20 personal, inside the /16
HO_PERSONAL_IP = "10.0.70.1"  # 10.0.64.0/20 personal, head office
ASH_PERSONAL_IP = "10.1.130.1"  # 10.1.128.0/18 personal, ASH
WKD_PERSONAL_IP = "10.2.200.1"  # 10.2.128.0/17 personal, WKD
NOWHERE_IP = "192.168.1.1"


def at(text: str, zone: ZoneInfo = LONDON, fold: int = 0) -> float:
    """Epoch seconds of a local wall-clock time (``fold=1``: the second of a repeated hour)."""
    return datetime.fromisoformat(text).replace(tzinfo=zone, fold=fold).timestamp()


def every_minute(start: float, count: int, second: int = 7, step: int = 60) -> list[float]:
    return [start + second + step * k for k in range(count)]


def lines(times, ip, host="www.facebook.com", user="-", status=200):
    return [(t, ip, user, host, status) for t in times]


def render(rows, fmt: str, zone: ZoneInfo) -> str:
    out = []
    if fmt == "csv":
        out.append("timestamp,client_ip,username,host,url,bytes")
    for t, ip, user, host, status in rows:
        if fmt == "squid":
            action = "TCP_DENIED" if status == 407 else "TCP_TUNNEL"
            out.append(
                f"{t:.3f} 12 {ip} {action}/{status} 345 CONNECT {host}:443 {user or '-'} DIRECT/1.2.3.4 -"
            )
        elif fmt == "csv":
            stamp = datetime.fromtimestamp(t, UTC).astimezone(zone).isoformat(timespec="milliseconds")
            out.append(f"{stamp},{ip},{'' if user == '-' else user},{host},https://{host}/,100")
        else:
            out.append(
                json.dumps(
                    {
                        "timestamp": t,
                        "client_ip": ip,
                        "username": None if user == "-" else user,
                        "host": host,
                        "url": f"https://{host}/",
                        "bytes": 100,
                    }
                )
            )
    return "\n".join(out) + "\n"


def run_both(tmp_path: Path, rows, fmt: str, timezone: str | None = None):
    org = tmp_path / "org"
    write_org(org, timezone)
    (org / "devices.csv").write_text(f"ip,owner_email\n10.0.2.2,{ADA}\n{NOWHERE_IP},{EVE}\n")
    log = tmp_path / f"access.{fmt}"
    log.write_text(render(sorted(rows), fmt, ZoneInfo(timezone or "Europe/London")))
    return run_engine(org, [log], fmt), scan(org, [log], fmt)


def summary(result):
    findings = sorted(
        (
            f["person"],
            f["date"],
            f["site"],
            f["clause"],
            f["ownership"],
            f["active_minutes"],
            f["requests"],
            f["severity"],
        )
        for f in result["findings"]
    )
    unknown = sorted(
        (u["person"], u["date"], u["site"], u["active_minutes"], u["requests"]) for u in result["unknown"]
    )
    return findings, unknown


MON = "2025-05-12"
WED = "2025-05-14"
SAT = "2025-05-17"

CASES = {
    # 5.2: >= 2 active minutes; two requests in one minute are one active minute
    "trust_one_minute_no_finding": (lines(every_minute(at(f"{MON}T09:00"), 1), TRUST_IP), [], []),
    "trust_same_minute_twice_no_finding": (
        lines([at(f"{MON}T09:00:01"), at(f"{MON}T09:00:59")], TRUST_IP),
        [],
        [],
    ),
    "trust_two_minutes": (
        lines([at(f"{MON}T09:00:59"), at(f"{MON}T09:01:00")], TRUST_IP),
        [(f"ip:{TRUST_IP}", MON, "facebook", "5.2", "trust", 2, 2, "warn")],
        [],
    ),
    "trust_29_warn_30_block": (
        lines(every_minute(at(f"{MON}T09:00"), 29), TRUST_IP)
        + lines(every_minute(at(f"{MON}T09:00"), 30), TRUST_IP, host="www.reddit.com"),
        [
            (f"ip:{TRUST_IP}", MON, "facebook", "5.2", "trust", 29, 29, "warn"),
            (f"ip:{TRUST_IP}", MON, "reddit", "5.2", "trust", 30, 30, "block"),
        ],
        [],
    ),
    "linkedin_30_no_31_yes": (
        lines(every_minute(at(f"{MON}T09:00"), 30), TRUST_IP, host="www.linkedin.com")
        + lines(every_minute(at(f"{MON}T09:00"), 31), "10.0.1.2", host="media.licdn.com"),
        [("ip:10.0.1.2", MON, "linkedin", "5.2", "trust", 31, 31, "block")],
        [],
    ),
    "never_summed_across_sites": (
        lines(every_minute(at(f"{MON}T09:00"), 1), TRUST_IP)
        + lines(every_minute(at(f"{MON}T09:05"), 1), TRUST_IP, host="www.instagram.com"),
        [],
        [],
    ),
    "never_summed_across_ownerships": (
        lines(every_minute(at(f"{MON}T09:00"), 1), TRUST_IP, user=ADA)
        + lines(every_minute(at(f"{MON}T09:01"), 4), HO_PERSONAL_IP, user=ADA),
        [],
        [],
    ),
    # 5.3: work hours include the first minute and exclude the end; breaks likewise
    "personal_break_edges": (
        lines(every_minute(at(f"{MON}T10:27"), 21), HO_PERSONAL_IP, user="Ada.Lovelace"),
        [(ADA, MON, "facebook", "5.3", "personal", 6, 6, "warn")],
        [],
    ),
    "personal_end_of_day_4": (lines(every_minute(at(f"{MON}T16:26"), 9), HO_PERSONAL_IP, user=ADA), [], []),
    "personal_end_of_day_5": (
        lines(every_minute(at(f"{MON}T16:25"), 9), HO_PERSONAL_IP, user=ADA),
        [(ADA, MON, "facebook", "5.3", "personal", 5, 5, "warn")],
        [],
    ),
    "personal_linkedin_counts_like_any_site": (
        lines(every_minute(at(f"{MON}T09:00"), 5), HO_PERSONAL_IP, user=ADA, host="www.linkedin.com"),
        [(ADA, MON, "linkedin", "5.3", "personal", 5, 5, "warn")],
        [],
    ),
    "personal_weekend_default_schedule": (
        lines(every_minute(at(f"{SAT}T10:00"), 20), HO_PERSONAL_IP, user=ADA),
        [],
        [],
    ),
    "person_academy_not_network_academy": (
        # Ada (head office, Mon-Fri) on WKD's own-device network on a Saturday: her schedule, none
        lines(every_minute(at(f"{SAT}T10:00"), 20), WKD_PERSONAL_IP, user=ADA),
        [],
        [],
    ),
    "ip_person_uses_network_academy": (
        lines(every_minute(at(f"{SAT}T10:00"), 6), WKD_PERSONAL_IP),
        [(f"ip:{WKD_PERSONAL_IP}", SAT, "facebook", "5.3", "personal", 6, 6, "warn")],
        [],
    ),
    "noncontact_for_named_person_only": (
        lines(every_minute(at(f"{WED}T10:55"), 11), ASH_PERSONAL_IP, user="EVE.MORGAN")
        + lines(every_minute(at(f"{WED}T10:55"), 11), "10.1.130.2"),
        [
            (EVE, WED, "facebook", "5.3", "personal", 5, 5, "warn"),
            ("ip:10.1.130.2", WED, "facebook", "5.3", "personal", 11, 11, "warn"),
        ],
        [],
    ),
    # local days and the clocks
    "midnight_splits_days": (
        lines(every_minute(at(f"{MON}T23:57"), 5), TRUST_IP),
        [
            (f"ip:{TRUST_IP}", MON, "facebook", "5.2", "trust", 3, 3, "warn"),
            (f"ip:{TRUST_IP}", "2025-05-13", "facebook", "5.2", "trust", 2, 2, "warn"),
        ],
        [],
    ),
    "clocks_go_back_trust_80_minutes": (
        # 00:50 BST for 80 absolute minutes: 01:00-01:59 happens twice, still one local day
        lines(every_minute(at("2025-10-26T00:50"), 80), TRUST_IP),
        [(f"ip:{TRUST_IP}", "2025-10-26", "facebook", "5.2", "trust", 80, 80, "block")],
        [],
    ),
    "clocks_go_back_personal_break_twice": (
        # Kai (WKD, Sundays worked, break 01:15-01:45): 01:00-01:59 BST then GMT, 30 + 30 counted
        lines(every_minute(at("2025-10-26T01:00"), 120), WKD_PERSONAL_IP, user=KAI),
        [(KAI, "2025-10-26", "facebook", "5.3", "personal", 60, 60, "block")],
        [],
    ),
    "clocks_go_forward_trust": (
        lines(every_minute(at("2025-03-30T00:30"), 60), TRUST_IP),
        [(f"ip:{TRUST_IP}", "2025-03-30", "facebook", "5.2", "trust", 60, 60, "block")],
        [],
    ),
    # who, where, what
    "overlapping_networks_longest_prefix": (
        lines(every_minute(at(f"{SAT}T10:00"), 3), NESTED_TRUST_IP)
        + lines(every_minute(at(f"{SAT}T10:00"), 3), "10.0.65.5"),
        [(f"ip:{NESTED_TRUST_IP}", SAT, "facebook", "5.2", "trust", 3, 3, "warn")],
        [],
    ),
    "unknown_network_listed_never_judged": (
        lines(every_minute(at(f"{MON}T09:00"), 40), NOWHERE_IP)
        + lines(every_minute(at(f"{MON}T09:00"), 1), "10.9.0.1"),
        [],
        [(EVE, MON, "facebook", 40, 40), ("ip:10.9.0.1", MON, "facebook", 1, 1)],
    ),
    "attribution_order": (
        # a staff user name wins over devices.csv; an unknown name falls back to the device, then ip:
        lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.2.2", user=ADA.upper())
        + lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.2.2", user="ada.lovelace@gmail.com", host="x.com")
        + lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.2.3", user="guest", host="x.com")
        + lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.2.4", user="EVE.Morgan", host="x.com"),
        [
            (ADA, MON, "facebook", "5.2", "trust", 2, 2, "warn"),
            (ADA, MON, "twitter", "5.2", "trust", 2, 2, "warn"),
            (EVE, MON, "twitter", "5.2", "trust", 2, 2, "warn"),
            ("ip:10.0.2.3", MON, "twitter", "5.2", "trust", 2, 2, "warn"),
        ],
        [],
    ),
    "whole_labels_only": (
        sum(
            (
                lines(every_minute(at(f"{MON}T09:00"), 3), TRUST_IP, host=h)
                for h in (
                    "notfacebook.com",
                    "facebook.com.evil.net",
                    "x.com.au",
                    "www.dropbox.com",
                    "ggpht.com",
                    "google.com",
                    "mytwitter.com",
                )
            ),
            [],
        )
        + lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.1.3", host="yt3.ggpht.com")
        + lines(every_minute(at(f"{MON}T09:00"), 2), "10.0.1.4", host="plus.google.com"),
        [
            ("ip:10.0.1.3", MON, "youtube", "5.2", "trust", 2, 2, "warn"),
            ("ip:10.0.1.4", MON, "google+", "5.2", "trust", 2, 2, "warn"),
        ],
        [],
    ),
}


@pytest.mark.parametrize("fmt", ("squid", "csv", "jsonl"))
@pytest.mark.parametrize("name", sorted(CASES))
def test_hand_checked(tmp_path, name, fmt):
    rows, findings, unknown = CASES[name]
    engine, reference = run_both(tmp_path, rows, fmt)
    assert summary(reference) == (sorted(findings), sorted(unknown)), "reference"
    assert summary(engine) == (sorted(findings), sorted(unknown)), "engine"


def test_407_is_matched_but_not_a_request(tmp_path):
    rows = lines(every_minute(at(f"{MON}T09:00"), 3), TRUST_IP, status=407) + lines(
        every_minute(at(f"{MON}T10:00"), 1), TRUST_IP
    )
    engine, reference = run_both(tmp_path, rows, "squid")
    for result in (engine, reference):
        assert result["findings"] == []
        assert {k: result["stats"][k] for k in ("lines", "matched", "unparsed")} == {
            "lines": 4,
            "matched": 4,
            "unparsed": 0,
        }


def test_new_york_clocks_go_back(tmp_path):
    zone = ZoneInfo("America/New_York")
    rows = lines(every_minute(at("2025-11-02T00:50", zone), 80), TRUST_IP)
    # 23:59 and 00:00 fall on two local days: one active minute each, so no finding for 10.0.1.9
    rows += lines([at("2025-11-01T23:59:30", zone), at("2025-11-02T00:00:30", zone)], "10.0.1.9")
    engine, reference = run_both(tmp_path, rows, "jsonl", "America/New_York")
    expected = [(f"ip:{TRUST_IP}", "2025-11-02", "facebook", "5.2", "trust", 80, 80, "block")]
    assert summary(reference) == (expected, [])
    assert summary(engine) == (expected, [])
    for result in (engine, reference):
        first = next(f for f in result["findings"] if f["person"] == f"ip:{TRUST_IP}")
        assert datetime.fromisoformat(first["first_seen"]).utcoffset() == timedelta(hours=-4)
        assert datetime.fromisoformat(first["last_seen"]).utcoffset() == timedelta(hours=-5)
