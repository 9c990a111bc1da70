"""From active minutes to findings: policy clauses 5.2 (trust devices) and 5.3 (own devices).

Input is the per-minute table the scan builds: one row per person, site, ownership, schedule
academy and absolute minute (Unix minutes), with the requests and first/last request times in
that minute. Every threshold applies to one (person, local day, site, ownership) count.
"""

from __future__ import annotations

import polars as pl

from socialpolicy.engines.monitoring.model import (
    DailyActivity,
    Finding,
    ScanSettings,
    UnknownUse,
    minute_bits,
)
from socialpolicy.engines.orgdir import WEEKDAYS, OrgDirectory, Schedule

MINUTE_COLUMNS = {
    "person": pl.String,
    "site": pl.String,
    "ownership": pl.String,
    "academy": pl.String,
    "minute": pl.Int64,
    "requests": pl.Int64,
    "first_ts": pl.Float64,
    "last_ts": pl.Float64,
}
DAY_KEYS = ["person", "date", "site", "ownership"]


class WorkTime:
    """Which local minutes of a week are work time for a person (clause 5.3's counted minutes)."""

    def __init__(self, org: OrgDirectory):
        self._org = org
        self._noncontact: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for period in org.noncontact:
            key = (period.email.lower(), period.day)
            self._noncontact.setdefault(key, []).append((period.period.start, period.period.end))
        self._masks: dict[tuple[str, str | None, int], bytes] = {}

    def mask(self, person: str, academy: str | None, weekday: int) -> bytes:
        """1440 flags for one person and ISO weekday (1 = Monday); 1 marks a counted minute."""
        key = (person, academy, weekday)
        found = self._masks.get(key)
        if found is None:
            found = self._build(person, self._org.schedule_for(academy), WEEKDAYS[weekday - 1])
            self._masks[key] = found
        return found

    def _build(self, person: str, schedule: Schedule, day: str) -> bytes:
        flags = bytearray(1440)
        if day not in schedule.workdays:
            return bytes(flags)
        hours = schedule.work_hours
        flags[hours.start : min(hours.end, 1440)] = b"\x01" * (min(hours.end, 1440) - hours.start)
        # ip:ADDRESS persons have no non-contact periods: the lookup simply finds none.
        excluded = [(b.start, b.end) for b in schedule.breaks] + self._noncontact.get((person, day), [])
        for start, end in excluded:
            start, end = max(start, 0), min(end, 1440)
            if end > start:
                flags[start:end] = bytes(end - start)
        return bytes(flags)


def with_local_time(minutes: pl.DataFrame, timezone: str, work_time: WorkTime) -> pl.DataFrame:
    """Add the local date and whether each minute is the person's work time."""
    local = pl.from_epoch(pl.col("minute") * 60, time_unit="s").dt.replace_time_zone("UTC")
    local = local.dt.convert_time_zone(timezone)
    frame = minutes.with_columns(
        local.dt.date().cast(pl.String).alias("date"),
        local.dt.weekday().alias("weekday"),
        (local.dt.hour().cast(pl.Int32) * 60 + local.dt.minute().cast(pl.Int32)).alias("minute_of_day"),
    )
    keys = frame.select("person", "academy", "weekday", "minute_of_day").unique()
    flags = [
        work_time.mask(person, academy, weekday)[minute_of_day] == 1
        for person, academy, weekday, minute_of_day in keys.iter_rows()
    ]
    keys = keys.with_columns(pl.Series("work_time", flags, dtype=pl.Boolean))
    return frame.join(
        keys, on=["person", "academy", "weekday", "minute_of_day"], how="left", nulls_equal=True
    )


def _local_iso(seconds: pl.Expr, timezone: str) -> pl.Expr:
    """ISO 8601 local time with its offset, to the second: ``2025-05-12T09:44:17+01:00``."""
    moment = pl.from_epoch(seconds.floor().cast(pl.Int64), time_unit="s").dt.replace_time_zone("UTC")
    return moment.dt.convert_time_zone(timezone).dt.strftime("%Y-%m-%dT%H:%M:%S%:z")


def _daily(frame: pl.DataFrame, timezone: str) -> pl.DataFrame:
    """One row per person, local day, site and ownership: the whole day and its work-time part.

    Each day also lists its minutes as offsets from its first minute (and which of them are work
    time), for the bitmaps that let a day split over separate scans be merged exactly.
    """
    work = pl.col("work_time")
    offset = pl.col("minute") - pl.col("minute").min()
    return (
        frame.group_by(DAY_KEYS)
        .agg(
            pl.len().alias("active_minutes"),
            pl.col("requests").sum(),
            pl.col("first_ts").min(),
            pl.col("last_ts").max(),
            work.sum().cast(pl.Int64).alias("work_time_minutes"),
            pl.col("requests").filter(work).sum().alias("work_time_requests"),
            pl.col("first_ts").filter(work).min().alias("work_first_ts"),
            pl.col("last_ts").filter(work).max().alias("work_last_ts"),
            offset.alias("offsets"),
            offset.filter(work).alias("work_offsets"),
        )
        .with_columns(
            _local_iso(pl.col("first_ts"), timezone).alias("first_seen"),
            _local_iso(pl.col("last_ts"), timezone).alias("last_seen"),
            _local_iso(pl.col("work_first_ts"), timezone).alias("work_time_first_seen"),
            _local_iso(pl.col("work_last_ts"), timezone).alias("work_time_last_seen"),
        )
        .drop("first_ts", "last_ts", "work_first_ts", "work_last_ts")
        .sort(["date", "person", "site", "ownership"])
    )


def judge(day: DailyActivity, settings: ScanSettings) -> Finding | None:
    """The finding one day's use of one site on one kind of device raises, if any (5.2 or 5.3).

    The scan judges each day with this, and so does the app when a later file adds to a day
    already stored: the thresholds live here only.
    """

    def severity(active: int) -> str:
        return "block" if active >= settings.block_from_minutes else "warn"

    if day.ownership == "trust":
        active = day.active_minutes
        if day.site in settings.occasional_use_sites:
            breach = active > settings.occasional_use_max_minutes
        else:
            breach = active >= settings.trust_device_min_minutes
        if not breach:
            return None
        return Finding(
            person=day.person,
            date=day.date,
            site=day.site,
            clause="5.2",
            ownership=day.ownership,
            active_minutes=active,
            requests=day.requests,
            first_seen=day.first_seen,
            last_seen=day.last_seen,
            severity=severity(active),
        )
    if day.ownership == "personal":
        # 5.3 counts only the work-time minutes, so its figures come from that subset alone.
        active = day.work_time_minutes
        if active == 0 or active < settings.own_device_min_minutes:
            return None
        assert day.work_time_first_seen is not None and day.work_time_last_seen is not None
        return Finding(
            person=day.person,
            date=day.date,
            site=day.site,
            clause="5.3",
            ownership=day.ownership,
            active_minutes=active,
            requests=day.work_time_requests,
            first_seen=day.work_time_first_seen,
            last_seen=day.work_time_last_seen,
            severity=severity(active),
        )
    return None  # an address in no listed network: reported as unknown, never judged


def evaluate(
    minutes: pl.DataFrame, org: OrgDirectory, settings: ScanSettings
) -> tuple[list[Finding], list[UnknownUse], list[DailyActivity]]:
    timezone = org.trust.timezone
    frame = with_local_time(minutes, timezone, WorkTime(org))
    daily = _daily(frame, timezone)

    activity = []
    for row in daily.iter_rows(named=True):
        offsets, work_offsets = row.pop("offsets"), row.pop("work_offsets")
        activity.append(
            DailyActivity(**row, active_bits=minute_bits(offsets), work_time_bits=minute_bits(work_offsets))
        )
    findings = [finding for day in activity if (finding := judge(day, settings)) is not None]
    findings.sort(key=lambda f: (f.date, f.person, f.site, f.clause))

    unknown = [
        UnknownUse(
            person=day.person,
            date=day.date,
            site=day.site,
            active_minutes=day.active_minutes,
            requests=day.requests,
            first_seen=day.first_seen,
            last_seen=day.last_seen,
        )
        for day in activity
        if day.ownership == "unknown"
    ]
    return findings, unknown, activity
