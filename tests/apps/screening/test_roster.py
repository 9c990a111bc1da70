"""The engine's roster built from the database, kept in memory until people data changes."""

import pytest

from socialpolicy.apps.people.models import Academy, Trust
from socialpolicy.apps.screening import roster as roster_module
from socialpolicy.apps.screening.roster import current_analyzer, roster_fingerprint, roster_from_db
from tests.factories import PupilFactory, UserFactory


@pytest.fixture
def people(trust, north, south, head_north):
    north.aliases = ["North", "@NorthAcad"]
    north.save()
    UserFactory(email="left@oakfield.example", academy=north, is_active=False)
    PupilFactory(
        academy=north, first_name="Ada", last_name="Lovelace", preferred_name="Addy", handles=["@ada"]
    )
    PupilFactory(academy=south, first_name="Ben", last_name="Gone", is_active=False)
    PupilFactory(academy=south, first_name="Cy", last_name="Consent", images_online=True)


@pytest.mark.django_db
def test_roster_from_db(people, head_north):
    roster = roster_from_db()
    assert roster.trust_name == "Oakfield Learning Trust"
    assert roster.trust_aliases == ("Oakfield Trust", "OLT")
    assert ("NTH", "North Academy", ("North", "@NorthAcad")) in roster.academies
    assert roster.email_domains == ("oakfield.example",)
    emails = {s.email for s in roster.staff}
    assert head_north.email in emails and "left@oakfield.example" not in emails
    head = roster.staff_by_email[head_north.email]
    assert head.roles == ("head",) and head.academy_code == "NTH"
    pupils = {p.first_name: p for p in roster.pupils}
    assert set(pupils) == {"Ada", "Cy"}
    assert pupils["Ada"].preferred_name == "Addy" and pupils["Ada"].handles == ("@ada",)
    assert pupils["Cy"].images_online and not pupils["Ada"].images_online


@pytest.mark.django_db
def test_empty_database_gives_an_empty_roster():
    roster = roster_from_db()
    assert roster.trust_name == "" and roster.staff == () and roster.pupils == ()


@pytest.mark.django_db
def test_analyzer_is_reused_until_people_change(people, north, monkeypatch):
    first = current_analyzer()
    assert current_analyzer() is first
    PupilFactory(academy=north, first_name="New", last_name="Pupil")
    second = current_analyzer()
    assert second is not first
    assert "New" in {p.first_name for p in second.roster.pupils}


@pytest.mark.django_db
def test_fingerprint_moves_on_changes_from_other_processes(people, north):
    """Another process's edit does not fire our signals; its audit entry still moves the key."""
    before = roster_fingerprint()
    version = roster_module._local_version[0]
    pupil = PupilFactory(academy=north, first_name="Edna", last_name="Edit")
    roster_module._local_version[0] = version  # pretend the signal fired elsewhere
    middle = roster_fingerprint()
    assert middle != before
    pupil.images_online = True
    pupil.save()
    roster_module._local_version[0] = version
    assert roster_fingerprint() != middle


@pytest.mark.django_db
def test_trust_and_academy_edits_rebuild(people):
    first = current_analyzer()
    Trust.objects.update(name="Renamed Trust")  # a bulk update: no signal, no audit entry...
    Academy.objects.filter(code="STH").get().save()  # ...but any audited save moves the key
    assert current_analyzer().roster.trust_name == "Renamed Trust"
    assert current_analyzer() is not first
