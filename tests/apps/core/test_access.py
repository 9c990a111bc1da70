"""The access table: every role x every record type x own academy / another academy / head office.

Each row says, for one record type, at which places each role may read a
record that somebody else owns. Both the single-object check (``can_view``)
and the list scoping (``scope_queryset``) must agree with the row. A model of
ours without a row (and not listed in ``access.UNGUARDED``) fails
``test_every_model_has_rows``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from auditlog.models import LogEntry
from django.apps import apps

from socialpolicy.apps.core import access
from socialpolicy.apps.people.models import OrgImport, RoleAssignment
from tests.apps.monitoring.access_rows import MONITORING_ROWS
from tests.apps.notifications.access_rows import NOTIFICATIONS_ROWS
from tests.apps.policies.access_rows import POLICIES_ROWS
from tests.factories import PupilFactory, UserFactory

ROLES = ("staff", "head", "dsl", "hr", "ict", "ceo", "trustee")
ALL = {"north", "south", "office"}
NOWHERE: set[str] = set()

# place -> a record somebody else owns, at that place ("office" = head office).
Maker = Callable[[dict], object]


def _colleague(places: dict, place: str):
    return UserFactory(academy=places[place], roles=["staff"])


def _pupil(places: dict, place: str):
    return PupilFactory(academy=places[place])


def _role(places: dict, place: str):
    return RoleAssignment.objects.get(user=_colleague(places, place))


def _import(places: dict, place: str):
    return OrgImport.objects.create(source=f"import at {place}")


def _audit_entry(places: dict, place: str):
    person = _colleague(places, place)
    return LogEntry.objects.get_for_object(person).first()


# record type -> (maker, places where the record can exist, role -> places visible)
TABLE: dict[str, tuple[Callable, set[str], dict[str, set[str]]]] = {
    "people.user": (
        _colleague,
        ALL,
        {
            "staff": NOWHERE,
            "head": {"north"},
            "dsl": {"north"},
            "hr": ALL,
            "ict": ALL,
            "ceo": ALL,
            "trustee": NOWHERE,
        },
    ),
    "people.roleassignment": (
        _role,
        ALL,
        {
            "staff": NOWHERE,
            "head": {"north"},
            "dsl": NOWHERE,
            "hr": ALL,
            "ict": ALL,
            "ceo": ALL,
            "trustee": NOWHERE,
        },
    ),
    "people.pupil": (
        _pupil,
        {"north", "south"},
        {
            "staff": NOWHERE,
            "head": {"north"},
            "dsl": {"north"},
            "hr": ALL,
            "ict": NOWHERE,
            "ceo": ALL,
            "trustee": NOWHERE,
        },
    ),
    "people.orgimport": (
        _import,
        {"office"},
        {r: ({"office"} if r in ("hr", "ceo") else NOWHERE) for r in ROLES},
    ),
    "auditlog.logentry": (
        _audit_entry,
        ALL,
        {r: (ALL if r in ("hr", "ceo") else NOWHERE) for r in ROLES},
    ),
    # Personal API tokens: only their owner sees them, whatever the viewer's role.
    "api.apitoken": (
        lambda places, place: apps.get_model("api", "ApiToken").objects.create(
            user=_colleague(places, place), name="script", token_hash=f"hash-{place}", prefix="sp_test"
        ),
        ALL,
        dict.fromkeys(ROLES, NOWHERE),
    ),
    # The monitoring app's rows (one per model) live beside its tests.
    **MONITORING_ROWS,
    **POLICIES_ROWS,
    **NOTIFICATIONS_ROWS,
}


@pytest.fixture
def places(north, south):
    return {"north": north, "south": south, "office": None}


@pytest.fixture
def personas(staff_north, head_north, dsl_north, hr, ict, ceo, trustee):
    return {
        "staff": staff_north,
        "head": head_north,
        "dsl": dsl_north,
        "hr": hr,
        "ict": ict,
        "ceo": ceo,
        "trustee": trustee,
    }


def our_models():
    for config in apps.get_app_configs():
        if config.name.startswith("socialpolicy.apps."):
            yield from config.get_models()


def test_every_model_has_rows():
    keys = {m._meta.label_lower for m in our_models()} | {"auditlog.logentry"}
    missing = sorted(k for k in keys if k not in TABLE and k not in access.UNGUARDED)
    assert not missing, f"record types without rows in the access table: {missing}"
    unregistered = sorted(k for k in TABLE if k not in access.RECORD_TYPES)
    assert not unregistered, f"rows for record types with no access rules: {unregistered}"


def test_every_registered_type_has_rows():
    assert set(access.RECORD_TYPES) <= set(TABLE), sorted(set(access.RECORD_TYPES) - set(TABLE))


def test_table_covers_every_role():
    for key, (_, _, expected) in TABLE.items():
        assert set(expected) == set(ROLES), key


CASES = [
    (key, role, place)
    for key, (_, where, _) in TABLE.items()
    for role in ROLES
    for place in ("north", "south", "office")
    if place in where
]


@pytest.mark.django_db
@pytest.mark.parametrize(("key", "role", "place"), CASES)
def test_access_table(key, role, place, places, personas):
    maker, _, expected = TABLE[key]
    record = maker(places, place)
    viewer = personas[role]
    model = type(record)
    should_see = place in expected[role]

    assert access.can_view(viewer, record) is should_see, f"{role} can_view {key} at {place}"
    visible = access.scope_queryset(viewer, model.objects.all()).filter(pk=record.pk).exists()
    assert visible is should_see, f"{role} scope_queryset {key} at {place}"


@pytest.mark.django_db
def test_head_of_one_academy_cannot_read_another_academys_staff_record(head_north, staff_south):
    from django.http import Http404

    from socialpolicy.apps.people.models import User

    with pytest.raises(Http404):
        access.get_for_user(head_north, User.objects.all(), pk=staff_south.pk)


@pytest.mark.django_db
def test_everyone_sees_their_own_staff_record(staff_north):
    from socialpolicy.apps.people.models import User

    assert access.get_for_user(staff_north, User.objects.all(), pk=staff_north.pk) == staff_north


@pytest.mark.django_db
def test_ceo_acts_as_head_of_head_office_only(ceo, north):
    assert access.places(ceo, "head") == {None}
    assert access.acts_as(ceo, "head", None)
    assert not access.acts_as(ceo, "head", north.pk)


@pytest.mark.django_db
def test_deactivated_person_sees_nothing(head_north, staff_north):
    from socialpolicy.apps.people.models import User

    head_north.is_active = False
    head_north.save()
    assert not access.scope_queryset(head_north, User.objects.all()).exists()
    assert not access.can_view(head_north, staff_north)


@pytest.mark.django_db
def test_change_rights_are_narrower_than_view(head_north, hr, staff_north):
    assert access.can_view(head_north, staff_north)
    assert not access.can_change(head_north, staff_north)
    assert access.can_change(hr, staff_north)


@pytest.mark.django_db
def test_a_head_role_held_at_head_office_heads_nothing(staff_head_office, ceo):
    # Found by tests/security: only the CEO heads head office (policy 2.4, 4.5.3; as
    # policies.selectors.heads_by_place and monitoring.services.heads_for read it), but a "head"
    # role at head office (an org import row with roles=head and no academy) gave its holder
    # every head-office person's records.
    from socialpolicy.apps.people.models import User

    office_head = UserFactory(academy=None, roles=["head"])
    assert access.places(office_head, "head") == set()
    assert not access.can_view(office_head, staff_head_office)
    assert not access.scope_queryset(office_head, User.objects.filter(pk=staff_head_office.pk)).exists()
    assert access.can_view(ceo, staff_head_office)
