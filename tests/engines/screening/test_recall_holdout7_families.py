"""Precision and recall on families of phrasing a seventh blind batch showed were mishandled, and the
look-alike drafts that must stay clean. Every sentence is written here (none is taken from any labelled
set); for each weak clause there are fifteen or more positives in different registers (sarcasm,
understatement, dialect, emoji, quotes) and as many hard negatives.

Recall: confidential staffing moves, interview-panel stories, headships offered and leaders leaving at a
date, passed on in posts or private messages with a secrecy cue (5.8.2); grievances about pay and
management written with irony, quoted excuses, "meanwhile … bought", deadpan verdicts and credit taken
(5.13); a school account threatening, shaming or sneering at a parent (6.9); xenophobic remarks with no
slur and epithets for a colleague or leader (5.8.1); accepting a pupil's request once it has been told
(5.4); a bio promising rants, banter or match reports without a disclaimer (5.7).

Precision: tips to families, thanks, literal snakes and pigs, holidays abroad and pupils learning
English, the author's own news and interviews, announced appointments, sincere praise of leaders,
a former pupil who is now an adult, "my three kids" on a beach, "in stitches" with laughter, and
"county standard" or "bench press" (not newspapers).

Names are conftest's Harbourside trust (academies Northgate, Seacroft, Maple Bank; pupils Rocco,
Grace, Jack…; staff sam.tully, jo.finch, iris.penn, tess.wilde…).
"""

from __future__ import annotations

import pytest

from tests.engines.screening.assertions import assert_not_reported, assert_reports

P, PRO = "personal", "professional"


def _profile(name: str, handle: str, bio: str) -> str:
    return f"Name: {name} | Handle: {handle} | Bio: {bio}"


# (text, kind, audience, clauses that must be reported) / (…, clauses that must not be reported)
CONFIDENTIAL = [
    (
        "Don't tell a soul but Mrs Penn is off at Christmas and they've lined up a deputy from Seacroft "
        "to replace her 🤫",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "To: Jo Finch | keep this to yourself, Northgate's headship has been offered to someone from "
        "Maple Bank already",
        "message",
        P,
        {"5.8.2"},
    ),
    (
        "Sat on the appointment panel yesterday. The lad from Leeds admitted he'd been sacked from his "
        "last job, so that's a no",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "interview panel gossip: one candidate for the SENCo post lied on her CV about her quals 🙄 not "
        "getting it",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "Heard on the grapevine Seacroft are losing three TAs in the restructure, nobody's been told yet",
        "post",
        P,
        {"5.8.2"},
    ),
    ("between you and me the head's jumping ship at Easter, keep schtum", "post", P, {"5.8.2"}),
    (
        "To: Bilal | shh, don't say owt, Paul's leaving at the end of term and it's going to the deputy",
        "message",
        P,
        {"5.8.2"},
    ),
    (
        "Not announced yet but Maple Bank is joining the Harbourside lot in September, merger's a done deal",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "Just had a message from the office saying Iris is stepping down in July. Don't share!",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "A little bird tells me our new head starts after half term and it's someone from Seacroft 👀",
        "post",
        P,
        {"5.8.2"},
    ),
    ("Off the record, SLT are making two of the office team redundant next month", "post", P, {"5.8.2"}),
    (
        "Chairing the interview panel today – candidate two told us "
        "she was managed out of her last school 😬",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "To: @tess_w | not meant to say but they're offering the deputy job to the supply teacher 😳",
        "message",
        P,
        {"5.8.2"},
    ),
    ("Word is the trust are taking over two more primaries in the new year, hush hush", "post", P, {"5.8.2"}),
    ("strictly between us, the head's on his way out, governors voted last night", "post", P, {"5.8.2"}),
    (
        "mate, lips are sealed but Seacroft's business manager has resigned and they're not replacing her",
        "post",
        P,
        {"5.8.2"},
    ),
]

CONFIDENTIAL_OK = [
    ("Delighted our new head, Mrs Penn, was announced in today's newsletter. Welcome!", "post", P, {"5.8.2"}),
    ("I'm off at Easter to Tenerife, can't wait ☀️", "post", P, {"5.8.2"}),
    ("Interviewed for a deputy headship today and I think I waffled but we'll see 🤞", "post", P, {"5.8.2"}),
    ("Just been offered the Year 6 job at Northgate! Can't believe it 🥹", "post", P, {"5.8.2"}),
    (
        "The trust announced the merger with Maple Bank today, letter to parents has gone out",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "Sat on the interview panel for the first time today, really interesting to see the other side of it",
        "post",
        P,
        {"5.8.2"},
    ),
    ("Keep it to yourself: Sam's surprise leaving do is Friday at the Crown 🎉", "post", P, {"5.8.2"}),
    ("Between us, I think the new Bake Off series is the best yet", "post", P, {"5.8.2"}),
    ("Don't tell the kids but the Christmas fair has a real reindeer this year 🦌", "post", P, {"5.8.2"}),
    ("My sister's off at Christmas for three weeks, first proper break in years", "post", P, {"5.8.2"}),
    ("Offered my spare tickets to a colleague, hope she enjoys the show", "post", P, {"5.8.2"}),
    ("Shh, the baby's finally asleep. Nobody move", "post", P, {"5.8.2"}),
    (
        "Great interview panel training from the trust today, lots to think about on fair recruitment",
        "post",
        P,
        {"5.8.2"},
    ),
    (
        "Congratulations to our new deputy head, appointed last week and announced to families today",
        "post",
        P,
        {"5.8.2"},
    ),
    ("My lips are sealed about the pub quiz answers, don't even ask", "post", P, {"5.8.2"}),
    ("Mum's retiring at Christmas after 40 years at the hospital, so proud", "post", P, {"5.8.2"}),
]

GRIEVANCES = [
    (
        "Pay award at Seacroft is 'under review' for the third month running. Cool cool cool",
        "post",
        P,
        {"5.13"},
    ),
    (
        "We're told there's no budget for TAs at Northgate, yet somehow they found the money for a new sign",
        "post",
        P,
        {"5.13"},
    ),
    ("SLT have booked a 'wellbeing' twilight on Friday. Wellbeing would be going home", "post", P, {"5.13"}),
    (
        "Pay rise 'in due course' says the trust. Meanwhile SLT got new laptops. Love that for us",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Third email this week from head office asking us to 'go the extra mile'. On what pay?",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Nice of management to find money for a new sign at Northgate while the roof leaks into my classroom",
        "post",
        P,
        {"5.13"},
    ),
    ("Asked for a TA for my Y2s since September. Still waiting. Priorities.", "post", P, {"5.13"}),
    ("Oh brilliant, another twilight from SLT. Because our evenings are clearly free", "post", P, {"5.13"}),
    (
        "So glad the trust spent the budget on rebranding. The kids really needed a new logo 🙃",
        "post",
        P,
        {"5.13"},
    ),
    (
        "The head took the credit for our Y4 reading scheme in the newsletter. Cheers for that",
        "post",
        P,
        {"5.13"},
    ),
    ("Workload at Seacroft is beyond a joke, nobody at the top listens", "post", P, {"5.13"}),
    ("Apparently asking for our PPA back is 'not a priority' at Northgate. Noted.", "post", P, {"5.13"}),
    (
        "Funny how there's never money for supply cover at Maple Bank but there's money for a glossy "
        "prospectus",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Our trust: we value our staff. Also our trust: pay freeze for TAs. Make it make sense",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Told management the heating's broken in the science block for the fourth week. Shocker, "
        "nothing happened",
        "post",
        P,
        {"5.13"},
    ),
    (
        "Ah yes the annual 'consultation' where SLT tell us what they already decided. Love it here",
        "post",
        P,
        {"5.13"},
    ),
    ("Meanwhile the head's bought a new car park barrier while we ration glue sticks", "post", P, {"5.13"}),
]

GRIEVANCES_OK = [
    ("Pay award announced today, 5% for teachers. Welcome news for everyone", "post", P, {"5.13"}),
    ("Our school's new logo looks fab on the jumpers, well done to the Y6 designers", "post", P, {"5.13"}),
    ("Really grateful to SLT for giving us an extra PPA afternoon this week ❤️", "post", P, {"5.13"}),
    ("Meanwhile in Year 3 we made volcanoes and nobody got hurt 🌋", "post", P, {"5.13"}),
    ("Priorities today: tea, biscuits and finishing my reports", "post", P, {"5.13"}),
    ("The head gave all the credit to the TAs in assembly today, lovely to see", "post", P, {"5.13"}),
    ("Can't take credit for this display, it was all my amazing TA", "post", P, {"5.13"}),
    ("'Quiet reading' in Reception is my favourite part of the day, pure chaos and joy", "post", P, {"5.13"}),
    ("Government still hasn't fixed teacher pay. Write to your MP, folks", "post", P, {"5.13"}),
    ("Funny that, the cat waits until I sit down to need feeding", "post", P, {"5.13"}),
    ("Spent the weekend repainting the spare room. Priorities 😂", "post", P, {"5.13"}),
    ("Bought myself a new laptop, the old one finally died", "post", P, {"5.13"}),
    ("Ofsted framework is 'under review' again, let's see what the DfE comes up with", "post", P, {"5.13"}),
    (
        "Huge thanks to the trust for funding our new reading books, the kids are loving them",
        "post",
        P,
        {"5.13"},
    ),
    ("Had a brilliant INSET today, really useful session on adaptive teaching", "post", P, {"5.13"}),
]

SCHOOL_ACCOUNT_HOSTILE = [
    (
        "@dazza_p keep posting lies about our teachers and see what happens. We know exactly who you are",
        "comment",
        PRO,
        {"6.9"},
    ),
    (
        "To the mum who moaned about the trip cost on Facebook: maybe spend less time online and more "
        "time reading to your child",
        "post",
        PRO,
        {"6.9"},
    ),
    ("@KellyB82 perhaps try parenting instead of blaming our staff", "comment", PRO, {"6.9"}),
    (
        "Some parents need to teach their kids some manners before sending them to school",
        "post",
        PRO,
        {"6.9"},
    ),
    ("@Parent_Paul with respect Paul, you clearly haven't read the letter", "comment", PRO, {"6.9"}),
    ("@mumof3 if your son did his homework we wouldn't be having this conversation", "comment", PRO, {"6.9"}),
    (
        "We'd like to thank the parent who parked across the gate AGAIN. Everyone will know your name soon",
        "post",
        PRO,
        {"6.9"},
    ),
    ("@GazW you want to watch what you say about our staff online", "comment", PRO, {"6.9"}),
    ("Reminder to the dad shouting at our lunch staff: grow up", "post", PRO, {"6.9"}),
    ("@ShaunT1 another lie. We know where you drink and we'll be having a word", "comment", PRO, {"6.9"}),
    (
        "To the parent who complained about spellings: how hard is it to practise ten words?",
        "post",
        PRO,
        {"6.9"},
    ),
    ("@claireb nobody asked for your opinion on our uniform policy", "comment", PRO, {"6.9"}),
    ("@DeanM what an absolute snake, spreading lies about our head", "comment", PRO, {"6.9"}),
    ("Maybe if parents read the newsletter they'd know it was a non-uniform day 🙄", "post", PRO, {"6.9"}),
    ("@TraceyH shame on you for that post about our teachers", "comment", PRO, {"6.9"}),
]

SCHOOL_ACCOUNT_OK = [
    (
        "Top tip for families: spend a little less time on screens over half term and more time reading "
        "together 📚",
        "post",
        PRO,
        {"6.9"},
    ),
    (
        "@KellyB82 thanks for your message, please contact the office and we'll sort it",
        "comment",
        PRO,
        {"6.9"},
    ),
    ("To the parent who handed in a lost purse at reception, thank you so much! ❤️", "post", PRO, {"6.9"}),
    ("Year 1 can now tie their own shoelaces! So proud of them 👟", "post", PRO, {"6.9"}),
    ("Teaching your child to tie their laces? Here's a handy video from our PE team", "post", PRO, {"6.9"}),
    (
        "Plant the seeds, water them daily and see what happens! 🌱 Year 2 science homework",
        "post",
        PRO,
        {"6.9"},
    ),
    ("We know exactly how hard our Year 6s have worked this year, well done all", "post", PRO, {"6.9"}),
    (
        "@dazza_p we're sorry you feel that way, please ring the office so we can talk it through",
        "comment",
        PRO,
        {"6.9"},
    ),
    ("Reminder: parents' evening is Thursday, please book your slot on the app", "post", PRO, {"6.9"}),
    ("Year 3 read about a snake in the grass this week and wrote brilliant poems 🐍", "post", PRO, {"6.9"}),
    (
        "To the parents who raised the car park issue: we hear you, a one-way system starts Monday",
        "post",
        PRO,
        {"6.9"},
    ),
    ("Perhaps try our summer reading challenge? Sign-up sheets at reception", "post", PRO, {"6.9"}),
    ("Year 5 had us in stitches with their comedy sketches today 😂", "post", PRO, {"6.9"}),
    ("Great to see Year 4 practising their English and French in our language café", "post", PRO, {"6.9"}),
    (
        "The Three Little Pigs was our Reception story today, lots of huffing and puffing",
        "post",
        PRO,
        {"6.9"},
    ),
]

OFFENSIVE = [
    (
        "The new deputy is such a weasel, all smiles in meetings then straight to the head",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Went to the market and didn't hear a word of English. This country's gone", "post", P, {"5.8.1"}),
    (
        "Honestly felt like a foreigner in my own town today 🇬🇧 not the country I grew up in",
        "post",
        P,
        {"5.8.1"},
    ),
    (
        "Nobody on our street speaks English any more. Should send them all back home where they belong",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Our head is a two-faced snake, smiles at you then knifes you in the back", "post", P, {"5.8.1"}),
    ("Jo from Y3 is an absolute weasel, took my planning and passed it off as hers", "post", P, {"5.8.1"}),
    ("Miss Wilde couldn't organise a piss-up in a brewery", "post", P, {"5.8.1"}),
    ("That new deputy is a proper backstabber, watch yourselves", "post", P, {"5.8.1"}),
    ("Some of the Seacroft parents are absolute animals at pick-up", "post", P, {"5.8.1"}),
    (
        "Colleague of the year award goes to the one who stabbed me in the back in the meeting. Total rat",
        "post",
        P,
        {"5.8.1"},
    ),
    (
        "Went into town and felt like I needed a passport, more foreign languages than English 🙄",
        "post",
        P,
        {"5.8.1"},
    ),
    ("Country's finished when you can't hear English on your own high street", "post", P, {"5.8.1"}),
    ("The governor who voted against us is a spineless coward", "post", P, {"5.8.1"}),
    ("Our business manager is a lying toad, mark my words", "post", P, {"5.8.1"}),
    ("Heidie is a total cow to the TAs, everyone knows it", "post", P, {"5.8.1"}),
]

OFFENSIVE_OK = [
    ("Week in Spain and barely heard a word of English, loved practising my Spanish", "post", P, {"5.8.1"}),
    ("Lovely to hear so many languages at our international evening ❤️", "post", P, {"5.8.1"}),
    ("Saw a massive grass snake on our walk today 🐍", "post", P, {"5.8.1"}),
    ("My little one's favourite book is The Three Little Pigs, we've read it 40 times", "post", P, {"5.8.1"}),
    ("Our class rats, Salt and Pepper, are the stars of Year 4", "post", P, {"5.8.1"}),
    ("Felt like I needed a passport driving to Cornwall, nine hours!", "post", P, {"5.8.1"}),
    ("Our EAL pupils are learning English so quickly, so proud of them", "post", P, {"5.8.1"}),
    ("I'm such a two-left-feet dancer, Zumba was hilarious", "post", P, {"5.8.1"}),
    ("Total cow of a day, but the cows on the farm trip were lovely 🐄", "post", P, {"5.8.1"}),
    ("Ran the Snake Pass half marathon, legs are gone", "post", P, {"5.8.1"}),
    ("Went into Leeds for the Christmas market, packed but brilliant", "post", P, {"5.8.1"}),
    ("Spent the day at the zoo, the weasels were the highlight for my two", "post", P, {"5.8.1"}),
    ("Just finished Wolf Hall. What a snake Cromwell was, brilliant book", "post", P, {"5.8.1"}),
    ("Our Year 6 performance of Oliver! had the whole hall in stitches", "post", P, {"5.8.1"}),
    ("Grateful for the refugees welcome group at church, amazing work", "post", P, {"5.8.1"}),
]

OTHER_POSITIVES = [
    (
        "A girl from my old Year 5 class sent me a friend request on Facebook, she's in Year 9 at "
        "Seacroft now. Accepted 😊",
        "post",
        P,
        {"5.4"},
    ),
    (
        "Got a follow request from one of my Y11s last night... accepted obvs, she's a sweetheart",
        "post",
        P,
        {"5.4"},
    ),
    (
        _profile("Mr T", "@mrt_pe", "PE teacher. Fixtures, match reports and banter from the touchline ⚽"),
        "profile",
        P,
        {"5.7"},
    ),
    (
        _profile(
            "Kaz R",
            "@kaz_reads",
            "Primary teacher. Ranting about phonics, Ofsted and the price of glue sticks",
        ),
        "profile",
        P,
        {"5.7"},
    ),
    (
        _profile("Dee", "@dee_tells", "Secondary science teacher. Tales from the classroom and the odd moan"),
        "profile",
        P,
        {"5.7"},
    ),
    ("Sports day fun! [photo: my Year 4 class in their team colours on the field]", "post", P, {"5.11"}),
    (
        "Spoke to the Evening Standard about our school's Ofsted today, they will run it tomorrow",
        "post",
        P,
        {"6.12"},
    ),
    ("Rocco in Y11 needed six stitches after the rugby match, poor lad", "post", PRO, {"6.9"}),
]
OTHER_OK = [
    (
        "One of my first ever Year 6s sent me a friend request – she's 27 now and a nurse! Accepted, so "
        "proud",
        "post",
        P,
        {"5.4"},
    ),
    ("My nephew sent me a friend request, accepted, he's finally on Facebook 😂", "post", P, {"5.4"}),
    ("A Year 8 sent me a follow request, declined it and told the DSL straight away", "post", P, {"5.4"}),
    (
        _profile(
            "Mr T",
            "@mrt_pe",
            "PE teacher. Fixtures, match reports and banter. Views my own, not my employer's",
        ),
        "profile",
        P,
        {"5.7"},
    ),
    (_profile("Jo", "@jo_runs", "Runner, baker, banter merchant. Leeds fan"), "profile", P, {"5.7"}),
    (
        "Windy, sandy and freezing at Filey 🌊 [photo: my three kids in raincoats on the beach]",
        "post",
        P,
        {"5.11"},
    ),
    ("Half term at the seaside [photo: our two little ones building a sandcastle]", "post", P, {"5.11"}),
    ("Rocco smashed his PB today. Told him he'll be county standard by summer 💪", "post", P, {"6.12"}),
    ("Good news: the bench press at the gym is finally fixed", "post", P, {"6.12"}),
    ("Year 2 had the whole hall in stitches with their class assembly 😂", "post", PRO, {"6.9"}),
]

POSITIVES = [*CONFIDENTIAL, *GRIEVANCES, *SCHOOL_ACCOUNT_HOSTILE, *OFFENSIVE, *OTHER_POSITIVES]
HARD_NEGATIVES = [*CONFIDENTIAL_OK, *GRIEVANCES_OK, *SCHOOL_ACCOUNT_OK, *OFFENSIVE_OK, *OTHER_OK]


def test_each_weak_clause_has_fifteen_of_each():
    for positives, negatives in (
        (CONFIDENTIAL, CONFIDENTIAL_OK),
        (GRIEVANCES, GRIEVANCES_OK),
        (SCHOOL_ACCOUNT_HOSTILE, SCHOOL_ACCOUNT_OK),
        (OFFENSIVE, OFFENSIVE_OK),
    ):
        assert len(positives) >= 15 and len(negatives) >= 15


@pytest.mark.parametrize(("text", "kind", "audience", "expected"), POSITIVES, ids=lambda v: None)
def test_reports(check, text, kind, audience, expected):
    assert_reports(check(text, kind, audience, "sam.tully"), expected)


@pytest.mark.parametrize(("text", "kind", "audience", "forbidden"), HARD_NEGATIVES, ids=lambda v: None)
def test_hard_negative(check, text, kind, audience, forbidden):
    assert_not_reported(check(text, kind, audience, "sam.tully"), forbidden)
