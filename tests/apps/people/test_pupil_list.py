"""The pupil list with image consent: heads and DSLs for their academy, HR and the CEO for all."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import PupilFactory

URL = reverse("people:pupils")


@pytest.fixture
def pupils(north, south):
    return {
        "north_yes": PupilFactory(first_name="Nell", academy=north, images_online=True),
        "north_no": PupilFactory(first_name="Ned", academy=north, images_online=False),
        "south": PupilFactory(first_name="Sol", academy=south),
    }


def ids(response) -> set[str]:
    return {p.pupil_id for p in response.context["pupils"]}


@pytest.mark.parametrize("persona", ["staff_north", "ict", "trustee"])
def test_others_get_403(login, request, persona, pupils):
    assert login(request.getfixturevalue(persona)).get(URL).status_code == 403


@pytest.mark.parametrize("persona", ["head_north", "dsl_north"])
def test_head_and_dsl_see_their_academy_only(login, request, persona, pupils):
    response = login(request.getfixturevalue(persona)).get(URL)
    assert response.status_code == 200
    assert ids(response) == {pupils["north_yes"].pupil_id, pupils["north_no"].pupil_id}
    assert "Sol" not in response.content.decode()


@pytest.mark.parametrize("persona", ["hr", "ceo"])
def test_hr_and_ceo_see_all(login, request, persona, pupils):
    assert ids(login(request.getfixturevalue(persona)).get(URL)) == {p.pupil_id for p in pupils.values()}


def test_consent_is_shown_and_filterable(login, hr, pupils):
    client = login(hr)
    html = client.get(URL).content.decode()
    assert "Consent given" in html and "No consent" in html
    assert ids(client.get(URL, {"consent": "yes"})) == {pupils["north_yes"].pupil_id}
    assert pupils["north_yes"].pupil_id not in ids(client.get(URL, {"consent": "no"}))


def test_search(login, hr, pupils):
    assert ids(login(hr).get(URL, {"q": "ned"})) == {pupils["north_no"].pupil_id}
