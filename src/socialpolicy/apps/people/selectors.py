"""Reads for the people pages. Each takes the person asking and returns only what they may see."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from socialpolicy.apps.core.access import get_for_user, may, scope_queryset
from socialpolicy.apps.people.forms import HEAD_OFFICE_CHOICE
from socialpolicy.apps.people.models import Academy, OrgImport, Pupil, RoleAssignment, User


def _with_roles(queryset: QuerySet[User]) -> QuerySet[User]:
    return queryset.select_related("academy").prefetch_related(
        Prefetch("role_assignments", queryset=RoleAssignment.objects.order_by("role"))
    )


def staff_list(
    *, user: User, q: str = "", academy: str = "", role: str = "", status: str = "active"
) -> QuerySet[User]:
    staff = scope_queryset(user, User.objects.all())
    if status == "left":
        staff = staff.filter(is_active=False)
    elif status != "all":
        staff = staff.filter(is_active=True)
    if academy == HEAD_OFFICE_CHOICE:
        staff = staff.filter(academy__isnull=True)
    elif academy.isdigit():
        staff = staff.filter(academy_id=int(academy))
    if role:
        staff = staff.filter(role_assignments__role=role).distinct()
    for word in q.split():
        staff = staff.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word)
        )
    return _with_roles(staff).order_by("last_name", "first_name", "email")


def staff_get(*, user: User, pk: int) -> User:
    """One person's record, or 404 when it does not exist or is not the asker's to see."""
    return get_for_user(user, _with_roles(User.objects.all()), pk=pk)


def staff_places(*, user: User) -> tuple[list[Academy], bool]:
    """The academies (and whether head office) among the staff the person may see: filter choices."""
    visible = scope_queryset(user, User.objects.all())
    academy_ids = set(visible.exclude(academy__isnull=True).values_list("academy_id", flat=True))
    return list(Academy.objects.filter(pk__in=academy_ids)), visible.filter(academy__isnull=True).exists()


def may_list_staff(user: User) -> bool:
    return may(user, User, "view")


def pupil_list(*, user: User, q: str = "", academy: str = "", consent: str = "") -> QuerySet[Pupil]:
    pupils = scope_queryset(user, Pupil.objects.filter(is_active=True)).select_related("academy")
    if academy.isdigit():
        pupils = pupils.filter(academy_id=int(academy))
    if consent == "yes":
        pupils = pupils.filter(images_online=True)
    elif consent == "no":
        pupils = pupils.filter(images_online=False)
    for word in q.split():
        pupils = pupils.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(preferred_name__icontains=word)
            | Q(pupil_id__iexact=word)
        )
    return pupils.order_by("academy__name", "last_name", "first_name")


def pupil_academies(*, user: User) -> list[Academy]:
    ids = set(scope_queryset(user, Pupil.objects.all()).values_list("academy_id", flat=True))
    return list(Academy.objects.filter(pk__in=ids))


def may_list_pupils(user: User) -> bool:
    return may(user, Pupil, "view")


def may_import_org(user: User) -> bool:
    return bool(getattr(user, "is_superuser", False) and user.is_active) or may(user, OrgImport, "change")


def org_import_history(*, user: User, limit: int = 20) -> QuerySet[OrgImport]:
    if getattr(user, "is_superuser", False):
        imports = OrgImport.objects.all()
    else:
        imports = scope_queryset(user, OrgImport.objects.all())
    return imports.select_related("started_by").order_by("-started_at")[:limit]
