"""Confidentiality: sensitive facts about people and unannounced internal business (5.8.2 and 6.9)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socialpolicy.engines.screening import lexicon
from socialpolicy.engines.screening.context import Context
from socialpolicy.engines.screening.model import Severity
from socialpolicy.engines.screening.registry import Hit, Rule, register

SENSITIVE_KINDS = (
    (lexicon.HEALTH, "health"),
    (lexicon.CARE_AND_SAFEGUARDING, "care or safeguarding"),
    (lexicon.DISCIPLINE, "discipline"),
)
NEGATED = re.compile(
    r"(?:(?:\bnot|n't|\byet to be|\bbefore|\buntil|\bbeen|\bwill be|'ll be|\bto be)\s*"
    r"(?:been\s+|yet\s+|it'?s\s+|officially\s+)?"
    # "until the report is published", "before it gets announced"
    r"|\b(?:until|till|before|once|when)\s+(?:the\s+|our\s+|it\s+|its\s+)?(?:\w+\s+){0,2}"
    r"(?:is|are|gets?|has been|have been|goes|comes|been)\s+)$",
    re.I,
)
PRONOUN_LED = re.compile(r"\W*(?:he|she|they)(?:'s|'d|'ve)?\b", re.IGNORECASE)
OWN_NEWS = re.compile(
    r"\bI(?:'ve| have|'m| am| was|'ll| will)?(?: just)?(?: been| being| be)?\s*$"
    r"|\b(?:sad|gutted|excited|delighted|thrilled|proud|happy|pleased|honoured|sorry) to be\s*$",
    re.IGNORECASE,
)
# "I froze", "my interview", "I had an interview": the author was the candidate.
OWN_JUDGEMENT = re.compile(r"\bI(?:'m| am| was| just| totally| completely)? $", re.IGNORECASE)
OWN_INTERVIEW_BEFORE = re.compile(
    r"(?:\bmy|\bi(?:'ve| have)? (?:had|got|have) (?:an?|my)|\bi was|\bi'?ve been|\bi got)"
    r"(?: \w+)?(?: \w+)? $",
    re.IGNORECASE,
)
# Internal matters serious enough to be confidential without anyone saying "between us".
WEIGHTY_TOPIC = re.compile(
    r"restructur|redundan|merg|takeover|taking over|job cuts|staff(?:ing)? cuts|"
    r"losing \w+ (?:jobs|posts|staff)|cut\w* .{0,20}(?:posts|jobs|roles)|"
    r"(?:posts|jobs|roles) (?:are|will be|being)|deficit|closure|closing down|appoint|being replaced|"
    r"joining|joins|notice|resign|losing .{2,30} to|in the red|overspen|leaving|take over|bid|tupe|"
    r"consultation|awarded|going to|gone to|given to|a new|swallow|gobbl|absorb|taking on|primaries|"
    r"academies|federat|exec|got the|offered|landed|going for|applied|applying|interview|"
    r"schools (?:joining|coming)|taken over|leaving (?:the|our)|to (?:join|merge|convert|federate|leave)\b",
    re.IGNORECASE,
)


def _person_near(context: Context, start: int, end: int) -> bool:
    """A pupil or colleague identified or described in the same sentence (not the author's own news)."""
    text = context.text
    described = list(lexicon.PERSON_DESCRIBED.finditer(text, start, end))
    if described and not _kin_by_pronoun(context, described, start, end):
        return True
    if any(start <= m.start < end for m in context.pupil_mentions):
        return True
    if any(start <= s < end for s, _ in context.colleague_first_names):
        return True
    return any(start <= m.start < end and not context.is_author(m.staff) for m in context.staff_mentions)


def _kin_by_pronoun(context: Context, described: list[re.Match[str]], start: int, end: int) -> bool:
    """ "Thinking of my best friend, she's starting chemo": the only person is known by a pronoun, and
    the author's own friend or relative is who it refers to, with nothing about work nearby."""
    if not all(lexicon.PRONOUN_PERSON.match(m.group()) for m in described):
        return False
    text = context.text
    window = context.previous_sentence_start(context.sentence_at(start))
    if not lexicon.KIN_ANY.search(text, window, end):
        return False
    work = lexicon.LOCAL_WORK.search(text, window, end)
    return not (work or context.pupil_mentions or context.staff_mentions)


def _own_interview(context: Context, recruitment: re.Match[str], judgement: re.Match[str]) -> bool:
    """The author's own interview ("Interviewed for a job in Leeds today. I cried in the car")."""
    text = context.text
    if OWN_JUDGEMENT.search(text[max(0, judgement.start() - 12) : judgement.start()]):
        return True
    before = text[max(0, recruitment.start() - 25) : recruitment.start()]
    return OWN_INTERVIEW_BEFORE.search(before) is not None


def sensitive_fact_hits(context: Context) -> Iterator[Hit]:
    text = context.text
    for sentence in context.sentences:
        # "...your daughter's behaviour: she threw a chair": a pronoun carries the person over.
        reach = sentence.start
        if PRONOUN_LED.match(sentence.text):
            reach = context.previous_sentence_start(sentence)
        for pattern, kind in SENSITIVE_KINDS:
            fact = pattern.search(text, sentence.start, sentence.end)
            if fact and _person_near(context, reach, sentence.end):
                yield Hit(sentence.start, sentence.end, f"{kind} information about a pupil or colleague")
                break
        else:
            # "Interviewed four today. One cried…": the interview may be named a sentence earlier.
            window = context.previous_sentence_start(sentence)
            recruitment = lexicon.RECRUITMENT.search(text, window, sentence.end)
            judgement = lexicon.RECRUITMENT_JUDGEMENT.search(text, sentence.start, sentence.end)
            if recruitment and judgement and not _own_interview(context, recruitment, judgement):
                yield Hit(sentence.start, sentence.end, "how a candidate did at interview")


def internal_matter_hits(context: Context) -> Iterator[Hit]:
    text = context.text
    if any(
        not NEGATED.search(text[max(0, m.start() - 32) : m.start()]) for m in lexicon.ANNOUNCED.finditer(text)
    ):
        return  # what the trust has announced is not confidential
    work = bool(context.org_mentions or lexicon.GENERIC_ORG.search(text) or context.local_work_refs)
    secret = (
        lexicon.SECRECY.search(text)
        or lexicon.NOT_PUBLIC_YET.search(text)
        or (work and lexicon.HEARSAY.search(text))
    )
    prose = context.prose
    topics = [*lexicon.INTERNAL_TOPIC.finditer(prose), *lexicon.INTERNAL_TOPIC_MORE.finditer(prose)]
    for topic in sorted(topics, key=lambda m: m.start()):
        if OWN_NEWS.search(text[max(0, topic.start() - 20) : topic.start()]):
            continue  # "I've been appointed": the author's own news
        weighty = WEIGHTY_TOPIC.search(topic.group()) is not None
        if weighty and not secret and _public_process(context, topic.start()):
            continue  # "our response to the council's consultation on closing the children's centre"
        if secret or (weighty and work):
            sentence = context.sentence_at(topic.start())
            yield Hit(sentence.start, sentence.end, "internal business the trust has not announced")
            return
    if not work:
        return
    hint = lexicon.LEADER_ON_WAY_OUT.search(prose) or (secret and lexicon.CHANGES_COMING.search(prose))
    if hint:
        sentence = context.sentence_at(hint.start())
        yield Hit(sentence.start, sentence.end, "hints at a change of leadership not yet announced")


def _public_process(context: Context, position: int) -> bool:
    """The topic belongs to someone else's public process (a council consultation, the closure of a
    library), named in its sentence or the one before it."""
    sentence = context.sentence_at(position)
    start = context.previous_sentence_start(sentence)
    for match in lexicon.PUBLIC_PROCESS.finditer(context.text, start, sentence.end):
        if not any(match.start() < e and s < match.end() for s, e, _ in context.org_mentions):
            return True  # not when the thing closing is one of the trust's schools
    return False


def private_message_hits(context: Context) -> Iterator[Hit]:
    for match in lexicon.PRIVATE_MESSAGE.finditer(context.text):
        where = context.attachment_at(match.start()) or context.sentence_at(match.start())
        yield Hit(where.start, where.end, "someone's private message shared")


def password_hits(context: Context) -> Iterator[Hit]:
    for match in lexicon.PASSWORD.finditer(context.text):
        sentence = context.sentence_at(match.start())
        yield Hit(sentence.start, sentence.end, "a password or log-in")


@register
class ConfidentialPersonalRule(Rule):
    code = "confidential-information"
    clause = "5.8.2"
    severity = Severity.BLOCK
    audiences = frozenset({"personal"})
    description = (
        "Health, care, safeguarding, discipline or interview facts about an identifiable or described pupil "
        "or colleague; internal business not yet announced (contracts, mergers, restructures, appointments); "
        "passwords."
    )
    advice = (
        "Keep this off social media: it is confidential. Facts about pupils or colleagues, and internal "
        "business the trust has not announced, stay inside school."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        yield from sensitive_fact_hits(context)
        yield from internal_matter_hits(context)
        yield from private_message_hits(context)
        yield from password_hits(context)


@register
class ConfidentialProfessionalRule(Rule):
    code = "professional-confidential"
    clause = "6.9"
    severity = Severity.BLOCK
    audiences = frozenset({"professional"})
    description = (
        "On a school account: health or disciplinary facts about pupils or colleagues, unannounced internal "
        "business, or passwords, even when the pupils have image consent."
    )
    advice = (
        "Do not disclose confidential information on a school account. Share only what families need, "
        "without health, care or disciplinary details about anyone."
    )

    def find(self, context: Context) -> Iterator[Hit]:
        yield from sensitive_fact_hits(context)
        yield from internal_matter_hits(context)
        yield from private_message_hits(context)
        yield from password_hits(context)
