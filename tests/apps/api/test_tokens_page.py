"""The "API tokens" page: make a token (shown once), see your tokens, revoke one."""

import re

import pytest
from django.test import Client

from socialpolicy.apps.api.models import ApiToken
from socialpolicy.apps.api.tokens import token_create


@pytest.mark.django_db
def test_page_lists_own_tokens_only(login, staff_north, head_north):
    token_create(actor=staff_north, name="Mine")
    token_create(actor=head_north, name="Someone else's")
    response = login(staff_north).get("/api-tokens/")
    assert response.status_code == 200
    assert b"Mine" in response.content
    assert b"Someone else" not in response.content


@pytest.mark.django_db
def test_make_a_token_shows_it_once(login, staff_north):
    client = login(staff_north)
    response = client.post("/api-tokens/", {"name": "Timetable script"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    raw = re.search(rb'value="(sp_[A-Za-z0-9_-]+)"', response.content).group(1).decode()
    assert (
        Client(headers={"Authorization": f"Bearer {raw}"}).get("/api/v1/me").json()["email"]
        == staff_north.email
    )
    again = client.get("/api-tokens/")
    assert raw.encode() not in again.content
    assert ApiToken.objects.get().name == "Timetable script"


@pytest.mark.django_db
def test_name_is_required(login, staff_north):
    response = login(staff_north).post("/api-tokens/", {"name": "  "})
    assert b'aria-invalid="true"' in response.content
    assert b"id_name-error" in response.content
    assert not ApiToken.objects.exists()


@pytest.mark.django_db
def test_revoke(login, staff_north):
    token, raw = token_create(actor=staff_north, name="Old laptop")
    response = login(staff_north).post(f"/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert Client(headers={"Authorization": f"Bearer {raw}"}).get("/api/v1/me").status_code == 401


@pytest.mark.django_db
def test_cannot_revoke_someone_elses_token(login, staff_north, hr):
    token, _ = token_create(actor=staff_north, name="Mine")
    assert login(hr).post(f"/api-tokens/{token.pk}/revoke/").status_code == 404
    assert login(hr).post("/api-tokens/99999999999999999999999/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


@pytest.mark.django_db
def test_revoke_needs_post(login, staff_north):
    token, _ = token_create(actor=staff_north, name="Mine")
    assert login(staff_north).get(f"/api-tokens/{token.pk}/revoke/").status_code == 405


@pytest.mark.django_db
def test_making_and_revoking_are_audited_without_the_secret(login, staff_north):
    from auditlog.models import LogEntry

    client = login(staff_north)
    response = client.post("/api-tokens/", {"name": "Audited"})
    raw = re.search(rb'value="(sp_[A-Za-z0-9_-]+)"', response.content).group(1).decode()
    token = ApiToken.objects.get()
    client.post(f"/api-tokens/{token.pk}/revoke/")
    entries = LogEntry.objects.get_for_object(token)
    assert entries.count() == 2
    assert all(e.actor_id == staff_north.pk for e in entries)
    assert all(raw not in str(e.changes) and token.token_hash not in str(e.changes) for e in entries)


@pytest.mark.django_db
def test_nav_item_for_everyone(login, trustee):
    assert b'href="/api-tokens/"' in login(trustee).get("/api-tokens/").content
