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
WORD = re.compile(r"[A-Za-z]{2,}")
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
    """The number as dialled inside the UK: "+44 (0)7700 900361" -> "07700900361"."""
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0044"):
        digits = digits[2:]
    if digits.startswith("44"):
        return "0" + digits[2:].lstrip("0")
    return digits


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
            if lexicon.NOT_A_PHONE.search(before) and not lexicon.OWN_DETAIL_CUE.search(before):
                continue  # an order or reference number, but "my new number 07…" is a phone
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
        """A personal detail is the author's unless the words around it give it to someone else.

        Whose is it? "my number", "new number", "text me on" make it the author's; "their number",
        "ring them on" give it to the party just named; a business, a venue, a tradesperson or a
        recommendation ("huge thanks to…", "if anyone needs a plumber") in the sentence, with no
        "me"/"my" in it, make it theirs.
        """
        if context.kind == "profile":
            return True
        text = context.text
        sentence = context.sentence_at(start)
        lead_in = text[max(sentence.start, start - 45) : start]
        own = lexicon.OWN_DETAIL_CUE.search(lead_in)
        theirs = lexicon.THEIR_DETAIL_CUE.search(lead_in) or lexicon.POSSESSIVE_NUMBER.search(lead_in)
        if own and not (theirs and theirs.end() >= own.end()):
            return True  # "my new number", but not "my husband's new number"
        if theirs:
            return False
        scope = sentence.start
        if len(WORD.findall(text, sentence.start, sentence.end)) <= 2:
            scope = context.previous_sentence_start(sentence)  # "Thanks to Acme Plumbing! 01632 960333"
        # the detail itself is left out: "14 Church Lane" is not a church, "Hotel Road" not a hotel
        business = any(
            lexicon.BUSINESS.search(text, a, b) or lexicon.RECOMMENDING.search(text, a, b)
            for a, b in ((scope, start), (end, sentence.end))
        )
        if not business and scope == sentence.start and sentence.start > 0:
            # "Can't recommend Acme Roofing enough. Acme, 01632 960218": the firm is named just before
            previous = context.previous_sentence_start(sentence)
            business = bool(
                lexicon.BUSINESS.search(text, previous, sentence.start)
                or lexicon.RECOMMENDING.search(text, previous, sentence.start)
            )
        if not business:
            return True
        if any(lexicon.RECOMMENDING.search(text, a, b) for a, b in ((scope, start), (end, sentence.end))):
            return False  # praise for a firm ("brilliant mechanic, sorted my clutch"): their number
        first_person = re.search(r"\b(?:me|my|mine)\b", text[scope : sentence.end], re.IGNORECASE)
        return first_person is not None
