"""The engine's parts: registry, draft parsing, roster look-ups, merging, no Django."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from socialpolicy.engines.screening import (
    Analyzer,
    DraftError,
    DraftInput,
    Finding,
    Hit,
    Rule,
    RuleRegistry,
    Severity,
    default_registry,
    merge_overlaps,
    roster_from_values,
)
from socialpolicy.engines.screening.draft import parse_draft
from socialpolicy.engines.screening.model import AUDIENCES, KINDS
from socialpolicy.engines.screening.roster import RosterPupil, RosterStaff

CONTRACT_CLAUSES = {
    "5.4",
    "5.6",
    "5.7",
    "5.8.1",
    "5.8.2",
    "5.8.3",
    "5.9",
    "5.10",
    "5.11",
    "5.12",
    "5.13",
    "6.8",
    "6.9",
    "6.10",
    "6.12",
}


def test_every_contract_clause_has_a_rule_and_every_rule_documents_itself():
    rules = list(default_registry)
    assert {r.clause for r in rules} == CONTRACT_CLAUSES
    assert len({r.code for r in rules}) == len(rules)
    for rule in rules:
        assert rule.description and rule.advice and rule.severity in (Severity.BLOCK, Severity.WARN)


@pytest.mark.parametrize(
    ("clause", "kinds", "audiences"),
    [
        ("5.6", {"profile"}, {"personal"}),
        ("5.7", {"profile"}, {"personal"}),
        ("6.8", {"profile"}, {"professional"}),
        ("6.9", set(KINDS), {"professional"}),
        ("6.10", {"post", "comment"}, {"professional"}),
        ("5.13", set(KINDS), {"personal"}),
        ("6.12", set(KINDS), set(AUDIENCES)),
    ],
)
def test_rules_apply_only_to_the_kinds_and_audiences_of_the_labelling_rules(clause, kinds, audiences):
    for kind in KINDS:
        for audience in AUDIENCES:
            selected = {r.clause for r in default_registry.for_draft(kind, audience)}
            assert (clause in selected) == (kind in kinds and audience in audiences), (kind, audience)


class ShoutingRule(Rule):
    code = "shouting"
    clause = "5.8.1"
    severity = Severity.WARN
    advice = "Say it calmly."

    def find(self, context) -> Iterator[Hit]:
        for index, word in enumerate(context.text.split(" ")):
            if len(word) > 3 and word.isupper():
                start = sum(len(w) + 1 for w in context.text.split(" ")[:index])
                yield Hit(start, start + len(word), "capitals")


def test_a_rule_is_added_by_registering_not_by_editing_the_analyzer():
    registry = RuleRegistry()
    registry.register(ShoutingRule)
    analyzer = Analyzer(roster_from_values(trust_name="Test Trust"), registry)
    result = analyzer.analyze(DraftInput(text="this is SO ANNOYING today"))
    assert [(f.code, f.evidence, f.message) for f in result.findings] == [
        ("shouting", "ANNOYING", "Say it calmly.")
    ]
    assert result.findings[0].explanation == "shouting: capitals"
    with pytest.raises(ValueError, match="already registered"):
        registry.register(ShoutingRule)


def test_findings_and_results_are_frozen():
    finding = Finding("5.4", "x", Severity.WARN, 0, 1, "a", "m")
    with pytest.raises(AttributeError):
        finding.start = 3  # type: ignore[misc]


def test_merge_keeps_one_finding_per_clause_and_span_preferring_block():
    warn = Finding("5.13", "a", Severity.WARN, 0, 10, "x" * 10, "m")
    block = Finding("5.13", "b", Severity.BLOCK, 5, 8, "xxx", "m")
    other_clause = Finding("5.8.1", "c", Severity.WARN, 0, 10, "x" * 10, "m")
    apart = Finding("5.13", "d", Severity.WARN, 20, 25, "xxxxx", "m")
    merged = merge_overlaps([warn, block, other_clause, apart])
    assert [(f.clause, f.code) for f in merged] == [("5.8.1", "c"), ("5.13", "b"), ("5.13", "d")]


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (DraftInput(text="x", kind="tweet"), "unknown kind"),
        (DraftInput(text="x", audience="public"), "unknown audience"),
    ],
)
def test_analyzer_rejects_unknown_kind_or_audience(draft, message):
    with pytest.raises(DraftError, match=message):
        Analyzer(roster_from_values(trust_name="T")).analyze(draft)


def test_parse_profile_fields_with_offsets():
    text = "Name: Jo F | Handle: @jofinch | Bio: Cover supervisor | Avatar: a cat"
    parsed = parse_draft(DraftInput(text=text, kind="profile"))
    assert {k: v.text for k, v in parsed.fields.items()} == {
        "name": "Jo F",
        "handle": "@jofinch",
        "bio": "Cover supervisor",
        "avatar": "a cat",
    }
    for segment in parsed.fields.values():
        assert text[segment.start : segment.end] == segment.text


def test_parse_message_comment_attachments_and_tags():
    message = parse_draft(DraftInput(text="To: Dana Cole (Whitby Gazette) | hello there", kind="message"))
    assert message.recipient and message.recipient.text == "Dana Cole"
    assert message.recipient_note and message.recipient_note.text == "Whitby Gazette"
    assert message.body and message.body.text == "hello there"
    comment = parse_draft(
        DraftInput(
            text="@ann nice! with @bob [photo: us at the fair] [tagged: Cy Dee, Ed Fry]", kind="comment"
        )
    )
    assert comment.reply_to and comment.reply_to.text == "@ann"
    assert [t.text for t in comment.tags] == ["@ann", "@bob"]
    assert [(a.kind, a.content.text) for a in comment.attachments] == [
        ("photo", "us at the fair"),
        ("tagged", "Cy Dee, Ed Fry"),
    ]
    assert [n.text for n in comment.tagged_names] == ["Cy Dee", "Ed Fry"]


def test_email_addresses_are_not_tags():
    parsed = parse_draft(DraftInput(text="write to office@school.example please"))
    assert parsed.tags == ()


def small_roster():
    return roster_from_values(
        trust_name="Oak Vale Trust",
        trust_aliases=["OVT"],
        academies=[("HIL", "Hillside Academy", ["Hillside"])],
        staff=[
            RosterStaff(email="kim.lee@ovt.example", first_name="Kim", last_name="Lee", academy_code="HIL")
        ],
        pupils=[
            RosterPupil(
                pupil_id="1", first_name="Ivy", last_name="Stone", academy_code="HIL", images_online=False
            ),
            RosterPupil(
                pupil_id="2",
                first_name="Thomas",
                last_name="Quill",
                preferred_name="Tom",
                academy_code="HIL",
                handles=("@tomq",),
                images_online=True,
            ),
        ],
    )


def test_roster_from_values_finds_names_handles_and_preferred_names():
    roster = small_roster()
    text = "ivy stone and Tom Quill met Kim Lee at Hillside"
    found = {(text[h.start : h.end], h.category) for h in roster.find_names(text)}
    assert ("ivy stone", "pupil-full") in found
    assert ("Tom Quill", "pupil-full") in found
    assert ("Kim Lee", "staff-full") in found
    assert ("Hillside", "org-name") in found
    assert roster.handle("@TomQ") == ("pupil", 1)
    assert [n.text for n in roster.org_names_in_handle("@Hill_Side_Kim")] == ["Hillside"]


def test_roster_names_match_whole_words_only():
    roster = small_roster()
    assert not [h for h in roster.find_names("Ivyleaf Stonehouse") if h.category == "pupil-full"]


def test_roster_scales_to_thousands_of_names():
    pupils = [
        RosterPupil(pupil_id=str(i), first_name=f"Name{i}", last_name=f"Family{i}", academy_code="HIL")
        for i in range(3000)
    ]
    roster = roster_from_values(trust_name="Big Trust", pupils=pupils)
    hits = roster.find_names("Well done Name2999 Family2999 and name17 family17")
    assert {h.refs[0] for h in hits if h.category == "pupil-full"} == {2999, 17}


ENGINE_IMPORTS = """
import sys
import socialpolicy.engines.screening.cli
from socialpolicy.engines.screening import Analyzer, DraftInput
from socialpolicy.engines.screening.roster import Roster
from socialpolicy.engines.orgdir import load_org
import socialpolicy.engines.clauses
import pkgutil, importlib, socialpolicy.engines as engines
for module in pkgutil.walk_packages(engines.__path__, "socialpolicy.engines."):
    importlib.import_module(module.name)
org = load_org(sys.argv[1])
Analyzer(Roster.from_orgdir(org)).analyze(DraftInput(text="Top effort from @frankied_ today"))
leaked = sorted(n for n in sys.modules if n == "django" or n.startswith("django."))
assert not leaked, leaked
"""


def test_no_engine_module_imports_django(org_dir):
    subprocess.run([sys.executable, "-c", ENGINE_IMPORTS, str(org_dir)], check=True)


def test_profanity_model_is_not_imported_for_an_ordinary_draft(org_dir):
    code = (
        "import sys\n"
        "from socialpolicy.engines.screening.cli import main\n"
        f"main(['--org', {str(org_dir)!r}, '/dev/null'])\n"
        "assert 'profanity_check' not in sys.modules and 'sklearn' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_prefilter_never_changes_what_a_lexicon_finds():
    """The literal pre-filter may only skip regexes that cannot match: compare with the bare regex."""
    from socialpolicy.engines.screening import lexicon, prefilter

    texts = [
        "Year 4 were absolute horrors today, counting down to Easter",
        "Between us the trust is restructuring; not announced yet 🤐",
        "ring me on 07700 900123, the government is a joke",
        "Some of the parents are RUDE and Entitled. Grow up!",
        "Views are my own. Teacher sharing phonics ideas",
        "The Echo journalist asked; happy to talk, DM me",
        "my kids [photo: Y6 relay team in school kit]",
        "Mr Doyle is off sick after his breakdown",
        "plain words about cake and the weather",
    ]
    assert lexicon.INSULT.anchors is not None  # most lexicons are pre-filtered
    for word_list in prefilter._registry:
        for text in texts:
            assert [m.span() for m in word_list.finditer(text)] == [
                m.span() for m in word_list.regex.finditer(text)
            ]


def test_no_word_list_alternative_ends_in_whitespace():
    """An alternative ending in a space can never be followed by the closing word boundary."""
    from socialpolicy.engines.screening import prefilter

    for word_list in prefilter._registry:
        inner = word_list.pattern[len(r"(?<![\w])(?:") : -len(r")(?![\w])")]
        for alternative in prefilter._split_top_level(inner):
            assert not alternative.endswith(" "), (word_list.pattern[:60], alternative)


def test_prefilter_anchors_are_prefixes_of_every_match():
    """Anchors for groups, optional letters and small character classes; none when unknowable."""
    from socialpolicy.engines.screening.prefilter import _anchors

    assert _anchors("(?:can|i'?ll) talk") == ["can", "i'll", "ill"]
    assert _anchors("(?:full |e-?)?(?:pdf|scan) of") == [
        "e-pdf",
        "e-scan",
        "epdf",
        "escan",
        "full ",
        "pdf",
        "scan",
    ]
    assert _anchors("(?<!no )credit(?:s|ed)? to") == ["credit to", "credited", "credits to"]
    assert _anchors("p[1-7](?= class)") == ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]
    assert _anchors("🤐") == ["🤐"]
    assert _anchors("n[i1]?gg") is None  # the class may be absent: "n" alone is too common
    assert _anchors(r"\d+ weeks") is None  # a lone digit is too common to filter on
    assert _anchors("x[a-z]") is None  # too many letters
