"""The three log formats, as vectorised Polars expressions over raw lines.

Every format is read line by line as one string column ``line`` (so a garbage line can never
swallow its neighbours, as an unbalanced CSV quote would). Each format answers two questions:

- ``flag``: for every line, is it well formed (readable timestamp, client address and host)?
  This runs on every line, so it is one anchored regex or a few cheap field extractions.
- ``parse``: for the few lines that passed the prefilter, the fields the engine needs:
  ``ts`` (Unix seconds, float), ``client``, ``user``, ``host`` (lower case) and ``status``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import polars as pl

FORMATS = ("squid", "csv", "jsonl")
CSV_COLUMNS = ("timestamp", "client_ip", "username", "host", "url", "bytes")

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
# Loose on purpose: the exact check is ipaddress's, run once per distinct candidate address.
IPV6 = r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.%]*"
CLIENT = rf"(?:{IPV4}|{IPV6})"
UNIX_TIME = r"\d+(?:\.\d+)?"
ISO_TIME = r"\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?"
# scheme://user@host or host:port (Squid's CONNECT form) or a bare host; the host is captured.
HOST_IN_URL = (
    r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^\s/@]*@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_-][A-Za-z0-9_.-]*)"
)
# The start of a URL field, up to the end of its host and port: enough to know it names a host,
# without making the well-formedness check (run on every line) read the rest of the URL.
URL_HOST_PART = (
    r"(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^\s/@]*@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_-][A-Za-z0-9_.-]*)"
    r"(?::\d*)?(?:[/?#\s]|$)"
)

SQUID_WELL_FORMED = rf"^\s*{UNIX_TIME}\s+\S+\s+{CLIENT}\s+\S+\s+\S+\s+\S+\s+{URL_HOST_PART}"
TIME_TEXT_OK = rf"^\s*(?:{UNIX_TIME}|{ISO_TIME})\s*$"
CLIENT_TEXT_OK = rf"^\s*{CLIENT}\s*$"

# The columns a parsed frame carries; ``ts`` is float seconds, ``ts_text`` the unparsed text.
PARSED_SCHEMA = {
    "ts": pl.Float64,
    "client": pl.String,
    "user": pl.String,
    "host": pl.String,
    "status": pl.Int64,
}


# The whole field must be a host (with an optional port, path, query or fragment after it): a
# host field "www.face book.com" names no host, rather than the host "www.face".
WHOLE_HOST_FIELD = HOST_IN_URL + r"(?::\d*)?(?:[/?#].*)?\s*$"


def host_of(url: pl.Expr) -> pl.Expr:
    host = url.str.extract(WHOLE_HOST_FIELD, 1).str.to_lowercase()
    return host.str.strip_chars_end(".").str.strip_chars("[]")


def _squid_host(url: pl.Expr) -> pl.Expr:
    """``host_of`` for URLs that already passed SQUID_WELL_FORMED: peel scheme, user, path and
    port off with plain replacements, twice as fast as a regex with a capture group."""
    host = url.str.replace(r"^[A-Za-z][A-Za-z0-9+.-]*://", "").str.replace(r"^[^\s/@]*@", "")
    host = host.str.replace(r"[/?#].*$", "").str.replace(r":\d*$", "").str.to_lowercase()
    return host.str.strip_chars_end(".").str.strip_chars("[]")


def _host_or_url(host: pl.Expr, url: pl.Expr) -> pl.Expr:
    """The host field; the URL's host only when there is no host field (a bad host stays bad)."""
    return pl.when(host.is_not_null()).then(host_of(host)).otherwise(host_of(url))


def _status_of(action: pl.Expr) -> pl.Expr:
    return action.str.split("/").list.last().cast(pl.Int64, strict=False)


def _clean_text(field: pl.Expr) -> pl.Expr:
    value = field.str.strip_chars()
    return pl.when(value == "").then(None).otherwise(value)


@dataclass(frozen=True)
class Squid:
    """Squid native access.log: ``time elapsed client action/code size method URL ident ...``."""

    name: str = "squid"

    def flag(self) -> pl.Expr:
        return pl.col("line").str.contains(SQUID_WELL_FORMED)

    def parse(self, lines: pl.DataFrame, zone: ZoneInfo) -> pl.DataFrame:
        # Lines here passed SQUID_WELL_FORMED, so the fields are the non-empty pieces between
        # spaces (Squid pads the elapsed time). Splitting is much faster than a capture regex.
        pieces = pl.col("line").str.replace_all("\t", " ", literal=True).str.split(" ")
        fields = pieces.list.eval(pl.element().filter(pl.element() != "")).alias("fields")

        def field(index: int) -> pl.Expr:
            return pl.col("fields").list.get(index, null_on_oob=True)

        return lines.select(fields).select(
            field(0).cast(pl.Float64, strict=False).alias("ts"),
            field(2).alias("client"),
            field(7).alias("user"),
            _squid_host(field(6)).alias("host"),
            _status_of(field(3)).alias("status"),
        )


@dataclass(frozen=True)
class DelimitedText:
    """CSV ``timestamp,client_ip,username,host,url,bytes`` (any column order, read from the header)."""

    header: tuple[str, ...] = CSV_COLUMNS
    name: str = "csv"

    def _fields(self) -> pl.Expr:
        # Fields after the first are optional (nested), so a short row still yields what it has.
        field = r'(?:"(?:[^"]|"")*"|[^,"]*)'
        wanted = {"timestamp", "client_ip", "username", "host", "url"}
        last = max((i for i, column in enumerate(self.header) if column in wanted), default=0)
        parts = [f"(?P<{c}>{field})" if c in wanted else field for c in self.header[: last + 1]]
        pattern = parts[0] + "".join(f"(?:,{part}" for part in parts[1:]) + ")?" * (len(parts) - 1)
        return pl.col("line").str.extract_groups(f"^{pattern}(?:,|$)")

    def _columns(self, fields: pl.Expr) -> list[pl.Expr]:
        def column(name: str) -> pl.Expr:
            if name not in self.header:
                return pl.lit(None, dtype=pl.String)
            raw = fields.struct.field(name).str.strip_chars()
            unquoted = (
                raw.str.strip_prefix('"').str.strip_suffix('"').str.replace_all('""', '"', literal=True)
            )
            return _clean_text(pl.when(raw.str.starts_with('"')).then(unquoted).otherwise(raw))

        return [
            column("timestamp").alias("ts_text"),
            column("client_ip").alias("client"),
            column("username").alias("user"),
            _host_or_url(column("host"), column("url")).alias("host"),
        ]

    def flag(self) -> pl.Expr:
        return _well_formed(self._columns(self._fields()))

    def parse(self, lines: pl.DataFrame, zone: ZoneInfo) -> pl.DataFrame:
        return _with_epoch(lines.select(self._columns(self._fields())), zone)


@dataclass(frozen=True)
class JsonLines:
    """One JSON object per line with the CSV's field names; ``timestamp`` a number or a string."""

    name: str = "jsonl"

    def _columns(self) -> list[pl.Expr]:
        def field(name: str) -> pl.Expr:
            return _clean_text(pl.col("line").str.json_path_match(f"$.{name}"))

        # JSON path matching gives a number or true as text ("123", "true"): a host that is not
        # a JSON string names no host (a flat object is assumed, as every filter writes).
        host = field("host")
        host_is_text = pl.col("line").str.contains(r'"host"\s*:\s*"')
        return [
            field("timestamp").alias("ts_text"),
            field("client_ip").alias("client"),
            field("username").alias("user"),
            pl.when(host.is_null() | host_is_text)
            .then(_host_or_url(host, field("url")))
            .otherwise(None)
            .alias("host"),
        ]

    def flag(self) -> pl.Expr:
        return _well_formed(self._columns())

    def parse(self, lines: pl.DataFrame, zone: ZoneInfo) -> pl.DataFrame:
        return _with_epoch(lines.select(self._columns()), zone)


def _well_formed(columns: list[pl.Expr]) -> pl.Expr:
    """Readable timestamp, valid-looking client address and a host (columns as ``_columns`` gives)."""
    ts_text, client, _, host = columns
    return (
        ts_text.str.contains(TIME_TEXT_OK).fill_null(False)
        & client.str.contains(CLIENT_TEXT_OK).fill_null(False)
        & host.is_not_null()
    )


def _with_epoch(frame: pl.DataFrame, zone: ZoneInfo) -> pl.DataFrame:
    """Turn ``ts_text`` into Unix seconds; naive ISO times are the trust's local time."""
    texts = frame.get_column("ts_text").unique().drop_nulls().to_list()
    epochs = {text: parse_time_text(text, zone) for text in texts}
    mapping = pl.DataFrame(
        {"ts_text": list(epochs), "ts": list(epochs.values())},
        schema={"ts_text": pl.String, "ts": pl.Float64},
    )
    frame = frame.join(mapping, on="ts_text", how="left").drop("ts_text")
    return frame.with_columns(pl.lit(None, dtype=pl.Int64).alias("status")).select(list(PARSED_SCHEMA))


def parse_time_text(text: str, zone: ZoneInfo) -> float | None:
    """Unix seconds, or an ISO 8601 time (with its offset, or local time without one)."""
    text = text.strip()
    if re.fullmatch(UNIX_TIME, text):
        return float(text)
    if not re.fullmatch(ISO_TIME, text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace(",", ".").replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        # fold=0: an ambiguous local time (the hour repeated when clocks go back) is read as the
        # first of the two; a time in the skipped hour is read with the offset before the change.
        moment = moment.replace(tzinfo=zone)
    return moment.timestamp()


LogFormat = Squid | DelimitedText | JsonLines


def csv_header(first_line: str) -> tuple[str, ...] | None:
    """The column names when ``first_line`` is our CSV header, else None."""
    names = tuple(part.strip().strip('"').strip().lower() for part in first_line.split(","))
    if "timestamp" in names and ("host" in names or "url" in names):
        return names
    return None


def detect_format(head: list[str]) -> str:
    """Guess the format from the first non-blank lines (used when --log-format is not given):
    a CSV header first is CSV; mostly ``{``-lines is JSON lines; anything else is Squid."""
    if head and csv_header(head[0]) is not None:
        return "csv"
    objects = sum(1 for text in head if text.startswith("{"))
    if head and objects * 2 > len(head):
        return "jsonl"
    return "squid"
