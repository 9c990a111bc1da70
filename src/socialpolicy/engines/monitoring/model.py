"""Settings and results of a scan: plain frozen dataclasses the CLI prints and the app stores."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
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


@dataclass(frozen=True)
class DailyActivity:
    """Per person, local day, site and ownership: what the app stores (never raw lines)."""

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
