"""The policies app's rows of the access table (``tests/apps/core/test_access.py`` spreads them in).

Each row: a maker of a record somebody else owns at a place ("north", "south", "office"), the
places such a record can exist, and for each role the places where that role may read it.
"""

from __future__ import annotations

from datetime import date
from itertools import count

from socialpolicy.apps.policies.models import (
    Escalation,
    Policy,
    PolicyVersion,
    Signature,
    SignOffRequest,
    TrainingAttendance,
    TrainingExemption,
    TrainingSession,
)
from tests.factories import UserFactory

ROLES = ("staff", "head", "dsl", "hr", "ict", "ceo", "trustee")
ALL = {"north", "south", "office"}
NOWHERE: set[str] = set()
_serial = count(1)


def _only(roles: dict[str, set[str]]) -> dict[str, set[str]]:
    return {role: roles.get(role, NOWHERE) for role in ROLES}


PEOPLE_RECORDS = _only({"head": {"north"}, "hr": ALL, "ceo": ALL})


def _colleague(places, place):
    return UserFactory(academy=places[place], roles=["staff"])


def _policy(places=None, place=None):
    n = next(_serial)
    return Policy.objects.create(title=f"Policy {n}", slug=f"policy-{n}")


def _version(places=None, place=None):
    return PolicyVersion.objects.create(policy=_policy(), number=1, text="Text", ratified_on=date(2026, 1, 1))


def _request(places, place):
    return SignOffRequest.objects.create(
        version=_version(),
        user=_colleague(places, place),
        assigned_on=date(2026, 1, 5),
        due_on=date(2026, 1, 19),
    )


def _signature(places, place):
    request = _request(places, place)
    return Signature.objects.create(
        request=request, version=request.version, user=request.user, text_sha256=request.version.text_sha256
    )


def _session(places, place):
    return TrainingSession.objects.create(
        policy=_policy(), title="Cascade", held_on=date(2026, 1, 10), trainer="T", academy=places[place]
    )


def _attendance(places, place):
    return TrainingAttendance.objects.create(
        session=_session(places, "office"), user=_colleague(places, place)
    )


def _exemption(places, place):
    return TrainingExemption.objects.create(policy=_policy(), user=_colleague(places, place), reason="Away")


def _escalation(places, place):
    told = UserFactory(academy=places[place], roles=["head"])
    return Escalation.objects.create(request=_request(places, place), head=told, week=0)


POLICIES_ROWS = {
    "policies.policy": (_policy, {"office"}, {r: {"office"} for r in ROLES}),
    "policies.policyversion": (_version, {"office"}, {r: {"office"} for r in ROLES}),
    "policies.signoffrequest": (_request, ALL, PEOPLE_RECORDS),
    "policies.signature": (_signature, ALL, PEOPLE_RECORDS),
    "policies.trainingsession": (
        _session,
        ALL,
        _only({"head": {"north"}, "hr": ALL, "ceo": ALL, "trustee": ALL}),
    ),
    "policies.trainingattendance": (_attendance, ALL, PEOPLE_RECORDS),
    "policies.trainingexemption": (_exemption, ALL, PEOPLE_RECORDS),
    "policies.escalation": (_escalation, ALL, _only({"hr": ALL, "ceo": ALL})),
}
