"""Precision on everyday clean drafts: none of these may raise any finding.

Two hundred and more drafts written here (none taken from any labelled set), in the voices of
staff at two fictional trusts: posts, comments, messages and profiles, personal and professional.
Each is a trap for a rule that once cried wolf or easily could: everyday words that are also
pupils' first names or surnames ("hope", "joy", "robin", "sweet", "quick", "marsh"), local firms
and tradespeople with their numbers, helplines and venue addresses, self-mockery, praise of
colleagues and of pupils whose image consent is recorded (on school accounts), congratulations,
polite firm replies to parents, sport, pets, the author's own children, holidays, opinions on
national policy, complaints about outside bodies (council, rail, the DfE or Ofsted in general),
news the trust has announced, credited resources, job bios with a disclaimer or with no work in
them, journalists passed on to the press office, and the CEO talking to the press.

Orgs: conftest's Harbourside trust (academies Northgate, Seacroft, Maple Bank; pupils Grace Okoro,
Jack Lindqvist, Hope Barnes, Summer Reid, Frankie Doyle, Libby Mills, Rocco Varga, Poppy Achterberg;
CEO olu.adebayo, head iris.penn, teacher sam.tully) and a second trust written below, Fellside
Learning Partnership, whose pupils are named after everyday words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socialpolicy.engines.orgdir import load_org
from socialpolicy.engines.screening import Analyzer, DraftInput, Result, Roster

P, PRO = "personal", "professional"
H, F = "harbourside", "fellside"

FELLSIDE = {
    "trust.toml": 'name = "Fellside Learning Partnership"\naliases = ["Fellside LP", "FLP"]\n'
    'email_domains = ["fellside.example"]\n',
    "academies.csv": "code,name,aliases\n"
    "TOR,Tarnside Primary School,Tarnside Primary;Tarnside;@TarnsidePri\n"
    "GHS,Gillbeck High School,Gillbeck High;Gillbeck;@GillbeckHigh\n",
    "staff.csv": "email,first_name,last_name,academy_code,job_title,roles,handles\n"
    "maggie.thwaite@fellside.example,Maggie,Thwaite,,Chief Executive,ceo,@MThwaiteCEO\n"
    "dan.oyelaran@fellside.example,Dan,Oyelaran,TOR,Headteacher,head;dsl,@HeadTarnside\n"
    "cath.lowther@fellside.example,Cath,Lowther,TOR,Year 4 Teacher,staff,@MrsLowtherY4\n"
    "rhys.benning@fellside.example,Rhys,Benning,GHS,Teacher of Geography,staff,@rbenning_geog\n"
    "nadia.karim@fellside.example,Nadia,Karim,GHS,Head of Science,staff,\n",
    "pupils.csv": "pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles\n"
    "T1,Robin,Hartley,,TOR,6,\n"
    "T2,Rain,Kemp,,TOR,4,\n"
    "T3,Joy,Kamara,,TOR,5,\n"
    "T4,Sunny,Patel,,TOR,2,\n"
    "T5,Wren,Abbott,,TOR,3,\n"
    "T6,Albie,Sweet,,TOR,1,\n"
    "T7,Theodore,Marsh,Teddy,TOR,6,\n"
    "T8,Faith,Mensah,,TOR,4,\n"
    "G1,Archer,Quick,,GHS,9,\n"
    "G2,Ocean,Fowler,,GHS,8,@oceanf_\n"
    "G3,Pearl,Kingdon,,GHS,11,\n"
    "G4,Hunter,Blake,,GHS,10,\n"
    "G5,Miles,Ogunleye,,GHS,12,\n"
    "G6,Amber,Lake,,GHS,7,\n"
    "G7,Will,Pascoe,,GHS,13,\n"
    "G8,Harmony,Kerr,,GHS,9,\n",
    "consents.csv": "pupil_id,images_online,recorded_on\n"
    "T1,yes,2025-09-01\nT2,no,2025-09-01\nT3,yes,2025-09-01\nT4,yes,2025-09-01\nT6,yes,2025-09-01\n"
    "G1,yes,2025-09-01\nG2,no,2025-09-01\nG3,yes,2025-09-01\nG5,yes,2025-09-01\nG7,yes,2025-09-01\n",
}
AUTHORS = {
    H: {"staff": "sam.tully@harbourside.example", "ceo": "olu.adebayo@harbourside.example",
        "head": "iris.penn@harbourside.example", "pe": "bilal.rashid@harbourside.example"},
    F: {"staff": "cath.lowther@fellside.example", "ceo": "maggie.thwaite@fellside.example",
        "head": "dan.oyelaran@fellside.example", "pe": "rhys.benning@fellside.example"},
}  # fmt: skip


def _profile(name: str, handle: str, bio: str) -> str:
    return f"Name: {name} | Handle: {handle} | Bio: {bio}"


@pytest.fixture(scope="module")
def analyzers(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Analyzer]:
    folder = tmp_path_factory.mktemp("fellside") / "org"
    folder.mkdir(parents=True)
    for name, content in FELLSIDE.items():
        (Path(folder) / name).write_text(content, encoding="utf-8")
    return {H: analyzer, F: Analyzer(Roster.from_orgdir(load_org(folder)))}


# (org, text, kind, audience, author) — author is a key of AUTHORS
CLEAN: list[tuple[str, str, str, str, str]] = [
    # --- everyday words that are pupils' names ---------------------------------------------------
    (H, "Fingers crossed for sunshine this weekend, I live in hope 🤞", "post", P, "staff"),
    (H, "Summer can't come soon enough. Three weeks of rain and counting ☔", "post", P, "staff"),
    (H, "Jack of all trades, master of none: that's me fixing the shed door", "post", P, "staff"),
    (H, "Poppy seeds in the garden are finally up 🌺 grandad would be chuffed", "post", P, "staff"),
    (H, "Let's be frank, nobody needs a fourth roast potato. I had five.", "post", P, "staff"),
    (H, "Said grace before tea at my mother-in-law's and nearly got the words wrong", "post", P, "staff"),
    (H, "Took the liberty of booking us a table at the Harbour Arms for Friday", "post", P, "staff"),
    (H, "Jumping jack flash, it's a gas gas gas 🎸 brilliant gig last night", "post", P, "staff"),
    (H, "Hope everyone has a restful half term, you've earned it", "post", P, "staff"),
    (H, "Summer holidays sorted: a week in Whitby and a lot of chips", "post", P, "staff"),
    (F, "Saw a robin on the bird table this morning. Made my whole day 🐦", "post", P, "staff"),
    (F, "Rain rain go away. Washing's been out three times and come back in wetter", "post", P, "staff"),
    (F, "Sheer joy: the new series of Bake Off starts tonight", "post", P, "staff"),
    (F, "Sunny spells forecast for Saturday so the barbecue is ON", "post", P, "staff"),
    (F, "A wren has built a nest in the hanging basket. Basket now out of bounds", "post", P, "staff"),
    (F, "Sweet dreams everyone, this teacher is in bed by nine", "post", P, "staff"),
    (F, "Ocean swim at Saltburn this morning, freezing but glorious 🌊", "post", P, "staff"),
    (
        F,
        "Pearl anniversary for my parents today. Thirty years of putting up with each other ❤️",
        "post",
        P,
        "staff",
    ),
    (F, "Amber warning for wind tomorrow, bring the bins in folks", "post", P, "staff"),
    (F, "Walked miles round the Lakes today, feet are ruined", "post", P, "staff"),
    (F, "Will someone please tell my cat that 5am is not breakfast time", "post", P, "staff"),
    (F, "Quick question: does anyone know a good place for brunch in Kendal?", "post", P, "staff"),
    (F, "Keep the faith, Carlisle fans. We go again on Saturday", "post", P, "staff"),
    (F, "Perfect harmony at choir rehearsal tonight, for once 🎶", "post", P, "staff"),
    (F, "Deer hunter spotted in the woods behind ours, the dog went wild", "post", P, "staff"),
    (F, "The marsh behind the reservoir is full of geese this week, worth a walk", "post", P, "staff"),
    (
        F,
        "Lake District in October never disappoints 🍂 [photo: Ullswater in autumn colours]",
        "post",
        P,
        "staff",
    ),
    (F, "Kemp Town in Brighton is brilliant for vintage shops if you're ever down south", "post", P, "staff"),
    (F, "Finished my first ever half marathon. Kept the pace quick for about a mile 😂", "post", P, "staff"),
    (F, "Teddy bears' picnic at our toddler group today, my youngest loved it", "post", P, "staff"),
    # --- firms, tradespeople, helplines and venues -----------------------------------------------
    (
        H,
        "Shout out to Coast Plumbing who came out at 10pm for our burst pipe. 01632 960441 if you need them",
        "post",
        P,
        "staff",
    ),
    (H, "Anyone need a window cleaner? Ours is reliable and cheap, Gary on 07700 900512", "post", P, "staff"),
    (
        H,
        "Samaritans are there day and night on 116 123. Look after each other this winter 💙",
        "post",
        P,
        "staff",
    ),
    (H, "Harbour Fish Bar on 01632 960778 do the best haddock in town, no contest", "post", P, "staff"),
    (
        H,
        "Big thanks to Marsden & Sons for sorting the boiler before the cold snap. Highly recommend",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Quiz night at the Anchor Inn, 22 Quay Street, this Thursday from 8. All welcome!",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "If anyone is after a reliable electrician, Priya at Brightside Electrical is brilliant, "
        "07700 900233",
        "post",
        P,
        "staff",
    ),
    (H, "The food bank at St Mark's, 4 Church Road, needs tins and nappies this week", "post", P, "staff"),
    (
        H,
        "Can't praise Dale enough, our new fence looks amazing. Dale's Fencing, 01632 960982",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Lost your cat? The vets on Station Road scan for chips free. They're on 01632 961004",
        "post",
        P,
        "staff",
    ),
    (F, "Recommend Fellview Taxis for airport runs, always on time. 01632 960555", "post", P, "staff"),
    (F, "NHS 111 is your friend at 2am with a feverish toddler, so grateful for them", "post", P, "staff"),
    (
        F,
        "Ring them on 01632 960316 to book, the farm shop does amazing Christmas hampers",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Brilliant gig at the Brewery Arts Centre, 122a Highgate, Kendal. Go if you get the chance",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Our builder has been a legend. Tell them Cath sent you: Beckside Builders, 07700 900818",
        "post",
        P,
        "staff",
    ),
    (F, "Childline is 0800 1111 for any young person who needs to talk. Please share", "post", P, "staff"),
    (F, "Order number 01632 960123 still hasn't arrived, three weeks on. Couriers, eh", "post", P, "staff"),
    (
        F,
        "Fantastic mechanic at Moss Garage, sorted my clutch for half what the dealer quoted. 01632 960710",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Dog groomer recommendation please! Ours has retired and Bramble looks like a yeti",
        "post",
        P,
        "staff",
    ),
    (F, "The parkrun starts at the Rugby Club, Mint Lane, at 9 sharp every Saturday", "post", P, "staff"),
    # --- self-mockery -----------------------------------------------------------------------------
    (H, "Wore odd shoes to work all day and nobody noticed until home time 🤦‍♀️", "post", P, "staff"),
    (
        H,
        "Confidently spelled 'necessary' wrong on the board in front of Year 3. Excellent modelling from "
        "me 🙈",
        "post",
        P,
        "staff",
    ),
    (H, "Locked myself out of my own classroom twice today. Twice. 🤦", "post", P, "staff"),
    (H, "Tried to use the interactive whiteboard and it tried to use me. It won.", "post", P, "staff"),
    (H, "My class now know I cannot draw a horse. It looks like a sofa with legs 😂", "post", P, "staff"),
    (
        F,
        "Put salt in my tea instead of sugar at break. Only noticed halfway down the mug 🤢🤦‍♂️",
        "post",
        P,
        "staff",
    ),
    (F, "Year 4 asked why my Christmas jumper was inside out. Fair question, kids.", "post", P, "staff"),
    (F, "I have three degrees and still can't fold a fitted sheet", "post", P, "staff"),
    (F, "Fell up the stairs in front of the whole of Year 6. Style and grace, that's me", "post", P, "staff"),
    (F, "Forgot my lanyard, my lunch and my laptop charger. Brain left on the sofa 🤦‍♀️", "post", P, "staff"),
    # --- praise, celebrations, congratulations (official accounts, pupils with consent) -----------
    (H, "Congratulations to Jack Lindqvist in Year 3 on his swimming certificate! 🏊", "post", PRO, "staff"),
    (
        H,
        "Well done Hope Barnes, our star of the week for kindness ⭐ [photo: Hope with her certificate]",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "Huge well done to Libby Mills (Y9) who has been selected for the county netball squad 🏐",
        "post",
        PRO,
        "pe",
    ),
    (
        H,
        "Poppy Achterberg read her story to the whole of Reception today. What a storyteller!",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "A massive thank you to Mrs Finch for running the Year 9 reading club all term 📚",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "Congratulations to Mr Rashid on completing the London Marathon for the hospital charity 🏃",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "Our Year 3s have been learning about the Romans and their shield designs are incredible [photo: "
        "painted cardboard shields on a display board]",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "So proud of Seacroft's debate team who reached the regional final. Brilliant arguing, all of you",
        "post",
        PRO,
        "pe",
    ),
    (
        H,
        "Welcome back everyone! Northgate's doors open at 8:40 on Wednesday. We can't wait to see you",
        "post",
        PRO,
        "head",
    ),
    (
        H,
        "Happy retirement to our wonderful cook Pat after 23 years of feeding Northgate 💐",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Congratulations to Robin Hartley in Year 6, winner of the Fellside poetry prize 🏆",
        "post",
        PRO,
        "staff",
    ),
    (
        F,
        "Well done Joy Kamara for reading 100 books this year! [photo: Joy with a stack of books]",
        "post",
        PRO,
        "staff",
    ),
    (F, "Archer Quick (Y9) played a blinder in the cup final. Player of the match 👏", "post", PRO, "pe"),
    (
        F,
        "Pearl Kingdon has been offered a place to study medicine. Proud doesn't cover it 🎓",
        "post",
        PRO,
        "pe",
    ),
    (F, "Albie Sweet and Sunny Patel were our sunflower champions this term 🌻", "post", PRO, "staff"),
    (F, "Miles Ogunleye has been elected head boy. Congratulations Miles!", "post", PRO, "pe"),
    (
        F,
        "Will Pascoe (Y13) secured an apprenticeship at the hospital estates team. Brilliant news",
        "post",
        PRO,
        "pe",
    ),
    (F, "Thank you to Mrs Karim and the science department for a fantastic STEM week 🔬", "post", PRO, "pe"),
    (
        F,
        "Year 4 have been sketching the Gillbeck waterfall. Budding artists, every one [photo: pencil "
        "drawings "
        "of a waterfall on a table]",
        "post",
        PRO,
        "staff",
    ),
    (
        F,
        "Tarnside Primary is delighted to welcome Mr Oyelaran's new Reception cohort this week",
        "post",
        PRO,
        "head",
    ),
    (H, "Congratulations to my sister on passing her driving test at the fourth go! 🚗", "post", P, "staff"),
    (H, "Massive congratulations to my best mate Grace on her wedding day 💍", "post", P, "staff"),
    (F, "So proud of my daughter, graduated today with a first in nursing 🎓", "post", P, "staff"),
    (F, "Congrats to the Fellside Harriers on a cracking relay at the fell race", "post", P, "staff"),
    (H, "Happy birthday to my wonderful colleague and friend, have the best day 🎂", "post", P, "staff"),
    # --- polite, firm replies to parents (school accounts) ---------------------------------------
    (
        H,
        "@karen_h82 Thanks for getting in touch. Please ring the school office so we can look into this "
        "properly",
        "comment",
        PRO,
        "head",
    ),
    (
        H,
        "@dad_of_three Thank you for your feedback. Uniform rules apply to all pupils; please speak to your "
        "child's tutor if there's a difficulty",
        "comment",
        PRO,
        "head",
    ),
    (
        H,
        "@mumof2boys We understand the frustration with the car park. Please use the drop-off zone on "
        "Quay Road from Monday",
        "comment",
        PRO,
        "staff",
    ),
    (
        F,
        "@northernlass We can't discuss individual pupils online, but Mrs Lowther would be happy to meet you "
        "after school",
        "comment",
        PRO,
        "staff",
    ),
    (
        F,
        "@g_parent Thanks for the kind words! We'll pass them on to the Year 4 team 😊",
        "comment",
        PRO,
        "staff",
    ),
    (
        F,
        "@tired_mum We're sorry the letter arrived late. The trip deadline has been moved to Friday",
        "comment",
        PRO,
        "head",
    ),
    (
        F,
        "@davej Term dates for next year are on the website under Parents. Any questions, the office can "
        "help",
        "comment",
        PRO,
        "staff",
    ),
    (
        F,
        "Reminder: school closes at 1:30 on Friday for the staff training day. Thank you for your patience",
        "post",
        PRO,
        "head",
    ),
    (
        H,
        "Please remember that the car park is for staff only. Thank you for helping keep everyone safe",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "To: Mrs Hodgson | Thank you for letting us know. I'll make sure Faith's class teacher has the "
        "message before tomorrow",
        "message",
        PRO,
        "staff",
    ),
    # --- sport, pets, own children, holidays -------------------------------------------------------
    (H, "What a goal! Three points and top of the league, get in 🔴⚪", "post", P, "staff"),
    (
        H,
        "Park run PB this morning, 24:31. The cake afterwards undid all the good work 🍰",
        "post",
        P,
        "staff",
    ),
    (H, "Our puppy has eaten my marking pen, a sock and half the garden. Send help 🐶", "post", P, "staff"),
    (H, "First day at nursery for my little one today. I cried more than she did", "post", P, "staff"),
    (H, "Half term sorted: caravan at Filey with the kids and far too many 2p machines", "post", P, "staff"),
    (
        H,
        "My son scored his first goal for the under 9s today. I was louder than every other parent",
        "post",
        P,
        "staff",
    ),
    (H, "Cricket tea at the village club was better than the cricket, as usual", "post", P, "staff"),
    (H, "Our cat Frankie has decided the laptop is his bed now", "post", P, "staff"),
    (H, "Rocco the rescue greyhound has settled in brilliantly. Sleeps 22 hours a day", "post", P, "staff"),
    (
        H,
        "Family holiday photo dump from Crete ☀️ [photo: my two boys jumping into a pool]",
        "post",
        P,
        "staff",
    ),
    (F, "Netball league final tonight. Wish us luck! 🏐", "post", P, "staff"),
    (
        F,
        "Brought the kids to the Lakes for the weekend and it's rained for 36 hours straight. Classic "
        "Cumbria",
        "post",
        P,
        "staff",
    ),
    (F, "The dog has discovered the beck and now refuses to come out of it 🐕", "post", P, "staff"),
    (
        F,
        "Took my eldest to see the Northern Lights. Well, a faint green smudge. She was thrilled",
        "post",
        P,
        "staff",
    ),
    (F, "Two weeks in Portugal with the family. Back to reality on Monday 🇵🇹", "post", P, "staff"),
    (F, "Our twins start secondary in September and I am not ready", "post", P, "staff"),
    (F, "Spent the day at the Rugby League and lost my voice shouting", "post", P, "staff"),
    (F, "Saturday jobs: mow the lawn, walk the dog, lose at Monopoly to a six-year-old", "post", P, "staff"),
    (F, "Hiking Helvellyn this weekend. Striding Edge or the easy way? Opinions please", "post", P, "staff"),
    (
        F,
        "Proper chuffed with my sourdough this week [photo: a loaf on the kitchen counter]",
        "post",
        P,
        "staff",
    ),
    # --- national politics, policy opinion --------------------------------------------------------
    (
        H,
        "Teacher recruitment is in crisis nationally and another review won't fix it. Pay people properly",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "The new national curriculum consultation closes Friday. Worth having your say, whatever your view",
        "post",
        P,
        "staff",
    ),
    (H, "Single-word Ofsted judgements never told parents much. Glad to see them gone", "post", P, "staff"),
    (
        H,
        "The DfE's new guidance on phones in schools is sensible but it'll need funding to work",
        "post",
        P,
        "staff",
    ),
    (H, "Whoever wins the election, SEND funding has to be top of the list", "post", P, "staff"),
    (
        F,
        "Free school meals for all primary children would be the best money this government ever spent",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "The teachers' pay award is below inflation again. Nationally this isn't sustainable",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Interesting read on the four-day week for schools. Not sure it would work, but worth the debate",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Ministers keep promising more mental health support teams. I'll believe it when I see it nationally",
        "post",
        P,
        "staff",
    ),
    (F, "Voted this morning. Whoever you back, just use your vote 🗳️", "post", P, "staff"),
    # --- outside bodies -------------------------------------------------------------------------
    (
        H,
        "The council still hasn't fixed the pothole on Marine Drive. It's basically a pond now",
        "post",
        P,
        "staff",
    ),
    (H, "Northern Rail cancelled my train AGAIN. Third time this week 🙄", "post", P, "staff"),
    (H, "Bin collection missed for the second week running. Come on council", "post", P, "staff"),
    (H, "Roadworks on the A19 for another six months apparently. Brilliant.", "post", P, "staff"),
    (
        F,
        "Energy company sent me a bill for £0.00 and a letter threatening to cut me off for not paying it",
        "post",
        P,
        "staff",
    ),
    (F, "Ninety minutes on hold to the bank. The hold music is now my personality", "post", P, "staff"),
    (F, "The bypass consultation is a joke, the council have clearly already decided", "post", P, "staff"),
    (F, "Water company pumping sewage into the river again. Absolutely disgraceful", "post", P, "staff"),
    (F, "Broadband down for the third day. Cheers, internet provider 🙃", "post", P, "staff"),
    (
        H,
        "Delivery driver left my parcel in the wheelie bin. Creative, I'll give him that",
        "post",
        P,
        "staff",
    ),
    # --- news already announced ---------------------------------------------------------------
    (
        H,
        "As announced by the trust this morning, Maple Bank Academy will join the Harbourside family in "
        "September. Exciting times",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Delighted for Mrs Penn, whose new role as executive head was announced to parents today",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Great to see the trust's press release about the new sixth form block. Fellside is growing!",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Now it's been announced: our head is retiring at Easter. We'll miss him hugely ❤️",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Sharing the trust's official announcement about the new partnership with the college [link: "
        "fellside.example/news]",
        "post",
        P,
        "staff",
    ),
    # --- credited resources ---------------------------------------------------------------------
    (
        H,
        "Brilliant fractions resource from @MathsMrsK, used it today with permission and it worked a treat",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Sharing this lovely reading display idea, credit to @primary_ideas who made it [image: a display "
        "of book spines]",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "This thread on retrieval practice by @learningscientist is worth ten INSET days",
        "post",
        P,
        "staff",
    ),
    (F, "Made my own phonics flashcards this weekend, free to use if anyone wants them", "post", P, "staff"),
    (F, "Using the free Oak National lessons for our Vikings topic, they're great", "post", P, "staff"),
    (
        F,
        "Reposting with the author's permission: a fab guide to supporting anxious children [link: "
        "anxiouskids.example/guide]",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Photo by my brother, used with his permission 📸 [photo: sunrise over Derwentwater]",
        "post",
        P,
        "staff",
    ),
    # --- profiles ------------------------------------------------------------------------------
    (
        H,
        _profile("Sam T", "@samtully_runs", "Dad, runner, terrible gardener. Views my own."),
        "profile",
        P,
        "staff",
    ),
    (
        H,
        _profile("Bilal R", "@coach_b", "PE teacher and rugby nut. Views are my own, not my employer's."),
        "profile",
        P,
        "pe",
    ),
    (H, _profile("Jo", "@jo_bakes", "Baking, books and a very spoilt spaniel"), "profile", P, "staff"),
    (
        H,
        _profile(
            "Mrs T Wilde",
            "@tess_reads",
            "TA. Sharing reading ideas. All views my own and not those of my employer",
        ),
        "profile",
        P,
        "staff",
    ),
    (
        H,
        _profile(
            "Northgate Primary",
            "@NorthgatePri",
            "Official account of Northgate Community Primary, part of Harbourside Schools Partnership",
        ),
        "profile",
        PRO,
        "head",
    ),
    (
        H,
        _profile(
            "Seacroft PE", "@SeacroftPE", "Official account of the PE department at Seacroft High School"
        ),
        "profile",
        PRO,
        "pe",
    ),
    (
        F,
        _profile("Cath L", "@cath_outdoors", "Fell walker, wild swimmer, cake enthusiast 🏔️"),
        "profile",
        P,
        "staff",
    ),
    (
        F,
        _profile(
            "Rhys Benning",
            "@rbenning_geog",
            "Geography teacher. Maps, rivers and rocks. Opinions are my own, not my employer's",
        ),
        "profile",
        P,
        "pe",
    ),
    (
        F,
        _profile(
            "Tarnside Year 4",
            "@TarnsideY4",
            "Official class account of Year 4 at Tarnside Primary, run by staff",
        ),
        "profile",
        PRO,
        "staff",
    ),
    (F, _profile("Nadia K", "@nadia_k", "Scientist, mum of two, Leeds Rhinos fan"), "profile", P, "staff"),
    (
        F,
        _profile("Maggie Thwaite", "@MThwaiteCEO", "CEO, Fellside Learning Partnership. Views my own"),
        "profile",
        P,
        "ceo",
    ),
    (H, _profile("Olu", "@olu_cooks", "Cooking, cycling and Crystal Palace"), "profile", P, "ceo"),
    # --- press passed on, the CEO speaking ------------------------------------------------------
    (
        H,
        "To: Dan Price (Coast Gazette) | Thanks for getting in touch. I'm not able to comment, but the "
        "trust's "
        "press office will be happy to help",
        "message",
        P,
        "staff",
    ),
    (
        H,
        "@CoastNewsDesk Thanks for asking. Please contact our press office, they deal with all media "
        "enquiries",
        "comment",
        P,
        "staff",
    ),
    (
        H,
        "Spoke to the Coast Gazette this morning about our new sixth form. Proud of everyone at Seacroft",
        "post",
        P,
        "ceo",
    ),
    (H, "Happy to talk to any journalist about our results day, DM me", "post", P, "ceo"),
    (
        F,
        "To: Sue Marr (Cumbria Herald) | Hi Sue, media enquiries go through the trust's central office. "
        "Best wishes",
        "message",
        P,
        "staff",
    ),
    (
        F,
        "Great to chat to BBC Radio Cumbria about the partnership's reading project this morning",
        "post",
        P,
        "ceo",
    ),
    (F, "Nice to see the Westmorland Gazette covering the village fete. Great photos", "post", P, "staff"),
    (F, "Read a great piece in the Guardian about rural schools this morning", "post", P, "staff"),
    (F, "Listening to Radio 4 on the drive in. Good discussion on reading for pleasure", "post", P, "staff"),
    (
        F,
        "The local paper has a brilliant feature on the new library opening. Worth a read",
        "post",
        P,
        "staff",
    ),
    # --- work, warmly or neutrally ------------------------------------------------------------------
    (H, "Parents' evening done. Lovely to meet so many families who care so much 💙", "post", P, "staff"),
    (H, "Love my job. Year 3 made me a card for my birthday and I'm not crying, you are", "post", P, "staff"),
    (H, "Best part of teaching: the moment it clicks. Had three of those today", "post", P, "staff"),
    (H, "Proud to work at Northgate. What a team", "post", P, "staff"),
    (H, "INSET day done, lots of ideas on oracy to try next week", "post", P, "staff"),
    (H, "New term, new pencil case. Some things never change 😄", "post", P, "staff"),
    (H, "Off on residential with Year 6 next week, wish me luck and sleep!", "post", P, "staff"),
    (H, "Marking done, dinner in the oven, feet up. Friday feeling", "post", P, "staff"),
    (
        H,
        "So grateful to my mentor for all her support this year. Couldn't have done it without you",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Our head's assembly on kindness today was brilliant. Lots of the kids were talking about it at "
        "lunch",
        "post",
        P,
        "staff",
    ),
    (F, "Staff choir sang at the Christmas fair and nobody asked us to stop. Progress!", "post", P, "staff"),
    (
        F,
        "Sports day went ahead in glorious sunshine. Sun cream applied, egg and spoon survived",
        "post",
        P,
        "staff",
    ),
    (F, "First week at Tarnside done. Everyone's been so welcoming", "post", P, "staff"),
    (F, "Twenty years in teaching this September. Still love it", "post", P, "staff"),
    (
        F,
        "Reading week at school and I've read The Gruffalo eleven times. Still a masterpiece",
        "post",
        P,
        "staff",
    ),
    (F, "Nothing beats the sound of a class silently reading after lunch 📚", "post", P, "staff"),
    (F, "Training for the trust's charity fell run. Anyone want to sponsor me?", "post", P, "staff"),
    (F, "Really useful meeting on the new reading scheme today. Excited to get started", "post", P, "staff"),
    (F, "Big thanks to our site team who had the heating back on by 8am ❄️", "post", P, "staff"),
    (F, "Open evening at Gillbeck on Thursday. Come and see us!", "post", P, "staff"),
    (
        F,
        "Quick shout out to the dinner ladies, who served 400 Christmas dinners with a smile 🎄",
        "post",
        P,
        "staff",
    ),
    (F, "Had a lovely chat with a former pupil in Tesco. He's a paramedic now!", "post", P, "staff"),
    (
        F,
        "Year 5 trip to the Roman fort today. We came home with everyone and most of the packed lunches",
        "post",
        P,
        "staff",
    ),
    # --- messages, comments among friends ----------------------------------------------------------
    (H, "To: Jo Finch | Are we still on for coffee Saturday? My treat ☕", "message", P, "staff"),
    (H, "To: Mum | Home about six, can you put the oven on please", "message", P, "staff"),
    (H, "@sarah_lou Happy birthday lovely! Have the best day 🎉", "comment", P, "staff"),
    (H, "@big_dave_k Brilliant photos mate, where was that?", "comment", P, "staff"),
    (H, "@harbour_wanderers Count me in for Sunday's walk!", "comment", P, "staff"),
    (F, "To: Beth | Can you grab milk on the way home? Ta x", "message", P, "staff"),
    (F, "@lakeland_lass Gorgeous! Is that Buttermere?", "comment", P, "staff"),
    (F, "@cumbria_runners See you at the start line, I'll be the one at the back", "comment", P, "staff"),
    (
        F,
        "To: Uncle Pete | Thanks for the birthday card, the money's going on walking boots",
        "message",
        P,
        "staff",
    ),
    (F, "@kendal_bakes That lemon drizzle looks unreal 😍", "comment", P, "staff"),
    # --- more traps: places, numbers, times, scores ---------------------------------------------------
    (H, "Final score 3-2. Kick off was 10:30 and we were home by one", "post", P, "staff"),
    (
        H,
        "Meet at the Quay Street car park at 9.15 for the charity walk, 12 miles round trip",
        "post",
        P,
        "staff",
    ),
    (H, "Reading the Jack Reacher books back to back this summer. No regrets", "post", P, "staff"),
    (H, "Amazing Grace on the bagpipes at Grandad's funeral. There wasn't a dry eye", "post", P, "staff"),
    (H, "Poppy appeal tin is on the staffroom table if anyone wants to give", "post", P, "staff"),
    (H, "Summer fair raised £1,240 for the hospice! Thank you to everyone who baked", "post", P, "staff"),
    (F, "Staying at a lovely B&B in Keswick for our anniversary, 10/10 would recommend", "post", P, "staff"),
    (F, "We're at the Hartley Arms for Sunday lunch if anyone fancies joining", "post", P, "staff"),
    (F, "Robin Hood's Bay was heaving today. Worth it for the fish and chips", "post", P, "staff"),
    (F, "Blake's 7 reruns on the telly, I am twelve again", "post", P, "staff"),
    (
        F,
        "Finished the Sweet Valley High series I found in a charity shop. Peak nostalgia",
        "post",
        P,
        "staff",
    ),
    (F, "Marsh Lane is closed for resurfacing all week, use the bypass", "post", P, "staff"),
    (F, "Will Young was on at the arena last night and he was fantastic", "post", P, "staff"),
    (F, "Harmony Korine films are not for a Tuesday night, I've learnt", "post", P, "staff"),
    (F, "The Quick Brown Fox café does the best scones in Cumbria", "post", P, "staff"),
    (F, "Hunter wellies on, dog lead in hand, off up the fell", "post", P, "staff"),
    (F, "Pearl Jam tickets booked for June 🎸", "post", P, "staff"),
    (F, "Faith No More on the radio and I'm seventeen again", "post", P, "staff"),
    (F, "Ocean Colour Scene in the van all the way to Whitby 🎶", "post", P, "staff"),
    (F, "Amber and Ruby, our two hens, laid their first eggs today! 🐔", "post", P, "staff"),
    (F, "Miles Davis on the record player and a mug of tea. Perfect Sunday", "post", P, "staff"),
    (F, "Great day out at the Lake Windermere steamers museum with the grandkids", "post", P, "staff"),
    (F, "Joy Division documentary on BBC Four tonight, set a reminder", "post", P, "staff"),
    (
        F,
        "My grandson Robin turned four today and wants to be a dinosaur when he grows up",
        "post",
        P,
        "staff",
    ),
    (F, "Our dog Archer has learnt to open the fridge. We are doomed", "post", P, "staff"),
    (F, "My niece Wren has started at uni in Glasgow. So proud of her 💜", "post", P, "staff"),
    (F, "Sunny day in Ambleside, ice cream in hand, no complaints", "post", P, "staff"),
    # --- professional notices ----------------------------------------------------------------------
    (
        H,
        "Northgate's summer fair is on Saturday 12th from 11 till 2. Tombola, cakes and a bouncy castle!",
        "post",
        PRO,
        "head",
    ),
    (H, "Our school office number is 01632 960400 for any attendance queries", "post", PRO, "head"),
    (
        H,
        "The PTA raised £3,000 for new playground equipment. Thank you to every family who helped",
        "post",
        PRO,
        "head",
    ),
    (
        H,
        "Year 3 are learning about the water cycle this half term. Ask your child what evaporation means!",
        "post",
        PRO,
        "staff",
    ),
    (
        H,
        "A reminder that flu vaccinations for Reception to Year 6 are on Tuesday. Consent forms to the "
        "office "
        "please",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Tarnside's harvest festival collection goes to the local food bank this year. Tins to the office "
        "please",
        "post",
        PRO,
        "head",
    ),
    (F, "Gillbeck High's GCSE results day is Thursday 21st, from 9am in the main hall", "post", PRO, "pe"),
    (
        F,
        "Today Year 6 visited the Quaker meeting house as part of their RE topic [photo: the outside of the "
        "meeting house]",
        "post",
        PRO,
        "staff",
    ),
    (
        F,
        "Applications for Reception places close on 15 January. Details on the council website",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Well done to all our Year 11s on their mock exams. Keep going, the finish line is in sight!",
        "post",
        PRO,
        "pe",
    ),
    (
        F,
        "We're hiring! Gillbeck High is looking for a teacher of maths from September. Details on our "
        "website",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Our science department has been shortlisted for a national STEM award 🔬 Congratulations Mrs Karim "
        "and team",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "School photos are on Wednesday. Please make sure your child is in full uniform",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Congratulations to Sunny Patel and Joy Kamara, our Year 2 and Year 5 reading champions 📖",
        "post",
        PRO,
        "staff",
    ),
    (
        F,
        "Thank you to the Rotary Club for the generous donation of dictionaries to Year 3",
        "post",
        PRO,
        "head",
    ),
    # --- second hunt: adult news, friends' health, own children in uniform, relatives' numbers, news
    # accounts replied to about everyday things, announcements told to parents ---------------------
    (F, "Congratulations Will and Sarah on your engagement! Knew he'd ask eventually 💍", "post", P, "staff"),
    (F, "Well done to my friend Joy who ran her first 10k today, proud of you!", "post", P, "staff"),
    (
        H,
        "Thinking of my best friend today, she's starting chemo on Monday. Love you Em ❤️",
        "post",
        P,
        "staff",
    ),
    (H, "Mum's in hospital for her hip operation, all went well. Thank you NHS 💙", "post", P, "staff"),
    (
        H,
        "First day of Year 1 for my youngest! [photo: my daughter in her school uniform at our front door]",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Back to school for my two today [photo: my son and daughter in uniform by the gate]",
        "post",
        P,
        "staff",
    ),
    (H, "Accepted my nephew's friend request. Now he'll see all my bad holiday photos", "post", P, "staff"),
    (
        F,
        "Me in my Carlisle United shirt at the match [photo: me wearing the club shirt with the crest]",
        "post",
        P,
        "staff",
    ),
    (F, "Thought I'd been clever buying 'low maintenance' plants. They've all died. 🤦‍♀️", "post", P, "staff"),
    (F, "Our 'quick' walk turned into a four hour fell epic. My legs have left the chat", "post", P, "staff"),
    (H, "Another Monday, another flat tyre. Living the dream 🙃", "post", P, "staff"),
    (H, "Rain again. Classic British summer", "post", P, "staff"),
    (F, "So proud of my little girl Wren, she's swum her first length today 🏊", "post", P, "staff"),
    (H, "My Year 6 daughter has just got her SATs results and I'm so proud of her", "post", P, "staff"),
    (
        H,
        "Spent half term redecorating. Never again. Paint in places paint should never be",
        "post",
        P,
        "staff",
    ),
    (H, "Why does nobody tell you that toddlers don't sleep? Asking for me.", "post", P, "staff"),
    (H, "Who thought putting pineapple on pizza was a good idea? Fight me 🍍", "post", P, "staff"),
    (F, "The council's new bin rota is a shambles, three weeks and no collection", "post", P, "staff"),
    (F, "Parking at the hospital is a nightmare. Circled for 40 minutes for my scan", "post", P, "staff"),
    (F, "Kids' football: I've become that dad shouting on the touchline. Sorry, ref", "post", P, "staff"),
    (
        H,
        "My husband's new phone number is 07700 900461, he's lost all his contacts so text him",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Harbour Physio sorted my back in two sessions. Ring them on 01632 960551, you won't regret it",
        "post",
        P,
        "staff",
    ),
    (F, "Selling our old cot, free to a good home. Collection from Kendal, message me", "post", P, "staff"),
    (F, "The Lakeside Hotel does an amazing afternoon tea, treated Mum for her birthday", "post", P, "staff"),
    (
        F,
        "We're in Keswick for the weekend, staying at a lovely little cottage with the dog",
        "post",
        P,
        "staff",
    ),
    (H, "Off on residential with Year 6 next week! Packing list is longer than my arm", "post", P, "staff"),
    (
        H,
        "Just back from the Year 6 residential. Slept for 14 hours. Best week of the year",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Great to bump into an ex-colleague at the farmers' market. She's now running a bakery!",
        "post",
        P,
        "staff",
    ),
    (H, "Watched the Ofsted documentary last night. Interesting, if a bit one-sided", "post", P, "staff"),
    (
        F,
        "Ofsted's new report cards are an improvement, though I'm not sure parents will read them",
        "post",
        P,
        "staff",
    ),
    (F, "Nobody told me parenting a teenager would involve so much taxi driving 🚗", "post", P, "staff"),
    (
        H,
        "The train was cancelled so I've been working from the café. Best latte in Harbourside",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Lovely Christmas party with the staff last night. Secret Santa got me a rubber duck",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "My Year 4s made me laugh so hard today. They asked if I was alive when dinosaurs were",
        "post",
        P,
        "staff",
    ),
    (
        H,
        "Honestly can't believe how fast this year has gone. Proud of every single one of my class",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Happy birthday to the best head of science in Cumbria! Have a great day Nadia 🎂",
        "post",
        P,
        "staff",
    ),
    (H, "Lost my voice after the choir concert. The kids think it's hilarious", "post", P, "staff"),
    (F, "Charlie from Quick Fix Plumbing is a legend. 07700 900123, ask for Charlie", "post", P, "staff"),
    (
        F,
        "Faith, hope and charity: the three things needed to get through a Cumbrian winter",
        "post",
        P,
        "staff",
    ),
    (F, "Robin and Marian are the best neighbours anyone could ask for 🏡", "post", P, "staff"),
    (F, "Hunter's moon tonight, absolutely stunning over the fells", "post", P, "staff"),
    (F, "Archer's bakery in Penrith still does the best custard slices", "post", P, "staff"),
    (F, "Stuck behind a tractor on the A66 for twenty minutes. Rural life", "post", P, "staff"),
    (H, "Grace and Frankie is my new comfort watch on Netflix", "post", P, "staff"),
    (H, "Rocco's pizzeria on the seafront, 10/10, go hungry", "post", P, "staff"),
    (F, "@lakes_kitchen Best Sunday roast I've had in years, we'll be back!", "comment", P, "staff"),
    (
        H,
        "Proud to have been part of the team that organised the Seacroft fun run. Over £2k raised!",
        "post",
        P,
        "staff",
    ),
    (F, "I've been made Head of Geography from September! Can't quite believe it 🥳", "post", P, "staff"),
    (
        F,
        "Delighted to share that I'm joining Gillbeck High as deputy head in January, as announced today",
        "post",
        P,
        "staff",
    ),
    (F, "Our head is leaving at Easter, the trust told parents today. Big shoes to fill", "post", P, "staff"),
    (
        H,
        "Free phonics games here, all made by me, help yourselves [link: samsphonics.example]",
        "post",
        P,
        "staff",
    ),
    (H, "Loving this lesson plan from the Oak National site, credit to their team 👏", "post", P, "staff"),
    (F, "To: Nadia Karim | Thanks for covering my duty today, I owe you a brew ☕", "message", P, "staff"),
    (F, "To: Rhys | Are you doing the staff five-a-side on Thursday?", "message", P, "staff"),
    (
        H,
        "@CoastGazette Lovely photos of the harbour festival, well done to the organisers",
        "comment",
        P,
        "staff",
    ),
    (F, "Interviewed on Radio Cumbria about the new reading scheme across our schools", "post", P, "ceo"),
    (F, "Happy to chat to any reporter about our partnership's results, drop me a line", "post", P, "ceo"),
    # --- third hunt: everyday words that are pupils' names on school accounts (weather, class names,
    # topics, idioms), praise slang, health notices to families, warm work posts --------------------
    (
        F,
        "Year 4 had a brilliant day at the beach, even if the rain did its best to spoil it! ☔",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Rain stopped play at Year 6 sports day, so we finished in the hall. Well done everyone!",
        "post",
        PRO,
        "head",
    ),
    (F, "Well done Year 8 on your ocean plastics project, the display is stunning 🌊", "post", PRO, "head"),
    (F, "Year 9 have written beautiful poems about hope and harmony for Remembrance 🌺", "post", PRO, "head"),
    (F, "Amber class have been learning about autumn leaves this week 🍂", "post", PRO, "head"),
    (F, "Wren class made bird feeders for the school garden! Well done all", "post", PRO, "head"),
    (
        F,
        "Teddy bears' picnic for Reception on Friday! Please send your child in with a teddy 🧸",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Faith week in Year 5: we visited a church, a mosque and a gurdwara. Thank you to all our hosts",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Our Year 10 geographers braved the rain on the river Kent fieldwork. Proud of you all",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Hunter-gatherers topic in Year 3 this half term! Ask your child about Stone Age tools",
        "post",
        PRO,
        "head",
    ),
    (F, "Year 7 smashed it at the maths challenge today, absolute legends 🔥", "post", PRO, "head"),
    (F, "Our netball team killed it in the final! What a performance 👏", "post", PRO, "head"),
    (F, "Year 11, you were savage in that quiz. Well played! 😂", "post", PRO, "head"),
    (F, "Sweet treats at the Year 2 cake sale raised £180 for the hospice. Thank you!", "post", PRO, "head"),
    (
        F,
        "A quick reminder that Year 6 SATs start on Monday. Please make sure your child gets a good "
        "night's sleep",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Miles of smiles at the Year 1 sponsored walk today! Thank you for all the sponsorship 🚶",
        "post",
        PRO,
        "head",
    ),
    (F, "Will all Year 12 parents please return the university trip forms by Friday", "post", PRO, "head"),
    (
        F,
        "Year 9 will be learning about the Blake poems this term, starting with The Tyger",
        "post",
        PRO,
        "head",
    ),
    (F, "Sunny skies for Year 2's trip to the farm today! ☀️", "post", PRO, "head"),
    (F, "Joy all round as Year 5 won the inter-school quiz 🏆", "post", PRO, "head"),
    (F, "Robin redbreast spotted on the Year 6 bird watch! 🐦", "post", PRO, "head"),
    (F, "Pearl Harbor, the Blitz and D-Day: Year 9's history topic this term", "post", PRO, "head"),
    (
        F,
        "Lake District residential for Year 6 was a triumph. Thank you to all staff who gave up their week",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "We were sorry to hear one of our lunchtime supervisors is retiring. Thank you for 20 years, Pat!",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Flu season is here. If your child has a temperature, please keep them at home for 48 hours",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Reminder: headlice are doing the rounds in Year 3. Please check your child's hair this weekend",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "Please do not park on the zig-zags. It is dangerous and we will report repeat offenders to the "
        "police",
        "post",
        PRO,
        "head",
    ),
    (
        F,
        "@angry_parent_99 We're sorry you feel that way. Please contact the office so the head can discuss "
        "your concerns",
        "comment",
        PRO,
        "head",
    ),
    (
        F,
        "Our thoughts are with the family of former pupil Sam Jones, who passed away last week",
        "post",
        PRO,
        "head",
    ),
    (F, "Year 6 residential next week. Wish me luck and bring me coffee", "post", P, "staff"),
    (F, "Excited to see my Year 4s tomorrow after the holidays! Rain or shine", "post", P, "staff"),
    (F, "Harmony in the staffroom at last: we've got a new kettle", "post", P, "staff"),
    (F, "Proud of my Year 6s today, they behaved impeccably on the trip to the museum", "post", P, "staff"),
    (F, "My Year 9s were a joy to teach today. Genuinely", "post", P, "staff"),
    (
        F,
        "Had to be the bad guy with Year 10 today. Hate giving detentions but sometimes you have to",
        "post",
        P,
        "staff",
    ),
    (F, "Marking 90 books this weekend. Send biscuits 🍪", "post", P, "staff"),
    (F, "Parents' evening till 8 tonight. Tired but lovely to see so many families", "post", P, "staff"),
    (F, "Inset day tomorrow, then back to it. Looking forward to seeing my class", "post", P, "staff"),
    (F, "Staff five-a-side tonight. My knees will not forgive me", "post", P, "staff"),
    (F, "The new SLT are brilliant, feel really supported this term", "post", P, "staff"),
    (F, "Lovely to see our head in the playground every morning. Makes a difference", "post", P, "staff"),
    (F, "Today my Year 3s asked if I'm a hundred. I'm 34 😂", "post", P, "staff"),
    (
        F,
        "My tutor group made me a card for my wedding! Hope they know how much it meant 💕",
        "post",
        P,
        "staff",
    ),
    (
        F,
        "Sad to leave Tarnside after ten years but excited for my new job, as announced to families today",
        "post",
        P,
        "staff",
    ),
    (H, "Hope the Year 11s smash their exams. Rooting for every one of them", "post", P, "staff"),
    (F, "Can't believe it's the last week of term. Where did the year go?", "post", P, "staff"),
    (F, "Staff panto rehearsals are going about as well as you'd expect 🎭", "post", P, "staff"),
    (F, "My classroom plant has survived a whole term. Miracles do happen 🌱", "post", P, "staff"),
    (
        F,
        "If you see a tired teacher in Tesco on a Friday, be kind. It's been a long week 😂",
        "post",
        P,
        "staff",
    ),
]


@pytest.mark.parametrize(("org", "text", "kind", "audience", "author"), CLEAN, ids=lambda v: None)
def test_clean_everyday_draft(analyzers, org, text, kind, audience, author):
    result: Result = analyzers[org].analyze(
        DraftInput(text=text, kind=kind, audience=audience, author=AUTHORS[org][author])
    )
    assert not result.findings, [(f.clause, f.code, f.evidence) for f in result.findings]


def test_at_least_two_hundred_clean_drafts():
    assert len(CLEAN) >= 200
    assert len({text for _, text, *_ in CLEAN}) == len(CLEAN)
