"""Read and validate an organisation directory folder (CONTRACTS.md section 2).

Every problem raises :class:`OrgDirError` naming the file, the line (the header
is line 1) and the reason, so an import can be rejected whole before anything
is written.
"""

from __future__ import annotations

import csv
import ipaddress
import re
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from socialpolicy.engines.orgdir.model import (
    CATEGORIES,
    ROLES,
    WEEKDAYS,
    Academy,
    Consent,
    Device,
    Network,
    NonContact,
    OrgDirectory,
    OrgDirError,
    Pupil,
    Schedule,
    StaffMember,
    TimeRange,
    Trust,
)

EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


def load_org(path: str | Path) -> OrgDirectory:
    """Read the whole directory; raise OrgDirError on the first problem found."""
    root = Path(path)
    if not root.is_dir():
        raise OrgDirError(str(root), None, "is not a folder")
    trust = _read_trust(root / "trust.toml")
    academies = _read_academies(root / "academies.csv")
    codes = {a.code for a in academies}
    staff = _read_staff(root / "staff.csv", codes)
    emails = {s.email for s in staff}
    pupils = _read_pupils(root / "pupils.csv", codes)
    consents = _read_consents(root / "consents.csv", {p.pupil_id for p in pupils})
    networks = _read_networks(root / "networks.csv", codes)
    devices = _read_devices(root / "devices.csv", emails)
    default_schedule, academy_schedules = _read_schedule(root / "schedule.toml", codes)
    noncontact = _read_noncontact(root / "noncontact.csv", emails)
    return OrgDirectory(
        trust=trust,
        academies=academies,
        staff=staff,
        pupils=pupils,
        consents=consents,
        networks=networks,
        devices=devices,
        default_schedule=default_schedule,
        academy_schedules=academy_schedules,
        noncontact=noncontact,
        present=frozenset(p.name for p in root.iterdir() if p.is_file()),
        folder=root,
    )


# --- helpers -------------------------------------------------------------------------------


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _rows(path: Path, required_columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) with values stripped; check the header first."""
    name = path.name
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise OrgDirError(name, None, f"cannot be read ({exc.strerror})") from exc
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in required_columns if c not in header]
            if missing:
                raise OrgDirError(name, 1, f"header lacks column(s): {', '.join(missing)}")
            reader.fieldnames = header
            start = reader.line_num + 1
            for row in reader:
                line = start
                start = reader.line_num + 1
                values = {k: (v or "").strip() for k, v in row.items() if k is not None}
                if not any(values.values()):
                    continue
                yield line, values
        except UnicodeDecodeError as exc:
            raise OrgDirError(name, None, "is not valid UTF-8") from exc
        except csv.Error as exc:
            raise OrgDirError(name, reader.line_num, f"malformed CSV ({exc})") from exc


def _require(name: str, line: int, row: dict[str, str], *columns: str) -> None:
    for column in columns:
        if not row.get(column):
            raise OrgDirError(name, line, f"missing required field '{column}'")


def _parse_date(name: str, line: int, value: str, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise OrgDirError(name, line, f"bad date in '{column}': {value!r} (use YYYY-MM-DD)") from exc


def _parse_email(name: str, line: int, value: str, column: str = "email") -> str:
    if not EMAIL_RE.match(value):
        raise OrgDirError(name, line, f"malformed e-mail in '{column}': {value!r}")
    return value.lower()


def _check_academy(name: str, line: int, code: str, codes: set[str]) -> None:
    if code not in codes:
        raise OrgDirError(name, line, f"unknown academy code {code!r}")


def parse_time(value: str) -> int:
    match = TIME_RE.match(value.strip())
    if not match:
        raise ValueError(f"bad time {value!r} (use HH:MM)")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ValueError(f"bad time {value!r}")
    return hours * 60 + minutes


def parse_range(value: str) -> TimeRange:
    if not isinstance(value, str) or value.count("-") != 1:
        raise ValueError(f"bad time range {value!r} (use HH:MM-HH:MM)")
    start, end = (parse_time(part) for part in value.split("-"))
    if end <= start:
        raise ValueError(f"time range {value!r} ends before it starts")
    return TimeRange(start, end)


# --- files ---------------------------------------------------------------------------------


def _read_trust(path: Path) -> Trust:
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise OrgDirError(name, None, f"cannot be read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise OrgDirError(name, line, f"malformed TOML ({exc})") from exc
    trust_name = data.get("name")
    if not isinstance(trust_name, str) or not trust_name.strip():
        raise OrgDirError(name, None, "missing required field 'name'")
    lists = {}
    for key in ("aliases", "email_domains"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise OrgDirError(name, None, f"'{key}' must be a list of strings")
        lists[key] = tuple(v.strip() for v in value if v.strip())
    timezone = data.get("timezone", "Europe/London")
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise OrgDirError(name, None, f"unknown timezone {timezone!r}") from exc
    return Trust(
        name=trust_name.strip(),
        aliases=lists["aliases"],
        email_domains=tuple(d.lower() for d in lists["email_domains"]),
        timezone=str(timezone),
    )


def _read_academies(path: Path) -> tuple[Academy, ...]:
    name = path.name
    academies: list[Academy] = []
    seen: set[str] = set()
    for line, row in _rows(path, ("code", "name")):
        _require(name, line, row, "code", "name")
        code = row["code"]
        if code in seen:
            raise OrgDirError(name, line, f"duplicate academy code {code!r}")
        seen.add(code)
        academies.append(Academy(code, row["name"], _split_list(row.get("aliases", "")), line))
    return tuple(academies)


def _read_staff(path: Path, codes: set[str]) -> tuple[StaffMember, ...]:
    name = path.name
    columns = ("email", "first_name", "last_name", "academy_code", "job_title", "roles")
    staff: list[StaffMember] = []
    seen: set[str] = set()
    for line, row in _rows(path, columns):
        _require(name, line, row, "email", "first_name", "last_name")
        email = _parse_email(name, line, row["email"])
        if email in seen:
            raise OrgDirError(name, line, f"duplicate e-mail {email!r}")
        seen.add(email)
        code = row.get("academy_code") or None
        if code is not None:
            _check_academy(name, line, code, codes)
        roles = tuple(dict.fromkeys(r.lower() for r in _split_list(row.get("roles", ""))))
        for role in roles:
            if role not in ROLES:
                raise OrgDirError(name, line, f"unknown role {role!r} (known: {', '.join(ROLES)})")
        category = (row.get("category") or "").lower() or infer_category(roles, row.get("job_title", ""))
        if category not in CATEGORIES:
            raise OrgDirError(name, line, f"unknown category {category!r} (known: {', '.join(CATEGORIES)})")
        staff.append(
            StaffMember(
                email=email,
                first_name=row["first_name"],
                last_name=row["last_name"],
                academy_code=code,
                job_title=row.get("job_title", ""),
                roles=roles or ("staff",),
                handles=_split_list(row.get("handles", "")),
                line=line,
                category=category,
            )
        )
    return tuple(staff)


CATEGORY_HINTS = (
    ("advisory", ("advisory board", "governor")),
    ("agency", ("agency",)),
    ("contractor", ("contractor", "consultant")),
    ("volunteer", ("volunteer",)),
    ("trustee", ("trustee", "member of the trust")),
)


def infer_category(roles: tuple[str, ...], job_title: str) -> str:
    """The optional ``category`` column wins; otherwise the job title and roles tell."""
    title = job_title.lower()
    for category, hints in CATEGORY_HINTS:
        if any(hint in title for hint in hints):
            return category
    if roles == ("trustee",):
        return "trustee"
    return "employee"


def _read_pupils(path: Path, codes: set[str]) -> tuple[Pupil, ...]:
    if not path.exists():
        return ()
    name = path.name
    columns = ("pupil_id", "first_name", "last_name", "academy_code")
    pupils: list[Pupil] = []
    seen: set[str] = set()
    for line, row in _rows(path, columns):
        _require(name, line, row, "pupil_id", "first_name", "last_name", "academy_code")
        pupil_id = row["pupil_id"]
        if pupil_id in seen:
            raise OrgDirError(name, line, f"duplicate pupil_id {pupil_id!r}")
        seen.add(pupil_id)
        _check_academy(name, line, row["academy_code"], codes)
        pupils.append(
            Pupil(
                pupil_id=pupil_id,
                first_name=row["first_name"],
                last_name=row["last_name"],
                preferred_name=row.get("preferred_name", ""),
                academy_code=row["academy_code"],
                year_group=row.get("year_group", ""),
                handles=_split_list(row.get("handles", "")),
                line=line,
            )
        )
    return tuple(pupils)


def _read_consents(path: Path, pupil_ids: set[str]) -> tuple[Consent, ...]:
    if not path.exists():
        return ()
    name = path.name
    consents: dict[str, Consent] = {}
    for line, row in _rows(path, ("pupil_id", "images_online")):
        _require(name, line, row, "pupil_id", "images_online")
        pupil_id = row["pupil_id"]
        if pupil_id not in pupil_ids:
            raise OrgDirError(name, line, f"unknown pupil_id {pupil_id!r}")
        value = row["images_online"].lower()
        if value not in ("yes", "no"):
            raise OrgDirError(name, line, f"images_online must be yes or no, not {value!r}")
        recorded_on = _parse_date(name, line, row.get("recorded_on", ""), "recorded_on")
        consents[pupil_id] = Consent(pupil_id, value == "yes", recorded_on, line)
    return tuple(consents.values())


def _read_networks(path: Path, codes: set[str]) -> tuple[Network, ...]:
    if not path.exists():
        return ()
    name = path.name
    networks: list[Network] = []
    for line, row in _rows(path, ("cidr", "ownership")):
        _require(name, line, row, "cidr", "ownership")
        try:
            cidr = ipaddress.ip_network(row["cidr"], strict=False)
        except ValueError as exc:
            raise OrgDirError(name, line, f"bad network {row['cidr']!r}") from exc
        ownership = row["ownership"].lower()
        if ownership not in ("trust", "personal"):
            raise OrgDirError(name, line, f"ownership must be trust or personal, not {ownership!r}")
        code = row.get("academy_code") or None
        if code is not None:
            _check_academy(name, line, code, codes)
        networks.append(Network(cidr, ownership, code, line))
    return tuple(networks)


def _read_devices(path: Path, emails: set[str]) -> tuple[Device, ...]:
    if not path.exists():
        return ()
    name = path.name
    devices: list[Device] = []
    for line, row in _rows(path, ("ip", "owner_email")):
        _require(name, line, row, "ip", "owner_email")
        try:
            ip = ipaddress.ip_address(row["ip"])
        except ValueError as exc:
            raise OrgDirError(name, line, f"bad IP address {row['ip']!r}") from exc
        email = _parse_email(name, line, row["owner_email"], "owner_email")
        if email not in emails:
            raise OrgDirError(name, line, f"owner_email {email!r} is not in staff.csv")
        devices.append(Device(ip, email, line))
    return tuple(devices)


def _schedule_from(table: dict, base: Schedule, where: str) -> Schedule:
    workdays = base.workdays
    work_hours = base.work_hours
    breaks = base.breaks
    try:
        if "workdays" in table:
            days = table["workdays"]
            if not isinstance(days, list) or any(d not in WEEKDAYS for d in days):
                raise ValueError(f"workdays must be a list of {', '.join(WEEKDAYS)}")
            workdays = frozenset(days)
        if "work_hours" in table:
            work_hours = parse_range(table["work_hours"])
        if "breaks" in table:
            if not isinstance(table["breaks"], list):
                raise ValueError("breaks must be a list of HH:MM-HH:MM")
            breaks = tuple(parse_range(b) for b in table["breaks"])
    except ValueError as exc:
        raise OrgDirError("schedule.toml", None, f"[{where}] {exc}") from exc
    return Schedule(workdays, work_hours, breaks)


def _read_schedule(path: Path, codes: set[str]) -> tuple[Schedule, dict[str, Schedule]]:
    if not path.exists():
        return Schedule(), {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise OrgDirError(path.name, getattr(exc, "lineno", None), f"malformed TOML ({exc})") from exc
    default = _schedule_from(data.get("default", {}), Schedule(), "default")
    per_academy: dict[str, Schedule] = {}
    for code, table in (data.get("academy") or {}).items():
        if code not in codes:
            raise OrgDirError(path.name, None, f"[academy.{code}] unknown academy code {code!r}")
        per_academy[code] = _schedule_from(table, default, f"academy.{code}")
    return default, per_academy


def _read_noncontact(path: Path, emails: set[str]) -> tuple[NonContact, ...]:
    if not path.exists():
        return ()
    name = path.name
    periods: list[NonContact] = []
    for line, row in _rows(path, ("email", "day", "start", "end")):
        _require(name, line, row, "email", "day", "start", "end")
        email = _parse_email(name, line, row["email"])
        if email not in emails:
            raise OrgDirError(name, line, f"e-mail {email!r} is not in staff.csv")
        day = row["day"][:1].upper() + row["day"][1:3].lower()
        if day not in WEEKDAYS:
            raise OrgDirError(name, line, f"day must be one of {', '.join(WEEKDAYS)}, not {row['day']!r}")
        try:
            period = parse_range(f"{row['start']}-{row['end']}")
        except ValueError as exc:
            raise OrgDirError(name, line, str(exc)) from exc
        periods.append(NonContact(email, day, period, line))
    return tuple(periods)
