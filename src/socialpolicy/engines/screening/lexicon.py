"""Concept lexicons: the words and phrases the rules look for, grouped by what they mean.

Each entry is a concept (an insult, a sensitive health fact, a secrecy cue), never a sentence
from any example set. Kept apart from the rules so they can be reviewed and extended as data.
"""

from __future__ import annotations

import re

from socialpolicy.engines.screening.prefilter import Lexicon, words

__all__ = ["Lexicon", "words"]  # and the lexicons below

YEAR_GROUP = r"(?:year\s?\d{1,2}|y\d{1,2}|yr\s?\d{1,2}|p[1-7](?= class|s\b| pupils?| kids| weans| bairns))s?"
# Words that make a class, set or group a school one ("my maths set", "our top set", "my Y9 group").
SCHOOL_QUALIFIER = (
    r"maths?|english|science|history|geography|french|spanish|german|art|music|pe|re|rs|drama|dt|computing|"
    r"biology|chemistry|physics|phonics|reading|guided reading|spelling|writing|intervention|booster|nurture|"
    r"top|bottom|middle|lower|higher|foundation|set \d|gcse|a-?level|btec|ks\d|sen|eal|catch-up|revision|"
    r"reception|tutor|form|" + YEAR_GROUP
)

# --- pupils -----------------------------------------------------------------------------------

# Words near a first name that make it a pupil rather than an everyday word or a friend.
PUPIL_CONTEXT = words(
    r"(?:in |from )?(?:my|our|the) (?:class|form|tutor group|set)",
    r"in class",
    r"pupils?",
    r"students?",
    r"learners?",
    YEAR_GROUP,
    r"reception",
    r"nursery",
    r"star of the (?:day|week|month|term)",
    r"(?:player|pupil|student|reader|writer|mathematician|scientist) of the "
    r"(?:day|week|month|term|season|match)",
    r"well done",
    r"congratulations",
    r"congrats",
    r"proud of",
    r"(?:head(?:teacher)?'?s?|class) award",
    r"merit",
    r"school council",
    r"house points?",
    r"first chapter book",
    r"in (?-i:(?:[1-9]|1[0-3])[A-JL-Z][A-Z0-9]?)",
    r"sats",
    r"gcses?",
    # "Rocco in my maths set", "from our top set", "in my Y9 group", "in my phonics group"
    r"(?:in|from) (?:my|our) (?:" + SCHOOL_QUALIFIER + r") (?:[\w-]+ )?"
    r"(?:class(?:es)?|sets?|groups?|lessons?)",
    r"in (?:my|our|today'?s|this morning'?s|this afternoon'?s) lessons?",
)
# A first name used as the everyday word it also is: "Hunter-gatherers", "Wren class", "Faith week",
# "Teddy bears' picnic", "Rain stopped play" (the words right after the name).
NAME_AS_WORD_AFTER = re.compile(
    r"(?:-[a-z]|['’]?\s+(?:class(?:es)?|group|week|day|term|topic|house|room|bears?['’]?|stopped|season|skies|"
    r"spells|showers|forecast|or shine|and shine|redbreast|gatherers?|harbou?r|jam|division|colour)\b)"
)
# "Hope the Year 11s smash it", "Will all parents…": a name that is also a verb, used as one.
VERB_NAME_AFTER = re.compile(
    r"\s+(?:the|you|everyone|everybody|all|to|that|we|it|so|your|our|they|this|he|she|i|my)\b", re.IGNORECASE
)
VERB_NAMES = frozenset({"hope", "will", "may", "mark", "pat", "rob", "sue"})
# Praise cues that make a first name a pupil's only when the news could be a pupil's.
PRAISE_CUE = re.compile(r"well done|congratulations|congrats|proud of", re.IGNORECASE)
ADULT_NEWS = words(
    r"engage(?:d|ment)",
    r"wedding",
    r"married",
    r"newlyweds?",
    r"hen (?:do|party)",
    r"stag (?:do|party)",
    r"new baby",
    r"baby (?:boy|girl|news)",
    r"(?:the )?(?:birth|arrival) of",
    r"retire(?:ment|d|s)?",
    r"retiring",
    r"(?:silver|golden|ruby|pearl|wedding) anniversary",
    r"anniversary",
    r"promotion",
    r"promoted",
    r"mortgage",
    r"(?:new|first) (?:house|home|job)",
    r"keys to",
)
# The author's relative, friend or pet: "my niece Summer", "our dog Jack", "Grace (my goddaughter)"
# ("her son Jack in my class" is a pupil: only the author's own count).
_KIN = (
    r"(?:(?:little|big|baby|twin|eldest|oldest|youngest|middle|gorgeous|beautiful|lovely|darling|clever|best|"
    r"dear|old|new|step|wee|favourite|great|god)[ -]?)*"
    r"(?:niece|nephew|son|daughter|grand(?:son|daughter|child|kid|baby)|godson|goddaughter|godchild|cousin|"
    r"sister|brother|sis|bro|boy|girl|kid|child|baby|bairn|wean|friend|mate|pal|bestie|bff|neighbou?r|"
    r"partner|"
    r"husband|wife|hubby|fianc[eé]e?|boyfriend|girlfriend|other half|mum|mam|mom|dad|nan|nana|nanna|"
    r"gran|granny|"
    r"grandad|grandma|grandpa|aunt|auntie|aunty|uncle|dog|puppy|pup|cat|kitten|pony|horse|rabbit|bunny|"
    r"hamster|guinea pig|tortoise|budgie|goldfish)(?:[ -]in[ -]law)?"
)
KIN_ANY = re.compile(r"\b(?:my|our) " + _KIN + r"\b", re.IGNORECASE)
# "she's", "his mum": a person only by pronoun, who may be anyone the sentence is about.
PRONOUN_PERSON = re.compile(r"(?:he|she|his|her|their|your)\b", re.IGNORECASE)
KIN_BEFORE = re.compile(r"\b(?:my|our) " + _KIN + r"[,:]?\s*$", re.IGNORECASE)
KIN_AFTER = re.compile(r"^\s*(?:,|\(|[–—-])?\s*(?:my|our) " + _KIN + r"\b", re.IGNORECASE)
# Groups of pupils, used when pupils are described rather than named.
PUPIL_GROUP = words(
    # a form group such as 10H ("if you're in 10H"), not "in 4K"
    r"(?:you'?re|are|anyone|pupils?|students?) (?:in|from) (?-i:(?:[1-9]|1[0-3])[A-Z][A-Z0-9]?)",
    r"pupils?",
    r"students?",
    r"learners",
    YEAR_GROUP,
    r"my (?:class|form|tutor group|set)",
    r"(?:any|all) (?:of )?(?:my|our) (?:class|form|tutees|tutor group)",
    r"the kids (?:in|from) my class",
    r"sixth ?formers?",
    r"year groups?",
    r"reception (?:children|class)",
)
# Captions that show pupils in a picture.
PICTURED_PUPILS = words(
    r"pupils?",
    r"students?",
    r"learners",
    r"(?:the |my |our )?class(?:es)?",
    r"children",
    r"kids",
    YEAR_GROUP,
    r"reception",
    r"nursery",
    r"(?:school|team) (?:kit|uniform|jumpers?|hoodies?|blazers?)",
    r"uniforms?",
    r"sixth ?formers?",
    r"boys",
    r"girls",
    r"(?:rugby|football|netball|hockey|cricket|debate|chess|relay|athletics|swimming) (?:team|squad|club)",
    r"tutor group",
    r"form group",
    r"leavers",
    r"choir",
)
# Pictures of the author's own family are not pupils.
_FAMILY_COUNT = (
    r"(?:(?:own|two|three|four|five|2|3|4|5|little|wee|eldest|youngest|oldest|middle|lovely|gorgeous|mad|"
    r"crazy|cheeky|beautiful|favourite|twin|two little|three little) )?"
)
OWN_FAMILY = words(
    r"my " + _FAMILY_COUNT + r"(?:kids|children|son|sons|daughter|daughters|boys|girls|nephews?|nieces?|"
    r"grandchildren|grandkids|family|baby|babies|little ones|twins|step-?(?:kids|children|sons?|daughters?))",
    r"our " + _FAMILY_COUNT + r"(?:kids|children|son|sons|daughter|daughters|baby|boys|girls|little ones|"
    r"twins|grandchildren|grandkids)",
)

# Personal apps and platforms (not the school's approved ones).
PERSONAL_APP = (
    r"whatsapp|snapchat|snap|insta|instagram|tiktok|discord|telegram|messenger|facebook|fb|twitter|threads|"
    r"bereal|kik"
)
CONTACT_INVITE = words(
    r"(?:drop|send|give) me a (?:message|dm|pm|text|line)",
    r"(?:dm|pm|message|inbox|text|whatsapp|snap) me",
    r"(?:add|follow) me",
    r"follow (?:my|me on)",
    r"join (?:my|our|the) (?:group|chat|page|server|channel)",
    r"join (?:my|our|the) (?:[\w-]+ )?(?:" + PERSONAL_APP + r")",
    r"(?:my|the) (?:group ?chat|whatsapp group|snapchat|insta|instagram|tiktok)",
    r"message me on here",
    r"get in touch (?:on|via) (?:here|insta|snap|facebook|whatsapp)",
    # a group or account the author has set up on a personal app ("set up a revision Snapchat",
    # "set one up on WhatsApp", "a group chat on Discord"), or their handle to add ("add mr_h_history")
    r"(?:set up|setting up|started|starting|made|making|created|creating|opened|running) (?:a|an|my|our) "
    r"(?:[\w-]+ ){0,2}(?:" + PERSONAL_APP + r")",
    r"(?:set|setting|made|started) (?:one|it|this|a group|a chat|a page) up on (?:" + PERSONAL_APP + r")",
    r"(?:group|group ?chat|chat|page|server|channel|account) on (?:" + PERSONAL_APP + r")",
    r"(?:add|follow) (?:@[\w.]+|[a-z][a-z0-9]*[_.][\w.]*[a-z0-9])",
    r"(?:i'?ll|i will|i can|i'?m happy to) add (?:you|y'?all|everyone)",
    r"(?:my|i'?m on) (?:" + PERSONAL_APP + r") (?:is|as|at)",
)
# Pupils the author teaches, named as the audience anywhere in a draft ("any of my Y11 historians",
# "for my GCSE historians", "my A-level lot"); a bare "my kids" or "my team" is not enough.
_LEARNERS = (
    r"historians|geographers|scientists|chemists|physicists|biologists|mathematicians|linguists|artists|"
    r"musicians|readers|writers|students|pupils|learners|lot|crew|class(?:es)?|groups?|sets?|kids|lads"
    r"|lasses|"
    r"girls|boys|bunch|gang|squad|cohort|candidates|resitters|tutees|form"
)
_TAUGHT = (
    r"(?:my|our) (?:(?:" + SCHOOL_QUALIFIER + r") (?:[\w-]+ )?(?:" + _LEARNERS + r")|" + YEAR_GROUP + r"|"
    r"historians|geographers|scientists|chemists|physicists|biologists|mathematicians|linguists|tutees|"
    r"mentees|tutor group|form group|sixth ?formers|year \d+s)"
)
PUPILS_TAUGHT = words(_TAUGHT)
# The same pupils addressed as the audience of the whole draft ("any of my Y11 historians",
# "for my GCSE historians", "calling all Year 11s").
PUPIL_AUDIENCE = words(
    r"(?:any|all|some|none|each|every one) (?:of )?" + _TAUGHT,
    r"(?:for|to) " + _TAUGHT,
    r"(?:hey|hi|calling all|attention|all) (?:" + YEAR_GROUP + r"|sixth ?formers|gcse \w+|a-?level \w+)",
)
# An invitation meant for other teachers ("DM me if you want a copy for your Y9s", "fellow teachers").
TEACHER_AUDIENCE = words(
    r"(?:for|with) your (?:own )?(?:class(?:es)?|students|pupils|kids|dept|department|school|sets?|groups?|"
    r"form|" + YEAR_GROUP + r")",
    r"fellow (?:teachers|staff|tas|senco?s|heads|educators|colleagues)",
    r"(?:other|any|all) (?:\w+ )?(?:teachers|tas|colleagues|senco?s|heads of \w+|educators)",
    r"#edutwitter",
    r"#teachers?",
    r"#\w*chat",
)
# A year group naming something other than pupils: "Y5 slide bank", "Y6 teachers", "Year 11 parents".
NOT_PUPILS_AFTER = re.compile(
    r"\s*(?:(?!pupils|students|kids|children|learners|lot|class)[\w-]+ )?(?:teachers?|staff|colleagues|"
    r"tutors|team|leads?|parents|families|carers|mums|dads|planning|resources?|slides?|slide bank|packs?|"
    r"worksheets?|units?|scheme|curriculum|booklets?|materials|papers?|assessments?|sow|bank|display|"
    r"moderation|data)\b",
    re.IGNORECASE,
)
ACCEPT_REQUEST = words(
    r"accept(?:ed|ing)? (?:a |her |his |their |the |[\w-]+(?:'|’)s )?(?:friend|follow) requests?",
    r"(?:friend|follow) requests? accepted",
    r"followed (?:her|him|them) back",
    r"follow(?:ed|ing)? back",
    r"(?:said yes to|approved|okayed|ok'?d) (?:a |her |his |their |the |[\w-]+(?:'|’)s )?(?:friend|follow) "
    r"requests?",
    r"accept(?:ed|ing)? (?:a few|a couple of|some|all (?:the|their|of the)|loads of|their|the) "
    r"(?:friend|follow) requests?",
)
# A request told first and the acceptance after it ("got a follow request from one of my Y10s …
# so I accepted it"): the request, then what the author did about it.
# A former pupil now an adult: "she's 24 now", "at uni", "has kids of her own".
ADULT_NOW = words(
    r"(?:now|she'?s|he'?s|they'?re|who'?s|turned|aged) (?:now )?(?:1[89]|[2-9]\d)\b",
    r"(?:at|off to|finished|graduated from|in (?:her|his|their) (?:first|second|final|third) year at) "
    r"(?:uni|university|college)",
    r"graduat\w+",
    r"(?:an|a grown) adult",
    r"all grown up",
    r"grown-?up",
    r"(?:now|is now|'s now|now (?:she|he|they)(?:'s|'re| is| are)) (?:married|engaged|a (?:mum|dad|nurse|"
    r"teacher|doctor|police officer|paramedic|solicitor|midwife|mother|father|parent))",
    r"(?:kids|children|a baby) of (?:her|his|their) own",
    r"in (?:her|his|their) (?:twenties|thirties|20s|30s)",
    r"left (?:school|us) (?:years|ages|a decade|long) ago",
)
REQUEST_RECEIVED = words(
    r"(?:friend|follow|snap(?:chat)?|insta(?:gram)?|facebook|fb) requests? (?:from|off|by)",
    r"sent me (?:a |an )?(?:friend|follow) requests?",
    r"(?:asked|requested|wanted|wants|tried|trying) to (?:follow|add|friend) me",
)
ACCEPTED_IT = words(
    r"accept(?:ed|ing)? (?:it|them|her|him|the request)",
    # "… accepted obvs", "course I accepted", "accepted ofc": the request was told just before
    r"accepted(?! (?:by|into|onto|on to|at|to|for|a place|an offer|the offer|the job|the post|my|our))",
    r"(?:added|friended) (?:her|him|them)(?! to)",
    r"said yes",
    r"(?:hit|pressed|clicked|tapped) (?:accept|confirm|approve|follow back)",
    r"approv(?:ed|ing) (?:it|them|her|him|the request)",
    r"confirm(?:ed|ing) (?:it|them|her|him|the request)",
    r"(?:followed|added|friended) (?:her|him|them) back",
    r"let (?:her|him|them) (?:follow|add) me",
    r"(?:how could i|couldn'?t|could not) (?:say no|refuse|resist)",
)
# "… declined it and told the DSL", "didn't accept it": what a member of staff should do.
DECLINED = re.compile(
    r"\b(?:declin|ignor|delet|block|report|refus|reject)\w*|(?:\bnot|\bnever|n't|n’t) "
    r"(?:\w+ )?(?:accept|approv|follow|add)",
    re.IGNORECASE,
)

TRIP = words(
    r"residential",
    r"(?:school|class|ski|field|geography|history|language|exchange|sports|overnight) trip",
    r"trip night \d+",
    r"night \d+",
    r"camp",
    r"outdoor (?:education )?centre",
    r"pgl",
    r"duke of edinburgh",
    r"dofe",
    r"exchange",
)
STAYING = words(r"staying (?:at|in)", r"checked in", r"we'?re at", r"sleeping at", r"overnight")
TRIP_LOCATION = words(
    r"(?:we['’]re|we are|staying|stopping|based|checked in) (?:at|in)",
    r"hotel",
    r"hôtel",  # abroad the venue keeps its own spelling: "Hôtel du Port", "Auberge de …", "Gîte …"
    r"auberge",
    r"albergue",
    r"hostal",
    r"jugendherberge",
    r"gites?",
    r"gîtes?",
    r"chalets?",
    r"chateau",
    r"château",
    r"guest ?house",
    r"b&b",
    r"b & b",
    r"travelodge",
    r"premier inn",
    r"holiday inn",
    r"bunk ?house",
    r"(?:holiday|caravan) park",
    r"hostel",
    r"yha",
    r"lodge",
    r"(?:field|study|activity|outdoor) centre",
    r"campsite",
    r"room \d+",
    r"pgl",
)
# A place to sleep (TRIP_LOCATION without "we're at"): an overnight stay even with no trip word.
LODGING = words(
    r"hotel",
    r"hôtel",
    r"auberge",
    r"hostel",
    r"yha",
    r"guest ?house",
    r"b&b",
    r"travelodge",
    r"premier inn",
    r"holiday inn",
    r"bunk ?house",
    r"campsite",
    r"dorms?",
    r"lodge",
    r"(?:field|study|activity|outdoor) centre",
    r"chalets?",
    r"gîtes?",
    r"gites?",
)

TAG_PERMISSION = words(
    r"with (?:their|his|her|your|everyone'?s) (?:permission|ok|blessing|consent)",
    r"(?:they|she|he|all) (?:said|agreed) (?:i|we) could tag",
    r"tagged with permission",
    r"permission to tag",
)

# --- the author's own details -------------------------------------------------------------------

FIRST_PERSON = words(r"me", r"my", r"i", r"i'?ll", r"i'?m", r"mine", r"our", r"we", r"us", r"dm")
BUSINESS = words(
    r"ring the",
    r"call the",
    r"tavern",
    r"pub",
    r"inn",
    r"arms",
    r"restaurant",
    r"caf[eé]",
    r"bar",
    r"shop",
    r"store",
    r"salon",
    r"garage",
    r"surgery",
    r"clinic",
    r"hospital",
    r"pharmacy",
    r"ltd",
    r"limited",
    r"bros",
    r"brothers",
    r"and sons?",
    r"son(?<=& son)s?",
    r"services",
    r"solutions",
    r"plc",
    r"council",
    r"helpline",
    r"hotline",
    r"advice line",
    r"samaritans",
    r"childline",
    r"nhs",
    r"police",
    r"school office",
    r"office",
    r"reception desk",
    r"box office",
    r"bookings?",
    r"book (?:a table|your|now)",
    r"reservations?",
    r"takeaway",
    r"club",
    r"centre",
    r"hotel",
    r"venue",
    # trades and services: a number beside them is the firm's, not the author's
    r"heating",
    r"plumb(?:ing|ers?)",
    r"electric(?:ians?|al)",
    r"engineers?",
    r"builders?",
    r"roof(?:ing|ers?)",
    r"joinery",
    r"joiners?",
    r"carpent(?:ry|ers?)",
    r"decorators?",
    r"locksmiths?",
    r"mechanics?",
    r"cleaners",
    r"cleaning services?",
    r"removals",
    r"taxis?",
    r"cabs",
    r"florists?",
    r"vets",
    r"dentists?",
    r"opticians?",
    r"tradesm[ae]n",
    r"tradespeople",
    r"tradesperson",
    r"handym[ae]n",
    r"man (?:with|and) (?:a )?van",
    r"landscap(?:ing|ers?)",
    r"glaz(?:iers?|ing)",
    r"tilers?",
    r"plasterers?",
    r"chimney sweep",
    r"window cleaners?",
    r"church hall",
    r"village hall",
    r"library",
    r"museum",
    r"theatre",
    r"cinema",
    r"gym",
    r"bakery",
    r"butchers?",
    r"chippy",
    r"food ?bank",
    r"farm shop",
    r"table (?:booked|for \d+)",
    r"booked (?:a table )?(?:at|in)",
)
# Words just before a number or address that make it the author's own ("my new number", "text me on").
OWN_DETAIL_CUE = words(
    r"my (?:new |old |mobile |home |work |personal )?(?:number|no\.?|mobile|phone|cell|landline|digits"
    r"|address|"
    r"postcode|house|flat)",
    r"(?:call|ring|text|phone|whatsapp|message|msg|reach|contact|bell|buzz|find) me",
    r"new (?:number|mobile|phone|digits|address|house|home)",
    r"same me",
    r"save (?:it|this|my|the number)",
    r"i'?m on",
    r"(?:i|we) (?:live|are|'re) (?:at|on)",
    r"we'?re at",
    r"our (?:new )?(?:address|house|home|number|postcode)",
)
# Words just before a number or address that give it to someone else ("their number's…", "ring them on").
# "my husband's new number is…", "Mum's mobile is…": someone else's, even after "my"
POSSESSIVE_NUMBER = re.compile(
    r"\w+['’]s (?:new |mobile |old |work )?(?:phone )?(?:number|no\.?|mobile|phone|landline)\b", re.IGNORECASE
)
THEIR_DETAIL_CUE = words(
    r"(?:their|his|her|its) (?:new |mobile |office |shop |booking )?(?:number|no\.?|phone|mobile|landline|"
    r"contact|details|address|digits)",
    r"(?:call|ring|text|phone|contact|whatsapp|message|bell) (?:them|him|her)",
    r"give (?:them|him|her) a (?:call|ring|bell|text|shout)",
    # "if you need them they're on 0191…", "he can be reached on…": a third party's number
    r"(?:they|he|she)(?:'re|’re|'s|’s| are| is) (?:also |still )?(?:on|available on)",
    r"(?:they|he|she) (?:can|could) be (?:reached|contacted|got|called) (?:on|at)",
)
# A recommendation names someone else's business: "huge thanks to Acme Heating, 01632…".
RECOMMENDING = words(
    r"(?:highly |would |can'?t )?recommend(?:ed|s|ing)?",
    r"tell (?:them|him|her) (?:i|we|(?-i:[A-Z])[\w'’-]+) sent you",
    r"(?:huge |big |massive |special )?shout[- ]?outs? (?:to|for) (?:the )?(?-i:[A-Z])[\w'’&-]*",
    r"give (?:them|him|her) a (?:call|ring|bell|try)",
    # "…, 01632 960218, for anyone whose gutters gave up", "if anyone needs a good sparky"
    r"for anyone (?:who|whose|that|needing|looking|after|wanting|in need)",
    r"(?:fantastic|brilliant|amazing|excellent|superb|cracking|fab|great|top|reliable|trustworthy|honest|"
    r"friendly|best) (?:local |little )?(?:mechanics?|plumbers?|electricians?|sparky|builders?|roofers?|"
    r"joiners?|garages?|decorators?|gardeners?|cleaners?|groomers?|firms?|compan(?:y|ies)|tradesm[ae]n|"
    r"locksmiths?|glaziers?|tilers?|plasterers?|florists?|bakery|bakers?|caterers?|childminders?|"
    r"window cleaners?|dog walkers?|hairdressers?|barbers?|vets?|service)",
    r"if anyone (?:needs|is after|wants|is looking)",
    r"(?:can'?t|cannot) (?:praise|rate) (?:them|him|her|\w+) (?:enough|highly enough)",
    r"10/10 (?:would|will|'d) (?:use|recommend)",
    r"(?:huge |big |massive |special )?(?:thanks|thank you|cheers) to (?:the )?(?-i:[A-Z])[\w'’&-]*",
)
NOT_A_PHONE = words(
    r"order",
    r"ref(?:erence)?",
    r"invoice",
    r"tracking",
    r"parcel",
    r"account",
    r"no\.?",
    r"number #?",
    r"isbn",
    r"serial",
)
STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Grove|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|"
    r"Terrace|Gardens|Gdns|Walk|Mews|Row|Hill|View|Square|Sq|Parade|Rise|Green|Park|Fold|Croft|Gate|"
    r"Wynd|Vale|Meadow|Meadows|Chase|Bank|Mount)\b\.?"
)
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b")

# --- conduct: grievances, insults, offensive content -------------------------------------------

LOCAL_WORK = words(
    r"(?:my|our|the) (?:partnership|federation|school|academy|trust|head(?:teacher)?|principal|slt|"
    r"management|leadership(?: team)?|"
    r"line manager|department|dept|staffroom|staff room|colleagues?|governors|office|classroom|class|"
    r"timetables?|rota|(?:cover|duty|break|lunch) rota)",
    r"at work",
    r"work",
    r"slt",
    r"senior leadership",
    r"staffing",
    r"tas",
    r"parents?",
    r"mums",
    r"dads",
    r"school gate",
    r"playground",
    YEAR_GROUP,
    r"marking",
    r"lesson obs(?:ervations?)?",
    r"(?:my|an?|the) observation",
    r"inset",
    r"parents'? evening",
    r"detentions?",
    r"pupils?",
    r"students?",
    r"learners",
    r"colleagues?",
    r"the head",
    r"management",
    r"cover lessons?",
    r"duty rota",
    r"deep marking",
    r"data drops?",
    r"deputy head(?:teacher)?",
    r"head of (?:year|department|school|\w+)",
    r"support staff",
    r"head office",
    r"staff",
    r"(?:lunch|break|bus|gate|playground|corridor) duty",
    r"cpd",
    r"professional development",
    r"training days?",
    r"this (?:school|academy|trust|place|timetable|rota)",
    r"our place",
    r"heidie",
    r"(?:staff )?briefings?",
    r"twilights?",
    r"staff meetings?",
    r"(?:after[- ]school|department|dept|phase|year team|team|pastoral|slt|leadership|line management|"
    r"curriculum|faculty) meetings?",
    r"(?:behaviour|marking|uniform|homework|feedback|attendance) polic(?:y|ies)",
    r"photocopiers?",
    r"(?:science|maths|english|humanities|art|music|sports|music|main|new) block",
    r"(?:the )?(?:school|staff|team|class) (?:budget|trip|email|inbox)",
    r"duties",
    r"ppa(?: time)?",
    r"book (?:scrutiny|looks?)",
    r"learning walks?",
    r"(?:school )?reports",
    r"(?:business|site|office|data|exams?) manager",
    r"bursar",
    r"caretaker",
    r"receptionist",
    r"senco",
    r"#teacherlife",
    r"in (?-i:(?:[1-9]|1[0-3])[A-Z][A-Z0-9]?)",
    r"lockdown(?: drill)?",
    r"fire drill",
    r"#teacher\w*",
    r"(?:this|my) (?:job|career)",
)
NATIONAL_BODIES = words(
    r"dfe",
    r"department for education",
    r"ofsted",
    r"(?:the )?government",
    r"ministers?",
    r"education secretary",
    r"secretary of state",
    r"westminster",
    r"national curriculum",
    r"the treasury",
    r"downing street",
    r"policy ?makers",
    r"national policy",
    r"exam boards?",
)
_SELF_MOCKERY = (
    r"(?! (?:dad |mum )?(?:puns?|jokes?|singing|singer|dancing|dancer|dance moves|handwriting|drawing|"
    r"drawings|cooking|cook|baking|taste|sense of|spelling|memory|at|jokes|banter|karaoke|knitting|"
    r"golf(?:er)?|parking|photos?|selfies?|driver|driving|gardener|gardening|football|footballer|"
    r"runner|singer)\b)"
)
FRUSTRATION = words(
    r"(?:is|are|was|were|'s|'re) (?:a |an )?(?:absolute |total |complete |utter |actual )?"
    r"(?:joke|shambles|farce|nightmare|disgrace|mess|circus|horrors?|disaster|embarrassment)",
    r"absolute (?:horrors?|nightmare|joke|shambles)",
    r"nobody cares",
    r"no one cares",
    r"no-one cares",
    r"fed up",
    r"sick (?:and tired )?of",
    r"had enough",
    r"can'?t (?:take|stand|cope with|bear)",
    r"counting down (?:the )?(?:days|hours|minutes)",
    r"kill me",
    r"ridiculous",
    r"fuming",
    r"furious",
    r"soul[- ]destroying",
    r"burn(?:ed|t)?[- ]out",
    r"unbelievable",
    r"pathetic(?! fallacy)",
    r"useless",
    r"clueless",
    r"waste of (?:time|space|money)",
    r"pointless",
    r"because someone",
    r"decided we need",
    r"thanks for nothing",
    r"undervalued",
    r"underpaid",
    r"no support",
    r"worst",
    r"i hate",
    r"hate (?:this|my|it)",
    r"dreading",
    r"vile"
    r"(?! (?:weather|rain|wind|storm|drizzle|sleet|snow|fog|cold|heat|traffic|journey|commute|smell))",
    r"grow up",
    r"shocking",
    r"disgusting",
    r"appalling",
    # not self-mockery about the author's own habits ("terrible puns", "awful at names")
    r"awful" + _SELF_MOCKERY,
    r"terrible" + _SELF_MOCKERY,
    r"a nightmare",
    r"treated like",
    r"nobody listens",
    r"no one listens",
    r"lost the plot",
    r"out of touch",
    r"why do (?:we|i) bother",
    r"give me strength",
    r"send wine",
    r"losing the will",
    r"too much to ask",
    r"nice one,? (?:slt|management|leadership|the trust|the head)",
    r"cheers for that",
    r"thanks for (?:nothing|that)",
    r"(?:without|no) (?:a )?pay rise",
    r"pay freeze",
    r"apparently (?:yes|not|so)",
    r"not paid enough",
    r"driving me (?:up the wall|mad|crazy|round the bend|insane)",
    r"relentless",
    r"(?:at|on) the end of my tether",
    r"losing my (?:mind|marbles)",
    r"so over (?:it|this)",
    r"(?:zero|no|zilch|nil) (?:support|help|backing|communication|thanks|appreciation)",
    r"(?:with|without|at) no notice",
    r"(?:love|loving|gotta love|don'?t you just love) (?:how|it when|that)",
    r"genius",
    r"because apparently",
    r"thanks a lot",
    r"ruin(?:ed|ing|s)",
    r"nobody (?:at|in|here) \w+ (?:can|could|knows|bothers|cares)",
    r"(?:can'?t|cannot|couldn'?t) (?:even )?(?:plan|organise|organize|run|manage) (?:a|the|their|its)",
    r"disgusted",
    r"livid",
    r"seething",
    r"raging",
    r"so angry",
    r"(?:zero|no) respect",
    r"(?:is|are) killing me",
    r"nobody'?s (?:replacing|bothered|listening|doing anything)",
    r"no one'?s (?:replacing|bothered|listening|doing anything)",
    # venting constructions
    r"can'?t be (?:doing|dealing|arsed|bothered) with",
    r"cannae (?:be (?:doing|arsed|bothered)|wait)",
    r"(?:yet )?another (?:\w+ )?(?:['‘]\w+['’] )?(?:email|e-mail|meeting|initiative|briefing|twilight|policy|"
    r"data drop|deadline|form|survey|change|u-?turn|directive|memo) (?:from|by|about) (?:slt|management|"
    r"leadership|the trust|the head|head office|on high|above)",
    r"(?:nobody|no one|no-one) (?:told|tells|informed|informs|asked|consulted|bothered|thought|"
    r"had the decency|has the decency)(?! (?:us|me|him|her|them) to (?:stop|leave|go|sit down|be quiet))",
    r"(?:nobody|no one|no-one) (?:will|ever|is going to|'s going to) (?:read|look at|notice|thank)",
    r"(?:nobody|no one|no-one)(?:'s| is)? covering",
    r"had the decency",
    r"why (?:does|do|did|is|are|can'?t|won'?t|doesn'?t|don'?t|has|have|hasn'?t|haven'?t) (?:nobody|no one|"
    r"no-one|anyone|slt|management|leadership|the (?:trust|head|school|academy|office)|this (?:trust|school|"
    r"academy)|our (?:slt|head|trust|school|academy|management|leadership))",
    r"deserves? better",
    r"non-?existent",
    r"still (?:broken|not (?:fixed|working|sorted|done|paid|replaced)|waiting (?:for|on))",
    r"still (?:no|without) (?:a |any )?(?:working|functioning|heating|hot water|wi-?fi|internet|projector|"
    r"reply|response|answer|fix|repair|engineer|replacement|word)",
    r"(?:day|week|month|term|year) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:and|&) still "
    r"(?:no|not|waiting|without|broken|nothing)",
    r"(?:ticket|job|request|fault|repair) (?:number |no\.? ?|#)?(?:\d+|two|three|four|five|six) "
    r"(?:logged|raised|submitted|reported)",
    r"(?:logged|raised|reported|chased) (?:it )?(?:again|for the \w+ time)",
    r"(?:board|projector|printer|photocopier|laptop|computer|wi-?fi|internet|heating|boiler|system|server|"
    r"network|lift|hoist|toilets?|roof|screen|radiator)s? (?:has |have |is |are )?(?:broken|broke(?: down)?|"
    r"died|crashed|packed up|flooded|leaking|frozen|froze|cut out|gone down|down) again",
    r"must be nice",
    r"living the dream",
    r"oh (?:good|great|joy|wonderful|brilliant|fab|lovely|goody),",
    r"oh (?:good|great|joy|wonderful|brilliant|fab|lovely|goody)[.!]",
    r"just what (?:\w+ ){0,3}(?:needed|wanted)",
    r"nothing says \w+(?: \w+)? like",
    r"(?:you )?(?:can'?t|couldn'?t) make (?:this|it) up",
    r"standard[.!]",
    r"classy[.!]",
    r"(?:genuinely|truly|so|absolutely) (?:thrilled|delighted|inspired) (?:that|to)",
    r"truly inspired",
    r"clearly not",
    r"(?:is|are) (?:a |an )?luxur(?:y|ies)",
    r"apparently,? (?:we|i|they|paper|staff|teachers|tas|the (?:trust|head|school|academy))",
    r"(?:voluntary|optional|useful|helpful) as (?:breathing|a|an|the)",
    r"have a word with (?:themselves|himself|herself|yourself|yourselves)",
    r"take a (?:long )?hard look at (?:themselves|himself|herself|yourself|yourselves)",
    r"(?:how|not sure how) (?:much )?longer i can (?:keep|do|take|stick)",
    r"rant(?:ing)?",
    r"#rant\w*",
    r"(?:need(?:ed)? to|have to|gonna|let me) vent",
    r"beyond a joke",
    r"having a laugh",
    r"taking the (?:mick|mickey|michael|piss)(?! out of)",
    r"no wonder (?:nobody|no one|staff|teachers|people|we|everyone)",
    r"(?:staff|teachers|tas|people|everyone|colleagues) (?:keep|keeps|are) "
    r"(?:leaving|quitting|going off sick)",
    r"toxic (?:culture|place|environment|workplace|management|leadership|atmosphere|staff ?room|"
    r"school|trust)",
    r"(?:is|'s|are) (?:so |utterly |completely )?toxic",
    r"morale(?:'s|(?: [\w'’]+){0,4} (?:is|are|was))? (?:at |on |through )?"
    r"(?:the floor|rock bottom|an all[- ]time low|non-?existent|shot|"
    r"terrible|awful|dire|low|gone)",
    r"low morale",
    r"rock bottom",
    r"all[- ]time low",
    r"micro-?manag\w+",
    r"(?:zero|no) work[- ]life balance",
    r"unpaid overtime",
    r"as if (?:we|i|they) (?:don'?t|didn'?t) (?:have|do) enough",
    r"as if (?:we|i) (?:have|had) nothing better",
    r"what could possibly go wrong",
    r"thanks (?:slt|management|a bunch|so much for (?:that|nothing))",
    r"i give up",
    r"what'?s the point",
    r"short[- ]?staffed",
    r"under-?staffed",
    r"over-?worked",
    r"breaking point",
    r"skeleton staff",
    r"spread (?:too |so |way too |ridiculously )?thin",
    r"stretched (?:to|beyond) (?:the limit|breaking)",
    r"unhinged",
    r"helicopter parents?",
    r"precious (?:little )?(?:darlings|angels|snowflakes)",
    r"dumped on (?:us|me)",
    r"(?:left|hung) out to dry",
    r"thrown under the bus",
    r"(?:class|year group|kids|parents?|week|term|day|meeting|inset|job)(?:es)? from hell",
    r"(?:is|are|job'?s) (?:killing|breaking|destroying) me",
    r"(?:can'?t|cannot) do this (?:any ?more|much longer)",
    r"gaslight\w*",
    r"gaslit",
    r"insulting (?:pay|offer|rise)",
    r"one more (?:['‘]?\w+['’]? )?(?:email|e-mail|meeting|memo|survey|initiative|directive|change|data drop)",
    r"for the sake of (?:it|hoops|ticking|\w+ing)",
    r"hoops? to jump through",
    r"(?:more|jumping through|jump through) (?:\w+ )?hoops",
    r"box[- ]ticking",
    r"tick[- ]box(?:ing)?(?: exercise)?",
    r"(?:lovely|nice|kind|good|thoughtful|great|sweet) of (?:management|slt|leadership|the trust|"
    r"the head|head office) to",
    # exasperation and sarcastic praise
    r"ffs",
    r"fml",
    r"ugh+",
    r"for (?:god'?s|goodness'?|pete'?s|heaven'?s|crying out loud|f\w*'?s) sake",
    r"jfc",
    r"smh",
    r"wtaf",
    r"who(?: [\w'’-]+){0,3} thought (?:[\w'’-]+ ){0,8}?(?:was|would be|were) "
    r"a (?:good|great|bright|smart) idea",
    r"whose (?:bright |genius |great |clever )?idea was",
    r"said (?:no one|nobody|no-one)(?: ever)?",
    r"love (?:that|this) for (?:us|me)",
    r"slow clap",
    r"well played,? (?:slt|management|leadership|the trust|everyone)",
    r"where we'?re at with (?:this|that) (?:place|school|lot|trust|academy|job)",
    r"(?:what it'?s|it'?s) come to",
    r"the state of (?:it|this|things|the place|this place)",
    r"(?:is|does|do|are) (?:anyone|anybody) (?:actually |even |here )?"
    r"(?:employed|in charge|running|listening|reading|care|know what)",
)
# Someone at work singling the author out ("whoever did this rota has got it in for me"); the rule
# leaves it alone when a pet, a relative or fate is the culprit (SINGLED_OUT_BY_OTHER).
SINGLED_OUT = words(
    r"(?:got|has|have|had|'s|'ve|must have|clearly has|definitely has) (?:got |really )?it in for (?:me|us)",
    r"(?:must|clearly|definitely|genuinely|actually) (?:hates?|despises?|(?:has|have) a grudge against) "
    r"(?:me|us)",
    r"(?:is|are|'s|'re) (?:out to get|trying to break|punishing) (?:me|us)",
    r"(?:a |some |personal )?vendetta against (?:me|us)",
)
SINGLED_OUT_BY_OTHER = re.compile(
    r"\b(?:my|our|the) " + _KIN + r"\b|\b(?:universe|weather|karma|fate|life|god|gods|body|car|boiler|"
    r"hay ?fever|toddler|baby)\b",
    re.IGNORECASE,
)
# Mock praise is only mock when nothing says it is meant: "I still love that walk through the gate 💙".
MOCK_PRAISE_CUE = re.compile(
    r"(?:love|loving|gotta love|don'?t you just love|genius|thanks a lot|truly inspired|"
    r"(?:genuinely|truly|so|absolutely) (?:thrilled|delighted|inspired))\b",
    re.IGNORECASE,
)
SINCERE = words(
    r"#?proud",
    r"blessed",
    r"grateful",
    r"thankful",
    r"lucky to",
    r"privilege[d]?",
    r"honou?red",
    r"still love",
    r"genuinely love",
    r"(?:love|adore) my job",
    r"best job",
    r"wouldn'?t change (?:it|a thing)",
    r"#lovemyjob",
    r"#grateful",
)
# Dry, deadpan cues: a complaint only when the sentence is not warm (the rule checks VADER).
WRY = words(
    r"(?:cannot|can'?t even)(?: even)?(?: anymore| any more)?(?=\s*[.!]|\s*$)",
    r"never change(?=\s*$)",
    r"(?:gotta|got to|have to|you have to|you've got to|youve got to|you gotta) admire the "
    r"(?:confidence|logic|optimism|audacity|timing|cheek|nerve|thinking|planning)",
    r"(?:gotta|got to|have to|you have to|you've got to|youve got to|you gotta) laugh",
    r"nothing like (?:being (?:told|asked|given|handed|summoned|emailed|informed)|finding out|"
    r"getting an email)",
    r"(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth) "
    r"(?:time|day|week|lesson|cover|email|meeting|call)s? (?:this|in a row|running|today)",
    r"(?:rang|called|emailed|complained|moaned|chased me) again",
    r"that's where we'?re at",
    r"thats where we'?re at",
    r"who needs (?:a |an )?(?:lunch|break|weekends?|sleep|evenings?|holidays?|ppa|a life)(?: \w+)? anyway",
    r"\d+(?:st|nd|rd|th) (?:time|day|week|lesson|cover|email|meeting|call)s? (?:this|in a row|running|today)",
    # "third time I've asked the office for…", "5th time we've reported the leak"
    r"(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|\d+(?:st|nd|rd|th)) time "
    r"(?:i'?ve|we'?ve|i have|we have|i|we|that i'?ve|that we'?ve) (?:now )?"
    r"(?:asked|chased|emailed|requested|reported|raised|logged|rung|phoned|reminded|flagged|mentioned|"
    r"put in)",
    # "maybe I'll get one by Easter. Or 2030": a fix promised for a far-off date
    r"maybe (?:i'?ll|we'?ll) (?:get|see|have|hear) (?:one|it|them|a reply|an answer|a response|back) "
    r"(?:by|before|in time for) (?:easter|christmas|summer|half[- ]term|retirement|next year|20\d\d)",
    # money found for the wrong things: "meanwhile head office splashed out on a new logo"
    r"meanwhile,? (?:[\w'’]+ ){1,4}(?:splash(?:ed|ing|es)? out|spent|spend(?:s|ing)?|found (?:the )?"
    r"(?:money|budget|cash|funds)|forked out|blew|blown|treated (?:themselves|himself|herself)|"
    r"got (?:themselves )?(?:a )?(?:shiny )?new|bought|buys|buying|ordered|paid for|commissioned|hired|"
    r"booked)",
    r"while (?:we|staff|teachers|tas|the kids|pupils|the children) (?:are )?(?:ration\w*|beg\w*|scroung\w*|"
    r"go(?:ing)? without|buy(?:ing)? (?:our|their) own|pay(?:ing)? for (?:our|their) own|"
    r"fund(?:ing)? (?:it|them) ourselves)",
    r"(?:somehow|suddenly|magically|miraculously) (?:(?:they|they'?ve|the trust|slt|management|the head|"
    r"head office) )?(?:found|find|finds|there'?s|there is|there was) (?:the )?"
    r"(?:money|budget|cash|funds|funding)",
    r"(?:but|yet) (?:there'?s|there is|there was|they (?:found|had|have|can find)) (?:always )?"
    r"(?:the |enough )?(?:money|budget|cash|funds|funding) for",
    r"(?:no|not enough|zero) (?:money|budget|cash|funding) for (?:[\w'’]+ ){1,5}(?:but|yet)",
    r"priorities,? (?:eh|hey|innit|much|folks|people|though|clearly)",
    r"(?:interesting|great|solid|top|sound|fab) priorities",
)
# Someone taking the credit for others' work ("the head took credit for the scheme you wrote"); the rule
# skips the author's own modesty ("I can't take credit", "won't take the credit").
CREDIT_TAKEN = words(
    r"(?:takes|took|taking|taken|take|claims|claimed|claiming|nicks|nicked|nicking|steals|stole|stealing|"
    r"pinched|pinches|grabbed|grabs|hogged|hogs|hogging) (?:all |full )?(?:the )?credit (?:for|when)",
    r"(?:passed|passing|passes|passes) (?:off )?(?:my|our|your|her|his|their) (?:[\w'’]+ ){0,2}(?:work|"
    r"ideas?|plans?|planning|scheme|curriculum|resources?) (?:off )?as (?:his|her|their|its) own",
)
# The same thing happening again: a complaint unless the sentence celebrates ("top scorer yet again").
# "our time is a free resource", "apparently my evenings are unlimited": sarcasm whose words read warm.
TIME_TAKEN_FREE = words(
    r"(?:our|my|staff|teachers'?|everyone'?s) (?:time|evenings?|weekends?|goodwill|lunch(?:es| breaks?)?) "
    r"(?:is|are) (?:\w+ ){0,2}(?:free|unlimited|infinite|endless|limitless|worthless|worth nothing|"
    r"a free (?:\w+ )?resource)",
)
REPEATED = words(r"yet again", r"for the \w+ time")
ACHIEVEMENT = words(
    r"scor(?:e|ed|es|er|ers|ing)",
    r"goals?",
    r"w[oi]n(?:s|ner|ners|ning)?",
    r"champions?",
    r"trophy",
    r"medals?",
    r"records?",
    r"smash(?:ed|es|ing) it",
    r"nail(?:ed|s|ing) it",
    r"proud",
    r"congrat\w*",
    r"star of the week",
    r"top of the",
    r"[\U0001f525\U0001f3c6\U0001f947\U0001f389\u26bd\U0001f44f\U0001f31f\u2b50]",
)
# Irony: a mock-positive frame about an unwelcome demand or a failure at work ("Nothing makes you feel
# valued like a 7am email", "Love a surprise learning walk on a Friday"). Both must be in one sentence.
IRONY_FRAME = words(
    r"nothing (?:makes?|made) (?:you|me|us|staff|teachers|a teacher|one) feel",
    r"nothing (?:says|screams|shows|quite says)",
    r"(?:makes?|made|making) (?:you|me|us|staff|everyone|teachers) feel (?:so |really |truly |very |super )?"
    r"(?:valued|appreciated|respected|supported|trusted|special|cared for|listened to|wanted|included)",
    r"feel(?:ing|s)? (?:so |really |truly |very |super |extra )?(?:valued|appreciated|respected|supported|"
    r"trusted|cared for|listened to)",
    r"(?:love|loving|gotta love|don'?t you (?:just )?love|always love|i do love|nothing i love more than) "
    r"(?:a|an|being|getting|finding|receiving|it when|when)",
    r"(?:what|such) a (?:treat|joy|privilege|delight|lovely surprise|pleasure|way to)",
    r"(?:thrilled|delighted|overjoyed|honoured|excited) (?:to|that|by)",
    r"(?:my|our) (?:favourite|favorite)",
    r"nothing (?:better|finer|nicer) than",
    r"(?:perfect|great|good|impeccable|lovely) timing",
    r"(?:cheers|thanks|thank you) for",
    r"how (?:lovely|thoughtful|kind|considerate)",
    r"lucky (?:us|me)",
    r"(?:really|so|very|super|ever so) helpful",
    r"(?:nice|good|great|lovely) to (?:know|find out|hear|be told)",
)
# A one-word verdict after an unwelcome event ("My head has cancelled PPA for the rest of term. Lovely.").
IRONIC_VERDICT = frozenset(
    {
        "brilliant",
        "lovely",
        "great",
        "fab",
        "fabulous",
        "marvellous",
        "super",
        "wonderful",
        "fantastic",
        "perfect",
        "cool",
        "cool cool cool",
        "love it",
        "love that",
        "amazing",
        "excellent",
        "splendid",
        "fun times",
        "good times",
        "bliss",
        "joy",
        "great stuff",
        "smashing",
    }
)
# Signs that a mock-positive frame is meant ("a 10pm email from a parent saying thank you, made my night").
WARMTH = words(
    r"made my (?:day|night|week|evening|morning|year)",
    r"saved my (?:bacon|life|skin)",
    r"(?:saying|to say) thank(?:s| you)",
    r"thank you so much",
    r"so kind",
    r"grateful",
    r"lovely (?:message|note|card|email|surprise|words)",
    r"[\u2764\U0001f970\U0001f60d\U0001f49b\U0001f49c\U0001f499\U0001f49a\U0001f9e1\U0001f917]",
)
UNWELCOME = words(
    # a message at an unsociable hour, or on a weekend or holiday
    r"(?:[4-7](?:[.:][0-5]\d)?\s?am|(?:9|10|11)(?:[.:][0-5]\d)?\s?pm|midnight|late[- ]night|"
    r"sunday(?: night| evening)?|saturday) (?:\w+ )?(?:email|e-mail|message|text|call|memo|announcement|"
    r"update|request|deadline)s?",
    r"(?:email|e-mail|message|text|call|memo|announcement|update|request)s? (?:sent |landing |arriving |"
    r"received )?(?:at|after) (?:[4-7](?:[.:][0-5]\d)?\s?am|(?:9|10|11)(?:[.:][0-5]\d)?\s?pm|midnight)",
    r"(?:email|e-mail|message|memo|request|deadline)s? (?:\w+ )?(?:on a (?:saturday|sunday)|over (?:the )?"
    r"(?:weekend|half[- ]term|holidays?|christmas|easter))",
    # a demand sprung on staff
    r"(?:last[- ]minute|short[- ]notice|no[- ]notice|surprise|unannounced) (?:\w+ )?(?:learning walks?|"
    r"observations?|obs|book (?:looks?|scrutiny)|drop-?ins?|inspections?|deadlines?|data drops?|meetings?|"
    r"twilights?|insets?|duty|duties|changes?|requests?)",
    r"(?:with|at|on) (?:no|zero|an hour'?s|a day'?s|(?:two|24|48) hours'?) notice",
    r"(?:two|three|four|2|3|4)[- ]hours? (?:\w+ )?(?:meeting|twilight|inset|training|briefing)",
    r"(?:another|an extra|extra|a third|more|unpaid) (?:duty|duties|twilight|meeting|data drop|deadline|"
    r"spreadsheet|initiative)",
    # time taken away, news heard second-hand
    r"(?:lost|losing|cancel(?:led|ling|s)?|taken|taking|took) (?:away )?(?:my |our |all )?(?:ppa|frees"
    r"|free periods?|"
    r"lunch(?: break)?|planning time|non-contact(?: time)?)",
    r"(?:ppa|frees|free periods?|planning time|non-contact(?: time)?) (?:(?:is|are|has been|have been|"
    r"now) ){0,2}"
    r"(?:cancelled|gone|taken|scrapped|(?:\w+ )?cover)",
    r"(?:find|found|finding) out (?:about (?:[\w'’]+ ){0,4})?(?:from|on|via|in) (?:the |a )?(?:local )"
    r"?(?:paper|papers|"
    r"news|press|facebook|twitter|social media|parents?|kids|pupils)",
    # something at work broken or missing
    r"still (?:no|not|broken|waiting|without)",
    r"(?:no|without) (?:a )?(?:working|functioning)",
    r"broken (?:again|since)",
)
SYMPATHY = words(
    r"poor (?:thing|love|lamb|soul|kids?|things|lad|boy|girl|child|children|mite|bairn)",
    r"sending (?:love|hugs)",
    r"thoughts (?:are )?with",
    r"get well",
    r"heartbroken for",
    r"so sad for",
    r"feel for",
    r"bless (?:her|him|them)",
    # sadness about an event, not blame
    r"what a waste(?! of)",
    r"heart ?breaking",
    r"heartbroken",
    r"devastat(?:ed|ing)",
    r"such a shame",
    r"so sad",
    r"sad (?:day|news|times)",
    r"gutted for",
)
# The author laughing at their own mishap: a facepalm beside "I"/"my" is self-mockery, not a grievance.
# The weather or the roads as what the frustration is about: "can't be doing with this heatwave".
WEATHER_OBJECT = re.compile(
    r"\s+(?:(?:this|the|all this|that)\s+)?(?:weather|heatwave|heat|rain|snow|storms?|wind|gales|fog|traffic|"
    r"roadworks|potholes)\b",
    re.IGNORECASE,
)
# The author's own cold or bug: "off work with a stinking cold" is gloom about health, not about work.
OWN_ILLNESS = words(
    r"off (?:work )?(?:sick|ill|poorly)",
    r"off work with",
    r"(?:stinking|horrible|rotten|nasty|awful|streaming|terrible) "
    r"(?:cold|cough|flu|bug|virus|migraine|headache|sore throat|chest infection)",
)
# "Who thought that was a good idea? Me. It was me.": the author answers their own rhetorical question.
SELF_ANSWER = re.compile(
    r"\W*(?:(?:erm|um|oh|ah|yep|yes),?\s*)?(?:me|i did|it was me|that was me|guilty)\b", re.I
)
CLOWN_WORDS = re.compile(r"clown|circus", re.IGNORECASE)
FACEPALM = re.compile("[\U0001f926\U0001f648]")
# A diary-style sentence with the "I" left out: "Wore odd socks all day", "Locked myself out".
SUBJECTLESS_START = re.compile(
    r"\W*(?:[a-z]+ed|wore|taught|forgot|lost|left|spent|fell|put|sent|got|went|made|broke|spilt|drove|ran|"
    r"came|brought|took|tried|managed|walked|turned up|showed up|rocked up)\b",
    re.IGNORECASE,
)
SELF_MOCKERY = re.compile(
    r"\b(?:i|i'?ve|i'?m|i'?d|my|me|myself)\b[^.!?]*|\b(?:than|as) i (?:am|was)\b", re.IGNORECASE
)
FRUSTRATION_EMOJI = re.compile(
    "[\U0001f921\U0001f611\U0001f644\U0001f624\U0001f629\U0001f643\U0001f621\U0001f92c\U0001f612\U0001f926\U0001f62b"
    "\U0001fae0]"  # ... and the melting face
)
# Outside bodies whose decisions staff may criticise (planning, roads, the council): not a grievance
# about the trust unless someone at work is the target too.
OUTSIDE_BODIES = words(
    r"(?:the |county |city |district |borough |town |parish )?council(?:lors?|'s)?",
    r"planners",
    r"planning (?:committee|permission|application|inspectorate|decision)",
    r"developers?",
    r"(?:national )?highways",
    r"bypass",
    r"housing (?:estate|development)",
    r"network rail",
    r"(?:the )?(?:bus|rail|train|water) (?:company|companies)",
    r"local authority",
)
INTERNAL_TARGET = words(
    r"slt",
    r"senior leadership",
    r"management",
    r"leadership",
    r"head(?:teacher)?s?",
    r"head office",
    r"governors",
    r"line manager",
    r"ceo",
    r"parents?",
    r"mums",
    r"dads",
    r"colleagues?",
    r"staff",
    r"(?:the|our|this) trust",
)

INSULT = words(
    r"idiots?(?![- ]?proof)",
    r"morons?",
    r"stupid(?! o['’]?clock)",
    r"vile"
    r"(?! (?:weather|rain|wind|storm|drizzle|sleet|snow|fog|cold|heat|traffic|journey|commute|smell))",
    r"pathetic(?! fallacy)",
    r"clueless",
    r"muppets?",
    r"imbeciles?",
    r"cretins?",
    r"scum",
    r"losers?",
    r"clown(?<!as clown)(?<!as a clown)(?<!like clown)s?"
    r"(?! (?:costumes?|noses?|shoes|cars?|acts?|school|shows?|workshop|topic|make-?up))",
    # anchored on the word itself (cheap pre-filter); not a child's wish, a toy or a museum
    r"dinosaur(?<!be a dinosaur)(?<!as a dinosaur)(?<!like a dinosaur)(?<!see a dinosaur)(?<!saw a dinosaur)"
    r"(?<!little dinosaur)(?<!baby dinosaur)(?<!toy dinosaur)(?<!giant dinosaur)(?<!favourite dinosaur)"
    r"(?<!when dinosaur)(?<!about dinosaur)(?<!of dinosaur)s?"
    r"(?! (?:fan|fanatic|mad|obsessed|museum|topic|park|bones?|books?|toys?|eggs?|footprints?|fossils?|"
    r"exhibition|costume|party|cake|pyjamas|onesie|phase|when|were|roamed|ruled|walked|lived|existed))",
    r"brain ?dead",
    r"brainless",
    r"thick as",
    r"incompetent",
    r"lazy",
    r"spineless",
    r"cowards?",
    r"liars?",
    r"nasty",
    r"parasites?",
    r"snowflakes?",
    r"bellends?",
    r"dickheads?",
    r"twats?",
    r"pricks?",
    r"wankers?",
    r"knobheads?",
    r"tossers?",
    r"prats?",
    r"numpt(?:y|ies)",
    r"halfwits?",
    r"dimwits?",
    r"gossip(?:ing|s|y)?",
    r"filthy looks",
    r"dirty looks",
    r"(?:absolute|total|complete) (?:joke|embarrassment|disgrace)",
    r"waste of space",
    r"feral",
    r"(?:are|is|were|was) (?:absolute |complete |total |little )?(?:animals|savages|monsters|vile)",
    r"(?:zero|no) manners",
    r"(?:utterly |totally |completely )?useless",
    r"selfish",
    r"inconsiderate",
    r"thoughtless",
    r"rude",
    r"entitled",
    r"arrogant",
    r"ignorant",
    r"obnoxious",
    r"spoilt",
    r"horrible",
    r"appalling",
    r"disgraceful",
    r"shameful",
    r"chavs?",
    r"scroungers?",
    r"cesspits?",
    r"(?:miserable|grumpy|moaning) (?:old )?(?:trouts?|bats?|gits?|sods?|cows?|lot|bunch|bags?)",
    r"old (?:trouts?|bats?|bags?|hags?|gits?|goats?|witch(?:es)?)",
    r"(?:strolling|swanning|waltzing|sauntering|rolling) (?:in|off|about|around)",
    r"little (?:sods|horrors|monsters|gits|terrors|buggers|toerags|so-and-sos|shits)",
    r"toerags?",
    r"scrotes?",
    r"(?:his|her|their) (?:lessons?|teaching|planning|leadership|marking|behaviour management|displays?|"
    r"management) (?:is|are|was|were) (?:an? )?(?:absolute |total |complete )?(?:joke|shambles|"
    r"embarrassment|disgrace|laughable|car crash|useless|a mess)",
    r"(?:absolute|total|complete|utter|proper|right|such a|what a|lying|sly|slimy|two-faced) "
    r"(?:snakes?|rats?|weasels?|vipers?|worms?|toads?|slugs?|cows?|witch(?:es)?|pigs?|leeches?)",
    r"two[- ]faced",
    r"back-?stabb\w+",
    r"gobby",
    r"mouthy",
)
# Who a complaint is aimed at when only the tone (VADER) says it is a complaint.
MANAGEMENT = words(
    r"slt",
    r"senior leadership",
    r"management",
    r"leadership team",
    r"(?:the|our|my) head(?:teacher)?",
    r"head office",
    r"(?:the|our|this) (?:trust|school|academy)",
    r"governors",
    r"line manager",
    r"ceo",
)
PEOPLE = words(
    r"parents?",
    r"mums?",
    r"dads?",
    r"mothers?",
    r"fathers?",
    r"famil(?:y|ies)",
    r"colleagues?",
    r"staff",
    r"teachers?",
    r"tas?",
    r"head(?:teacher)?s?",
    r"principal",
    r"slt",
    r"management",
    r"governors?",
    r"trustees?",
    r"ceo",
    r"he",
    r"she",
    r"they",
    r"them",
    r"you",
    r"your",
    r"you'?re",
    r"people",
    r"some of",
    r"mr",
    r"mrs",
    r"ms",
    r"miss",
    r"dr",
    r"kids",
    r"children",
    r"pupils",
    r"students",
    YEAR_GROUP,
    r"mate",
    r"this (?:man|woman|guy|lot)",
    r"caretakers?",
    r"cleaners?",
    r"receptionists?",
    r"office (?:staff|team|manager)",
    r"cooks?",
    r"dinner (?:ladies|staff)",
    r"lunchtime (?:staff|supervisors?)",
    r"supply (?:teachers?|staff)",
    r"deputy(?: head)?",
    r"senco",
    r"business manager",
    r"site manager",
    r"technicians?",
    r"inspectors?",
    r"coach(?:es)?",
    r"neighbours?",
    r"everyone",
    r"whoever",
    r"someone",
)
BELITTLE = words(
    r"maybe if you",
    r"not rocket science",
    r"grow up",
    r"learn to read",
    r"read the (?:letter|email|e-mail|newsletter|app|website)",
    r"do your (?:job|homework|research)",
    r"get a life",
    r"shut up",
    r"wind your neck in",
    r"get over (?:it|yourself)",
    r"nobody asked(?! (?:us|me|him|her|them) to (?:stop|leave|go|sit down|be quiet))",
    r"what part of",
    r"once in a while",
    r"clearly you",
    r"you clearly",
    r"if you (?:had )?bothered",
    r"how hard (?:is it|can it be)",
    r"jog on",
    r"deserved it",
    r"(?:you )?don'?t know what you'?re talking about",
    r"educate yourself",
    r"try harder",
    r"bad parenting",
    r"sort your (?:kid|child|son|daughter)",
    r"you people",
    r"get a grip",
    r"(?:maybe |just )?try parenting",
    r"end of\.",
    r"end of story",
    r"learn to parent",
    r"you'?re (?:\w+ )?(?:wrong|ridiculous|delusional|clueless|pathetic|deluded)",
    r"shouldn'?t be allowed to (?:have|breed|raise|be)",
    r"running wild",
    r"control your (?:kids|children|child|son|daughter|boy|girl)",
    r"you need to (?:get|sort|control|learn|parent|grow)",
    r"if your (?:son|daughter|child|kid|boy|girl) (?:did|had|would|bothered|listened|actually|"
    r"spent (?:less|more)|put (?:in )?(?:more|less|half)|paid (?:more )?attention|worked|tried|revised|"
    r"focused|turned up|came to)",
    r"blaming (?:the )?(?:staff|teachers|school|us|me|others|everyone else|the school) (?:won'?t|will not|"
    r"doesn'?t|isn'?t|is not|does not)",
    r"(?:clearly|obviously|some people|you|parents|they) can'?t (?:even )?(?:read|follow|understand)",
    r"too (?:thick|stupid|lazy|dim) to",
    r"ashamed of (?:yourself|yourselves)",
    r"shame on you",
    r"you should be ashamed",
    r"(?:are|is) the worst",
    r"do one",
    r"have a word with (?:themselves|himself|herself|yourself|yourselves)",
    r"take a (?:long )?hard look at (?:themselves|himself|herself|yourself|yourselves)",
    r"who can'?t (?:even )?(?:read|follow|understand|spell|count)",
    r"maybe (?:don'?t|stop|try|parent|learn|get)",
    r"perhaps (?:don'?t|stop|parent|learn to|get a)",
    r"(?:spend|spending|try spending) (?:a (?:bit|little|lot) |a tad |slightly )?less time "
    r"(?:online|on facebook|on (?:your|the|their) phones?|on social media|moaning|complaining|whinging|"
    r"posting|typing|commenting)",
    r"(?:a (?:bit|little|lot) |slightly |far |much )?more time (?:teaching|parenting|raising|disciplining|"
    r"with) (?:your|their|his|her) (?:own )?(?:child|kid|kids|children|son|daughter|boy|girl|lad|lass)",
    r"(?:teach|teaching|taught) (?:your|their) (?:own )?(?:child|kid|kids|children|son|daughter|boy|girl|"
    r"lad) (?:(?:some|basic|a few|a bit of) (?:manners|respect)|(?:how )?to behave)",
    r"instead of (?:moaning|complaining|whinging|whining|ranting|posting|slagging)",
    r"(?:with (?:all )?(?:due )?respect|no offence),? (?:(?:if|but|maybe|perhaps) )?"
    r"(?:you|your|you'?ve|you'?re)",
    r"parent (?:him|her|them|your (?:kid|child|son|daughter))",
    r"(?:your|his|her|their) (?:son|daughter|child|kid|boy|girl) is the (?:reason|problem)",
    r"you'?ve never (?:stood|taught|worked|set foot)",
    r"have some (?:respect|manners|decency|shame)",
    r"respectfully,? (?:your|you)",
    r"(?:your|his|her) (?:son|daughter|child|kid|boy|girl|lad|lass)(?:'s)? (?:attitude|behaviour|"
    r"behavior|manners|"
    r"effort|parenting) (?:is|was) the (?:issue|problem)",
    r"for the record,? (?:you|your)",
    r"(?:your|his|her) (?:son|daughter|child|kid|boy|girl) (?:was|is) the one who",
    r"since you'?ve (?:started|brought it up|asked|gone public)",
    r"since you (?:want to do this|asked|brought it up|started it)",
    r"before (?:embarrassing|making a fool of|showing up) yourself",
    r"(?:we wouldn'?t|i wouldn'?t) (?:be having|need to have|have to have) this conversation",
    # "with respect Kerry, the PTA…", "no offence Gav but…": a reply squaring up to someone by name
    r"(?:with (?:all )?(?:due )?respect|no offence|respectfully),? (?-i:[A-Z])[\w'’-]+(?:,| but\b)"
    r"(?! *(?:thanks|thank|i agree|you'?re right|well done|great|lovely))",
)
# Incompetence jibes ("couldn't organise a raffle without a meeting", "couldn't find their way out of a
# paper bag"); the rule skips them when the author says it of themselves ("I couldn't…").
INCOMPETENCE_JIBE = words(
    r"(?:couldn'?t|could not|can'?t|cannot) (?:organise|organize|run|arrange|plan|manage) "
    r"(?:a|an) [\w-]+(?: [\w-]+)? (?:in a brewery|without (?:a|an|three|ten|\d+) (?:meetings?|committees?|"
    r"sub-?committees?|working part(?:y|ies)|spreadsheets?)|if (?:their|his|her|your) li(?:fe|ves) depended)",
    r"(?:couldn'?t|could not|can'?t) "
    r"(?:find (?:their|his|her|your|its) way|fight (?:their|his|her|your|its) way|get) "
    r"out of a (?:paper|wet paper) bag",
)
DEFAMATION = words(
    r"(?:'s|’s) (?:a |an )(?:known |lying |thieving |total |complete |absolute |bent |notorious )?"
    r"(?:thief|fraud(?:ster)?|crook|criminal|con ?man|con artist|scammer|swindler)",
    r"(?:is|are|was|were|been) (?:a |an )?(?:known |lying |thieving |total |complete |absolute |bent )?"
    r"(?:thie(?:f|ves)|fraud(?:ster)?s?|corrupt|crooks?|criminals?|"
    r"abusers?|racists?|bull(?:y|ies)|paedos?|predators?)",
    r"(?:is|are|was|has been) (?:stealing|fiddling|lying|embezzling|on the take)",
    r"fiddl(?:es|ed|ing) the (?:books|figures|results|data)",
    r"cook(?:s|ed|ing)? the books",
    r"embezzl\w+",
    r"backhanders?",
    r"bribe[sd]?",
    r"took bribes",
    r"stole from",
    r"pockets? the money",
    r"pocket(?:s|ed|ing)? (?:the |your |people'?s |customers'? |their )?(?:deposits?|cash|fees|takings)",
    r"lying (?:crook|cheat|thief|toad|git|scumbag|snake|rat)s?",
    r"short-?chang(?:ed|es|ing)",
    r"hid(?:e|es|ing)? (?:the |a |an |their |our )?(?:overspend|deficit|losses|figures|money|debt|truth|"
    r"complaints?|results)",
    r"(?:covering|covered|cover|hushing|hushed) (?:it |this |things |everything )?up",
    r"(?:everyone|let'?s all|y'all|yall|you all|please all) (?:unfollow|report|block|ignore|pile on) (?:her|"
    r"him|them)",
    r"fair game",
    r"lying to (?:the )?(?:governors|parents|staff|trust|ofsted|board|us|everyone)",
    r"massag(?:e|ed|es|ing) the (?:figures|numbers|data|results)",
)
MOCKING = words(
    r"making fun of",
    r"mak(?:es|ing) fun of",
    r"mock(?:s|ed|ing)",
    r"laughing at",
    r"taking the (?:piss|mick|mickey) out of",
    r"impressions? of",
    r"joke about",
    r"jokes about",
    r"caricature",
    r"stereotyp\w+",
    r"memes? (?:calling|about|of|mocking|laughing at|making fun of)",
)
PROTECTED = words(
    r"disab\w+",
    r"wheelchairs?",
    r"autis\w+",
    r"down'?s syndrome",
    r"deaf",
    r"blind",
    r"stammers?",
    r"stutters?",
    r"gay",
    r"lesbians?",
    r"trans\w*",
    r"race",
    r"racial",
    r"black",
    r"asian",
    r"muslims?",
    r"jew\w*",
    r"religio\w+",
    r"immigrants?",
    r"refugees?",
    r"foreigners?",
    r"old (?:people|folk)",
    r"pensioners?",
    r"obese",
    r"fat (?:people|person|women|woman|men|man|kids?|children)",
    r"overweight",
    r"hijabs?",
    r"niqabs?",
    r"burqas?",
    r"turbans?",
    r"kippah",
    r"skin colou?r",
    r"ethnic\w*",
    r"nationality",
    r"sexuality",
    r"women",
    r"accents?",
    r"sikhs?",
    r"hindus?",
    r"christians?",
    r"travellers?",
    r"gypsies",
)
# Hostile claims about a protected group (also in a shared link's title): "immigrants are ruining X".
GROUP_HOSTILITY = words(
    r"(?:immigrants?|refugees?|asylum seekers?|migrants?|foreigners?|muslims?|jews?|travellers?|gypsies|"
    r"gays?|trans (?:people|women|men|kids)|eastern europeans|poles|romanians?) (?:are |is )?"
    r"(?:ruining|destroying|taking over|invading|flooding|overrunning|swamping|stealing|scrounging|sponging|"
    r"(?:the|a) (?:problem|plague|threat|disease)|to blame)",
    r"(?:invasion|swarm|flood|horde)s? of (?:immigrants|migrants|refugees|asylum seekers|foreigners)",
    r"(?:blame|deport|kick out|send back|ban) (?:the |all |these |those )?(?:immigrants|refugees|"
    r"asylum seekers|migrants|foreigners|muslims)",
)
# Xenophobic remarks with no slur ("felt like I needed a passport in my own town", "barely heard a word of
# English"): the rule leaves them alone when the draft is about a holiday abroad or is warm.
# "Felt like I needed a passport" is a joke about a long drive unless the draft also says who is foreign.
PASSPORT_JIBE = words(
    r"(?:need(?:ed)?|needing|'d need|would need|should need|should have brought) (?:a |my )?passports? "
    r"(?:to (?:go|get|walk|visit|shop|go into|go down)|in (?:my|our) own)",
    r"(?:like|as if) (?:i|we|you) (?:needed|need|'d need|would need|should have brought) (?:a |my |our )?"
    r"passports?",
)
FOREIGN_CUE = words(
    r"english",
    r"british",
    r"foreign\w*",
    r"immigra\w+",
    r"migrants?",
    r"asylum",
    r"refugees?",
    r"(?:this|our|my) country",
    r"languages?",
    r"accents?",
    r"headscarf|headscarves|burkas?|burqas?|hijabs?|mosques?|halal",
    "\U0001f1ec\U0001f1e7",
)
XENOPHOBIA = words(
    r"(?:foreigners?|strangers?|outsiders?|minority|minorities) in (?:my|our|your|their) own "
    r"(?:country|town|city|street|area|land)",
    r"go back (?:to )?where (?:they|you|he|she|y'?all) (?:came|come) from",
    r"(?:go|send (?:them|'em|em)(?: all)?) back (?:to|home to) (?:their|your) own countr(?:y|ies)",
    r"(?:send|ship|deport|kick|boot|chuck) (?:them|'em|em|the lot of them) (?:all )?(?:back|out)"
    r"(?: home| to where| where)",
    r"(?:barely|hardly|not|never|didn'?t|not once|couldn'?t) (?:heard?|hear|catch) (?:a |one |a single )?"
    r"(?:word|syllable|sentence) (?:of|in) english",
    r"(?:nobody|no one|no-one|hardly anyone|barely anyone|none of them) (?:round here |there |here )?"
    r"(?:speaks?|spoke|speaking|can speak|bothers? (?:to )?(?:learn|speak)) (?:a word of |proper )?english",
    r"(?:isn'?t|is not|not|no longer|ain'?t) (?:british|english) (?:any ?more|anymore|these days|now)",
    r"(?:can'?t|cannot|never|don'?t|didn'?t) hear (?:any |a word of |much |a single word of )?english "
    r"(?:on|in|round|at|down|anywhere)",
    r"only (?:english|british|white) (?:person|people|bloke|man|woman|lad|lass|family|face)s? "
    r"(?:\w+ )?left (?:in|on|round|at|down)",
    r"(?:like|it'?s like|feels like|looks like|more like) (?:a |some )?third[- ]world "
    r"(?:country|dump|hole|place)",
)
# "Send the lot of them back": hostile only beside who is foreign (not parcels or library books).
SEND_BACK = words(
    r"(?:send|ship|deport|kick|boot|chuck)(?:ing)? (?:them|'em|em|the lot(?: of (?:them|'em|em))?|them all|"
    r"all of them)(?: all)? (?:back|out)"
    r"(?= i say| home| where| now|\s*[.!,]|\s*$|\s*[\U0001f1e6-\U0001f1ff])",
)
IMMIGRATION_CUE = words(
    r"foreign\w*",
    r"immigra\w+",
    r"migrants?",
    r"asylum",
    r"refugees?",
    r"(?:this|our|my) country",
    r"small boats",
    r"(?:the )?only (?:english|british|white) \w+",
    "\U0001f1ec\U0001f1e7",
)
# Abroad, or learning the language: "hardly anyone spoke English in the village, loved practising my Spanish".
ABROAD = words(
    r"holidays?",
    r"hols",
    r"abroad",
    r"overseas",
    r"vacation",
    r"travel\w*",
    r"(?:in|to|from|around|across) (?:france|spain|italy|greece|portugal|germany|poland|japan|china|india|"
    r"turkey|morocco|thailand|vietnam|mexico|peru|brazil|europe|asia|africa|the alps|the dordogne|"
    r"tuscany|crete|corfu|majorca|mallorca|tenerife|lanzarote|the canaries|iceland|norway|sweden|croatia)",
    r"practis\w+ my",
    r"(?:my|our|the|his|her) (?:french|spanish|italian|german|polish|portuguese|greek|japanese|urdu|punjabi|"
    r"arabic|welsh) (?:is|was|lessons?|skills)",
    r"eal",
    r"english as an additional language",
    r"(?:learning|learn|learnt|learned|picking up|pick up) english",
    r"new (?:arrivals|to english|to the country)",
    r"refugees? welcome",
    r"welcom\w+",
)
# A nationality, ethnicity, faith or other protected group as people: a plural noun ("Romanians"), or
# an adjective before people ("Polish builders", "Chinese families"), never a subject or a cuisine
# ("English", "French", "a Chinese takeaway").
_PEOPLE_NOUN = (
    r"(?:people|folk|men|women|lads|blokes|girls|boys|kids|children|families|workers|builders|plumbers|"
    r"drivers|cabbies|cleaners|nurses|doctors|students|pupils|parents|mums|dads|neighbours|lot|gangs?|"
    r"shopkeepers|landlords|tradesmen|labourers|pickers|staff|immigrants|migrants|beggars|community|"
    r"communities|population|[a-z]+(?:ers|ists|ians|ors))"
)
STEREOTYPED_GROUP = words(
    r"(?:polish|romanian|albanian|bulgarian|lithuanian|latvian|slovak|czech|eastern european|irish|"
    r"scottish|welsh|nigerian|ghanaian|somali|african|pakistani|indian|bangladeshi|chinese|asian|arab|"
    r"turkish|kurdish|afghan|syrian|iraqi|iranian|mexican|jamaican|caribbean|muslim|jewish|hindu|sikh|"
    r"catholic|black|gypsy|roma|traveller|foreign|immigrant|migrant|refugee|gay|trans|disabled) "
    r"(?:[a-z]+ )?" + _PEOPLE_NOUN,
    r"poles",
    r"romanians",
    r"albanians",
    r"bulgarians",
    r"lithuanians",
    r"eastern europeans",
    r"scousers",
    r"geordies",
    r"nigerians",
    r"somalis",
    r"africans",
    r"pakistanis",
    r"indians",
    r"bangladeshis",
    r"asians",
    r"arabs",
    r"turks",
    r"afghans",
    r"syrians",
    r"mexicans",
    r"muslims",
    r"jews",
    r"hindus",
    r"sikhs",
    r"gypsies",
    r"travellers",
    r"immigrants",
    r"migrants",
    r"refugees",
    r"asylum seekers",
    r"foreigners",
    r"gays",
)
# What a stereotype calls them: a crime, a vice or dirt pinned on the whole group.
STEREOTYPE = words(
    r"thie(?:f|ves)",
    r"thieving",
    r"scroungers?",
    r"scrounging",
    r"spongers?",
    r"sponging",
    r"freeloaders?",
    r"benefit (?:cheats?|fraud\w*|scroungers?|spongers?|tourists?)",
    r"criminals?",
    r"crooks?",
    r"con ?(?:men|artists)",
    r"cheats?",
    r"lazy",
    r"layabouts?",
    r"dirty",
    r"filthy",
    r"smelly",
    r"stink(?:s|ing|y)?",
    r"scam(?:mers?)?",
    r"fraudsters?",
    r"beggars",
    r"vermin",
    r"parasites?",
    r"animals",
    r"savages",
    r"terrorists?",
    r"rapists?",
    r"paedos?",
    r"drunks?",
    r"illegals?",
    r"(?:stealing|nicking|taking|pinching) (?:all )?(?:our|the) (?:jobs|houses|homes|benefits|women)",
    r"can'?t be trusted",
    r"(?:all )?on benefits",
    r"breed like",
    r"uncivili[sz]ed",
    r"backward",
)
# Words that take a stereotype apart rather than spread it ("busting the myth that refugees are scroungers").
COUNTER_STEREOTYPE = words(
    r"myths?",
    r"stereotyp\w+",
    r"challeng\w+",
    r"debunk\w*",
    r"bust(?:ing|ed)?",
    r"racis[mt]\w*",
    r"prejudice\w*",
    r"discriminat\w+",
    r"tackl\w+",
    r"(?:is|are|it'?s|that'?s) (?:not true|false|wrong|unfair|a lie)",
    r"(?:aren'?t|are not|isn'?t|is not|never) (?:\w+ )?(?:thieves|scroungers|criminals|lazy|dirty)",
    r"hate (?:crime|speech)",
    r"(?:called|calling|shouted at|yelled at|abused) (?:us|me|them|him|her|my|our|his|their)\b",
    r"shouted at",
    r"abuse",
)
SLUR = words(
    r"go back (?:to )?(?:where (?:they|you|she|he) came from|(?:their|your|his|her) own country)",
    r"typical (?:woman|women|female|foreigners?|immigrants?|muslims?|jews?|poles|polish|romanians?|"
    r"travellers?|"
    r"gypsies)",
    r"(?:women|girls) (?:can'?t|shouldn'?t|cannot) (?:drive|lead|teach maths|do maths|be heads?|"
    r"be in charge)",
    r"(?:bloody|flipping|these|those|all these) (?:foreigners|immigrants|eastern europeans|poles|"
    r"asylum seekers)",
    r"retard(?:s|ed)?",
    r"spaz",
    r"spastic",
    r"mong",
    r"cripple",
    r"poofs?",
    r"fag(?:got)?s?",
    r"tranny",
    r"paki",
    r"n[i1]gg\w*",
    r"gyppo",
    r"pikeys?",
)
CRUDE = words(
    r"f+u+c+k\w*",
    r"f[\*\.#@]+k\w*",
    r"sh[i\*]t\w*",
    r"cunts?",
    r"c[\*]+t",
    r"twat\w*",
    r"wank\w*",
    r"bollocks",
    r"bastards?",
    r"dickheads?",
    r"arseholes?",
    r"assholes?",
    r"piss(?:ed)? off",
    r"bitch\w*",
    r"slags?",
    r"whores?",
    r"sluts?",
    r"stfu",
    r"wtf",
)
# Shaming someone in public: "name and shame", CCTV stills put up for all to see, "everyone will know who".
PUBLIC_SHAMING = words(
    r"nam(?:e|ing) (?:and|&|n) sham(?:e|ing)",
    r"(?:put|post|stick|share|publish|release|upload|pop)(?:ing|s)? (?:up )?(?:the |their |his |her |some |"
    r"those )?cctv",
    r"cctv (?:stills?|footage|images?|pictures?|photos?|clips?|screenshots?) "
    r"(?:up|out|online|on here|on (?:the|our|this) (?:page|website|site|feed|facebook|app))",
    r"(?:everyone|everybody|the whole (?:school|town|village|year group|estate)|all (?:the )?parents)"
    r"(?: else)? (?:will|is going to|is gonna|'ll) (?:know|find out|see) "
    r"(?:who|their name|your name|his name|her name)",
)
# "…knows who they are": a public finger pointed at a wrongdoer (thanks to "you know who you are" are kind).
KNOWS_WHO = words(r"knows? (?:exactly )?who (?:they|you|he|she) (?:are|is)")
WRONGDOING = words(
    r"vandalis\w+",
    r"vandalism",
    r"damag(?:ed|ing)",
    r"graffiti\w*",
    r"stole",
    r"stolen",
    r"steal(?:ing)?",
    r"smash(?:ed|ing)",
    r"broke(?:n)? (?:into|the)",
    r"set off",
    r"flood(?:ed|ing) the",
    r"bull(?:ied|ying)",
    r"wrote (?:on|all over)",
    r"responsible for",
    r"culprits?",
    r"spread(?:ing|s)? (?:lies|rumou?rs|gossip|nonsense|rubbish)",
    r"(?:lies|lying) about",
)
THREAT = words(
    r"(?:i'll|i’ll|ill|i will|gonna|going to) (?:kill|hurt|smash|batter|sort|deal with) (?:you|him|her|them)",
    r"watch your back",
    r"you'?ll regret",
    r"you'?ll be sorry",
    r"(?:know|knows|find out|found out|finding out) (?:exactly )?(?:who you are,? (?:and )?)?where you "
    r"(?:live|drink|work|go|park|sleep|hang out|drop (?:your|the) kids)",
    # "carry on … and see what happens", "try that again and see what happens"
    r"(?:carry on|keep (?:it up|going|this up|on)|try (?:it|that)|do (?:it|that) (?:again|once more)|"
    r"say (?:it|that) (?:again|to my face)|post (?:that|it) again)(?: [\w'’]+){0,8}? "
    r"(?:and|then|&) see what happens",
    r"(?:you|ya) (?:want|wanna|might want|need) to (?:watch|be careful)(?: what you say| yourself| it| your)",
    r"we know (?:exactly )?who you are",
)

# --- confidentiality ----------------------------------------------------------------------------

HEALTH = words(
    r"(?:her|his|their|the) operation",
    r"operation",
    r"surgery",
    # not a workplace or placement: "an internship in the hospital kitchens", "hospital radio"
    r"hospital(?:ised)?(?! (?:kitchens?|canteen|caf[eé]|shop|radio|car ?park|porters?|laundry|league|"
    r"charity|volunteers?|trust|job|placement|internship|careers?|fun ?run|appeal|estates?|catering|"
    r"admin|maintenance|apprenticeships?))",
    r"cancer",
    r"chemo\w*",
    r"diagnos\w+",
    r"pregnan\w+",
    # "one of our team is expecting 🤰", "her 12-week scan"
    r"(?:is|she'?s|'s|are|they'?re) expecting(?= *(?:[^\w\s]|$|again|twins|a baby|baby|number \w+|"
    r"(?:her|their|his) (?:first|second|third|fourth|baby|\w+ baby)))",
    r"\d+[- ]?weeks? scan",
    r"(?:baby|dating|anomaly|pregnancy) scan",
    r"baby on the way",
    r"bun in the oven",
    r"morning sickness",
    r"mat(?:ernity)? leave",
    "\U0001f930",
    r"heart attack",
    r"(?:had|suffered) a stroke",
    r"tumou?rs?",
    r"biopsy",
    r"radiotherapy",
    r"mastectomy",
    r"dementia",
    r"panic attacks?",
    r"in remission",
    r"palliative",
    r"hospice care",
    r"sickness absence",
    r"miscarri\w+",
    r"mental health",
    r"depress\w+",
    r"anxiety",
    r"breakdown",
    r"signed off",
    r"off sick",
    r"sick leave",
    r"stress leave",
    r"terminal(?:ly)?",
    r"medication",
    r"self[- ]harm\w*",
    r"suicid\w+",
    r"eating disorder",
    r"overdose",
    r"adhd",
    r"ehcp",
    r"epilep\w+",
    r"seizures?",
    r"diabet\w+",
    r"rehab",
    r"in hospital",
    r"off (?:work |sick )?with (?:stress|anxiety|depression|burnout|covid|flu|a bad back|(?:her|his) back|"
    r"illness|cancer|a broken \w+)",
    r"a&e",
    r"broke (?:his|her|their) \w+",
    r"broken (?:arm|leg|wrist|ankle|nose|collarbone)",
    r"injur(?:y|ies|ed)",
    r"concussion",
    r"ambulance",
    r"knee'?s? (?:finally )?(?:given up|gone)",
    r"ivf",
    r"allerg(?:y|ies|ic)",
    r"anaphyla\w+",
    r"epi-?pens?",
    r"asthma",
    r"inhalers?",
    r"medical (?:condition|needs)",
    r"crutches",
    r"(?:her|his|their) nerves",
    # stitches in a wound ("needed six stitches", "stitches in her chin"), not "had us in stitches"
    r"(?:needed|needs|need|had|has|got|getting|with|few|some|\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|the) stitches(?! (?:of|from) laughter)",
    r"stitches (?:in|on|to|above|across|out) (?:his|her|their|the|my)",
    r"fractur\w+",
    r"in a (?:cast|sling|neck brace|wheelchair)",
    r"(?:since|after) (?:her|his|their) fall",
    r"wet (?:himself|herself|themselves)",
    r"soiled (?:himself|herself|themselves)",
    r"(?:toilet(?:ing)?|potty) accidents?",
    r"had a (?:bad )?fall",
    r"long[- ]term sick",
    r"off long[- ]term",
    r"phased return",
    r"occupational health",
    r"maternity",
    r"autis(?:m|tic)",
    r"asd",
    r"dyslexi\w+",
    r"dyspraxi\w+",
    r"(?:adhd|autism|asd|camhs) (?:pathway|assessment|referral|waiting list)",
    r"sen(?:d)? (?:register|support)",
    r"speech and language",
)
CARE_AND_SAFEGUARDING = words(
    r"in care",
    r"looked[- ]after",
    r"missing from care",
    r"foster(?:ed|ing| care| carers?| family| placement| home| parents?| mum| dad)",
    r"placement (?:breakdown|broke down|ended)",
    r"care home",
    r"social services",
    r"social workers?",
    r"child protection",
    r"cp (?:plan|referral|case|meeting)",
    r"safeguarding (?:referral|concern|case|issue|report)",
    r"disclos(?:ed|ure)",
    r"police (?:at school|were called|came|called|involved|turned up)",
    r"police at",
    r"arrested",
    r"abused?",
    r"neglect\w*",
    r"domestic (?:violence|abuse)",
    r"(?:has |had )?(?:gone|went) missing",
    r"ran away",
    r"court case",
    r"custody",
    r"young carer",
    r"camhs",
    r"early help",
    r"social care",
    r"children'?s services",
    r"(?:with|has|had|covered in|more|new|fresh|unexplained|suspicious) bruis(?:es|ing)",
    r"bruis(?:es|ing) (?:on (?:his|her|their)|that (?:didn'?t|don'?t|did not|do not)|(?:he|she|they) "
    r"(?:couldn'?t|wouldn'?t|can'?t|won'?t) explain)",
    r"marks on (?:his|her|their) (?:arms?|legs?|neck|face|back|body)",
    r"(?:non-accidental|unexplained) (?:injur\w+|marks)",
    r"(?:rang|ring|called|call|phoned|contacted|referred (?:him|her|them|it) to) (?:the )?"
    r"(?:lado|mash|police|dsl|nspcc|childline)",
    r"(?:taken|went|gone|going|put|placed) into care",
    r"care proceedings",
    r"(?:at[- ]risk|child protection) register",
    r"groom(?:ed|ing)",
    r"county lines",
    r"criminal exploitation",
    r"fgm",
    r"prevent referral",
    r"radicali[sz]\w+",
    r"ed(?:ucational)? psych\w*",
    r"parents (?:have )?(?:split|separated|divorc\w+)",
    r"struggling at home",
    r"family (?:breakdown|problems|issues|troubles)",
    r"bereave\w+",
    r"passed away",
    r"funeral",
    r"(?:being|been|was|were) (?:bullied|hit|hurt|abused|beaten)",
    r"bullied at home",
    r"(?:living|lives|staying|stays|moved in) with (?:his|her|their) (?:gran|nan|grandparents|grandma|"
    r"grandad|"
    r"aunt(?:ie)?|uncle)",
    r"(?:trouble|issues|problems|stuff|things|everything|it) (?:at|going on at) home",
    r"at home (?:kicked off|blew up)",
    r"home life",
    r"free school meals",
    r"pupil premium",
    r"section (?:47|17)",
    r"s47",
    r"child in need",
    r"cin plan",
    r"lado",
    r"mash referral",
    r"strategy meeting",
    r"(?:referred|referral) to (?:social|children'?s) (?:services|care)",
    r"homeless(?! shelters?| charit(?:y|ies)| people| crisis| outreach| hostels?| appeal| collection)",
    r"temporary accommodation",
    r"youth offending",
    r"kinship care",
    r"special guardianship",
    r"adopted(?! (?:a|an|the|our|my|his|her|their|this|these|some)\b)",
    r"(?:dad|mum|father|mother|parents?)(?:'s| has| have)? (?:walked out|moved out|left home|left them|"
    r"left the family|gone to prison|in prison|been arrested|split up)",
    r"since (?:her|his|their) (?:dad|mum|father|mother|parents?) (?:left|split|died|walked out|moved out)",
)
DISCIPLINE = words(
    r"(?:permanently |temporarily )?excluded",
    r"exclusions?",
    r"suspen(?:ded|sions?)",
    r"expelled",
    r"in isolation",
    r"disciplinary",
    r"sacked",
    r"dismissed",
    r"gross misconduct",
    r"misconduct",
    r"capability (?:procedure|process|plan|meeting|hearing|review|proceedings)",
    r"on capability",
    r"formal warning",
    r"(?:verbal|written) warning",
    r"(?:failed|failing|not passed|didn'?t pass) (?:his|her|their) probation",
    r"(?:being|been|getting) managed out",
    r"compromise agreement",
    r"final warning",
    r"under investigation",
    r"being investigated",
    r"brought a knife",
    r"bringing a knife",
    r"knife",
    r"drugs? (?:found|in (?:his|her) bag)",
    r"vaping in",
    r"sent home(?: \w+){0,2} (?:after|for|following)",
    r"(?:we are|we're|are|is|currently) investigating",
    r"complaints? (?:against|about) (?:mr|mrs|ms|miss|dr|a colleague|a member of staff)",
    r"grievance (?:against|about|raised|lodged|hearing|meeting)",
    r"(?:raised|lodged|put in) a (?:formal )?grievance",
    r"employment tribunal",
    r"(?:taking|took|take|taken) (?:them|the trust|the school|the academy|the head|[\w'’]+) "
    r"to (?:a |an )?tribunal",
    r"settlement agreement",
    r"whistle-?blow\w*",
    r"escorted (?:off|out of|from) (?:site|the premises|the building|school)",
    r"garden leave",
    r"allegations? (?:against|about|made against)",
    r"managed move",
    r"on (?:a |the |his |her |their )?(?:behaviour|daily|head'?s|pastoral|attendance|conduct|monitoring) "
    r"report",
    r"(?:behaviour|conduct) (?:log|record|contract|points)",
    r"(?:negative|demerit) points",
    r"(?:got|gets|getting|given|in|on|earned) (?:a |an |his |her |their )?(?:after-school |lunchtime |"
    r"saturday |"
    r"head'?s )?detention",
    r"sent (?:to|out to) (?:the )?(?:head|isolation|inclusion|iso|the unit|exclusion room)",
    r"pru",
    r"pupil referral unit",
    r"alternative provision",
    r"off-?roll\w*",
    r"fixed[- ]term(?! contract| post| role| job)",
    r"day (?:exclusion|suspension|fixed[- ]term)",  # "5-day exclusion": anchored on "day"
    r"assault(?:ed|ing)",
    r"threw (?:a|the|his|her) (?:chair|table|desk|punch|bottle|stone|brick|bag)",
    r"(?:punched|kicked|headbutted|spat at|bit|slapped) "
    r"(?:a|another|her|him|me|the|his|their|one)",
    r"told (?:her|him|me|them|sir|miss|a teacher|the teacher) to (?:eff|f\w*|piss|sod|bog) off",
    r"(?:off|absent|away|not in|working from home|out)['’]? (?:for )?"
    r"(?:the rest of (?:the )?(?:term|year|week|half-?term)|"
    r"indefinitely|until further notice|for the foreseeable)",
    r"draw your own conclusions",
    r"(?:has|have) complained (?:that|about)",
)
RECRUITMENT = words(
    r"interview(?:ed|ing|s)?",
    r"candidates?",
    r"shortlist\w*",
    r"applicants?",
    # "sat on the panel for the new deputy", "on the appointment panel"
    r"(?:on|sat on|sitting on|chairing|chaired|chair of) (?:the |an |our )?(?:interview |appointment |"
    r"appointments |recruitment |selection )?panel",
    r"(?:interview|appointment|selection|recruitment) panel",
)
RECRUITMENT_JUDGEMENT = words(
    r"bombed",
    r"disaster",
    r"awful",
    r"terrible",
    r"useless",
    r"cried",
    r"fell apart",
    r"went to pieces",
    r"didn'?t get it",
    r"turned (?:him|her|them) down",
    r"rejected",
    r"worst",
    r"nervous wreck",
    r"(?:burst into |in )tears",
    r"crying",
    r"broke down",
    r"froze",
    r"panicked",
    r"forgot",
    r"blanked",
    r"waffled",
    r"couldn'?t (?:answer|remember|name)",
    r"car crash",
    r"cringe\w*",
    "\U0001f602",
    "\U0001f923",
    r"messed (?:it )?up",
    r"a shambles",
    r"clueless",
    r"(?:didn'?t|did not) (?:even )?(?:know|understand) (?:what|how|who|why)",
    r"(?:had )?no (?:idea|clue) (?:what|how|who|why)",
    r"out of (?:his|her|their) depth",
    r"(?:walked|stormed) out",
    r"(?:the )?(?:best|strongest|weakest) (?:one|candidate|of the bunch)",
    r"(?:offer|job|post)(?:'s|’s| is)? going to",
    # what a candidate let slip about their past, or the panel's verdict on them
    r"let slip",
    r"(?:been |was |got |getting )?(?:let go|sacked|fired|dismissed|pushed out|managed out|"
    r"asked to leave)",
    r"(?:left|leaving) (?:his|her|their) last (?:school|job|post|role|place) (?:under a cloud|because|"
    r"after|over)",
    r"(?:lied|fibbed|lying) (?:on|in|about) (?:his|her|their) (?:cv|application|references?|experience)",
    r"(?:his|her|their) (?:references?|ref) (?:was|were|is|are|said|mentioned)",
    r"(?:gap|gaps) in (?:his|her|their) (?:cv|employment|work history)",
    r"(?:that'?s|that'?ll be|it'?s|definitely) a (?:no|hard no|no from me|nope)",
    r"a (?:hard |big |definite )?no from (?:me|us|the panel)",
    r"(?:hard pass|red flags?|not appointable|unappointable)",
    r"won'?t be (?:getting|offered) (?:it|the job|the post)",
    r"(?:over|because of|about) (?:his|her|their) (?:attitude|behaviour|conduct|drinking|timekeeping|"
    r"sickness|absence)",
)
PERSON_DESCRIBED = words(
    r"(?:mr|mrs|ms|miss|mx|dr)\.? (?-i:[A-Z])[\w'’-]+",
    r"one of (?:our|my|the) (?:(?!best|most|worst|first|last|greatest|biggest|nicest)[\w-]+ ){0,2}(?:"
    + YEAR_GROUP
    + r"|pupils|students|kids|children|learners|colleagues|"
    r"tas|teachers|staff|boys|girls|sixth formers|tutees|littles|little ones|tinies|babies|lads|lasses|lot|"
    r"reception(?:ers)?|nursery|class|form|tutor group|cohort|team|department|dept|office|staffroom|"
    r"support staff|admin team|dinner (?:ladies|staff)|lunchtime supervisors|governors|families|parents|"
    r"mums|dads)",
    # "my Reception littles", "a Y2 child", "our nursery kids"
    r"(?:my|our|a|an) (?:reception|nursery|ks\d|" + YEAR_GROUP + r") "
    r"(?:child|children|kids?|boys?|girls?|pupils?|students?|littles|little ones|lads?|lass(?:es)?)",
    r"an? (?:" + YEAR_GROUP + r"|year \d+) (?:boy|girl|pupil|student|child|lad)",
    r"an? (?:boy|girl|pupil|student|child|colleague|teacher|member of staff|ta|parent|lad) (?:in|from|at)",
    r"(?:a|one) (?:boy|girl|pupil|student|child|colleague|teacher|member of staff|lad)",
    r"my (?:ta|colleague|line manager|head|deputy|co-?teacher|job ?share|mentor|mentee|tutee)",
    r"(?:our|my|the|their|your) (?:new |old |former |acting )?(?:senco|dsl|hlta|ta|teaching assistant|nqt|"
    r"ect|trainee|business manager|site manager|"
    r"office manager|bursar|receptionist|cleaner|cook|caretaker|head of (?:year|department|\w+)|"
    r"\w+ teacher|supply teacher|cover supervisor|learning mentor|deputy head(?:teacher)?)",
    r"(?:kid|lad|lass|girl|boy|child|pupil|student|bairn|wean)s? (?:in|from) (?:(?:my|our|the) "
    r"(?:class|form|tutor group|set|year|group)|" + YEAR_GROUP + r")",
    r"(?:a|one) (?:kid|lad|lass|bairn|wean)",
    r"(?:the |a |our )?new (?:wee one|kid|boy|girl|starter|pupil|child|lad|lass)",
    r"the (?:candidate|applicant|new teacher|supply teacher|deputy|head|caretaker|ta)",
    r"(?:his|her|their|your) (?:son|daughter|child|mum|dad|parents|nan|gran|grandad|grandma|grandpa|"
    r"brother|sister|stepdad|stepmum|carer|family)",
    r"(?:he|she)(?:'s| is| was| has)",
    r"(?:he|she) (?:hasn'?t|isn'?t|wasn'?t|doesn'?t|didn'?t|won'?t|can'?t)",
    YEAR_GROUP,
    r"(?-i:[A-Z])[\w'’-]+ (?:from|at) (?:work|school|the office)",
    r"(?:someone|a friend|a mate) (?:from|at) (?:work|school)",
    r"poor (?:old |little )?(?-i:[A-Z])[\w'’-]+",
    r"a pupil",
    r"a student",
    r"a child",
    r"a colleague",
)
INTERNAL_TOPIC = words(
    # before the bare word, which would otherwise take the match
    r"(?:contract|tender)(?:'s| is| has)? (?:going|gone|been awarded|awarded|been given) to",
    r"contracts?(?:'s)?",
    r"tender\w*",
    r"merg(?:er|ers|ing|e|ed)",
    r"takeover",
    r"taking over",
    r"(?:we'?re|we are|we will be|is|are|will be) joining (?:the |another |a |our )?"
    r"(?:new |different |bigger )?(?:trust|mat|federation)",
    r"joins? (?:another|a|a new|a different) (?:trust|mat|federation)",
    r"hand(?:ed|ing|s) (?:in )?(?:her|his|their|my) notice(?: in)?",
    r"(?:is|are|will be) leaving (?:in|at|at the end|after|before|this)",
    r"losing [\w'’ ]{2,30} to (?:another|a different|a new|a bigger) (?:trust|mat|federation)",
    r"resign(?:ed|ing|ation)",
    r"new (?:[\w'’]+ )?(?:sports hall|building|block|site|wing|school|academy|free school)",
    r"expan(?:sion|ding)",
    r"growth plans?",
    r"(?:plans?|bid|bidding|looking|going|trying|set|about) to take over",
    r"put(?:ting|s)? in a bid",
    r"bid(?:ding)? for (?:the |a |another )?(?:contract|school|academy|trust|tender)",
    r"tupe",
    r"(?:going for|applied for|applying for|interviewing for|got an interview for) (?:a |the )?"
    r"(?:deputy |assistant )?(?:headship|head(?:teacher)? job|job|post|role|promotion)",
    r"(?:being|been|to be|will be|getting) federated",
    r"federating",
    r"exec(?:utive)? head(?:teacher)?s?",
    r"(?:swallow(?:ing)?|gobbl(?:e|ing)|absorb(?:ing)?|tak(?:e|ing) on|tak(?:e|ing) over) (?:up )?"
    r"(?:two|three|four|five|another|more|\d+)(?: more)? (?:schools|primaries|academies|secondaries)",
    r"(?:two|three|four|five|\d+|another) (?:more |new )(?:schools|primaries|academies|secondaries) "
    r"(?:joining|coming|in)",
    r"(?:redundancy|restructure|restructuring) consultation",
    r"consultation (?:for|with) (?:the |all )?(?:\w+ )?(?:staff|tas|teachers|team)",
    r"special measures",
    r"requires improvement",
    r"academy order",
    r"re-?broker\w*",
    r"second(?:ed|ment)",
    r"falling rolls?",
    r"(?:budget|funding) cuts? (?:to|for|at|in)",
    r"(?:got|been offered|was offered|landed|getting) the (?:deputy |assistant |acting )?"
    r"(?:headship|head(?:teacher)? job|principal job|deputy job|head of \w+ job|senco job|job|post|role)",
    r"(?:getting|having|appointing|recruiting|interviewing for) a new (?:head|headteacher|principal|ceo|"
    r"deputy|chair|head of \w+|business manager)",
    r"restructur\w+",
    r"redundanc\w+",
    r"made redundant",
    r"(?:making|make|made|being made) (?:[\w'’]+ ){0,5}redundant",
    r"job cuts",
    r"(?:staff|staffing) cuts",
    r"losing (?:\d+|two|three|four|five) (?:jobs|posts|staff|tas|teachers)",
    r"new (?:[\w'’]+ ){0,2}(?:head|headteacher|principal|ceo|deputy|deputy head|senco|chair|"
    r"business manager) "
    r"(?:is|will be|has been|starts|starting|'s going to be|is going to be)",
    r"(?:being|been|is|was) appointed",
    r"appointment of",
    r"budget deficit",
    r"in the red",
    r"overspen[dt]",
    r"deficit",
    r"closing down",
    r"closure",
    # a sum with a scale (£3m, £400k): a price ("£12", "£120-a-year") is not internal business
    r"£\s?\d[\d,.]*\s?(?:m|k|million|bn|billion)",
    r"pay (?:offer|freeze|cut)",
    r"being replaced",
    r"(?:the )?(?:job )?offer(?:'s|’s| is)? (?:going|gone) to",
    r"offering (?:it|the (?:[\w-]+ )?(?:job|post|role|headship)) to",
    r"(?:headship|head'?s job|job|post|role|deputy(?:ship)?)(?:'s|’s| has| is)? (?:already )?(?:been )?"
    r"(?:offered|given|promised) to",
    r"(?:offered|given|promised) (?:the job|the post|the role|the headship|the deputy(?:ship)?) "
    r"(?:already )?to",
    # "they're offering Northgate to a deputy from Seacroft": a school's headship offered to someone
    r"(?:offered|promised) (?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)? (?:already )?to (?:the|a|an|her|him|"
    r"someone|somebody|one of|(?-i:[A-Z]))",
    r"(?:off|leaving|moving on|retiring|stepping down|jumping ship|packing it in|"
    r"quitting|handing in (?:his|her|their) notice) (?:at|after|before|by|come|in|this|next|at the end of|"
    r"for good at) (?:easter|christmas|summer|half[- ]?term|"
    r"the end of (?:term|the year|the summer|the month)|september|july|august|april|december|january|"
    r"the summer|term end|the holidays|the end of (?:this|next) (?:term|year))",
    r"(?:moving|being moved|shipped|transferred|redeployed|seconded) (?:over )?to (?:another|a different|"
    r"the other|(?-i:[A-Z])[\w'’]+) (?:school|academy|site|primary|campus)",
    r"(?:we'?ve|have|has|had|just) appointed",
    r"appointed (?:a|an|the|our)",
    r"cut(?:ting|s)? (?:\d+|\w+) (?:\w+ ){0,2}(?:posts|jobs|roles)",
    r"(?:posts|jobs|roles) (?:are|will be|being) (?:cut|lost|going)",
)
# A leader about to go, hinted at rather than said ("don't get attached to your current head", "the
# principal's days are numbered"): internal business when it is about work.
_LEADER = (
    r"(?:head ?teacher|head of \w+|head|principal|ceo|chief exec(?:utive)?|exec(?:utive)? head|deputy head|"
    r"deputy|boss|slt|senior team|leadership team|chair of governors)"
)
LEADER_ON_WAY_OUT = words(
    r"(?:get|getting|grow|growing) (?:too |very |overly |so )?(?:attached|used|comfortable|close) "
    r"(?:to|with) (?:your|the|our|their) (?:current |present |lovely |dear |beloved |esteemed )?"
    + _LEADER
    + r"\b",
    r"(?:enjoy|make the most of) (?:your|the|our) (?:current |present )?" + _LEADER + r",? while "
    r"(?:you|it|they|we) (?:can|lasts?|still)",
    _LEADER + r"(?:'s|’s|s'|s’)? days (?:are|r|look) numbered",
    r"(?:head ?teacher|principal|ceo|chief exec(?:utive)?|exec(?:utive)? head|deputy head|boss|slt|"
    r"senior team|leadership team|chair of governors|head)(?: (?:at|in|of) (?:our|the|my|\w+) [\w'’]+)?"
    r"(?:'s|’s| is| are)? (?:on (?:(?:his|her|their|the) )?way out|for the (?:chop|high jump)|"
    r"getting (?:the push|pushed out|the sack|the boot)|"
    r"being (?:pushed|eased|forced|shown the door|managed) out|clearing (?:his|her|their) desks?)",
)
# Changes hinted at with a wink: internal only with a secrecy cue and a work reference.
CHANGES_COMING = words(
    r"(?:big|major|huge|massive|serious|sweeping|some) (?:changes?|shake-?ups?) (?:are |is )?(?:coming|afoot|"
    r"ahead|on the way|incoming|at the top|in (?:the )?(?:slt|leadership|management|senior team|office))",
    r"shake-?up at the top",
    r"changes at the top",
    r"heads (?:are |will |are going to |are gonna )?(?:going to |gonna )?roll",
)
# A public process run by someone else (the council's consultation, a closure of a library) is
# public business: a school taking part in it discloses nothing internal.
PUBLIC_PROCESS = words(
    r"(?:public|council'?s?|county'?s?|local authority'?s?|la'?s|government'?s?|dfe'?s?|nhs|"
    r"borough'?s?|city'?s?|mayor'?s?|planning) consultations?",
    r"consultation (?:on|about) (?:the )?(?:council|county|local authority|government|proposed|plans)",
    r"(?:closure|closing|close) (?:of )?(?:the |our |a |their )?(?:local |nearby )?(?:[\w'’-]+ ){0,4}"
    r"(?:children'?s centre|sure start|library|libraries|youth (?:club|centre|service)|leisure centre|"
    r"swimming pool|pool|park|playground|bus (?:route|service)|post office|bank|hospital|ward|a&e|clinic|"
    r"surgery|police station|fire station|museum|community centre|day centre|care home|bridge|roads?|"
    r"lanes?|streets?|footpaths?|car park|"
    r"level crossing|railway station|airport|factory|high street)\b"
    r"(?! (?:primary|academy|school|high|college|infants?|juniors?|nursery|free school|c of e|church))",
    r"(?:council|councillors|local authority|government) (?:plans?|proposals?|decision)",
)


# Other internal business, each phrase starting with a word rare enough to skip most drafts.
def _after_subject(verb: str) -> str:
    """``verb`` said of the school or of us ("X is joining", "we're moving to"), written so the match
    starts with the verb itself (a fixed-width look-behind for each subject)."""
    subjects = ("is", "are", "will be", "'s", "’s", "we're", "we’re", "we are", "set to be", "due to be")
    return verb + "(?:" + "|".join(f"(?<={s} {verb})" for s in subjects) + ")"


INTERNAL_TOPIC_MORE = words(
    # the other trust by name: "X will be joining Oakfield Academies Trust", "moving to the Y Federation"
    r"(?:"
    + "|".join(
        _after_subject(v)
        for v in (
            "joining",
            "moving to",
            "moving into",
            "transferring to",
            "becoming part of",
            "merging with",
            "being absorbed into",
        )
    )
    + r") (?:the |another |a )?(?:(?-i:[A-Z])[\w'’&-]* ){1,4}(?:trust|mat|federation|partnership|"
    r"academies|multi-academy trust)\b",
    # an inspection outcome before the report is out ("the lead inspector told us: inadequate")
    r"(?:lead |the )?(?:inspectors?|ofsted|hmi|inspection team) (?:told|gave|said|informed|fed back|let slip|"
    r"confirmed|judged|graded|rated|called|reckon)",
    r"(?:ofsted|inspection|inspectors?'?) "
    r"(?:outcome|grade|judgement|judgment|result|verdict|rating|feedback)",
    r"(?:graded|judged|rated|downgraded|upgraded) (?:as )?(?:inadequate|requires improvement|ri|"
    r"outstanding|good)\b",
    r"(?:going|gone|been put|been placed|put|placed) (?:in|into) (?:special measures|serious weaknesses)",
    # taken over or leaving: "being taken over by X", "leaving the trust", "governors voted to join"
    r"taken over by (?:the |another |a )?(?:(?:bigger|different|new|(?-i:[A-Z])[\w'’&-]*) ){0,4}"
    r"(?:trust|mat|federation|partnership|academies)\b",
    r"being taken over(?! by)",
    r"leaving (?:the|our) (?:trust|federation|mat|partnership)",
    r"(?:voted|agreed|decided|approved|signed off)(?: \w+){0,3} to "
    r"(?:(?:join|leave|merge with) (?:the |another |a )?(?:(?:bigger|different|new|(?-i:[A-Z])[\w'’&-]*) )"
    r"{0,4}(?:trust|mat|federation|partnership|academies)\b|merge|convert|federate|academise|academize)",
)
SECRECY = words(
    r"between (?:us|you and me|ourselves)",
    r"not (?:public|announced|official|out) (?:yet|till|until)",
    r"keep (?:it|this) (?:quiet|to yourself|to yourselves|under your hat)",
    r"don'?t tell",
    r"don'?t (?:share|repeat|spread)",
    r"(?:don'?t|do not|dont|never) (?:say|breathe|mention|let on|whisper) "
    r"(?:owt|nowt|anything|a word|a thing|(?:it|this|that) to|i told|where you heard)",
    r"(?:not a word|say nowt|say nothing|keep schtum|keep shtum|keep mum)"
    r"(?! about (?:the|my|our) (?:surprise|party|present))",
    r"between (?:thee and me|you, me and the (?:gatepost|wall|doorpost))",
    r"entre nous",
    r"(?:strictly |totally )?(?:between|among) (?:the two of us|us two|us lot|ourselves)",
    r"(?:keep|keeping) (?:it|this|that) "
    r"(?:on the quiet|under wraps|to ourselves|between (?:you and me|us two))",
    r"(?:under wraps|hush-hush)",
    r"(?:i )?(?:shouldn'?t|should not|should'?nt) (?:really )?(?:be )?(?:saying|telling you|tell you|say)",
    r"(?:before|until) (?:it'?s|it is|it goes|they make it|they go) (?:public|official|out)",
    r"hush hush",
    r"off the record",
    r"before it'?s (?:announced|official|public)",
    r"nobody knows yet",
    r"no one knows yet",
    r"can'?t say (?:much|more)",
    r"(?:strictly )?confidential",
    r"on the grapevine",
    r"rumou?r (?:has it|is)",
    r"little bird",
    r"leaked",
    r"sshh*",
    r"shh+",
    r"you didn'?t hear (?:it|this) from me",
    r"mum'?s the word",
    r"keep (?:it|this|that) (?:zipped|schtum|shtum|buttoned|between us|hush)",
    r"(?:my )?lips (?:are|r) sealed",
    r"(?:not|won'?t be|i'?m not) (?:saying|naming) (?:who|names)",
    r"(?:hasn'?t|haven'?t|has not|have not|not) (?:even |yet )?told (?:anyone|anybody|the head|the boss|work|"
    r"school|management|slt|hr|her line manager|his line manager|the office)",
    r"(?:isn'?t|is not|aren'?t|are not|hasn'?t been|haven'?t been) (?:officially )?"
    r"(?:announced|public|official)",
    r"(?:nobody|no one|no-one)(?:'s| has| have)? been told",
    r"(?:nobody|no one|no-one)(?:'s| is)? supposed to know",
    r"(?:hasn'?t|haven'?t|has not|have not) been told(?: yet)?",
    r"(?:doesn'?t|don'?t|does not|do not) know yet",
    r"(?:no idea|none the wiser)(?: about)? what'?s coming",
    r"can'?t say too much",
    r"not meant to (?:say|know|tell|share)",
    r"on the (?:dl|down ?low|qt|quiet)",
    r"(?:before|until) (?:the |it'?s )?(?:letter|email|announcement|news) (?:goes|go|is|gets) out",
    r"for your eyes only",
    r"not for sharing",
    r"don'?t say i (?:said|told)",
    r"supposed to be (?:a )?(?:secret|confidential)",
    r"not supposed to (?:say|tell)",
    "\U0001f910",
    "\U0001f92b",
)
# Not public until a date or until people have been told ("isn't published till the 14th", "once
# families have been told"). Kept apart from SECRECY so its anchors can skip most drafts.
NOT_PUBLIC_YET = words(
    r"(?:isn'?t|isn’t|is not|aren'?t|aren’t|are not|not|won'?t be|won’t be|wont be|will not be) "
    r"(?:being )?(?:published|released|out|public|announced|official|shared|confirmed)(?: yet)? "
    r"(?:till|until|before|for another)",
    r"(?:once|until|till|before|when) (?:the )?(?:families|parents|staff|everyone|pupils|students|kids|"
    r"governors|colleagues|the team|the rest of the staff)(?: have| has| are| were| get| been)? "
    r"(?:been |officially |properly )?(?:told|informed|know|hear|heard|found out|been written to)",
    r"(?:before|until|till) (?:the )?(?:report|letter|press release|announcement) (?:is |gets |comes |goes )?"
    r"(?:published|out|released)",
    r"embargo(?:ed)?",
    r"under embargo",
    r"not (?:allowed|permitted) to (?:say|tell|share|post|talk about)",
    r"(?:nobody|no one|no-one)(?:'s| has| have)? (?:told|informed) (?:the )?(?:parents|staff|families|kids|"
    r"pupils|students|governors|team)",
    r"(?:staff|parents|families|everyone|the kids) (?:find|finds|will find|get|gets|will get|are getting) "
    r"(?:out|told)",
)
# Hearsay: secret-ish, but only about work does it make a topic confidential.
HEARSAY = words(
    r"unofficially",
    r"word is",
    r"rumou?r(?:s|ed)?",
    r"heard (?:a rumour|on the grapevine|through the grapevine|"
    r"(?:that )?the (?:trust|head|school))",
    r"apparently",
)
ANNOUNCED = words(
    r"announced",
    r"announcement",
    r"press release",
    r"published",
    r"officially confirmed",
    r"letter to (?:parents|families)",
    # "the trust told parents today" (not "nobody's told the parents", "once families have been told")
    r"(?:told|wrote to|emailed|informed|texted)(?<!nobody told)(?<!no one told)(?<!nobody's told)"
    r"(?<!nobody’s told)(?<!no one's told)(?<!nobody has told)(?<!no one has told)(?<!been told)"
    r" (?:all )?(?:the )?(?:parents|families|staff)",
    r"it'?s official",
    r"now public",
    r"made public",
    r"shared with (?:all )?(?:staff|parents|families)",
    r"in the newsletter",
)
# Someone's private message or e-mail shared publicly.
PRIVATE_MESSAGE = words(
    r"screenshots? of (?:a |an |my |the |our )?(?:\w+ )?"
    r"(?:colleague|staff|parent|pupil|student|head|teacher|boss)(?:'s|’s|s'|s)?(?: \w+){0,2} "
    r"(?:messages?|emails?|e-mails?|whatsapps?|texts?|dms?|chats?)",
    r"(?:leaked|forwarded|sharing|shared|posting|posted) (?:a |an |the |this |her |his |their )?private "
    r"(?:messages?|emails?|e-mails?|chats?|conversations?)",
    r"private (?:whatsapp|message|email|e-mail|chat|dm)s? (?:from|by|about)",
)
PASSWORD = words(
    r"password(?:s)? (?:is|are|:)",
    r"passwords? (?:for|to|on) (?:[\w'-]+ ){1,6}(?:is|are)",
    r"passcode (?:is|:)",
    r"log-?in (?:details )?(?:is|are|:)",
    r"pin (?:is|:)",
    r"wifi (?:code|key) (?:is|:)",
)

# --- copyright -----------------------------------------------------------------------------------

WATERMARK_REMOVED = words(
    r"(?:crop(?:ped|ping)?|remov(?:ed|ing)|edit(?:ed|ing)?|blur(?:red|ring)?|cut|rubbed|photoshopped) "
    r"(?:\w+ ){0,3}watermarks?(?: off| out)?",
    r"watermarks? (?:off|removed|cropped)",
    r"without the watermark",
)
COPIED = words(
    r"scann?ed",
    r"photocopied",
    r"screen[- ]?record(?:ed|ing)",
    r"screen[- ]?grab(?:bed)?",
    r"ripped",
    r"pirat\w+",
    r"bootleg\w*",
    r"copied",
    r"copy and pasted",
    r"copy-pasted",
    r"downloaded",
    r"uploaded",
    r"saved (?:this|it)(?: \w+)? (?:off|from)",
    r"shared (?:it|this|them) (?:in|on|with)",
    r"shar(?:ing|ed|e) (?:the )?(?:whole|full|entire)",
    r"pasted",
    r"found (?:this|it) on",
    r"stole",
    r"nicked",
    r"lifted",
    r"pinched",
    r"nabbed",
    r"screenshot(?:ted|ting)?",
    r"swiped",
    r"grabbed",
    r"passing (?:it|this) off as",
    r"claim(?:ing|ed)? (?:it|this) as (?:my|mine)",
    r"(?:full |whole |free |digital |pdf |e-?)?(?:pdf|scan|download) of",
    r"(?:full|whole|free|digital|pdf|e-?|scanned|photocopied|pirate|dodgy) ?cop(?:y|ies) of",
    r"saved (?:[\w'’]+ ){1,4}(?:off|from)",
    r"typed (?:(?:it|this|them|the \w+) (?:all )?)?(?:out|up)",
    r"(?:the )?full (?:text|lyrics|script|transcript|chapter)",
    r"(?:send(?:ing)?|email(?:ing)?|forward(?:ing)?|whatsapp(?:ing)?|airdrop(?:ping)?) "
    r"(?:you |everyone |them )?(?:the|a|my) (?:pdfs?|scans?|copy|copies|files?|e-?books?)",
    r"printed (?:them|it|this|these) (?:on|onto)",
    r"photograph(?:ed|ing) (?:every|each|all the|the whole|the entire)",
    r"(?:stuck|put|popped|uploaded|chucked|dumped|shoved|saved|added|whacked|bunged) "
    r"(?:it|them|everything|(?:the|all|of|it|lot|whole|full|entire|paid-for|this|these|[\w'’-]+) "
    r"(?:[\w'’-]+ ){0,5}?)(?:on|onto|in|into|to) "
    r"(?:dropbox|google drive|the drive|onedrive|icloud|"
    r"(?:my|our|the|a) (?:(?:shared|staff|class|team|department|dept|google|own) )*(?:drive|google dri"
    r"ve|dropbox|"
    r"onedrive|icloud|padlet|sharepoint|(?:facebook|whatsapp|fb) group|group chat))",
    r"used (?:[\w'’]+ ){0,3}(?:photos?|pictures?|pics?|images?|artwork|songs?|tracks?|music|poems?|words|"
    r"videos?|"
    r"clips?|footage|drawings?|designs?|illustrations?)",
    r"reupload\w*",
    r"re-upload\w*",
    r"reposted",
    r"re-posted",
)
# Presenting someone else's work as one's own needs no other cue.
_CREDIT_MARK = (
    r"(?:name|logo|credit|branding|watermark|signature|initials|handle|byline|copyright(?: notice)?)s?"
)
_OTHERS = (
    r"(?:their|her|his|its|someone'?s|the (?:artist|author|creator|maker|photographer|illustrator|designer|"
    r"owner|company|publisher|seller)(?:'s|’s))"
)
_MINE = r"(?:mine|my own|my (?:own )?(?:name|logo|branding|initials|handle|watermark|details))"
PASSING_OFF = words(
    r"(?:put(?:ting)?|stuck|slapped|whacked|popped|stamped|added) my (?:own )?(?:name|logo|watermark|b"
    r"randing|"
    r"initials) (?:on|onto|to) (?:it|them|these|those|(?:her|his|their|someone'?s|@\w+(?:'s|’s)|the) ("
    r"?:\w+ ){0,2}"
    r"(?:work|slides?|worksheets?|packs?|resources?|designs?|artwork|photos?|pictures?|images?|illustr"
    r"ations?|"
    r"drawings?|poems?|posts?|videos?|covers?|booklets?|units?|lessons?|planning|templates?|powerpoints?|"
    r"presentations?))",
    # replaced: "swapped her name for mine", "changed the logo to my own"
    r"(?:changed|replaced|swapped|switched) (?:the|their|her|his|its|"
    + _OTHERS
    + r") (?:\w+ )?"
    + _CREDIT_MARK
    + r"(?: \w+){0,4} (?:to|with|for) "
    + _MINE,
    # "with their logo replaced by mine"
    _CREDIT_MARK + r" (?:\w+ ){0,2}(?:replaced|swapped|changed|switched) (?:by|with|for|to) " + _MINE,
    r"took (?:their|her|his|the author'?s) name off",
    r"pass(?:ed|ing)? (?:it|this|them|these) off as (?:my|mine)",
    r"(?:present(?:ed|ing)?|pass(?:ed|ing)?|post(?:ed|ing)?|sell(?:ing)?|sold|shar(?:ed|ing)) (?:it|th"
    r"is|them|these) "
    r"as (?:if (?:it was|they were) )?(?:my own|mine)",
    r"claim(?:ed|ing)? (?:it|this|them) as (?:my|mine)(?: own)?",
    r"as (?:if|though) i (?:wrote|made|drew|took|created|designed) (?:it|them)",
    r"(?:no|without) credit(?:ing)? (?:to )?(?:the )?(?:original|author|artist|creator|photographer)",
    r"no idea who (?:wrote|made|took|drew|created|painted|filmed) (?:it|this|them)",
    r"(?:don'?t|do not) know who (?:wrote|made|took|drew|created|painted|filmed) (?:it|this|them)",
    r"(?:author|artist|creator|photographer) unknown",
    # removed, verb first: "cropped their name off", "stripped the artist's logo out"
    r"(?:cropped|cut|edited|blurred|removed|took|rubbed|stripped|deleted|erased|scrubbed|photoshopped|whited|"
    r"painted|covered) (?:out |off |over )?(?:the|"
    + _OTHERS
    + r") (?:name|credit|handle|tag|signature)s? (?:off|out|over)",
    r"(?:cropped|cut|edited|blurred|removed|took|rubbed|stripped|deleted|erased|scrubbed|photoshopped|whited|"
    r"painted|covered) (?:out |off |over )?(?:the|their|his|her) (?:credit(?! cards?)|signature)s?",
    r"(?:cropped|cut|edited|blurred|removed|took|rubbed|stripped|deleted|erased|scrubbed|photoshopped|whited|"
    r"painted|covered) (?:out |off |over )?"
    + _OTHERS
    + r" (?:\w+ )?(?:logo|branding|watermark|credit|signature|byline)s?",
    # removed, object first: "with her logo cropped off", "their names cut out"
    _OTHERS + r" (?:\w+ )?(?:logo|branding|watermark|credit|signature|copyright)s? (?:\w+ ){0,2}"
    r"(?:cropped|cut|removed|blurred|edited|taken|rubbed|scrubbed|stripped|deleted|erased|painted|covered|"
    r"photoshopped|whited)",
    _OTHERS + r" (?:\w+ )?(?:name|handle|tag|byline)s? (?:\w+ ){0,2}"
    r"(?:cropped|cut|removed|blurred|edited|taken|rubbed|scrubbed|stripped|deleted|erased|painted|covered|"
    r"photoshopped|whited) (?:off|out|over)",
)
# Pirated copies and streams: the words say it all.
PIRATED = words(
    r"torrent(?:ed|ing|s)?",
    r"pirat(?:ed|ing) (?:copy|copies|version|stream|film|films|movie|movies|dvds?|books?)",
    r"(?:dodgy|illegal|cracked|bootleg(?:ged)?|knock-?off) (?:copy|copies|stream|streams|download|downloads|"
    r"link|links|version|dvds?|pdfs?|firestick|box)",
    r"(?:jailbroken|dodgy|loaded) fire ?stick",
    r"(?:on|from) my (?:plex|jellyfin|kodi|emby)(?: server| box)?",
    r"(?:off|from|on) (?:a |some )?dodgy (?:site|website|app|link)",
    r"free (?:pdf|download|copy) of (?:the|a|his|her|their) (?:new |latest |whole )?"
    r"(?:book|novel|textbook|album|film|workbook)",
)
# Well-known characters put on things to sell.
CHARACTERS = words(
    r"minions",
    r"marvel",
    r"avengers",
    r"paddington(?: bear)?",
    r"peter rabbit",
    r"moana",
    r"toy story",
    r"star wars",
    r"mickey mouse",
    r"minnie mouse",
    r"winnie[- ]the[- ]pooh",
    r"thomas the tank engine",
    r"hey duggee",
    r"cocomelon",
    r"sonic the hedgehog",
    r"minecraft",
    r"numberblocks",
    r"alphablocks",
    r"sesame street",
    r"teletubbies",
    r"postman pat",
    r"fireman sam",
    r"spongebob",
    r"pj masks",
    r"octonauts",
    r"lion king",
    r"encanto",
    r"elsa and anna",
    r"snoopy",
    r"where'?s wally",
    r"room on the broom",
    r"cat in the hat",
    r"disney",
    r"pixar",
    r"pok[eé]mon",
    r"peppa pig",
    r"bluey",
    r"harry potter",
    r"paw patrol",
    r"hello kitty",
    r"gruffalo",
    r"hungry caterpillar",
    r"mr men",
    r"spider-?man",
    r"super mario",
    # more film, TV, game and book characters and franchises people print on merchandise
    r"buzz lightyear",
    r"woody and buzz",
    r"lightning mcqueen",
    r"shrek",
    r"despicable me",
    r"lilo (?:and|&) stitch",
    r"frozen (?:characters|princess(?:es)?|themed|2|ii)",
    r"elsa (?:and|&) olaf",
    r"simba",
    r"finding (?:nemo|dory)",
    r"monsters,? inc",
    r"the incredibles",
    r"mario (?:and|&) luigi",
    r"pikachu",
    r"batman",
    r"superman",
    r"wonder woman",
    r"iron ?man",
    r"the hulk",
    r"captain america",
    r"baby yoda",
    r"grogu",
    r"yoda",
    r"darth vader",
    r"mandalorian",
    r"scooby[- ]doo",
    r"garfield",
    r"wallace (?:and|&) gromit",
    r"shaun the sheep",
    r"in the night garden",
    r"iggle piggle",
    r"tigger",
    r"fortnite",
    r"roblox",
    r"hogwarts",
    r"dumbledore",
    r"the grinch",
    r"grinch",
    r"dr\.? seuss",
    r"mr\.? bean",
    r"the very hungry caterpillar",
    r"tinkerbell",
    r"peter pan",
    r"ninja turtles",
    r"transformers",
    r"care bears",
    r"my little pony",
    r"sylvanian",
    r"squishmallows?",
    r"stranger things",
    r"squid game",
)
# Made by the author: what turns a character on a product into copying.
HOMEMADE = words(
    r"(?:made|printed|designed|drew|painted|created|cut out)",
    r"home-?made",
    r"hand-?made",
    r"custom(?:ised)?",
    r"personalised",
    r"cricut",
    r"iron-?ons?",
    r"stickers",
    r"toppers",
    r"prints",
    r"print(?:ing|er|ers)?",
    r"(?:on|across) the (?:back|front|sleeve)",
    r"(?:run|ran|knocked|knock|knocking|done|do|doing) (?:them|it|these) up",
)
COMMERCIAL = words(
    r"sell(?:ing|s)?",
    r"for sale",
    r"£\s?\d+(?:\.\d\d)?",
    r"\d+p (?:each|a)",
    r"orders? (?:open|taken|welcome)",
    r"taking orders",
    r"dm (?:to|for) (?:order|buy)",
    r"etsy",
    r"vinted",
    # a price per item in words ("six quid each", "a fiver a go") and the cheap unofficial supplier
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) "
    r"(?:quid|pounds?|p|euros?|bucks) "
    r"(?:each|apiece|per|a (?:go|piece|pop|head|one|shirt|top|hoodie|mug|bag))",
    r"(?:a )?(?:fiver|tenner) (?:each|apiece|a (?:go|piece|pop|head|one|shirt|top|hoodie|mug|bag))",
    r"(?:facebook|fb) marketplace",
    r"marketplace",
    r"ebay",
    r"gumtree",
    r"(?:a|some|this) (?:guy|bloke|lad|woman|lady|girl|man|fella|mate|someone) (?:off|on|from) "
    r"(?:facebook|fb|insta(?:gram)?|tiktok|etsy|vinted|ebay|gumtree|the internet|online)",
)
PAID_OR_OTHERS = words(
    # "a historian's 20-post thread", "a journalist's article": another writer's piece
    r"(?:a|an|some|this|that) (?!school|trust|academy|class|team)[\w-]+(?:'s|’s) "
    r"(?:\d+[- ](?:post|tweet|part) )?"
    r"(?:thread|article|column|blog(?: post)?|essay|piece|newsletter|substack)",
    r"so (?:you|nobody|no one|people) (?:don'?t|doesn'?t|won'?t) (?:have|need) to "
    r"(?:go on|visit|click|sign up|log ?in|subscribe|open)",
    r"paid",
    r"subscription",
    r"so you don'?t have to (?:buy|pay)",
    r"without (?:paying|buying|a subscription|permission|asking|credit(?:ing)?)",
    r"for free",
    r"(?:the )?whole (?:of the )?(?:\w+ ){0,3}(?:book|handbook|scheme|workbook|textbook|course|film|album)",
    r"pdf of",
    r"paywall\w*",
    r"streaming service",
    r"premium",
    r"someone'?s",
    r"somebody'?s",
    r"(?:their|his|her) (?:post|poem|thread|photo|picture|artwork|writing|words|resources?|worksheets?|video|"
    r"blog|work|pack|content|notes|slides|lesson plans?|book|design|song|music|recording)",
    r"£\s?\d+(?:\.\d\d)?",
    r"(?:as|like) (?:my|mine) own",
    r"under my (?:own )?name",
    r"(?:tes|twinkl|teachers ?pay ?teachers) (?:premium|resources?)",
    r"no credit",
    r"didn'?t credit",
    r"free (?:copies|copy|downloads?|pdfs?|scans?)",
    r"getty(?: images)?",
    r"shutterstock",
    r"alamy",
    r"istock",
    r"google images",
    r"stock (?:photos?|images?|pictures?)",
    r"an? (?:artist|photographer|illustrator|creator|designer|author)(?:'s|’s)",
    r"made (?:it|this) (?:my|our) (?:banner|header|wallpaper|profile pic(?:ture)?|avatar|cover)",
    r"(?:revision|study|teacher'?s?) guides?",
    r"text ?books?",
    r"work ?books?",
    r"handbooks?",
    r"schemes? of work",
    r"(?:sheet music|song ?book|novels?|e-?books?)",
    r"the (?:artist|photographer|illustrator|creator|designer|author|poet)(?:'s|’s)",
    r"(?:the )?(?:whole|entire|full) (?:of the )?(?:\w+ ){0,3}"
    r"(?:pack|bundle|resources?|collection|series|set)",
    r"so (?:nobody|no one|you|they|we|people) (?:has|have|needs?|don'?t have) "
    r"to (?:pay|buy)",
    r"twinkl",
    r"(?:a )?stranger'?s",
    r"flickr",
    r"audio ?books?",
    r"(?:off|from) (?:a |an |the |some |someone'?s )?"
    r"(?:youtube|spotify|netflix|google|pinterest|insta(?:gram)?|"
    r"tiktok|facebook|twitter|reddit|the internet|the web|online)",
    r"revision (?:books?|guides?|workbooks?)",
    r"cgp",
    r"every page",
    r"no need to (?:pay|buy)",
    r"(?:from|out of) the book",
    r"(?:poem|lyrics|article|chapter|cartoon|illustration|artwork|drawing|story|song) by",
    r"(?:article|column|piece|story) (?:from|in) (?:the )?(?:times|telegraph|guardian|ft|financial times|"
    r"economist|"
    r"tes|schools ?week|spectator|new statesman|new york times|athletic)",
    r"(?:to )?sell (?:them|it|copies|prints)",
    r"to sell",
    # published books by name of kind: copying a chapter of one is copying someone's writing
    r"best-?sell(?:ing|ers?)",
    r"thrillers?",
    r"memoirs?",
    r"(?:auto)?biograph(?:y|ies)",
    r"cook ?books?",
    r"recipe books?",
    r"picture books?",
    r"graphic novels?",
    r"comics?",
    r"manga",
    r"(?:this|last|next) (?:month|week|term|half-?term)(?:'s|’s|s) (?:\w+ )?(?:book|read|novel|pick|title)",
    r"book club (?:book|read|pick|choice|novel|title)",
    r"(?:complete|entire|full|whole) (?:first |opening |second |last |final )?chapters?",
    r"chapters? (?:\d+|one|two|three|four|five) of",
)
# Paid-for material in so many words (stricter than PAID_OR_OTHERS): what makes hosting or handing out
# a copy a breach ("the £120-a-year subscription one", "the full premium one off TES").
PAID_MATERIAL = words(
    r"(?:subscription|premium|paid|paid-for|paywalled|members'? only)(?:-only)? (?:\w+ ){0,2}(?:packs?"
    r"|resources?|"
    r"slides?|slide ?decks?|decks?|banks?|schemes?|versions?|courses?|units?|bundles?|books?|e-?books?"
    r"|guides?|"
    r"worksheets?|content|material|materials|stuff|one|ones|site|website|platform|library|area|section)",
    r"£\s?\d+(?:\.\d\d)?[- ]?(?:a|per)[- ](?:year|month|term|licence|license|user|school|seat)",
    r"behind (?:a|the|their) paywall",
    r"so (?:nobody|no one|you|they|we|people|none of you) (?:has|have|needs?|don'?t have|won'?t have) to "
    r"(?:pay|buy|subscribe)",
    r"(?:no need|without having|without needing) to (?:pay|buy|subscribe)",
    r"without (?:paying|buying|a subscription|subscribing)",
    r"(?:tes|twinkl|teachers ?pay ?teachers|cgp|white ?rose|kapow|plazoom|classroom secrets|pixl|"
    r"hegarty)(?: maths)? (?:premium|plus|pro|subscription|paid)",
)
# Hosting a copy or offering copies round: with PAID_MATERIAL, paid-for work handed out.
SHARE_COPIES = words(
    r"(?:sitting|is|are|it'?s|they'?re|now|all|lives?|saved|stored) (?:up )?(?:in|on) (?:my|our) "
    r"(?:(?:shared|staff|class|team|google|own) )*(?:drive|google drive|dropbox|onedrive|icloud|padlet"
    r"|sharepoint)",
    r"(?:message|dm|pm|inbox|email|e-mail|text|whatsapp) me (?:for|and i'?ll send) (?:the|a) "
    r"(?:link|copy|pdf|file|files|folder|download)",
    r"(?:for|to) any(?:one|body) (?:who wants?|that wants?|who needs?|after) (?:it|them|a copy|one|the link)",
    r"help yourselves?",
    r"(?:happy to|i'?ll|i can|can) (?:share|send|forward|email|e-mail|airdrop|whatsapp) (?:it|them|the"
    r" (?:link|file|"
    r"pdf|folder|pack|slides|lot)|copies|a copy) (?:to|with) any(?:one|body)",
    r"(?:shar(?:ed|ing)|sent|posted|dropped) (?:it|them|the (?:link|file|pdf|folder|pack|slides|lot)) "
    r"(?:in|on|to|with) (?:the|our|my) (?:staff|team|department|dept|year|whatsapp|facebook|fb) (?:\w+ )?"
    r"(?:group|chat|page|drive|channel)",
)
# Linking to where the work is sold or credited: not handing out a copy.
LINK_TO_SOURCE = words(
    r"(?:link|links) (?:to|for) (?:her|his|their|the) (?:shop|store|site|website|page|tes shop)",
    r"(?:buy|get) (?:it|them|yours?|a copy) (?:from|at|on) (?:her|his|their|the)",
    r"(?:go|head) (?:and )?(?:buy|support|follow)",
    r"worth every penny",
)
# Someone else's work, named as such ("@MissPatel's worksheet", "another teacher's slides").
OTHERS_WORK = words(
    r"@\w+(?:'s|’s) (?:\w+ ){0,3}(?:worksheets?|slides?|slide ?decks?|resources?|packs?|lesson(?: plan)?s?|"
    r"units?|designs?|artwork|illustrations?|drawings?|photos?|pictures?|posts?|threads?|poems?|videos?|"
    r"displays?|planning|booklets?|quiz(?:zes)?|powerpoints?|presentations?|templates?)",
    r"(?:someone|somebody|another teacher|a teacher|another school|another company|a company|"
    r"a stranger|an artist|a designer)(?:'s|’s) (?:\w+ ){0,3}(?:worksheets?|slides?|slide ?decks?|resources?|"
    r"packs?|lesson(?: plan)?s?|units?|designs?|artwork|illustrations?|drawings?|photos?|posts?|threads?|"
    r"poems?|videos?|planning|booklets?|powerpoints?|presentations?|templates?)",
)
# The author claiming the work as their own.
OWN_CLAIM = words(
    r"took me (?:all|ages|hours|forever|the whole|most of|a while|so long)",
    r"(?:i'?ve |i have |i )?(?:made|created|designed|written|wrote|drew|put together|knocked up) "
    r"(?:it |this |these |them )?(?:all )?(?:myself|from scratch|(?:it |this )?all by myself)",
    r"all my own work",
    r"made by (?:me|yours truly)",
    r"my (?:new|latest|own) (?:\w+ ){0,2}(?:worksheets?|slides?|resources?|packs?|lessons?|units?|designs?|"
    r"artwork|illustrations?|drawings?|posters?|booklets?|powerpoints?|templates?)",
    r"(?:now )?(?:live|available|up) (?:in|on) my (?:\w+ )?(?:shop|store|tes shop|etsy)",
    r"(?:new|latest) (?:\w+ ){0,2}(?:worksheets?|resources?|packs?|units?|designs?) (?:i made|by me|from me)",
)
# A generalisation about a kind of people ("Teachers who moan online are the worst") is opinion,
# not a complaint about anyone at the trust, unless the sentence points somewhere local.
GENERIC_SUBJECT = re.compile(
    r"^\W*(?:(?:honestly|tbh|imo|ngl|genuinely|seriously),?\s+)?(?:teachers|people|folk|those|anyone|"
    r"educators|"
    r"adults|humans|grown-?ups|staff|colleagues|heads|leaders|managers)\s+who\b",
    re.IGNORECASE,
)
LOCAL_POINTER = re.compile(r"\b(?:my|our|this|these|here|at work|today|yesterday)\b", re.IGNORECASE)
# An open letter to someone who annoyed the author ("Dear parent who emails at 11pm: no.").
OPEN_LETTER = re.compile(
    r"^\W*(?:dear|to) (?:the )?(?:parents?|mums?|dads?|colleagues?|persons?|people|slt|management|whoever|"
    r"staff member|member of staff|teacher|head)\b(?: [\w'’]+){0,3}? (?:who|that)\b",
    re.IGNORECASE,
)
# Scare quotes round a word or two ('optional', 'quick', 'realigned'): sarcasm when about work.
SCARE_EXCUSE = re.compile(
    r"['‘](?:still |currently |being |under )?(?:under review|being reviewed|being looked at|"
    r"being looked into|looked into|looked at|consultation|optional|voluntary|wellbeing|opportunity|"
    r"efficiencies|realignment|restructure|streamlining|light[- ]touch|directed time|"
    r"in due course|in hand|being considered|under consideration|"
    r"on the (?:list|agenda|radar)|"
    r"a priority|a top priority|pending|temporary|being addressed|being discussed|not in the budget|"
    r"no budget|unaffordable|reviewed|in the pipeline|coming soon|on its way)['’]",
    re.IGNORECASE,
)
WORD_MENTIONED = re.compile(
    r"(?:spel(?:t|led|ling|l)|misspel\w*|pronounc\w*|the word|typed|wrote|writing|rhymes? with|"
    r"how to say)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
SCARE_QUOTES = re.compile(r"(?<![\w'’])['‘][a-z][a-z -]{2,24}[a-z]['’](?![\w'’])")

# Other people's work shared with no credit: needs no copying verb.
UNCREDITED = words(
    r"(?:it'?s |this is |that'?s )?not mine,? (?:but |just )?(?:too good|had to|have to|couldn'?t resist|"
    r"so true|so funny|found (?:it|this)|saw (?:it|this)|made me|i (?:love|had to))",
    r"(?:no idea|don'?t know|can'?t remember) (?:who|where) (?:\w+ ){0,2}(?:made|took|drew|wrote|created|"
    r"it'?s from|this is from|it came from|got it)",
    r"found (?:this|it) on (?:google|pinterest|insta(?:gram)?|facebook|tiktok|twitter|reddit|the internet)",
    r"(?:off|from) someone'?s (?:insta(?:gram)?|facebook|page|feed|pinterest|tiktok|blog|story)",
    r"whoever (?:made|drew|wrote|took|created|designed|painted) (?:it|this|them)",
)
# The creator's name or credit taken off ("author's name removed", "cropped the artist's handle out").
_CREATOR = (
    r"(?:author|writer|creator|artist|photographer|illustrator|original poster|op|blogger|historian|"
    r"journalist|designer|poet|cartoonist)"
)
CREDIT_REMOVED = words(
    _CREATOR + r"(?:'s|’s|s'|s’)? (?:name|handle|credit|byline|signature|username)s? (?:removed|cropped|cut|"
    r"taken|edited|blurred|deleted|stripped|rubbed)(?: off| out)?",
    r"(?:removed|cropped|cut|took|taken|edited|blurred|deleted|stripped|rubbed) (?:off |out )?(?:the )?"
    + _CREATOR
    + r"(?:'s|’s)? (?:name|handle|credit|byline|signature|username)",
    r"(?:credit|credits|byline|signature|username)s? "
    r"(?:removed|cropped (?:off|out)|taken off|cut off|deleted|stripped)",
    r"(?:removed|cropped|cut|took|taken|stripped) (?:off |out )?(?:the |their |his |her )(?:credit|byline|"
    r"signature|username)s?(?! ?cards?)(?! (?:limit|score|check|union|balance|note))",
)
# The whole of a thread or article copied into a post.
WHOLE_WRITING = words(
    r"(?:the |this |that )?(?:whole|full|entire|complete) "
    r"(?:thing|thread|article|piece|column|blog(?: post)?|essay|text|post|newsletter)",
    r"(?:every|all (?:\d+|the)) (?:posts?|tweets?) (?:of|in) (?:the|this|that|her|his|their) thread",
)
# The author's own writing (copying it is fine).
OWN_WRITING = words(
    r"i (?:wrote|posted|put together|did)\b",
    r"(?:i've|i’ve|ive|i have) (?:written|posted|put together|done)\b",
    r"my (?:own |old |last |long |latest |first )?(?:thread|article|blog|post|piece|column|essay|newsletter)",
)
CREDITED = words(
    r"(?<!without )(?<!no )credit(?:s|ed)? (?:to|@)",
    r"via @\w+",
    r"h/t",
    r"hat tip",
    r"(?<!without )with (?:kind )?permission",
    r"shared with permission",
    r"courtesy of",
    r"photo by",
    r"©",
    r"\(c\)",
    r"(?<!as )(?<!like )my own (?:\w+ )?(?:work|photos?|drawings?|paintings?|writing|videos?|poems?|slides?|"
    r"chapters?|novels?|books?|stor(?:y|ies)|"
    r"resources?|worksheets?|packs?|lessons?|units?|planning|designs?|artwork|illustrations?|pictures?)",
    r"all my own work",
    r"licen[cs]ed",
    r"(?:school|trust|our|site|department|dept|whole-school|staff)(?:'s|’s)? (?:\w+ )?(?:subscription|"
    r"licen[cs]e)",
    r"with thanks to",
    r"reposted with",
    r"source:",
    r"free (?:to share|resource from)",
    r"official(?:ly)? (?:licen[cs]ed )?(?:merch(?:andise)?|store|shop|product)",
    r"disney store",
)

# --- brand, official voice, press ----------------------------------------------------------------

LOGO = words(
    r"logos?", r"crests?", r"badges?", r"emblems?", r"coat of arms", r"branding", r"letterhead", r"insignia"
)
GENERIC_ORG = words(
    r"(?:the |our |my )?(?:school|academy|trust)(?:'s)?",
    r"(?:the|our|my) (?:partnership|federation|mat)(?:'s)?",
)
OFFICIAL_VIEW = words(
    r"official (?:stance|view|position|line|response|opinion|verdict)",
    r"(?:speaking|posting|writing|talking|tweeting) (?:on behalf of|for) (?:the|my|our) "
    r"(?:school|academy|trust)",
    r"on behalf of (?:the|my|our) (?:school|academy|trust)",
    r"(?:the|our|my) (?:school|academy|trust)(?:'s)? (?:view|position|stance) (?:is|on)",
    r"(?:stance|view|position) of (?:the|our|my) (?:school|academy|trust)",
    r"this (?:account|page) (?:speaks|represents) (?:for )?(?:the )?(?:school|academy|trust)",
)
ON_BEHALF = words(r"on behalf of", r"official (?:response|statement)", r"statement (?:from|by|on behalf)")
STATEMENT_AFTER_ORG = re.compile(
    r"^\W{0,3}(?:'s\s+)?(?:official\s+)?(?:statement|response|position)\b", re.IGNORECASE
)
PRESS = words(
    r"journalists?",
    r"reporters?",
    r"(?:the )?press",
    r"newspapers?",
    r"the papers?",
    r"news ?desk",
    r"editor",
    r"bbc",
    r"itv",
    r"sky news",
    r"channel [45]",
    r"radio",
    r"tv",
    r"television",
    r"look north",
    r"look east",
    r"points west",
    r"calendar news",
    r"the (?:guardian|times|telegraph|mail|mirror|sun|express|observer|independent|echo|post|gazette|herald)",
    r"(?:evening|daily|weekly|sunday) \w+",
    r"\w+ (?:post|echo|gazette|herald|chronicle|telegraph|argus|courier|advertiser|examiner|observer|news|"
    r"times|mail|mercury|journal|star|press|standard|express|fm)",
    r"podcast",
    r"(?:local|regional|national) (?:paper|papers|rag|news)",
    r"schools ?week",
    r"tes",
)
PRESS_HANDLE_PART = re.compile(
    r"(post|news|echo|gazette|herald|chronicle|telegraph|argus|courier|advertiser|examiner|observer|"
    r"times|mail|"
    r"mercury|journal|press|radio|bbc|itv|fm|tv|reporter|journo|editor|newsdesk|media)",
    re.IGNORECASE,
)
ENGAGE_PRESS = words(
    r"happy to (?:talk|tell|speak|chat|comment|help|go on|do)",
    r"(?:can|could|will|i'?ll) (?:go on|come on|talk|speak|tell|comment|do (?:an|the) interview|"
    r"be interviewed)",
    r"(?:dm|message|call|ring|email|e-mail) me",
    r"what really happened",
    r"off the record",
    r"on camera",
    r"on air",
    r"(?:give|do) (?:you )?(?:an )?interview",
    r"no need to check",
    r"(?:here'?s|the) (?:real )?story",
    r"yes i can",
    r"tell you (?:more|everything|what)",
    r"spill",
    r"spoke to",
    r"talked to",
    r"told (?:them|him|her|the \w+)",
    r"gave (?:an |them an )?interview",
    r"be on (?:the )?(?:radio|tv|telly|news)",
    r"interviewed (?:by|on|for)",
    r"inside story",
    r"i can confirm",
    r"(?:spoke|spoken|speaking|talk(?:ed|ing)?|appear(?:ed|ing)?|featured|interviewed) (?:on|to|by|in)",
    r"(?:gave|give|given|provided|offered|sent) (?:her|him|them|the \w+)? ?(?:a |my )?"
    r"(?:quote|comment|statement)",
    r"between you and me",
    r"(?:rang|called|phoned|emailed|e-mailed|messaged|contacted|tipped off|wrote to|went to|gone to|"
    r"leaked (?:it |this |the \w+ )?to) (?:the |a )?(?:local |regional |national )?(?:paper|papers|press|"
    r"newspapers?|journalists?|reporters?|news ?desk|bbc|itv|radio|echo|gazette|herald)(?! shop| round)",
    r"(?:ring|call|phone|get back to) (?:her|him|them|you) (?:back|later|tonight|tomorrow)",
    r"(?:meet|meeting) (?:her|him|them|you) for (?:a )?(?:coffee|drink|chat)",
)
REDIRECT_PRESS = words(
    r"can'?t (?:speak|talk|comment)",
    r"cannot (?:speak|talk|comment)",
    r"not able to (?:speak|talk|comment)",
    r"unable to (?:speak|talk|comment)",
    r"no comment",
    r"not the (?:right|best) person",
    r"(?:all )?(?:media|press) (?:enquiries|inquiries|questions|requests) (?:go|should go|must go|to)",
    r"(?:contact|ask|try|speak to|you'?ll want|please (?:contact|email)) (?:the |our |my )?"
    r"(?:trust|press office|central office|ceo|head office|comms|communications)",
    r"trust'?s (?:central |head |press )?office",
    r"press office",
    r"not (?:allowed|authorised|permitted) to",
)
# The author offering to talk: outweighs a mention of the press office ("not the press office. Message me").
OFFER_TO_TALK = words(
    r"(?:dm|message|msg|pm|inbox|call|ring|phone|text|email|e-mail|contact|bell) me",
    r"(?:dm|message|msg|pm|inbox|email|e-mail) (?:us|this account|the account|our account|the page)",
    r"(?:give|tell|send) you (?:the |our |my )?"
    r"(?:full|whole|real|inside|proper) (?:story|picture|lowdown|details|scoop)",
    r"give me a (?:call|ring|bell|shout|message|text)",
    r"(?:got|have|i've got|ive got|i’ve got) (?:plenty|lots|loads|a lot|so much|a few things|things) "
    r"to (?:say|tell)",
    r"happy to (?:talk|chat|speak|tell|go on|come on|do (?:an|the) interview|give)",
    r"(?:i'll|i’ll|ill) (?:happily )?(?:talk|tell|speak|chat|go on|come on)",
    r"tell you (?:more|everything|plenty|what really)",
    r"off the record",
    r"what(?:'s| is)? really (?:happened|happening|going on|goes on)",
    r"inside (?:story|scoop)",
    # "my DMs are open", "slide into my DMs", "I've seen things": an open door for a story
    r"(?:my )?(?:dms?|inbox|pms?)(?:'s|’s| is| are| r)? (?:always |wide |now )?open",
    r"(?:slide|drop|get) (?:in|into) (?:my|the) (?:dms?|inbox)",
    r"drop me a (?:dm|line|message|note|pm)",
    r"(?:i've|i’ve|ive|i have) seen (?:things|some things|a lot|stuff|it all)",
    r"(?:i )?could tell you (?:a few things|some things|stories|a thing or two|plenty|some stories)",
)
# Journalists called on directly ("any journalists looking into…", "calling all reporters").
CALL_TO_PRESS = words(
    r"(?:any|calling all|attention|dear|hey|to (?:any|all)|are there any) "
    r"(?:local |national |investigative )?"
    r"(?:journalists?|reporters?|journos?|news ?desks?|media (?:outlets?|folk|people))\b",
    # "Journalists: DM us", "Reporters – get in touch": the press addressed as a heading
    r"(?:journalists|reporters|journos|press|media)(?= ?[:–—-] )",
)

# --- profiles ------------------------------------------------------------------------------------

WORK_TOPIC = words(
    r"teach\w*",
    r"ta",
    r"hlta",
    r"teaching assistant",
    r"head ?teacher",
    r"head of \w+",
    r"deputy head",
    r"principal",
    r"senco",
    r"dsl",
    r"safeguarding",
    r"pastoral",
    r"school",
    r"classroom",
    r"class",
    r"educat\w+",
    r"edu\w*",
    r"pupils?",
    r"students?",
    r"learners?",
    r"curriculum",
    r"phonics",
    r"send",
    r"eyfs",
    r"ks\d",
    r"key stage \d",
    r"ofsted",
    r"pedagogy",
    r"lessons?",
    r"cpd",
    r"maths",
    r"literacy",
    r"numeracy",
    r"reading",
    r"fieldwork",
    r"geography",
    r"history",
    r"science",
    r"trustee",
    r"governor",
    r"academy",
    r"mat",
    r"y\d+",
    r"year \d+",
    r"site manager",
    r"premises (?:manager|officer)",
    r"caretaker",
    r"business manager",
    r"office manager",
    r"bursar",
    r"attendance officer",
    r"exams officer",
    r"(?:primary|secondary|infant|junior|nursery|special|sixth form)(?: school)?",
)
DISCUSSES = words(
    r"shar(?:e|es|ing)",
    r"ideas",
    r"thoughts",
    r"tips",
    r"resources",
    r"opinions?",
    r"views on",
    r"musings",
    r"reflections?",
    r"discuss\w*",
    r"talk(?:s|ing)? about",
    r"blog\w*",
    r"writ(?:e|es|ing) about",
    r"what works",
    r"curriculum",
    r"pedagogy",
    r"phonics",
    r"planning",
    r"fieldwork",
    r"class stories",
    r"#\w*edu\w*",
    r"edutwitter",
    r"edtech",
    r"research",
    r"advice",
    r"best practice",
    r"teaching and learning",
    r"marking",
    r"reviews",
    r"recommendations",
    r"behaviour",
    r"leadership",
    r"inclusion",
    r"care",
    r"education",
    # what the account will say about work: rants, moans, banter, match reports from school fixtures
    r"rant(?:s|ing)?",
    r"#rant\w*",
    r"moan(?:s|ing)?",
    r"grumbl\w+",
    r"whing\w+",
    r"banter",
    r"(?:hot )?takes",
    r"my take",
    r"fixtures",
    r"match[- ]?(?:day|reports?)",
    r"(?:tales|stories|news|notes|dispatches|updates) from",
    r"from the (?:touchline|classroom|staffroom|staff room|chalkface|chalk face|front ?line|sidelines)",
    r"life as an? \w+",
    r"(?:diary|confessions) of an? \w+",
    r"commentary",
)
# The subject matter of a school job other than teaching, listed as what the account is about
# ("School buildings, health & safety and caretaking", "Admissions, attendance and school admin"),
# but not as part of a job title ("Safeguarding lead", "Attendance officer"): a bare title stays clean.
_NOT_A_TITLE = (
    r"(?! (?:and \w+ )?(?:lead|leader|teacher|officer|manager|practitioner|co-?ordinator|coordinator|"
    r"assistant|worker|mentor|team|champion|governor|trustee|admin|administrator|director|"
    r"specialist|consultant|advisor|adviser|technician|supervisor|apprentice)s?\b)"
)
WORK_SUBJECT = words(
    r"school (?:buildings|estates?|sites?|premises|business|finance|meals|food|dinners|admin|"
    r"improvement|life|governance|trips|systems|it|tech)" + _NOT_A_TITLE,
    r"health (?:&|and) safety" + _NOT_A_TITLE,
    r"caretaking",
    r"premises" + _NOT_A_TITLE,
    r"(?:estates|facilities|site) management",
    r"attendance" + _NOT_A_TITLE,
    r"admissions" + _NOT_A_TITLE,
    r"child protection" + _NOT_A_TITLE,
    r"safeguarding" + _NOT_A_TITLE,
    r"early years" + _NOT_A_TITLE,
    r"send" + _NOT_A_TITLE + r"(?= *(?:,|&|and|\.|$))",
    r"assessment",
    r"oracy",
    r"reading for pleasure",
    r"exam(?:s|inations)? (?:admin|season|entries|invigilation)",
    r"invigilation",
    r"timetabling",
    r"school (?:data|budgets?|funding)",
)
DISCLAIMER = words(
    r"views?(?: (?:expressed|here|shared|are))?(?: are)? "
    r"(?:my|mine|all mine|my own|strictly my own|personal)",
    r"views? (?:are )?my own",
    r"opinions?(?: (?:expressed|here|shared))?(?: are)? (?:my|mine|my own|personal)",
    r"(?:views|opinions|thoughts|tweets|posts|words)(?: \w+){0,3} (?:are )?"
    r"(?:mine|my own|personal)(?: alone)?",
    r"not (?:my employer'?s|endorsed by my employer|on behalf of my employer)",
    r"not (?:those|the views|the opinions|the position) of my employer",
    r"(?:do )?not (?:necessarily )?(?:reflect|represent) (?:the views of )?(?:my|the) "
    r"(?:employer|school|trust|academy)",
    r"personal (?:account|views|opinions)",
    r"own views",
    r"speak(?:ing)? for myself",
    r"(?:all )?views mine",
)
PROFESSIONAL_LABEL = words(
    r"official",
    r"professional account",
    r"school account",
    r"(?:class|department|dept|school|academy|trust|team|staff|work|faculty) (?:account|page|feed)",
    r"account (?:of|for|run by|managed by)",
    r"(?:run|managed|moderated|maintained) by (?:the )?(?:[\w'’-]+ ){0,3}"
    r"(?:staff|teachers|team|department|dept|office|school|academy|trust)",
    r"(?:staff|teacher)[- ]run",
    r"on behalf of",
)
