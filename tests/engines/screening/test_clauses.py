"""The clause library: every clause other features cite, our own words, and no copied policy text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from socialpolicy.engines.clauses import UnknownClause, all_clauses, get_clause, library_version
from socialpolicy.engines.screening import default_registry

REQUIRED = [
    "2.1",
    "2.2",
    "2.4",
    "3.1",
    "4.1.1",
    "4.2.2",
    "4.2.3",
    "4.3.1",
    "4.3.2",
    "4.4.1",
    "4.4.2",
    "4.4.3",
    "4.5.1",
    "4.5.2",
    "4.5.3",
    "5.1",
    "5.2",
    "5.3",
    "5.4",
    "5.5",
    "5.6",
    "5.7",
    "5.8",
    "5.8.1",
    "5.8.2",
    "5.8.3",
    "5.9",
    "5.10",
    "5.11",
    "5.12",
    "5.13",
    "6.1",
    "6.2",
    "6.3",
    "6.4",
    "6.5",
    "6.6",
    "6.7",
    "6.8",
    "6.9",
    "6.10",
    "6.11",
    "6.12",
    "7",
    "8.1",
    "8.2",
    "8.3",
    "9.1",
    "9.2",
    "9.3",
    "10.1",
    "11.1",
    "11.2",
    "11.3",
    "12.1",
    "appendix-1",
]
ROOT = Path(__file__).resolve().parents[3]
POLICY = ROOT / ".." / "shared" / "seed" / "social-media-policy.txt"
OWN_PATHS = [
    ROOT / "src" / "socialpolicy" / "engines" / "screening",
    ROOT / "src" / "socialpolicy" / "engines" / "clauses",
    ROOT / "tests" / "engines" / "screening",
    ROOT / "benchmarks" / "data" / "screening_holdout",
    *(ROOT / "benchmarks").glob("screening_*.py"),
    *(ROOT / "docs" / "decisions").glob("01*-screening-*.md"),
]


def test_library_holds_every_required_clause_with_title_and_summary():
    ids = [c.id for c in all_clauses()]
    assert set(REQUIRED) <= set(ids)
    assert len(ids) == len(set(ids))
    for clause in all_clauses():
        assert clause.title.strip() and clause.summary.strip()
    assert library_version()


def test_get_clause_and_unknown_id():
    assert get_clause("5.8.2").title == "Confidentiality"
    with pytest.raises(UnknownClause):
        get_clause("99.9")


def test_every_rule_cites_a_clause_in_the_library():
    for rule in default_registry:
        get_clause(rule.clause)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_no_ten_word_run_of_the_policy_appears_in_our_files():
    if not POLICY.exists():
        pytest.skip("policy text not present")
    policy = _words(POLICY.read_text(encoding="utf-8"))
    runs = {tuple(policy[i : i + 10]) for i in range(len(policy) - 9)}
    files = [p for path in OWN_PATHS for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file()]
    assert files
    for file in files:
        if file.suffix not in (".py", ".toml", ".md", ".jsonl", ".csv", ".txt"):
            continue
        words = _words(file.read_text(encoding="utf-8"))
        for i in range(len(words) - 9):
            assert tuple(words[i : i + 10]) not in runs, f"{file}: {' '.join(words[i : i + 10])}"
