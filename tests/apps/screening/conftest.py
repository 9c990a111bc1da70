from __future__ import annotations

from pathlib import Path

import pytest

from socialpolicy.apps.screening.roster import forget_roster

EXAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "examples" / "screening"


@pytest.fixture(autouse=True)
def fresh_roster():
    """Each test starts without a cached roster (tests reuse ids after rolling back)."""
    forget_roster()
    yield
    forget_roster()
