"""Value objects of the screening engine: drafts in, findings and results out. All frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

KINDS = ("post", "profile", "comment", "message")
AUDIENCES = ("personal", "professional")


class Severity(StrEnum):
    """``block``: do not post as written. ``warn``: a person should look again before posting."""

    BLOCK = "block"
    WARN = "warn"


class Verdict(StrEnum):
    OK = "ok"
    REVIEW = "review"
    BLOCK = "block"


@dataclass(frozen=True)
class DraftInput:
    """What the author asks us to check (CONTRACTS.md section 3)."""

    text: str
    kind: str = "post"
    audience: str = "personal"
    author: str | None = None


@dataclass(frozen=True)
class Finding:
    """One thing a rule found, with the exact text it points at and what to do instead.

    ``start``/``end`` are Python string indices (Unicode code points) into the draft text, end
    exclusive; ``evidence`` is ``text[start:end]``. ``explanation`` says why the rule fired, in the
    manner of presidio's analysis explanation.
    """

    clause: str
    code: str
    severity: Severity
    start: int
    end: int
    evidence: str
    message: str
    explanation: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "clause": self.clause,
            "code": self.code,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "message": self.message,
        }


@dataclass(frozen=True)
class Result:
    """The verdict on one draft, its findings (sorted by position) and any side notes."""

    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "verdict": str(self.verdict),
            "findings": [f.as_json() for f in self.findings],
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data

    @property
    def clauses(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.clause for f in self.findings))


def verdict_for(findings: tuple[Finding, ...]) -> Verdict:
    if any(f.severity is Severity.BLOCK for f in findings):
        return Verdict.BLOCK
    if findings:
        return Verdict.REVIEW
    return Verdict.OK
