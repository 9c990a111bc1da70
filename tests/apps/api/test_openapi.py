"""The OpenAPI 3 document at ``/api/v1/openapi.json`` and the docs page."""

import json

import pytest

PATHS = {
    "/api/v1/me": "get",
    "/api/v1/staff": "get",
    "/api/v1/staff/{id}": "get",
    "/api/v1/pupils": "get",
    "/api/v1/pupils/{id}": "get",
    "/api/v1/check": "post",
    "/api/v1/check/batch": "post",
}


@pytest.mark.django_db
def test_document_is_openapi_3_with_every_path(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"]
    for path, method in PATHS.items():
        assert method in document["paths"][path], path
    schemes = document["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())
    assert any(s.get("in") == "cookie" for s in schemes.values())
    check = document["paths"]["/api/v1/check"]["post"]
    assert "CheckIn" in json.dumps(check["requestBody"])


@pytest.mark.django_db
def test_docs_page(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content


@pytest.mark.django_db
def test_api_root_points_to_the_document(client):
    data = client.get("/api/v1/").json()
    assert data["openapi"] == "/api/v1/openapi.json"
    assert data["docs"] == "/api/v1/docs"
    refused = client.post("/api/v1/")
    assert refused.status_code == 405
    assert refused.json()["error"] == "method_not_allowed"


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@pytest.mark.django_db
def test_document_is_self_consistent(client):
    document = client.get("/api/v1/openapi.json").json()
    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.rsplit("/", 1)[1] in document["components"]["schemas"], ref
    operation_ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
    for item in document["paths"].values():
        for operation in item.values():
            assert "200" in operation["responses"] and "401" in operation["responses"]
            assert operation.get("security"), "every endpoint needs authentication"
