"""Run the real CLI and the reference on the same inputs and describe every difference."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import datetime

from socialpolicy.engines.monitoring.cli import main
from tests.engines.monitoring_reference.reference import scan

FINDING_KEYS = ("person", "date", "site", "clause", "ownership")
FINDING_VALUES = ("active_minutes", "requests", "first_seen", "last_seen", "severity")
UNKNOWN_KEYS = ("person", "date", "site")
UNKNOWN_VALUES = ("active_minutes", "requests")


def run_engine(org, logs, fmt: str | None, *options: str) -> dict:
    """The CLI in-process; ``fmt=None`` leaves the log format to the engine's detection."""
    out = io.StringIO()
    chosen = ["--log-format", fmt] if fmt else []
    with contextlib.redirect_stdout(out):
        status = main(["scan", "--org", str(org), *chosen, "--format", "json", *options, *map(str, logs)])
    assert status in (0, 1), f"exit status {status}"
    return json.loads(out.getvalue())


def _instant(text: str):
    moment = datetime.fromisoformat(text)
    return (moment.timestamp(), moment.utcoffset())


def _norm(rows, keys, values) -> dict:
    table = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        assert key not in table, f"duplicate row {key}"
        table[key] = {v: (_instant(row[v]) if v in ("first_seen", "last_seen") else row[v]) for v in values}
    return table


def differences(engine: dict, reference: dict) -> list[str]:
    """Human-readable differences; empty when the engine agrees with the reference."""
    out = []
    for name, keys, values in (
        ("findings", FINDING_KEYS, FINDING_VALUES),
        ("unknown", UNKNOWN_KEYS, UNKNOWN_VALUES),
    ):
        got = _norm(engine[name], keys, values)
        want = _norm(reference[name], keys, values)
        for key in sorted(set(got) | set(want)):
            if key not in got:
                out.append(f"{name}: engine lacks {key} {want[key]}")
            elif key not in want:
                out.append(f"{name}: engine has extra {key} {got[key]}")
            elif got[key] != want[key]:
                diff = {v: (got[key][v], want[key][v]) for v in values if got[key][v] != want[key][v]}
                out.append(f"{name}: {key} engine vs reference {diff}")
    for stat in ("lines", "matched", "unparsed"):
        if engine["stats"][stat] != reference["stats"][stat]:
            out.append(
                f"stats.{stat}: engine {engine['stats'][stat]} vs reference {reference['stats'][stat]}"
            )
    return out


def compare(org, logs, fmt: str) -> list[str]:
    return differences(run_engine(org, logs, fmt), scan(org, logs, fmt))
