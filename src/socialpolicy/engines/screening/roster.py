"""The organisation as the screening rules see it: names, handles, roles and image consent.

Built from an org folder (:meth:`Roster.from_orgdir`) or from plain values (the web app builds
one from its database). Name look-ups run through one Aho-Corasick automaton, so thousands of
pupils and staff cost one pass over the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import ahocorasick

if TYPE_CHECKING:
    from socialpolicy.engines.orgdir import OrgDirectory

PUPIL_FULL = "pupil-full"
PUPIL_FIRST = "pupil-first"
STAFF_FULL = "staff-full"
STAFF_FIRST = "staff-first"
ORG_NAME = "org-name"


@dataclass(frozen=True)
class RosterPupil:
    pupil_id: str
    first_name: str
    last_name: str
    preferred_name: str = ""
    academy_code: str = ""
    year_group: str = ""
    handles: tuple[str, ...] = ()
    images_online: bool = False  # no consent row means no consent

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"


@dataclass(frozen=True)
class RosterStaff:
    email: str
    first_name: str
    last_name: str
    academy_code: str | None = None
    job_title: str = ""
    roles: tuple[str, ...] = ("staff",)
    handles: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def speaks_for_trust(self) -> bool:
        """The CEO (the policy's 2.4: the deputy CEO too) may speak for the trust and to the press."""
        title = self.job_title.lower()
        return "ceo" in self.roles or "deputy ceo" in title or "deputy chief executive" in title

    def heads_academy(self, academy_code: str | None) -> bool:
        return "head" in self.roles and academy_code is not None and self.academy_code == academy_code


@dataclass(frozen=True)
class OrgName:
    """The trust's or an academy's name or alias. ``academy_code`` is None for the trust."""

    text: str
    academy_code: str | None


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    category: str
    refs: tuple[int, ...]  # indexes into pupils, staff or org_names, by category


GENERIC_ORG_WORDS = frozenset(
    [
        "school",
        "schools",
        "academy",
        "academies",
        "primary",
        "secondary",
        "infant",
        "infants",
        "junior",
        "juniors",
        "nursery",
        "high",
        "college",
        "community",
        "ce",
        "c.e.",
        "cofe",
        "rc",
        "catholic",
        "church",
        "trust",
        "learning",
        "education",
        "educational",
        "multi",
        "multi-academy",
        "mat",
        "partnership",
        "federation",
        "free",
        "grammar",
        "studio",
        "the",
        "of",
        "and",
        "&",
        "foundation",
    ]
)


def distinctive_part(name: str) -> str:
    """The name without its generic words at either end ("Kestrel Moor Education Trust" ->
    "Kestrel Moor"); empty when nothing distinctive (6+ letters, or two words) is left."""
    if name.startswith("@"):
        return ""
    words = name.split()
    while words and words[-1].lower() in GENERIC_ORG_WORDS:
        words.pop()
    while words and words[0].lower() in GENERIC_ORG_WORDS:
        words.pop(0)
    short = " ".join(words)
    if short == name or not (len(words) >= 2 or len(short) >= 6):
        return ""
    return short


def normalise_handle(value: str) -> str:
    """Lower case, letters and digits only: ``@St_Wystans-Jo`` -> ``stwystansjo``."""
    return re.sub(r"[\W_]+", "", value.lower())


def _lowered(text: str) -> str:
    """Lower case with the same length as ``text`` (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Roster:
    trust_name: str
    trust_aliases: tuple[str, ...] = ()
    academies: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (code, name, aliases)
    staff: tuple[RosterStaff, ...] = ()
    pupils: tuple[RosterPupil, ...] = ()
    email_domains: tuple[str, ...] = ()

    @classmethod
    def from_orgdir(cls, org: OrgDirectory) -> Roster:
        consent = {c.pupil_id: c.images_online for c in org.consents}
        return cls(
            trust_name=org.trust.name,
            trust_aliases=org.trust.aliases,
            academies=tuple((a.code, a.name, a.aliases) for a in org.academies),
            staff=tuple(
                RosterStaff(
                    email=s.email.lower(),
                    first_name=s.first_name,
                    last_name=s.last_name,
                    academy_code=s.academy_code,
                    job_title=s.job_title,
                    roles=s.roles,
                    handles=s.handles,
                )
                for s in org.staff
            ),
            pupils=tuple(
                RosterPupil(
                    pupil_id=p.pupil_id,
                    first_name=p.first_name,
                    last_name=p.last_name,
                    preferred_name=p.preferred_name,
                    academy_code=p.academy_code,
                    year_group=p.year_group,
                    handles=p.handles,
                    images_online=consent.get(p.pupil_id, False),
                )
                for p in org.pupils
            ),
            email_domains=org.trust.email_domains,
        )

    # --- look-up tables, built once -----------------------------------------------------------

    @cached_property
    def org_names(self) -> tuple[OrgName, ...]:
        names = [OrgName(self.trust_name, None)]
        names += [OrgName(a, None) for a in self.trust_aliases]
        for code, name, aliases in self.academies:
            names.append(OrgName(name, code))
            names += [OrgName(a, code) for a in aliases]
        # People shorten "Kestrel Moor Education Trust" to "Kestrel Moor": add the distinctive part.
        for org_name in list(names):
            short = distinctive_part(org_name.text)
            if short and all(short.lower() != n.text.lower() for n in names):
                names.append(OrgName(short, org_name.academy_code))
        return tuple(n for n in names if n.text.strip("@ "))

    @cached_property
    def staff_surnames(self) -> frozenset[str]:
        """Staff last names as written ("Mr Pike" names a colleague as surely as "Graham Pike")."""
        return frozenset(s.last_name for s in self.staff if s.last_name)

    @cached_property
    def staff_by_email(self) -> dict[str, RosterStaff]:
        return {s.email.lower(): s for s in self.staff}

    @cached_property
    def handle_index(self) -> dict[str, tuple[str, int]]:
        """Lower-case handle without '@' -> ("pupil"|"staff"|"org", index)."""
        index: dict[str, tuple[str, int]] = {}
        for i, org_name in enumerate(self.org_names):
            if org_name.text.startswith("@"):
                index[org_name.text[1:].lower()] = ("org", i)
        for i, staff in enumerate(self.staff):
            for handle in staff.handles:
                index[handle.lstrip("@").lower()] = ("staff", i)
        for i, pupil in enumerate(self.pupils):
            for handle in pupil.handles:
                index[handle.lstrip("@").lower()] = ("pupil", i)
        return index

    @cached_property
    def _automaton(self) -> Any:
        entries: dict[str, dict[str, list[int]]] = {}

        def add(key: str, category: str, ref: int) -> None:
            key = " ".join(key.lower().split())
            if len(key) >= 2:
                entries.setdefault(key, {}).setdefault(category, []).append(ref)

        for i, pupil in enumerate(self.pupils):
            for first in {pupil.first_name, pupil.preferred_name} - {""}:
                add(f"{first} {pupil.last_name}", PUPIL_FULL, i)
                add(first, PUPIL_FIRST, i)
        for i, staff in enumerate(self.staff):
            add(staff.full_name, STAFF_FULL, i)
            add(staff.first_name, STAFF_FIRST, i)
        for i, org_name in enumerate(self.org_names):
            if not org_name.text.startswith("@"):
                add(org_name.text, ORG_NAME, i)
        automaton = ahocorasick.Automaton()
        for key, categories in entries.items():
            automaton.add_word(key, (key, tuple((c, tuple(r)) for c, r in categories.items())))
        if entries:
            automaton.make_automaton()
        return automaton

    def find_names(self, text: str) -> list[NameHit]:
        """Every whole-word occurrence of a roster name or org name, any case."""
        automaton = self._automaton
        if len(automaton) == 0:
            return []
        lowered = _lowered(text)
        hits = []
        for end_index, (key, categories) in automaton.iter(lowered):
            start = end_index - len(key) + 1
            end = end_index + 1
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < len(text) and _is_word_char(text[end]):
                continue
            for category, refs in categories:
                hits.append(NameHit(start, end, category, refs))
        return hits

    def handle(self, handle: str) -> tuple[str, int] | None:
        return self.handle_index.get(handle.lstrip("@").lower().rstrip("."))

    @cached_property
    def _compact_org_names(self) -> tuple[tuple[str, OrgName], ...]:
        pairs = ((normalise_handle(n.text), n) for n in self.org_names)
        return tuple((compact, n) for compact, n in pairs if len(compact) >= 3)

    @cached_property
    def compact_staff_names(self) -> tuple[tuple[str, str], ...]:
        """Each staff member's name run together both ways round ("hollybrookfield", "brookfieldholly")."""
        return tuple(
            (normalise_handle(s.first_name + s.last_name), normalise_handle(s.last_name + s.first_name))
            for s in self.staff
        )

    def org_names_in_handle(self, handle: str) -> list[OrgName]:
        """Org names or aliases inside a handle, ignoring case, spaces and punctuation."""
        compact = normalise_handle(handle)
        return [n for needle, n in self._compact_org_names if needle in compact]

    def academy_name(self, code: str | None) -> str:
        if code is None:
            return self.trust_name
        return next((name for c, name, _ in self.academies if c == code), code)


def roster_from_values(
    *,
    trust_name: str,
    trust_aliases: Iterable[str] = (),
    academies: Iterable[tuple[str, str, Iterable[str]]] = (),
    staff: Iterable[RosterStaff] = (),
    pupils: Iterable[RosterPupil] = (),
    email_domains: Iterable[str] = (),
) -> Roster:
    """Build a roster from plain values (for callers without an org folder, such as the web app)."""
    return Roster(
        trust_name=trust_name,
        trust_aliases=tuple(trust_aliases),
        academies=tuple((code, name, tuple(aliases)) for code, name, aliases in academies),
        staff=tuple(staff),
        pupils=tuple(pupils),
        email_domains=tuple(email_domains),
    )
