"""Conduct recall on unseen wording: irony about unwelcome demands, persistent failures, hating the job,
belittling replies on school accounts, hostile links about protected groups; and the hard negatives
that share their words (praise, sadness, outside bodies, profile bios).

Names are conftest's Harbourside trust.
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"

# (text, kind, audience, author local part, clauses that must be reported)
POSITIVES = [
    # 5.13: a mock-positive frame about an unwelcome demand at work
    (
        "Nothing makes you feel valued like a 7am email announcing a 9am learning walk. Cheers Seacroft 👍",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "Really makes you feel appreciated, a 10pm email from the head about tomorrow",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    ("Love a surprise book look on the last day of term. Thanks SLT x", "post", P, "sam.tully", {"5.13"}),
    (
        "What a treat: a Sunday night email from the head moving the data deadline to Monday",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    (
        "Perfect timing, a three-hour twilight on the night of parents' evening",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    # 5.13: a failure that drags on
    (
        "Week three and still no working board in my classroom. Ticket number four logged.",
        "post",
        P,
        "tess.wilde",
        {"5.13"},
    ),
    (
        "Still no heating in the science block. Day five and still nothing from the office",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "Projector in my classroom died again. At this rate I'll be teaching by candlelight 🫠",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    ("Parents' evening overran yet again, home at ten", "post", P, "sam.tully", {"5.13"}),
    # 5.13: hating the job, after an insult (both clauses)
    (
        "Parents' evening done. A dad shouted at me for ten minutes. Entitled idiot. Some nights I genuinely "
        "hate this job 🍷",
        "post",
        P,
        "tess.wilde",
        {"5.13", "5.8.1"},
    ),
    ("Fire alarm went off in the middle of my lesson observation. Again.", "post", P, "jo.finch", {"5.13"}),
    # 5.13: a one-word deadpan verdict after an unwelcome demand; a frame in the next sentence
    ("My head has just cancelled PPA for the rest of term. Lovely.", "post", P, "jo.finch", {"5.13"}),
    (
        "New timetable is out: PPA cancelled for the mock week, cover instead. Lovely.",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "Nice to know my free periods are now optional cover slots in my classroom. Feeling very valued",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    (
        "Cheers for the heads-up, head office. Really helpful to find out about it from the local paper.",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "Who needs a lunch break anyway? Year 9 detention duty for the 4th day running",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    # 6.9: belittling a parent on a school account
    (
        "@JennaR_mum with respect, if your daughter spent less time on her phone in my lessons she might "
        "actually pass. Blaming staff won't change her grade.",
        "comment",
        PRO,
        "jo.finch",
        {"6.9"},
    ),
    (
        "@dave_k with all due respect, if you read the newsletter you'd know the date",
        "comment",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
    (
        "Blaming the school won't make your son revise, Mr Grant.",
        "comment",
        PRO,
        "bilal.rashid",
        {"6.9"},
    ),
    # 5.8.1: endorsing a hostile claim about a protected group, in a link or in words
    (
        "Finally someone says it 👏 [link: 'Why immigrants are ruining our seaside towns' – blog post]",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "This. Refugees are taking over the town centre [link: local forum thread]",
        "post",
        P,
        "sam.tully",
        {"5.8.1"},
    ),
    ("Time to deport the lot of them. Send back the migrants, I say", "post", P, "sam.tully", {"5.8.1"}),
]

HARD_NEGATIVES = [
    (
        "genuine thanks for something warm",
        "Nothing makes you feel appreciated like a handmade card from your class 🥰",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "an early start that is the author's own choice",
        "Love an early start: 7am breakfast club with the Y6s before SATs 💪",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "thanks to a colleague for covering",
        "Thanks for the last-minute cover today Jo, you're a star",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "celebrating a pupil's repeated success",
        "Top scorer in the cup run yet again 🔥⚽",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    (
        "celebrating a class winning again",
        "Y4 won the attendance trophy for the third time this year! So proud 🏆",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "sadness about an event, not blame",
        "One of our Y10 lads left us today after a really tough year. Governors meet next week. What a "
        "waste 😔",
        "post",
        P,
        "jo.finch",
        {"5.13"},
    ),
    (
        "criticism of a council decision the school opposes",
        "Running the bypass across our playing fields is a disgrace and the school will fight it all the way",
        "post",
        P,
        "bilal.rashid",
        {"5.13"},
    ),
    (
        "criticism of the council's planning decision",
        "The council letting developers build on the field next to our school is shocking",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "a bio naming its topics",
        "Name: Sam T | Handle: @samt_teach | Bio: Y3 teacher. Reading tips and the odd rant about marking. "
        "Views my own.",
        "profile",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "hopeful at this rate",
        "At this rate my class will have read every book in the library by Easter! 📚",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "loving the job",
        "Week three and still loving my new class. I really do love this job",
        "post",
        P,
        "tess.wilde",
        {"5.13"},
    ),
    (
        "a one-word verdict that is genuine",
        "Y6 all passed their swimming badges at our school. Brilliant.",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "an exclamation after good news",
        "Head says no twilight this week, so staff can go home early. Brilliant!",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "a warm reply to a late message",
        "Perfect timing! Email at 10pm from a parent saying thank you for the reading record, made my night",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "a broken-down car, not work",
        "My car broke down again this morning, had to get the bus to the school gate",
        "post",
        P,
        "sam.tully",
        {"5.13"},
    ),
    (
        "a polite reply on a school account",
        "@dave_k with respect to your question, the trip letter went out on Monday and is on the app",
        "comment",
        PRO,
        "sam.tully",
        {"6.9"},
    ),
    (
        "a positive link about refugees",
        "Lovely read [link: 'How refugees are transforming our seaside towns' – blog post]",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
    ),
    (
        "history lesson on immigration",
        "Y9 history today: why Windrush migrants were invited to Britain and how they were treated 📚",
        "post",
        P,
        "jo.finch",
        {"5.8.1"},
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
