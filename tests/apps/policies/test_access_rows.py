"""Our rows of the access table, checked here too (the shared table in tests/apps/core spreads them in)."""

from __future__ import annotations

import pytest

from socialpolicy.apps.core import access
from tests.apps.notifications.access_rows import NOTIFICATIONS_ROWS
from tests.apps.policies.access_rows import POLICIES_ROWS

ROWS = {**POLICIES_ROWS, **NOTIFICATIONS_ROWS}
CASES = [
    (key, role, place)
    for key, (_, where, expected) in ROWS.items()
    for role in expected
    for place in ("north", "south", "office")
    if place in where
]


def test_every_model_of_ours_has_a_row_and_rules():
    from django.apps import apps

    ours = {
        m._meta.label_lower
        for label in ("policies", "notifications")
        for m in apps.get_app_config(label).get_models()
    }
    assert ours == set(ROWS)
    assert ours <= set(access.RECORD_TYPES)


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


@pytest.mark.django_db
@pytest.mark.parametrize(("key", "role", "place"), CASES)
def test_access_row(key, role, place, places, personas):
    maker, _, expected = ROWS[key]
    record = maker(places, place)
    viewer = personas[role]
    should_see = place in expected[role]
    assert access.can_view(viewer, record) is should_see, f"{role} can_view {key} at {place}"
    visible = access.scope_queryset(viewer, type(record).objects.all()).filter(pk=record.pk).exists()
    assert visible is should_see, f"{role} scope_queryset {key} at {place}"
