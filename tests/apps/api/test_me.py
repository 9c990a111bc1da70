"""``GET /api/v1/me``."""

import pytest


@pytest.mark.django_db
def test_me_by_token(api_client, head_north):
    response = api_client(head_north).get("/api/v1/me")
    assert response.status_code == 200
    data = response.json()
    assert data["email"] == head_north.email
    assert data["academy"] == {"code": "NTH", "name": "North Academy"}
    assert {"role": "head", "academy": "NTH"} in data["roles"]
    assert data["permissions"] == {"list_staff": True, "list_pupils": True}


@pytest.mark.django_db
def test_me_by_session(login, staff_north):
    client = login(staff_north)
    data = client.get("/api/v1/me").json()
    assert data["email"] == staff_north.email
    assert data["permissions"] == {"list_staff": False, "list_pupils": False}


@pytest.mark.django_db
def test_me_needs_authentication(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
