"""Reads for the API. Each takes the person asking and returns only what they may see."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from socialpolicy.apps.core.access import get_for_user, scope_queryset
from socialpolicy.apps.people.models import Pupil, RoleAssignment, User

HEAD_OFFICE = "head-office"


def _staff_queryset() -> QuerySet[User]:
    return User.objects.select_related("academy").prefetch_related(
        Prefetch(
            "role_assignments", queryset=RoleAssignment.objects.select_related("academy").order_by("role")
        )
    )


def _at(queryset: QuerySet, academy: str) -> QuerySet:
    if academy == HEAD_OFFICE:
        return queryset.filter(academy__isnull=True)
    if academy:
        return queryset.filter(academy__code__iexact=academy)
    return queryset


def staff_list(*, user: Any, q: str = "", academy: str = "", status: str = "active") -> QuerySet[User]:
    staff = scope_queryset(user, _staff_queryset())
    if status == "active":
        staff = staff.filter(is_active=True)
    elif status == "left":
        staff = staff.filter(is_active=False)
    staff = _at(staff, academy)
    for word in q.split():
        staff = staff.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word)
        )
    return staff.order_by("last_name", "first_name", "email")


def staff_get(*, user: Any, pk: int) -> User:
    """404 when the record does not exist or the person may not see it (existence is not leaked)."""
    return get_for_user(user, _staff_queryset(), pk=pk)


def me_get(*, user: Any) -> User:
    return _staff_queryset().get(pk=user.pk)


def pupil_list(*, user: Any, q: str = "", academy: str = "") -> QuerySet[Pupil]:
    pupils = scope_queryset(user, Pupil.objects.filter(is_active=True).select_related("academy"))
    pupils = _at(pupils, academy) if academy != HEAD_OFFICE else pupils.none()
    for word in q.split():
        pupils = pupils.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(preferred_name__icontains=word)
            | Q(pupil_id__iexact=word)
        )
    return pupils.order_by("academy__name", "last_name", "first_name", "pk")


def pupil_get(*, user: Any, pk: int) -> Pupil:
    return get_for_user(user, Pupil.objects.filter(is_active=True).select_related("academy"), pk=pk)
