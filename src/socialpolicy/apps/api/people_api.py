"""``/api/v1/me``, ``/api/v1/staff`` and ``/api/v1/pupils``: scoped reads of people records."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Path, Query, Router

from socialpolicy.apps.api import selectors
from socialpolicy.apps.api.schemas import MAX_ID, ErrorOut, MeOut, PupilOut, PupilPage, StaffOut, StaffPage
from socialpolicy.apps.core.access import may
from socialpolicy.apps.people.models import Pupil, User

router = Router(tags=["people"])

NO_NUL = r"^[^\x00]*$"  # PostgreSQL cannot store NUL characters, so they are a 422, not a 500
MAX_OFFSET = 2**31 - 1
ERRORS: dict[int, Any] = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _academy(academy) -> dict | None:
    return {"code": academy.code, "name": academy.name} if academy is not None else None


def staff_out(user: User) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "job_title": user.job_title,
        "academy": _academy(user.academy),
        "roles": [
            {"role": r.role, "academy": r.academy.code if r.academy_id else None}
            for r in user.role_assignments.all()
        ],
        "handles": list(user.handles or []),
        "is_active": user.is_active,
    }


def pupil_out(pupil: Pupil) -> dict:
    return {
        "id": pupil.pk,
        "pupil_id": pupil.pupil_id,
        "first_name": pupil.first_name,
        "last_name": pupil.last_name,
        "preferred_name": pupil.preferred_name,
        "academy": _academy(pupil.academy),
        "year_group": pupil.year_group,
        "images_online": pupil.images_online,
    }


@router.get("/me", response={200: MeOut, **ERRORS}, summary="The person calling")
def me(request: HttpRequest):
    """Your own staff record, roles, and what you may list."""
    user = selectors.me_get(user=request.auth)
    data = staff_out(user)
    data["permissions"] = {"list_staff": may(user, User), "list_pupils": may(user, Pupil)}
    return data


@router.get("/staff", response={200: StaffPage, **ERRORS}, summary="Staff records you may see")
def staff_list(
    request: HttpRequest,
    q: str = Query("", max_length=200, pattern=NO_NUL, description="Words in the name or e-mail."),
    academy: str = Query("", max_length=40, pattern=NO_NUL, description="An academy code, or 'head-office'."),
    status: Literal["active", "left", "all"] = Query("active"),
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """A member of staff sees their own record; a head their academy; HR, ICT and the CEO everyone."""
    staff = selectors.staff_list(user=request.auth, q=q, academy=academy, status=status)
    return {
        "count": staff.count(),
        "limit": limit,
        "offset": offset,
        "items": [staff_out(u) for u in staff[offset : offset + limit]],
    }


@router.get("/staff/{id}", response={200: StaffOut, **ERRORS}, summary="One staff record")
def staff_detail(request: HttpRequest, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002
    """404 when there is no such record or it is not yours to see."""
    return staff_out(selectors.staff_get(user=request.auth, pk=id))


@router.get("/pupils", response={200: PupilPage, **ERRORS}, summary="Pupils you may see")
def pupil_list(
    request: HttpRequest,
    q: str = Query("", max_length=200, pattern=NO_NUL, description="Words in the name, or a pupil id."),
    academy: str = Query("", max_length=40, pattern=NO_NUL, description="An academy code."),
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """Heads and DSLs see their academy's pupils; HR and the CEO every pupil; others none."""
    pupils = selectors.pupil_list(user=request.auth, q=q, academy=academy)
    return {
        "count": pupils.count(),
        "limit": limit,
        "offset": offset,
        "items": [pupil_out(p) for p in pupils[offset : offset + limit]],
    }


@router.get("/pupils/{id}", response={200: PupilOut, **ERRORS}, summary="One pupil")
def pupil_detail(request: HttpRequest, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002
    return pupil_out(selectors.pupil_get(user=request.auth, pk=id))
