"""Rules and their registry, in the manner of presidio-analyzer's recognizers.

A rule declares what it looks for at class level (``code``, ``clause``, ``severity``, the kinds
and audiences it applies to, the advice) and implements ``find``. Rules join a registry with the
:func:`RuleRegistry.register` decorator; the analyzer asks the registry which rules apply to a
draft, so adding a rule never means editing a central function.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeVar

from socialpolicy.engines.screening.model import AUDIENCES, KINDS, Finding, Severity

if TYPE_CHECKING:
    from socialpolicy.engines.screening.context import Context


@dataclass(frozen=True)
class Hit:
    """A rule's raw result: a span, why it fired and (optionally) a message for this case."""

    start: int
    end: int
    why: str
    message: str | None = None


class Rule:
    code: ClassVar[str]
    clause: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARN
    kinds: ClassVar[frozenset[str]] = frozenset(KINDS)
    audiences: ClassVar[frozenset[str]] = frozenset(AUDIENCES)
    description: ClassVar[str] = ""  # what the rule looks for (README, explanations)
    advice: ClassVar[str] = ""  # what to do instead, in plain English

    def applies_to(self, kind: str, audience: str) -> bool:
        return kind in self.kinds and audience in self.audiences

    def wants_profanity_score(self, context: Context) -> bool:
        """Cheap pre-filter: ask the analyzer to score this draft with the profanity model."""
        return False

    def find(self, context: Context) -> Iterable[Hit]:
        raise NotImplementedError

    def findings(self, context: Context) -> Iterator[Finding]:
        text = context.text
        for hit in self.find(context):
            start, end = _trim_span(text, hit.start, hit.end)
            if end <= start:
                continue
            yield Finding(
                clause=self.clause,
                code=self.code,
                severity=self.severity,
                start=start,
                end=end,
                evidence=text[start:end],
                message=hit.message or self.advice,
                explanation=f"{self.code}: {hit.why}",
            )


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


RuleType = TypeVar("RuleType", bound=type[Rule])


class RuleRegistry:
    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def register(self, rule_class: RuleType) -> RuleType:
        """Class decorator: instantiate the rule once and add it under its code."""
        self.add(rule_class())
        return rule_class

    def add(self, rule: Rule) -> None:
        if rule.code in self._rules:
            raise ValueError(f"a rule with code {rule.code!r} is already registered")
        self._rules[rule.code] = rule

    def remove(self, code: str) -> None:
        del self._rules[code]

    def get(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def for_draft(self, kind: str, audience: str) -> tuple[Rule, ...]:
        return tuple(r for r in self._rules.values() if r.applies_to(kind, audience))


default_registry = RuleRegistry()
register = default_registry.register
