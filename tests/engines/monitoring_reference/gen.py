"""Seeded random org folders and proxy logs for differential testing of ``monitor scan``.

The org has head office plus two academies with different schedules (``WKD`` works every day,
round the clock with a break inside the 01:00-02:00 hour that repeats when the clocks go back),
overlapping networks (a personal /20 inside a trust /16, a trust /24 inside that), devices on
trust, personal and unlisted addresses, and non-contact periods. The logs mix named users in
any case (e-mail or local part), ``-``/empty/null, unknown user names, device-mapped and unmapped
addresses, addresses in no network, look-alike hosts, 407 challenges and garbage, around both
clock changes of the trust's zone.
"""

from __future__ import annotations

import gzip
import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.engines.monitoring_reference.reference import load_catalogue

DOMAIN = "fernvale.example.org"
STAFF = [
    # local part, academy ('' = head office)
    ("ada.lovelace", ""),
    ("bob.okoro", ""),
    ("cara.nguyen", ""),
    ("dev.patel", "ASH"),
    ("eve.morgan", "ASH"),
    ("finn.o'neil", "ASH"),
    ("gita.rao", "ASH"),
    ("hugh.evans", "WKD"),
    ("ivy.chen", "WKD"),
    ("jon.smith", "WKD"),
    ("kai.ahmed", "WKD"),
    ("lea.muller", ""),
]
NETWORKS = [
    ("10.0.0.0/16", "trust", ""),
    ("10.0.64.0/20", "personal", ""),
    ("10.0.64.0/24", "trust", ""),
    ("10.1.0.0/16", "trust", "ASH"),
    ("10.1.128.0/18", "personal", "ASH"),
    ("10.2.0.0/16", "trust", "WKD"),
    ("10.2.128.0/17", "personal", "WKD"),
    ("172.16.0.0/12", "personal", "WKD"),
    ("172.20.0.0/16", "trust", "ASH"),
]
# address pools: (description, function(rng) -> address)
POOLS = {
    "ho_trust": lambda r: f"10.0.{r.randint(0, 63)}.{r.randint(1, 254)}",
    "ho_personal": lambda r: f"10.0.{r.randint(65, 79)}.{r.randint(1, 254)}",
    "ho_nested_trust": lambda r: f"10.0.64.{r.randint(1, 254)}",
    "ash_trust": lambda r: f"10.1.{r.randint(0, 127)}.{r.randint(1, 254)}",
    "ash_personal": lambda r: f"10.1.{r.randint(128, 191)}.{r.randint(1, 254)}",
    "wkd_trust": lambda r: f"10.2.{r.randint(0, 127)}.{r.randint(1, 254)}",
    "wkd_personal": lambda r: f"10.2.{r.randint(128, 255)}.{r.randint(1, 254)}",
    "wkd_personal_172": lambda r: (
        f"172.{r.choice([16, 17, 18, 21, 31])}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    ),
    "ash_trust_172": lambda r: f"172.20.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "nowhere": lambda r: r.choice(
        [f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"10.9.{r.randint(0, 255)}.{r.randint(1, 254)}"]
    ),
}
SCHEDULE = """\
[default]
workdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]
work_hours = "08:00-16:30"
breaks = ["10:30-10:45", "12:15-13:00"]

[academy.ASH]
work_hours = "08:30-15:30"
breaks = ["10:15-10:35", "12:00-12:45"]

[academy.WKD]
workdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
work_hours = "00:00-24:00"
breaks = ["01:15-01:45", "12:00-12:30", "23:50-24:00"]
"""
NONCONTACT = [
    ("eve.morgan", "Wed", "11:00", "12:00"),
    ("eve.morgan", "Mon", "08:30", "09:10"),
    ("hugh.evans", "Sun", "00:30", "01:20"),
    ("ivy.chen", "Sun", "01:40", "03:00"),
    ("cara.nguyen", "Tue", "14:00", "16:30"),
    ("jon.smith", "Sat", "09:00", "17:00"),
]
NON_SOCIAL = [
    "www.bbc.co.uk",
    "login.microsoftonline.com",
    "classroom.google.com",
    "www.google.com",
    "en.wikipedia.org",
    "www.dropbox.com",
    "notfacebook.com",
    "facebook.com.evil.net",
    "x.com.au",
    "mytwitter.com",
    "linkedin.com.phish.io",
    "ggpht.com",
    "google.com",
    "youtube.com.fake.cn",
    "tumblr.co",
    "discord.co",
]
INTERESTING_TIMES = [
    "00:00",
    "00:25",
    "00:55",
    "01:10",
    "01:40",
    "02:00",
    "07:57",
    "08:00",
    "08:28",
    "08:30",
    "09:05",
    "10:13",
    "10:28",
    "10:33",
    "10:43",
    "10:58",
    "11:57",
    "12:13",
    "12:28",
    "12:42",
    "12:58",
    "13:57",
    "15:27",
    "15:31",
    "16:27",
    "16:29",
    "23:25",
    "23:48",
    "23:57",
]


def last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def clock_change_days(zone_name: str, year: int) -> list[date]:
    """Days in ``year`` on which the zone's UTC offset changes."""
    zone = ZoneInfo(zone_name)
    days = []
    d = date(year, 1, 1)
    while d.year == year:
        a = datetime(d.year, d.month, d.day, 0, 0, tzinfo=zone).utcoffset()
        nxt = d + timedelta(days=1)
        b = datetime(nxt.year, nxt.month, nxt.day, 0, 0, tzinfo=zone).utcoffset()
        if a != b:
            days.append(d)
        d = nxt
    return days


def write_org(root: Path, timezone: str | None) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tz = f'timezone = "{timezone}"\n' if timezone else ""
    (root / "trust.toml").write_text(
        f'name = "Fernvale Learning Trust"\naliases = ["Fernvale"]\nemail_domains = ["{DOMAIN}"]\n{tz}'
    )
    (root / "academies.csv").write_text(
        "code,name,aliases\nASH,Ashdown Primary,Ashdown\nWKD,Weekday-and-Weekend College,WKD College\n"
    )
    rows = ["email,first_name,last_name,academy_code,job_title,roles,handles"]
    for local, academy in STAFF:
        first, last = local.split(".", 1)
        rows.append(f"{local}@{DOMAIN},{first.title()},{last.title()},{academy},Teacher,staff,")
    (root / "staff.csv").write_text("\n".join(rows) + "\n")
    (root / "networks.csv").write_text(
        "cidr,ownership,academy_code\n" + "".join(f"{c},{o},{a}\n" for c, o, a in NETWORKS)
    )
    (root / "schedule.toml").write_text(SCHEDULE)
    (root / "noncontact.csv").write_text(
        "email,day,start,end\n" + "".join(f"{e}@{DOMAIN},{d},{s},{t}\n" for e, d, s, t in NONCONTACT)
    )


def make_devices(root: Path, rng: random.Random) -> dict[str, str]:
    """devices.csv: one or two addresses per person in assorted pools. Returns ip -> local part."""
    devices: dict[str, str] = {}
    pools = list(POOLS)
    for local, _ in STAFF:
        for _ in range(rng.randint(1, 2)):
            devices[POOLS[rng.choice(pools)](rng)] = local
    (root / "devices.csv").write_text(
        "ip,owner_email\n" + "".join(f"{ip},{local}@{DOMAIN}\n" for ip, local in devices.items())
    )
    return devices


def user_spelling(rng: random.Random, local: str) -> str:
    form = rng.choice(["email", "local", "EMAIL", "Local", "mixed"])
    if form == "email":
        return f"{local}@{DOMAIN}"
    if form == "EMAIL":
        return f"{local}@{DOMAIN}".upper()
    if form == "local":
        return local
    if form == "Local":
        return local.title()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in f"{local}@{DOMAIN}")


def host_variant(rng: random.Random, host: str, trailing_dot: bool = False) -> str:
    """Upper/mixed case, or (if asked) the fully qualified form with a trailing dot. Trailing dots
    are off by default: the engine misses them for short domains (pinned in ``test_probes``)."""
    roll = rng.random()
    if roll < 0.1:
        return host.upper()
    if roll < 0.15 and trailing_dot:
        return host + "."
    if roll < 0.2:
        return host[0].upper() + host[1:]
    return host


class Event:
    __slots__ = ("epoch", "client", "user", "host", "status")

    def __init__(self, epoch, client, user, host, status=200):
        self.epoch, self.client, self.user, self.host, self.status = epoch, client, user, host, status


def local_epoch(rng: random.Random, zone: ZoneInfo, day: date, hhmm: str) -> float:
    h, m = (int(x) for x in hhmm.split(":"))
    base = datetime(day.year, day.month, day.day, tzinfo=zone) if h == 24 else None
    if base is not None:
        return (base + timedelta(days=1)).timestamp()
    moment = datetime(day.year, day.month, day.day, h, m, tzinfo=zone, fold=rng.randint(0, 1))
    shift = rng.randint(-3, 3) * 60 + rng.randint(0, 59)
    return moment.timestamp() + shift


def generate_events(rng: random.Random, zone: ZoneInfo, days: list[date], devices: dict[str, str]):
    domains = sorted(load_catalogue())
    social_sites = {}
    for domain, site in load_catalogue().items():
        social_sites.setdefault(site, []).append(domain)
    events: list[Event] = []
    device_ips = list(devices)
    for _ in range(rng.randint(120, 170)):
        # who
        who = rng.random()
        if who < 0.45:
            local = rng.choice(STAFF)[0]
            user = user_spelling(rng, local)
        elif who < 0.6:
            user = rng.choice(
                ["-", "", None, "21khane", "guest", f"someone@{DOMAIN}", "ada.lovelace@gmail.com"]
            )
        else:
            user = rng.choice(["-", "", None])
        on_device = rng.random() < 0.35 and device_ips
        client = rng.choice(device_ips) if on_device else POOLS[rng.choice(list(POOLS))](rng)
        # what
        if rng.random() < 0.85:
            site = rng.choice(sorted(social_sites))
            if rng.random() < 0.25:
                site = "linkedin"
            domain = rng.choice(social_sites[site])
            prefix = rng.choice(["", "", "www.", "m.", "static.cdn.", "api."])
            host = prefix + domain
        else:
            host = rng.choice(NON_SOCIAL)
        # when and how long
        day = rng.choice(days)
        start = local_epoch(rng, zone, day, rng.choice(INTERESTING_TIMES + [f"{rng.randint(0, 23):02d}:00"]))
        minutes = rng.choice([1, 1, 2, 2, 3, 4, 5, 5, 6, 7, 10, 29, 30, 30, 31, 31, 32, 45, 70, 90])
        step = rng.choice([1, 1, 1, 2, 3])
        t = start
        for _ in range(minutes):
            for _ in range(rng.choice([1, 1, 2, 3, 4])):
                status = 407 if rng.random() < 0.03 else rng.choice([200, 200, 200, 304, 403, 500])
                events.append(
                    Event(t + rng.uniform(0, 59.999), client, user, host_variant(rng, host), status)
                )
            t += 60 * step
        # same person sometimes switches network or site within the hour
        if rng.random() < 0.1:
            other = POOLS[rng.choice(list(POOLS))](rng)
            for k in range(rng.randint(1, 6)):
                events.append(Event(start + 60 * k + 5, other, user, host, 200))
    # background noise
    for _ in range(rng.randint(300, 600)):
        day = rng.choice(days)
        epoch = local_epoch(rng, zone, day, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
        host = rng.choice(NON_SOCIAL + domains[:0] + ["www.twinkl.co.uk", "ocsp.digicert.com"])
        events.append(Event(epoch, POOLS[rng.choice(list(POOLS))](rng), "-", host, rng.choice([200, 407])))
    events.sort(key=lambda e: e.epoch)
    return events


# --- rendering --------------------------------------------------------------------------------

SQUID_GARBAGE = [
    "garbage line with no structure",
    "1747036456.720 2901 10.21.5.236 TCP_TUNNEL/200 512",
    "notatime 12 10.0.1.1 TCP_TUNNEL/200 100 CONNECT www.facebook.com:443 - HIER_DIRECT/1.2.3.4 -",
    "1747036456.720 12 999.0.1.1 TCP_TUNNEL/200 100 CONNECT www.facebook.com:443 - HIER_DIRECT/1.2.3.4 -",
    "1747036456.720 12 not-an-ip TCP_TUNNEL/200 100 CONNECT www.facebook.com:443 - HIER_DIRECT/1.2.3.4 -",
    "\x00\x01\x02 binary junk \xff",
]


def squid_line(rng: random.Random, e: Event, fold_case: bool = False) -> str:
    """One native Squid line. Squid lower-cases host names, so hosts are folded unless asked not to
    (upper-case hosts in Squid logs are a separate, pinned case: ``test_probes``)."""
    e = Event(e.epoch, e.client, e.user, e.host if fold_case else e.host.lower(), e.status)
    user = e.user if e.user not in (None, "") else "-"
    if rng.random() < 0.7:
        method, url = "CONNECT", f"{e.host}:443"
        action = "TCP_TUNNEL" if e.status != 407 else "TCP_DENIED"
    else:
        method = rng.choice(["GET", "POST"])
        scheme = rng.choice(["http://", "http://", "https://"])
        port = rng.choice(["", "", ":8080"])
        url = f"{scheme}{e.host}{port}/{rng.choice(['', 'feed', 'a/b?c=1', 'watch?v=x'])}"
        action = "TCP_MISS" if e.status != 407 else "TCP_DENIED"
    return (
        f"{e.epoch:.3f} {rng.randint(0, 90000):6d} {e.client} {action}/{e.status} {rng.randint(0, 99999)} "
        f"{method} {url} {user} HIER_DIRECT/93.184.216.34 -"
    )


def iso_time(rng: random.Random, e: Event, zone: ZoneInfo) -> str | float | int:
    """A textual or numeric timestamp for the same instant (to the millisecond)."""
    millis = int(e.epoch * 1000)
    moment = datetime.fromtimestamp(millis / 1000, UTC)
    form = rng.choice(["unix_int", "unix_frac", "z", "local_offset", "other_offset", "naive", "naive_space"])
    if form in ("naive", "naive_space"):
        local = moment.astimezone(zone).replace(tzinfo=None)
        back = local.replace(tzinfo=zone)  # fold=0
        if (
            back.timestamp() != millis / 1000
            or local.replace(tzinfo=zone, fold=1).utcoffset() != back.utcoffset()
        ):
            form = "local_offset"  # ambiguous or skipped local time: give the offset instead
        else:
            sep = "T" if form == "naive" else " "
            return local.isoformat(sep=sep, timespec=rng.choice(["seconds", "milliseconds"]))
    if form == "unix_int":
        return str(int(e.epoch)) if rng.random() < 0.5 else int(e.epoch)
    if form == "unix_frac":
        return f"{millis / 1000:.3f}" if rng.random() < 0.5 else millis / 1000
    if form == "z":
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if form == "other_offset":
        offset = timedelta(minutes=rng.choice([-300, 330, 60, 0, 600]))
        return moment.astimezone(__import__("datetime").timezone(offset)).isoformat(timespec="seconds")
    return moment.astimezone(zone).isoformat(timespec="seconds")


def record(rng: random.Random, e: Event, zone: ZoneInfo, numeric_ok: bool) -> dict:
    ts = iso_time(rng, e, zone)
    if not numeric_ok:
        ts = str(ts)
    user = e.user
    url = f"https://{e.host}/{rng.choice(['', 'feed', 'p/1'])}"
    host = e.host
    if rng.random() < 0.05:
        host = f"{host}:443"
    return {
        "timestamp": ts,
        "client_ip": e.client,
        "username": user,
        "host": host,
        "url": url,
        "bytes": rng.randint(0, 99999),
    }


def csv_quote(value) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in ',"\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def render(rng: random.Random, events: list[Event], fmt: str, zone: ZoneInfo) -> list[str]:
    lines: list[str] = []
    for e in events:
        if fmt == "squid":
            lines.append(squid_line(rng, e))
        else:
            if e.status == 407:
                continue  # CSV and JSON lines carry no status
            rec = record(rng, e, zone, numeric_ok=(fmt == "jsonl"))
            if fmt == "csv":
                if rec["username"] is None:
                    rec["username"] = ""
                lines.append(
                    ",".join(
                        csv_quote(rec[k])
                        for k in ("timestamp", "client_ip", "username", "host", "url", "bytes")
                    )
                )
            else:
                if rec["username"] == "" and rng.random() < 0.5:
                    rec["username"] = None
                lines.append(json.dumps(rec))
        if rng.random() < 0.01:
            lines.append("")  # blank lines are not data lines
        if rng.random() < 0.008:
            lines.append(garbage(rng, fmt))
    return lines


def garbage(rng: random.Random, fmt: str) -> str:
    if fmt == "squid":
        return rng.choice(SQUID_GARBAGE)
    if fmt == "csv":
        return rng.choice(
            [
                "not,a,valid,row,at,all",
                "2025-13-45T99:00:00,10.0.1.1,-,www.facebook.com,https://www.facebook.com/,1",
                "1747036456,999.1.1.1,-,www.facebook.com,https://www.facebook.com/,1",
                "1747036456,10.0.1.1,-,,,1",
                "yesterday,10.0.1.1,-,www.facebook.com,https://www.facebook.com/,1",
            ]
        )
    return rng.choice(
        [
            "{not json",
            "[1, 2, 3]",
            '{"timestamp": "soon", "client_ip": "10.0.1.1", "username": null, "host": "www.facebook.com"}',
            '{"timestamp": 1747036456, "client_ip": "10.0.1.300", "username": null, "host": "x.com"}',
            '{"timestamp": 1747036456, "client_ip": "10.0.1.3", "username": null, "host": null}',
            '{"timestamp": 1747036456, "client_ip": "10.0.1.3", "username": null}',
        ]
    )


def build_case(root: Path, seed: int, fmt: str, timezone: str | None) -> tuple[Path, list[Path]]:
    """Write an org folder and 2-3 log files (some gzipped) under ``root``; return (org, logs)."""
    rng = random.Random(f"{seed}-{fmt}-{timezone}")
    org = root / "org"
    write_org(org, timezone)
    devices = make_devices(org, rng)
    zone = ZoneInfo(timezone or "Europe/London")
    year = rng.choice([2024, 2025, 2026])
    days = []
    for change in clock_change_days(zone.key, year):
        days += [change - timedelta(days=1), change, change + timedelta(days=1)]
    monday = date(year, 5, 11) - timedelta(days=date(year, 5, 11).weekday())
    days += [monday + timedelta(days=k) for k in range(7)]
    events = generate_events(rng, zone, days, devices)
    lines = render(rng, events, fmt, zone)
    chunks = sorted(rng.sample(range(1, len(lines)), 2))
    parts = [lines[: chunks[0]], lines[chunks[0] : chunks[1]], lines[chunks[1] :]]
    logs = []
    suffix = {"squid": "log", "csv": "csv", "jsonl": "jsonl"}[fmt]
    for i, part in enumerate(parts):
        if fmt == "csv":
            part = ["timestamp,client_ip,username,host,url,bytes", *part]
        text = "\n".join(part) + "\n"
        path = root / f"access{i}.{suffix}"
        if rng.random() < 0.5:
            path = path.with_name(path.name + ".gz")
            path.write_bytes(gzip.compress(text.encode("utf-8", errors="surrogateescape")))
        else:
            path.write_text(text, encoding="utf-8")
        logs.append(path)
    rng.shuffle(logs)
    return org, logs
