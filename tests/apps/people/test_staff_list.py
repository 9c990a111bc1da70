"""The staff list: who may use it, scoping by academy, filters, search and paging."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import UserFactory

URL = reverse("people:staff_list")


def emails(response) -> set[str]:
    return {person.email for person in response.context["staff"]}


@pytest.mark.parametrize("persona", ["staff_north", "trustee", "staff_head_office"])
def test_roles_without_staff_records_get_403(login, request, persona):
    assert login(request.getfixturevalue(persona)).get(URL).status_code == 403


def test_head_sees_only_their_academy(login, head_north, staff_north, staff_south, head_south, hr):
    response = login(head_north).get(URL)
    assert response.status_code == 200
    assert emails(response) == {head_north.email, staff_north.email}
    assert staff_south.email not in response.content.decode()


def test_head_cannot_filter_their_way_into_another_academy(login, head_north, staff_south, south):
    response = login(head_north).get(URL, {"academy": str(south.pk)})
    assert staff_south.email not in emails(response)


def test_hr_sees_everyone_and_filters_by_academy(
    login, hr, staff_north, staff_south, staff_head_office, north
):
    client = login(hr)
    assert {staff_north.email, staff_south.email, staff_head_office.email, hr.email} <= emails(
        client.get(URL)
    )
    assert emails(client.get(URL, {"academy": str(north.pk)})) == {staff_north.email}
    assert emails(client.get(URL, {"academy": "office"})) == {staff_head_office.email, hr.email}


def test_filter_by_role_and_status(login, hr, head_north, staff_north):
    client = login(hr)
    assert emails(client.get(URL, {"role": "head"})) == {head_north.email}
    staff_north.is_active = False
    staff_north.save()
    assert staff_north.email not in emails(client.get(URL))
    assert emails(client.get(URL, {"status": "left"})) == {staff_north.email}
    assert staff_north.email in emails(client.get(URL, {"status": "all"}))


def test_search_by_name_or_email(login, hr, staff_north, staff_south):
    client = login(hr)
    assert emails(client.get(URL, {"q": "sue"})) == {staff_south.email}
    assert emails(client.get(URL, {"q": "sam.staff@"})) == {staff_north.email}


def test_list_is_paginated(login, hr, north):
    UserFactory.create_batch(30, academy=north)
    client = login(hr)
    first = client.get(URL)
    assert len(first.context["staff"]) == 25
    second = client.get(URL, {"page": 2})
    assert len(second.context["staff"]) == 31 - 25
    assert not set(emails(first)) & set(emails(second))


def test_table_is_accessible(login, hr, staff_north):
    html = login(hr).get(URL).content.decode()
    assert "<caption>" in html
    assert '<th scope="col">Name and e-mail</th>' in html
    assert '<label for="id_q">' in html
