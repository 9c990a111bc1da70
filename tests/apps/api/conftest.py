"""Helpers for the API tests: a token for any persona and a client that sends it."""

from __future__ import annotations

import pytest
from django.test import Client

from socialpolicy.apps.api.tokens import token_create


@pytest.fixture
def token_for():
    def _make(user, name="test"):
        return token_create(actor=user, name=name)[1]

    return _make


@pytest.fixture
def api_client(token_for):
    """``api_client(user)``: a client that authenticates every request with the user's new token."""

    def _client(user):
        return Client(headers={"Authorization": f"Bearer {token_for(user)}"})

    return _client
