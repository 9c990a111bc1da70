"""The scan: raw lines -> prefilter -> parse candidates -> per-minute activity -> findings.

Only lines that name a catalogue domain (a few per cent) are ever parsed; every other line costs
two regex tests run by Polars' streaming engine. Candidates are reduced batch by batch to one row
per (person, site, ownership, minute), so memory follows the number of active minutes, not the
size of the logs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl

from socialpolicy.engines.monitoring.attribution import Attributor
from socialpolicy.engines.monitoring.catalogue import Catalogue, load_catalogue
from socialpolicy.engines.monitoring.logformats import (
    FORMATS,
    DelimitedText,
    JsonLines,
    LogFormat,
    Squid,
    csv_header,
    detect_format,
)
from socialpolicy.engines.monitoring.model import ScanResult, ScanSettings, ScanStats
from socialpolicy.engines.monitoring.rules import MINUTE_COLUMNS, evaluate
from socialpolicy.engines.monitoring.sources import check_readable, first_lines, prepared_frames
from socialpolicy.engines.orgdir import OrgDirectory, load_org

PROXY_AUTH_CHALLENGE = 407
# A readable timestamp is a time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (the calendar
# dates can name). Outside it, e.g. milliseconds given as seconds (1747033200000, the year 57 331),
# the line has no readable timestamp and counts as unparsed.
EARLIEST_TS = 0.0
LATEST_TS = 253_402_300_799.0
COMPACT_AFTER_ROWS = 1_000_000
MINUTE_KEYS = ["person", "site", "ownership", "academy", "minute"]


@dataclass
class _Accumulator:
    """Per-minute activity so far, compacted now and then so it stays one row per key."""

    parts: list[pl.DataFrame] = field(default_factory=list)
    rows: int = 0

    def add(self, part: pl.DataFrame) -> None:
        if part.height:
            self.parts.append(part)
            self.rows += part.height
        if self.rows > COMPACT_AFTER_ROWS and len(self.parts) > 1:
            merged = self.result()
            self.parts, self.rows = [merged], merged.height

    def result(self) -> pl.DataFrame:
        if not self.parts:
            return pl.DataFrame(schema=MINUTE_COLUMNS)
        return _reduce(pl.concat(self.parts))


def _reduce(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.group_by(MINUTE_KEYS).agg(
        pl.col("requests").sum(), pl.col("first_ts").min(), pl.col("last_ts").max()
    )


class Scanner:
    """One scan over any number of log files, for one org folder and catalogue."""

    def __init__(self, org: OrgDirectory, catalogue: Catalogue, settings: ScanSettings):
        self.org = org
        self.catalogue = catalogue
        self.settings = settings
        self.zone = ZoneInfo(org.trust.timezone)
        self.attributor = Attributor(org)
        # Host names are case-insensitive in every format (a Squid CONNECT line keeps the client's
        # spelling, "CONNECT WWW.FACEBOOK.COM:443"). With Polars 2.1 the case-insensitive
        # literal search costs no more than the case-sensitive one (benchmarks/monitor_speed.py).
        self.prefilter = catalogue.prefilter_pattern(ignore_case=True)
        self.stats = ScanStats()
        self.minutes = _Accumulator()

    def add_file(self, path: Path, log_format: str | None = None) -> None:
        check_readable(path)
        head = first_lines(path)
        name = log_format or detect_format(head)
        header_text: str | None = None
        fmt: LogFormat
        if name == "squid":
            fmt = Squid()
        elif name == "csv":
            header = csv_header(head[0]) if head else None
            fmt = DelimitedText(header) if header else DelimitedText()
            header_text = head[0] if header else None
        else:
            fmt = JsonLines()
        ok = fmt.flag().fill_null(False).alias("ok")
        candidate = pl.col("line").str.contains(self.prefilter).fill_null(False).alias("candidate")

        def sift(lines: pl.DataFrame) -> tuple[int, pl.DataFrame]:
            """(lines, the candidate and malformed ones): the per-line work, in the reader thread."""
            flagged = lines.lazy().with_columns(ok, candidate)
            batch = flagged.filter(pl.col("candidate") | ~pl.col("ok")).collect(engine="streaming")
            return lines.height, batch

        for count, batch in prepared_frames(path, sift):
            self.stats.lines += count
            self._add_batch(batch, fmt, header_text)

    def _add_batch(self, batch: pl.DataFrame, fmt: LogFormat, header_text: str | None) -> None:
        line = pl.col("line")
        not_data = line.is_null() | ~line.str.contains(r"\S")
        if header_text is not None:
            not_data = not_data | (line.str.strip_chars().str.strip_chars_start("\ufeff") == header_text)
        counts = batch.select(
            not_data.sum().alias("not_data"), (~pl.col("ok") & ~not_data).sum().alias("malformed")
        ).row(0)
        self.stats.lines -= counts[0]
        self.stats.unparsed += counts[1]
        candidates = batch.filter(pl.col("ok") & pl.col("candidate"))
        if candidates.height:
            self.minutes.add(self._minutes_of(fmt.parse(candidates.select("line"), self.zone)))

    def _minutes_of(self, parsed: pl.DataFrame) -> pl.DataFrame:
        clients = parsed.get_column("client").unique().to_list()
        client_rows = []
        for text in clients:
            client = self.attributor.client(text)
            if client is not None:
                client_rows.append((text, client.address, client.ownership, client.academy_code))
        client_table = pl.DataFrame(
            client_rows,
            schema={
                "client": pl.String,
                "address": pl.String,
                "ownership": pl.String,
                "net_academy": pl.String,
            },
            orient="row",
        )
        frame = parsed.join(client_table, on="client", how="left")
        readable = (
            pl.col("ts").is_between(EARLIEST_TS, LATEST_TS).fill_null(False)
            & pl.col("address").is_not_null()
            & pl.col("host").is_not_null()
        )
        self.stats.unparsed += frame.height - int(frame.select(readable.sum()).item())
        frame = frame.filter(readable)

        hosts = frame.get_column("host").unique().to_list()
        site_table = pl.DataFrame(
            {"host": hosts, "site": [self.catalogue.site_for_host(h) for h in hosts]},
            schema={"host": pl.String, "site": pl.String},
        )
        frame = frame.join(site_table, on="host", how="left").filter(pl.col("site").is_not_null())
        self.stats.matched += frame.height
        frame = frame.filter(pl.col("status").fill_null(0) != PROXY_AUTH_CHALLENGE)

        who = frame.select("user", "address", "net_academy").unique()
        people = []
        for user, address, net_academy in who.iter_rows():
            client = self.attributor.client(address)
            if client is None:  # cannot happen: these addresses passed the same check above
                continue
            person = self.attributor.person(user, client)
            people.append((user, address, person, self.attributor.schedule_academy(person, net_academy)))
        person_table = pl.DataFrame(
            people,
            schema={"user": pl.String, "address": pl.String, "person": pl.String, "academy": pl.String},
            orient="row",
        )
        frame = frame.join(person_table, on=["user", "address"], how="left", nulls_equal=True)
        frame = frame.with_columns((pl.col("ts") // 60).cast(pl.Int64).alias("minute"))
        return frame.group_by(MINUTE_KEYS).agg(
            pl.len().cast(pl.Int64).alias("requests"),
            pl.col("ts").min().alias("first_ts"),
            pl.col("ts").max().alias("last_ts"),
        )

    def result(self, started: float) -> ScanResult:
        findings, unknown, activity = evaluate(self.minutes.result(), self.org, self.settings)
        self.stats.seconds = time.perf_counter() - started
        return ScanResult(findings=findings, unknown=unknown, activity=activity, stats=self.stats)


def scan(
    org: OrgDirectory | str | Path,
    paths: Iterable[str | Path],
    *,
    log_format: str | None = None,
    settings: ScanSettings | None = None,
    catalogue: Catalogue | None = None,
    extra_site_files: Sequence[str | Path] = (),
) -> ScanResult:
    """Scan log files and judge them against clauses 5.2 and 5.3.

    ``org`` is an org folder (its ``sites.csv`` extends the catalogue) or a loaded directory.
    ``log_format`` is ``squid``, ``csv`` or ``jsonl``; None detects it per file from its first line.
    Raises OrgDirError for a bad org folder, LogReadError for a missing or unreadable log and
    CatalogueError for a bad site list.
    """
    started = time.perf_counter()
    if log_format is not None and log_format not in FORMATS:
        raise ValueError(f"unknown log format {log_format!r} (use one of {', '.join(FORMATS)})")
    extra = [Path(p) for p in extra_site_files]
    if isinstance(org, OrgDirectory):
        directory = org
        catalogue = catalogue or load_catalogue(None, extra)
    else:
        directory = load_org(org)
        catalogue = catalogue or load_catalogue(Path(org), extra)
    files = [Path(p) for p in paths]
    for path in files:
        check_readable(path)
    scanner = Scanner(directory, catalogue, settings or ScanSettings())
    for path in files:
        scanner.add_file(path, log_format)
    return scanner.result(started)
