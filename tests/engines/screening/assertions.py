"""The two checks every family of screening tests makes, with messages that show what was found."""

from __future__ import annotations

from socialpolicy.engines.screening import Result


def clauses(result: Result) -> set[str]:
    return {finding.clause for finding in result.findings}


def assert_reports(result: Result, expected: set[str], why: str = "") -> None:
    """Every expected clause is reported (others may be too)."""
    reported = clauses(result)
    missing = expected - reported
    assert not missing, f"{why + ': ' if why else ''}missing {missing}: got {reported}"


def assert_not_reported(result: Result, forbidden: set[str], why: str = "") -> None:
    """None of the forbidden clauses is reported."""
    wrong = [(f.clause, f.evidence) for f in result.findings if f.clause in forbidden]
    assert not wrong, f"{why + ': ' if why else ''}reported {wrong}"
