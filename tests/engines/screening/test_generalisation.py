"""Concept rows for the wider phrasing of grievances, sarcasm, confidential facts and copying.

Each positive names a clause that must be reported; each hard negative uses the same cue words in
a harmless sense and names the clauses that must not be. Names are conftest's Harbourside trust.
"""

from __future__ import annotations

import pytest

P, PRO = "personal", "professional"

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [
    # 5.13: venting constructions, rhetorical questions, sarcasm markers
    ("Can't be doing with the Seacroft car park fiasco any more", "post", P, "jo.finch", {"5.13"}),
    ("Yet another survey from SLT landed at 9pm on a Sunday", "post", P, "jo.finch", {"5.13"}),
    ("Why does nobody at Seacroft answer the phone after 3?", "post", P, "bilal.rashid", {"5.13"}),
    ("Oh great, lunch duty in the rain again.", "post", P, "sam.tully", {"5.13"}),
    ("Nobody told the TAs the timetable had changed. Again.", "post", P, "tess.wilde", {"5.13"}),
    (
        "Our 'collaborative' planning session at Northgate was two hours of being talked at",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "Spent my whole Sunday on reports that nobody will read. Living the dream.",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "The heating in the science block is still broken. Must be nice to have an office with radiators.",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    (
        "Twilight overran by an hour again, truly inspired use of everyone's time",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "Ms Wilde waltzing in at ten while the rest of us set up the hall",
        "post",
        P,
        "sam.tully",
        {"5.13", "5.8.1"},
    ),
    # 5.8.1: belittling replies, derision, allegations with an adjective
    (
        "Some of the parents at Northgate need to take a long hard look at themselves",
        "post",
        P,
        "sam.tully",
        {"5.8.1", "5.13"},
    ),
    ("The man who runs the garage on Quay Street is a lying crook", "post", P, "jo.finch", {"5.8.1"}),
    ("@dad_of_three maybe parent your son before you lecture us", "comment", P, "bilal.rashid", {"5.8.1"}),
    (
        "The dinner staff at our place are a bunch of miserable old bats",
        "post",
        P,
        "tess.wilde",
        {"5.8.1", "5.13"},
    ),
    ("To the parents who can't read a letter: trip money is due FRIDAY", "post", PRO, "sam.tully", {"6.9"}),
    # 5.8.2: safeguarding, discipline, health, staffing, contracts, growth
    ("One of my Year 10s is on a section 47 now", "post", P, "bilal.rashid", {"5.8.2"}),
    ("Our site manager has been signed off for a month", "post", P, "jo.finch", {"5.8.2"}),
    ("Kid in my tutor group got excluded for vaping", "post", P, "jo.finch", {"5.8.2"}),
    ("Rocco in 11B has finally got his EHCP", "post", P, "bilal.rashid", {"5.8.2"}),
    ("Heard the trust is looking to take over a primary in Whitby", "post", P, "jo.finch", {"5.8.2"}),
    ("TUPE talks for our cleaning staff start next week", "post", P, "jo.finch", {"5.8.2"}),
    (
        "The school catering contract's been awarded to a new firm from April",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "The head hasn't been told yet but Northgate is getting a new deputy",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("Capability hearing for one of our TAs on Friday", "post", P, "iris.penn", {"5.8.2"}),
    ("Interviewed for a new TA today, one candidate forgot her own CV", "post", P, "iris.penn", {"5.8.2"}),
    ("Mr Tully has handed his notice in at Northgate, nobody knows yet", "post", P, "tess.wilde", {"5.8.2"}),
    # 5.8.3: copying or sharing without credit
    ("Not mine but had to share 😂 [image: meme of a tired teacher]", "post", P, "jo.finch", {"5.8.3"}),
    (
        "Found it on Pinterest, no idea who drew it [image: watercolour fox]",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    ("Typed out the whole chapter from the book for anyone who wants it", "post", P, "jo.finch", {"5.8.3"}),
    ("Ripped the audio off Spotify for our assembly", "post", P, "sam.tully", {"5.8.3"}),
    (
        "Saved the photographer's match shots off his page and posted them here",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    (
        "Bought the revision bundle for £25, sending the PDF to anyone who asks",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    # second round: workload, morale, pupils derided, HR and SEN facts, hearsay, piracy, characters
    ("Short-staffed again at Seacroft and nobody upstairs cares", "post", P, "jo.finch", {"5.13"}),
    ("Morale in our department is on the floor after this term", "post", P, "bilal.rashid", {"5.13"}),
    ("The Year 9s were little sods for the cover teacher today", "post", P, "jo.finch", {"5.8.1", "5.13"}),
    ("Our caretaker has raised a grievance against the head", "post", P, "jo.finch", {"5.8.2"}),
    ("One of my Year 3s is on the autism pathway at last", "post", P, "sam.tully", {"5.8.2"}),
    ("Kid in my class is in temporary accommodation with his mum", "post", P, "sam.tully", {"5.8.2"}),
    ("Word is the trust is restructuring the office team after Easter", "post", P, "jo.finch", {"5.8.2"}),
    ("Anyone want the torrent of the new Pixar film? 🍿", "post", P, "jo.finch", {"5.8.3"}),
    (
        "Made some Bluey cupcake toppers on my Cricut, £3 a sheet, DM to order",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    ("Cropped their name off the cartoon and posted it [image: cartoon]", "post", P, "jo.finch", {"5.8.3"}),
]

# (why, text, kind, audience, author, clauses that must not be reported)
HARD_NEGATIVES = [
    (
        "a generalisation about teachers",
        "Teachers who moan about parents online are the worst",
        "post",
        P,
        "jo.finch",
        {"5.13", "5.8.1"},
    ),
    (
        "a generalisation about strangers",
        "People who leave trolleys in the car park are the worst",
        "post",
        P,
        "jo.finch",
        {"5.13", "5.8.1"},
    ),
    (
        "venting about the weather",
        "Can't be doing with these dark evenings, roll on summer",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "'yet again' about oneself",
        "Yet again I forgot my umbrella. Classic me.",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "warm quotation marks at work",
        "The staff 'secret santa' was brilliant fun this year, thank you all!",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "'oh good' about the weekend",
        "Oh good, the sun's out for the weekend!",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "an ordinary 'nice one' to a pupil",
        "@libbymills nice one Libby, great match!",
        "comment",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "praise, not derision",
        "Shout out to Mr Tully for running the whole quiz night, legend",
        "post",
        P,
        "tess.wilde",
        {"5.13", "5.8.1"},
    ),
    (
        "take over the garden",
        "Going to take over the garden this weekend, weeds beware",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a bid on eBay",
        "Put in a bid on a vintage bike on eBay, fingers crossed",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "own contract news",
        "My contract's been renewed for another year at Seacroft, chuffed!",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "an announced new head",
        "Lovely to see our new head announced in today's letter to parents",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "a public consultation",
        "The council's consultation on the new cycle lane closes Friday, have your say",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "not mine: a relative's medal",
        "Not mine, but my sister's: her first marathon medal! [photo: medal]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "ripped jeans",
        "Ripped my jeans on the climbing frame at break, brilliant",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "typed up minutes",
        "Typed up the minutes from the PTA meeting, all done",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "credited and shared",
        "Credit to @lensandlight for this shot, not mine but had to share [photo: harbour]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "a form group in 4K",
        "Watched the match in 4K last night, Summer and I loved it",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "high morale",
        "Morale is sky high in our department after the county win!",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    ("an assault course", "Year 6 loved the assault course at sports day", "post", P, "sam.tully", {"5.8.2"}),
    (
        "a homeless shelter collection",
        "Year 5 collected 200 tins for the homeless shelter 💚",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "a mum leaving a party",
        "Her mum left early to fetch the cake, what a lovely party",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "tribunal news",
        "Interesting article about a teacher who won at tribunal in Leeds",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "hearsay not about work",
        "Word is the chippy on Quay Street is closing down, gutted",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "selling used toys",
        "Selling the kids' old Paw Patrol toys, £5 the lot",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "frozen pipes",
        "Frozen pipes and a £300 plumber bill, lovely start to the week",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "a rant about the weather",
        "Rant incoming: why does it always rain on bin day?",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "audience", "author", "expected"), POSITIVES, ids=lambda v: None)
def test_reports(check, text, kind, audience, author, expected):
    reported = {f.clause for f in check(text, kind, audience, author).findings}
    assert expected <= reported, f"missing {expected - reported}: got {reported}"


@pytest.mark.parametrize(
    ("why", "text", "kind", "audience", "author", "forbidden"),
    HARD_NEGATIVES,
    ids=[n[0] for n in HARD_NEGATIVES],
)
def test_hard_negative(check, why, text, kind, audience, author, forbidden):
    result = check(text, kind, audience, author)
    reported = {f.clause for f in result.findings}
    assert not (reported & forbidden), f"{why}: reported {[(f.clause, f.evidence) for f in result.findings]}"
