"""``GET /api/v1/staff`` and ``GET /api/v1/staff/{id}``: scoped like every other read."""

import pytest

from tests.factories import UserFactory


@pytest.mark.django_db
def test_head_lists_own_academy_only(api_client, head_north, staff_north, staff_south, hr):
    data = api_client(head_north).get("/api/v1/staff").json()
    emails = {item["email"] for item in data["items"]}
    assert emails == {head_north.email, staff_north.email}
    assert data["count"] == 2


@pytest.mark.django_db
def test_staff_member_sees_only_themselves(api_client, staff_north, head_north):
    data = api_client(staff_north).get("/api/v1/staff").json()
    assert [item["email"] for item in data["items"]] == [staff_north.email]


@pytest.mark.django_db
def test_hr_sees_everyone_and_can_filter(api_client, hr, staff_north, staff_south, staff_head_office):
    client = api_client(hr)
    assert client.get("/api/v1/staff").json()["count"] == 4
    north = client.get("/api/v1/staff", {"academy": "nth"}).json()
    assert [i["email"] for i in north["items"]] == [staff_north.email]
    office = client.get("/api/v1/staff", {"academy": "head-office"}).json()
    assert {i["email"] for i in office["items"]} == {hr.email, staff_head_office.email}
    assert client.get("/api/v1/staff", {"q": "sue"}).json()["items"][0]["email"] == staff_south.email


@pytest.mark.django_db
def test_paging(api_client, hr, north):
    for _ in range(5):
        UserFactory(academy=north)
    page = api_client(hr).get("/api/v1/staff", {"limit": 2, "offset": 2}).json()
    assert page["count"] == 6 and page["limit"] == 2 and page["offset"] == 2
    assert len(page["items"]) == 2


@pytest.mark.django_db
def test_leavers_only_when_asked(api_client, hr, staff_north):
    staff_north.is_active = False
    staff_north.save()
    client = api_client(hr)
    assert staff_north.email not in {i["email"] for i in client.get("/api/v1/staff").json()["items"]}
    left = client.get("/api/v1/staff", {"status": "left"}).json()["items"]
    assert [i["email"] for i in left] == [staff_north.email]


@pytest.mark.django_db
def test_detail_visible(api_client, head_north, staff_north):
    response = api_client(head_north).get(f"/api/v1/staff/{staff_north.pk}")
    assert response.status_code == 200
    assert response.json()["email"] == staff_north.email


@pytest.mark.django_db
def test_head_of_one_academy_gets_404_for_another_academys_staff(api_client, head_north, staff_south):
    response = api_client(head_north).get(f"/api/v1/staff/{staff_south.pk}")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "No such record."}


@pytest.mark.django_db
def test_missing_and_hidden_records_look_the_same(api_client, head_north, staff_south):
    client = api_client(head_north)
    hidden = client.get(f"/api/v1/staff/{staff_south.pk}")
    missing = client.get("/api/v1/staff/987654")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()


@pytest.mark.django_db
def test_trustee_sees_only_themselves(api_client, trustee, staff_north):
    client = api_client(trustee)
    assert client.get(f"/api/v1/staff/{staff_north.pk}").status_code == 404
    assert client.get(f"/api/v1/staff/{trustee.pk}").status_code == 200
