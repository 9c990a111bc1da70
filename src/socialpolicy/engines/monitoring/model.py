"""Settings and results of a scan: plain frozen dataclasses the CLI prints and the app stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any


def _flat_dict(record: object) -> dict[str, Any]:
    # dataclasses.asdict deep-copies every value; these records hold only strings and numbers.
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class ScanSettings:
    """Thresholds, in active minutes per person, local day, site and ownership (CONTRACTS.md 4)."""

    # 5.2: trust-owned device, any site but the occasional-use ones, from this many minutes.
    trust_device_min_minutes: int = 2
    # 5.2: trust-owned device, occasional-use sites (LinkedIn), only above this many minutes.
    occasional_use_max_minutes: int = 30
    occasional_use_sites: frozenset[str] = frozenset({"linkedin"})
    # 5.3: own device on the trust's network, counted minutes in work time, from this many.
    own_device_min_minutes: int = 5
    # Severity is "block" from this many active minutes, else "warn".
    block_from_minutes: int = 30

    def __post_init__(self) -> None:
        for name in (
            "trust_device_min_minutes",
            "occasional_use_max_minutes",
            "own_device_min_minutes",
            "block_from_minutes",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number of minutes, not {value!r}")


@dataclass(frozen=True)
class Finding:
    person: str
    date: str
    site: str
    clause: str
    ownership: str
    active_minutes: int
    requests: int
    first_seen: str
    last_seen: str
    severity: str

    def as_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass(frozen=True)
class UnknownUse:
    """Use from an address in no listed network: reported, never judged."""

    person: str
    date: str
    site: str
    active_minutes: int
    requests: int
    first_seen: str
    last_seen: str

    def as_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


def minute_of(iso_time: str) -> int:
    """The absolute minute (Unix minutes) of an ISO 8601 time with its offset."""
    return int(datetime.fromisoformat(iso_time).timestamp()) // 60


def minute_bits(offsets: Iterable[int]) -> bytes:
    """A set of minutes as a bitmap: bit ``i`` (little-endian, byte ``i // 8``) is offset ``i``.

    No trailing zero bytes, so equal sets have equal bitmaps.
    """
    value = 0
    for offset in offsets:
        if offset < 0:
            raise ValueError(f"a minute offset is never negative, not {offset}")
        value |= 1 << offset
    return _to_bytes(value)


def _to_bytes(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8, "little")


def _shifted(bits: bytes, by: int) -> int:
    return int.from_bytes(bits, "little") << by


def _earlier(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a if b is None else b
    return b if datetime.fromisoformat(b) < datetime.fromisoformat(a) else a


def _later(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a if b is None else b
    return b if datetime.fromisoformat(b) > datetime.fromisoformat(a) else a


@dataclass(frozen=True)
class DailyActivity:
    """Per person, local day, site and ownership: what the app stores (never raw lines).

    Besides the counts it carries which minutes were active, as bitmaps, so that the same day
    read from separate scans (a log split over two files ingested apart) can be merged exactly:
    ``a.merged(b)`` equals the activity of one scan over both files' lines
    (docs/decisions/0202-merging-split-days.md).
    """

    person: str
    date: str
    site: str
    ownership: str
    active_minutes: int
    requests: int
    first_seen: str
    last_seen: str
    # Of active_minutes, those inside the person's work time (workday, work hours, not a break
    # or non-contact period): the minutes clause 5.3 counts.
    work_time_minutes: int
    # The active minutes as a bitmap (``minute_bits``): bit i is the absolute minute i minutes
    # after the minute of first_seen, so bit 0 is always set. Absolute minutes, so the repeated
    # hour when the clocks go back is two hours of bits.
    active_bits: bytes = b""
    # The work-time minutes, a subset of the active ones, on the same base.
    work_time_bits: bytes = b""
    # Requests, first and last request time in the work-time minutes only (clause 5.3's figures);
    # None when there is no work-time minute.
    work_time_requests: int = 0
    work_time_first_seen: str | None = None
    work_time_last_seen: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.person, self.date, self.site, self.ownership)

    @property
    def first_minute(self) -> int:
        """The absolute minute of bit 0 of the bitmaps: the minute of the first request."""
        return minute_of(self.first_seen)

    def merged(self, other: DailyActivity) -> DailyActivity:
        """This day's use together with the same day's use read from other lines.

        Minutes are a set union (a minute with requests in both parts counts once), requests
        add up, first and last seen are the earlier and the later. The parts must come from
        different lines: a line read in both would count its request twice.
        """
        if other.key != self.key:
            raise ValueError(f"cannot merge the activity of {other.key} into {self.key}")
        if not self.active_bits or not other.active_bits:
            raise ValueError("activity without its minutes cannot be merged exactly")
        mine, theirs = self.first_minute, other.first_minute
        base = min(mine, theirs)
        active = _shifted(self.active_bits, mine - base) | _shifted(other.active_bits, theirs - base)
        work = _shifted(self.work_time_bits, mine - base) | _shifted(other.work_time_bits, theirs - base)
        first_seen = _earlier(self.first_seen, other.first_seen)
        last_seen = _later(self.last_seen, other.last_seen)
        assert first_seen is not None and last_seen is not None
        return replace(
            self,
            active_minutes=active.bit_count(),
            requests=self.requests + other.requests,
            first_seen=first_seen,
            last_seen=last_seen,
            work_time_minutes=work.bit_count(),
            active_bits=_to_bytes(active),
            work_time_bits=_to_bytes(work),
            work_time_requests=self.work_time_requests + other.work_time_requests,
            work_time_first_seen=_earlier(self.work_time_first_seen, other.work_time_first_seen),
            work_time_last_seen=_later(self.work_time_last_seen, other.work_time_last_seen),
        )

    def as_dict(self) -> dict[str, Any]:
        return _flat_dict(self)


@dataclass
class ScanStats:
    lines: int = 0
    matched: int = 0
    unparsed: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "matched": self.matched,
            "unparsed": self.unparsed,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class ScanResult:
    findings: list[Finding] = field(default_factory=list)
    unknown: list[UnknownUse] = field(default_factory=list)
    activity: list[DailyActivity] = field(default_factory=list)
    stats: ScanStats = field(default_factory=ScanStats)

    def as_dict(self) -> dict[str, Any]:
        """The JSON document of ``monitor scan --format json`` (activity is the app's, not printed)."""
        return {
            "findings": [finding.as_dict() for finding in self.findings],
            "unknown": [use.as_dict() for use in self.unknown],
            "stats": self.stats.as_dict(),
        }
