"""Parse a draft written down by the conventions of examples/screening/README.md.

A text-only engine sees profiles as ``Name: … | Handle: … | Bio: …``, direct messages as
``To: <recipient> | <message>``, attachments as ``[photo: …]`` and tags as ``@handle`` or
``[tagged: A, B]``. Parsing keeps every piece's offsets into the original text so findings can
point at the exact evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from socialpolicy.engines.screening.model import DraftInput


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attachment:
    """``[photo: pupils on the field]``: ``kind`` is ``photo``; ``content`` is the description."""

    kind: str
    start: int
    end: int
    content: Segment


@dataclass(frozen=True)
class ParsedDraft:
    source: DraftInput
    fields: dict[str, Segment] = field(default_factory=dict)  # profile fields by lower-case name
    recipient: Segment | None = None  # message "To:" value (without a bracketed note)
    recipient_note: Segment | None = None  # "(Redditch Echo)"
    reply_to: Segment | None = None  # a comment's leading @handle
    body: Segment | None = None  # the words of the post, comment or message
    attachments: tuple[Attachment, ...] = ()
    tags: tuple[Segment, ...] = ()  # every @handle in a post or comment (with the @)
    tagged_names: tuple[Segment, ...] = ()  # names listed in [tagged: …]

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def kind(self) -> str:
        return self.source.kind

    @property
    def audience(self) -> str:
        return self.source.audience

    def attachments_of(self, *kinds: str) -> tuple[Attachment, ...]:
        return tuple(a for a in self.attachments if a.kind in kinds)


PROFILE_FIELD_RE = re.compile(r"(?:^|\|)\s*(Name|Handle|Bio|Location|Link|Avatar)\s*:\s*", re.IGNORECASE)
ATTACHMENT_RE = re.compile(
    r"\[(photo|video|image|link|pasted|location|tagged)\s*:\s*([^\]]*)\]", re.IGNORECASE
)
# A handle: @ not preceded by a word character (so e-mail addresses are not tags).
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
MESSAGE_RE = re.compile(r"^\s*To\s*:\s*([^|]*?)\s*\|\s?", re.IGNORECASE)
NOTE_RE = re.compile(r"\(([^)]*)\)\s*$")


def _trimmed(text: str, start: int, end: int) -> Segment:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end, text[start:end])


def parse_draft(draft: DraftInput) -> ParsedDraft:
    text = draft.text
    fields: dict[str, Segment] = {}
    recipient = recipient_note = reply_to = body = None
    if draft.kind == "profile":
        fields = _profile_fields(text)
    elif draft.kind == "message":
        match = MESSAGE_RE.match(text)
        if match:
            recipient, recipient_note = _recipient(text, match.start(1), match.end(1))
            body = _trimmed(text, match.end(), len(text))
        else:
            body = _trimmed(text, 0, len(text))
    else:
        body = _trimmed(text, 0, len(text))
        if draft.kind == "comment":
            first = HANDLE_RE.match(text, len(text) - len(text.lstrip()))
            if first:
                reply_to = Segment(first.start(), first.end(), first.group())

    attachments = tuple(
        Attachment(
            kind=m.group(1).lower(),
            start=m.start(),
            end=m.end(),
            content=_trimmed(text, m.start(2), m.end(2)),
        )
        for m in ATTACHMENT_RE.finditer(text)
    )
    tagged_names: list[Segment] = []
    for attachment in attachments:
        if attachment.kind == "tagged":
            tagged_names.extend(_split_names(text, attachment.content))
    tags: tuple[Segment, ...] = ()
    if draft.kind in ("post", "comment"):
        tags = tuple(Segment(m.start(), m.end(), m.group()) for m in HANDLE_RE.finditer(text))
    return ParsedDraft(
        source=draft,
        fields=fields,
        recipient=recipient,
        recipient_note=recipient_note,
        reply_to=reply_to,
        body=body,
        attachments=attachments,
        tags=tags,
        tagged_names=tuple(tagged_names),
    )


def _profile_fields(text: str) -> dict[str, Segment]:
    matches = list(PROFILE_FIELD_RE.finditer(text))
    fields: dict[str, Segment] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields.setdefault(match.group(1).lower(), _trimmed(text, match.end(), end))
    return fields


def _recipient(text: str, start: int, end: int) -> tuple[Segment, Segment | None]:
    value = text[start:end]
    note = NOTE_RE.search(value)
    if note:
        return _trimmed(text, start, start + note.start()), _trimmed(
            text, start + note.start(1), start + note.end(1)
        )
    return _trimmed(text, start, end), None


def _split_names(text: str, content: Segment) -> list[Segment]:
    names = []
    offset = content.start
    for part in re.split(r"(,|;|\band\b|&)", content.text):
        if part and part not in (",", ";", "and", "&"):
            names.append(_trimmed(text, offset, offset + len(part)))
        offset += len(part)
    return [n for n in names if n.text]
