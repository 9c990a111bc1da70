"""Log files as streams of raw-line frames, so memory stays flat whatever the size of a log.

Files are read in blocks of whole lines (plain files through mmap, gzip decompressed on the
fly), each block one Polars frame of raw lines. A thread reads the next block while Polars works
on the current one (both release the GIL). Blocks rather than ``pl.scan_csv``: the scan keeps the
whole mapped file resident, so its memory grows with the log, and Polars would inflate a whole
.gz in memory first.
"""

from __future__ import annotations

import gzip
import mmap
import queue
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

import polars as pl

T = TypeVar("T")
GZIP_MAGIC = b"\x1f\x8b"
BLOCK_BYTES = 32 << 20
# A small first block starts the pipeline sooner (the reader is one block ahead of the scan).
FIRST_BLOCK_BYTES = 4 << 20
BLOCKS_AHEAD = 2
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

    frame: pl.DataFrame
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


def first_lines(path: Path, count: int = 20) -> list[str]:
    """The first non-blank lines (decompressed), for format detection and the CSV header."""
    found: list[str] = []
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as handle:
            for raw in handle:
                text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
                if text:
                    found.append(text)
                    if len(found) >= count:
                        break
    except (OSError, EOFError, zlib.error) as exc:
        raise LogReadError(f"{path}: cannot be read ({exc})") from exc
    return found


def line_frames(path: Path) -> Iterator[LineFrame]:
    return prepared_frames(path, lambda frame: LineFrame(frame, frame.height))


def prepared_frames(path: Path, prepare: Callable[[pl.DataFrame], T]) -> Iterator[T]:
    """``prepare`` of each block's raw-line frame, run in the reader thread: the Polars work on
    one block (which releases the GIL) overlaps the consumer's work on the previous one."""
    return _prefetched(prepare(_raw_lines(block)) for block in _blocks(path))


def _raw_lines(block: bytes) -> pl.DataFrame:
    return pl.read_csv(block, **RAW_LINES)  # type: ignore[arg-type]


def _blocks(path: Path) -> Iterator[bytes]:
    try:
        if is_gzip(path):
            with gzip.open(path, "rb") as unzipped:
                yield from _stream_blocks(unzipped)
            return
        with path.open("rb") as handle:
            if path.stat().st_size == 0:
                return
            try:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # not mappable (a pipe, say): read it as a stream
                yield from _stream_blocks(handle)
                return
            with mapped:
                yield from _mapped_blocks(mapped)
    except (OSError, EOFError, zlib.error) as exc:
        raise LogReadError(f"{path}: cannot be read ({exc})") from exc


def _mapped_blocks(mapped: mmap.mmap) -> Iterator[bytes]:
    """Slices of whole lines; one copy each, and pages already read are released at once
    (``MADV_DONTNEED``) so resident memory does not grow with the file."""
    size, start, step = len(mapped), 0, min(FIRST_BLOCK_BYTES, BLOCK_BYTES)
    while start < size:
        newline = mapped.find(b"\n", min(start + step, size - 1))
        step = BLOCK_BYTES
        end = size if newline < 0 else newline + 1
        block = mapped[start:end]
        page_start = start - start % mmap.PAGESIZE
        if hasattr(mapped, "madvise"):
            mapped.madvise(mmap.MADV_DONTNEED, page_start, end - page_start)
        start = end
        yield block


def _stream_blocks(handle: IO[bytes] | gzip.GzipFile) -> Iterator[bytes]:
    step = min(FIRST_BLOCK_BYTES, BLOCK_BYTES)
    while True:
        block, step = handle.read(step), BLOCK_BYTES
        if not block:
            return
        yield block + handle.readline()  # finish the last line, so blocks hold whole lines


def _prefetched(blocks: Iterator[T]) -> Iterator[T]:
    """Read (and prepare) ahead in a thread; re-raise its error in the consumer."""
    ahead: queue.Queue[T | BaseException | None] = queue.Queue(maxsize=BLOCKS_AHEAD)
    stop = threading.Event()

    def produce() -> None:
        try:
            for block in blocks:
                while not stop.is_set():
                    try:
                        ahead.put(block, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ahead.put(None)
        except BaseException as exc:  # handed to the consumer, which raises it
            ahead.put(exc)

    reader = threading.Thread(target=produce, name="log-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = ahead.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
