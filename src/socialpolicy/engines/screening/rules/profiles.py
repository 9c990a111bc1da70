"""Profiles: employer's name in a personal profile (5.6), disclaimer (5.7), label on school accounts (6.8)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.draft import Segment
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register
from socialpolicy.engines.screening.roster import ORG_NAME, normalise_handle

PROFILE = frozenset({"profile"})
PERSON_NAME = re.compile(r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+$")


def _own_names(context: Context, field_text: str) -> list[str]:
    """Normalised personal names the field may legitimately contain: the author's, or any staff
    member's whose full name is in the field, or the field itself when it reads as 'First Last'."""
    compact = normalise_handle(field_text)
    return [name for pair in context.roster.compact_staff_names for name in pair if name in compact]


def _own_surnames(context: Context, name: Segment | None) -> list[str]:
    """The profile owner's surname, normalised: the author's own from the staff list, or, for an
    author not on it, the last word of a Name field that reads as 'First Last'."""
    author = context.author
    if author is not None:
        surnames = [normalise_handle(author.last_name)]
    elif name is not None and PERSON_NAME.match(name.text):
        surnames = [normalise_handle(name.text.split()[-1])]
    else:
        surnames = []
    return [s for s in surnames if len(s) >= 4]


@register
class ProfileEmployerNameRule(Rule):
    code = "profile-employer-name"
    clause = "5.6"
    severity = Severity.WARN
    kinds = PROFILE
    audiences = frozenset({"personal"})
    description = (
        "The trust's or an academy's name or alias in a personal profile's Name (whole words) or Handle."
    )
    advice = (
        "Take the trust's or academy's name out of your profile name and handle. You may still say where "
        "you work in your bio."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        fields = context.draft.fields
        name = fields.get("name")
        handle = fields.get("handle")
        if name is not None:
            own = _own_names(context, name.text)
            looks_personal = bool(PERSON_NAME.match(name.text))
            for hit in context.name_hits:
                if hit.category != ORG_NAME or not (name.start <= hit.start and hit.end <= name.end):
                    continue
                word = normalise_handle(context.text[hit.start : hit.end])
                surname_position = hit.end == name.end and " " not in context.text[hit.start : hit.end]
                if any(word in n for n in own) or (looks_personal and surname_position):
                    continue  # the person's own name runs into the academy's
                yield Hit(hit.start, hit.end, "employer's name in the profile name")
        if handle is not None:
            yield from self._in_handle(context, handle, name)

    def _in_handle(self, context: Context, handle: Segment, name: Segment | None) -> Iterator[Hit]:
        compact = normalise_handle(handle.text)
        own = _own_names(context, handle.text)
        if name is not None and PERSON_NAME.match(name.text):
            own.append(normalise_handle(name.text))
        surnames = _own_surnames(context, name)
        for org_name in context.roster.org_names_in_handle(handle.text):
            needle = normalise_handle(org_name.text)
            if any(needle in n and n in compact for n in own):
                continue
            # "@rachcoldwell" for Rachel Coldwell: the academy's name is only her surname, whatever
            # she did with her first name; "@ColdwellMoorRach" still names the academy
            if any(needle in surname and surname in compact for surname in surnames):
                continue
            yield Hit(handle.start, handle.end, f"handle contains {org_name.text!r}")
            return


@register
class ProfileDisclaimerRule(Rule):
    code = "profile-no-disclaimer"
    clause = "5.7"
    severity = Severity.WARN
    kinds = PROFILE
    audiences = frozenset({"personal"})
    description = (
        "A personal profile whose bio shows it discusses work or education, with no 'views are my own' "
        "statement. A bare job title alone is not enough to fire."
    )
    advice = (
        "Add a line to your bio saying the views are your own and not your employer's (for example "
        "'Views my own, not my employer's')."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        fields = context.draft.fields
        bio = fields.get("bio")
        if bio is None:
            return
        if lexicon.DISCLAIMER.search(context.text):
            return
        if lexicon.WORK_TOPIC.search(bio.text) and (
            lexicon.DISCUSSES.search(bio.text) or lexicon.WORK_SUBJECT.search(bio.text)
        ):
            yield Hit(bio.start, bio.end, "bio discusses work without a disclaimer")


@register
class ProfessionalLabelRule(Rule):
    code = "professional-unlabelled"
    clause = "6.8"
    severity = Severity.WARN
    kinds = PROFILE
    audiences = frozenset({"professional"})
    description = (
        "A school or work profile that never says it is an official, professional or school account."
    )
    advice = (
        "Say in the bio that this is an official or professional account, and whose (for example "
        "'Official account of the Year 4 team at …')."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        fields = context.draft.fields
        if lexicon.PROFESSIONAL_LABEL.search(context.text):
            return
        target = fields.get("bio") or fields.get("name")
        if target is None:
            yield Hit(0, len(context.text), "no words mark this as a professional account")
        else:
            yield Hit(target.start, target.end, "no words mark this as a professional account")
