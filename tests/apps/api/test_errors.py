"""Garbage in, a 4xx in JSON out: no input ever makes the API answer 5xx."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from socialpolicy.apps.api.api import api

HUGE = 10**40
BODIES = [
    b"{not json",
    b"\xff\xfe\x00garbage",
    b"",
    b"null",
    b"[]",
    b'"just a string"',
    b"12",
    json.dumps({"text": 12}).encode(),
    json.dumps({"text": None}).encode(),
    json.dumps({"text": ["a"]}).encode(),
    json.dumps({"text": "hi", "kind": "poem"}).encode(),
    json.dumps({"text": "hi", "audience": 7}).encode(),
    json.dumps({"text": "hi", "author": {"email": "x"}}).encode(),
    json.dumps({"text": "hi", "id": HUGE}).encode(),
    json.dumps({"text": "hi", "id": [1, 2]}).encode(),
    json.dumps({"text": "hi", "unknown": {"deep": [1, 2, 3]}, "extra": HUGE}).encode(),
    json.dumps({"text": "\x00\ud7ff null byte"}).encode(),
    json.dumps({"text": "x" * 30_000}).encode(),
    b'{"text": "' + b"[" * 5000 + b'"}',
    b"[" * 10_000 + b"]" * 10_000,
    json.dumps({"text": "hi", "id": 1.5e308}).encode(),
    b'{"text": NaN}',
    b'{"text": "lone surrogate \\ud800", "id": "\\udc00"}',
    b'{"drafts": [{"text": "x"}, 7, null, {"text": "\\ud800"}]}',
    json.dumps({"drafts": [{"text": "hi", "id": HUGE}] * 3}).encode(),
]
QUERIES = [
    {"limit": HUGE},
    {"limit": -1},
    {"limit": "lots"},
    {"offset": HUGE},
    {"offset": -5},
    {"offset": "1e9"},
    {"status": "gone"},
    {"q": "a\x00b"},
    {"academy": "\x00"},
    {"q": "x" * 5000},
    {"academy": "NTH' OR 1=1 --"},
    {"unknown": "field"},
]
IDS = [str(HUGE), "-1", "0", "abc", "1.5", "%00", "9223372036854775808", "9223372036854775807"]
METHODS = ["get", "post", "put", "patch", "delete", "head", "options"]


def assert_no_5xx(response, what: str) -> None:
    assert response.status_code < 500, f"{what} -> {response.status_code}: {response.content[:300]!r}"
    if response.status_code >= 400 and response.content:
        body = json.loads(response.content)
        assert set(body) == {"error", "detail"}, what


@pytest.fixture
def clients(staff_north, hr, trust):
    from socialpolicy.apps.api.tokens import token_create

    return {
        "anonymous": Client(),
        "staff": Client(headers={"Authorization": f"Bearer {token_create(actor=staff_north, name='t')[1]}"}),
        "hr": Client(headers={"Authorization": f"Bearer {token_create(actor=hr, name='t')[1]}"}),
    }


@pytest.mark.django_db
def test_every_endpoint_survives_garbage(clients):
    """Every method on every path; every bad body where a body is read (and one where it is not);
    every bad query where one is read. Authentication comes first, so anonymous calls are fewer."""
    document = api.get_openapi_schema(path_prefix="/api/v1/")
    assert "/api/v1/check" in document["paths"] and "/api/v1/staff/{id}" in document["paths"]
    for who, client in clients.items():
        for template, operations in document["paths"].items():
            urls = [template.replace("{id}", i) for i in IDS] if "{id}" in template else [template]
            for url in urls:
                for method in METHODS:
                    assert_no_5xx(getattr(client, method)(url), f"{who} {method} {url}")
                    if method in ("put", "patch", "delete", "post"):
                        bodies = BODIES if method in operations and who != "anonymous" else BODIES[:1]
                        for body in bodies:
                            response = getattr(client, method)(url, body, content_type="application/json")
                            assert_no_5xx(response, f"{who} {method} {url} {body[:40]!r}")
                if "get" in operations and who != "anonymous":
                    for query in QUERIES:
                        assert_no_5xx(client.get(url, query), f"{who} get {url} {query}")


@pytest.mark.django_db
def test_malformed_json_is_400(clients):
    response = clients["staff"].post("/api/v1/check", b"{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": "bad_request", "detail": "The request body is not valid JSON."}


@pytest.mark.django_db
def test_wrong_types_are_422_naming_the_field(clients):
    response = clients["staff"].post("/api/v1/check", {"text": 12}, content_type="application/json")
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid"
    assert body["detail"][0]["loc"][-1] == "text"


@pytest.mark.django_db
def test_huge_id_is_422_not_a_database_error(clients):
    response = clients["hr"].get(f"/api/v1/staff/{HUGE}")
    assert response.status_code == 422


@pytest.mark.django_db
def test_wrong_method_is_json_405(clients):
    response = clients["staff"].delete("/api/v1/me")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"
    assert "GET" in response["Allow"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/nothing-here", "/api/v1/staff/", "/api/v1/me/x"])
def test_unknown_paths_are_json_404(clients, path):
    for client in (clients["anonymous"], clients["staff"]):
        for method in ("get", "post"):
            response = getattr(client, method)(path)
            assert response.status_code == 404
            assert response.json()["error"] == "not_found"


@pytest.mark.django_db
def test_too_large_body_is_413(clients, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = clients["staff"].post("/api/v1/check", {"text": "x" * 5000}, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


@pytest.mark.django_db
def test_our_own_bug_is_a_json_500_without_the_body(clients, monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("socialpolicy.apps.api.check_api.check_draft", broken)
    response = clients["staff"].post(
        "/api/v1/check", {"text": "private words 91c2"}, content_type="application/json"
    )
    assert response.status_code == 500
    assert response.json() == {"error": "server_error", "detail": "Something went wrong on our side."}
    assert "engine exploded" not in response.content.decode()
    assert "91c2" not in caplog.text


@pytest.mark.django_db
def test_invalid_utf8_in_the_query_string(clients):
    response = clients["hr"].get("/api/v1/staff", QUERY_STRING="q=%ff%fe&academy=%ed%a0%80")
    assert response.status_code == 200
