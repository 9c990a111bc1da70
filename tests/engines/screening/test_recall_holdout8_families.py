"""Precision and recall on the families of phrasing an eighth blind batch showed were mishandled,
with look-alike drafts that must stay clean. Every sentence is written here (none is taken from any
labelled set), in other words and about other people and places.

Recall: irony about meetings that overrun and staff time treated as free, requests chased again and again
with a fix promised for a far-off date (5.13); "send them back" beside talk of foreigners or immigration,
"the only British person left", and a named local business's owner called a known crook or fraudster who
pockets deposits (5.8.1); a pupil's suspension disclosed (5.8.2); journalists invited to message a school
account for the full story (6.12).

Precision: a tradesperson praised and their number given in the next sentence (5.10); a facepalm at the
author's own blunder in a lesson (5.13); staff "in bits" or "at" a pub with a year group, which is no trip
venue (5.12); parcels and library books sent back, a warm evening of many languages, a warning about a
road, a kind word about a shop owner (5.8.1); a pupil's placement or job in a hospital kitchen or café, or a
hospital appeal, on a school account (6.9); a newspaper thanked, or passed on to the press office (6.12);
bridges and cars with suspension (5.8.2, 6.9); a useful meeting, films watched again and household nagging
(5.13).

Names are conftest's Harbourside trust (pupils Hope Barnes, Jack Lindqvist, Libby Mills with image consent;
staff sam.tully).
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"

# (text, kind, audience, clauses that must be reported)
POSITIVES = [
    (
        "Twilight INSET overran by forty minutes again. Apparently staff time is an unlimited resource 🙃",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Department meeting was meant to be half an hour. Left at ten to six. Our evenings are clearly "
        "free, who knew",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Third time I've emailed head office about the broken boiler in the Year 2 block. Still nothing",
        "post",
        P,
        {"5.13"},
    ),
    (
        "5th time we've reported the leaking roof in the staffroom. Maybe we'll get it fixed by Christmas. "
        "2031 more like",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Fourth time I've chased the trust for my back pay. Maybe I'll see it by retirement",
        "post",
        P,
        {"5.13"},
    ),
    ("SLT meeting ran till 6 again. Can't wait for the next one 🙃", "post", P, {"5.13"}),
    (
        "Another 'short' staff meeting that lasted two hours. My time is apparently worth nothing",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Umpteenth time I've asked the office for a working laptop. Genuinely starting to think they're "
        "ignoring me",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Walked down the high street and felt like the only British person left on it. Ship them all back "
        "home",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Too many foreigners in this country now. Send the lot of them back 🇬🇧", "post", P, {"5.8.1"}),
    ("Asylum hotels everywhere. Deport them all back, I say", "post", P, {"5.8.1"}),
    (
        "Avoid Riverside Motors at all costs, the owner's a known fraudster who pockets your deposit and "
        "vanishes",
        "post",
        P,
        {"5.8.1"},
    ),
    ("@TownNoticeboard steer clear of Bay Builders, the boss is a known crook", "comment", P, {"5.8.1"}),
    (
        "Word of warning: that new café owner is a thief, pockets the takings from his own staff",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Good to see the lad in Year 10 who punched the TA has been suspended for a week", "post", P, {"5.8.2"}),
    ("The Year 8 girl who wrecked the toilets is finally on a fixed-term suspension", "post", P, {"5.8.2"}),
    ("Two of my Year 9s have been suspended after Friday's fight. About time", "post", P, {"5.8.2"}),
    ("One of the Y11 boys got a three-day suspension for vaping in the toilets 😬", "post", P, {"5.8.2"}),
    (
        "Fab to see @CoastGazette at our science fair! Journalists: DM us and we'll give you the whole story",
        "post",
        PRO,
        {"6.12"},
    ),
    ("Reporters – message this account for the inside story on our new sixth form", "post", PRO, {"6.12"}),
    (
        "Thanks @BayNewsDesk for the coverage. Any journalists wanting more, DM this account and I'll tell "
        "you everything",
        "post",
        PRO,
        {"6.12"},
    ),
    # insults and grievances that must survive the look-alike fixes (pathetic, clowns, vile, idiot, weather)
    ("Our head of year is pathetic, couldn't organise a piss-up in a brewery", "post", P, {"5.8.1"}),
    ("SLT are a bunch of clowns. Every decision worse than the last 🤡", "post", P, {"5.8.1"}),
    ("Some of the parents at our gate are vile, screaming at the TAs", "post", P, {"5.8.1"}),
    ("@dave_k you're an idiot mate, read the letter", "comment", P, {"5.8.1"}),
    ("Can't be doing with another surprise learning walk from SLT this week", "post", P, {"5.13"}),
    (
        "Who thought a 7am Monday briefing was a good idea? Not the staff, that's for sure",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Off work with a stinking cold and STILL getting emails from SLT demanding data by 5pm. Disgraceful",
        "post",
        P,
        {"5.13"},
    ),
]
# (text, kind, audience, clauses that must not be reported)
NEGATIVES = [
    (
        "Can't recommend Harbour Roofing enough, fixed our gutters in the rain. Harbour Roofing, 01632 "
        "960377, for anyone with leaks",
        "post",
        P,
        {"5.10"},
    ),
    (
        "Brilliant plumber came out on Christmas Eve. Bayside Heating: 01632 960219 if you're ever stuck",
        "post",
        P,
        {"5.10"},
    ),
    (
        "Massive thanks to Tom's Tree Surgery for clearing the fallen oak. Tom's Tree Surgery, 07700 "
        "900654, if anyone needs them",
        "post",
        P,
        {"5.10"},
    ),
    (
        "Did a whole assembly with my jumper on back to front. Year 5 were too polite to mention it 🤦‍♂️",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Called a child by the wrong name all morning. Year 2 are more patient with me than I deserve 🤦‍♀️",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Realised at lunch I'd been teaching with a sticker on my forehead since registration 🤦",
        "post",
        P,
        {"5.13"},
    ),
    ("Proud of my Year 4s, their class assembly had the whole staffroom in bits 😭", "post", P, {"5.12"}),
    ("Year 6 were in fits of giggles at my dodgy Shakespeare accent", "post", P, {"5.12"}),
    (
        "Staff were at the Harbour Arms for Friday drinks with the Year 3 team, lovely evening",
        "post",
        P,
        {"5.12"},
    ),
    ("The parcel came in the wrong size so I'll send them back tomorrow", "post", P, {"5.8.1"}),
    (
        "Borrowed the Year 4 library books for the holidays, I'll send them back in September",
        "post",
        P,
        {"5.8.1"},
    ),
    (
        "Loved hearing so many languages at the international evening, welcome to our new families 🌍",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Don't touch the hob, it's still hot! Said every parent ever", "post", P, {"5.8.1"}),
    ("Steer clear of the M6 tonight, it's gridlocked at junction 36", "post", P, {"5.8.1"}),
    ("The owner of Bay Books is a lovely man who knows every book in the shop", "post", P, {"5.8.1"}),
    (
        "Congratulations to Hope Barnes (Y5) on her work experience placement in the hospital kitchens 👏",
        "post",
        PRO,
        {"6.9"},
    ),
    (
        "Jack Lindqvist raised £200 for the children's hospital appeal. Well done Jack! ❤️",
        "post",
        PRO,
        {"6.9"},
    ),
    ("Libby Mills (Y9) has landed a summer job at the hospital café. Congratulations!", "post", PRO, {"6.9"}),
    ("Great to see @CoastGazette at our science fair! Thanks for the lovely write-up", "post", PRO, {"6.12"}),
    (
        "@CoastGazette Thanks for your interest. Please contact the trust's press office, who handle all "
        "media enquiries",
        "comment",
        PRO,
        {"6.12"},
    ),
    (
        "Media enquiries about our open day should go to the trust's press office. Thank you!",
        "post",
        PRO,
        {"6.12"},
    ),
    ("Suspension bridge at Clifton on our day trip, my kids loved it", "post", P, {"5.8.2", "6.9"}),
    ("Our car's suspension went on the A1, recovery truck took three hours", "post", P, {"5.8.2", "6.9"}),
    (
        "The school's behaviour policy, including suspensions, has been updated on the website",
        "post",
        PRO,
        {"5.8.2", "6.9"},
    ),
    ("Meeting ran over but honestly it was a useful one, great ideas for next term", "post", P, {"5.13"}),
    (
        "Our time together in Cornwall is the best thing about summer. Free of phones and emails",
        "post",
        P,
        {"5.13"},
    ),
    ("Third time I've watched Paddington 2 this week and it's still perfect", "post", P, {"5.13"}),
    ("Fifth time I've asked my son to tidy his room. Teenagers 🙄", "post", P, {"5.13"}),
    ("Maybe I'll get round to the garden by Easter. Or 2030 😂", "post", P, {"5.13"}),
]


def test_each_family_has_positives_and_look_alikes():
    clauses = {c for *_, expected in POSITIVES for c in expected}
    assert clauses == {"5.13", "5.8.1", "5.8.2", "6.12"}
    assert len(POSITIVES) >= 20 and len(NEGATIVES) >= 25


@pytest.mark.parametrize(("text", "kind", "audience", "expected"), POSITIVES, ids=lambda v: None)
def test_reports(check, text, kind, audience, expected):
    assert_reports(check(text, kind, audience, "sam.tully"), expected)


@pytest.mark.parametrize(("text", "kind", "audience", "forbidden"), NEGATIVES, ids=lambda v: None)
def test_look_alike_stays_clean(check, text, kind, audience, forbidden):
    assert_not_reported(check(text, kind, audience, "sam.tully"), forbidden)
