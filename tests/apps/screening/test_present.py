"""Cutting the draft into highlighted pieces, and the words for each finding."""

from socialpolicy.apps.screening.present import pieces, shown_findings
from socialpolicy.engines.screening import Finding, Severity


def finding(start, end, clause="5.8.2", severity=Severity.WARN, text="abcdefghij"):
    return Finding(clause, "code", severity, start, end, text[start:end], "Do something else.")


def test_no_findings_is_one_plain_piece():
    assert [(p.text, p.numbers) for p in pieces("hello", ())] == [("hello", ())]


def test_overlapping_findings_share_a_piece():
    text = "abcdefghij"
    found = (finding(1, 5), finding(3, 8, clause="5.13", severity=Severity.BLOCK))
    cut = [(p.text, p.numbers, p.severity) for p in pieces(text, found)]
    assert cut == [
        ("a", (), ""),
        ("bc", (1,), "warn"),
        ("de", (1, 2), "block"),
        ("fgh", (2,), "block"),
        ("ij", (), ""),
    ]
    assert "".join(p.text for p in pieces(text, found)) == text
    assert pieces(text, found)[2].label == "findings 1, 2"


def test_clause_library_gives_title_and_summary():
    shown = shown_findings((finding(0, 3), finding(0, 3, clause="no-such-clause")))
    assert shown[0].clause_title and shown[0].clause_summary
    assert shown[0].severity_words == "Look again"
    assert shown[1].clause_title == "Clause no-such-clause"
