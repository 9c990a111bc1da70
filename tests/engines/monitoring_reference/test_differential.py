"""Differential test: the real ``monitor scan`` CLI against the simple reference (``reference.py``).

Random seeded org folders and logs (``gen.py``) in each log format, in Europe/London (the default,
no ``timezone`` key) and America/New_York, around both clock changes of the year. Findings (every
field), ``unknown`` and ``stats`` must agree exactly. Before trusting the reference, it is checked
against the shared example's expected output.
"""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

from tests.engines.monitoring_reference.gen import build_case
from tests.engines.monitoring_reference.harness import differences, run_engine
from tests.engines.monitoring_reference.reference import scan

EXAMPLE = Path(__file__).resolve().parents[3].parent / "shared" / "examples" / "monitoring"

SEEDS = (1, 2, 3, 4)
FORMATS = ("squid", "csv", "jsonl")
ZONES = (None, "America/New_York")


@pytest.mark.skipif(
    not (EXAMPLE / "expected.json").exists(), reason="shared monitoring example not available"
)
def test_reference_reproduces_the_shared_example():
    expected = json.loads((EXAMPLE / "expected.json").read_text())
    got = scan(EXAMPLE / "org", sorted(glob.glob(str(EXAMPLE / "logs" / "*"))), "squid")

    def key(f):
        return tuple(
            f[k]
            for k in (
                "person",
                "date",
                "site",
                "clause",
                "ownership",
                "active_minutes",
                "requests",
                "first_seen",
                "last_seen",
                "severity",
            )
        )

    assert sorted(map(key, got["findings"])) == sorted(map(key, expected["findings"]))
    for stat in ("lines", "matched", "unparsed"):
        assert got["stats"][stat] == expected["stats"][stat]


@pytest.mark.parametrize("zone", ZONES, ids=lambda z: z or "default-london")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_engine_agrees_with_reference(tmp_path, seed, fmt, zone):
    org, logs = build_case(tmp_path, seed, fmt, zone)
    engine = run_engine(org, logs, fmt)
    reference = scan(org, logs, fmt)
    # the generator must actually exercise the rules, or agreement means little
    clauses = {f["clause"] for f in reference["findings"]}
    assert clauses == {"5.2", "5.3"}
    assert reference["unknown"] and reference["stats"]["unparsed"]
    assert all("clause" not in u for u in engine["unknown"])
    assert differences(engine, reference) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_detected_when_not_given(tmp_path, fmt):
    org, logs = build_case(tmp_path, 11, fmt, None)
    assert differences(run_engine(org, logs, None), scan(org, logs, fmt)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_other_thresholds(tmp_path, fmt):
    """Thresholds are settings: move each one and the engine must still agree."""
    org, logs = build_case(tmp_path, 12, fmt, "Europe/London")
    options = [
        "--trust-device-min-minutes",
        "4",
        "--linkedin-max-minutes",
        "6",
        "--own-device-min-minutes",
        "2",
        "--block-from-minutes",
        "7",
    ]
    reference = scan(org, logs, fmt, trust_minutes=4, linkedin_minutes=6, personal_minutes=2, block_minutes=7)
    assert differences(run_engine(org, logs, fmt, *options), reference) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_small_read_blocks(tmp_path, fmt, monkeypatch):
    """The engine reads files in blocks of whole lines; tiny blocks must not change the answer."""
    from socialpolicy.engines.monitoring import sources

    monkeypatch.setattr(sources, "BLOCK_BYTES", 16_384)
    org, logs = build_case(tmp_path, 13, fmt, "America/New_York")
    assert differences(run_engine(org, logs, fmt), scan(org, logs, fmt)) == []
