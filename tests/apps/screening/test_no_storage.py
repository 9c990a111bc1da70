"""Drafts are never stored or logged: checking one adds no row anywhere, changes no stored value to
include it, sends it in no SQL statement and writes it to no log."""

from __future__ import annotations

import logging

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from socialpolicy.apps.api.tokens import token_create
from tests.factories import PupilFactory

DRAFT = "Secret draft qzxv-7f3a: so proud of Ada Lovelace, call me on 07700 900123"


def table_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def stored_text() -> str:
    """Every value in every table, plus every decoded session, as one string."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            parts.extend(repr(row) for row in cursor.fetchall())
    parts.extend(repr(s.get_decoded()) for s in Session.objects.all())
    return "\n".join(parts)


@pytest.fixture
def school(trust, north):
    PupilFactory(academy=north, first_name="Ada", last_name="Lovelace")


@pytest.mark.django_db(transaction=False)
def test_checking_a_draft_stores_and_logs_nothing(login, staff_north, school, caplog, capsys):
    page = login(staff_north)
    page.get("/check/")  # sign-in, session and CSRF cookie are written before we start counting
    _, raw = token_create(actor=staff_north, name="script")
    api = Client(headers={"Authorization": f"Bearer {raw}"})
    api.get("/api/v1/me")  # the token's first use is recorded before we start counting
    before = table_counts()
    caplog.set_level(logging.DEBUG)

    with CaptureQueriesContext(connection) as queries:
        shown = page.post("/check/", {"kind": "post", "audience": "personal", "text": DRAFT})
        answered = api.post("/api/v1/check", {"text": DRAFT}, content_type="application/json")
        by_session = page.post("/api/v1/check", {"text": DRAFT, "id": "x"}, content_type="application/json")
        # and the error paths: a bad request must not echo the draft into a log either
        page.post("/check/", {"kind": "message", "audience": "personal", "text": DRAFT})
        api.post("/api/v1/check", {"text": DRAFT, "kind": "poem"}, content_type="application/json")

    assert shown.status_code == answered.status_code == by_session.status_code == 200
    assert shown.context["result"].findings and answered.json()["findings"]
    assert table_counts() == before
    assert DRAFT not in stored_text()
    assert "qzxv-7f3a" not in stored_text()
    assert not any("qzxv-7f3a" in q["sql"] for q in queries.captured_queries)
    assert "qzxv-7f3a" not in caplog.text
    captured = capsys.readouterr()
    assert "qzxv-7f3a" not in captured.out and "qzxv-7f3a" not in captured.err


def test_the_screening_app_has_no_models():
    from django.apps import apps

    assert list(apps.get_app_config("screening").get_models()) == []
