"""Who may see and do what: the one module every view, selector and API endpoint asks.

Each guarded model is a *record type* with, per role, a scope for reading and
one for changing:

- ``OWN``: records the person owns (their own declarations, signatures, ...);
- ``ACADEMY``: records of the places where the person holds that role
  (head office is a place too: head-office records have no academy);
- ``TRUST``: every record.

Everyone may read records they own when the record type has an owner.
Heads act for their academy. Where the policy says "head", head-office staff
go to the CEO instead (policy 2.4, 4.5.3): the CEO counts as the head of head
office, so a record type granting ``head`` ACADEMY scope lets the CEO see
head-office records under that rule.

Apps register their record types here (``register``); the table-driven test in
``tests/apps/core/test_access.py`` fails when a model has no entry.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, Q, QuerySet
from django.http import Http404


class Scope(enum.IntEnum):
    NONE = 0
    OWN = 1
    ACADEMY = 2
    TRUST = 3


NONE, OWN, ACADEMY, TRUST = Scope.NONE, Scope.OWN, Scope.ACADEMY, Scope.TRUST
HEAD_OFFICE = None  # the "academy" of head-office records and people


@dataclass(frozen=True)
class RecordType:
    key: str  # "app_label.modelname"
    label: str
    academy_path: str | None  # ORM path to the Academy FK ("academy", "user__academy")
    owner_path: str | None = None  # ORM path to the owning User ("user", "author")
    view: Mapping[str, Scope] = field(default_factory=dict)
    change: Mapping[str, Scope] = field(default_factory=dict)
    owner_may_change: bool = False


RECORD_TYPES: dict[str, RecordType] = {}

# Models that are deliberately not guarded by record rules, with the reason.
UNGUARDED: dict[str, str] = {
    "people.trust": "the trust's name and aliases are shown to every signed-in person",
    "people.academy": "academy names are shown to every signed-in person",
}


def register(record_type: RecordType) -> RecordType:
    RECORD_TYPES[record_type.key] = record_type
    return record_type


def record_type_for(model: type[Model] | Model) -> RecordType:
    key = model._meta.label_lower
    try:
        return RECORD_TYPES[key]
    except KeyError:
        raise LookupError(f"{key} has no access rules: register it in core.access") from None


# --- the person's places --------------------------------------------------------------------


def _assignments(user: Any) -> list[tuple[str, int | None]]:
    cached = getattr(user, "_access_assignments", None)
    if cached is None:
        cached = list(user.role_assignments.values_list("role", "academy_id"))
        user._access_assignments = cached
    return cached


def roles_of(user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    return {role for role, _ in _assignments(user)} | {"staff"}


def places(user: Any, role: str) -> set[int | None]:
    """The academies (None = head office) where the person acts in ``role``."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    found = {academy for r, academy in _assignments(user) if r == role}
    if role == "staff":
        found.add(user.academy_id)
    if role == "head":
        # Only the CEO heads head office: a "head" role held there is nobody's head (policies'
        # heads_by_place and monitoring's heads_for read it so too).
        found.discard(HEAD_OFFICE)
        if any(r == "ceo" for r, _ in _assignments(user)):
            found.add(HEAD_OFFICE)  # the CEO acts as head for head-office staff
    return found


def acts_as(user: Any, role: str, academy_id: int | None) -> bool:
    return academy_id in places(user, role)


# --- checks ---------------------------------------------------------------------------------


def _grants(user: Any, table: Mapping[str, Scope]) -> Iterable[tuple[str, Scope]]:
    roles = roles_of(user)
    if "head" in table and "ceo" in roles:
        roles = roles | {"head"}
    for role in roles:
        scope = table.get(role, NONE)
        if scope:
            yield role, scope


def _resolve(obj: Any, path: str | None) -> Any:
    if path is None:
        return None
    value = obj
    parts = path.split("__")
    for i, part in enumerate(parts):
        if value is None:
            return None
        if i == len(parts) - 1 and hasattr(value, f"{part}_id"):
            return getattr(value, f"{part}_id")
        value = getattr(value, part)
    return value.pk if isinstance(value, Model) else value


def _allowed(user: Any, obj: Model, table: Mapping[str, Scope], owner_ok: bool) -> bool:
    rt = record_type_for(obj)
    owner_id = _resolve(obj, rt.owner_path)
    if owner_ok and owner_id is not None and owner_id == user.pk:
        return True
    academy_id = _resolve(obj, rt.academy_path) if rt.academy_path else HEAD_OFFICE
    for role, scope in _grants(user, table):
        if scope == TRUST:
            return True
        if scope == ACADEMY and rt.academy_path and academy_id in places(user, role):
            return True
        if scope == OWN and owner_id is not None and owner_id == user.pk:
            return True
    return False


def can_view(user: Any, obj: Model) -> bool:
    if not roles_of(user):
        return False
    rt = record_type_for(obj)
    return _allowed(user, obj, rt.view, owner_ok=rt.owner_path is not None)


def can_change(user: Any, obj: Model) -> bool:
    if not roles_of(user):
        return False
    rt = record_type_for(obj)
    return _allowed(user, obj, rt.change, owner_ok=rt.owner_may_change)


def may(user: Any, model: type[Model], action: str = "view", academy_id: int | None | bool = False) -> bool:
    """Whether the person may ``action`` some record of ``model`` (optionally at one place)."""
    rt = record_type_for(model)
    table = rt.view if action == "view" else rt.change
    for role, scope in _grants(user, table):
        if scope == TRUST:
            return True
        if scope == ACADEMY and (academy_id is False or academy_id in places(user, role)):
            return True
    return False


def scope_queryset(user: Any, queryset: QuerySet, action: str = "view") -> QuerySet:
    """Only the rows the person may see (or change)."""
    if not roles_of(user):
        return queryset.none()
    rt = record_type_for(queryset.model)
    table = rt.view if action == "view" else rt.change
    owner_ok = rt.owner_path is not None if action == "view" else rt.owner_may_change
    condition = Q(pk__in=[])
    if owner_ok and rt.owner_path:
        condition |= Q(**{rt.owner_path: user.pk})
    for role, scope in _grants(user, table):
        if scope == TRUST:
            return queryset
        if scope == ACADEMY and rt.academy_path:
            where = places(user, role)
            ids = [a for a in where if a is not None]
            if ids:
                condition |= Q(**{f"{rt.academy_path}__in": ids})
            if HEAD_OFFICE in where:
                condition |= Q(**{f"{rt.academy_path}__isnull": True})
        if scope == OWN and rt.owner_path:
            condition |= Q(**{rt.owner_path: user.pk})
    return queryset.filter(condition)


def get_for_user(user: Any, queryset: QuerySet, action: str = "view", **lookup: Any) -> Model:
    """Fetch one record, or 404 when it does not exist *or* the person may not see it."""
    try:
        return scope_queryset(user, queryset, action).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404("No such record") from None


# --- the people app's own record types ------------------------------------------------------

register(
    RecordType(
        key="people.user",
        label="Staff record",
        academy_path="academy",
        owner_path="id",
        view={"head": ACADEMY, "dsl": ACADEMY, "hr": TRUST, "ceo": TRUST, "ict": TRUST},
        change={"hr": TRUST},
    )
)
register(
    RecordType(
        key="people.roleassignment",
        label="Role",
        academy_path="user__academy",
        owner_path="user",
        view={"head": ACADEMY, "hr": TRUST, "ceo": TRUST, "ict": TRUST},
        change={"hr": TRUST},
    )
)
register(
    RecordType(
        key="people.pupil",
        label="Pupil",
        academy_path="academy",
        view={"head": ACADEMY, "dsl": ACADEMY, "hr": TRUST, "ceo": TRUST},
        change={"hr": TRUST},
    )
)
register(
    RecordType(
        key="people.orgimport",
        label="Organisation import",
        academy_path=None,
        view={"hr": TRUST, "ceo": TRUST},
        change={"hr": TRUST},
    )
)
register(
    RecordType(
        key="auditlog.logentry",
        label="Audit entry",
        academy_path=None,
        view={"hr": TRUST, "ceo": TRUST},
    )
)
