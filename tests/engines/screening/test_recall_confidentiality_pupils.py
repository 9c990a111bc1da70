"""Wider phrasing for pupils and confidential facts: 5.8.2, 5.4, 6.10 on unseen wording.

Each positive names clauses that must be reported; each hard negative uses the same cue words in
a harmless sense and names the clauses that must not be. Names are conftest's Harbourside trust
(pupils Grace, Jack, Hope, Summer, Rocco…; academies Northgate, Seacroft, Maple Bank).
"""

from __future__ import annotations

import pytest

from socialpolicy.engines.screening import Analyzer, DraftInput, RosterPupil, roster_from_values
from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [
    # a pupil's first name with a class, set or group the author teaches
    ("Rocco in my maths set finally cracked long division", "post", P, "jo.finch", {"5.8.2"}),
    ("Jack from our top set got a 9 in his mock", "post", P, "sam.tully", {"5.8.2"}),
    ("Hope in my phonics group read her first chapter today", "post", P, "sam.tully", {"5.8.2"}),
    # safeguarding facts about a described pupil
    (
        "Had to ring children's social care about one of my Reception littles, bruises that didn't add up",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("One of my lot came in with bruises again, rang the LADO", "post", P, "jo.finch", {"5.8.2"}),
    ("Had to call the police about one of my tutees today", "post", P, "jo.finch", {"5.8.2"}),
    # a colleague's pregnancy or illness, described rather than named
    (
        "Not saying who, but one of our Reception team is expecting 🤰 and she hasn't told the head yet",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("Our TA had her 12-week scan today, fingers crossed", "post", P, "tess.wilde", {"5.8.2"}),
    ("Our new head of year is expecting her second baby in June", "post", P, "jo.finch", {"5.8.2"}),
    ("One of the dinner ladies had a heart attack at lunch", "post", P, "tess.wilde", {"5.8.2"}),
    (
        "One of our office team has a tumour, please keep her in your thoughts",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    # an appointment nobody has announced
    (
        "Heard on the grapevine the new Seacroft head is the deputy from Maple Bank, so keep it zipped",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    ("The new Northgate deputy is going to be Ken, lips are sealed", "post", P, "sam.tully", {"5.8.2"}),
    ("Seacroft budget is £200k in the red, don't tell anyone", "post", P, "jo.finch", {"5.8.2"}),
    # inviting pupils to a personal group or account
    (
        "Set up a revision Snapchat for my GCSE historians 📚 add mr_h_history and I'll send tips",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "Any of my Y11 historians fancy an Easter revision group? I've set one up on WhatsApp – drop me a "
        "message and I'll add you",
        "post",
        P,
        "bilal.rashid",
        {"5.4"},
    ),
    ("Started a Snapchat for my Y10 scientists, add me: mr_t_science", "post", P, "bilal.rashid", {"5.4"}),
    ("Hey Year 13s! Join our Discord for revision sessions", "post", P, "bilal.rashid", {"5.4"}),
    (
        "Any of my tutor group who want help with personal statements, DM me on insta",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
]

# (why, text, kind, audience, author local part, clauses that must NOT be reported)
HARD_NEGATIVES = [
    # relatives, friends and pets who share a pupil's first name
    (
        "a niece called Summer",
        "So proud of my niece Summer, passed her driving test first time!!",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "a daughter called Grace",
        "Proud of my daughter Grace, she got the job!",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a sister",
        "Happy birthday to my little sister Summer! Congrats on 30",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    ("a goddaughter after", "Grace (my goddaughter) got her GCSE results", "post", P, "jo.finch", {"5.8.2"}),
    ("a nephew", "Congratulations to my nephew Jack on his graduation", "post", P, "jo.finch", {"5.8.2"}),
    ("a group outside school", "Grace in my running group smashed her PB", "post", P, "jo.finch", {"5.8.2"}),
    # the same health and safeguarding words with nobody described, or in an everyday sense
    (
        "expecting weather",
        "Expecting snow this week at Seacroft, stay safe all",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "expecting results",
        "Our Year 6 team is expecting great results this year",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("own pregnancy", "I'm expecting! Baby due in May 🤰", "post", P, "jo.finch", {"5.8.2"}),
    (
        "a bruising match",
        "Bruising match for the Seacroft Y9 rugby team today",
        "post",
        P,
        "bilal.rashid",
        {"5.8.2"},
    ),
    (
        "own bruises",
        "Bruises on my knees from PE with my Y3s, too old for this",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "a fundraiser",
        "One of our team ran the marathon for the hospice, so proud",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    # money: a price or a fundraising total is not internal business
    ("a price", "The £120-a-year slide bank is brilliant, shh 🤫", "post", P, "jo.finch", {"5.8.2"}),
    (
        "a fundraising total",
        "Raised £2,300 at the Seacroft fete! Don't tell the PTA",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "an announced head",
        "The new head starts on Monday at Seacroft, so excited",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    # invitations that are not to pupils
    (
        "a year group naming a resource",
        "The whole Y5 slide bank is sitting in my Google Drive, message me for the link",
        "post",
        P,
        "sam.tully",
        {"5.4"},
    ),
    (
        "teachers of a year group",
        "Any Y6 teachers want to join our WhatsApp group for SATs moderation? DM me",
        "post",
        P,
        "sam.tully",
        {"5.4"},
    ),
    (
        "parents of a year group",
        "Year 11 parents: I've set up a WhatsApp group for the prom committee, message me to be added",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "a copy for other teachers",
        "Made a knowledge organiser for my Y9s, DM me if you want a copy for your classes",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "friends",
        "Set up a book club WhatsApp for my friends, message me to join",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    ("a hobby", "Running a Discord for my D&D group, add me", "post", P, "jo.finch", {"5.4"}),
    ("a recipe", "Add 200g of flour and stir well", "post", P, "jo.finch", {"5.4"}),
]


@pytest.mark.parametrize(("text", "kind", "audience", "author", "expected"), POSITIVES, ids=lambda v: None)
def test_reports(check, text, kind, audience, author, expected):
    assert_reports(check(text, kind, audience, author), expected)


@pytest.mark.parametrize(
    ("why", "text", "kind", "audience", "author", "forbidden"),
    HARD_NEGATIVES,
    ids=[n[0] for n in HARD_NEGATIVES],
)
def test_hard_negative(check, why, text, kind, audience, author, forbidden):
    assert_not_reported(check(text, kind, audience, author), forbidden, why)


def test_pupil_name_inside_an_org_name_is_the_org():
    """A pupil called Chase is not named by "Wyvern Chase Learning Trust", on any channel."""
    roster = roster_from_values(
        trust_name="Wyvern Chase Learning Trust",
        academies=[("KNP", "Knowle Park Academy", ["Knowle Park"])],
        pupils=[RosterPupil("K1", "Chase", "Whitmore", academy_code="KNP", year_group="10")],
    )
    analyzer = Analyzer(roster)
    text = "Wyvern Chase Learning Trust: we are aware of a video involving Knowle Park students."
    for audience in ("professional", "personal"):
        result = analyzer.analyze(DraftInput(text=text, kind="post", audience=audience))
        assert not {f.clause for f in result.findings} & {"6.10", "5.8.2"}, result.findings
    named = analyzer.analyze(DraftInput(text="Well done Chase in Y10!", kind="post", audience="professional"))
    assert "6.10" in {f.clause for f in named.findings}
