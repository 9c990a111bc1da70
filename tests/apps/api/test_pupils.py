"""``GET /api/v1/pupils`` (and one pupil): heads and DSLs their academy, HR and the CEO all."""

import pytest

from tests.factories import PupilFactory


@pytest.fixture
def pupils(north, south):
    return {
        "north": PupilFactory(academy=north, first_name="Ada", last_name="North", images_online=True),
        "south": PupilFactory(academy=south, first_name="Ben", last_name="South"),
        "left": PupilFactory(academy=north, first_name="Cal", last_name="Gone", is_active=False),
    }


@pytest.mark.django_db
def test_head_sees_own_academy(api_client, head_north, pupils):
    data = api_client(head_north).get("/api/v1/pupils").json()
    assert [p["first_name"] for p in data["items"]] == ["Ada"]
    assert data["items"][0]["images_online"] is True
    assert data["items"][0]["academy"]["code"] == "NTH"


@pytest.mark.django_db
def test_dsl_sees_own_academy(api_client, dsl_north, pupils):
    assert [p["first_name"] for p in api_client(dsl_north).get("/api/v1/pupils").json()["items"]] == ["Ada"]


@pytest.mark.django_db
def test_ceo_sees_all_active(api_client, ceo, pupils):
    data = api_client(ceo).get("/api/v1/pupils").json()
    assert {p["first_name"] for p in data["items"]} == {"Ada", "Ben"}
    assert api_client(ceo).get("/api/v1/pupils", {"academy": "STH"}).json()["count"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["staff_north", "ict", "trustee"])
def test_others_see_none(api_client, request, persona, pupils):
    user = request.getfixturevalue(persona)
    data = api_client(user).get("/api/v1/pupils").json()
    assert data == {"count": 0, "limit": 100, "offset": 0, "items": []}


@pytest.mark.django_db
def test_one_pupil_scoped(api_client, head_north, pupils):
    client = api_client(head_north)
    assert client.get(f"/api/v1/pupils/{pupils['north'].pk}").json()["last_name"] == "North"
    assert client.get(f"/api/v1/pupils/{pupils['south'].pk}").status_code == 404
    assert client.get(f"/api/v1/pupils/{pupils['left'].pk}").status_code == 404
