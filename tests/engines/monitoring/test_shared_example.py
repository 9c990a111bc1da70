"""The shared monitoring example (../shared/examples/monitoring) against its expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialpolicy.engines.monitoring import scan

REPO_ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = REPO_ROOT.parent / "shared" / "examples" / "monitoring"

pytestmark = pytest.mark.skipif(not (EXAMPLE / "expected.json").exists(), reason="shared example not present")


def test_findings_and_active_minutes_match_expected():
    expected = json.loads((EXAMPLE / "expected.json").read_text())
    result = scan(EXAMPLE / "org", sorted((EXAMPLE / "logs").iterdir()), log_format="squid")
    got = {(f.person, f.date, f.site, f.clause): f.active_minutes for f in result.findings}
    want = {
        (f["person"], f["date"], f["site"], f["clause"]): f["active_minutes"] for f in expected["findings"]
    }
    assert got == want
    assert result.stats.unparsed == expected["stats"]["unparsed"]
