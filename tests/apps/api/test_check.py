"""``POST /api/v1/check``: one draft in (as one ``--jsonl`` line), the CLI's JSON out."""

import pytest

from tests.factories import PupilFactory, UserFactory


@pytest.fixture
def school(trust, north):
    PupilFactory(academy=north, first_name="Ada", last_name="Lovelace", year_group="6")
    return north


def post(client, body):
    return client.post("/api/v1/check", body, content_type="application/json")


@pytest.mark.django_db
def test_clean_draft(api_client, staff_north, school):
    response = post(api_client(staff_north), {"text": "What a lovely sunny weekend"})
    assert response.status_code == 200
    assert response.json() == {"verdict": "ok", "findings": []}


@pytest.mark.django_db
def test_naming_a_pupil_on_a_personal_post(api_client, staff_north, school):
    text = "So proud of Ada Lovelace in my class today"
    data = post(api_client(staff_north), {"text": text, "kind": "post", "audience": "personal"}).json()
    assert data["verdict"] in ("review", "block")
    finding = next(f for f in data["findings"] if f["clause"] == "5.8.2")
    assert set(finding) == {"clause", "code", "severity", "start", "end", "evidence", "message"}
    assert text[finding["start"] : finding["end"]] == finding["evidence"]
    assert "Ada Lovelace" in finding["evidence"]


@pytest.mark.django_db
def test_id_echoed_and_unknown_keys_ignored(api_client, staff_north, school):
    body = {"id": "draft-7", "text": "Nice weather", "expect": ["5.4"], "verdict": "flag", "colour": "blue"}
    data = post(api_client(staff_north), body).json()
    assert data == {"id": "draft-7", "verdict": "ok", "findings": []}
    assert post(api_client(staff_north), {"id": 12, "text": "Nice weather"}).json()["id"] == 12


@pytest.mark.django_db
def test_null_kind_and_audience_mean_the_defaults(api_client, staff_north, school):
    response = post(api_client(staff_north), {"text": "Nice weather", "kind": None, "audience": None})
    assert response.status_code == 200


@pytest.mark.django_db
def test_unknown_author_is_an_ordinary_member_of_staff(api_client, staff_north, school):
    data = post(api_client(staff_north), {"text": "Nice weather", "author": "nobody@else.example"}).json()
    assert data["verdict"] == "ok"
    assert data.get("notes")  # the engine says it did not know the author


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": None},
        {"text": 5},
        {"text": "hi", "kind": "poem"},
        {"text": "hi", "audience": "public"},
        {"text": "x" * 20_001},
        {"text": "hi", "id": [1]},
    ],
)
def test_bad_drafts_are_422(api_client, staff_north, school, body):
    response = post(api_client(staff_north), body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid"


@pytest.mark.django_db
def test_roster_changes_are_seen_at_once(api_client, staff_north, school, north):
    client = api_client(staff_north)
    text = "Brilliant work from Zed Quill in Year 6 today"
    before = {f["clause"] for f in post(client, {"text": text}).json()["findings"]}
    PupilFactory(academy=north, first_name="Zed", last_name="Quill", year_group="6")
    after = {f["clause"] for f in post(client, {"text": text}).json()["findings"]}
    assert "5.8.2" not in before
    assert "5.8.2" in after


@pytest.mark.django_db
def test_leavers_are_not_in_the_roster(api_client, staff_north, school, north):
    colleague = UserFactory(academy=north, first_name="Olive", last_name="Tagg", handles=["@olive_t"])
    client = api_client(staff_north)
    text = "Great night out with @olive_t"
    assert "5.12" in {f["clause"] for f in post(client, {"text": text}).json()["findings"]}
    colleague.is_active = False
    colleague.save()
    assert "5.12" not in {f["clause"] for f in post(client, {"text": text}).json()["findings"]}


@pytest.mark.django_db
def test_batch_matches_single_checks_in_order(api_client, staff_north, school):
    client = api_client(staff_north)
    drafts = [
        {"id": "a", "text": "So proud of Ada Lovelace in my class today"},
        {"text": "Nice weather"},
        {"id": 3, "text": "ring me on 07700 900123", "kind": "comment"},
    ]
    response = client.post("/api/v1/check/batch", {"drafts": drafts}, content_type="application/json")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["a", None, 3]
    for draft, result in zip(drafts, results, strict=True):
        single = post(client, draft).json()
        single.setdefault("id", None)
        assert result == single


@pytest.mark.django_db
def test_batch_limits(api_client, staff_north, school):
    client = api_client(staff_north)

    def batch(body):
        return client.post("/api/v1/check/batch", body, content_type="application/json")

    assert batch({"drafts": [{"text": "x"}] * 201}).status_code == 422
    assert batch({"drafts": [{"text": 1}]}).status_code == 422
    assert batch({"drafts": "nope"}).status_code == 422
    assert batch({"drafts": []}).json() == {"results": []}
