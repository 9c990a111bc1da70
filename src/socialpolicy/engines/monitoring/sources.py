"""Log files as streams of raw-line frames, so memory stays flat whatever the size of a log.

A plain file is one lazy Polars scan run by the streaming engine (multi-threaded, read in
morsels). A gzip file is decompressed in blocks of whole lines, each block one small frame,
because Polars would inflate a whole .gz into memory first.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

GZIP_MAGIC = b"\x1f\x8b"
GZIP_BLOCK_BYTES = 64 << 20
# Each physical line becomes one string: a separator and quote that never occur in logs.
RAW_LINES = {
    "has_header": False,
    "separator": "\x1f",
    "quote_char": None,
    "schema": {"line": pl.String},
    "encoding": "utf8-lossy",
    "truncate_ragged_lines": True,
    "extra_columns": "ignore",
    "raise_if_empty": False,
}


class LogReadError(OSError):
    """A log file that is missing, unreadable or not a log at all (one-line message)."""


@dataclass(frozen=True)
class LineFrame:
    """Raw lines: ``frame`` has one String column ``line``; ``count`` is its number of rows."""

    frame: pl.LazyFrame
    count: int


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def check_readable(path: Path) -> None:
    """Fail early, before any work, on a missing or unreadable file."""
    try:
        if path.is_dir():
            raise LogReadError(f"{path}: is a folder, not a log file")
        with path.open("rb") as handle:
            handle.read(1)
    except LogReadError:
        raise
    except OSError as exc:
        raise LogReadError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def first_line(path: Path) -> str:
    """The first non-blank line (decompressed), for format detection and the CSV header."""
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as handle:
            for raw in handle:
                text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
                if text:
                    return text
    except (OSError, EOFError, zlib.error) as exc:
        raise LogReadError(f"{path}: cannot be read ({exc})") from exc
    return ""


def line_frames(path: Path) -> Iterator[LineFrame]:
    if is_gzip(path):
        yield from _gzip_blocks(path)
        return
    scan = pl.scan_csv(path, **RAW_LINES)  # type: ignore[arg-type]
    count = scan.select(pl.len()).collect().item()
    yield LineFrame(scan, int(count))


def _gzip_blocks(path: Path) -> Iterator[LineFrame]:
    try:
        with gzip.open(path, "rb") as handle:
            while True:
                block = handle.read(GZIP_BLOCK_BYTES)
                if not block:
                    return
                block += handle.readline()
                frame = pl.read_csv(block, **RAW_LINES)  # type: ignore[arg-type]
                yield LineFrame(frame.lazy(), frame.height)
    except (OSError, EOFError, zlib.error) as exc:
        raise LogReadError(f"{path}: cannot be decompressed ({exc})") from exc
