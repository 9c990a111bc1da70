"""Turn the page's form fields into a draft written down as the engine reads it.

The conventions are those of ``examples/screening/README.md`` ("How drafts are written down"):
attachments as ``[photo: …]``, ``[video: …]``, ``[tagged: A, B]``, ``[location: …]``; a message as
``To: <recipient> | <message>``; a profile as ``Name: … | Handle: @… | Bio: …`` with optional
``Location``, ``Link`` and ``Avatar`` fields.
"""

from __future__ import annotations

from dataclasses import dataclass

PROFILE_FIELDS = (
    ("Handle", "handle"),
    ("Bio", "bio"),
    ("Location", "location"),
    ("Link", "link"),
    ("Avatar", "avatar"),
)


@dataclass(frozen=True)
class Attachments:
    photos: tuple[str, ...] = ()
    videos: tuple[str, ...] = ()
    tagged: tuple[str, ...] = ()
    location: str = ""


@dataclass(frozen=True)
class Profile:
    name: str = ""
    handle: str = ""
    bio: str = ""
    location: str = ""
    link: str = ""
    avatar: str = ""


def one_line(value: str) -> str:
    """Collapse whitespace; a lone ``|`` would split a profile or message line, so it becomes ``/``."""
    return " ".join(value.replace("|", "/").split())


def marker_text(value: str) -> str:
    """Text safe inside ``[kind: …]``: one line, no closing bracket to end the marker early."""
    return one_line(value).replace("[", "(").replace("]", ")")


def lines(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.splitlines() if part.strip())


def names(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace("\n", ",").split(",") if part.strip())


def attachment_markers(attachments: Attachments) -> list[str]:
    markers = [f"[photo: {marker_text(p)}]" for p in attachments.photos]
    markers += [f"[video: {marker_text(v)}]" for v in attachments.videos]
    if attachments.tagged:
        markers.append(f"[tagged: {', '.join(marker_text(n).replace(',', ' ') for n in attachments.tagged)}]")
    if attachments.location.strip():
        markers.append(f"[location: {marker_text(attachments.location)}]")
    return markers


def compose_post(text: str, attachments: Attachments) -> str:
    """A post or comment: the words, then one marker per attachment."""
    markers = " ".join(attachment_markers(attachments))
    body = text.strip()
    return "\n".join(part for part in (body, markers) if part)


def compose_message(text: str, recipient: str, attachments: Attachments) -> str:
    """``To: <recipient> | <message>``; a draft already written that way is kept as it is."""
    body = compose_post(text, attachments)
    if not recipient.strip() and body.lstrip().lower().startswith("to:"):
        return body.strip()
    return f"To: {one_line(recipient)} | {body}".rstrip()


def compose_profile(profile: Profile) -> str:
    """``Name: … | Handle: @… | Bio: …`` and the optional fields that were filled in."""
    handle = one_line(profile.handle)
    if handle and not handle.startswith("@"):
        handle = "@" + handle
    values = {"handle": handle, "bio": one_line(profile.bio), "location": one_line(profile.location)}
    values |= {"link": one_line(profile.link), "avatar": one_line(profile.avatar)}
    parts = [f"Name: {one_line(profile.name)}"]
    parts += [f"{label}: {values[key]}" for label, key in PROFILE_FIELDS if values[key]]
    return " | ".join(parts)
