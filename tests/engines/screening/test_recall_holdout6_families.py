"""Precision and recall on families of phrasing a sixth blind batch showed were mishandled, and the
hard negatives that share their words. Every sentence is written here (none is taken from any
labelled set).

Precision: a handle made of the author's shortened first name and a surname that is also an
academy's name (not 5.6); a tradesperson's number given with "they're on …", "tell them Jo sent
you", "shout out to …" (not 5.10); and forty-odd everyday posts a member of staff might write
(sport, family, pets, local firms, holidays, credited teaching ideas, national policy, praise,
self-mockery, job bios) that must raise nothing.

Recall: hints that a head or leader is about to go (5.8.2); how candidates did at interview, told
as a story (5.8.2); a school account telling a parent about their child's behaviour record or
shaming a pupil in public (6.9); a reply belittling a named parent or volunteer (5.8.1); a whole
thread or article copied with its author's name taken off (5.8.3); calling journalists to the
author's DMs (6.12).

Names are conftest's Harbourside trust (academies Northgate, Seacroft, Maple Bank; pupils Rocco,
Grace, Jack…; staff jo.finch, sam.tully, amy.northgate, tess.wilde…).
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"


def _profile(name: str, handle: str, bio: str) -> str:
    return f"Name: {name} | Handle: {handle} | Bio: {bio}"


# --- 5.6: the author's surname is also an academy's name; the handle shortens the first name

SURNAME_HANDLES_OK = [
    (
        "first name shortened before a surname that is an academy's name",
        _profile("Amy Northgate", "@amy_n_northgate", "Art teacher. Views my own, not my employer's."),
        "profile",
        P,
        "amy.northgate",
        {"5.6"},
    ),
    (
        "title and surname",
        _profile("Amy Northgate", "@MrsNorthgate", "Painter. Views my own, not my employer's."),
        "profile",
        P,
        "amy.northgate",
        {"5.6"},
    ),
    (
        "initial and surname",
        _profile("Amy Northgate", "@a_northgate_art", "Potter and printmaker. Views my own."),
        "profile",
        P,
        "amy.northgate",
        {"5.6"},
    ),
]
SURNAME_HANDLES_STILL = [
    (
        "the academy's full alias in the handle, beside a surname that shares a word",
        _profile("Amy Northgate", "@NorthgatePriAmy", "Art teacher. Views my own, not my employer's."),
        "profile",
        P,
        "amy.northgate",
        {"5.6"},
    ),
    (
        "an academy's name that is not the author's surname",
        _profile("Jo Finch", "@jofinch_seacroft", "Cover supervisor. Views my own, not my employer's."),
        "profile",
        P,
        "jo.finch",
        {"5.6"},
    ),
]

# --- 5.10: a tradesperson's number passed on, with the pronoun or the sender's name doing the work

TRADE_NUMBERS_OK = [
    (
        "'he's on' after naming the electrician, 'tell him Jo sent you'",
        "If anyone needs a sparky, Marek is brilliant and cheap. He's on 07700 900482, tell him Jo sent you",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "'they're on' a sentence after a shout-out to the firm",
        "Big shout out to Tidy Tiles, grouting done in a day. If you need them they're on 0113 496 0733",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "'she can be reached on'",
        "Our childminder has one space from September. She can be reached on 07700 900765",
        "post",
        P,
        "tess.wilde",
        {"5.10"},
    ),
    (
        "shout-out with a hyphen and the number straight after",
        "Shout-out to Pennine Pest Control for the wasps' nest, 01632 960874, lovely fella",
        "post",
        P,
        "sam.tully",
        {"5.10"},
    ),
]
OWN_NUMBERS_STILL = [
    (
        "'I'm on' is the author's",
        "Text me, I'm on 07700 900123 now, lost my old phone",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "'we're on' is the author's",
        "Party at ours Saturday, we're on 07700 900321 if you get lost",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
]

# --- 5.8.2: a leader about to go, hinted at; changes coming with a wink

LEADER_HINTS = [
    (
        "Can't say more but if you're at Seacroft I wouldn't get too attached to your current head 🤐",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Won't name names but a certain head in our trust is on their way out. You didn't hear it from me",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    ("If you work at Northgate, enjoy your principal while it lasts 👀", "post", P, "sam.tully", {"5.8.2"}),
    (
        "Not meant to say but big shake-up at the top at work after the summer 🤫",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Don't get used to the current SLT at Maple Bank, heads are going to roll in September",
        "post",
        P,
        "tess.wilde",
        {"5.8.2"},
    ),
    ("Our CEO's days are numbered at the trust, mark my words", "post", P, "jo.finch", {"5.8.2"}),
]
LEADER_HINTS_OK = [
    (
        "changes at home, not at work",
        "Big changes coming in our house, baby number 2 due in March! 🤐 can't say more yet",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "changes already announced to parents",
        "Big changes coming to the reading scheme in September, letter to parents went out today",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "attached to a phone",
        "Don't get too attached to your new phone, the kids break everything",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a public send-off",
        "Sad to say goodbye to our head today after 22 years, what a send-off 💙",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "a club's leader retiring",
        "The head of the bowls club is on his way out, finally retiring at 84! Party on Saturday",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
]

# --- 5.8.2: how candidates did at interview, told as a story over several sentences

INTERVIEW_STORIES = [
    (
        "Shortlisted five for our deputy job. First one went to pieces. The second was fab, offer's going to "
        "her tomorrow, shh",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Interviews all day for the Seacroft science post. One candidate had no idea what a mock exam was 😬",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "Long day on the panel for the Year 5 job. Three candidates. One walked out halfway through "
        "the lesson",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
]
INTERVIEW_STORIES_OK = [
    (
        "the author's own interview",
        "Interviewed for a job at a school in Leeds today. I cried in the car after, nerves! Fingers crossed",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "the author's own interview coming up",
        "Interviews for my own new job tomorrow, wish me luck!",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "asking for tips before a panel",
        "Sitting on an interview panel tomorrow for the first time. Any tips?",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
]
INTERVIEW_NOT_GRIEVANCE = [
    (
        "an interview story is a confidence, not a complaint about work",
        "Interviewed three for the Northgate TA post today. One cried, one forgot which school she was at 😬",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
]

# --- 6.9: a school account disclosing a child's behaviour record, or shaming a pupil in public

SCHOOL_ACCOUNT_DISCLOSURE = [
    (
        "@kaz_mum Your daughter has been on a behaviour report since Christmas, as you know.",
        "comment",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
    (
        "@dad_of3 He has 14 behaviour points this half term alone, so no, he won't be going on the trip.",
        "comment",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    (
        "@mum_of_two we've been over this. Frankly if she listened in class we wouldn't be having this "
        "conversation.",
        "comment",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    (
        "Message to families: the Year 8 pupil who damaged the minibus knows who they are, and everyone will "
        "know who once we share the CCTV on Monday.",
        "post",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    ("We will name and shame anyone caught dropping litter on the field.", "post", PRO, "jo.finch", {"6.9"}),
    (
        "Whoever graffitied the sports hall knows who they are. We have the footage.",
        "post",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
]
SCHOOL_ACCOUNT_OK = [
    (
        "thanks to an anonymous giver",
        "Thanks to whoever left flowers on the office desk, you know who you are ❤️",
        "post",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    (
        "new cameras for safety",
        "Our new CCTV cameras are up in the car park to keep everyone safe.",
        "post",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    (
        "photos going up",
        "Photos from sports day will be up on here on Monday, check them out!",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
    (
        "a whole group on report is no one's record",
        "Reminder: reports go home on Friday, please sign and return them.",
        "post",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
]

# --- 5.8.1: a reply belittling a named parent or volunteer

BELITTLING_REPLIES = [
    (
        "@Tasha_PTA with all due respect Tasha, the committee never listens to anyone. Step aside this year",
        "comment",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "@gav_parent the fair committee couldn't organise a piss-up in a brewery",
        "comment",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "@Tasha_PTA the PTA couldn't run a bake sale without three meetings first 🙄",
        "comment",
        P,
        "sam.tully",
        {"5.8.1"},
    ),
    ("@Kerry_mum no offence Kerry but that's not how the rota works", "comment", P, "jo.finch", {"5.8.1"}),
    (
        "The governors couldn't find their way out of a paper bag, honestly",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
]
BELITTLING_OK = [
    (
        "self-mockery and thanks",
        "I couldn't organise a raffle without a spreadsheet and a lie down, so huge thanks to our PTA 💙",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "'with respect to' a practical matter",
        "@Tasha_PTA with respect to the raffle, the tickets are in the office from Monday. Thanks so much!",
        "comment",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "'with respect' before thanks",
        "@Kerry_mum With respect Kerry, thanks for all you do!",
        "comment",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
]

# --- 5.8.3: a whole thread or article copied in, its author's name taken off

WHOLE_COPIES = [
    (
        "Brilliant thread on the suffragettes, pasted the whole thing here so you don't have to "
        "click through "
        "[pasted: a lecturer's 15-tweet thread, username cropped off]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "Love this, copied the full article below so you don't have to sign up 😎 [pasted: newspaper column]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "Cracking piece on reading for pleasure, copy-pasted the entire thing below "
        "[pasted: blog post, author's name removed]",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
    (
        "Cropped the artist's signature off this and made it my lock screen 😍 [image: painting]",
        "post",
        P,
        "tess.wilde",
        {"5.8.3"},
    ),
]
WHOLE_COPIES_OK = [
    (
        "a link to the thread, credited",
        "Brilliant thread by @histprof on the Jarrow March, go and read the whole thing [link: thread]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "the author's own thread",
        "I wrote a long thread on this last year, copied the whole thing below for anyone not on here "
        "[pasted: my thread]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "shared with permission",
        "Sharing the whole thread with permission from @histprof [pasted: thread]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "pupils' names taken off their own stories",
        "Removed the pupils' names before sharing the stories they wrote for the competition",
        "post",
        P,
        "sam.tully",
        {"5.8.3"},
    ),
]

# --- 6.12: journalists called to the author's DMs

PRESS_CALLS = [
    (
        "Any journalists looking into school budgets round here, my DMs are open. I could tell you "
        "a thing or two",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "Calling all reporters: if you want the inside story on our trust's spending, drop me a DM",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "Hey @NorthernEchoNews, my inbox is open if you're covering the academy closures 👀",
        "post",
        P,
        "sam.tully",
        {"6.12"},
    ),
    ("I've seen things at that trust 👀 DMs open @BBCNewsNorth", "post", P, "tess.wilde", {"6.12"}),
]
PRESS_CALLS_OK = [
    (
        "passing journalists on",
        "Any journalists reading this, please contact the trust press office, not me. Thanks",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "DMs open to colleagues",
        "My DMs are open if any colleagues want to chat about the new phonics scheme",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "a joke for journalists about scones",
        "Any journalists out there want a recipe for the best scones ever? 😂",
        "post",
        P,
        "jo.finch",
        {"6.12"},
    ),
]

# --- everyday posts a member of staff might write: none of them is a breach of anything

EVERYDAY = [
    (
        "Cracking 5-a-side tonight, won 7-4 and I only fell over twice. Knees are in bits 😂",
        "post",
        "jo.finch",
    ),
    (
        "Happy 40th to my big sister! Same cake, same candles, same terrible singing from all of us 🎂",
        "post",
        "jo.finch",
    ),
    (
        "The dog has eaten a whole tea towel. Vet says he'll be fine. I'm less sure about the tea towel 🐶",
        "post",
        "jo.finch",
    ),
    (
        "Massive thanks to Dobson's Roofing for sorting the leak in the rain yesterday, top lads. "
        "Their number is 0113 496 0021 if anyone local needs them",
        "post",
        "sam.tully",
    ),
    (
        "If anyone needs a good electrician, Marek is brilliant and cheap. He's on 07700 900482, "
        "tell him Jo sent you",
        "post",
        "jo.finch",
    ),
    (
        "Recommend Bright Spark Electrical to anyone in the village, 01632 960411, really tidy work",
        "post",
        "jo.finch",
    ),
    ("Back from a week in Crete. Sunburnt, rested, 400 photos of the same beach 🌊", "post", "sam.tully"),
    (
        "Borrowed this phonics game idea from @MrsHarperReads and the kids loved it. Credit to her, "
        "brilliant resource",
        "post",
        "sam.tully",
    ),
    (
        "Tried the retrieval grid from @RetrievalRach's blog with my Y9s today, worked a treat. "
        "Thanks for sharing!",
        "post",
        "jo.finch",
    ),
    (
        "Honestly the new national curriculum review is a mess and the DfE needs to listen to "
        "teachers on workload",
        "post",
        "sam.tully",
    ),
    (
        "Ofsted single-word judgements should have gone years ago. Glad they're finally changing",
        "post",
        "sam.tully",
    ),
    (
        "Huge well done to Mr Tully who ran the whole sports day in 30 degree heat without losing "
        "his smile 💙",
        "post",
        "jo.finch",
    ),
    ("So proud of our Year 3 team this week, absolute legends every one of them", "post", "sam.tully"),
    ("Me, a teacher of 12 years: can't work the laminator. The laminator: wins again 😅", "post", "jo.finch"),
    (
        "Terrible at maths, worse at parking, somehow still in charge of the tuck shop money",
        "post",
        "sam.tully",
    ),
    (
        "Our Poppy started big school today! (my niece, not a pupil, before anyone asks 😄)",
        "post",
        "sam.tully",
    ),
    (
        "Walked up Roseberry Topping with the kids this morning. Hope the weather holds for the weekend",
        "post",
        "jo.finch",
    ),
    ("Summer holidays countdown: 12 sleeps. Not that anyone's counting", "post", "jo.finch"),
    ("Grace and Jack, my neighbours' twins, turned 30 today. Where does the time go", "post", "sam.tully"),
    ("Got a new phone, same old me. Old number still works for now", "post", "jo.finch"),
    ("The chippy on Front Street does the best scraps in the county, fight me 🍟", "post", "sam.tully"),
    ("Anyone know a good dentist round here taking NHS patients? Mine's retired", "post", "sam.tully"),
    (
        "Finally finished the marathon! 4:31, which is slower than a snail but I don't care 🏅",
        "post",
        "jo.finch",
    ),
    ("Lovely quote from Maya Angelou on the staffroom wall today, made my morning", "post", "sam.tully"),
    (
        "Our neighbour's cat has moved in. We did not agree to this. He has his own cushion now",
        "post",
        "jo.finch",
    ),
    (
        "Sharing this great thread by @HistoryHelen on the Peterloo massacre, well worth a read "
        "[link: thread]",
        "post",
        "sam.tully",
    ),
    (
        "If you haven't read Daisy Christodoulou's book on assessment, it's brilliant. Buy it, honestly",
        "post",
        "jo.finch",
    ),
    (
        "Delighted to say I've started as Year 4 teacher at Northgate this week. Nervous and excited!",
        "post",
        "jo.finch",
    ),
    (
        "Rugby club presentation night. Under 12s won most improved team and I cried like a baby",
        "post",
        "sam.tully",
    ),
    ("Our little one's first nativity tonight, she was a sheep and stole the show 🐑", "post", "sam.tully"),
    (
        "Strongly disagree with the government's cap on teacher pay rises, it's not enough for anyone",
        "post",
        "jo.finch",
    ),
    ("Went to see the new Pixar film, took three tissues, needed five", "post", "sam.tully"),
    ("Big thank you to the NHS staff at the General who looked after my dad this week ❤️", "post", "jo.finch"),
    ("Happy retirement to my mum, 35 years as a nurse. Legend", "post", "sam.tully"),
    (
        "Dinner at Luigi's for our anniversary. 10/10 tiramisu, table for 2 booked again for next "
        "year already",
        "post",
        "sam.tully",
    ),
    ("Recipe for these brownies is from Nigella's book, not mine, all credit to her 🍫", "post", "sam.tully"),
    ("Anyone want a free sofa? Collection only, in Whitby. Message me", "post", "sam.tully"),
    ("Watching the Tour de France with a brew. This is my holiday", "post", "sam.tully"),
    ("Proud of my son passing his driving test first time! Roads beware 🚗", "post", "sam.tully"),
    ("Climbed Snowdon for charity with some friends, raised £640 for the hospice", "post", "jo.finch"),
    (
        "Name: Dan Fielding | Handle: @danfielding | Bio: Dad, runner, Leeds fan. Teacher of "
        "geography. Views my own, not my employer's.",
        "profile",
        "sam.tully",
    ),
    (
        "Name: Priya Shah | Handle: @priyashah_art | Bio: Art teacher and printmaker. Opinions mine "
        "alone, not my employer's. Cat person.",
        "profile",
        "jo.finch",
    ),
    (
        "Name: Tom Okafor | Handle: @tomokafor | Bio: Husband, dad of 2, allotment addict",
        "profile",
        "jo.finch",
    ),
    (
        "Name: Amy Northgate | Handle: @amynorthgate | Bio: Art teacher. Views my own, not my employer's.",
        "profile",
        "amy.northgate",
    ),
    (
        "Name: Amy Northgate | Handle: @amynorthgateart | Bio: Painter and potter. Views my own.",
        "profile",
        "amy.northgate",
    ),
    (
        "Proper proud of my brother, promoted to station manager at the fire service today 🚒",
        "post",
        "sam.tully",
    ),
    ("Pub quiz team 'Quizteama Aguilera' came second again. Robbed, I tell you", "post", "jo.finch"),
    ("Ran the Great North Run for Macmillan, thank you to everyone who sponsored me 💚", "post", "sam.tully"),
    (
        "Great idea from @MrsHarperReads: a 'book tasting' menu for Year 6. Stealing it (with "
        "credit!) for next week",
        "post",
        "sam.tully",
    ),
    (
        "Ten years in teaching this September. Still can't draw a straight line on a whiteboard",
        "post",
        "jo.finch",
    ),
    (
        "Our allotment has produced exactly one courgette. It is enormous. We are very proud",
        "post",
        "sam.tully",
    ),
    (
        "Amazing Grace at the carol concert had the whole church in tears, beautiful evening",
        "post",
        "sam.tully",
    ),
    ("Shout out to Hollins Garage for squeezing the car in for an MOT today, legends", "post", "jo.finch"),
]

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [
    *LEADER_HINTS,
    *INTERVIEW_STORIES,
    *SCHOOL_ACCOUNT_DISCLOSURE,
    *BELITTLING_REPLIES,
    *WHOLE_COPIES,
    *PRESS_CALLS,
]
# (why, text, kind, audience, author, clauses that must not be reported)
HARD_NEGATIVES = [
    *SURNAME_HANDLES_OK,
    *TRADE_NUMBERS_OK,
    *LEADER_HINTS_OK,
    *INTERVIEW_STORIES_OK,
    *INTERVIEW_NOT_GRIEVANCE,
    *SCHOOL_ACCOUNT_OK,
    *BELITTLING_OK,
    *WHOLE_COPIES_OK,
    *PRESS_CALLS_OK,
]
# (why, text, kind, audience, author, clauses that must still be reported)
STILL_REPORTED = [*SURNAME_HANDLES_STILL, *OWN_NUMBERS_STILL]


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


@pytest.mark.parametrize(("text", "kind", "author"), EVERYDAY, ids=lambda v: None)
def test_everyday_post_is_clean(check, text, kind, author):
    result = check(text, kind, P, author)
    assert not result.findings, [(f.clause, f.evidence) for f in result.findings]
