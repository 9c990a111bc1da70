"""The audit-log browser: HR and the CEO only; filters by type, person, action, dates and text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from socialpolicy.apps.people.models import Pupil, User
from socialpolicy.apps.people.services import user_set_password
from tests.factories import PupilFactory

URL = reverse("audit:log")


@pytest.fixture
def history(hr, ceo, staff_north, north):
    """A few changes made by HR and the CEO."""
    with set_actor(hr):
        staff_north.job_title = "Head of Science"
        staff_north.save()
        pupil = PupilFactory(first_name="Zebedee", academy=north)
    with set_actor(ceo):
        pupil.delete()
    user_set_password(actor=hr, user=staff_north, password="a secret passphrase")
    return {"pupil_id": pupil.pupil_id}


def rows(response):
    return [row["entry"] for row in response.context["rows"]]


@pytest.mark.parametrize("persona", ["staff_north", "head_north", "ict", "dsl_north", "trustee"])
def test_others_get_403(login, request, persona):
    assert login(request.getfixturevalue(persona)).get(URL).status_code == 403


@pytest.mark.parametrize("persona", ["hr", "ceo"])
def test_hr_and_ceo_browse(login, request, persona, history):
    response = login(request.getfixturevalue(persona)).get(URL)
    assert response.status_code == 200
    assert len(rows(response)) == LogEntry.objects.count()


def test_update_shows_old_and_new_values(login, hr, history):
    html = login(hr).get(URL, {"q": "Head of Science"}).content.decode()
    assert "Teacher" in html and "Head of Science" in html
    assert 'class="old"' in html


def test_masked_values_stay_masked(login, hr, history, staff_north):
    response = login(hr).get(URL, {"type": ContentType.objects.get_for_model(User).pk})
    html = response.content.decode()
    assert "[redacted]" in html
    assert "a secret passphrase" not in html
    assert "argon2" not in html


def test_filter_by_record_type(login, hr, history):
    response = login(hr).get(URL, {"type": ContentType.objects.get_for_model(Pupil).pk})
    assert {e.content_type.model for e in rows(response)} == {"pupil"}
    assert len(rows(response)) == 2  # created, then deleted


def test_filter_by_actor_and_action(login, hr, ceo, history):
    client = login(hr)
    by_ceo = rows(client.get(URL, {"actor": ceo.pk}))
    assert by_ceo and all(e.actor_id == ceo.pk for e in by_ceo)
    deletes = rows(client.get(URL, {"action": "delete"}))
    assert [e.action for e in deletes] == [LogEntry.Action.DELETE]
    assert "Zebedee" in deletes[0].object_repr
    creates = rows(client.get(URL, {"action": "create", "actor": hr.pk}))
    assert [e.object_repr for e in creates] == ["Zebedee Example"]


def test_filter_by_dates(login, hr, history):
    old = LogEntry.objects.order_by("pk").first()
    LogEntry.objects.filter(pk=old.pk).update(timestamp=timezone.now() - timedelta(days=40))
    client = login(hr)
    today = timezone.localdate()
    recent = rows(client.get(URL, {"since": (today - timedelta(days=1)).isoformat()}))
    assert old not in recent and recent
    older = rows(client.get(URL, {"until": (today - timedelta(days=30)).isoformat()}))
    assert older == [old]


def test_dates_in_the_wrong_order_are_an_error_on_the_field(login, hr, history):
    html = login(hr).get(URL, {"since": "2026-02-01", "until": "2026-01-01"}).content.decode()
    assert 'id="id_until-error"' in html
    assert 'aria-describedby="id_until-error"' in html


def test_text_search_matches_record_names(login, hr, history):
    found = rows(login(hr).get(URL, {"q": "zebedee"}))
    assert found and all("Zebedee" in e.object_repr for e in found)


def test_paginated(login, hr, north):
    with set_actor(hr):
        PupilFactory.create_batch(35, academy=north)
    client = login(hr)
    assert len(rows(client.get(URL))) == 30
    assert len(rows(client.get(URL, {"page": 2}))) == LogEntry.objects.count() - 30
