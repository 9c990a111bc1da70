"""Authentication: personal tokens (valid, revoked, owner deactivated, malformed) and the session."""

import hashlib

import pytest
from django.http import HttpRequest
from django.test import Client

from socialpolicy.apps.api.models import ApiToken
from socialpolicy.apps.api.tokens import token_create, token_revoke


def bearer(value: str) -> Client:
    return Client(headers={"Authorization": value})


@pytest.mark.django_db
def test_valid_token(staff_north):
    _, raw = token_create(actor=staff_north, name="script")
    response = bearer(f"Bearer {raw}").get("/api/v1/me")
    assert response.status_code == 200
    assert response.json()["email"] == staff_north.email


@pytest.mark.django_db
def test_scheme_is_case_insensitive(staff_north):
    _, raw = token_create(actor=staff_north, name="script")
    assert bearer(f"bearer {raw}").get("/api/v1/me").status_code == 200


@pytest.mark.django_db
def test_only_the_hash_is_stored(staff_north):
    token, raw = token_create(actor=staff_north, name="script")
    token.refresh_from_db()
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw.startswith(token.prefix) and len(token.prefix) < 12
    stored = " ".join(str(v) for v in ApiToken.objects.values_list().get())
    assert raw not in stored


@pytest.mark.django_db
def test_use_is_recorded(staff_north):
    token, raw = token_create(actor=staff_north, name="script")
    assert token.last_used_at is None
    bearer(f"Bearer {raw}").get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at is not None


def assert_401(response):
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["error"] == "unauthorized"
    assert body["detail"]


@pytest.mark.django_db
def test_revoked_token(staff_north):
    token, raw = token_create(actor=staff_north, name="script")
    token_revoke(actor=staff_north, token=token)
    assert_401(bearer(f"Bearer {raw}").get("/api/v1/me"))


@pytest.mark.django_db
def test_deactivated_owner(staff_north):
    _, raw = token_create(actor=staff_north, name="script")
    staff_north.is_active = False
    staff_north.save()
    assert_401(bearer(f"Bearer {raw}").get("/api/v1/me"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header",
    [
        "Bearer",
        "Bearer ",
        "Bearer sp_not-a-real-token",
        "Bearer not-even-our-prefix",
        "Token abc",
        "Basic dXNlcjpwYXNz",
        "Bearer " + "x" * 5000,
        "sp_abc",
        "Bearer \u00e9\u00e8",
    ],
)
def test_malformed_or_unknown_header(header, staff_north):
    assert_401(bearer(header).get("/api/v1/me"))
    assert_401(bearer(header).post("/api/v1/check", {"text": "hi"}, content_type="application/json"))


@pytest.mark.django_db
def test_a_bad_token_is_not_rescued_by_a_session(login, staff_north):
    client = login(staff_north)
    assert_401(client.get("/api/v1/me", headers={"Authorization": "Bearer sp_wrong"}))


@pytest.mark.django_db
def test_no_credentials(client):
    assert_401(client.get("/api/v1/staff"))
    assert_401(client.post("/api/v1/check", {"text": "hi"}, content_type="application/json"))


@pytest.mark.django_db
def test_session_get(login, head_north):
    assert login(head_north).get("/api/v1/staff").status_code == 200


@pytest.mark.django_db
def test_session_post_needs_csrf(staff_north, trust):
    from tests.factories import TEST_PASSWORD

    client = Client(enforce_csrf_checks=True)
    assert client.login(request=HttpRequest(), email=staff_north.email, password=TEST_PASSWORD)
    refused = client.post("/api/v1/check", {"text": "Lovely day"}, content_type="application/json")
    assert refused.status_code == 403
    assert refused.json()["error"] == "forbidden"

    client.get("/check/")  # any page with a form sets the CSRF cookie
    csrf = client.cookies["csrftoken"].value
    allowed = client.post(
        "/api/v1/check",
        {"text": "Lovely day"},
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )
    assert allowed.status_code == 200


@pytest.mark.django_db
def test_token_post_needs_no_csrf(staff_north, trust):
    _, raw = token_create(actor=staff_north, name="script")
    client = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {raw}"})
    assert (
        client.post("/api/v1/check", {"text": "Lovely day"}, content_type="application/json").status_code
        == 200
    )


@pytest.mark.django_db
def test_session_of_deactivated_person(login, staff_north):
    client = login(staff_north)
    staff_north.is_active = False
    staff_north.save()
    assert client.get("/api/v1/me").status_code == 401
