"""The author's own home address or phone number on a personal account (5.10)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register

# "call Harbour Plaice on 0…": the number belongs to the named party, not the author.
NAMED_PARTY_BEFORE = re.compile(
    r"(?i:call|ring|phone|contact|text|whatsapp)\s+(?i:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}(?:on|at)\s*:?\s*$"
)
# Cheap pre-filter before the (slower) phonenumbers matcher: a run of at least nine digits.
PHONE_CANDIDATE = re.compile(r"(?:\+\s?44|\(?0)[\d\s()\-]{8,}\d")
SERVICE_PREFIXES = (
    "0800",
    "0808",
    "0300",
    "0345",
    "0845",
    "0870",
    "0843",
    "0844",
    "116",
    "111",
    "999",
    "0500",
)


def _digits(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    return "0" + digits[2:] if digits.startswith("44") else digits


@register
class PersonalDetailsRule(Rule):
    code = "personal-details"
    clause = "5.10"
    severity = Severity.BLOCK
    audiences = frozenset({"personal"})
    description = (
        "The author's own phone number or home address (house number and street, or postcode). Numbers and "
        "addresses of businesses, helplines and services are not flagged."
    )
    advice = (
        "Do not publish your own phone number or home address. Ask people to message you privately, or "
        "share a business or public contact instead."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        yield from self._phones(context)
        yield from self._addresses(context)

    def _phones(self, context: Context) -> Iterator[Hit]:
        text = context.text
        if not PHONE_CANDIDATE.search(text):
            return
        matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
        for match in matcher:
            digits = _digits(match.raw_string)
            if not digits.startswith("0") or not 10 <= len(digits) <= 11:
                continue
            if digits.startswith(SERVICE_PREFIXES):
                continue
            before = text[max(0, match.start - 20) : match.start]
            if lexicon.NOT_A_PHONE.search(before):
                continue
            if NAMED_PARTY_BEFORE.search(text[max(0, match.start - 60) : match.start]):
                continue
            if not self._looks_own(context, match.start, match.end):
                continue
            yield Hit(match.start, match.end, "a phone number that looks like the author's own")

    def _addresses(self, context: Context) -> Iterator[Hit]:
        text = context.text
        spans = [(m.start(), m.end(), "a street address") for m in lexicon.STREET_ADDRESS.finditer(text)]
        spans += [(m.start(), m.end(), "a postcode") for m in lexicon.POSTCODE.finditer(text)]
        for start, end, what in spans:
            if self._looks_own(context, start, end):
                yield Hit(start, end, f"{what} that looks like the author's home")

    def _looks_own(self, context: Context, start: int, end: int) -> bool:
        """A personal detail is the author's unless the words around it point to a business or service."""
        if context.kind == "profile":
            return True
        sentence = context.sentence_at(start)
        business = lexicon.BUSINESS.search(context.text, sentence.start, sentence.end)
        if business is None:
            return True
        first_person = re.search(
            r"\b(?:me|my|mine)\b", context.text[sentence.start : sentence.end], re.IGNORECASE
        )
        return first_person is not None
