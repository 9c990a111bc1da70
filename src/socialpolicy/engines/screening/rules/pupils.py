"""Pupils: contact (5.4), naming (5.8.2), pictures (5.11), tags and trip locations (5.12), consent (6.10)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context, PupilMention
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register
from socialpolicy.engines.screening.roster import PUPIL_FIRST, PUPIL_FULL, STAFF_FULL

PERSONAL = frozenset({"personal"})
PROFESSIONAL = frozenset({"professional"})
NO_PUPILS_PICTURED = lexicon.words(
    r"no (?:pupils|children|kids|students|people)",
    r"empty",
    r"without (?:pupils|children|kids|students)",
)
PARENTS_BEFORE = re.compile(r"\b(?:parents?|mums?|dads?|carers?|families)\b", re.IGNORECASE)
PARENTS_NEAR = re.compile(
    r"\b(?:parents?|mums?|dads?|mothers?|fathers?|carers?|famil(?:y|ies))\b", re.IGNORECASE
)


def _recipient_pupil(context: Context) -> PupilMention | None:
    """The pupil a message or a comment is addressed to, if any."""
    draft = context.draft
    target = draft.recipient if draft.kind == "message" else draft.reply_to
    if target is None:
        return None
    note = draft.recipient_note if draft.kind == "message" else None
    if note is not None and lexicon.PUPIL_GROUP.search(note.text):
        # "To: Kai (Y9)": the note says the recipient is a pupil.
        return PupilMention(target.start, target.end, (), "described", False)
    for mention in context.pupil_mentions:
        if target.start <= mention.start < target.end and mention.how != "first-name":
            return mention
        if mention.how == "first-name" and mention.start == target.start and mention.end == target.end:
            return mention
    return None


def _names_other_than_pupils(text: str, group: re.Match[str]) -> bool:
    """ "Y5 slide bank", "Y6 teachers", "my Year 11 parents": the year group qualifies something else."""
    if PARENTS_BEFORE.search(text, max(0, group.start() - 12), group.start()):
        return True  # "parents of my Y11s"
    return lexicon.NOT_PUPILS_AFTER.match(text, group.end()) is not None


def _pupil_group(text: str, start: int, end: int) -> re.Match[str] | None:
    """Pupils described between ``start`` and ``end`` (a year group, "my GCSE historians")."""
    for lexicon_ in (lexicon.PUPIL_GROUP, lexicon.PUPILS_TAUGHT):
        for group in lexicon_.finditer(text, start, end):
            if not _names_other_than_pupils(text, group):
                return group
    return None


def _pupil_audience(text: str, prose: str) -> re.Match[str] | None:
    """Pupils the author teaches addressed as the draft's audience ("any of my Y11 historians")."""
    return next(
        (a for a in lexicon.PUPIL_AUDIENCE.finditer(prose) if not _names_other_than_pupils(text, a)), None
    )


@register
class PupilContactRule(Rule):
    code = "pupil-contact"
    clause = "5.4"
    severity = Severity.BLOCK
    audiences = PERSONAL
    description = (
        "A message or reply addressed to a pupil, an invitation to pupils to message, follow or join the "
        "author, or accepting a pupil's friend or follow request, on a personal account."
    )
    advice = (
        "Do not contact pupils from a personal account. Use the school's approved channels, decline any "
        "request from a pupil and tell your safeguarding lead about it."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        addressed = _recipient_pupil(context)
        if addressed:
            yield Hit(addressed.start, addressed.end, "addressed to a pupil in the roster")
        prose = context.prose
        text = context.text
        audience: list[re.Match[str] | None] = []  # looked for once, and only when there is an invitation
        for invite in lexicon.CONTACT_INVITE.finditer(prose):
            sentence = context.sentence_at(invite.start())
            if lexicon.TEACHER_AUDIENCE.search(text, sentence.start, sentence.end):
                continue  # "DM me if you want a copy for your Y9s": meant for other teachers
            window_start = context.previous_sentence_start(sentence)  # "Hey Year 11s! … message me"
            group = _pupil_group(text, window_start, sentence.end)
            if group is None:
                # "Any of my Y11 historians fancy …? … drop me a message": pupils addressed anywhere.
                if not audience:
                    audience.append(_pupil_audience(text, prose))
                group = audience[0]
            if group is None and not addressed:
                continue
            if group and PARENTS_BEFORE.search(text, min(window_start, group.start()), group.start()):
                continue  # an invitation to parents is not contact with pupils
            yield Hit(sentence.start, sentence.end, f"invites pupils to get in touch ({invite.group()!r})")
        if lexicon.ADULT_NOW.search(prose):
            return  # a former pupil who is now an adult ("she's 24 now and a nurse"), not a pupil
        for accepted in lexicon.ACCEPT_REQUEST.finditer(prose):
            named = any(
                h.category == PUPIL_FIRST and accepted.start() <= h.start < accepted.end()
                for h in context.name_hits
            )
            pupil_involved = named or context.pupil_mentions or lexicon.PUPIL_GROUP.search(context.text)
            if pupil_involved:
                sentence = context.sentence_at(accepted.start())
                yield Hit(sentence.start, sentence.end, "accepts a pupil's friend or follow request")
        yield from self._request_then_accepted(context)

    @staticmethod
    def _request_then_accepted(context: Context) -> Iterator[Hit]:
        """A request from pupils told first, then accepted in the same or the next sentence ("a follow
        request from one of my Y10s … so I accepted it"); not when it was declined or reported."""
        text = context.text
        for request in lexicon.REQUEST_RECEIVED.finditer(context.prose):
            sentence = context.sentence_at(request.start())
            sentences = context.sentences
            index = next((i for i, s in enumerate(sentences) if s == sentence), None)
            end = (
                sentences[index + 1].end if index is not None and index + 1 < len(sentences) else sentence.end
            )
            accepted = lexicon.ACCEPTED_IT.search(text, request.end(), end)
            if accepted is None or lexicon.DECLINED.search(text, request.start(), end):
                continue
            group = _pupil_group(text, sentence.start, sentence.end)
            named = any(sentence.start <= m.start < sentence.end for m in context.pupil_mentions)
            if group is not None and PARENTS_NEAR.search(text, max(0, group.start() - 12), group.end() + 12):
                group = None  # "a request from a Year 10 parent"
            if group is not None or named:
                yield Hit(sentence.start, accepted.end(), "accepts a pupil's friend or follow request")
                return


@register
class PupilNamedRule(Rule):
    code = "pupil-named"
    clause = "5.8.2"
    severity = Severity.BLOCK
    audiences = PERSONAL
    description = (
        "A pupil named (full name, or first name where the words show it is a pupil) on a personal account."
    )
    advice = (
        "Leave pupils' names off personal accounts, whatever their image consent: consent covers the "
        "school's official channels only."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        addressed = _recipient_pupil(context)
        for mention in context.pupil_mentions:
            if mention.how == "handle" or mention is addressed:
                continue  # tags and addressees are 5.12 / 5.4
            yield Hit(mention.start, mention.end, f"names a pupil ({mention.how})")


@register
class PupilPictureRule(Rule):
    code = "pupil-picture"
    clause = "5.11"
    severity = Severity.BLOCK
    kinds = frozenset({"post", "comment", "message"})
    audiences = PERSONAL
    description = (
        "A photo or video attachment showing pupils (pupil words, uniform or kit, or a named pupil)."
    )
    advice = (
        "Do not put photos or videos of pupils on a personal account. Ask the school to share it on an "
        "official channel where image consent is checked."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        for attachment in context.draft.attachments_of("photo", "video"):
            content = attachment.content
            if NO_PUPILS_PICTURED.search(content.text):
                continue
            named = any(attachment.start <= m.start < attachment.end for m in context.pupil_mentions)
            pictured = lexicon.PICTURED_PUPILS.search(content.text)
            if not named and (not pictured or lexicon.OWN_FAMILY.search(content.text)):
                continue
            yield Hit(attachment.start, attachment.end, "a picture of pupils")


@register
class PupilTagRule(Rule):
    code = "pupil-tagged"
    clause = "5.12"
    severity = Severity.BLOCK
    kinds = frozenset({"post", "comment"})
    audiences = PERSONAL
    description = "A pupil tagged by handle, or by name in [tagged: …], on a personal account."
    advice = "Remove the tag: pupils must never be tagged from a personal account."

    def find(self, context: Context) -> Iterator[Hit]:
        reply_to = context.draft.reply_to
        for mention in context.pupil_mentions:
            if mention.how != "handle":
                continue
            if reply_to is not None and mention.start == reply_to.start:
                continue  # the pupil replied to: 5.4
            yield Hit(mention.start, mention.end, "tags a pupil's handle")
        for name in context.draft.tagged_names:
            if any(h.category == PUPIL_FULL and name.start <= h.start < name.end for h in context.name_hits):
                yield Hit(name.start, name.end, "tags a pupil by name")


@register
class ColleagueTagRule(Rule):
    code = "colleague-tagged"
    clause = "5.12"
    severity = Severity.WARN
    kinds = frozenset({"post", "comment"})
    audiences = PERSONAL
    description = (
        "A colleague tagged (staff handle, or staff name in [tagged: …]) with no sign of their permission."
    )
    advice = "Only tag colleagues who have said yes. Ask them first, or remove the tag."

    def find(self, context: Context) -> Iterator[Hit]:
        if lexicon.TAG_PERMISSION.search(context.text):
            return
        # Every @handle in a post or comment is a tag, the one a comment replies to included
        # (the drafting conventions say so, and platforms notify the person either way).
        tag_starts = {t.start for t in context.draft.tags}
        for mention in context.staff_mentions:
            if context.is_author(mention.staff):
                continue
            if mention.how == "handle" and mention.start in tag_starts:
                yield Hit(mention.start, mention.end, "tags a colleague's handle")
        for name in context.draft.tagged_names:
            for hit in context.name_hits:
                if hit.category == STAFF_FULL and name.start <= hit.start < name.end:
                    if not any(context.is_author(context.roster.staff[r]) for r in hit.refs):
                        yield Hit(name.start, name.end, "tags a colleague by name")
                    break


@register
class TripLocationRule(Rule):
    code = "trip-location"
    clause = "5.12"
    severity = Severity.BLOCK
    audiences = PERSONAL
    description = "Where pupils are on a residential or overnight trip: venue, hotel or a check-in."
    advice = (
        "Do not say where pupils are staying or check in while on a trip. Share news after the trip, or "
        "through the school's channels, without the venue."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        text = context.text
        trip = lexicon.TRIP.search(text)
        # "Staying at … with the Year 8s till Friday": an overnight stay with pupils is a trip.
        # Without a trip word, "we're in/at" is only where the class is today: an overnight cue or
        # a place to sleep is needed ("staff were in bits in assembly" is no trip).
        staying = lexicon.STAYING.search(text) or lexicon.LODGING.search(text)
        if trip is None and not (staying and lexicon.PUPIL_GROUP.search(text)):
            return
        residential = trip is None or "residential" in trip.group().lower()
        if not residential and not (lexicon.PUPIL_GROUP.search(text) or context.pupil_mentions):
            return
        for attachment in context.draft.attachments_of("location"):
            yield Hit(attachment.start, attachment.end, "checks in on a school trip")
        for venue in lexicon.TRIP_LOCATION.finditer(context.prose):
            sentence = context.sentence_at(venue.start())
            yield Hit(venue.start(), sentence.end, "names where pupils are staying on a trip")


@register
class PupilConsentRule(Rule):
    code = "pupil-no-consent"
    clause = "6.10"
    severity = Severity.BLOCK
    kinds = frozenset({"post", "comment"})
    audiences = PROFESSIONAL
    description = (
        "A pupil named or pictured on a school account whose image consent is not 'yes' in the roster."
    )
    advice = (
        "This pupil has no recorded consent for images online. Remove their name and picture, or check "
        "with the office that consent has been given before posting."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        for mention in context.pupil_mentions:
            missing = [p for p in mention.pupils if not p.images_online]
            if missing:
                yield Hit(mention.start, mention.end, f"no image consent on record for {missing[0].pupil_id}")
