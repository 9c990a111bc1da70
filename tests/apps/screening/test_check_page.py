"""The "Check before you post" page, for any member of staff, without JavaScript."""

import pytest

from tests.factories import PupilFactory


@pytest.fixture
def school(trust, north):
    PupilFactory(academy=north, first_name="Ada", last_name="Lovelace", year_group="6")
    return north


@pytest.mark.django_db
def test_page_for_a_member_of_staff(login, staff_north, school):
    response = login(staff_north).get("/check/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Check before you post</h1>" in html
    assert '<textarea name="text"' in html
    assert 'for="id_text"' in html
    assert 'href="/check/" aria-current="page"' in html  # the nav item, marked current
    assert response["Cache-Control"].startswith("max-age=0")  # never cached


@pytest.mark.django_db
def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get("/check/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_clean_draft_says_ok(login, staff_north, school):
    response = login(staff_north).post(
        "/check/", {"kind": "post", "audience": "personal", "text": "Sunny day!"}
    )
    html = response.content.decode()
    assert "Result: OK to post" in html
    assert "<mark" not in html


@pytest.mark.django_db
def test_findings_are_highlighted_and_explained(login, staff_north, school):
    text = "So proud of Ada Lovelace in my class today"
    response = login(staff_north).post("/check/", {"kind": "post", "audience": "personal", "text": text})
    html = response.content.decode()
    result = response.context["result"]
    assert result.verdict in ("review", "block")
    assert "Review before posting" in html or "Do not post" in html
    finding = next(f for f in response.context["findings"] if f.clause == "5.8.2")
    assert f"Clause 5.8.2: {finding.clause_title}" in html
    assert finding.clause_summary and finding.clause_summary in html
    assert "<q>Ada Lovelace" in html
    assert '<mark class="finding-mark' in html
    assert 'aria-describedby="finding-' in html
    assert "[Start of finding" in html  # read out by screen readers, hidden on screen
    assert text in response.context["checked_text"]


@pytest.mark.django_db
def test_attachments_become_markers(login, staff_north, school):
    response = login(staff_north).post(
        "/check/",
        {
            "kind": "post",
            "audience": "personal",
            "text": "Trip day!",
            "photos": "Year 6 at the museum\nthe coach",
            "videos": "the class singing",
            "tagged": "Ada Lovelace, Bob Smith",
            "location": "Hotel Sands, Whitby",
        },
    )
    assert response.context["checked_text"] == (
        "Trip day!\n[photo: Year 6 at the museum] [photo: the coach] [video: the class singing] "
        "[tagged: Ada Lovelace, Bob Smith] [location: Hotel Sands, Whitby]"
    )
    assert response.context["result"].verdict != "ok"


@pytest.mark.django_db
def test_profile_fields_are_composed(login, staff_north, school):
    response = login(staff_north).post(
        "/check/",
        {
            "kind": "profile",
            "audience": "personal",
            "profile_name": "Sam at North Academy",
            "profile_handle": "samteaches",
            "profile_bio": "Teacher | maths fan",
            "profile_avatar": "me on a beach",
        },
    )
    text = response.context["checked_text"]
    assert text == (
        "Name: Sam at North Academy | Handle: @samteaches | Bio: Teacher / maths fan | Avatar: me on a beach"
    )
    assert "5.6" in {f.clause for f in response.context["result"].findings}


@pytest.mark.django_db
def test_message_needs_a_recipient(login, staff_north, school):
    response = login(staff_north).post("/check/", {"kind": "message", "audience": "personal", "text": "hi"})
    html = response.content.decode()
    assert "result" not in response.context or response.context.get("result") is None
    assert 'id="id_to-error"' in html
    assert 'aria-describedby="id_to-error"' in html or 'aria-describedby="id_to-hint id_to-error"' in html
    assert 'href="#id_to"' in html  # the error summary links to the field


@pytest.mark.django_db
def test_message_to_a_pupil(login, staff_north, school):
    response = login(staff_north).post(
        "/check/", {"kind": "message", "audience": "personal", "to": "Ada Lovelace", "text": "see you at 4"}
    )
    assert response.context["checked_text"] == "To: Ada Lovelace | see you at 4"
    assert "5.4" in {f.clause for f in response.context["result"].findings}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kind": "poem", "audience": "personal", "text": "x"},
        {"kind": "post", "audience": "everyone", "text": "x"},
        {"kind": "post", "audience": "personal", "text": ""},
        {"kind": "post", "audience": "personal", "text": "x" * 20_001},
        {"kind": "post", "audience": "personal", "text": "null \x00 byte"},
        {"kind": "profile", "audience": "personal"},
    ],
)
def test_bad_input_is_an_error_on_the_page(login, staff_north, school, data):
    response = login(staff_north).post("/check/", data)
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert response.context.get("result") is None
