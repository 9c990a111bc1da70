"""A deliberately simple, slow reference implementation of ``socialpolicy monitor scan``.

Written from CONTRACTS.md section 4 alone, so that the Polars engine can be tested against it
differentially. It shares only two things with the project: ``load_org`` (reading the org folder)
and the domain lists of the built-in catalogue (``sites.toml``). Everything else (parsing the
three log formats, attribution, ownership, local time, active minutes, rules 5.2 and 5.3, stats)
is re-derived here line by line, with plain dicts and sets.

Readings taken where the contract leaves a choice (each is tested against the engine):

- A Squid line needs at least seven fields (time .. URL); the ident (user) field may be absent.
- ``unparsed``: no readable timestamp, no valid client address, or no host.
- A 407 line is parsed (not unparsed) and, if its host is in the catalogue, ``matched`` (the
  contract: "matched counts lines whose host is in the catalogue"); it is then skipped.
- A host is lower-cased, loses a trailing dot and a ``:port``; ``CONNECT host:443`` and
  ``scheme://[user@]host[:port]/path`` both give the host.
- An ISO time without an offset is local wall-clock time; in a repeated hour the first (summer
  time) reading is taken, as Python's ``fold=0`` does.
- ``first_seen`` / ``last_seen`` are local ISO times with offset, truncated to the second.
- Adopted after differential testing, where the contract is silent and the engine does what a
  user would expect: an IPv4-mapped IPv6 client (``::ffff:10.0.1.1``) is its IPv4 address; a UTF-8
  byte-order mark is not data; a date without a time is not a readable timestamp; a short CSV row
  with timestamp, client and host is parsed.
"""

from __future__ import annotations

import csv
import gzip
import ipaddress
import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from socialpolicy.engines.orgdir import load_org

SITES_TOML = (
    Path(__file__).resolve().parents[3] / "src" / "socialpolicy" / "engines" / "monitoring" / "sites.toml"
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UNIX_RE = re.compile(r"^\d+(\.\d+)?$")
ISO_HAS_TIME_RE = re.compile(r"\d[Tt ]\d")
HOST_RE = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*$")

TRUST_MINUTES = 2  # 5.2, any site but LinkedIn: >= 2
LINKEDIN_MINUTES = 30  # 5.2, LinkedIn: > 30
PERSONAL_MINUTES = 5  # 5.3: >= 5
BLOCK_MINUTES = 30  # severity block from 30


def load_catalogue(path: Path = SITES_TOML) -> dict[str, str]:
    """domain -> site id, from the engine's data file (the only thing borrowed from the engine)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    domains: dict[str, str] = {}
    for site, table in data["sites"].items():
        for domain in table["domains"]:
            domains[domain.lower()] = site
    return domains


def site_of(host: str, domains: dict[str, str]) -> str | None:
    """The host itself, then each parent, whole labels only: the most specific domain wins."""
    labels = host.split(".")
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        if candidate in domains:
            return domains[candidate]
    return None


def normalise_host(raw: str | None) -> str | None:
    if raw is None:
        return None
    host = raw.strip().lower()
    if "://" in host:
        host = host.split("://", 1)[1]
        for stop in "/?#":
            host = host.split(stop, 1)[0]
        host = host.rsplit("@", 1)[-1]
    head, sep, tail = host.rpartition(":")
    if sep and tail.isdigit():
        host = head
    host = host.rstrip(".")
    if not host or not HOST_RE.match(host):
        return None
    return host


def valid_address(raw: str | None):
    """An IP address; an IPv4-mapped IPv6 address (dual-stack Squid) is read as its IPv4 address."""
    if raw is None or isinstance(raw, bool):
        return None
    try:
        address = ipaddress.ip_address(str(raw).strip())
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


@dataclass
class Line:
    """One parsed request: seconds since the epoch (float), client, user (or None), host, status."""

    epoch: float
    client: ipaddress.IPv4Address | ipaddress.IPv6Address
    user: str | None
    host: str
    status: str | None = None


MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z: beyond it no calendar date, so no readable time


def parse_epoch(value, zone: ZoneInfo) -> float | None:
    epoch = _parse_epoch(value, zone)
    return epoch if epoch is not None and 0 <= epoch <= MAX_EPOCH else None


def _parse_epoch(value, zone: ZoneInfo) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) and value >= 0 else None
    text = str(value).strip()
    if not text:
        return None
    if UNIX_RE.match(text):
        return float(text)
    if not ISO_HAS_TIME_RE.search(text):
        return None  # a date alone is not the time of a request
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)  # local wall-clock time, fold=0
    return moment.timestamp()


def parse_squid(text: str) -> Line | None:
    fields = text.split()
    if len(fields) < 7:
        return None
    if not UNIX_RE.match(fields[0]) or float(fields[0]) > MAX_EPOCH:
        return None
    client = valid_address(fields[2])
    if client is None:
        return None
    host = normalise_host(fields[6])
    if host is None:
        return None
    status = fields[3].rsplit("/", 1)[-1] if "/" in fields[3] else None
    user = fields[7] if len(fields) > 7 else None
    return Line(float(fields[0]), client, user, host, status)


def parse_record(record, zone: ZoneInfo) -> Line | None:
    if not isinstance(record, dict):
        return None
    epoch = parse_epoch(record.get("timestamp"), zone)
    client = valid_address(record.get("client_ip"))
    host = record.get("host")
    host = normalise_host(host if isinstance(host, str) else None)
    if epoch is None or client is None or host is None:
        return None
    user = record.get("username")
    return Line(epoch, client, user if isinstance(user, str) else None, host)


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8-sig", errors="replace")  # a byte-order mark (Excel) is not data


def iter_lines(paths, log_format: str, zone: ZoneInfo, stats: dict):
    """Yield parsed Lines; count lines and unparsed into ``stats``."""
    for path in paths:
        physical = [ln for ln in read_text(Path(path)).splitlines() if ln.strip()]
        header = None
        if log_format == "csv" and physical:
            header = [h.strip() for h in next(csv.reader([physical[0]]))]
            physical = physical[1:]
        for text in physical:
            stats["lines"] += 1
            if log_format == "squid":
                line = parse_squid(text)
            elif log_format == "csv":
                values = next(csv.reader([text]))
                record = dict(zip(header, values, strict=False))  # a short row lacks only its tail
                line = parse_record(record, zone)
            else:
                try:
                    record = json.loads(text)
                except ValueError:
                    record = None
                line = parse_record(record, zone)
            if line is None:
                stats["unparsed"] += 1
                continue
            yield line


@dataclass
class Bucket:
    minutes: set = field(default_factory=set)
    requests: int = 0
    first: float = math.inf
    last: float = -math.inf

    def add(self, epoch: float) -> None:
        self.minutes.add(math.floor(epoch) // 60)
        self.requests += 1
        self.first = min(self.first, epoch)
        self.last = max(self.last, epoch)


def local_iso(epoch: float, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(math.floor(epoch), UTC).astimezone(zone).isoformat()


def scan(
    org_dir,
    logs,
    log_format: str = "squid",
    *,
    trust_minutes: int = TRUST_MINUTES,
    linkedin_minutes: int = LINKEDIN_MINUTES,
    personal_minutes: int = PERSONAL_MINUTES,
    block_minutes: int = BLOCK_MINUTES,
) -> dict:
    org = load_org(org_dir)
    zone = ZoneInfo(org.trust.timezone)
    domains = load_catalogue()

    by_email = {s.email.lower(): s for s in org.staff}
    by_local = {}
    for s in org.staff:
        by_local.setdefault(s.email.lower().split("@", 1)[0], s)
    devices = {d.ip: d.owner_email.lower() for d in org.devices}
    networks = list(org.networks)
    noncontact: dict[str, list] = {}
    for nc in org.noncontact:
        noncontact.setdefault(nc.email.lower(), []).append(nc)

    def network_of(address):
        best = None
        for net in networks:
            inside = address.version == net.cidr.version and address in net.cidr
            if inside and (best is None or net.cidr.prefixlen > best.cidr.prefixlen):
                best = net
        return best

    def person_of(user, address):
        name = (user or "").strip().lower()
        if name and name != "-":
            member = by_email.get(name) or by_local.get(name)
            if member is not None:
                return member.email.lower()
        if address in devices:
            return devices[address]
        return f"ip:{address}"

    stats = {"lines": 0, "matched": 0, "unparsed": 0}
    # (person, date, site, ownership) -> list of (epoch, local datetime, network)
    events: dict[tuple, list] = {}
    for line in iter_lines(logs, log_format, zone, stats):
        site = site_of(line.host, domains)
        if site is None:
            continue
        stats["matched"] += 1  # a line whose host is in the catalogue, whatever its status
        if line.status == "407":
            continue  # a proxy authentication challenge is not a request
        net = network_of(line.client)
        ownership = net.ownership if net else "unknown"
        person = person_of(line.user, line.client)
        local = datetime.fromtimestamp(line.epoch, UTC).astimezone(zone)
        key = (person, local.date().isoformat(), site, ownership)
        events.setdefault(key, []).append((line.epoch, local, net))

    findings, unknown = [], []
    for (person, day, site, ownership), items in sorted(events.items()):
        whole = Bucket()
        for epoch, _, _ in items:
            whole.add(epoch)
        if ownership == "unknown":
            unknown.append(
                {
                    "person": person,
                    "date": day,
                    "site": site,
                    "active_minutes": len(whole.minutes),
                    "requests": whole.requests,
                    "first_seen": local_iso(whole.first, zone),
                    "last_seen": local_iso(whole.last, zone),
                }
            )
            continue
        if ownership == "trust":
            minutes = len(whole.minutes)
            hit = minutes > linkedin_minutes if site == "linkedin" else minutes >= trust_minutes
            if hit:
                findings.append(_finding(person, day, site, "5.2", ownership, whole, zone, block_minutes))
            continue
        # personal: 5.3 counts only minutes on a workday, in work hours, outside breaks/non-contact
        counted = Bucket()
        for epoch, local, net in items:
            if person.startswith("ip:"):
                academy = net.academy_code
                periods = []
            else:
                academy = by_email[person].academy_code
                periods = noncontact.get(person, [])
            schedule = org.schedule_for(academy)
            weekday = WEEKDAYS[local.weekday()]
            minute = local.hour * 60 + local.minute
            if weekday not in schedule.workdays:
                continue
            if not (schedule.work_hours.start <= minute < schedule.work_hours.end):
                continue
            if any(b.start <= minute < b.end for b in schedule.breaks):
                continue
            if any(p.day == weekday and p.period.start <= minute < p.period.end for p in periods):
                continue
            counted.add(epoch)
        if len(counted.minutes) >= personal_minutes:
            findings.append(_finding(person, day, site, "5.3", ownership, counted, zone, block_minutes))
    return {"findings": findings, "unknown": unknown, "stats": stats}


def _finding(person, day, site, clause, ownership, bucket: Bucket, zone, block_minutes: int) -> dict:
    minutes = len(bucket.minutes)
    return {
        "person": person,
        "date": day,
        "site": site,
        "clause": clause,
        "ownership": ownership,
        "active_minutes": minutes,
        "requests": bucket.requests,
        "first_seen": local_iso(bucket.first, zone),
        "last_seen": local_iso(bucket.last, zone),
        "severity": "block" if minutes >= block_minutes else "warn",
    }
