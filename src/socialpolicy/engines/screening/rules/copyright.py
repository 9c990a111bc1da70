"""Other people's work used without permission or credit (5.8.3)."""

from __future__ import annotations

from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register


@register
class CopyrightRule(Rule):
    code = "copyright"
    clause = "5.8.3"
    severity = Severity.WARN
    audiences = frozenset({"personal"})
    description = (
        "Removing a watermark, or copying, scanning or recording someone else's or paid-for material to "
        "share it. Credited, permitted or own work is not flagged."
    )
    advice = (
        "Only share others' pictures, writing or recordings with permission and a credit. Link to the "
        "original instead of copying it, and never remove a watermark."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        text = context.text
        watermark = lexicon.WATERMARK_REMOVED.search(text)
        if watermark:
            yield Hit(watermark.start(), watermark.end(), "a watermark removed")
            return
        removed = lexicon.CREDIT_REMOVED.search(text)
        if removed:
            where = context.attachment_at(removed.start()) or context.sentence_at(removed.start())
            yield Hit(where.start, where.end, "the creator's name or credit taken off")
            return
        passing_off = lexicon.PASSING_OFF.search(text)
        if passing_off:
            claim = context.sentence_at(passing_off.start())
            yield Hit(claim.start, claim.end, "someone else's work presented as the author's own")
            return
        pirated = lexicon.PIRATED.search(text)
        if pirated:
            where = context.attachment_at(pirated.start()) or context.sentence_at(pirated.start())
            yield Hit(where.start, where.end, "a pirated copy or stream")
            return
        if lexicon.CREDITED.search(text):
            return
        character = lexicon.CHARACTERS.search(text)
        if character and lexicon.COMMERCIAL.search(text) and lexicon.HOMEMADE.search(text):
            where = context.attachment_at(character.start()) or context.sentence_at(character.start())
            yield Hit(where.start, where.end, "someone else's characters on things to sell")
            return
        uncredited = lexicon.UNCREDITED.search(text)
        if uncredited and (context.draft.attachments or lexicon.PAID_OR_OTHERS.search(text)):
            where = context.attachment_at(uncredited.start()) or context.sentence_at(uncredited.start())
            yield Hit(where.start, where.end, "someone else's work shared without credit")
            return
        claimed = self._others_work_claimed(context)
        if claimed is not None:
            yield claimed
            return
        copied = lexicon.COPIED.search(text)
        if copied and lexicon.WHOLE_WRITING.search(text) and not lexicon.OWN_WRITING.search(text):
            # "copied the whole thread below": someone else's writing reposted in full
            where = context.attachment_at(copied.start()) or context.sentence_at(copied.start())
            yield Hit(where.start, where.end, "a whole thread or article copied into the post")
            return
        if copied and lexicon.PAID_OR_OTHERS.search(text):
            where = context.attachment_at(copied.start()) or context.sentence_at(copied.start())
            yield Hit(where.start, where.end, "someone else's or paid-for work copied to share")
            return
        shared = lexicon.SHARE_COPIES.search(text)
        if shared and lexicon.PAID_MATERIAL.search(text) and not lexicon.LINK_TO_SOURCE.search(text):
            where = context.attachment_at(shared.start()) or context.sentence_at(shared.start())
            yield Hit(where.start, where.end, "paid-for material handed out for free")

    @staticmethod
    def _others_work_claimed(context: Context) -> Hit | None:
        """Someone else's named work ("@MissPatel's worksheet") next to the author claiming it as theirs."""
        others = lexicon.OTHERS_WORK.search(context.text)
        if others is None or lexicon.OWN_CLAIM.search(context.text) is None:
            return None
        where = context.attachment_at(others.start()) or context.sentence_at(others.start())
        return Hit(where.start, where.end, "someone else's work presented as the author's own")
