"""The trust's logos on personal space, or a personal account speaking for the trust (5.9)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register

VIEW_AFTER_ORG = re.compile(
    r"^(?:'s|’s)?\s+(?:official\s+)?(?:stance|view|position|line)\s+(?:is|on)\b|^(?:'s|’s)?\s+official\b"
    r"|^(?:'s|’s)\s+behalf\b",
    re.IGNORECASE,
)
BEHALF_BEFORE_ORG = re.compile(
    r"(?:on behalf of|speaking for|speak for|i represent|representing|we at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "I can tell you on the school's behalf…": the generic form, on a personal account only.
GENERIC_BEHALF = re.compile(r"\bon (?:the|my|our) (?:school|academy|trust)(?:'s|’s) behalf\b", re.IGNORECASE)


@register
class BrandRule(Rule):
    code = "brand-or-official-view"
    clause = "5.9"
    severity = Severity.WARN
    audiences = frozenset({"personal"})
    description = (
        "A trust or academy logo, crest or badge in a personal post or avatar; or a personal account "
        "claiming to give the trust's or an academy's official view."
    )
    advice = (
        "Keep school logos and crests off personal accounts, and make clear you speak for yourself. "
        "Official views come from the trust's own channels."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        yield from self._logos(context)
        yield from self._official_view(context)

    def _logos(self, context: Context) -> Iterator[Hit]:
        places = [(a.start, a.end) for a in context.draft.attachments_of("image", "photo", "video")]
        avatar = context.draft.fields.get("avatar")
        if avatar is not None:
            places.append((avatar.start, avatar.end))
        for start, end in places:
            if not lexicon.LOGO.search(context.text, start, end):
                continue
            ours = any(start <= s < end for s, _, _ in context.org_mentions)
            if ours or lexicon.GENERIC_ORG.search(context.text, start, end):
                yield Hit(start, end, "a school or trust logo")

    def _official_view(self, context: Context) -> Iterator[Hit]:
        text = context.text
        for claim in lexicon.OFFICIAL_VIEW.finditer(text):
            sentence = context.sentence_at(claim.start())
            yield Hit(sentence.start, sentence.end, "claims to give the school's official view")
            return
        behalf = GENERIC_BEHALF.search(text)
        if behalf:
            sentence = context.sentence_at(behalf.start())
            yield Hit(sentence.start, sentence.end, "claims to give the school's official view")
            return
        for start, end, _ in context.org_mentions:
            if VIEW_AFTER_ORG.search(text[end : end + 40]) or BEHALF_BEFORE_ORG.search(
                text[max(0, start - 25) : start]
            ):
                sentence = context.sentence_at(start)
                yield Hit(sentence.start, sentence.end, "claims to give the school's official view")
                return
