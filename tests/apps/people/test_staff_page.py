"""A person's page and "My details": visible only where the access rules allow, else 404."""

from __future__ import annotations

from django.urls import reverse


def url(person) -> str:
    return reverse("people:staff_detail", args=[person.pk])


def test_head_sees_their_own_staff(login, head_north, staff_north):
    response = login(head_north).get(url(staff_north))
    assert response.status_code == 200
    assert staff_north.email in response.content.decode()


def test_head_of_another_academy_gets_404(login, head_south, staff_north):
    assert login(head_south).get(url(staff_north)).status_code == 404


def test_staff_see_only_themselves(login, staff_north, staff_south):
    client = login(staff_north)
    assert client.get(url(staff_north)).status_code == 200
    assert client.get(url(staff_south)).status_code == 404


def test_hr_sees_anyone_including_leavers(login, hr, staff_south):
    staff_south.is_active = False
    staff_south.save()
    response = login(hr).get(url(staff_south))
    assert response.status_code == 200
    assert "can no longer sign in" in response.content.decode()


def test_unknown_person_is_404(login, hr):
    assert login(hr).get(reverse("people:staff_detail", args=[999999])).status_code == 404


def test_my_details_for_everyone(login, trustee):
    response = login(trustee).get(reverse("people:me"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>My details</h1>" in html
    assert trustee.email in html
    assert reverse("password_change") in html


def test_hr_gets_a_link_to_the_record_history(login, hr, staff_north):
    response = login(hr).get(url(staff_north))
    link = response.context["history_url"]
    assert link.startswith(reverse("audit:log")) and f"object={staff_north.pk}" in link
    history = login(hr).get(link)
    assert history.status_code == 200
    assert {e.object_pk for e in (row["entry"] for row in history.context["rows"])} == {str(staff_north.pk)}


def test_head_gets_no_audit_link(login, head_north, staff_north):
    assert login(head_north).get(url(staff_north)).context["history_url"] == ""
