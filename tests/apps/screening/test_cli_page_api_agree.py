"""The command line, the API and the page give the same findings for the same draft.

The example organisation is imported into the database; the CLI reads the same folder directly.
Every labelled case of the example set is run through all three.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client

from socialpolicy.apps.people.models import User
from socialpolicy.apps.screening.services import check_draft, check_result_json
from socialpolicy.engines.screening.cli import main as cli_main
from tests.apps.screening.conftest import EXAMPLES

ORG = EXAMPLES / "org"


def cases() -> list[dict]:
    with (EXAMPLES / "cases.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def imported(db):
    call_command("import-org", str(ORG), "--format", "json", stdout=io.StringIO())


def run_cli(case: dict, tmp_path, capsys) -> dict:
    draft = tmp_path / f"{case['id']}.txt"
    draft.write_text(case["text"], encoding="utf-8")
    argv = ["--org", str(ORG), "--format", "json", "--kind", case["kind"], "--audience", case["audience"]]
    if case.get("author"):
        argv += ["--author", case["author"]]
    capsys.readouterr()
    status = cli_main([*argv, str(draft)])
    out = capsys.readouterr().out
    assert status in (0, 1), out
    return json.loads(out)


def test_the_example_set_is_there():
    assert len(cases()) >= 20


@pytest.mark.django_db
def test_cli_api_and_page_agree_on_every_example(imported, tmp_path, capsys):
    api = Client()
    page = Client()
    compared = 0
    for case in cases():
        author = User.objects.get(email=case["author"])
        cli = run_cli(case, tmp_path, capsys)

        service = check_result_json(
            check_draft(
                text=case["text"], kind=case["kind"], audience=case["audience"], author_email=author.email
            )
        )

        api.force_login(author)
        body = {k: case[k] for k in ("id", "text", "kind", "audience", "author")}
        body["expect"] = case["expect"]  # an unknown key, ignored
        response = api.post("/api/v1/check", body, content_type="application/json")
        assert response.status_code == 200, response.content
        from_api = response.json()
        assert from_api.pop("id") == case["id"]

        page.force_login(author)
        shown = page.post(
            "/check/", {"kind": case["kind"], "audience": case["audience"], "text": case["text"]}
        )
        assert shown.status_code == 200
        assert shown.context["checked_text"] == case["text"], case["id"]
        from_page = shown.context["result"].as_json()

        assert cli == service == from_api == from_page, case["id"]
        html = shown.content.decode()
        for number, finding in enumerate(cli["findings"], start=1):
            assert f'href="#finding-{number}"' in html  # highlighted in the draft, linked to the finding
            assert f"Clause {finding['clause']}:" in html
        compared += 1
    assert compared == len(cases())


@pytest.mark.django_db
def test_author_defaults_to_the_caller(imported, tmp_path, capsys):
    # The CEO may answer the press; anyone else may not (6.12), so the author decides the result.
    case = next(c for c in cases() if c["id"] == "bk030")
    ceo = User.objects.get(role_assignments__role="ceo")
    client = Client()
    client.force_login(ceo)
    as_ceo = client.post(
        "/api/v1/check", {"text": case["text"], "kind": "message"}, content_type="application/json"
    )
    as_author = client.post(
        "/api/v1/check",
        {"text": case["text"], "kind": "message", "author": case["author"]},
        content_type="application/json",
    )
    assert as_author.json() == run_cli(case, tmp_path, capsys)
    assert "6.12" in {f["clause"] for f in as_author.json()["findings"]}
    assert "6.12" not in {f["clause"] for f in as_ceo.json()["findings"]}


@pytest.mark.django_db
def test_api_batch_matches_cli_jsonl(imported, tmp_path, capsys):
    keys = ("id", "text", "kind", "audience", "author")
    drafts = [{k: case[k] for k in keys if k in case} for case in cases()]
    batch = tmp_path / "drafts.jsonl"
    batch.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts), encoding="utf-8")
    capsys.readouterr()
    cli_main(["--org", str(ORG), "--jsonl", str(batch)])
    from_cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    client = Client()
    client.force_login(User.objects.get(role_assignments__role="hr"))
    response = client.post("/api/v1/check/batch", {"drafts": drafts}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["results"] == from_cli
