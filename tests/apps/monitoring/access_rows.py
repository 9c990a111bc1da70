"""The monitoring app's rows of the access table (tests/apps/core/test_access.py spreads them in).

Each row: a maker of a record somebody else owns at a place ("north", "south", "office"), the
places such a record can exist, and for each role the places where that role may read it.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Device,
    Finding,
    Ingest,
    IngestedFile,
    MonitoringSettings,
    Network,
    NonContactPeriod,
    RetentionRun,
    SafeguardingAlert,
    TrustSite,
    WorkSchedule,
)
from tests.factories import UserFactory

ROLES = ("staff", "head", "dsl", "hr", "ict", "ceo", "trustee")
ALL = {"north", "south", "office"}
NOWHERE: set[str] = set()
SEEN = datetime(2026, 11, 16, 9, 0, tzinfo=ZoneInfo("Europe/London"))
_counter = iter(range(1, 10**6))


def _only(roles: dict[str, set[str]]) -> dict[str, set[str]]:
    return {role: roles.get(role, NOWHERE) for role in ROLES}


def _colleague(places, place):
    return UserFactory(academy=places[place], roles=["staff"])


def _settings(places, place):
    return MonitoringSettings.objects.create(lawful_basis="public_task", dpia_reference="D1")


def _network(places, place):
    n = next(_counter)
    return Network.objects.create(
        cidr=f"10.{n % 250}.{n // 250}.0/24", ownership="trust", academy=places[place]
    )


def _device(places, place):
    n = next(_counter)
    return Device.objects.create(ip=f"10.200.{n // 250}.{n % 250}", owner=_colleague(places, place))


def _schedule(places, place):
    academy = places[place]
    return WorkSchedule.objects.create(
        key=academy.code if academy else "default",
        academy=academy,
        workdays=["Mon"],
        work_hours="08:00-16:00",
    )


def _noncontact(places, place):
    return NonContactPeriod.objects.create(
        user=_colleague(places, place), day="Wed", start="11:00", end="12:00"
    )


def _trust_site(places, place):
    n = next(_counter)
    return TrustSite.objects.create(
        site_id=f"added{n}", name=f"Added site {n}", domain=f"added{n}.example.net"
    )


def _ingest(places, place):
    return Ingest.objects.create(source="command")


def _ingested_file(places, place):
    return IngestedFile.objects.create(
        ingest=_ingest(places, place), name="access.log", size=1, sha256="a" * 64
    )


def _day_fields(places, place) -> dict:
    person = _colleague(places, place)
    return {
        "person": person.email,
        "user": person,
        "academy": places[place],
        "date": date(2026, 11, 16),
        "site": "facebook",
        "ownership": "trust",
        "active_minutes": 5,
        "requests": 9,
        "first_seen": SEEN,
        "last_seen": SEEN,
    }


def _activity(places, place):
    return DailyActivity.objects.create(**_day_fields(places, place))


def _finding(places, place):
    return Finding.objects.create(clause="5.2", severity="warn", **_day_fields(places, place))


def _alert(places, place):
    return SafeguardingAlert.objects.create(
        finding=_finding(places, place),
        academy=places[place],
        summary="facebook, 5 minutes",
        concern="A concern",
        raised_by=_colleague(places, "office"),
    )


def _retention_run(places, place):
    return RetentionRun.objects.create(retention_days=90, cutoff=date(2026, 8, 1))


OFFICERS_OFFICE = _only({"ict": {"office"}, "hr": {"office"}, "ceo": {"office"}})
PEOPLE_DATA = _only({"head": {"north"}, "ict": ALL, "hr": ALL, "ceo": ALL})

MONITORING_ROWS = {
    "monitoring.monitoringsettings": (_settings, {"office"}, _only(dict.fromkeys(ROLES, {"office"}))),
    "monitoring.network": (_network, ALL, _only({"ict": ALL, "hr": ALL, "ceo": ALL})),
    "monitoring.device": (_device, ALL, _only({"ict": ALL, "hr": ALL})),
    "monitoring.workschedule": (_schedule, ALL, _only(dict.fromkeys(ROLES, ALL))),
    # The CEO is head of head office, so sees head-office staff's periods as a head would.
    "monitoring.noncontactperiod": (
        _noncontact,
        ALL,
        _only({"head": {"north"}, "ict": ALL, "hr": ALL, "ceo": {"office"}}),
    ),
    # What is monitored: ICT keeps it; heads, HR and the CEO may read it.
    "monitoring.trustsite": (
        _trust_site,
        {"office"},
        _only({"ict": {"office"}, "head": {"office"}, "hr": {"office"}, "ceo": {"office"}}),
    ),
    "monitoring.ingest": (_ingest, {"office"}, OFFICERS_OFFICE),
    "monitoring.ingestedfile": (_ingested_file, {"office"}, OFFICERS_OFFICE),
    "monitoring.dailyactivity": (_activity, ALL, PEOPLE_DATA),
    "monitoring.finding": (_finding, ALL, PEOPLE_DATA),
    # Safeguarding: the DSLs of that academy only (and the ICT officer who raised it, its owner).
    "monitoring.safeguardingalert": (_alert, ALL, _only({"dsl": {"north"}})),
    "monitoring.retentionrun": (_retention_run, {"office"}, OFFICERS_OFFICE),
}
