"""Personas shared by the app tests (healthchecks' alice/bob/charlie, for a trust).

Two academies, ``north`` and ``south``, plus head office. Each fixture is a
person with one role; ``login`` signs a Django test client in as anyone.
"""

from __future__ import annotations

import pytest
from django.http import HttpRequest

from tests.factories import TEST_PASSWORD, AcademyFactory, TrustFactory, UserFactory


@pytest.fixture
def trust(db):
    return TrustFactory()


@pytest.fixture
def north(db):
    return AcademyFactory(code="NTH", name="North Academy")


@pytest.fixture
def south(db):
    return AcademyFactory(code="STH", name="South Academy")


@pytest.fixture
def staff_north(north):
    return UserFactory(email="sam.staff@oakfield.example", first_name="Sam", academy=north, roles=["staff"])


@pytest.fixture
def staff_south(south):
    return UserFactory(email="sue.staff@oakfield.example", first_name="Sue", academy=south, roles=["staff"])


@pytest.fixture
def staff_head_office(db):
    return UserFactory(email="hal.office@oakfield.example", first_name="Hal", academy=None, roles=["staff"])


@pytest.fixture
def head_north(north):
    return UserFactory(email="nina.head@oakfield.example", first_name="Nina", academy=north, roles=["head"])


@pytest.fixture
def head_south(south):
    return UserFactory(email="sid.head@oakfield.example", first_name="Sid", academy=south, roles=["head"])


@pytest.fixture
def dsl_north(north):
    return UserFactory(
        email="dee.dsl@oakfield.example", first_name="Dee", academy=north, roles=["staff", "dsl"]
    )


@pytest.fixture
def hr(db):
    return UserFactory(email="harriet.hr@oakfield.example", first_name="Harriet", academy=None, roles=["hr"])


@pytest.fixture
def ict(db):
    return UserFactory(email="ivan.ict@oakfield.example", first_name="Ivan", academy=None, roles=["ict"])


@pytest.fixture
def ceo(db):
    return UserFactory(email="cora.ceo@oakfield.example", first_name="Cora", academy=None, roles=["ceo"])


@pytest.fixture
def trustee(db):
    return UserFactory(
        email="ted.trustee@oakfield.example", first_name="Ted", academy=None, roles=["trustee"]
    )


@pytest.fixture
def login(client):
    def _login(user):
        assert client.login(request=HttpRequest(), email=user.email, password=TEST_PASSWORD)
        return client

    return _login
