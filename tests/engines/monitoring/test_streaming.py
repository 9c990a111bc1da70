"""Blocks and compaction: tiny blocks and constant compaction give the same answer."""

from __future__ import annotations

import pytest

from socialpolicy.engines.monitoring import engine, sources

from .loggen import ALICE, BOB, CAROL, MONDAY, NOR_PERSONAL, NOR_TRUST, SOU_PERSONAL, local_epoch, squid_use

GARBAGE = ["\x00" * 30, "1747214079.425 59704 10.21.7.102 TCP_TUNNE"]


def _lines() -> list[str]:
    lines = squid_use(local_epoch(MONDAY, "09:00"), 12, NOR_TRUST, "www.facebook.com", ALICE)
    lines += GARBAGE
    lines += squid_use(local_epoch(MONDAY, "14:00"), 7, NOR_PERSONAL, "www.tiktok.com", BOB, per_minute=3)
    lines += squid_use(local_epoch(MONDAY, "13:30"), 40, SOU_PERSONAL, "i.instagram.com", CAROL)
    return lines


@pytest.mark.parametrize("gz", [False, True])
def test_tiny_blocks_and_constant_compaction_change_nothing(scan_lines, monkeypatch, gz):
    whole = scan_lines(_lines(), gz=gz)
    monkeypatch.setattr(sources, "BLOCK_BYTES", 300)  # a couple of lines per block, lines split
    monkeypatch.setattr(engine, "COMPACT_AFTER_ROWS", 2)
    pieces = scan_lines(_lines(), gz=gz)
    assert len(whole.findings) == 3
    assert pieces.findings == whole.findings
    assert pieces.activity == whole.activity
    assert (pieces.stats.lines, pieces.stats.unparsed, pieces.stats.matched) == (
        whole.stats.lines,
        whole.stats.unparsed,
        whole.stats.matched,
    )
    assert whole.stats.unparsed == len(GARBAGE)


@pytest.mark.parametrize("gz", [False, True])
def test_a_small_first_block_changes_nothing(scan_lines, monkeypatch, gz):
    whole = scan_lines(_lines(), gz=gz)
    monkeypatch.setattr(sources, "FIRST_BLOCK_BYTES", 200)  # the first block splits a line
    monkeypatch.setattr(sources, "BLOCK_BYTES", 5_000)
    pieces = scan_lines(_lines(), gz=gz)
    assert (pieces.findings, pieces.activity) == (whole.findings, whole.activity)
    assert (pieces.stats.lines, pieces.stats.unparsed) == (whole.stats.lines, whole.stats.unparsed)


def test_an_error_while_preparing_a_block_reaches_the_caller(tmp_path):
    path = tmp_path / "access.log"
    path.write_text("one\ntwo\n")

    def fail(frame):
        raise RuntimeError(f"bad block of {frame.height} lines")

    with pytest.raises(RuntimeError, match="bad block of 2 lines"):
        list(sources.prepared_frames(path, fail))
    assert [f.count for f in sources.line_frames(path)] == [2]
