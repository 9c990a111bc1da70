"""Value objects of an organisation directory. Frozen: readers build them once."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROLES = ("staff", "head", "hr", "ict", "dsl", "ceo", "trustee")
# Who counts as a member of staff (policy 2.1, 2.2): employees and everyone else the policy covers.
CATEGORIES = ("employee", "trustee", "advisory", "contractor", "agency", "volunteer")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class OrgDirError(ValueError):
    """A problem in one file of the directory, with the line it is on."""

    def __init__(self, file: str, line: int | None, reason: str):
        self.file = file
        self.line = line
        self.reason = reason
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Trust:
    name: str
    aliases: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    timezone: str = "Europe/London"


@dataclass(frozen=True)
class Academy:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class StaffMember:
    email: str
    first_name: str
    last_name: str
    academy_code: str | None  # None means head office
    job_title: str = ""
    roles: tuple[str, ...] = ("staff",)
    handles: tuple[str, ...] = ()
    line: int = 0
    category: str = "employee"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def local_part(self) -> str:
        return self.email.split("@", 1)[0]


@dataclass(frozen=True)
class Pupil:
    pupil_id: str
    first_name: str
    last_name: str
    preferred_name: str
    academy_code: str
    year_group: str = ""
    handles: tuple[str, ...] = ()
    line: int = 0

    @property
    def known_as(self) -> str:
        return self.preferred_name or self.first_name


@dataclass(frozen=True)
class Consent:
    pupil_id: str
    images_online: bool
    recorded_on: date | None
    line: int = 0


@dataclass(frozen=True)
class Network:
    cidr: ipaddress.IPv4Network | ipaddress.IPv6Network
    ownership: str  # "trust" or "personal"
    academy_code: str | None
    line: int = 0


@dataclass(frozen=True)
class Device:
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address
    owner_email: str
    line: int = 0


@dataclass(frozen=True)
class TimeRange:
    """Minutes after local midnight; includes ``start``, excludes ``end``."""

    start: int
    end: int

    def contains(self, minute_of_day: int) -> bool:
        return self.start <= minute_of_day < self.end

    def __str__(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


@dataclass(frozen=True)
class Schedule:
    workdays: frozenset[str] = frozenset(WEEKDAYS[:5])
    work_hours: TimeRange = TimeRange(8 * 60, 17 * 60)
    breaks: tuple[TimeRange, ...] = ()


@dataclass(frozen=True)
class NonContact:
    email: str
    day: str
    period: TimeRange
    line: int = 0


@dataclass(frozen=True)
class OrgDirectory:
    trust: Trust
    academies: tuple[Academy, ...]
    staff: tuple[StaffMember, ...]
    pupils: tuple[Pupil, ...] = ()
    consents: tuple[Consent, ...] = ()
    networks: tuple[Network, ...] = ()
    devices: tuple[Device, ...] = ()
    default_schedule: Schedule = field(default_factory=Schedule)
    academy_schedules: dict[str, Schedule] = field(default_factory=dict)
    noncontact: tuple[NonContact, ...] = ()
    present: frozenset[str] = frozenset()  # names of the files the folder holds
    # Where it was read from (None when built otherwise): files read by other parts, such as
    # the monitoring catalogue's sites.csv, are found there.
    folder: Path | None = None

    def academy(self, code: str | None) -> Academy | None:
        if code is None:
            return None
        return next((a for a in self.academies if a.code == code), None)

    def staff_by_email(self) -> dict[str, StaffMember]:
        return {s.email: s for s in self.staff}

    def consent_for(self, pupil_id: str) -> Consent | None:
        return next((c for c in self.consents if c.pupil_id == pupil_id), None)

    def schedule_for(self, academy_code: str | None) -> Schedule:
        if academy_code is None:
            return self.default_schedule
        return self.academy_schedules.get(academy_code, self.default_schedule)
