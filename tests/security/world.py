"""One record of every guarded model at North, at South and at head office, plus the personas.

The makers are the access table's (``tests/apps/core/test_access.py``): each builds a record
somebody else owns at a place, so a new model with a row there is crawled here too. On top of
those, an issued policy version (so every persona has a request to sign and the dashboards have
figures), and each persona's own token, notification and signed request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.db import connection
from django.db.models import Model

from socialpolicy.apps.api.tokens import token_create
from socialpolicy.apps.core import access
from socialpolicy.apps.notifications.models import Notification
from socialpolicy.apps.people.models import Pupil, User
from socialpolicy.apps.policies import services as policy_services
from socialpolicy.apps.policies.models import SignOffRequest
from tests.apps.core.test_access import TABLE
from tests.factories import AcademyFactory, TrustFactory, UserFactory

PLACES = ("north", "south", "office")

# Persona name -> (academy, roles), as in tests/conftest.py.
PERSONAS = {
    "staff_north": ("north", ["staff"]),
    "head_north": ("north", ["head"]),
    "head_south": ("south", ["head"]),
    "dsl_north": ("north", ["staff", "dsl"]),
    "hr": ("office", ["hr"]),
    "ict": ("office", ["ict"]),
    "ceo": ("office", ["ceo"]),
    "trustee": ("office", ["trustee"]),
    "staff_head_office": ("office", ["staff"]),
}

# Between them these personas are shown every kind of form the site has.
POSTERS = ("hr", "ict", "dsl_north", "head_north", "staff_north")

POLICY_TEXT = "# Staff social media\n\n## 1. Scope\n\n1.1 A short test text written for these tests.\n"


@dataclass
class World:
    places: dict
    people: dict[str, User]
    # (record type key, place) -> record somebody else owns there
    records: dict[tuple[str, str], Model] = field(default_factory=dict)
    # persona name -> their own records (token, notification, signature, request)
    own: dict[str, list[Model]] = field(default_factory=dict)
    # trust-wide records: the issued policy and its version
    shared: list[Model] = field(default_factory=list)
    # a unique word written into a record's private text -> the record
    markers: dict[str, Model] = field(default_factory=dict)

    def all_records(self) -> list[Model]:
        own = (r for records in self.own.values() for r in records)
        return [*self.records.values(), *own, *self.shared]

    def of_model(self, model: type[Model]) -> list[Model]:
        return [r for r in self.all_records() if isinstance(r, model)]

    def place_of(self, record: Model) -> str | None:
        """ "north", "south" or "office" for a record with an academy; None for trust-wide records."""
        rt = access.record_type_for(record)
        if rt.academy_path is None:
            return None
        academy_id = access._resolve(record, rt.academy_path)
        for name, academy in self.places.items():
            if (academy.pk if academy else None) == academy_id:
                return name
        return None

    def owner_of(self, record: Model) -> int | None:
        rt = access.record_type_for(record)
        return access._resolve(record, rt.owner_path) if rt.owner_path else None


def build_world() -> World:
    TrustFactory()
    places = {
        "north": AcademyFactory(code="NTH", name="North Academy"),
        "south": AcademyFactory(code="STH", name="South Academy"),
        "office": None,
    }
    people = {
        name: UserFactory(email=f"{name.replace('_', '.')}@oakfield.example", academy=places[at], roles=roles)
        for name, (at, roles) in PERSONAS.items()
    }
    world = World(places=places, people=people)
    for key, (maker, where, _) in TABLE.items():
        for place in PLACES:
            if place in where:
                world.records[(key, place)] = maker(places, place)

    _mark(world)

    # An issued version: everyone active has a request to sign.
    hr = people["hr"]
    policy = policy_services.policy_create(actor=hr, title="Social media", slug="social-media", owner=hr)
    version = policy_services.version_create(
        actor=hr, policy=policy, text=POLICY_TEXT, ratified_on=date(2026, 10, 20), number=1
    )
    policy_services.version_issue(actor=hr, version=version)
    world.shared += [policy, version]
    for name, person in people.items():
        token, _ = token_create(actor=person, name=f"{name} script")
        note = Notification.objects.create(recipient=person, key=f"security-{name}", title="Hello")
        request = SignOffRequest.objects.get(user=person, version=version)
        world.own[name] = [token, note, request]
    signed = policy_services.policy_sign(
        actor=people["staff_north"], request=world.own["staff_north"][2], confirmed=True
    )
    world.own["staff_north"].append(signed)
    return world


# Private text of records, by record type: (field, ...) each given a unique marker word.
MARKED_FIELDS = {
    "monitoring.safeguardingalert": ("summary", "concern"),
    "monitoring.finding": ("triage_notes", "follow_up_notes"),
    "policies.trainingexemption": ("reason",),
    "policies.trainingsession": ("notes",),
    "people.orgimport": ("source",),
    "policies.policyversion": ("summary_of_changes",),  # a draft: HR's alone until issued
}


def _mark(world: World) -> None:
    for (key, place), record in world.records.items():
        for name in MARKED_FIELDS.get(key, ()):
            marker = f"Secret{key.split('.')[1].title()}{name.title().replace('_', '')}{place.title()}"
            type(record).objects.filter(pk=record.pk).update(**{name: marker})
            world.markers[marker] = record


def may_read_marker(user: User, record: Model) -> bool:
    if getattr(record, "issued_at", True) is None:  # a draft version
        return "hr" in access.roles_of(user)
    return access.can_view(user, record)


def our_models() -> list[type[Model]]:
    models = [m for c in apps.get_app_configs() if c.name.startswith("socialpolicy.") for m in c.get_models()]
    return [*models, apps.get_model("auditlog", "LogEntry"), apps.get_model("otp_totp", "TOTPDevice")]


def snapshot() -> dict[str, int]:
    """Row counts of our models, the audit log and the second-factor devices (one query)."""
    models = our_models()
    quote = connection.ops.quote_name
    counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(m._meta.db_table)})" for m in models)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")  # noqa: S608  # table names from our own models
        row = cursor.fetchone()
    return {m._meta.label_lower: n for m, n in zip(models, row, strict=True)}


def visible_pupil_names(viewer: User) -> set[str]:
    return set(access.scope_queryset(viewer, Pupil.objects.all()).values_list("first_name", flat=True))
