"""Wider phrasing for copying (5.8.3), the author's own number or address (5.10), talking to the press
(6.12) and speaking for the school on a personal account (5.9).

Each positive names a clause that must be reported; each hard negative uses the same cue words in a
harmless sense and names the clauses that must not be. Names are conftest's Harbourside trust.
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [
    # 5.8.3: someone else's name, logo or credit swapped for the author's, or removed
    (
        "Bought @MathsWithMrsB's fluency pack from her shop and swapped her name for mine on the fron"
        "t page 😅",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "Changed the author's logo to my own and stuck the slides in my TES shop",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "My Year 8 poetry unit is live 🙌 [link: another company's paid slide deck with their branding"
        " replaced "
        "by mine]",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    (
        "Revision poster for my Y11s [image: screenshot of @ScienceSal's cell diagram with her logo c"
        "ropped off]",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    ("Stripped the artist's signature out and printed it for my wall", "post", P, "tess.wilde", {"5.8.3"}),
    # 5.8.3: someone else's work next to the author claiming it
    (
        "New reading booklet, made it myself 🙌 [image: @ReadingRachel's comprehension booklet]",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "Fractions worksheet for tomorrow, took me all evening [image: screenshot of @MissPatelMaths'"
        "s worksheet]",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    ("Screenshotted @ArtyMissJ's sketchnote and posted it as my own", "post", P, "jo.finch", {"5.8.3"}),
    # 5.8.3: paid-for material hosted or handed out
    (
        "The whole Twinkl premium phonics bundle is sitting in my Dropbox, DM me for the link 🤫",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "Macbeth pack for anyone who wants it, it's the full premium one off TES, stuck it on my drive so "
        "nobody has to pay",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "Popped the full paid-for art scheme on our staff drive so nobody has to pay for it",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "The £90-a-year subscription slides are all on my OneDrive, message me for the link",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    # 5.10: the author's own number, however it is written
    ("New number, same me! Save it: +44 (0)7700 900123 📱", "post", P, "jo.finch", {"5.10"}),
    ("Lost my phone – this is my new number 07700 900888", "post", P, "sam.tully", {"5.10"}),
    ("Moving house! Call me on 0044 7700 900432 from Monday", "post", P, "tess.wilde", {"5.10"}),
    (
        "Thanks to everyone who came! Text me on 07700 900123 if you left a coat",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    # 6.12: offering to talk to a news outlet, even when the press office is mentioned
    (
        "@HarbourEveningNews don't bother with the press office. DM me, I've got plenty to say about "
        "the cuts",
        "comment",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "@CoastEcho forget the trust's press office, ring me after 6 and I'll tell you what really happened",
        "comment",
        P,
        "sam.tully",
        {"6.12"},
    ),
    (
        "@CoastFMNews message me if you want to know what's really going on at Northgate",
        "post",
        P,
        "tess.wilde",
        {"6.12"},
    ),
    ("Rang the local paper about the Seacroft closure today", "post", P, "bilal.rashid", {"6.12"}),
    ("Tipped off the Echo about what is going on at Northgate", "post", P, "sam.tully", {"6.12"}),
    # 5.8.3: a logo or name put on someone else's work
    ("Whacked my logo on @ArtyMissJ's slides and sold them on TES", "post", P, "jo.finch", {"5.8.3"}),
    (
        "Grabbed @HistoryHal's whole slide deck and re-uploaded it under my name",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    # 5.10: an address with a venue word in the street name is still the author's
    ("Party Saturday, 14 Church Lane from 7, bring a bottle", "post", P, "tess.wilde", {"5.10"}),
    # 5.9: speaking on the school's behalf on a personal account
    (
        "I can tell you on the school's behalf that nobody is moving sites",
        "post",
        P,
        "jo.finch",
        {"5.9"},
    ),
    ("On Seacroft's behalf, we reject the bypass plans", "post", P, "bilal.rashid", {"5.9"}),
]

# (why, text, kind, audience, author local part, clauses that must NOT be reported)
HARD_NEGATIVES = [
    # 5.8.3: own, bought, credited, permitted or linked work
    (
        "bought and loved, linking the shop",
        "Bought @MathsWithMrsB's fluency pack and I love it, link to her shop in comments",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "paid and recommending",
        "Bought the £15 revision pack from @MrsKHistory for my Y11s, worth every penny",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    (
        "own slides on own drive",
        "All my own slides are on my Google Drive, help yourselves, no need to pay for anything",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "a licence the school holds",
        "We've got a school subscription to Twinkl, so help yourselves to the premium resources on our "
        "shared drive",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "premium bonds and cake",
        "Premium Bonds came up, £25! Help yourselves to cake in the staffroom tomorrow",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "a spare paper copy",
        "Got a spare copy of the £20 revision guide, anyone who wants it?",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    (
        "a name off the rota",
        "Removed her name from the rota so she isn't double booked",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "my name on a list",
        "Put my name on the list for the charity run",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "credited idea",
        "Love this display idea from @MissPatelMaths, my Y3s adored it [photo: @MissPatelMaths's disp"
        "lay in our "
        "classroom, no children]",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "own unit in own shop",
        "My new Year 7 unit took me all half term, it's live in my TES shop now 🙌",
        "post",
        P,
        "bilal.rashid",
        {"5.8.3"},
    ),
    (
        "a credit card",
        "Cancelled and removed the credit card from my account",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "trip photos on the drive",
        "Put the photos from the staff do on our shared drive",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    # 5.10: whose number is it?
    (
        "a tradesperson thanked",
        "Boiler's back 🙌 huge thanks to Seaview Heating, 01632 960412 if anyone needs a decent engineer",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "their number",
        "Table booked at the Lighthouse for Friday, 7.30 🍻 their number's 01632 960742 if you want to add "
        "yourselves",
        "post",
        P,
        "sam.tully",
        {"5.10"},
    ),
    (
        "a recommendation",
        "Can't recommend Dave enough for our new kitchen, give him a ring on 07700 900555",
        "post",
        P,
        "tess.wilde",
        {"5.10"},
    ),
    (
        "a firm in the sentence before",
        "Massive shout-out to Sparks Electrical, sorted our fuse box in an hour. 01632 960333",
        "post",
        P,
        "bilal.rashid",
        {"5.10"},
    ),
    (
        "a plumber's number",
        "Our plumber was a legend today, 07700 900222 if anyone needs one",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    # 6.12: redirects, reading the news, a friend's handle, the CEO
    (
        "redirect to the press office",
        "@HarbourEveningNews thanks for getting in touch – please contact the trust's press office who'll be "
        "able to help",
        "comment",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "praising an article",
        "Great piece by @HarbourEveningNews on the new library, well worth a read",
        "post",
        P,
        "sam.tully",
        {"6.12"},
    ),
    (
        "a friend whose handle has post in it",
        "Happy birthday @JoPostlethwaite! Message me when you're free for a coffee",
        "post",
        P,
        "tess.wilde",
        {"6.12"},
    ),
    (
        "the CEO",
        "@HarbourEveningNews message me, happy to talk about our results",
        "comment",
        P,
        "olu.adebayo",
        {"6.12"},
    ),
    (
        "a paper shop",
        "Called the paper shop to cancel the delivery before half term at Seacroft",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "someone else went to the papers",
        "A parent has already spoken to the Echo about the Seacroft cuts",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "advice not to go to the press",
        "Going to the papers is never the answer at Northgate, use the grievance policy",
        "post",
        P,
        "sam.tully",
        {"6.12"},
    ),
    (
        "a booking under my name",
        "Table booked under my name for 8, see you all there",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "a venue's address",
        "The new café at 12 High Street is finally open, go and try the cake!",
        "post",
        P,
        "tess.wilde",
        {"5.10"},
    ),
    # 5.9
    (
        "working there",
        "I work at Seacroft and I love it, best staff room on the coast",
        "post",
        P,
        "bilal.rashid",
        {"5.9"},
    ),
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


def test_uk_number_with_bracketed_trunk_zero_is_found(check):
    result = check("New number, same me! Save it: +44 (0)7700 900123")
    found = [f for f in result.findings if f.clause == "5.10"]
    assert found and found[0].evidence == "+44 (0)7700 900123"
