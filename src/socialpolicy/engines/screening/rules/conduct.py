"""Conduct: disrepute (5.8.1), grievances (5.13), and their professional counterpart (6.9)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.draft import Segment
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register
from socialpolicy.engines.screening.sentiment import negativity

PROFANITY_THRESHOLD = 0.85  # the model's probability above which aimed language counts as abuse
NEGATIVE_SENTIMENT = -0.6  # VADER compound at or below which a work sentence reads as a complaint
NEGATIVE_DRAFT = -0.5  # the same for a whole draft that names the workplace
# A one-phrase sentence passing a weary verdict on what came before ("Again.", "Standard.").
DEADPAN = frozenset(
    {
        "again",
        "yet again",
        "classic",
        "standard",
        "typical",
        "as usual",
        "every single time",
        "every time",
        "priorities",
        "interesting priorities",
        "make it make sense",
        "says it all",
        "speaks volumes",
        "go figure",
        "funny that",
        "figures",
        "shocker",
        "what a surprise",
        "quelle surprise",
        "no surprise there",
        "colour me shocked",
        "make of that what you will",
        "draw your own conclusions",
        "read the room",
    }
)
NOT_WORDS = re.compile(r"[^\w\s'’]+")
# "I can't take the credit", "won't claim credit": the author's own modesty, not a grievance.
OWN_CREDIT = re.compile(r"(?:\bi|\bwe|n't|n’t|\bnot|\bno|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
IRONIC_VERDICT = lexicon.IRONIC_VERDICT
SCARE_QUOTE_WARMTH = 0.3  # a sentence this positive (VADER) quotes a word fondly, not sarcastically
XENOPHOBIA_WARMTH = 0.75  # "loved hearing five languages at the fair" is warm; "felt like a foreigner" is not
OWN_SUBJECT = re.compile(r"\b(?:i|we|i just|we just|i honestly|we honestly)\s+$", re.IGNORECASE)
# In a profile's bio, "the odd rant about marking" describes the account's topics, not a grievance.
TOPIC_CUE = re.compile(r"#?rant|vent", re.IGNORECASE)


def _aimed_at_people(context: Context, start: int, end: int) -> bool:
    """Whether the sentence around a span, or the one before it (a one-word verdict such as
    "Feral." follows what it judges), refers to people: a group, a pronoun, a named person."""
    sentence = context.sentence_at(start)
    window_start = context.previous_sentence_start(sentence)
    if lexicon.PEOPLE.search(context.text, window_start, sentence.end):
        return True
    starts = [m.start for m in context.pupil_mentions] + [m.start for m in context.staff_mentions]
    starts += [s for s, _ in context.colleague_first_names]  # "Cheers Andrew. Absolute snake."
    if any(window_start <= position < sentence.end for position in starts):
        return True
    return context.draft.reply_to is not None or context.draft.recipient is not None


def generic_opinion(context: Context, start: int) -> bool:
    """The sentence generalises about a kind of people ("Teachers who moan online are the worst")
    with nothing pointing at the author's workplace or anyone identifiable."""
    sentence = context.sentence_at(start)
    if not lexicon.GENERIC_SUBJECT.match(sentence.text):
        return False
    if lexicon.LOCAL_POINTER.search(sentence.text) or context.org_mentions:
        return False
    spans = [(m.start, m.end) for m in context.pupil_mentions] + [
        (m.start, m.end) for m in context.staff_mentions
    ]
    spans += list(context.titled_colleagues)
    return not any(sentence.start <= s < sentence.end for s, _ in spans)


def wants_profanity(context: Context) -> bool:
    text = context.text
    return bool(lexicon.CRUDE.search(text) or lexicon.INSULT.search(text) or lexicon.SLUR.search(text))


def conduct_hits(context: Context) -> Iterator[Hit]:
    """Insults, belittling, allegations, discriminatory or threatening content aimed at anyone."""
    text = context.text
    for slur in lexicon.SLUR.finditer(text):
        yield Hit(slur.start(), slur.end(), "discriminatory slur")
    for mock in lexicon.MOCKING.finditer(text):
        window_start = context.attachment_at(mock.start()) or context.sentence_at(mock.start())
        protected = lexicon.PROTECTED.search(text, window_start.start, window_start.end)
        if protected:
            yield Hit(window_start.start, window_start.end, "mocks a protected characteristic")
    for hostile in lexicon.GROUP_HOSTILITY.finditer(text):
        window = context.attachment_at(hostile.start()) or context.sentence_at(hostile.start())
        yield Hit(window.start, window.end, f"hostile claim about a protected group ({hostile.group()!r})")
    yield from _xenophobia_hits(context)
    for group in lexicon.STEREOTYPED_GROUP.finditer(text):
        # "a meme calling Polish builders thieves", "Romanians round here are all on benefits".
        attachment = context.attachment_at(group.start())
        sentence = context.sentence_at(group.start())
        window = attachment or sentence
        start = window.start if attachment else context.previous_sentence_start(sentence)
        label = lexicon.STEREOTYPE.search(text, start, window.end)
        if label and not lexicon.COUNTER_STEREOTYPE.search(text, start, window.end):
            yield Hit(window.start, window.end, f"a stereotype about a group of people ({label.group()!r})")
            break
    for threat in lexicon.THREAT.finditer(text):
        yield Hit(threat.start(), threat.end(), "threatening language")
    yield from _shaming_hits(context)
    for insult in lexicon.INSULT.finditer(context.prose):
        if generic_opinion(context, insult.start()):
            continue
        if _aimed_at_people(context, insult.start(), insult.end()):
            sentence = context.sentence_at(insult.start())
            yield Hit(sentence.start, sentence.end, f"insult aimed at people ({insult.group()!r})")
    for jibe in lexicon.BELITTLE.finditer(context.prose):
        if generic_opinion(context, jibe.start()):
            continue
        sentence = context.sentence_at(jibe.start())
        yield Hit(sentence.start, sentence.end, f"belittles or argues with someone ({jibe.group()!r})")
    for jibe in lexicon.INCOMPETENCE_JIBE.finditer(context.prose):
        if OWN_SUBJECT.search(context.prose, max(0, jibe.start() - 12), jibe.start()):
            continue  # "I couldn't organise a raffle without a spreadsheet": self-mockery
        sentence = context.sentence_at(jibe.start())
        yield Hit(sentence.start, sentence.end, f"belittles someone ({jibe.group()!r})")
    for claim in lexicon.DEFAMATION.finditer(context.prose):
        sentence = context.sentence_at(claim.start())
        yield Hit(sentence.start, sentence.end, "an allegation of wrongdoing about someone")
    probability = context.profanity_probability
    if probability is not None and probability >= PROFANITY_THRESHOLD:
        for crude in lexicon.CRUDE.finditer(context.prose):
            if _aimed_at_people(context, crude.start(), crude.end()):
                sentence = context.sentence_at(crude.start())
                yield Hit(
                    sentence.start,
                    sentence.end,
                    f"offensive language aimed at people (model {probability:.2f})",
                )


def _xenophobia_hits(context: Context) -> Iterator[Hit]:
    """ "Barely heard a word of English in town", "felt like I needed a passport" (beside who is foreign):
    hostility to foreigners with no slur. Not a holiday abroad, learning a language, or a warm draft."""
    text = context.text
    remark = lexicon.XENOPHOBIA.search(text)
    if remark is None:
        remark = lexicon.PASSPORT_JIBE.search(text)
        if remark is not None and not lexicon.FOREIGN_CUE.search(text):
            remark = None
    if remark is None:
        remark = lexicon.SEND_BACK.search(text)
        if remark is not None and not lexicon.IMMIGRATION_CUE.search(text):
            remark = None
    if remark is None or lexicon.ABROAD.search(text):
        return
    if lexicon.WARMTH.search(text) or lexicon.SINCERE.search(text) or negativity(text) >= XENOPHOBIA_WARMTH:
        return
    window = context.attachment_at(remark.start()) or context.sentence_at(remark.start())
    yield Hit(window.start, window.end, f"a xenophobic remark ({remark.group()!r})")


def _shaming_hits(context: Context) -> Iterator[Hit]:
    """Exposing someone to public shame: "name and shame", CCTV stills posted for all to see, or
    "the pupil who broke the window knows who they are" (not "you know who you are ❤️" to a donor)."""
    text = context.prose
    shaming = lexicon.PUBLIC_SHAMING.search(text)
    if shaming is None:
        knows = lexicon.KNOWS_WHO.search(text)
        if knows is not None:
            sentence = context.sentence_at(knows.start())
            start = context.previous_sentence_start(sentence)
            if lexicon.WRONGDOING.search(text, start, sentence.end):
                shaming = knows
    if shaming is not None:
        sentence = context.sentence_at(shaming.start())
        yield Hit(sentence.start, sentence.end, "shames someone in public")


@register
class DisreputeRule(Rule):
    code = "disrepute"
    clause = "5.8.1"
    severity = Severity.BLOCK
    audiences = frozenset({"personal"})
    description = (
        "Insulting, mocking, belittling or arguing with people; allegations of wrongdoing; slurs, "
        "threats, or content mocking a protected characteristic."
    )
    advice = (
        "Do not post this. Criticising or arguing with parents, colleagues or anyone else, or sharing "
        "offensive content, reflects on the trust. Raise a concern privately instead."
    )

    def wants_profanity_score(self, context: Context) -> bool:
        return wants_profanity(context)

    def find(self, context: Context) -> Iterator[Hit]:
        yield from conduct_hits(context)


@register
class GrievanceRule(Rule):
    code = "work-grievance"
    clause = "5.13"
    severity = Severity.WARN
    audiences = frozenset({"personal"})
    description = (
        "A complaint or frustration (including sarcasm) about the trust, a school, its pupils, staff or "
        "parents. Criticism of government, Ofsted or national policy in general terms is not flagged."
    )
    advice = (
        "Keep complaints about work off social media. Talk to your line manager, or use the grievance or "
        "complaints procedure."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        text = context.text
        work_refs = context.local_work_refs
        if not work_refs:
            return
        lowered = text.lower()
        maybe_free = any(word in lowered for word in ("free", "unlimited", "infinite", "endless", "worth"))
        for index, sentence in enumerate(context.sentences):
            cue = lexicon.FRUSTRATION.search(text, sentence.start, sentence.end)
            if cue and context.kind == "profile" and TOPIC_CUE.fullmatch(cue.group()):
                cue = None
            if cue and lexicon.MOCK_PRAISE_CUE.match(cue.group()) and _sincere(context, sentence):
                cue = None
            if cue and lexicon.WEATHER_OBJECT.match(text, cue.end()):
                cue = None  # a grumble about the weather or the roads, not about work
            why = f"frustration ({cue.group()!r})" if cue else ""
            if not why:
                singled = lexicon.SINGLED_OUT.search(text, sentence.start, sentence.end)
                if singled and not lexicon.SINGLED_OUT_BY_OTHER.search(text, sentence.start, singled.start()):
                    why = f"feels singled out ({singled.group()!r})"
            if not why:
                repeated = lexicon.REPEATED.search(text, sentence.start, sentence.end)
                if (
                    repeated
                    and not lexicon.ACHIEVEMENT.search(text, sentence.start, sentence.end)
                    and negativity(sentence.text) < SCARE_QUOTE_WARMTH
                ):
                    why = f"frustration ({repeated.group()!r})"
            insult = lexicon.INSULT.search(text, sentence.start, sentence.end)
            window_start = context.previous_sentence_start(sentence)
            if not why and insult and _work_in(context, window_start, sentence.end):
                why = f"derides people at work ({insult.group()!r})"
            emoji = lexicon.FRUSTRATION_EMOJI.search(text, sentence.start, sentence.end)
            if emoji and emoji.group() == "\U0001f921" and lexicon.CLOWN_WORDS.search(text):
                emoji = None  # 🤡 beside real clowns or a circus
            if cue is None and emoji and not _self_mockery(context, emoji, window_start):
                why = "frustrated emoji"
            if (
                not why
                and (
                    lexicon.MANAGEMENT.search(text, sentence.start, sentence.end)
                    or any(sentence.start <= s < sentence.end for s, _, _ in context.org_mentions)
                )
                and not lexicon.SYMPATHY.search(text)
                and negativity(sentence.text) <= NEGATIVE_SENTIMENT
            ):
                why = "strongly negative wording"  # only when aimed at the trust or its leaders
            if not why and _scare_quoted_work(context, sentence):
                why = "sarcastic quotation marks"
            if (
                not why
                and lexicon.OPEN_LETTER.match(sentence.text)
                and negativity(sentence.text) < SCARE_QUOTE_WARMTH
            ):
                why = "an open letter to someone at work"
            if not why and " ".join(NOT_WORDS.sub(" ", sentence.text).split()).lower() in DEADPAN:
                why = f"a deadpan verdict ({sentence.text.strip()!r})"
            if not why:
                credit = lexicon.CREDIT_TAKEN.search(text, sentence.start, sentence.end)
                if credit and not OWN_CREDIT.search(text, max(0, credit.start() - 16), credit.start()):
                    why = f"resents credit taken ({credit.group()!r})"
            if not why:
                free = maybe_free and lexicon.TIME_TAKEN_FREE.search(text, sentence.start, sentence.end)
                if free:
                    why = f"sarcasm about staff time ({free.group()!r})"
            if not why:
                wry = lexicon.WRY.search(text, sentence.start, sentence.end)
                if wry and negativity(sentence.text) < SCARE_QUOTE_WARMTH:
                    why = f"dry sarcasm ({wry.group()!r})"
            if not why:
                why = _irony(context, index, window_start)
            if not why or generic_opinion(context, sentence.start):
                continue
            question = text[sentence.end : sentence.end + 1] == "?"
            if question and lexicon.SELF_ANSWER.match(text, sentence.end + 1):
                continue  # "Who thought that was a good idea? Me.": laughing at oneself
            if (
                lexicon.NATIONAL_BODIES.search(text, sentence.start, sentence.end)
                and not context.org_mentions
            ):
                continue  # opinion about national bodies, not a grievance about the trust
            if _outside_body(context, sentence.start, sentence.end):
                continue  # criticism of the council, developers, a road scheme
            if context.kind == "profile":
                # A bio lists topics: "Year 3 teacher. Arsenal and terrible puns" complains about nothing.
                near = [s for s, _ in work_refs if sentence.start <= s < sentence.end]
            else:
                near = [s for s, _ in work_refs if _same_or_next(context, sentence.start, s)]
            if not near:
                continue
            yield Hit(sentence.start, sentence.end, f"{why} about work")
            return
        # Whole-draft tone: clearly negative (VADER) about the workplace itself, not only about
        # pupils (their stress or injuries call for sympathy, not complaint). A profile's bio lists
        # topics ("the odd rant about marking"): its tone as a whole is not a complaint.
        if (
            context.kind != "profile"
            and not lexicon.SYMPATHY.search(text)
            and not lexicon.OWN_ILLNESS.search(text)
            and _workplace_reference(context)
            and not _only_generic(context)
            and not (lexicon.NATIONAL_BODIES.search(text) and not context.org_mentions)
            and not _outside_body(context, 0, len(text))
            and not _interview_story(context)
            and negativity(text) <= NEGATIVE_DRAFT
        ):
            yield Hit(0, len(text), "negative wording about the workplace")


def _self_mockery(context: Context, emoji: re.Match[str], window_start: int) -> bool:
    """A facepalm after the author's own blunder ("taught a whole lesson with my flies undone 🤦")."""
    if not lexicon.FACEPALM.match(emoji.group()):
        return False
    text = context.text
    if lexicon.SELF_MOCKERY.search(text, window_start, emoji.start()) is not None:
        return True
    sentence = context.sentence_at(emoji.start())
    return bool(
        lexicon.SUBJECTLESS_START.match(sentence.text)
        and not lexicon.MANAGEMENT.search(text, sentence.start, sentence.end)
    )


def _interview_story(context: Context) -> bool:
    """The gloom is how candidates did at interview ("one cried"), a confidence (5.8.2), not a
    complaint about the workplace."""
    text = context.text
    return bool(lexicon.RECRUITMENT.search(text) and lexicon.RECRUITMENT_JUDGEMENT.search(text))


def _sincere(context: Context, sentence: Segment) -> bool:
    """Warm or proud words in the sentence: the praise is meant ("still love that walk in 💙 #proud")."""
    text = context.text
    return bool(
        lexicon.WARMTH.search(text, sentence.start, sentence.end)
        or lexicon.SINCERE.search(text, sentence.start, min(len(text), sentence.end + 40))
    )


def _irony(context: Context, index: int, window_start: int) -> str:
    """A mock-positive frame ("feel so valued", "love a", "what a treat") in this sentence or the one
    before or after, about an unwelcome demand or failure in this one; or a one-word deadpan verdict
    ("Lovely.") right after such an event. Not when the words are warm (hearts, "made my day")."""
    text = context.text
    sentences = context.sentences
    sentence = sentences[index]
    if not lexicon.UNWELCOME.search(text, sentence.start, sentence.end):
        verdict = sentence.text.strip(" .…").lower()
        if (
            index > 0
            and verdict in IRONIC_VERDICT
            and "!" not in sentence.text
            and lexicon.UNWELCOME.search(text, sentences[index - 1].start, sentences[index - 1].end)
            and not lexicon.WARMTH.search(text, window_start, sentence.end)
        ):
            return f"a deadpan verdict ({sentence.text.strip()!r}) on an unwelcome demand"
        return ""
    end = sentences[index + 1].end if index + 1 < len(sentences) else sentence.end
    frame = lexicon.IRONY_FRAME.search(text, window_start, end)
    if frame is None or lexicon.WARMTH.search(text, window_start, end):
        return ""
    return f"irony ({frame.group()!r} about an unwelcome demand)"


def _outside_body(context: Context, start: int, end: int) -> bool:
    """The span criticises an outside body (the council, developers, a bypass) with nobody at work
    (leaders, staff, parents, a named colleague) among its targets."""
    text = context.text
    if not lexicon.OUTSIDE_BODIES.search(text, start, end):
        return False
    if lexicon.INTERNAL_TARGET.search(text, start, end):
        return False
    named = [m.start for m in context.staff_mentions] + [s for s, _ in context.titled_colleagues]
    return not any(start <= position < end for position in named)


def _work_in(context: Context, start: int, end: int) -> bool:
    """A work reference (a work word, the trust or a school, a named colleague or pupil) in the span."""
    return lexicon.LOCAL_WORK.search(context.text, start, end) is not None or any(
        start <= s < end for s, _ in context.local_work_refs
    )


def _only_generic(context: Context) -> bool:
    """Every sentence that mentions work is a generalisation about a kind of people."""
    refs = [s for s, _ in context.local_work_refs]
    working = [t for t in context.sentences if any(t.start <= r < t.end for r in refs)]
    return bool(working) and all(generic_opinion(context, t.start) for t in working)


def _scare_quoted_work(context: Context, sentence: Segment) -> bool:
    """'optional' twilight, a 'quick' meeting: a word in quotation marks beside a work reference,
    in a sentence that is not warm."""
    quoted = lexicon.SCARE_QUOTES.search(context.text, sentence.start, sentence.end)
    if quoted is None or context.attachment_at(quoted.start()) is not None:
        return False
    if not lexicon.LOCAL_WORK.search(context.text, sentence.start, sentence.end) and not any(
        sentence.start <= s < sentence.end for s, _, _ in context.org_mentions
    ):
        return False
    text = context.text
    if lexicon.WORD_MENTIONED.search(text[max(sentence.start, quoted.start() - 30) : quoted.start()]):
        return False  # "spelt 'necessary' wrong": the word itself, not a sneer
    if lexicon.SCARE_EXCUSE.match(text, quoted.start()):
        return True  # an excuse quoted back ('still under review') is sarcastic however the rest reads
    if text[: sentence.start].rstrip().endswith(":"):
        # "Great idea from a colleague: a 'book tasting' menu": the colon leads on from the warm part
        return negativity(text[context.previous_sentence_start(sentence) : sentence.end]) < SCARE_QUOTE_WARMTH
    return negativity(sentence.text) < SCARE_QUOTE_WARMTH


def _workplace_reference(context: Context) -> bool:
    # A school's name alone is not enough: "X's view is that the estate will ruin the area".
    if lexicon.MANAGEMENT.search(context.text):
        return True
    for match in lexicon.LOCAL_WORK.finditer(context.text):
        if not lexicon.PUPIL_GROUP.regex.fullmatch(match.group()):
            return True
    return False


def _same_or_next(context: Context, sentence_start: int, position: int) -> bool:
    """A work reference counts for the sentence it is in and the one after it (short posts)."""
    sentences = context.sentences
    for index, sentence in enumerate(sentences):
        if sentence.start == sentence_start:
            window = sentences[max(0, index - 1) : index + 1]
            return any(s.start <= position < s.end for s in window) or len(sentences) <= 3
    return False


@register
class ProfessionalConductRule(Rule):
    code = "professional-conduct"
    clause = "6.9"
    severity = Severity.BLOCK
    audiences = frozenset({"professional"})
    description = (
        "On a school account: derogatory, belittling, harassing, threatening, obscene, discriminatory or "
        "defamatory language."
    )
    advice = (
        "A school account must stay courteous and lawful. Remove the remark; deal with the person "
        "privately through the school's procedures."
    )

    def wants_profanity_score(self, context: Context) -> bool:
        return wants_profanity(context)

    def find(self, context: Context) -> Iterator[Hit]:
        yield from conduct_hits(context)
