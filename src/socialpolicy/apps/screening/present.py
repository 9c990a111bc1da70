"""What the page shows for a result: the draft cut into marked and unmarked pieces, each finding
with its clause from the clause library, and the verdict in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from socialpolicy.engines.clauses import UnknownClause, get_clause
from socialpolicy.engines.screening import Finding, Result

VERDICTS = {
    "ok": ("OK to post", "We found nothing in this draft that goes against the policy."),
    "review": (
        "Review before posting",
        "Parts of this draft may go against the policy. Look again at the highlighted words before you post.",
    ),
    "block": (
        "Do not post",
        "This draft goes against the policy as written. Change the highlighted words, or do not post it.",
    ),
}
SEVERITY_WORDS = {"block": "Do not post", "warn": "Look again"}


@dataclass(frozen=True)
class ShownFinding:
    number: int
    clause: str
    clause_title: str
    clause_summary: str
    severity: str
    severity_words: str
    evidence: str
    message: str


@dataclass(frozen=True)
class Piece:
    text: str
    numbers: tuple[int, ...]  # the findings covering this piece (empty: not marked)
    severity: str = ""

    @property
    def label(self) -> str:
        joined = ", ".join(str(n) for n in self.numbers)
        return f"finding {joined}" if len(self.numbers) == 1 else f"findings {joined}"


def shown_findings(findings: tuple[Finding, ...]) -> list[ShownFinding]:
    shown = []
    for number, finding in enumerate(findings, start=1):
        try:
            clause = get_clause(finding.clause)
            title, summary = clause.title, clause.summary
        except UnknownClause:
            title, summary = f"Clause {finding.clause}", ""
        shown.append(
            ShownFinding(
                number=number,
                clause=finding.clause,
                clause_title=title,
                clause_summary=summary,
                severity=str(finding.severity),
                severity_words=SEVERITY_WORDS.get(str(finding.severity), str(finding.severity)),
                evidence=finding.evidence,
                message=finding.message,
            )
        )
    return shown


def pieces(text: str, findings: tuple[Finding, ...]) -> list[Piece]:
    """The text split at every finding's start and end; overlapping findings share a piece."""
    spans = [(max(0, f.start), min(len(text), f.end), n, str(f.severity)) for n, f in enumerate(findings, 1)]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    result: list[Piece] = []
    for start, end in zip(cuts, cuts[1:]):
        if start >= end:
            continue
        covering = [(n, sev) for s, e, n, sev in spans if s <= start and end <= e]
        numbers = tuple(n for n, _ in covering)
        severity = "block" if any(sev == "block" for _, sev in covering) else ("warn" if covering else "")
        result.append(Piece(text[start:end], numbers, severity))
    return result


def verdict_words(result: Result) -> tuple[str, str, str]:
    """(verdict code, headline, explanation)."""
    code = str(result.verdict)
    headline, explanation = VERDICTS[code]
    return code, headline, explanation
