"""Speaking to the press or for the trust without approval (6.12)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register
from socialpolicy.engines.screening.roster import normalise_handle

SOMEONE_ELSE_SPEAKS = re.compile(
    r"\b(?:our|the) (?:ceo|chief executive|deputy ceo|head(?:teacher)?|principal|trust|press office|"
    r"comms team)\b",
    re.IGNORECASE,
)
# A tagged handle that is unmistakably a news outlet or reporter (stricter than a reply's recipient).
NEWS_HANDLE = re.compile(
    r"news|echo|gazette|herald|chronicle|argus|courier|advertiser|examiner|bbc|itv|radio|reporter|journo|"
    r"newsdesk",
    re.IGNORECASE,
)
# Somebody else went to the press ("a parent went to the papers"), not the author.
THIRD_PARTY_SUBJECT = re.compile(
    r"\b(?:someone|somebody|a parent|some parents|parents|a colleague|a governor|a mum|a dad|he|she|they)"
    r"(?:'s|’s| has| have| had)?\s+(?:already\s+|apparently\s+|even\s+)?$",
    re.IGNORECASE,
)
JOURNALIST = re.compile(r"journalist|reporter|press|newspaper|paper|editor", re.IGNORECASE)
ORG_THEN_STATEMENT = re.compile(r"^(?:'s|’s)?\s*(?:official\s+)?(?:statement|response)\b", re.IGNORECASE)
BEHALF_BEFORE = re.compile(
    r"(?:on behalf of|statement (?:from|by)|response (?:from|of))\s+(?:the\s+)?$", re.IGNORECASE
)


# Outlet names that are everyday phrases when not written as a title: "county standard", "good news",
# "first post", "reading journal", "bench press" (but "Evening Standard", "local news", "Black Country Star").
AMBIGUOUS_OUTLET = re.compile(
    r"([\w'’]+) (?:standard|star|times|post|mail|journal|news|press|express|fm|observer|examiner|"
    r"advertiser|mercury|telegraph|chronicle|courier|herald|echo|argus)",
    re.IGNORECASE,
)
PRESS_QUALIFIER = re.compile(r"local|regional|national|evening|daily|weekly|sunday|sky|bbc|itv|the", re.I)


def _common_phrase(press: str) -> bool:
    """A lower-case word before an outlet word is an everyday phrase, not a newspaper's title."""
    match = AMBIGUOUS_OUTLET.fullmatch(press)
    if match is None:
        return False
    first = match.group(1)
    return first[:1].islower() and PRESS_QUALIFIER.fullmatch(first) is None


def _about_work_or_offer(context: Context) -> bool:
    """A public reply to a news account answers the press only when it is about work or offers to
    talk: "lovely photos of the festival" under the paper's post is everyday chat."""
    prose = context.prose
    return bool(
        context.local_work_refs
        or context.org_mentions
        or context.pupil_mentions
        or context.staff_mentions
        or lexicon.GENERIC_ORG.search(context.text)
        or lexicon.OFFER_TO_TALK.search(prose)
        or lexicon.ENGAGE_PRESS.search(prose)
    )


def _press_target(context: Context) -> tuple[int, int] | None:
    """The journalist or news outlet the draft answers, if any."""
    draft = context.draft
    for segment in (draft.recipient_note, draft.recipient):
        if segment is not None and lexicon.PRESS.search(segment.text):
            return segment.start, segment.end
    targets = [draft.reply_to, draft.recipient] if draft.kind in ("comment", "message") else []
    for segment in targets:
        is_handle = segment is not None and segment.text.startswith("@")
        if (
            segment is not None
            and is_handle
            and lexicon.PRESS_HANDLE_PART.search(normalise_handle(segment.text))
            and (draft.kind == "message" or _about_work_or_offer(context))
        ):
            return segment.start, segment.end
    offer = lexicon.OFFER_TO_TALK.search(context.prose)
    if offer:
        # "@CountyLiveNews DM me, I'll tell you what happened" in a post: an outlet tagged, an offer made
        for tag in draft.tags:
            if NEWS_HANDLE.search(normalise_handle(tag.text)):
                sentence = context.sentence_at(tag.start)
                return tag.start, sentence.end
        # "Any journalists looking into this, my DMs are open": the press called on, an open door
        call = lexicon.CALL_TO_PRESS.search(context.prose)
        if call:
            return call.start(), context.sentence_at(offer.start()).end
    return None


@register
class PressRule(Rule):
    code = "press-or-official-statement"
    clause = "6.12"
    severity = Severity.BLOCK
    description = (
        "Answering or offering to talk to journalists or broadcasters (anyone but the CEO); on a school "
        "account, a statement 'on behalf of' the trust or an academy by anyone but the CEO (or that "
        "academy's head). Politely passing a journalist on to the trust is not flagged."
    )
    advice = (
        "Do not answer the press yourself: pass the enquiry to the CEO's office. Statements on behalf of "
        "the trust or an academy need approval from the CEO or the head."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        author = context.author
        if author is not None and author.speaks_for_trust:
            return
        yield from self._press(context)
        if context.audience == "professional":
            yield from self._statement(context)

    def _press(self, context: Context) -> Iterator[Hit]:
        text = context.prose
        if lexicon.REDIRECT_PRESS.search(text) and not lexicon.OFFER_TO_TALK.search(text):
            return  # passing the journalist on, unless the author also offers to talk
        target = _press_target(context)
        if target is not None:
            body = context.draft.body
            if body is not None and body.text:
                yield Hit(target[0], body.end, "answers a journalist or news outlet")
            return
        for engage in lexicon.ENGAGE_PRESS.finditer(text):
            sentence = context.sentence_at(engage.start())
            if SOMEONE_ELSE_SPEAKS.search(context.text, sentence.start, engage.start()):
                continue  # reporting that the CEO or the trust speaks is not the author speaking
            if THIRD_PARTY_SUBJECT.search(
                context.text, max(sentence.start, engage.start() - 30), engage.start()
            ):
                continue  # "a parent went to the papers": someone else, not the author
            # "A reporter asked me about X. Told her I'd ring her back": the outlet may be a sentence earlier.
            window = context.previous_sentence_start(sentence)
            press = lexicon.PRESS.search(context.text, window, sentence.end)
            if press is not None and _common_phrase(press.group()):
                press = None  # "county standard", "first post", "bench press": not an outlet
            journalist = press is not None and JOURNALIST.search(press.group()) is not None
            work = context.local_work_refs or context.org_mentions or lexicon.GENERIC_ORG.search(context.text)
            if press and (journalist or work):
                yield Hit(sentence.start, sentence.end, "offers to talk to the press about work")
                return

    def _statement(self, context: Context) -> Iterator[Hit]:
        text = context.text
        author = context.author
        for start, end, org_name in context.org_mentions:
            after = ORG_THEN_STATEMENT.search(text[end : end + 30])
            before = BEHALF_BEFORE.search(text[max(0, start - 30) : start])
            if not (after or before):
                continue
            if author is not None and author.heads_academy(org_name.academy_code):
                continue  # a head may speak for their own academy
            sentence = context.sentence_at(start)
            span_start = start - (before.end() - before.start()) if before else start
            yield Hit(
                min(span_start, sentence.start),
                sentence.end,
                "a statement on behalf of the trust or an academy",
            )
            return
        for claim in lexicon.OFFICIAL_VIEW.finditer(text):
            sentence = context.sentence_at(claim.start())
            yield Hit(sentence.start, sentence.end, "claims to give the official view")
            return
