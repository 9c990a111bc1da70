"""``socialpolicy monitor scan|sites``: output shapes, exit status and error messages."""

from __future__ import annotations

import json

from socialpolicy.engines.monitoring.cli import main

from .loggen import ALICE, MONDAY, NOR_TRUST, OUTSIDE, local_epoch, squid_use, write_log

FINDING_KEYS = {
    "person",
    "date",
    "site",
    "clause",
    "ownership",
    "active_minutes",
    "requests",
    "first_seen",
    "last_seen",
    "severity",
}


def _log(tmp_path, minutes, client=NOR_TRUST):
    return write_log(
        tmp_path / "access.log", squid_use(local_epoch(MONDAY, "09:00"), minutes, client, "x.com", ALICE)
    )


def test_json_output_has_the_contract_shape_and_exit_1_with_findings(tmp_path, org, capsys):
    status = main(["scan", "--org", str(org), "--format", "json", str(_log(tmp_path, 3))])
    document = json.loads(capsys.readouterr().out)
    assert status == 1
    assert set(document) == {"findings", "unknown", "stats"}
    assert set(document["stats"]) == {"lines", "matched", "unparsed", "seconds"}
    (finding,) = document["findings"]
    assert set(finding) == FINDING_KEYS
    assert (finding["person"], finding["site"], finding["clause"], finding["active_minutes"]) == (
        ALICE,
        "twitter",
        "5.2",
        3,
    )


def test_exit_0_without_findings_even_with_unknown_use(tmp_path, org, capsys):
    status = main(["scan", "--org", str(org), "--format", "json", str(_log(tmp_path, 5, OUTSIDE))])
    document = json.loads(capsys.readouterr().out)
    assert (status, document["findings"], len(document["unknown"])) == (0, [], 1)
    assert set(document["unknown"][0]) == {
        "person",
        "date",
        "site",
        "active_minutes",
        "requests",
        "first_seen",
        "last_seen",
    }


def test_text_output_names_person_site_and_clause(tmp_path, org, capsys):
    assert main(["scan", "--org", str(org), str(_log(tmp_path, 3))]) == 1
    out = capsys.readouterr().out
    assert ALICE in out and "twitter" in out and "5.2" in out


def test_thresholds_from_the_command_line(tmp_path, org, capsys):
    status = main(["scan", "--org", str(org), "--trust-device-min-minutes", "4", str(_log(tmp_path, 3))])
    assert status == 0


def test_missing_log_is_exit_2_with_one_line_message(tmp_path, org, capsys):
    status = main(["scan", "--org", str(org), str(_log(tmp_path, 3)), str(tmp_path / "nope.log")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "nope.log" in captured.err


def test_bad_org_folder_is_exit_2(tmp_path, capsys):
    (tmp_path / "org").mkdir()
    assert main(["scan", "--org", str(tmp_path / "org"), str(_log(tmp_path, 3))]) == 2
    assert "trust.toml" in capsys.readouterr().err


def test_usage_error_is_exit_2(capsys):
    assert main(["scan", "--log-format", "apache", "x.log"]) == 2


def test_sites_lists_the_catalogue(org, capsys):
    assert main(["sites", "--org", str(org), "--format", "json"]) == 0
    sites = {entry["site"]: entry for entry in json.loads(capsys.readouterr().out)["sites"]}
    assert "plus.google.com" in sites["google+"]["domains"]
    assert "fbcdn.net" in sites["facebook"]["domains"]
    assert main(["sites"]) == 0
    assert "mastodon.social" in capsys.readouterr().out
