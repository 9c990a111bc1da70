"""Text -> expected findings, clause by clause, on a fictional trust written for these tests.

Each positive row names the (clause, code, evidence) that must be reported; each hard negative
names the clauses that must not be. Names come from conftest's Harbourside trust, not the
development sample.
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported

P, PRO = "personal", "professional"

# (text, kind, audience, author local part, expected [(clause, code, evidence)])
POSITIVES = [
    # 5.4 contact with pupils
    (
        "To: @frankied_ | saw your goal, message me on snap for the training plan",
        "message",
        P,
        "bilal.rashid",
        [("5.4", "pupil-contact", "@frankied_")],
    ),
    (
        "@libbymills see you at netball tomorrow!",
        "comment",
        P,
        "jo.finch",
        [("5.4", "pupil-contact", "@libbymills")],
    ),
    (
        "Any Year 10s stuck on revision, DM me on here and I'll help",
        "post",
        P,
        "bilal.rashid",
        [("5.4", "pupil-contact", "Any Year 10s stuck on revision, DM me on here and I'll help")],
    ),
    (
        "Accepted a friend request from one of my Year 9 pupils today",
        "post",
        P,
        "jo.finch",
        [("5.4", "pupil-contact", "Accepted a friend request from one of my Year 9 pupils today")],
    ),
    (
        "To: Kai (Y9) | well done on the match mate",
        "message",
        P,
        "bilal.rashid",
        [("5.4", "pupil-contact", "Kai")],
    ),
    # 5.6 employer's name in a personal profile's name or handle
    (
        "Name: Sam (Northgate) | Handle: @samtully | Bio: Runner",
        "profile",
        P,
        "sam.tully",
        [("5.6", "profile-employer-name", "Northgate")],
    ),
    (
        "Name: Bilal R | Handle: @Seacroft_Coach | Bio: Football and family",
        "profile",
        P,
        "bilal.rashid",
        [("5.6", "profile-employer-name", "@Seacroft_Coach")],
    ),
    (
        "Name: Tess | Handle: @MapleBankTess | Bio: Bakes",
        "profile",
        P,
        "tess.wilde",
        [("5.6", "profile-employer-name", "@MapleBankTess")],
    ),
    (
        "Name: Jo | Handle: @HarboursideJo | Bio: Bakes",
        "profile",
        P,
        "jo.finch",
        [("5.6", "profile-employer-name", "@HarboursideJo")],
    ),  # the trust's name without "Schools Partnership"
    # 5.7 personal profile discussing work without a disclaimer
    (
        "Name: Sam Tully | Handle: @MrTullyY3 | Bio: "
        "Primary teacher sharing reading ideas and classroom tips",
        "profile",
        P,
        "sam.tully",
        [("5.7", "profile-no-disclaimer", "Primary teacher sharing reading ideas and classroom tips")],
    ),
    # 5.8.1 disrepute
    (
        "@angrydad22 maybe if you read the newsletter you'd know the dates. Honestly.",
        "comment",
        P,
        "sam.tully",
        [("5.8.1", "disrepute", "@angrydad22 maybe if you read the newsletter you'd know the dates")],
    ),
    (
        "crying at this 😂 [image: meme mocking a man in a wheelchair]",
        "post",
        P,
        "tess.wilde",
        [("5.8.1", "disrepute", "[image: meme mocking a man in a wheelchair]")],
    ),
    (
        "The new caretaker at Seacroft is a lazy idiot, does nothing all day",
        "post",
        P,
        "jo.finch",
        [("5.8.1", "disrepute", "The new caretaker at Seacroft is a lazy idiot, does nothing all day")],
    ),
    # 5.8.2 confidentiality
    (
        "Grace Okoro read her whole poem to the class today, so proud",
        "post",
        P,
        "sam.tully",
        [("5.8.2", "pupil-named", "Grace Okoro")],
    ),
    (
        "So proud of Hope in my class for her spelling test 💯",
        "post",
        P,
        "sam.tully",
        [("5.8.2", "pupil-named", "Hope")],
    ),
    (
        "Awful day, one of our Year 11s was excluded for fighting",
        "post",
        P,
        "jo.finch",
        [("5.8.2", "confidential-information", "Awful day, one of our Year 11s was excluded for fighting")],
    ),
    (
        "Shh, don't tell anyone but Maple Bank is merging with another trust in the spring",
        "post",
        P,
        "tess.wilde",
        [
            (
                "5.8.2",
                "confidential-information",
                "Shh, don't tell anyone but Maple Bank is merging with another trust in the spring",
            )
        ],
    ),
    # 5.8.3 copyright
    (
        "Grabbed this cartoon and edited the watermark out 😎 [image: cartoon]",
        "post",
        P,
        "jo.finch",
        [("5.8.3", "copyright", "edited the watermark out")],
    ),
    (
        "Photocopied the whole workbook so nobody has to pay for it, DM for the PDF of it",
        "post",
        P,
        "tess.wilde",
        [
            (
                "5.8.3",
                "copyright",
                "Photocopied the whole workbook so nobody has to pay for it, DM for the PDF of it",
            )
        ],
    ),
    # 5.9 logo, or a personal account speaking for the school
    (
        "Go team! [image: Seacroft High School logo]",
        "post",
        P,
        "bilal.rashid",
        [("5.9", "brand-or-official-view", "[image: Seacroft High School logo]")],
    ),
    (
        "Name: Tess W | Handle: @tess_w | Bio: Bakes | Avatar: Maple Bank Academy crest",
        "profile",
        P,
        "tess.wilde",
        [("5.9", "brand-or-official-view", "Maple Bank Academy crest")],
    ),
    (
        "Northgate's official position is that the road should close at pick-up time",
        "post",
        P,
        "sam.tully",
        [
            (
                "5.9",
                "brand-or-official-view",
                "Northgate's official position is that the road should close at pick-up time",
            )
        ],
    ),
    # 5.10 own phone number or home address
    (
        "Spare kitten, ring me on 07700 900123",
        "post",
        P,
        "jo.finch",
        [("5.10", "personal-details", "07700 900123")],
    ),
    (
        "Party at mine, 12 Fenwick Road, Whitby YO21 3AB, from 8!",
        "post",
        P,
        "jo.finch",
        [("5.10", "personal-details", "12 Fenwick Road"), ("5.10", "personal-details", "YO21 3AB")],
    ),
    # 5.11 pupil pictures
    (
        "Proud coach 🏆 [photo: Seacroft Year 8 football team in school kit with the trophy]",
        "post",
        P,
        "bilal.rashid",
        [("5.11", "pupil-picture", "[photo: Seacroft Year 8 football team in school kit with the trophy]")],
    ),
    # 5.12 tags and trip locations
    (
        "Top effort today from @frankied_ 💪",
        "post",
        P,
        "bilal.rashid",
        [("5.12", "pupil-tagged", "@frankied_")],
    ),
    (
        "Quiz night winners with @jofinch",
        "post",
        P,
        "bilal.rashid",
        [("5.12", "colleague-tagged", "@jofinch")],
    ),
    (
        "@jofinch see you at the pub later",
        "comment",
        P,
        "bilal.rashid",
        [("5.12", "colleague-tagged", "@jofinch")],
    ),
    (
        "Great walk today [tagged: Amy Northgate, Dave Smith]",
        "post",
        P,
        "jo.finch",
        [("5.12", "colleague-tagged", "Amy Northgate")],
    ),
    (
        "Year 6 residential night 1: we're staying at Ravenscar Lodge till Friday [location: Ravenscar]",
        "post",
        P,
        "sam.tully",
        [("5.12", "trip-location", "[location: Ravenscar]")],
    ),
    # 5.13 grievances
    (
        "Seacroft's cover rota is a shambles yet again 🙄",
        "post",
        P,
        "jo.finch",
        [("5.13", "work-grievance", "Seacroft's cover rota is a shambles yet again 🙄")],
    ),
    (
        "Thanks for nothing #Seacroft 🙄 another cancelled PPA",
        "post",
        P,
        "jo.finch",
        [("5.13", "work-grievance", "Thanks for nothing #Seacroft 🙄 another cancelled PPA")],
    ),
    # 6.8 unlabelled professional profile
    (
        "Name: Northgate Reads | Handle: @NorthgateReads | Bio: Book reviews and reading challenges 📚",
        "profile",
        PRO,
        "sam.tully",
        [("6.8", "professional-unlabelled", "Book reviews and reading challenges 📚")],
    ),
    # 6.9 professional conduct and confidentiality
    (
        "Year 3 parents: Mrs Adams is off for surgery this week, Mr Tully will cover.",
        "post",
        PRO,
        "sam.tully",
        [("6.9", "professional-confidential", "Mrs Adams is off for surgery this week, Mr Tully will cover")],
    ),
    (
        "@grumpy_parent if you bothered to read the letter you'd know. Shame on you.",
        "comment",
        PRO,
        "iris.penn",
        [("6.9", "professional-conduct", "@grumpy_parent if you bothered to read the letter you'd know")],
    ),
    (
        "Staff wifi password is Gull2025! for anyone who forgot",
        "post",
        PRO,
        "jo.finch",
        [("6.9", "professional-confidential", "Staff wifi password is Gull2025")],
    ),
    # 6.10 pupils without image consent on a school account
    (
        "Reader of the week: Grace Okoro 📚",
        "post",
        PRO,
        "sam.tully",
        [("6.10", "pupil-no-consent", "Grace Okoro")],
    ),
    (
        "Rocco Varga, county cross-country champion!",
        "post",
        PRO,
        "bilal.rashid",
        [("6.10", "pupil-no-consent", "Rocco Varga")],
    ),
    (
        "Busy in the garden 🌱 [photo: Summer watering the tomatoes]",
        "post",
        PRO,
        "sam.tully",
        [("6.10", "pupil-no-consent", "Summer")],
    ),
    # 6.12 press and statements
    (
        "To: Dana Cole (Whitby Gazette) | happy to talk about the staffing problems at Seacroft, call me",
        "message",
        P,
        "jo.finch",
        [
            (
                "6.12",
                "press-or-official-statement",
                "Whitby Gazette) | happy to talk about the staffing problems at Seacroft, call me",
            )
        ],
    ),
    (
        "On behalf of Harbourside Schools Partnership: we are reviewing the complaint.",
        "post",
        PRO,
        "jo.finch",
        [("6.12", "press-or-official-statement", "On behalf of Harbourside Schools Partnership")],
    ),
]

# (why it is clean, text, kind, audience, author, clauses that must not be reported)
HARD_NEGATIVES = [
    (
        "two names on one roll, but a personal post with no class words",
        "Grace and Summer, my favourite words",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    (
        "two first names from different schools' rolls",
        "Jack and Poppy, the best pub dogs in town",
        "post",
        P,
        "bilal.rashid",
        {"5.8.2"},
    ),
    (
        "the author's own appointment",
        "Thrilled that I've been appointed Head of PE at Seacroft!",
        "post",
        P,
        "bilal.rashid",
        {"5.8.2"},
    ),
    (
        "a first name in its everyday sense",
        "Amazing grace, what a voice at the carol concert",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("season, not a pupil", "Summer holidays can't come soon enough ☀️", "post", P, "sam.tully", {"5.8.2"}),
    (
        "a dog called Jack",
        "Walked Jack the spaniel along the beach, he loved it",
        "post",
        P,
        "sam.tully",
        {"5.8.2"},
    ),
    ("hope as a verb", "Hope everyone has a restful half term", "post", P, "iris.penn", {"5.8.2"}),
    (
        "a business's number in an advert",
        "Ring the Anchor Inn on 01632 960999 to book the function room",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "a helpline",
        "If you're struggling, Samaritans are on 116 123 any time",
        "post",
        P,
        "jo.finch",
        {"5.10"},
    ),
    (
        "a score and a time",
        "Won 3-1, kick off was 10:30, back home by 13:45",
        "post",
        P,
        "bilal.rashid",
        {"5.10"},
    ),
    (
        "criticism of national policy",
        "The government's funding formula is failing schools and Ofsted knows it",
        "post",
        P,
        "iris.penn",
        {"5.13", "5.8.1"},
    ),
    (
        "own name runs into an academy's",
        "Name: Amy Northgate | Handle: @amynorthgate | Bio: Artist. Views my own.",
        "profile",
        P,
        "amy.northgate",
        {"5.6", "5.7"},
    ),
    (
        "a residential without a location",
        "Off on residential with Year 6 next week, wish me luck",
        "post",
        P,
        "sam.tully",
        {"5.12"},
    ),
    (
        "saying where you work",
        "Proud to teach PE at Seacroft High School 💙",
        "post",
        P,
        "bilal.rashid",
        {"5.6", "5.9", "5.13"},
    ),
    (
        "the pupil has image consent",
        "Well done Jack Lindqvist, star of the week ⭐",
        "post",
        PRO,
        "sam.tully",
        {"6.10"},
    ),
    (
        "pupils pictured but not named, consent not required",
        "Sports day fun [photo: children in the egg and spoon race]",
        "post",
        PRO,
        "sam.tully",
        {"6.10", "5.11"},
    ),
    (
        "the CEO may speak to the press",
        "To: Dana Cole (Whitby Gazette) | yes, happy to give you a comment on our results",
        "message",
        P,
        "olu.adebayo",
        {"6.12"},
    ),
    (
        "the deputy CEO counts as the CEO (policy 2.4)",
        "On behalf of Harbourside Schools Partnership, thank you for a wonderful fundraiser.",
        "post",
        PRO,
        "ken.marsh",
        {"6.12"},
    ),
    (
        "a head speaking for their own academy",
        "Northgate Community Primary statement: the school is closed today.",
        "post",
        PRO,
        "iris.penn",
        {"6.12"},
    ),
    (
        "redirecting a journalist",
        "@WhitbyGazette sorry, I can't comment - please contact the trust's press office",
        "comment",
        P,
        "jo.finch",
        {"6.12"},
    ),
    (
        "tagging a friend who is not staff",
        "Lovely lunch with @dave_smith_77",
        "post",
        P,
        "jo.finch",
        {"5.12"},
    ),
    ("the author's own handle", "New blog post is up, by me @jofinch", "post", P, "jo.finch", {"5.12"}),
    (
        "professional profile that says what it is",
        "Name: Northgate Reads | Handle: @NorthgateReads | Bio: "
        "Official account of the reading team at Northgate",
        "profile",
        PRO,
        "sam.tully",
        {"6.8"},
    ),
    (
        "bare job title",
        "Name: Tess W | Handle: @tess_w | Bio: TA, mum, baker",
        "profile",
        P,
        "tess.wilde",
        {"5.7"},
    ),
    (
        "credited work",
        "Gorgeous painting by @artbyrosa, shared with permission [image: seascape painting]",
        "post",
        P,
        "jo.finch",
        {"5.8.3"},
    ),
    (
        "the trust's public announcement",
        "The trust announced today that Maple Bank is merging with Oak Vale. Exciting!",
        "post",
        P,
        "tess.wilde",
        {"5.8.2"},
    ),
    (
        "the author's own health",
        "My knee operation went well, back at work Monday",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "own children in a photo",
        "Half term fun [photo: my kids on the beach]",
        "post",
        P,
        "jo.finch",
        {"5.11"},
    ),
    (
        "a school-premises photo without pupils",
        "New library is ready [photo: empty library shelves]",
        "post",
        P,
        "sam.tully",
        {"5.11"},
    ),
    (
        "a phone contract, not a trust contract",
        "Finally switched phone contract, so much cheaper",
        "post",
        P,
        "jo.finch",
        {"5.8.2"},
    ),
    (
        "a check-in that is not a school trip",
        "Sunday stroll 🌊 [location: Robin Hood's Bay]",
        "post",
        P,
        "jo.finch",
        {"5.12"},
    ),
    (
        "frustration with no work in it",
        "Stuck on the A171 for an hour, this traffic is a joke",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "audience", "author", "expected"), POSITIVES, ids=lambda v: None)
def test_rule_reports(check, text, kind, audience, author, expected):
    result = check(text, kind, audience, author)
    got = {(f.clause, f.code, f.evidence) for f in result.findings}
    for item in expected:
        assert item in got, f"{item} not in {got}"
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.evidence
    assert result.verdict in ("review", "block")


@pytest.mark.parametrize(
    ("why", "text", "kind", "audience", "author", "forbidden"),
    HARD_NEGATIVES,
    ids=[n[0] for n in HARD_NEGATIVES],
)
def test_hard_negative(check, why, text, kind, audience, author, forbidden):
    assert_not_reported(check(text, kind, audience, author), forbidden, why)
