"""The shapes the API reads and writes (they make the OpenAPI document)."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Schema
from pydantic import ConfigDict, Field

from socialpolicy.engines.screening.model import AUDIENCES, KINDS

MAX_DRAFT_CHARS = 20_000  # far longer than any post; a longer body is a 422, not a slow request
MAX_ID = 2**63 - 1  # database ids are 64-bit; a larger number is a 422, never a database error

Kind = Literal["post", "profile", "comment", "message"]
Audience = Literal["personal", "professional"]
assert set(Kind.__args__) == set(KINDS) and set(Audience.__args__) == set(AUDIENCES)  # type: ignore[attr-defined]


class ErrorOut(Schema):
    error: str = Field(description="A short code: bad_request, unauthorized, not_found, invalid, ...")
    detail: Any = Field(description="What went wrong, in words, or a list of field errors.")


class AcademyOut(Schema):
    code: str
    name: str


class RoleOut(Schema):
    role: str
    academy: str | None = Field(description="Academy code; null for head office.")


class StaffOut(Schema):
    id: int
    email: str
    first_name: str
    last_name: str
    job_title: str
    academy: AcademyOut | None = Field(description="Null for head office.")
    roles: list[RoleOut]
    handles: list[str]
    is_active: bool


class MeOut(StaffOut):
    permissions: dict[str, bool] = Field(description="What this person may list through the API.")


class StaffPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[StaffOut]


class PupilOut(Schema):
    id: int
    pupil_id: str
    first_name: str
    last_name: str
    preferred_name: str
    academy: AcademyOut
    year_group: str
    images_online: bool = Field(description="Recorded consent to images on official channels (6.10).")


class PupilPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[PupilOut]


class CheckIn(Schema):
    """One draft, exactly as one line of ``socialpolicy check --jsonl``; other keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(max_length=MAX_DRAFT_CHARS, description="The draft, written down as plain text.")
    kind: Kind | None = Field(
        default="post", description="post, profile, comment or message; null means post."
    )
    audience: Audience | None = Field(
        default="personal", description="personal or professional; null: personal."
    )
    author: str | None = Field(
        default=None,
        max_length=254,
        description="Author's staff e-mail; defaults to the person calling the API.",
    )
    id: str | int | None = Field(default=None, description="Echoed back unchanged, to match batch results.")


class FindingOut(Schema):
    clause: str
    code: str
    severity: Literal["block", "warn"]
    start: int = Field(description="Offset of the first character (Unicode code points).")
    end: int = Field(description="Offset after the last character.")
    evidence: str
    message: str


class CheckOut(Schema):
    id: str | int | None = None
    verdict: Literal["ok", "review", "block"]
    findings: list[FindingOut]
    notes: list[str] | None = None


MAX_BATCH = 200


class CheckBatchIn(Schema):
    drafts: list[CheckIn] = Field(max_length=MAX_BATCH, description=f"Up to {MAX_BATCH} drafts.")


class CheckBatchOut(Schema):
    results: list[CheckOut] = Field(description="One result per draft, in the order sent.")
