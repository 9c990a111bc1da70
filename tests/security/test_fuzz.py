"""POST (and GET-filter) fuzzing of every form the pages show, as the people who are shown it.

Each persona crawls the pages it may open, collects the forms there, and sends each form empty,
blank, with 100 KB values, NUL characters, negative and huge ids, unknown choices and repeated
values. Nothing may answer 5xx, and a request refused with a 4xx must have written nothing.
The JSON API's POST endpoints get the same treatment with malformed JSON bodies.
"""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import resolve

from socialpolicy.apps.api.tokens import token_create
from tests.security.crawl import paths, routes
from tests.security.forms import Form, discover, plausible
from tests.security.world import PERSONAS, POSTERS, snapshot

HUGE = "x" * 100_000


def failure(response) -> str:
    """The exception behind a 500, for the message."""
    info = getattr(response, "exc_info", None)
    return f"{info[0].__name__}: {str(info[1])[:120]}" if info else response["Content-Type"]


MUTATIONS = {
    "blank": "",
    "huge": HUGE,
    "nul": "a\x00b",
    "negative": "-1",
    "huge-number": "99999999999999999999",
    "unknown": "zzz-not-a-choice",
    "repeated": ["1", "zzz"],
    "date-like": "2026-02-31",
}
# Then each field alone, the others as a browser would send them: reaches the services behind
# the forms' checks.
ONE_AT_A_TIME = ("huge", "nul", "negative", "huge-number", "unknown")
FREE_TEXT = ("huge", "nul")  # for a text box, a number or an unknown word is just more text


def _takes_ids(form: Form, name: str) -> bool:
    return form.fields[name] not in ("text", "textarea", "email", "search", "password")


# Django's own sign-in and password forms check a password (argon2, slow on purpose) on every
# request: fuzzed whole by one persona, not field by field.
DJANGO_AUTH_FORMS = ("login", "password_change", "password_reset", "password_reset_confirm")


def _body(form: Form, value) -> dict:
    body = {}
    for name, kind in form.fields.items():
        if name == "csrfmiddlewaretoken":
            continue
        if kind == "file":
            junk = b"\x00\xff not a real file \x00" if value else b""
            body[name] = SimpleUploadedFile("junk.zip", junk, content_type="application/octet-stream")
        elif kind == "hidden" and name == "form":
            body[name] = form.values[name]  # keep the discriminator so each branch is reached
        else:
            body[name] = value
    return body


def _request(client, form: Form, body: dict):
    if form.method == "post":
        return client.post(form.action, body)
    return client.get(form.action, {k: v for k, v in body.items() if not hasattr(v, "read")})


@pytest.mark.django_db
@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_fuzz_forms(world, persona):
    user = world.people[persona]
    client = Client(raise_request_exception=False)
    client.force_login(user)
    forms = discover(client, world, user)
    assert any(f.method == "post" for f in forms), f"{persona}: no POST forms found"
    problems = []
    for form in forms:
        if persona != "staff_north" and resolve(form.action).view_name in DJANGO_AUTH_FORMS:
            continue  # the same for everyone, and slow: checked once, as staff_north
        for label, value in {"empty": None, **MUTATIONS}.items():
            client.force_login(user)  # a sign-out form signs the client out
            body = {} if value is None else _body(form, value)
            before = snapshot()
            response = _request(client, form, body)
            where = f"{persona} {form.method.upper()} {form.action} ({label}, form on {form.page})"
            if response.status_code >= 500:
                problems.append(f"{where}: {response.status_code} {failure(response)}")
            elif 400 <= response.status_code < 500 and snapshot() != before:
                problems.append(f"{where}: refused with {response.status_code} but wrote")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_fuzz_each_field(world):
    forms: dict[tuple, Form] = {}
    for persona in POSTERS:
        client = Client(raise_request_exception=False)
        user = world.people[persona]
        client.force_login(user)
        for form in discover(client, world, user):
            if resolve(form.action).view_name not in DJANGO_AUTH_FORMS:
                forms.setdefault(form.key, (persona, form))
    problems = []
    for persona, form in forms.values():
        user = world.people[persona]
        client = Client(raise_request_exception=False)
        for name, kind in form.fields.items():
            if name == "csrfmiddlewaretoken" or kind == "file":
                continue
            for label in ONE_AT_A_TIME if _takes_ids(form, name) else FREE_TEXT:
                client.force_login(user)
                before = snapshot()
                response = _request(client, form, {**plausible(form), name: MUTATIONS[label]})
                where = f"{persona} {form.method.upper()} {form.action} ({name}={label}, form on {form.page})"
                if response.status_code >= 500:
                    problems.append(f"{where}: {response.status_code} {failure(response)}")
                elif 400 <= response.status_code < 500 and snapshot() != before:
                    problems.append(f"{where}: refused with {response.status_code} but wrote")
    assert len(forms) > 15, f"only {len(forms)} distinct forms found"
    assert not problems, "\n".join(problems)


API_BODIES = {
    "not json": "{not json",
    "empty": "",
    "null": "null",
    "list": "[]",
    "number": "5",
    "wrong types": {"text": 5, "kind": [], "audience": {}, "author": 7, "id": {"a": 1}},
    "unknown choice": {"text": "hello", "kind": "zzz", "audience": "zzz"},
    "huge": {"text": HUGE},
    "nul": {"text": "a\x00b", "author": "a\x00b@x", "id": "a\x00"},
    "drafts wrong": {"drafts": "zzz"},
    "drafts of junk": {"drafts": [None, 5, "x", {"text": None}]},
    "many drafts": {"drafts": [{"text": "hi"}] * 5000},
    "deep": json.loads("[" * 500 + "]" * 500),
}


@pytest.mark.django_db
def test_fuzz_api(world):
    token = token_create(actor=world.people["hr"], name="fuzz")[1]
    client = Client(headers={"Authorization": f"Bearer {token}"}, raise_request_exception=False)
    problems = []
    posts = [r for r in routes() if r.is_api]
    for route in posts:
        for path, _ in paths(route, world):
            for label, body in API_BODIES.items():
                data = body if isinstance(body, str) else json.dumps(body)
                response = client.post(path, data, content_type="application/json")
                is_json = response["Content-Type"].startswith("application/json")
                # The docs page is HTML by design (Swagger UI), whatever the method.
                if response.status_code >= 500 or not (is_json or route.name == "api-v1:openapi-view"):
                    problems.append(f"POST {path} ({label}): {response.status_code} {failure(response)}")
    queries = {
        "limit": ["-1", "0", "999999", "zzz", "1e9"],
        "offset": ["-5", "99999999999999999999", "zzz"],
        "q": [HUGE[:10_000], "a\x00b", "%", "_"],
        "academy": ["a\x00b", "x" * 1000, "head-office"],
        "status": ["zzz", ""],
    }
    for path in ("/api/v1/staff", "/api/v1/pupils"):
        for name, values in queries.items():
            for value in values:
                response = client.get(path, {name: value})
                if response.status_code >= 500:
                    problems.append(f"GET {path}?{name}={value[:20]!r}: {failure(response)}")
    assert not problems, "\n".join(problems)
