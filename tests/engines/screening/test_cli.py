"""`socialpolicy check` through its entry point: output shapes, exit codes, batch streaming."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from socialpolicy.engines.screening import cli

AUTHOR = "sam.tully@harbourside.example"


def run_main(argv: list[str], stdin: str | bytes = "") -> tuple[int, str, str]:
    """Call cli.main in-process with the given stdin; return (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    data = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")
    fake_in = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = fake_in, out, err
    try:
        status = cli.main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return status, out.getvalue(), err.getvalue()


def test_clean_draft_exits_0_with_text_output(org_dir: Path):
    status, out, err = run_main(["--org", str(org_dir)], "Lovely sunset over the harbour tonight 🌅")
    assert status == 0
    assert out.startswith("Verdict: OK")
    assert err == ""


def test_flagged_draft_text_output_names_clause_evidence_and_advice(org_dir: Path):
    status, out, _ = run_main(["--org", str(org_dir)], "Grace Okoro in my class smashed her times tables!")
    assert status == 1
    assert "Verdict: BLOCK" in out
    assert "clause 5.8.2" in out
    assert '"Grace Okoro"' in out
    assert "What to do:" in out


def test_json_output_shape_and_offsets(org_dir: Path):
    text = "Ring me on 07700 900555 about the car boot sale"
    status, out, _ = run_main(["--org", str(org_dir), "--format", "json"], text)
    assert status == 1
    data = json.loads(out)
    assert set(data) >= {"verdict", "findings"}
    assert data["verdict"] == "block"
    (finding,) = data["findings"]
    assert set(finding) == {"clause", "code", "severity", "start", "end", "evidence", "message"}
    assert finding["clause"] == "5.10"
    assert text[finding["start"] : finding["end"]] == finding["evidence"] == "07700 900555"


def test_offsets_count_code_points_not_bytes(org_dir: Path):
    text = "🎉🎉 Grace Okoro won!"
    _, out, _ = run_main(["--org", str(org_dir), "--format", "json"], text)
    finding = json.loads(out)["findings"][0]
    assert (finding["start"], finding["end"]) == (3, 14)


def test_kind_and_audience_options(org_dir: Path):
    profile = "Name: Northgate Reads | Handle: @NorthgateReads | Bio: Book reviews 📚"
    argv = ["--org", str(org_dir), "--kind", "profile", "--audience", "professional", "--format", "json"]
    status, out, _ = run_main(argv, profile)
    assert status == 1
    assert [f["clause"] for f in json.loads(out)["findings"]] == ["6.8"]


def test_warn_only_draft_is_review(org_dir: Path):
    status, out, _ = run_main(["--org", str(org_dir), "--format", "json"], "Quiz night with @jofinch")
    assert status == 1
    assert json.loads(out)["verdict"] == "review"


def test_reads_a_file_argument(org_dir: Path, tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Top effort today from @frankied_\n", encoding="utf-8")
    status, out, _ = run_main(["--org", str(org_dir), "--format", "json", str(draft)])
    assert status == 1
    assert json.loads(out)["findings"][0]["evidence"] == "@frankied_"


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        ([], "--org"),
        (["--org", "ORG", "--kind", "tweet"], "tweet"),
        (["--org", "ORG", "--format", "xml"], "xml"),
        (["--org", "ORG", "--bogus"], "--bogus"),
        (["--org", "/nonexistent/org"], "/nonexistent/org"),
        (["--org", "ORG", "/nonexistent/draft.txt"], "/nonexistent/draft.txt"),
    ],
)
def test_usage_errors_exit_2_with_one_line(org_dir: Path, argv: list[str], problem: str):
    argv = [str(org_dir) if a == "ORG" else a for a in argv]
    status, out, err = run_main(argv, "hello")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and problem in err


def test_bad_org_folder_names_the_file(tmp_path: Path, org_dir: Path):
    broken = tmp_path / "org"
    broken.mkdir()
    for name in ("trust.toml", "academies.csv"):
        (broken / name).write_text((org_dir / name).read_text())
    (broken / "staff.csv").write_text(
        "email,first_name,last_name,academy_code,job_title,roles\nnot-an-email,A,B,,x,staff\n"
    )
    status, _, err = run_main(["--org", str(broken)], "hello")
    assert status == 2
    assert "staff.csv" in err and "line 2" in err


def test_help_exits_0(org_dir: Path, capsys):
    assert cli.main(["--help"]) == 0
    assert "--jsonl" in capsys.readouterr().out


def jsonl(*items: dict) -> str:
    return "".join(json.dumps(item) + "\n" for item in items)


def test_jsonl_keeps_order_ignores_unknown_keys_and_uses_each_lines_kind(org_dir: Path):
    lines = jsonl(
        {"id": "a", "text": "Sunny day at the beach", "label": "ignored", "expect": ["x"]},
        {
            "id": "b",
            "text": "Name: Maths @ Northgate | Handle: @nmaths | Bio: Puzzles",
            "kind": "profile",
            "audience": "professional",
            "author": AUTHOR,
        },
        {"id": "c", "text": "Grace Okoro read beautifully", "author": "nobody@else.example"},
        {"id": 4, "text": "Reader of the week: Grace Okoro", "kind": "post", "audience": "professional"},
    )
    status, out, _ = run_main(["--org", str(org_dir), "--jsonl"], lines)
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c", 4]
    assert [r["verdict"] for r in results] == ["ok", "review", "block", "block"]
    assert [f["clause"] for f in results[1]["findings"]] == ["6.8"]
    assert [f["clause"] for f in results[3]["findings"]] == ["6.10"]
    assert "notes" in results[2]  # the unknown author is said to be treated as ordinary staff
    assert status == 1


def test_jsonl_all_clean_exits_0(org_dir: Path):
    status, out, _ = run_main(["--org", str(org_dir), "--jsonl"], jsonl({"id": 1, "text": "Nice walk"}))
    assert status == 0 and json.loads(out)["verdict"] == "ok"


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "string 'text'"),
        ('{"id": 2, "text": "x", "kind": "tweet"}', "tweet"),
    ],
)
def test_jsonl_bad_line_exits_2_naming_the_line_after_earlier_results(
    org_dir: Path, bad_line: str, reason: str
):
    lines = jsonl({"id": 1, "text": "fine"}) + "\n" + bad_line + "\n" + jsonl({"id": 3, "text": "never read"})
    status, out, err = run_main(["--org", str(org_dir), "--jsonl"], lines)
    assert status == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]
    assert "line 3" in err and reason in err and err.count("\n") == 1


def test_jsonl_streams_results_before_input_ends(org_dir: Path):
    """Results for the first chunk arrive while stdin is still open: the batch never holds all lines."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "socialpolicy", "check", "--org", str(org_dir), "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(jsonl(*({"id": i, "text": f"draft number {i}"} for i in range(cli.CHUNK))).encode())
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        assert ready, "no output while input is still open"
        first = json.loads(proc.stdout.readline())
        assert first["id"] == 0
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_console_script_dispatches_check(org_dir: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "socialpolicy", "check", "--org", str(org_dir), "--format", "json"],
        input="Top effort from @frankied_",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["clause"] == "5.12"


def test_jsonl_line_that_is_not_utf8_is_named_exactly(org_dir: Path):
    lines = jsonl({"id": 1, "text": "fine"}).encode() + b'{"id": 2, "text": "caf\xe9"}\n'
    status, out, err = run_main(["--org", str(org_dir), "--jsonl"], lines)
    assert status == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]
    assert "line 2" in err and "UTF-8" in err


def test_single_draft_that_is_not_utf8_exits_2(org_dir: Path):
    status, out, err = run_main(["--org", str(org_dir)], b"caf\xe9 au lait")
    assert status == 2 and out == "" and "UTF-8" in err


def test_empty_draft_is_ok(org_dir: Path):
    status, out, _ = run_main(["--org", str(org_dir), "--format", "json"], "")
    assert status == 0 and json.loads(out) == {"verdict": "ok", "findings": []}
