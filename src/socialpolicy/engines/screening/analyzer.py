"""The analyzer: choose the rules for a draft, run them, merge overlaps, give a verdict.

``analyze_many`` works through drafts in chunks so the offensive-language model, when any rule
asks for it, is called once per chunk instead of once per draft, while results still stream.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from socialpolicy.engines.screening import rules as _builtin_rules  # noqa: F401  (registers the rules)
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.draft import parse_draft
from socialpolicy.engines.screening.model import (
    AUDIENCES,
    KINDS,
    DraftInput,
    Finding,
    Result,
    Severity,
    verdict_for,
)
from socialpolicy.engines.screening.registry import RuleRegistry, default_registry
from socialpolicy.engines.screening.roster import Roster
from socialpolicy.engines.screening.sentiment import profanity_probabilities

DEFAULT_CHUNK = 256


class DraftError(ValueError):
    """A draft the analyzer cannot check (unknown kind or audience, text not a string)."""


def validate(draft: DraftInput) -> None:
    if not isinstance(draft.text, str):
        raise DraftError("'text' must be a string")
    if draft.kind not in KINDS:
        raise DraftError(f"unknown kind {draft.kind!r} (use {', '.join(KINDS)})")
    if draft.audience not in AUDIENCES:
        raise DraftError(f"unknown audience {draft.audience!r} (use {', '.join(AUDIENCES)})")


class Analyzer:
    def __init__(
        self, roster: Roster, registry: RuleRegistry | None = None, *, chunk_size: int = DEFAULT_CHUNK
    ):
        self.roster = roster
        self.registry = registry or default_registry
        self.chunk_size = chunk_size

    def analyze(self, draft: DraftInput) -> Result:
        return next(self.analyze_many([draft]))

    def analyze_many(self, drafts: Iterable[DraftInput]) -> Iterator[Result]:
        iterator = iter(drafts)
        while chunk := list(islice(iterator, self.chunk_size)):
            yield from self.analyze_batch(chunk)

    def analyze_batch(self, drafts: list[DraftInput]) -> list[Result]:
        """Check a list of drafts together (one model call for all of them)."""
        for draft in drafts:
            validate(draft)
        contexts = [Context(parse_draft(d), self.roster) for d in drafts]
        selected = [self.registry.for_draft(d.kind, d.audience) for d in drafts]
        wanting = [
            i
            for i, (context, rules) in enumerate(zip(contexts, selected))
            if any(r.wants_profanity_score(context) for r in rules)
        ]
        for index, probability in zip(wanting, profanity_probabilities([contexts[i].text for i in wanting])):
            contexts[index].profanity_probability = probability
        return [self._run(context, rules) for context, rules in zip(contexts, selected)]

    def _run(self, context: Context, rules: Iterable) -> Result:
        findings: list[Finding] = []
        for rule in rules:
            findings.extend(rule.findings(context))
        merged = merge_overlaps(findings)
        notes = []
        if context.draft.source.author and context.author is None:
            notes.append(
                "author not found in the organisation folder: checked as an ordinary member of staff"
            )
        return Result(verdict=verdict_for(merged), findings=merged, notes=tuple(notes))


def merge_overlaps(findings: list[Finding]) -> tuple[Finding, ...]:
    """One finding per clause and stretch of text: blocking beats warning, then the longer span wins."""
    ranked = sorted(
        findings, key=lambda f: (f.severity is not Severity.BLOCK, -(f.end - f.start), f.start, f.code)
    )
    kept: list[Finding] = []
    for finding in ranked:
        if any(k.clause == finding.clause and k.start < finding.end and finding.start < k.end for k in kept):
            continue
        kept.append(finding)
    kept.sort(key=lambda f: (f.start, f.end, f.clause))
    return tuple(kept)
