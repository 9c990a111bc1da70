"""Recall on families of phrasing a fifth blind batch showed were missing, and the hard negatives that
share their words. Every sentence is written here (none is taken from any labelled set).

Families: a pupil's follow request told first and accepted after (5.4); where pupils sleep on a trip
abroad, in the venue's own spelling (5.12); characters printed on merchandise by a cheap supplier and
a book chapter typed out for others (5.8.3); a stereotype pinned on a nationality or other group,
shared in a meme or a link (5.8.1); a school moving to another trust named in full, an inspection
outcome before the report is out, "once families have been told" (5.8.2); feeling singled out by
whoever wrote the timetable (5.13); a bio listing the work subjects the account covers (5.7).
Hard negatives: self-mockery in a bio and meant praise (not 5.13), a school answering a council
consultation about closing a public service (not 6.9), declined requests, holidays in a gîte.

Names are conftest's Harbourside trust (academies Northgate, Seacroft, Maple Bank; pupils Rocco,
Grace, Jack…; staff jo.finch, sam.tully, tess.wilde, ken.marsh the deputy CEO…).
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"


def _profile(bio: str) -> str:
    return f"Name: Lee Corran | Handle: @leecorran | Bio: {bio}"


# --- 5.4: a pupil's friend or follow request told first and accepted after it

REQUESTS = [
    # 5.4: the request first, the acceptance after it (same or next sentence)
    (
        "Got a follow request from one of my Year 8s on Sunday. He's a good kid so I accepted it",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    ("a lad in my form sent me a friend request, couldn't say no 😅", "post", P, "jo.finch", {"5.4"}),
    ("Snap request off one of my year 11 girls. hit accept, what's the harm", "post", P, "jo.finch", {"5.4"}),
    ("Said yes to a friend request from one of my Y7s, she's a star", "post", P, "sam.tully", {"5.4"}),
    (
        "A Y11 boy asked to follow me on insta. Accepted it, he leaves soon anyway",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "Accepted a few follow requests from my Year 13s now they've nearly left",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
]
REQUESTS_OK = [
    # 5.4: requests declined, from parents or friends
    (
        "a pupil's request declined and reported",
        "Got a follow request from one of my Year 9s, declined it and told our DSL",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "a pupil's request not accepted",
        "One of my Y10s sent me a friend request. I didn't accept it, obviously.",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "a parent's request",
        "Friend request from a Year 10 parent tonight, accepted it, she's lovely",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
    (
        "a friend's request",
        "Friend request from my old uni housemate, accepted it obviously",
        "post",
        P,
        "jo.finch",
        {"5.4"},
    ),
]

# --- 5.12: where pupils sleep on a trip, in the venue's own spelling

TRIPS = [
    # 5.12: the venue abroad, in its own spelling, on a trip with pupils
    (
        "Salut from the Hôtel du Port in Calais! 40 Year 9s, 4 staff and not much sleep",
        "post",
        P,
        "jo.finch",
        {"5.12"},
    ),
    ("Night two at the Auberge des Dunes, our Y8s are finally asleep", "post", P, "jo.finch", {"5.12"}),
    ("Our Year 10 skiers have taken over Chalet Alpenrose for the week ⛷️", "post", P, "jo.finch", {"5.12"}),
    ("Premier Inn in York for the night with 30 Year 12 historians", "post", P, "jo.finch", {"5.12"}),
]
TRIPS_OK = [
    # 5.12: a residential mentioned without a venue; holidays abroad
    (
        "a residential with no venue",
        "Off on residential with Year 6 next week, can't wait",
        "post",
        P,
        "sam.tully",
        {"5.12"},
    ),
    (
        "a family holiday in a gîte",
        "Booked a gîte in Brittany for the summer with the kids and the dog",
        "post",
        P,
        "jo.finch",
        {"5.12"},
    ),
    (
        "a weekend away in a château",
        "Lovely weekend at a château in the Loire with my husband 🍷",
        "post",
        P,
        "jo.finch",
        {"5.12"},
    ),
]

# --- 5.8.3: characters on merchandise from a cheap supplier; a published book's chapter copied out

COPYING = [
    # 5.8.3: well-known characters printed on merchandise by a cheap unofficial supplier
    (
        "Leavers' tees sorted 🎉 Woody and Buzz on the front, a woman on Vinted does them for a fiver each",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "Class hoodies ordered: Pikachu on the back, a bloke off eBay is printing them at eight quid each",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "Grinch cupcakes for the staff Christmas sale, homemade, two pounds each 🎄",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "Bluey banners for the class party, got a lady on Facebook to print them, £3 each",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    # 5.8.3: a published book's chapter copied out for others
    (
        "For anyone in book club still waiting for the post, here you go [pasted: the whole opening chapter "
        "of the new bestseller, typed up]",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
    (
        "Photographed every page of this term's book club read so nobody needs to buy it 📖",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
]
COPYING_OK = [
    # 5.8.3: no character, an official product, own work, reading a book
    (
        "leavers' hoodies with only the school's own words",
        "Year 6 leavers' hoodies ordered! Printed with the class name and everyone's first names, £15 each",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "an official hoodie bought from the shop",
        "Got my nephew an official Toy Story hoodie from the Disney Store, £25 each but worth it",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "a homemade costume, nothing sold",
        "I made a Buzz Lightyear costume for my son for World Book Day",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "frozen food is not a character",
        "Selling frozen homemade lasagnes, £5 each, message me",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "the author's own chapter",
        "Typed out my own first chapter last night, feedback welcome!",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "reading a bestseller",
        "Started this month's book club thriller and chapter one already has me hooked",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
]

# --- 5.8.1 (6.9 on a school account): a stereotype pinned on a nationality or other group

STEREOTYPES = [
    # 5.8.1: a stereotype pinned on a nationality or other group, in a shared meme or link
    (
        "so accurate 😂 [image: meme calling Romanian car washers thieves and scroungers]",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    ("lol [image: cartoon of Albanians nicking our jobs]", "post", P, "jo.finch", {"5.8.1"}),
    (
        "Couldn't have put it better [link: 'Why Pakistani taxi drivers can't be trusted']",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    ("Eastern Europeans round here are all on benefits, every last one", "post", P, "jo.finch", {"5.8.1"}),
    ("Facts [image: meme saying Nigerians are all scammers]", "post", P, "jo.finch", {"5.8.1"}),
    # the same on a school account is 6.9
    (
        "Ha! [image: meme calling Polish builders lazy and dirty]",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
]
STEREOTYPES_OK = [
    # 5.8.1: groups spoken of kindly, or a stereotype taken apart or reported
    (
        "a stereotype taken apart",
        "Brilliant assembly busting the myth that refugees are benefit scroungers",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "tradespeople recommended",
        "Polish builders did our kitchen, absolute grafters, would recommend",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "abuse received, reported",
        "Someone called my Polish neighbours thieves in the street today and I am livid",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "a takeaway, not people",
        "Our Chinese takeaway was filthy last night, never again",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "a history lesson",
        "Y9 history on how Irish workers were treated by Victorian factory owners",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
]

# --- 5.8.2: a move to another trust by name, an inspection outcome too early; 6.9: public consultations

UNANNOUNCED = [
    # 5.8.2: a school moving to another trust, named in full, before it is announced
    (
        "Big news 🎉 Northgate is joining Riverside Academies Trust in April, governors signed it off last "
        "night. More once families have been told!",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "Seacroft will be moving to the Coastline Learning Trust next year, can't say more yet",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Looks like we're being taken over by Oakfield Academies Trust, nobody's told the parents yet",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Governors voted last night to join Hillcrest Academies Trust. Staff find out Monday",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    # 5.8.2: an inspection outcome before the report is published
    ("Ofsted said RI. Not allowed to say till the report comes out", "post", P, "jo.finch", {"5.8.2"}),
    (
        "Report's embargoed till next month but the lead inspector gave us requires improvement. Ten years "
        "I've given Seacroft.",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "The report isn't out until after half term, but we were graded outstanding!!",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
]
UNANNOUNCED_OK = [
    # 5.8.2: announced news, the author's own move, a published report
    (
        "a move already announced",
        "As announced in today's letter to parents, Northgate is joining Riverside Academies Trust",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "the author's own new job",
        "I'm joining Riverside Learning Trust in September as head of maths!",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a published report",
        "Our Ofsted report is published today: good in every area. So proud of everyone",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "an inspection finished, nothing said",
        "Inspection done! Can't say anything until the report is published, but so proud of the team",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "the author leaving",
        "Sad to be leaving the trust after ten years, what a ride",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a year group swept up in a craze",
        "Our Year 6 are being taken over by dinosaur mania this week",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "staff joining a strike",
        "Staff voted to join the strike action next week, solidarity",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "an inspector's kind words",
        "Lovely chat with the inspector, she said our reading corner was gorgeous",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "pupils moving on to secondary",
        "Good luck to our Y6s joining their new secondary schools in September 💙",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    # 6.9: a school answering a council consultation about closing a public service
    (
        "a consultation response about a council service",
        "Harbourside Schools Partnership's response to the county's consultation: we oppose the closure of "
        "the Dock Street youth club.",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
    (
        "pupils campaigning for their library",
        "Our pupils wrote to the council to protest the closure of the local library 📚",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
]
UNANNOUNCED_STILL = [
    (
        "a school of the trust closing",
        "The trust is planning the closure of Maple Bank, governors know but staff don't",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
]

# --- 5.13: singled out by whoever planned the week; meant praise and self-mockery are not complaints

GRIEVANCES = [
    # 5.13: feeling singled out by whoever planned the week
    (
        "Y10 last period every Friday and no TA. Whoever did this timetable has got it in for me 😩",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "Four duties this week and my PPA gone. The person doing the rota clearly has it in for me",
        "post",
        P,
        "tess.wilde",
        {"5.13"},
    ),
]
GRIEVANCES_OK = [
    # 5.13: not the workplace singling anyone out; meant praise; self-mockery in a bio
    (
        "a pet with a grudge",
        "My cat has definitely got it in for me, sat on my marking all evening",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "a timetable praised",
        "My timetable for next year is lovely, whoever made it deserves a medal",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "love of the job, with a heart",
        "Twelve years at this school and I still love that first morning bell ❤️ #proud",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "thanks meant",
        "Love that our head remembered everyone's birthday this year, so grateful",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "self-mockery in a bio",
        _profile("Year 5 teacher. Liverpool, curry and terrible dad jokes 😂"),
        "profile",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "self-mockery in a post",
        "My terrible puns are completely wasted on Year 9",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
]
GRIEVANCES_STILL = [
    (
        "a complaint that is not self-mockery",
        "Behaviour in Year 9 today was terrible and no support from SLT",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "mock praise with nothing warm",
        "Gotta love it when the photocopier dies at 8.25",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
]

# --- 5.7: a bio listing the work subjects the account covers

BIOS = [
    # 5.7: a bio listing the work subjects the account covers (beyond a job title)
    (
        _profile("Site manager at a Devon primary. School buildings, health and safety and boiler rooms 🔧"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
    (
        _profile("Attendance officer. Attendance, admissions and school admin, one coffee at a time"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
    (
        _profile("Business manager at a secondary. School finance, budgets and governance"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
]
BIOS_OK = [
    # 5.7: bare job titles, hobbies, or a disclaimer
    ("a bare title", _profile("Safeguarding lead"), "profile", P, "tess.wilde", {"5.7"}),
    ("a bare title with an emoji", _profile("Attendance officer 🏫"), "profile", P, "tess.wilde", {"5.7"}),
    ("a title and family", _profile("SEND teacher and mum of two"), "profile", P, "tess.wilde", {"5.7"}),
    (
        "a title and hobbies",
        _profile("Caretaker. Allotments, darts and dad jokes"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
    (
        "topics with a disclaimer",
        _profile("Site manager at a primary. School buildings and health & safety. Views my own"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
    (
        "hobbies only",
        _profile("Health and safety nerd at home, gardener, dad"),
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
]

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [*REQUESTS, *TRIPS, *COPYING, *STEREOTYPES, *UNANNOUNCED, *GRIEVANCES, *BIOS]
# (why, text, kind, audience, author, clauses that must not be reported)
HARD_NEGATIVES = [
    *REQUESTS_OK,
    *TRIPS_OK,
    *COPYING_OK,
    *STEREOTYPES_OK,
    *UNANNOUNCED_OK,
    *GRIEVANCES_OK,
    *BIOS_OK,
]
# (why, text, kind, audience, author, clauses that must still be reported)
STILL_REPORTED = [*UNANNOUNCED_STILL, *GRIEVANCES_STILL]


@pytest.mark.parametrize(("text", "kind", "audience", "author", "expected"), POSITIVES, ids=lambda v: None)
def test_reports(check, text, kind, audience, author, expected):
    assert_reports(check(text, kind, audience, author), expected)


@pytest.mark.parametrize(
    ("why", "text", "kind", "audience", "author", "expected"),
    STILL_REPORTED,
    ids=[n[0] for n in STILL_REPORTED],
)
def test_still_reported(check, why, text, kind, audience, author, expected):
    assert_reports(check(text, kind, audience, author), expected, why)


@pytest.mark.parametrize(
    ("why", "text", "kind", "audience", "author", "forbidden"),
    HARD_NEGATIVES,
    ids=[n[0] for n in HARD_NEGATIVES],
)
def test_hard_negative(check, why, text, kind, audience, author, forbidden):
    assert_not_reported(check(text, kind, audience, author), forbidden, why)
