"""What every rule may ask about one draft, computed once and cached (names, pupils, sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.draft import Attachment, ParsedDraft, Segment
from socialpolicy.engines.screening.roster import (
    ORG_NAME,
    PUPIL_FIRST,
    PUPIL_FULL,
    STAFF_FIRST,
    STAFF_FULL,
    NameHit,
    OrgName,
    Roster,
    RosterPupil,
    RosterStaff,
)

HASHTAG = re.compile(r"(?<![\w&])#\w{3,}")
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.? ([A-Z][\w'’-]+)")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+|\s\|\s|[\[\]]|\s[–—-]\s|:\s")


@dataclass(frozen=True)
class PupilMention:
    start: int
    end: int
    pupils: tuple[RosterPupil, ...]
    how: str  # "handle", "full-name" or "first-name"
    in_picture: bool  # inside a [photo: …] or [video: …] description


@dataclass(frozen=True)
class StaffMention:
    start: int
    end: int
    staff: RosterStaff
    how: str  # "handle" or "full-name"


class Context:
    def __init__(self, draft: ParsedDraft, roster: Roster):
        self.draft = draft
        self.roster = roster
        self.text = draft.text
        self.kind = draft.kind
        self.audience = draft.audience
        self.profanity_probability: float | None = None  # set by the analyzer when asked for
        email = (draft.source.author or "").strip().lower()
        self.author: RosterStaff | None = roster.staff_by_email.get(email) if email else None

    # --- structure -------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> tuple[Segment, ...]:
        spans = []
        start = 0
        for match in SENTENCE_END.finditer(self.text):
            if match.start() > start:
                spans.append(Segment(start, match.start(), self.text[start : match.start()]))
            start = match.end()
        if start < len(self.text):
            spans.append(Segment(start, len(self.text), self.text[start:]))
        return tuple(spans)

    def sentence_at(self, position: int) -> Segment:
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return Segment(0, len(self.text), self.text)

    def previous_sentence_start(self, sentence: Segment) -> int:
        """Where the sentence before this one starts (this one's start if it is the first)."""
        earlier = [s.start for s in self.sentences if s.end <= sentence.start]
        return earlier[-1] if earlier else sentence.start

    def attachment_at(self, position: int) -> Attachment | None:
        return next((a for a in self.draft.attachments if a.start <= position < a.end), None)

    @cached_property
    def prose(self) -> str:
        """The text with attachment brackets blanked out (same length, so offsets still hold)."""
        chars = list(self.text)
        for attachment in self.draft.attachments:
            for i in range(attachment.start, attachment.end):
                chars[i] = " "
        return "".join(chars)

    # --- names ---------------------------------------------------------------------------------

    @cached_property
    def name_hits(self) -> tuple[NameHit, ...]:
        return tuple(self.roster.find_names(self.text))

    @cached_property
    def org_mentions(self) -> tuple[tuple[int, int, OrgName], ...]:
        found = [
            (h.start, h.end, self.roster.org_names[ref])
            for h in self.name_hits
            if h.category == ORG_NAME
            for ref in h.refs[:1]
        ]
        for tag in self.all_handles:
            found += [(tag.start, tag.end, n) for n in self.roster.org_names_in_handle(tag.text)]
        for hashtag in HASHTAG.finditer(self.text):  # #StWystans names the school as a handle would
            found += [
                (hashtag.start(), hashtag.end(), n) for n in self.roster.org_names_in_handle(hashtag.group())
            ]
        return tuple(found)

    @cached_property
    def all_handles(self) -> tuple[Segment, ...]:
        from socialpolicy.engines.screening.draft import HANDLE_RE

        return tuple(Segment(m.start(), m.end(), m.group()) for m in HANDLE_RE.finditer(self.text))

    @cached_property
    def staff_mentions(self) -> tuple[StaffMention, ...]:
        found = []
        for tag in self.all_handles:
            entry = self.roster.handle(tag.text)
            if entry and entry[0] == "staff":
                found.append(StaffMention(tag.start, tag.end, self.roster.staff[entry[1]], "handle"))
        for hit in self.name_hits:
            if hit.category == STAFF_FULL:
                found += [
                    StaffMention(hit.start, hit.end, self.roster.staff[r], "full-name") for r in hit.refs
                ]
        return tuple(found)

    @cached_property
    def colleague_first_names(self) -> tuple[tuple[int, int], ...]:
        """Capitalised first names of staff other than the author (a weak reference to a colleague)."""
        spans = []
        for hit in self.name_hits:
            if hit.category != STAFF_FIRST or not self.text[hit.start].isupper():
                continue
            if all(self.is_author(self.roster.staff[r]) for r in hit.refs):
                continue
            spans.append((hit.start, hit.end))
        return tuple(spans)

    @cached_property
    def pupil_mentions(self) -> tuple[PupilMention, ...]:
        """Pupils named by handle, full name, or a first name in a context that makes it a pupil."""
        mentions: list[PupilMention] = []
        for tag in self.all_handles:
            entry = self.roster.handle(tag.text)
            if entry and entry[0] == "pupil":
                pupil = self.roster.pupils[entry[1]]
                mentions.append(
                    PupilMention(tag.start, tag.end, (pupil,), "handle", self._in_picture(tag.start))
                )
        full_spans = []
        staff_spans = [(h.start, h.end) for h in self.name_hits if h.category == STAFF_FULL]
        # "Wyvern Chase Learning Trust": a pupil's first name inside an org name is the org.
        staff_spans += [(h.start, h.end) for h in self.name_hits if h.category == ORG_NAME]
        for hit in self.name_hits:
            if hit.category == PUPIL_FULL:
                pupils = tuple(self.roster.pupils[r] for r in hit.refs)
                mentions.append(
                    PupilMention(hit.start, hit.end, pupils, "full-name", self._in_picture(hit.start))
                )
                full_spans.append((hit.start, hit.end))
        first_hits = [
            h
            for h in self.name_hits
            if h.category == PUPIL_FIRST
            and self.text[h.start].isupper()
            and not _overlaps(h.start, h.end, full_spans + staff_spans)
        ]
        for hit in first_hits:
            if self._first_name_is_pupil(hit, first_hits):
                pupils = self._narrow_to_author_academy(tuple(self.roster.pupils[r] for r in hit.refs))
                mentions.append(
                    PupilMention(hit.start, hit.end, pupils, "first-name", self._in_picture(hit.start))
                )
        mentions.sort(key=lambda m: m.start)
        return tuple(mentions)

    def _in_picture(self, position: int) -> bool:
        attachment = self.attachment_at(position)
        return attachment is not None and attachment.kind in ("photo", "video")

    def _first_name_is_pupil(self, hit: NameHit, first_hits: list[NameHit]) -> bool:
        # A first name alone is a pupil only when the words around it say so: a class or year
        # cue in the same sentence, a list of pupil names, or a picture on a school account.
        if self._kin(hit):
            return False  # "my niece Summer", "our dog Jack": a relative, friend or pet
        if self._everyday_word(hit):
            return False  # "Hunter-gatherers", "Wren class", "Hope the Year 11s do well"
        sentence = self.sentence_at(hit.start)
        if self.audience == "professional":
            # On a school account the whole draft is about school: a cue anywhere in it counts.
            sentence = Segment(0, len(self.text), self.text)
        # "Congratulations Will and Sarah on your engagement": praise alone is no pupil cue when the
        # news is an adult's (a wedding, a baby, a retirement).
        adult = lexicon.ADULT_NEWS.search(self.text, sentence.start, sentence.end) is not None
        for cue in lexicon.PUPIL_CONTEXT.finditer(self.text, sentence.start, sentence.end):
            if adult and lexicon.PRAISE_CUE.fullmatch(cue.group()):
                continue
            if not _overlaps(cue.start(), cue.end(), [(hit.start, hit.end)]):
                return True
        for other in first_hits:
            if other is hit:
                continue
            gap = self.text[min(hit.end, other.end) : max(hit.start, other.start)]
            listed = re.fullmatch(r"\s*(?:,|&|and|\+)\s*", gap) is not None
            # On a personal account "Grace and Summer" is as likely two words as two pupils.
            school_voice = self.audience == "professional" or self._in_picture(hit.start)
            if listed and school_voice and self._classmates(hit, other):
                return True
        if self.audience == "professional" and self._in_picture(hit.start):
            return True
        # The pupil's surname elsewhere in the draft ("Hi Mrs Pemberton, Jack's been a star").
        surnames = {self.roster.pupils[r].last_name for r in hit.refs}
        if any(_contains_word(self.text, name) for name in surnames if name):
            return True
        # A message addressed to the name.
        recipient = self.draft.recipient
        return (
            recipient is not None
            and recipient.start <= hit.start < recipient.end
            and recipient.text == (self.text[hit.start : hit.end])
        )

    def _everyday_word(self, hit: NameHit) -> bool:
        if lexicon.NAME_AS_WORD_AFTER.match(self.text, hit.end):
            return True
        word = self.text[hit.start : hit.end].lower()
        return word in lexicon.VERB_NAMES and lexicon.VERB_NAME_AFTER.match(self.text, hit.end) is not None

    def _kin(self, hit: NameHit) -> bool:
        before = self.text[max(0, hit.start - 40) : hit.start]
        after = self.text[hit.end : hit.end + 40]
        return bool(lexicon.KIN_BEFORE.search(before) or lexicon.KIN_AFTER.match(after))

    def _classmates(self, one: NameHit, other: NameHit) -> bool:
        """Two first names listed together are pupils when both are on one academy's roll (the
        author's, when known): "Hope and Faith" across two schools is more likely a pub."""
        academies = {self.roster.pupils[r].academy_code for r in one.refs}
        shared = academies & {self.roster.pupils[r].academy_code for r in other.refs}
        if self.author is not None and self.author.academy_code:
            return self.author.academy_code in shared
        return bool(shared)

    def _narrow_to_author_academy(self, pupils: tuple[RosterPupil, ...]) -> tuple[RosterPupil, ...]:
        if self.author and self.author.academy_code:
            mine = tuple(p for p in pupils if p.academy_code == self.author.academy_code)
            if mine:
                return mine
        return pupils

    # --- concepts --------------------------------------------------------------------------------

    @cached_property
    def local_work_refs(self) -> tuple[tuple[int, int], ...]:
        spans = [(m.start(), m.end()) for m in lexicon.LOCAL_WORK.finditer(self.text)]
        spans += [(s, e) for s, e, _ in self.org_mentions]
        spans += [(m.start, m.end) for m in self.pupil_mentions]
        spans += [(m.start, m.end) for m in self.staff_mentions]
        spans += list(self.titled_colleagues)
        return tuple(sorted(spans))

    @cached_property
    def titled_colleagues(self) -> tuple[tuple[int, int], ...]:
        """ "Mr Pike", "Miss Jenkins": a title and a staff surname (the author's own excepted)."""
        if "M" not in self.text and "D" not in self.text and "S" not in self.text:
            return ()
        surnames = self.roster.staff_surnames
        own = self.author.last_name if self.author else None
        return tuple(
            (m.start(), m.end())
            for m in TITLED_NAME.finditer(self.text)
            if m.group(1) in surnames and m.group(1) != own
        )

    def is_author(self, staff: RosterStaff) -> bool:
        return self.author is not None and staff.email == self.author.email


def _contains_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word (no regex: surnames are many, the re cache small)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        before_ok = start == 0 or not text[start - 1].isalnum()
        after_ok = end == len(text) or not text[end].isalnum()
        if before_ok and after_ok:
            return True
        start = text.find(word, start + 1)
    return False


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
