"""Every create, change and delete of a domain record writes an audit entry, never a secret value."""

from __future__ import annotations

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.apps import apps
from django.db import transaction

from socialpolicy.apps.audit.registry import REDACTED
from socialpolicy.apps.people.models import Academy, Pupil, RoleAssignment, Trust
from tests.factories import PupilFactory, UserFactory


def our_models():
    for config in apps.get_app_configs():
        if config.name.startswith("socialpolicy.apps."):
            yield from config.get_models()


def test_every_domain_model_is_audited():
    missing = [
        m._meta.label
        for m in our_models()
        if not auditlog.contains(m) and not getattr(m, "audit_exempt", False)
    ]
    assert not missing


def entries_for(obj):
    return LogEntry.objects.get_for_object(obj).order_by("timestamp", "pk")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "make",
    [
        lambda: Trust.objects.create(name="Audit Trust"),
        lambda: Academy.objects.create(code="AUD", name="Audit Academy"),
        lambda: UserFactory(),
        lambda: PupilFactory(),
        lambda: RoleAssignment.objects.get(user=UserFactory(roles=["head"])),
    ],
    ids=["trust", "academy", "user", "pupil", "roleassignment"],
)
def test_create_change_delete_leave_entries_with_actor(make, hr):
    with set_actor(hr):
        obj = make()
        model = type(obj)
        pk = obj.pk
        field = next(f for f in ("name", "last_name", "role") if hasattr(obj, f))
        setattr(obj, field, "head" if field == "role" else "Changed")
        obj.save()
        if model is not Trust and model is not Academy:
            obj.delete()
    entries = LogEntry.objects.filter(content_type__model=model._meta.model_name, object_pk=str(pk))
    actions = list(entries.order_by("timestamp", "pk").values_list("action", flat=True))
    expected = [LogEntry.Action.CREATE, LogEntry.Action.UPDATE]
    if model is not Trust and model is not Academy:
        expected.append(LogEntry.Action.DELETE)
    if field == "role":  # unchanged value: saving it again is no change
        expected.remove(LogEntry.Action.UPDATE)
    assert actions == expected
    assert all(e.actor_id == hr.pk for e in entries)
    update = entries.filter(action=LogEntry.Action.UPDATE).first()
    if update:
        assert field in update.changes_dict


@pytest.mark.django_db
def test_password_changes_are_logged_but_never_shown():
    user = UserFactory()
    user.set_password("a brand new secret 123")
    user.save()
    update = entries_for(user).filter(action=LogEntry.Action.UPDATE).get()
    assert update.changes_dict["password"] == [REDACTED, REDACTED]
    assert "brand new secret" not in str(update.changes)


@pytest.mark.django_db
def test_entry_is_written_in_the_same_transaction():
    with pytest.raises(RuntimeError), transaction.atomic():
        pupil = PupilFactory()
        assert entries_for(pupil).exists()
        raise RuntimeError("roll back")
    assert not Pupil.objects.exists()
    assert not LogEntry.objects.filter(content_type__model="pupil").exists()
