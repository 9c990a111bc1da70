"""A small generator of org folders and logs with known activity, for the monitoring tests.

Scenarios are written as "this person, on this device, used this site for N minutes from HH:MM",
so every expected figure in a test follows from how the log was made.
"""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

DOMAIN = "example.org"
ALICE = f"alice.archer@{DOMAIN}"  # academy NOR
BOB = f"bob.baker@{DOMAIN}"  # head office
CAROL = f"carol.cole@{DOMAIN}"  # academy SOU, non-contact Wednesday 14:00-15:00

# Trust devices and own devices (personal) per academy; head office has an overlapping range.
NETWORKS = [
    ("10.1.0.0/16", "trust", ""),
    ("10.1.128.0/20", "personal", ""),
    ("10.2.0.0/16", "trust", "NOR"),
    ("10.2.64.0/18", "personal", "NOR"),
    ("10.3.0.0/16", "trust", "SOU"),
    ("10.3.64.0/18", "personal", "SOU"),
]
HEAD_OFFICE_TRUST = "10.1.5.9"
HEAD_OFFICE_PERSONAL = "10.1.130.7"  # inside both 10.1.0.0/16 and 10.1.128.0/20
NOR_TRUST = "10.2.0.77"
NOR_PERSONAL = "10.2.70.8"
SOU_TRUST = "10.3.0.20"
SOU_PERSONAL = "10.3.70.9"
ALICE_DEVICE = "10.2.0.50"  # devices.csv: Alice's trust laptop
OUTSIDE = "192.168.9.9"  # in no listed network

SCHEDULE = """
[default]
workdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]
work_hours = "08:00-16:30"
breaks = ["10:30-10:45", "12:15-13:00"]

[academy.SOU]
work_hours = "08:15-16:00"
breaks = ["10:50-11:10", "12:00-12:45"]
"""

# 2025-05-12 is a Monday; 2025-05-14 a Wednesday; 2025-05-17 a Saturday.
MONDAY, WEDNESDAY, SATURDAY = date(2025, 5, 12), date(2025, 5, 14), date(2025, 5, 17)


def write_org(root: Path, *, timezone: str | None = None, sites_csv: str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    zone_line = f'timezone = "{timezone}"\n' if timezone else ""
    (root / "trust.toml").write_text(f'name = "Example Trust"\nemail_domains = ["{DOMAIN}"]\n{zone_line}')
    (root / "academies.csv").write_text("code,name,aliases\nNOR,North Academy,\nSOU,South Academy,\n")
    (root / "staff.csv").write_text(
        "email,first_name,last_name,academy_code,job_title,roles,handles\n"
        f"{ALICE},Alice,Archer,NOR,Teacher,staff,\n"
        f"{BOB},Bob,Baker,,Finance Officer,staff,\n"
        f"{CAROL},Carol,Cole,SOU,Teacher,staff,\n"
    )
    (root / "networks.csv").write_text(
        "cidr,ownership,academy_code\n" + "".join(f"{c},{o},{a}\n" for c, o, a in NETWORKS)
    )
    (root / "devices.csv").write_text(f"ip,owner_email\n{ALICE_DEVICE},{ALICE}\n")
    (root / "schedule.toml").write_text(SCHEDULE)
    (root / "noncontact.csv").write_text(f"email,day,start,end\n{CAROL},Wed,14:00,15:00\n")
    if sites_csv is not None:
        (root / "sites.csv").write_text(sites_csv)
    return root


def local_epoch(
    day: date, hhmm: str, second: int = 0, *, zone: str = "Europe/London", fold: int = 0
) -> float:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    moment = datetime(day.year, day.month, day.day, hours, minutes, second, tzinfo=ZoneInfo(zone), fold=fold)
    return moment.timestamp()


def minutes_of_use(start: float, minutes: int, per_minute: int = 2) -> list[float]:
    """Request times: ``per_minute`` requests in each of ``minutes`` consecutive clock minutes."""
    first_minute = int(start // 60) * 60
    offsets = [5 + 50 * i // max(per_minute, 1) for i in range(per_minute)]
    return [first_minute + 60 * m + offset + 0.25 for m in range(minutes) for offset in offsets]


def squid(
    ts: float, client: str, host: str, user: str = "-", status: int = 200, *, http: bool = False
) -> str:
    action = "TCP_DENIED" if status == 407 else ("TCP_MISS" if http else "TCP_TUNNEL")
    method, url = ("GET", f"http://{host}/index.html") if http else ("CONNECT", f"{host}:443")
    return f"{ts:.3f}    312 {client} {action}/{status} 4410 {method} {url} {user} HIER_DIRECT/203.0.113.9 -"


def squid_use(
    start: float, minutes: int, client: str, host: str, user: str = "-", per_minute: int = 2
) -> list[str]:
    return [squid(ts, client, host, user) for ts in minutes_of_use(start, minutes, per_minute)]


def csv_row(timestamp: str, client: str, host: str, user: str = "") -> str:
    return f"{timestamp},{client},{user},{host},https://{host}/,5120"


def json_row(timestamp: str | float, client: str, host: str, user: str | None = None) -> str:
    return json.dumps(
        {
            "timestamp": timestamp,
            "client_ip": client,
            "username": user,
            "host": host,
            "url": f"https://{host}/",
        }
    )


def iso_local(ts: float, zone: str = "Europe/London", *, offset: bool = True) -> str:
    moment = datetime.fromtimestamp(ts, ZoneInfo(zone))
    text = moment.replace(microsecond=0).isoformat()
    return text if offset else text[:19]


def write_log(path: Path, lines: list[str], *, gz: bool = False, header: str | None = None) -> Path:
    text = "\n".join(([header] if header else []) + lines) + "\n"
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def shift_minutes(ts: float, minutes: int) -> float:
    return ts + timedelta(minutes=minutes).total_seconds()


def finding_keys(result: object) -> set[tuple[str, str, str, str]]:
    """(person, date, site, clause) of every finding of a ScanResult."""
    return {(f.person, f.date, f.site, f.clause) for f in result.findings}  # type: ignore[attr-defined]
