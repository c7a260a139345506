"""Validate and normalise each intake answer: one parser per question.

Each parser takes what the visitor typed and returns either the values to
keep (possibly several: a contact answer can hold a phone and an e-mail) or
an error code that picks the re-ask message. Forms and corrections share them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import Protocol

from dateutil.relativedelta import relativedelta

from bot.intake import (
    after_incident,
    case_kind,
    classify,
    contact,
    government,
    names,
    openers,
    patient,
    places,
    replies,
    states,
)
from bot.intake.case_types import CaseType
from bot.intake.dates import DateParseError, holiday_after_incident, parse_when
from bot.intake.patient import PatientAnswer
from bot.intake.slot_names import CASE_KIND, UNKNOWN
from bot.law.model import DateSpec

MAX_TEXT = 4000
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_NAME_PREFIX = re.compile(
    r"^\s*(?:hi|hello|hey)?[\s,]*(?:my\s+(?:full\s+)?name\s+is|my\s+name's|i\s*am|i'm|im|"
    r"it's|its|this\s+is|name\s*:|call\s+me)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parsed:
    """An answer's values to keep, or the error code that picks the re-ask.

    `candidates` lists the states an ambiguous city may be in (error "ambiguous_city"),
    most populous first, so the question can offer them; `note` keeps extra detail.
    """

    values: dict[str, object] = field(default_factory=dict)
    error: str | None = None
    candidates: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


def _fail(code: str) -> Parsed:
    return Parsed(error=code)


class Replies(Protocol):
    """A language's readings of a short reply (bot/intake/replies.py, bot/intake/es/replies.py):
    what the answers of both languages share takes one of them."""

    def is_yes(self, text: str) -> bool: ...
    def is_no(self, text: str) -> bool: ...
    def is_dont_know(self, text: str) -> bool: ...


def parse_free_text(text: str, *, min_letters: int = 3) -> str | None:
    cleaned = " ".join(text.split())
    if len(_LETTERS.findall(cleaned)) < min_letters:
        return None
    return cleaned[:MAX_TEXT]


# Words that say nothing about what happened: "I need help", "hi, I have a question",
# "I want to talk to someone about a case" are openers, not a story.
_OPENERS = (
    "i im i'm ive i've me my mine we our us need needs needed want wanted help helping "
    "please pls plz some someone somebody anyone a an the this that it its it's is was be "
    "been am are with for to of on in about and or so just like would could can you your "
    "hi hello hey there have has had got get question questions ask talk speak lawyer "
    "lawyers attorney attorneys case cases claim legal advice info information know think "
    "maybe sure ok okay thanks thank something thing things happened happen what yes yeah "
    "yep no nope nah hm "
    # Words about the telling itself: "bear with me, this will take a few messages",
    # "ok let me explain, it's a long story", "hold on, where do I begin".
    "going gonna will take takes few couple several message messages text texts bear "
    "explain explaining tell telling story long complicated begin start where how let wait "
    "hold minute sec second moment bit type typing write writing try ready alright all "
    "right well um uh here now go goes first lot lots slow slowly sorry do even give "
    # Greetings and courtesies: "Good afternoon.", "Greetings, thank you for your time".
    "good morning afternoon evening day greetings dear sir madam howdy hiya yo time your"
)
_OPENER_WORDS = frozenset(_OPENERS.split())
_WORDS = re.compile(r"[a-z']+")


# Words that name no fact: a provider in general, a vague harm, a hedge ("I think my
# surgeon messed up", "a possible malpractice case against my doctor").
_VAGUE = frozenset(
    [
        "possible",
        "possibly",
        "potential",
        "potentially",
        "might",
        "may",
        "think",
        "thinking",
        "thought",
        "believe",
        "wondering",
        "wonder",
        "whether",
        "if",
        "sue",
        "suing",
        "malpractice",
        "negligence",
        "negligent",
        "medical",
        "doctor",
        "doctors",
        "dr",
        "doc",
        "docs",
        "surgeon",
        "surgeons",
        "physician",
        "physicians",
        "hospital",
        "hospitals",
        "nurse",
        "nurses",
        "provider",
        "providers",
        "against",
        "regarding",
        "messed",
        "mess",
        "screwed",
        "screw",
        "up",
        "mistake",
        "mistakes",
        "wrong",
        "error",
        "errors",
        "bad",
        "badly",
        "did",
        "do",
        "does",
        "done",
        "diagnosis",
        "treatment",
        "care",
        "situation",
        "issue",
        "issues",
        "problem",
        "problems",
        "concern",
        "concerns",
        "experience",
        "went",
        "go",
        "something",
        "happened",
        "bit",
        "incident",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "their",
        "hers",
        "did",
        "didn't",
        "not",
        "right",
        "correct",
        "good",
        "well",
        "hurt",
        "harmed",
        "wronged",
        "fault",
        "someone's",
        "somebody's",
        "who",
        "whom",
        "hmm",
        "um",
        "uh",
        "hello",
        "hi",
        "hey",
        "yo",
        # fillers
        "really",
        "totally",
        "completely",
        "seriously",
        "honestly",
        "basically",
        "actually",
        "literally",
        "kinda",
        "kind",
        "sort",
        "pretty",
        "very",
        "wondering",
        "hoping",
        "looking",
        "find",
        "out",
        "anything",
        "um",
        "uh",
        "so",
        # who it happened to says nothing of what happened ("something to my dad")
        *patient.RELATIONSHIP_WORDS,
    ]
)


def story_facts_words(text: str) -> list[str]:
    """The words of `text` that tell something: not openers, hedges or a provider in general."""
    words = _WORDS.findall(text.lower().replace("’", "'"))
    return [w for w in words if w not in _OPENER_WORDS and w not in _VAGUE]


def says_what_happened(text: str) -> bool:
    """Whether `text` states at least one fact about what happened (not only an opener)."""
    return bool(story_facts_words(text))


def parse_story(text: str) -> Parsed:
    """The story, or "opener" for a message with no facts ("hi, I think my surgeon messed up",
    "hello?", "I have a question about a case"), so the form asks warmly what happened.
    A story that starts "ok." or "hi," and then tells facts is a story."""
    facts = story_facts_words(text)
    bare = " ".join(_WORDS.findall(text.lower()))
    if not facts and (replies.is_no(text) or bare in {"yes", "y", "yeah", "yep", "yup", "sure"}):
        return _fail("too_short")
    value = parse_free_text(text, min_letters=3)
    if value is None or not facts:
        return _fail("opener")
    short_question = text.rstrip().endswith("?") and len(bare.split()) <= 8
    if short_question and not classify.mentions_medical_care(text):
        return _fail("opener")  # "is this confidential?": a question, not the story
    if len(facts) == 1 and len(_LETTERS.findall(text)) < 8:
        return _fail("too_short")
    if (
        len(bare.split()) < _SHORT_STORY_WORDS
        and (_ASKS_FOR_HELP.search(text) or openers.is_opener(text))
        and not tells_care_or_harm(text)
    ):
        # "Just want to know if I have a case. I'm not giving my number.", "I got a story for
        # y'all", "is this a bot, and where does my data go?"
        return _fail("opener")
    return Parsed({"incident_description": value})


# Up to this many words, a message that only asks for help and says nothing of care or harm
# is an opener. A short story of something else ("I was rear-ended and my car is totaled")
# stays a story: the out-of-scope reply and the lead need it.
_SHORT_STORY_WORDS = 30
_ASKS_FOR_HELP = re.compile(
    r"\b(?:have|had|got)\s+a\s+(?:case|claim)\b|\bworth\s+pursu|\btoo\s+late\b|"
    r"\breach(?:ing)?\s+out\b|\badvice\b|\bquestions?\b|\boptions\b|\bwondering\b|"
    r"\byour\s+(?:number|name|firm|office|website|ad)\b|\bconsult\w*|\b(?:personal\s+)?info\b|"
    r"\b(?:talk|speak)\s+(?:to|with)\s+(?:someone|somebody|a\s+lawyer|an\s+attorney)\b|"
    r"\b(?:family|friend|doctor|sister|brother|wife|husband|mom|dad)\s+(?:said|told|suggested)\b",
    re.IGNORECASE,
)


def tells_care_or_harm(text: str) -> bool:
    """Whether `text` speaks of care, a provider, a harm or a death ("the pharmacy gave me
    the wrong pills", "my dad died"), not only of wanting help ("just want to know if I
    have a case", "it was a bad experience and I want answers")."""
    return bool(
        classify.mentions_medical_care(text)
        or classify.classify_severity(text)
        or classify.classify_case_type(text)
    )


# Words that only say what is not known ("idk the name of the surgeon who did it", "i don't
# know, it was a different doctor every time").
_ABOUT_THE_UNKNOWN = frozenset(
    [
        "different",
        "every",
        "each",
        "time",
        "times",
        "visit",
        "visits",
        "kept",
        "changing",
        "changed",
        "whoever",
        "many",
        "several",
        "lots",
        "bunch",
        "people",
        "someone",
        "somebody",
        "another",
        "other",
        "others",
        "same",
        "new",
        "staff",
        "were",
        "on",
        "call",
        "shift",
        "shifts",
        "always",
        "saw",
        "seen",
        "see",
        "the",
        "a",
        "an",
        "name",
        "names",
        "named",
        "doctor",
        "doctor's",
        "doctors",
        "dr",
        "surgeon",
        "surgeon's",
        "nurse",
        "nurses",
        "hospital",
        "hospital's",
        "clinic",
        "place",
        "provider",
        "providers",
        "facility",
        "of",
        "who",
        "what",
        "which",
        "that",
        "it",
        "its",
        "it's",
        "was",
        "is",
        "his",
        "her",
        "their",
        "them",
        "he",
        "she",
        "they",
        "i",
        "i'm",
        "me",
        "my",
        "exactly",
        "really",
        "sorry",
        "honestly",
        "anymore",
        "right",
        "now",
        "for",
        "sure",
        "remember",
        "recall",
        "know",
        "knew",
        "called",
        "did",
        "do",
        "one",
        "any",
        "all",
        "at",
        "this",
        "moment",
        "offhand",
        "off",
        "hand",
        "top",
        "head",
        "injury",
        "injuries",
        "harm",
        "what's",
        "whats",
        "to",
        "be",
        "if",
        "and",
        "or",
        "but",
        "so",
        "um",
        "uh",
        "lol",
        "yet",
        "still",
        "either",
        "any",
        "more",
        "damage",
        "extent",
        "wrong",
        "happened",
        "going",
        "on",
        "with",
        "diagnosis",
        "operated",
        "treated",
        "performed",
        "surgery",
        "procedure",
        "saw",
        "seen",
        "involved",
        "responsible",
        "in",
        "charge",
    ]
)


def _only_dont_know(text: str) -> bool:
    """A don't-know with nothing else in it, however long ("I honestly can't remember
    the name of the doctor who did it"); never to be stored as an answer."""
    if not replies.is_dont_know(text):
        return False
    rest = replies.without_dont_know(text)
    words = re.findall(r"[a-z']+", rest.lower().replace("’", "'"))
    return all(w in _ABOUT_THE_UNKNOWN for w in words)


def described(
    field_name: str,
    text: str,
    *,
    min_letters: int,
    said: Replies,
    only_dont_know: Callable[[str], bool],
    no_refused: bool = True,
) -> Parsed:
    """A described answer (who gave the care, what harm was done), in either language.

    A short or bare don't-know is not kept; a yes is no description, nor is a no
    unless `no_refused` is off (the injury's: "no" may begin one).
    """
    if said.is_dont_know(text) and (len(text.split()) <= 6 or only_dont_know(text)):
        return _fail("dont_know")
    value = parse_free_text(text, min_letters=min_letters)
    if value is None or said.is_yes(text) or (no_refused and said.is_no(text)):
        return _fail("unparsed")
    return Parsed({field_name: value})


# A reply at the provider question that adds to the story instead ("Sorry, I should add,
# nobody called us for a whole day", "one more thing: they never told us she fell"): no
# provider is in it, so it is no answer, and the question is put again.
_ADDS_TO_STORY = re.compile(
    r"^\W*(?:(?:sorry|oh|oops|wait|also|and|ok|okay|um+|uh+|actually|btw|but)\W+)*"
    r"(?:i\s+(?:should|forgot\s+to|meant\s+to|need\s+to|want\s+to|wanted\s+to|have\s+to)\s+"
    r"(?:add|mention|say|tell\s+you)|i\s+(?:forgot|should\s+have)\s+(?:to\s+)?(?:said|say|mention|"
    r"mentioned|told\s+you)|(?:one\s+more|another|the\s+other)\s+thing|something\s+(?:else|i\s+"
    r"forgot)|(?:just\s+)?to\s+add|let\s+me\s+add|p\.?s\.?|forgot\s+to\s+(?:say|mention))\b",
    re.IGNORECASE,
)
_PROVIDER_WORD = re.compile(
    r"\b(?:dr|doctors?|docs?|nurses?|surgeons?|physicians?|hospitals?|clinics?|er|ers|"
    r"emergency|pharmac\w*|pharmacists?|centers?|centres?|home|facility|practice|medical|health|"
    r"urgent|ob|obgyn|midwife|dentist|therapist|specialist|staff|va|ambulance|paramedics?|"
    r"rehab|hospice|lab|radiolog\w*|\w+ologists?|\w+iatrists?)\b",
    re.IGNORECASE,
)


def _adds_to_story(text: str) -> bool:
    """An add-on to the story, with no provider in it: no care word and no name (a word
    capitalised inside a sentence: "I should add, it was Brookdale" names one)."""
    if not _ADDS_TO_STORY.match(text) or _PROVIDER_WORD.search(text):
        return False
    starts = {m.end() for m in re.finditer(r"(?:^|[.!?:,;]\s*)", text)}
    return not any(
        m.start() not in starts and not re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", m.group(0))
        for m in re.finditer(r"\b[A-Z][\w'’-]*", text)
    )


# "Let me check", "hold on, I'll look at the paperwork", "I have to ask my aunt": the visitor
# goes to look the provider up. With nothing else said (or only a don't-know: "I don't
# know the agency's name, let me check") it is no provider: asked again, never kept.
_LET_ME_CHECK = re.compile(
    r"\blet\s+me\s+(?:check|look|see|find|ask|dig)\b|\bhold\s+on\b|\bone\s+(?:sec|second|"
    r"moment|min|minute)\b|\b(?:give|gimme)\s+me\s+a\s+(?:sec|second|moment|min|minute)\b|"
    r"\bi(?:'ll|\s+will|\s+have\s+to|\s+need\s+to|\s+gotta|'d)(?:\s+have\s+to)?\s+(?:check|"
    r"look|find|ask|dig)\b|\bchecking\b|\blooking\b",
    re.IGNORECASE,
)
_WHERE_IT_IS_TEXT = (
    "agency agency's company papers paperwork bills bill receipt card fridge up it for "
    "aunt uncle mom dad sister brother cousin husband wife son daughter in on from with "
    "nursing home health care"
)
_WHERE_IT_IS = frozenset(_WHERE_IT_IS_TEXT.split())


def checking_only(text: str) -> bool:
    """A reply that goes to look the provider up and says no name ("let me check", "I
    don't know the agency's name, let me check"), in either language's words."""
    if not _LET_ME_CHECK.search(text):
        return False
    rest = _LET_ME_CHECK.sub(" ", text)
    if replies.is_dont_know(rest):
        rest = replies.without_dont_know(rest)
    words = re.findall(r"[a-z']+", rest.lower().replace("’", "'"))
    return all(w in _ABOUT_THE_UNKNOWN or w in _WHERE_IT_IS for w in words)


def parse_provider(text: str) -> Parsed:
    if _adds_to_story(text) or checking_only(text):
        return _fail("unparsed") if not replies.is_dont_know(text) else _fail("dont_know")
    return described("provider", text, min_letters=2, said=replies, only_dont_know=_only_dont_know)


def parse_injury(text: str) -> Parsed:
    return described(
        "injury",
        text,
        min_letters=3,
        said=replies,
        only_dont_know=_only_dont_know,
        no_refused=False,
    )


WhenReader = Callable[[str, date], DateSpec]


def incident_date(text: str, today: date, *, said: Replies, when: WhenReader) -> Parsed:
    """When it happened, read by a language's date reader; a don't-know without a digit
    asks again (a deadline needs a date)."""
    tail = _DONT_KNOW_EXACTLY_TAIL.search(text)
    if tail and tail.start() > 0 and not any(ch.isdigit() for ch in text):
        # "sometime last year idk exactly", "march, not sure of the exact day": a time said
        # and then not known more finely is that time; the don't-know alone asks again.
        try:
            return Parsed({"incident_date": when(text[: tail.start()], today).to_slot()})
        except DateParseError:
            pass
    if said.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        # "I can't recall. Sometime around the Fourth.": a time said after the don't-know
        # is an answer; the don't-know alone (or beside no time) asks again.
        rest = _DONT_KNOW_LEAD.sub("", text).strip(" ,.;:-")
        if not rest or rest == text.strip(" ,.;:-") or said.is_dont_know(rest):
            return _fail("dont_know")
        try:
            return Parsed({"incident_date": when(rest, today).to_slot()})
        except DateParseError:
            return _fail("dont_know")
    found = _START_UNKNOWN_FOUND.search(text)
    if found:
        try:
            day = when(found.group("when"), today)
        except DateParseError:
            day = None
        if day is not None and day.earliest == day.latest:
            # "I don't know when it started. We found it August 4th": the day it was found
            # ends the care, it does not date it; the months before it are the stretch.
            start = day.earliest - relativedelta(months=_FOUND_LOOKBACK_MONTHS)
            return Parsed({"incident_date": f"{start.isoformat()}..{day.earliest.isoformat()}"})
    try:
        spec = when(text, today)
    except DateParseError as exc:
        return _fail(exc.code)
    return Parsed({"incident_date": spec.to_slot()})


# The start said to be unknown, then the day the harm was found: "I honestly don't know when
# it started ... we found it August 4th", "no idea when it began, the nurse noticed it on
# 3/2". A slow harm (a bedsore, an infection, a drug given for weeks) has no day of its own.
_START_UNKNOWN_FOUND = re.compile(
    r"\b(?:(?:do\s*n'?t|dont|do\s+not|can'?t|cannot)\s+(?:know|tell|say|remember)|no\s+idea|"
    r"not\s+sure|unsure)\s+when\s+(?:it|this|that|the\s+\w+)\s+(?:started|began|start|begin|"
    r"first\s+(?:started|happened|began))\b[^\d]{0,80}?\b(?:we|i|they|he|she|"
    r"(?:the|a|an|his|her|my|our|their)\s+(?:\w+\s+){0,2}\w+)\s+"
    r"(?:first\s+)?(?:found|noticed|saw|discovered|spotted)\s+(?:it|them|out|the\s+\w+)?\s*"
    r"(?P<when>(?:on\s+)?[^.;!?]{3,30}?)(?=\s+(?:when|while|after|because|at)\b|[.;!?]|$)",
    re.IGNORECASE,
)
# How far back a stretch ending on the day found goes: a paralegal's "in the months before".
_FOUND_LOOKBACK_MONTHS = 3


# A don't-know said first, then what is remembered: "not sure, ...", "I can't recall.".
_DONT_KNOW_LEAD = re.compile(
    r"^\W*(?:(?:honestly|um+|uh+|hmm+|well|oh|gosh|sorry)[\s,.]+)*"
    # "I honestly don't know.": an adverb between the I and the don't-know
    r"(?:i\s*(?:(?:honestly|really|truly|just|genuinely)\s+)?(?:do\s*n[o']?t|dont|don'?t|can'?t|"
    r"cannot)\s+(?:know|remember|recall)"
    r"(?:\s+(?:exactly|for\s+sure|the\s+(?:exact\s+)?(?:date|day)))?|not\s+(?:sure|certain)"
    r"(?:\s+(?:exactly|of\s+the\s+(?:exact\s+)?(?:date|day)))?|no\s+idea|idk|dunno)"
    r"\s*(?:[,.;:!-]+|\s+but\b|\s+maybe\b|"
    # "idk like sept?", "not sure prob march": a hedge straight after the don't-know
    r"(?=\s+(?:like|prob(?:ably)?|around|about|roughly|sometime|i\s+think|i\s+guess|"
    r"i\s+want\s+to\s+say|possibly|mayb)\b))",
    re.IGNORECASE,
)


# A don't-know closing the answer that only says the time is not known more finely.
_DONT_KNOW_EXACTLY_TAIL = re.compile(
    r"[\s,.;:!?\-]+(?:but\s+|though\s+)?(?:(?:i\s*)?(?:do\s*n[o']?t|dont|don'?t|can'?t|cannot)\s+"
    r"(?:know|remember|recall)|idk|dunno|not\s+(?:sure|certain|positive))\s+"
    r"(?:exactly|for\s+sure|for\s+certain|of\s+the\s+exact\s+(?:date|day)|the\s+exact\s+"
    r"(?:date|day)|(?:exactly\s+)?(?:when|which\s+day))[\s.!?]*$",
    re.IGNORECASE,
)


def parse_incident_date(text: str, today: date) -> Parsed:
    return incident_date(text, today, said=replies, when=parse_when)


_RIGHT_NOW = re.compile(
    r"^\s*(?:i\s+|we\s+)?(?:just\s+now|just|today|right\s+now|now|this\s+morning|"
    r"this\s+week|just\s+(?:found\s+out|learned|realized|now)|only\s+just|recently)\b",
    re.IGNORECASE,
)
# "When the biopsy came back": the event only, no time word to date it.
_WHEN_EVENT = re.compile(
    r"^\s*(?:when|after|once)\b.*\b(?:came\s+back|told|found|saw|got|read|showed|learned)\b",
    re.IGNORECASE,
)


def discovery_date(
    text: str,
    today: date,
    *,
    said: Replies,
    when: WhenReader,
    right_now: Callable[[str], object],
    just_an_event: Callable[[str], object],
    incident: object = None,
) -> Parsed:
    """When the visitor first learned something had gone wrong, in either language.

    "just now" (`right_now`), "a few weeks ago", a date; "when the biopsy came back"
    (`just_an_event`, no time word) asks for roughly when; "I don't know" is kept as
    "unknown" (the engine then stays conservative). Told relative to the incident ("that
    same day we saw he couldn't move his arm", "al otro día", "a week later"), it is placed
    from the incident date when that is known (bot/intake/after_incident), as a death
    date is; never counted from today.
    A holiday with no year ("on Mother's Day, when he got sick") is the first one on or
    after the incident, not the latest before today (dates.holiday_after_incident).
    """
    if said.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        return Parsed({"discovery_date": UNKNOWN})
    try:
        spec = when(text, today)
    except DateParseError as exc:
        relative = after_incident.after_incident(text) if exc.code == "unparsed" else None
        placed = after_incident.place(relative, incident) if relative else None
        if placed is not None:
            return _holiday_after(placed, text, incident)
        if right_now(text):
            return _holiday_after(DateSpec.exact(today).to_slot(), text, incident)
        if exc.code == "unparsed" and just_an_event(text):
            return _fail("no_date")  # ask for roughly when that was
        return _fail(exc.code)
    return _holiday_after(spec.to_slot(), text, incident)


def _holiday_after(found: str, text: str, incident: object) -> Parsed:
    """The discovery read (`found`), or the first such holiday on or after the incident."""
    if not isinstance(incident, str) or UNKNOWN in (found, incident):
        return Parsed({"discovery_date": found})
    try:
        when, then = DateSpec.from_slot(found), DateSpec.from_slot(incident)
    except ValueError:
        return Parsed({"discovery_date": found})
    earlier = holiday_after_incident(text, when, then)
    return Parsed({"discovery_date": earlier.to_slot() if earlier else found})


def parse_discovery_date(text: str, today: date, incident: object = None) -> Parsed:
    return discovery_date(
        text,
        today,
        said=replies,
        when=parse_when,
        right_now=_RIGHT_NOW.search,
        just_an_event=_WHEN_EVENT.search,
        incident=incident,
    )


# "We live in Ohio but it happened in Kentucky": the state after one of these is the answer.
_WHERE_IT_HAPPENED = re.compile(
    r"\b(?:happened|took\s+place|occurred|was\s+treated|were\s+treated|treatment\s+was|"
    r"surgery\s+was|it\s+was|was\s+done)\s+in\s+(.+?)(?=[,.;!?]|\bbut\b|\band\b|$)",
    re.IGNORECASE,
)


def parse_state(text: str) -> Parsed:
    """A state, a code, or a city ("Naperville", "near Tulsa", "Portland, Maine").

    An ambiguous city ("Springfield") fails with "ambiguous_city" and its candidate
    states in `candidates`; several states with none marked as where it happened
    fail with "ambiguous".
    """
    if replies.is_dont_know(text):
        # "not sure of the state, it was in Boise": the place said beside a don't-know counts.
        said = _with_county(text, _state_said(text))
        return said if said.ok or said.error == "ambiguous_city" else _fail("dont_know")
    return _with_county(text, _state_said(text))


def _with_county(text: str, said: Parsed) -> Parsed:
    """ "the Essex County jail in Middleton": the one state with both, when no state is said."""
    if not said.ok or states.find_state(text) is None:
        return _county_and_town(text) or said
    return said


_COUNTY_NAMED = re.compile(r"\b(?:[A-Z][\w'.-]*\s+){1,3}(?:County|Parish)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)*")


def _county_and_town(text: str) -> Parsed | None:
    """A county and a town in it named together: the one state that has both."""
    for m in _COUNTY_NAMED.finditer(text):
        in_county = places.county_states(m.group(0))
        rest = text[: m.start()] + " , " + text[m.end() :]
        for town in _CAPITALISED.findall(rest):
            if not in_county or places.lookup(town, small_towns=True) is None:
                continue
            both = [s for s in in_county if places.in_state(town, s)]
            if len(both) == 1:
                return Parsed({"incident_state": both[0], "incident_city": town})
    return None


# "Louisiana! Not Indiana.", "not Indiana, Louisiana", "Louisiana (not Indiana)": a state
# after "not" (to the end of its clause, or a "but"/"it was" that brings the right one).
_NOT_THIS = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|never)\s+(?P<old>.+?)(?=[,.;:!?()]|\s+-|\bbut\b|\bit'?s\b|"
    r"\bit\s+(?:was|is)\b|\bits\b|\bthough\b|$)",
    re.IGNORECASE,
)
# "not Lafayette, Indiana": a city and its state after "not".
_NOT_CITY_STATE = re.compile(
    r"\bnot\s+(?:in\s+)?(?P<city>[^,.;:!?()]+),\s*(?P<old>[^,.;:!?()]+)", re.IGNORECASE
)
# "Indiana? no, Louisiana", "Indiana - sorry, Louisiana", "Indiana, I mean Louisiana":
# a state taken back by a cue word, with the state meant right after it.
_TAKEN_BACK = re.compile(
    r"(?P<old>[^,.;:!?()]+?)\s*[-,.;:!?\u2013\u2014\u2026]*\s*\b(?:no+|nope|sorry|oops|wait|"
    r"i\s+mean[t]?|actually|scratch\s+that|correction|my\s+bad)\b[\s,.:!-]*"
    r"(?:(?:no|wait|sorry|actually|it\s+was|it'?s|it\s+is)\b[\s,.:!-]*)*(?P<new>[^,.;:!?()]+)",
    re.IGNORECASE,
)


_IN_STATE = re.compile(r"^(?:(?:in|at)\s+)?(?:the\s+state\s+of\s+)?", re.IGNORECASE)


def _rejected_states(text: str) -> set[str]:
    """States the visitor says it was not: "X, not Y", "not Y, X", "Y? no, X", "X (not Y)".

    The "new, not old" swaps are the ones corrections.py reads at the summary, so a
    correction said at the state question is read the same way there and here.
    """
    from bot.intake import corrections  # imported here: corrections imports this module

    swaps = [m["old"] for swap in corrections._SWAPS for m in swap.finditer(text)]
    # The swap's old part ends where the right one is brought in ("not Ohio - Kentucky",
    # "nope not indiana its louisiana").
    ends = r"\s+[-\u2013\u2014]+\s*|[()]|\b(?:it'?s|but|it\s+(?:was|is))\b"
    olds = [re.split(ends, old, flags=re.IGNORECASE)[0] for old in swaps]
    olds += [m["old"] for m in _NOT_THIS.finditer(text)]
    olds += [
        m["old"]
        for m in _NOT_CITY_STATE.finditer(text)
        if len(m["old"].split()) <= 3 and places.lookup(m["city"].strip(), small_towns=True)
    ]
    for m in _TAKEN_BACK.finditer(text):
        new = _IN_STATE.sub("", m["new"].strip()).split()
        # The state must come first: "Ohio, actually near the Indiana border" is Ohio.
        if len(new) <= 4 and states.find_states(" ".join(new[:2])):
            olds.append(m["old"])
    return {code for old in olds for code in states.find_states(old)}


def _state_said(text: str) -> Parsed:
    many = states.find_states(text)
    code = states.find_state(text)
    if len(many) == 1 and _rejected_states(text) == set(many):
        return _fail("unparsed")  # "not Indiana": only which state it was not
    if code is None and len(many) > 1:
        rejected = _rejected_states(text)
        kept = [c for c in many if c not in rejected]
        if rejected and len(kept) == 1:
            return _state_meant(text, kept[0])
        named = {c for m in _WHERE_IT_HAPPENED.finditer(text) for c in states.find_states(m[1])}
        code = named.pop() if len(named) == 1 else None
    place = states.place_answer(text)
    if place.city and (place.state or place.ambiguous) and (code is None or code != place.state):
        # A city named at the state question settles it ("Kansas City" is not Kansas).
        outside = re.sub(re.escape(place.city), " ", text, flags=re.IGNORECASE)
        if (
            place.ambiguous
            and code is not None
            and code in place.candidates
            and (states.find_state(outside) == code)
        ):
            # "Ohio, we live in Columbus": the state said picks among the city's states.
            return Parsed({"incident_state": code, "incident_city": place.city})
        if place.ambiguous:
            return Parsed(
                {"incident_city": place.city},
                error="ambiguous_city",
                candidates=place.candidates,
            )
        return Parsed({"incident_state": place.state, "incident_city": place.city})
    if code is None and place.state and len(many) <= 1:
        code = place.state
    if code is None:
        return _fail("ambiguous" if len(many) > 1 else "unparsed")
    values: dict[str, object] = {"incident_state": code}
    if place.city and place.state == code:
        values["incident_city"] = place.city
    return Parsed(values)


def _state_meant(text: str, code: str) -> Parsed:
    """The state kept after the others are taken back, with a city of that state if one
    was named ("Lafayette, Louisiana, not Indiana")."""
    place = states.place_answer(text)
    values: dict[str, object] = {"incident_state": code}
    if place.city and (place.state == code or code in place.candidates):
        values["incident_city"] = place.city
    return Parsed(values)


def parse_name(text: str) -> Parsed:
    """A full name that looks like one (names.looks_like_name); kept capitalised as names are.
    A reply declining to give one fails with "refused" (names.refuses_name)."""
    said = text
    text = names.name_in(text)  # "..., but everybody calls me Walt": the name said first
    if not names.looks_like_name(text):
        # "I'd rather not give my name": declined, never a name; the re-ask says why it helps.
        return _fail("refused" if names.refuses_name(said) else "unparsed")
    return Parsed({"full_name": names.normalise_name(text)[:120]})


# Words around a name and a number in one answer: "sure, it's Jo Park and my cell is ...".
_AROUND_CONTACT = re.compile(
    r"\b(?:yes|yeah|yep|yup|sure|ok(?:ay)?|of\s+course|that'?s\s+fine|fine|please|thanks?|"
    r"thank\s+you|and|or|at|is|my|the|best|(?:cell|mobile|home|work)(?:\s+(?:phone|number))?|"
    r"phone(?:\s+number)?|number|e-?mail(?:\s+address)?|address|call\s+me|text\s+me|"
    # A hyphen inside a name ("Varga-Hunt") is part of it, not a separator.
    r"reach\s+me|you\s+can|can|on|it'?s|its|me|"
    # Words pointing at the contact ("this number", "same one"): never a surname.
    r"(?:this|that|the\s+same|same)(?:\s+(?:one|1))?)\b|(?<![^\W\d_])-|-(?![^\W\d_])|"
    # An initial keeps its full stop ("Dana K. Smith"), as names.normalise_name keeps it.
    r"[:;,!()/|]|(?<!\b[A-Za-z])\.",
    re.IGNORECASE,
)


# Where one clause of a contact answer ends: a comma, a full stop, a bracket, a number or
# an address taken out ("|"), or digits the phone reader did not take ("555-310-2290").
_CLAUSE_END = re.compile(r"(\s*(?:[,;:!?()|]|\.(?=\s|$)|[^\s,;]*\d[^\s,;]*)\s*)")


def _without_reaching_clauses(text: str) -> str:
    """The contact answer with its numbers and addresses taken out, less every clause
    about how or when to reach the visitor ("email is better during school hours", "txt
    is best"): those words are never the name (names.about_reaching)."""
    pieces = _CLAUSE_END.split(contact.without_contact(text, gap=" | "))
    kept = [p for i, p in enumerate(pieces) if i % 2 or not names.about_reaching(p)]
    return " ".join("".join(kept).replace("|", " ").split())


# Words that name a way to be reached: never kept as a surname ("Ann Phone 312 ...").
_CONTACT_NOUNS = frozenset(
    {"cell", "mobile", "home", "work", "phone", "number", "email", "e-mail", "address"}
)


def _without_words_around(text: str) -> str:
    """`text` less the words around a name and a contact (_AROUND_CONTACT), but a surname
    that is one of them kept after the first name ("Ann Best 312 ...": not "Ann")."""

    def out(found: re.Match[str]) -> str:
        before = text[: found.start()].split()
        word = found.group()
        kept = (
            before
            and word.lower() not in _CONTACT_NOUNS
            and names.surname_after_first_name(before[-1], word)
        )
        return word if kept else " "

    return _AROUND_CONTACT.sub(out, text)


def name_beside_contact(text: str) -> str | None:
    """The visitor's name given with a number or address in one answer, or None.

    Asked "what's your name and the best number or email?", people write "Jo Park,
    312 555 0188" or "sure its dana at dana.r@example.com": what is left once the
    contact and the words around it are taken out is the name, if it looks like one.
    """
    rest = names.name_in(_without_reaching_clauses(text))  # "..., but call me Walt": cut off
    named = _NAME_PREFIX.match(rest)
    rest = rest[named.end() :] if named else _without_words_around(rest)
    rest = " ".join(_without_words_around(rest).split())
    return names.normalise_name(rest)[:120] if rest and names.looks_like_name(rest) else None


def consent(
    text: str,
    *,
    said: Replies,
    name_beside: Callable[[str], str | None],
    declined: Callable[[str], object] = lambda _text: False,
) -> Parsed:
    """May the firm contact the visitor? In either language (`declined`: a no in words
    the reply readings do not know).

    "yes, 201 555 0123" or just a number answers both questions at once; a name said
    with it ("Jo Park, 312 555 0188", found by `name_beside`) answers the name question too.
    """
    given = contact.find_contact(text)
    if given.found and not said.is_no(text):
        values: dict[str, object] = {"contact_consent": True, **parse_contact(text).values}
        # "Jasmine Carrow, this number. jc@example.com": "this number" is not her name.
        name = name_beside(contact.without_this_number(text))
        if name:
            values["full_name"] = name
        return Parsed(values)
    words = contact.this_number_words(text)  # "Cody Two Bulls, this one" by text
    if words and not said.is_no(text) and not declined(text):
        values = {"contact_consent": True, "contact": words}
        name = name_beside(contact.without_this_number(text))
        if name:
            values["full_name"] = name
        return Parsed(values)
    if said.is_yes(text):
        return Parsed({"contact_consent": True})
    if said.is_no(text) or declined(text):
        return Parsed({"contact_consent": False})
    return _fail("yes_no")


def parse_consent(text: str) -> Parsed:
    return consent(text, said=replies, name_beside=name_beside_contact)


def yes_no(field_name: str, text: str, said: Replies) -> Parsed:
    """A yes, a no or a don't-know, by a language's reply readings."""
    if said.is_yes(text):
        return Parsed({field_name: True})
    if said.is_no(text):
        return Parsed({field_name: False})
    if said.is_dont_know(text):
        return _fail("dont_know")
    return _fail("yes_no")


def parse_yes_no(field_name: str, text: str) -> Parsed:
    parsed = yes_no(field_name, text, replies)
    if not parsed.ok and re.match(r"^\s*(not\s+yet|none|nobody|no\s+one)\b", text, re.I):
        return Parsed({field_name: False})
    return parsed


# "We talked to a lawyer but they didn't take it", "my lawyer dropped the case": none now.
_NO_LONGER_REPRESENTED = re.compile(
    r"\b(didn'?t|did\s+not|wouldn'?t|would\s+not|won'?t|couldn'?t|refused\s+to)\s+"
    r"(take|accept|want)\b|\b(turned\s+(us|me)\s+down|dropped\s+(the|my|our)\s+case|"
    r"(fired|let\s+go\s+of)\s+(my|our|the)\s+(lawyer|attorney)|no\s+longer|not\s+anymore)",
    re.IGNORECASE,
)


# "He has a public defender for his charges, but nobody for this", "a lawyer for the
# divorce, not for this": a lawyer in another matter is no lawyer for this one.
_OTHER_MATTER_ONLY = re.compile(
    r"\b(?:nobody|no\s*one|none|nothing|not|no\s+(?:lawyer|attorney)s?)\s+(?:yet\s+)?"
    r"(?:for|on|about|with|handling)\s+(?:this|that|the\s+(?:malpractice|medical|hospital|"
    r"doctor|injury))\b|"
    r"\b(?:only|just)\s+(?:for|on)\s+(?:his|her|my|their|the|a)\s+(?:[\w']+\s+)?(?:charges?|"
    r"criminal|divorce|custody|estate|will|bankruptcy|workers|dui|ticket|immigration|"
    r"real\s+estate|business)\b",
    re.IGNORECASE,
)


# A lawyer who took the case on, told in more words: "we signed with one last week", "my
# son hired an attorney", "a firm represents us", "we have one". Not "didn't hire him".
_TOOK_IT_ON = re.compile(
    r"\b(?:signed\s+(?:with|up\s+with|on\s+with|a\s+retainer|an?\s+(?:agreement|contract))|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?:hired|retained)\s+(?:a|an|one|the|him|her|them|"
    r"someone|somebody|(?:\w+\s+){0,2}(?:firm|lawyer|attorney)s?)\b|"
    r"(?:represents?|representing)\s+(?:us|me|him|her|them|my|our)\b|"
    r"(?:we|i)\s+(?:have|'ve\s+got|got)\s+(?:one|a\s+(?:lawyer|attorney|firm))\b|"
    r"(?:and|so)\s+(?:we|i)\s+signed\b|^\W*(?:we|i)\s+signed\b)",
    re.IGNORECASE,
)
# A no told as a story: a lawyer called who never answered, one who looked and declined,
# one consulted but never hired, still looking, "not at the moment", "... so no".
_NO_LAWYER_STORY = re.compile(
    r"\b(?:never|didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:even\s+|ever\s+)?"
    r"(?:called|call|got|get|gotten|heard|wrote|write|emailed|responded|respond|replied|reply|"
    r"returned|return)\s+(?:me\s+|us\s+)?(?:back|anything|a\s+word)\b|"
    r"\b(?:haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:\w+\s+)?(?:called|contacted|talked\s+to|"
    r"spoken\s+(?:to|with)|reached\s+out\s+to|gotten|got)\s+(?:anyone|anybody|one|any|a\s+(?:lawyer|"
    r"attorney))\b|"
    r"\bnever\s+did\W*$|\bheard\s+(?:nothing|nothing\s+back|no\s+answer)\b|"
    r"\b(?:no\s*one|nobody|none\s+of\s+them|neither(?:\s+of\s+them)?)\s+(?:\w+\s+)?(?:answered|"
    r"replied|responded|called|got\s+back|wrote|would|wanted|was\s+interested|took)\b|"
    r"\bturned\s+(?:it|us|me|him|her|the\s+case)\s+down\b|\bturned\s+down\b|"
    r"\bpassed\s+on\s+(?:it|the\s+case|us|me)\b|\blooked\s+at\s+it\s+and\s+passed\b|"
    r"\bdeclined\b|\btoo\s+small\b|\bno\s+case\b|"
    r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not|wouldn'?t|won'?t)\s+(?:take|handle|do)\s+"
    r"(?:cases?|these|this|that|medical|malpractice|it)\b|"
    r"\b(?:never|didn'?t|did\s+not|haven'?t|have\s+not|not)\s+(?:yet\s+)?(?:signed|sign|hired|hire|"
    r"retained|retain)\b|\bnothing\s+(?:was\s+|got\s+|has\s+been\s+)?signed\b|"
    r"\bonly\s+(?:a|one|the)\s+(?:free\s+)?consult\w*|"
    r"\b(?:still\s+)?(?:looking|searching)\s+(?:for\s+(?:one|a\s+(?:lawyer|attorney|firm))|now|around)\b|"
    r"\bstill\s+(?:looking|searching)\b|\bshopping\s+around\b|"
    r"^\W*not\s+(?:at\s+the\s+moment|right\s+now|currently|as\s+of\s+(?:yet|now)|really|so\s+far)\b|"
    r"(?:^|[.!?,;]\s*|\b(?:so|and)\s+)(?:so\s+)?(?:no|nope|nah)\W*$",
    re.IGNORECASE,
)
# Only a lawyer for something else: "just the one who did Dad's estate", "the man who wrote
# her will, that's it", "my cousin is a lawyer but she does real estate". Not when that
# lawyer is said to handle this too.
_OTHER_MATTER = re.compile(
    r"\b(?:will|wills|estate|probate|trust|closing|house|mortgage|divorce|custody|taxes|"
    r"bankruptcy|business|dui|traffic|ticket|immigration|criminal|charges|lease|landlord|"
    r"workers'?\s+comp\w*)\b",
    re.IGNORECASE,
)
_ONLY_THAT = re.compile(
    r"\b(?:only|just)\b|\bthat'?s\s+(?:it|all)\b|\bnot\s+(?:for\s+)?(?:this|that|anything|really|"
    r"medical)\b|\bnothing\s+(?:to\s+do\s+with|like)\b|\bdifferent\b|\banother\s+matter\b",
    re.IGNORECASE,
)
_ON_THIS_TOO = re.compile(
    r"\b(?:handling|helping|working\s+on|taking|looking\s+into)\s+(?:this|it|the\s+case|ours)\b",
    re.IGNORECASE,
)


# A lawyer who is gone: "had one but he dropped me", "I had a lawyer but she quit", "my
# attorney withdrew", "we hired a firm but they retired / he died". Not representation now.
_GONE_VERB = (
    r"(?:\w+\s+){0,2}?(?:dropped\s+(?:me|us|him|her|them|it|(?:the|my|our|his|her)\s+case)|"
    r"quit|withdrew|(?:has|had|have)\s+withdrawn|retired|died|passed\s+(?:away|on)|"
    r"declined|backed\s+out|bailed|gave\s+up|stopped\s+(?:representing|answering|taking)|"
    r"let\s+(?:me|us|him|her)\s+go|left\s+(?:the\s+(?:firm|practice|case)|me|us))\b"
)
_LAWYER_GONE = re.compile(
    r"\b(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:lawyer|attorney|firm)s?"
    r"(?:\s+(?:we|i|he|she|they)\s+(?:had|hired|got|retained|found))?\s+" + _GONE_VERB + "|"
    r"\b(?:had|hired|got|retained|there\s+was)\s+(?:one|a\s+lawyer|an\s+attorney|a\s+firm)\b"
    r"[^.;!?]{0,30}?(?:,|\bbut\b|\band\b)\s*(?:then\s+)?(?:he|she|they|it)\s+" + _GONE_VERB + "|"
    r"^\W*(?:he|she|they)\s+(?:just\s+)?(?:dropped\s+(?:me|us)|quit\s+on|withdrew|bailed|"
    r"backed\s+out)\b",
    re.IGNORECASE,
)
# ... and replaced: "my first lawyer dropped me but I hired a new one".
_NEW_ONE = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:have|hired|got|found|signed\s+with|retained)\s+"
    r"(?:a\s+|an\s+)?(?:new|another|different|second)\s+(?:one|lawyer|attorney|firm)\b",
    re.IGNORECASE,
)


# A no said beside other words, not at the start: "filed a claim w my VSO rep, no lawyer
# tho", "He doesn't have one, and neither do I", "we don't have an attorney". Read before
# as no answer, so the question was asked again and then left unknown. Not when someone
# else is said to have one ("I don't have one but my son does").
_NO_LAWYER_WORDS = re.compile(
    r"\bno\s+(?:lawyers?|attorneys?|counsel|legal\s+rep\w*)\b(?!\s+(?:yet\s+)?(?:would|will|wants?|"
    r"took|takes?|has|had|says?|said|told|is|was)\b)|"
    r"\b(?:do\s*n'?t|does\s*n'?t|do\s+not|does\s+not|dont|doesnt)\s+(?:have|got)\s+"
    r"(?:one|any|a\s+lawyer|an\s+attorney|a\s+firm)\b|"
    r"\b(?:neither|nor)\s+(?:do|does)\s+(?:i|we|he|she|they)\b",
    re.IGNORECASE,
)
_SOMEONE_DOES = re.compile(
    r"\bbut\s+(?:i|we|he|she|they|my\s+\w+|our\s+\w+)\s+(?:do|does|did|has|have)\b", re.I
)


def _none_said_plainly(text: str) -> bool:
    return bool(_NO_LAWYER_WORDS.search(text)) and not _SOMEONE_DOES.search(text)


# A plain no, then a question of the visitor's own: "No, should I have one already?",
# "nope. do we need to have one first?". The lawyer words are in the question, not said.
_NO_THEN_ASKS = re.compile(
    r"^\W*(?:no+|nope|nah|not\s+yet)\b[^?]*?[,.;!\-]\s*(?:\w+\s+)?(?:should|do|does|did|must|"
    r"would|will|can|could|am|are|is|was|were|have|has)\s+(?:i|we|he|she|they|you|it)\b[^.!]*\?\W*$",
    re.IGNORECASE,
)


# A don't-know that leans to no ("idk, I don't think so", "not sure, probably not", "no
# idea, nobody mentioned a lawyer"): no lawyer the visitor knows of, so no.
_LEANING_NO = re.compile(
    r"\b(?:(?:i\s+)?do\s*n[o']?t\s+think\s+so|(?:i\s+)?don'?t\s+think\s+(?:we|she|he|they)\s+"
    r"(?:do|did|have|has)|probably\s+not|prob\s+not|i\s+doubt\s+it|doubt\s+it|not\s+that\s+i\s+"
    r"know(?:\s+of)?|i\s+guess\s+not|i\s+think\s+not)\b|\b(?:nobody|no\s+one|never|hasn'?t|"
    r"haven'?t|didn'?t)\s+(?:\w+\s+)?(?:said|mentioned|talked|brought\s+up|spoke)"
    r"\s+(?:(?:anything\s+)?(?:about|of)\s+)?(?:a\s+|any\s+)?(?:lawyer|attorney)",
    re.IGNORECASE,
)


def parse_has_lawyer(text: str) -> Parsed:
    """Does the visitor already have a lawyer for this? A no told as a story (never called
    back, turned it down, consulted but not hired, a lawyer for a will) is a no; a firm
    signed or retained is a yes, and so is "yes, but I want a second opinion": they are
    represented, and the firm must know."""
    text = text.replace("\u2019", "'")
    if _LAWYER_GONE.search(text):  # one who dropped, quit, withdrew, retired or died
        return Parsed({"has_lawyer": bool(_NEW_ONE.search(text))})
    if _NO_LONGER_REPRESENTED.search(text) or _OTHER_MATTER_ONLY.search(text):
        return Parsed({"has_lawyer": False})
    if _NO_THEN_ASKS.match(text):  # "No, should I have one?": the "I have one" is asked
        return Parsed({"has_lawyer": False})
    if _TOOK_IT_ON.search(text):
        return Parsed({"has_lawyer": True})
    if _NO_LAWYER_STORY.search(text) or _none_said_plainly(text):
        return Parsed({"has_lawyer": False})
    if (
        _OTHER_MATTER.search(text)
        and _ONLY_THAT.search(text)
        and not _ON_THIS_TOO.search(text)
        and not replies.is_yes(text)
    ):
        return Parsed({"has_lawyer": False})
    if re.search(
        r"\b(i\s+(have|hired|got)\s+(a|an)\s+(lawyer|attorney)|already\s+have)", text, re.I
    ):
        return Parsed({"has_lawyer": True})
    if names.declines(text) and not _PLAIN_NO.match(text):
        # "prefer not to answer that" declines: it is no "no" (questions.DECLINE_TAKEN_AT_ONCE)
        return _fail("declined")
    parsed = parse_yes_no("has_lawyer", text)
    if parsed.error == "dont_know" and replies.is_dont_know(text):
        rest = replies.without_dont_know(text)
        if _LEANING_NO.search(rest) and not replies.is_yes(rest):
            return Parsed({"has_lawyer": False})  # "idk, I don't think so"
    return parsed


# A reply that opens with a no (or "not yet"), which the refusal words also hold for a name.
_PLAIN_NO = re.compile(r"^\W*(?:no+|nope|nah|not\s+yet)\b", re.I)


def parse_patient_died(text: str) -> Parsed:
    if re.search(
        r"\b(passed|died|dead|death|gone|lost\s+(him|her|them))\b", text, re.I
    ) and not re.search(r"\b(no|not|didn'?t|did\s+not|alive|survived|still\s+here)\b", text, re.I):
        return Parsed({"patient_died": True})
    if re.search(r"\b(alive|survived|still\s+(here|with\s+us|living))\b", text, re.I):
        return Parsed({"patient_died": False})
    if _CARED_FOR_NOW.search(text):  # "the ambulance is taking her", "he's in the ICU"
        return Parsed({"patient_died": False})
    if _SADLY_YES.search(text):  # "sadly yes", "unfortunately he did", "didn't make it"
        return Parsed({"patient_died": True})
    if re.match(r"^\W*(?:thank\s+god,?\s+)?(?:he|she|they)\s+(?:did\s+not|didn'?t)\b", text, re.I):
        return Parsed({"patient_died": False})
    if not _PLAIN_YES_NO.match(text) and len(text.split()) > 4:
        # "ok the ambulance is here..." is no "yes, she died": a death is never
        # read from a word like "ok" at the start of something else.
        return _fail("yes_no")
    return parse_yes_no("patient_died", text)


_SADLY_YES = re.compile(
    r"^\W*(?:sadly|unfortunately|yes|yeah|yep)?[\s,]*(?:yes\b|(?:he|she|they)\s+did\b"
    r"(?!\s+not\b))|\b(?:didn'?t|did\s+not)\s+(?:make\s+it|survive|pull\s+through)\b",
    re.IGNORECASE,
)
_PLAIN_YES_NO = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|ya|no|nope|nah|sadly|unfortunately)\b", re.IGNORECASE
)
_CARED_FOR_NOW = re.compile(
    r"\b(?:(?:she|he|they)(?:'s|'re|s|\s+is|\s+are)|(?:is|are)\s+(?:taking|bringing|"
    r"rushing))\s+(?:home|in\s+(?:the\s+)?(?:hospital|icu|er|surgery|rehab)|recovering|"
    r"(?:taking|bringing|rushing)\s+(?:her|him|them))\b|"
    r"\b(?:ambulance|paramedics)\b[^.]{0,30}\b(?:taking|took|here|on\s+the\s+way)\b",
    re.IGNORECASE,
)


def patient_answer(answer: PatientAnswer | None) -> Parsed:
    """The values of an answer to "were you the patient?", read in either language."""
    if answer is None:
        return _fail("unparsed")
    values: dict[str, object] = {"patient_is_self": answer.is_self}
    if answer.relationship:
        values["patient_relationship"] = answer.relationship
    return Parsed(values)


def parse_patient_is_self(text: str) -> Parsed:
    return patient_answer(patient.parse_patient(text))


def patient_is_self() -> Parsed:
    """The visitor named as the patient at "Who was the patient?" ("myself", "yo misma"):
    the visitor is the patient, and no relationship is kept."""
    return Parsed({"patient_is_self": True, "patient_relationship": None})


# "myself", "my self", "me myself", "it was me", "I was": the visitor, said alone.
_SELF_ALONE = re.compile(
    r"^\W*(?:(?:it\s+was|it'?s|that\s+was|that'?s)\s+)?(?:me\W+)?(?:my\s*self|"
    r"me(?:\W+my\s*self(?:\W+(?:and|&|n)\W+i)?)?|me\s+personally|yours\s+truly|self|"
    r"i\s+(?:was|am)(?:\s+the\s+(?:patient|one))?|i'?m\s+the\s+(?:patient|one)|"
    r"the\s+patient\s+(?:was|is)\s+me)\W*$",
    re.IGNORECASE,
)


def relationship(text: str, known: str | None, said: Replies) -> Parsed:
    """The patient's relationship: the one a language's reader `known`, or else the
    words as typed (not a bare yes, no or don't-know)."""
    if known:
        return Parsed({"patient_relationship": known})
    value = parse_free_text(text, min_letters=3)
    if value is None or said.is_yes(text) or said.is_no(text) or said.is_dont_know(text):
        return _fail("unparsed")
    return Parsed({"patient_relationship": value[:80]})


def parse_relationship(text: str) -> Parsed:
    """The patient's relationship to the visitor; one without standing ("I'm her nurse",
    "a friend") is kept as such (patient.lacks_standing tells) so the lead is flagged."""
    if _SELF_ALONE.match(text.replace("\u2019", "'")):
        return patient_is_self()
    known = patient.no_standing_in(text) or patient.bare_relationship(
        patient.without_passing_mentions(text)
    )
    return relationship(text, known, replies)


# The age at the time, marked as such beside today's ("I was 50 then", "37 at the time").
_AGE_THEN = re.compile(
    r"\b(\d{1,3})\s*(?:years?\s+old\s+|yrs?\s+old\s+|y/?o\s+)?"
    # a hedge between the age and its time: "71 or so back then", "40ish at the time"
    r"(?:(?:or\s+so|or\s+thereabouts|-?ish|give\s+or\s+take(?:\s+a\s+year)?|i\s+think|"
    r"i\s+guess|maybe|probably)\s*,?\s*)?(?:back\s+)?"
    r"(?:then|at\s+the\s+time|when\s+(?:it|this)\s+happened|"
    # "48 when I had the mammogram. 49 now.": the age at the care, told by the care.
    r"when\s+(?:i|he|she|they|we)\s+(?:had|got|went|was|were|did|saw|came)\b)\b|"
    # Not "she was 2 days old" or "I was 38 weeks pregnant": those are a baby's, age 0.
    r"\b(?:was|were)\s+(?:only\s+|just\s+)?(\d{1,3})\b"
    r"(?!\s*(?:now|today|-?\s*(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?)\b))",
    re.IGNORECASE,
)
_HEDGE_WORDS = re.compile(
    r"\bor\s+(?:so|thereabouts)\b|ish\b|\bgive\s+or\s+take\b|\bi\s+(?:think|guess)\b|"
    r"\bmaybe\b|\bprobably\b",
    re.IGNORECASE,
)
# A birthday reached after the age said ("49, he turned 50 in August", "I was 33, turned 34
# later that year"): the age said first is the answer; the later one is taken out.
_LATER_BIRTHDAY = re.compile(
    r"[,;.]?\s*\b(?:and\s+|but\s+|then\s+)?(?:(?:he|she|they|i)\s+)?(?:has\s+|had\s+|'s\s+)?"
    r"(?:since\s+|just\s+|already\s+)?turned\s+\d{1,3}\s+(?:(?:back\s+)?in|last|this(?:\s+past)?|"
    r"since|after|later|on|over|the\s+(?:next|following)|a\s+(?:few|couple)|\d+|one|two|three|"
    r"a\s+(?:week|month|year))\b[^.;!?]*[.;!?]?",
    re.IGNORECASE,
)
_AGE_TODAY = re.compile(r"\b(?:now|today|these\s+days|currently|this\s+year)\b", re.IGNORECASE)
# An age the patient would have reached or is about to reach, said beside the age at the
# time: "she'd have been 77 in August", "he would've turned 85", "turns 9 next month",
# "44, turning 45 in January".
_WOULD_HAVE_BEEN = re.compile(
    r"[,;]?\s*\b(?:(?:he|she|they|i|you)\s*(?:'d|would)|would)\s*(?:'ve|\s+have)\s+"
    r"(?:been|turned|be)\s+\d{1,3}\b[^.;!?]*[.;!?]?|"
    r"[,;]?\s*\b(?:(?:(?:he|she|they|i)(?:'s|s)?\s+)?(?:turns?|turning|is\s+turning|"
    r"(?:(?:was|were|is|'s)\s+)?(?:going|about)\s+to\s+turn)|"
    # "84. He'll be 85 in February", "62, I will turn 63 in June": the next birthday too.
    r"(?:he|she|they|i)(?:'ll|\s+will)\s+(?:be|turn))\s+\d{1,3}\b"
    # "93, turns 94 in January", "70, about to turn 71": the next birthday, with its time or not.
    r"(?:\s+(?:next|this\s+coming|in|at|on|by|that|the|a|soon|later|after)\b[^.;!?]*)?[.;!?]?",
    re.IGNORECASE,
)
# The age they would have been, said alone: "she'd have been 84", "he would've been about
# 60 at the time". Said with a time of its own ("85 at Christmas") it is not the answer.
_WOULD_HAVE_BEEN_ALONE = re.compile(
    r"^\W*(?:(?:he|she|they|i|you)\s*(?:'d|would)|would)\s*(?:'ve|\s+have)\s+been\s+"
    r"(?:about\s+|around\s+|maybe\s+|probably\s+|roughly\s+)?(\d{1,3})"
    r"(?:\s*(?:years?|yrs?)(?:\s+old)?)?(?:\s*,?\s*(?:then|back\s+then|at\s+the\s+time|"
    r"when\s+(?:it|this)\s+happened|i\s+think|i\s+guess|i\s+believe|or\s+so))*\W*$",
    re.IGNORECASE,
)
# About to reach an age, said alone: "turning 50 next month", "she turns 70 in May": a
# year younger now ("was about to turn 50": a year younger then).
_ABOUT_TO_TURN_ALONE = re.compile(
    r"^\W*(?:(?:he|she|they|i)(?:'s|s|\s+is|'m|\s+am|\s+(?P<was>was|were))?\s+)?"
    r"(?:turning|turns?|(?:about|going)\s+to\s+turn)\s+(?P<n>\d{1,3})\s+"
    r"(?:next\s+\w+|this\s+coming\s+\w+|in\s+\w+|soon|on\s+\w+|that\s+\w+)\W*$",
    re.IGNORECASE,
)
# Two neighbouring ages with a doubt between them ("64 or 65", "77, maybe 78", "26/27",
# "82, or she might have just turned 83"): the first said is kept, as hedged. Not a date
# ("5/6/1960"), not months or weeks ("2 or 3 months old": a baby's age, read below).
_NEIGHBOURS = re.compile(
    r"(?<![\d/.:$-])\b(\d{1,3})"
    # "41 I think, or 40": the first doubted before the other is said.
    r"(?:\s+(?:i\s+think|i\s+guess|i\s+believe|i\s+reckon|probably|maybe|perhaps)"
    r"(?=\s*,?\s*(?:or|maybe|possibly|perhaps)\b))?"
    r"\s*(?:[/\u2013-]|,?\s*(?:or\s+(?:maybe|possibly|perhaps|even)|or|"
    r"maybe|possibly|perhaps|probably|if\s+not|could\s+be|might\s+be)\b)\s*"
    r"(?:(?:he|she|they|i)(?:'s|'d|\s+(?:might|may|could|would))?\s+(?:have\s+|'ve\s+)?"
    r"(?:just\s+|already\s+)?(?:turned|been|be|was|is)\s+)?"
    r"(\d{1,3})\b(?!\s*(?:[-/.:]\s*\d|-?\s*(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|times)\b|%|"
    r"(?:years?\s+|yrs?\s+)?(?:older|younger|apart)\b))",
    re.IGNORECASE,
)
# The one who was the patient named before the age, as typed: "Grandpa's 88", "my sons 12",
# "hes 58", put as "they're 88" for the reader of ages.
_REL_WORDS = "|".join(
    sorted(
        (re.escape(w) for w in patient.RELATIONSHIP_WORDS if "'" not in w), key=len, reverse=True
    )
)
_NAMED_BEFORE_AGE = re.compile(
    rf"\b(?:(?:my|our)\s+)?(?:{_REL_WORDS}|he|she)(?:'s|s)\s+(?=\d{{1,3}}\b)", re.IGNORECASE
)
# "63 going on 64", "had just turned 83", "just turned 40 that week": the age said, with
# the words around it taken out for the reader of ages.
_GOING_ON = re.compile(r"\s*,?\s*\bgoing\s+on\s+\d{1,3}\b", re.IGNORECASE)
_JUST_TURNED = re.compile(
    r"\b(?:(?:had|has|'d|'s)\s+)?(?:just|only\s+just|recently)\s+turned\s+(\d{1,3})\b"
    r"(?:\s+(?:that|the\s+same)\s+(?:week|month|day|summer|spring|fall|winter))?",
    re.IGNORECASE,
)
# "69 this summer", "turned 80 this spring": the age of this year, counted back like today's.
_THIS_SEASON = re.compile(
    r"\s*,?\s*\b(?:this|this\s+past)\s+(?:spring|summer|fall|autumn|winter)\b", re.IGNORECASE
)


def _neighbour_age(text: str) -> re.Match[str] | None:
    """Two ages one or two years apart, said as a doubt ("58 or 59"), or None."""
    for m in _NEIGHBOURS.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if 1 <= abs(second - first) <= 2 and first <= 120:
            return m
    return None


def _incident_start(incident: object) -> date | None:
    """The incident's earliest day; None without a usable date."""
    if not isinstance(incident, str) or not incident or incident == UNKNOWN:
        return None
    try:
        return DateSpec.from_slot(incident).earliest
    except ValueError:
        return None


def _incident_middle(incident: object) -> date | None:
    """The incident's likeliest day: the middle of its span ("June 2025" is mid-June, not
    June 1st); None without a usable date."""
    if not isinstance(incident, str) or not incident or incident == UNKNOWN:
        return None
    try:
        spec = DateSpec.from_slot(incident)
    except ValueError:
        return None
    return spec.earliest + (spec.latest - spec.earliest) / 2


def _birthdays_since(incident: object, today: date) -> int | None:
    """The likeliest number of birthdays between the incident and today, the birthday not
    known: 1.95 years back is two birthdays for all but a few weeks of the year's birthdays,
    so two, not the one whole year counted. An incident known to the month or the season
    is counted from its middle: "62 now" of care in June 2025 (1.47 years back from
    December 2026) is 61 then, not the 60 that counting from June 1st (1.51 years) gave."""
    middle = _incident_middle(incident)
    return None if middle is None else max(round((today - middle).days / 365.2425), 0)


def _age_values(age: int, approximate: bool) -> Parsed:
    values: dict[str, object] = {"patient_age": age, "patient_minor": age < 18}
    if approximate:
        values["patient_age_approximate"] = True
    return Parsed(values)


# "she says 79", "my mom says she was 79", "the nurse told me 45": an age relayed from
# someone else is the answer; the words that relay it are taken out.
_RELAYED = re.compile(
    r"^\W*(?:[\w']+\s+){0,3}?(?:says|said|tells\s+(?:me|us)|told\s+(?:me|us)|thinks|reckons)"
    r"\b[\s,:]*(?:that\s+)?",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
# "I turned 81 in March", "he turned 70 last June": a birthday reached in a named month,
# the age at the incident counted from it (the Spanish reader says "cumplí 81 en marzo" so).
_TURNED_IN_MONTH = re.compile(
    r"^\W*(?:(?:i|he|she|they)\s+)?(?:had\s+|has\s+|just\s+|only\s+just\s+)*turned\s+"
    r"(?P<n>\d{1,3})\s+(?:(?:back\s+)?in\s+|last\s+|this\s+(?:past\s+)?)?"
    rf"(?P<month>{_MONTH_NAME})\b\.?(?:\s*,?\s*(?:of\s+)?(?P<year>(?:19|20)\d\d))?\W*$",
    re.IGNORECASE,
)


def _turned_in_month(text: str, today: date, incident: object) -> Parsed | None:
    """The age at the incident of one who turned N in a named month (the last such month
    up to today, or of the year said); N itself when the incident date is not known."""
    m = _TURNED_IN_MONTH.match(text)
    if m is None or not 0 < int(m.group("n")) <= 120:
        return None
    age, month = int(m.group("n")), _MONTH_NUMBERS[m.group("month").lower()]
    year = int(m.group("year")) if m.group("year") else today.year - (month > today.month)
    at = _incident_start(incident)
    if at is None:
        return _age_values(age, False)
    then = age - (year - at.year) - (at.month < month)
    # In the birthday's own month the day decides, and it is not said: hedged.
    return _age_values(then, at.month == month) if 0 <= then <= 120 else None


# An age corrected as it is said: "78, no, 79", "45, I mean 46", "81. Actually no, he was
# 82", "12 no sorry 13": the corrected figure is the answer.
_SEP = r"(?:\s*[,.;:!?\u2026\u2013\u2014-]+\s*|\s+)"
_CUE = (
    r"(?:no|nope|wait|actually|sorry|oops|i\s+mean|i\s+meant|scratch\s+that|correction|"
    r"my\s+bad|make\s+that|rather)"
)
_FILL = r"(?:oh|ah|er+|um+|uh+|well|hmm+)"
_SELF_CORRECTED = re.compile(
    rf"\b(\d{{1,3}}){_SEP}(?:{_FILL}{_SEP})*{_CUE}\b(?:{_SEP}(?:{_CUE}|{_FILL})\b)*{_SEP}"
    r"(?:(?:(?:he|she|they|i)(?:\s+(?:was|were|is|am)|'s|'m|'re)|it\s+was)\s+)?"
    r"(\d{1,3})\b(?!\s*(?:[-/.:]\s*\d|%|-?\s*(?:months?|weeks?|days?|hours?|times)\b))",
    re.IGNORECASE,
)
# "70, not 71": the age said, then one it is not.
_NOT_THAT_AGE = re.compile(r"\b(\d{1,3})\s*,?\s*(?:and\s+)?not\s+\d{1,3}\b", re.IGNORECASE)


def _as_corrected(text: str) -> str:
    """The age answer with a figure corrected as it is said left out ("78, no, 79" -> "79")."""
    for _ in range(3):
        m = _SELF_CORRECTED.search(text)
        if m is None:
            break
        text = text[: m.start()] + m.group(2) + text[m.end() :]
    return _NOT_THAT_AGE.sub(r"\1", text)


# "can we skip that one": a question pointed at, not an age of one.
_THAT_ONE = re.compile(r"\b(?:that|this|the\s+next|next)\s+one\b", re.IGNORECASE)

# A temperature read out ("my temp is 103", "a fever of 104", "103 degrees", and the same
# in Spanish, which reaches this reader with its words kept: "temperatura y tengo 103",
# "103 de fiebre", "40 grados"): a number that is never an age. Not across someone else
# ("fever, she was 68") nor before "years".
_TEMP_WORD = r"(?:fever|temp\w*|thermometer|fiebre|calentura|term[oó]metro)"
_NOT_YEARS = r"(?!\s*(?:years?|yrs?|a[nñ]os|y/?o)\b)"
_TEMPERATURE = re.compile(
    rf"\b{_TEMP_WORD}\b(?:(?!\b(?:he|she|they|el|ella|age|edad)\b)[^.;!?\d]){{0,40}}"
    rf"\b\d{{2,3}}(?:[.,]\d)?\b{_NOT_YEARS}(?:\s*(?:°|degrees?\b|grados\b)\s*[fc]?\b)?|"
    r"\b\d{2,3}(?:[.,]\d)?\s*(?:(?:°|degrees?\b|grados\b)\s*(?:fahrenheit|celsius|centigrados|[fc]\b)?\s*)?"
    rf"(?:de\s+|of\s+)?{_TEMP_WORD}\b|"
    r"\b\d{2,3}(?:[.,]\d)?\s*(?:°|degrees?\b|grados\b)",
    re.IGNORECASE,
)


def without_temperature(text: str) -> str:
    """`text` with any temperature read out taken away: its number is not an age."""
    return _TEMPERATURE.sub(" ", text)


def parse_patient_age(text: str, today: date, incident: object = None) -> Parsed:
    """The patient's age at the time; "hedged" ages are marked `patient_age_approximate`.

    An age given as today's ("he's 80 now") is counted back to the incident date, or
    fails with "age_now" when that date is not known yet. Of two neighbouring ages ("58 or
    59", "82, or she might have just turned 83") the first is kept, as hedged.
    """
    text = text.replace("\u2019", "'")
    if (
        replies.is_dont_know(text)
        and not any(ch.isdigit() for ch in text)
        and not patient.age_words(text)
    ):
        return _fail("dont_know")  # not "I don't know exactly, in his seventies"
    if (
        not any(ch.isdigit() for ch in text)
        and not patient.age_words(_THAT_ONE.sub(" ", text))
        and names.declines(text)
    ):
        return _fail("refused")  # "I'd rather not give my age": the re-ask says why it helps
    text = _RELAYED.sub("", text, count=1) or text
    text = _as_corrected(without_temperature(text))
    turned = _turned_in_month(text, today, incident)
    if turned is not None:
        return turned
    alone = _WOULD_HAVE_BEEN_ALONE.match(text)
    if alone and int(alone.group(1)) <= 120:
        return _age_values(int(alone.group(1)), True)  # "she'd have been 84": a guess
    about_to = _ABOUT_TO_TURN_ALONE.match(text)
    # "84. He'd have been 85 at Christmas": the age he would have reached is not the answer.
    text = _WOULD_HAVE_BEEN.sub(" ", text).strip() or text
    later = _LATER_BIRTHDAY.search(text)
    if later and re.search(r"\d", text[: later.start()]):
        text = (text[: later.start()] + " " + text[later.end() :]).strip()
    pair = _neighbour_age(text)
    in_figures = patient.number_words_as_figures(text)  # "sixteen then, seventeen now"
    then = _AGE_THEN.search(in_figures)
    if then and (_AGE_TODAY.search(text) or then.group(1)):
        # "41 back then, 43 now": the age at the time is said; nothing to count back.
        number = 1 if then.group(1) else 2
        age = int(then.group(number))
        if 0 <= age <= 120:
            hedged = bool(_HEDGE_WORDS.search(then.group(0)))
            return _age_values(age, hedged or (bool(pair) and pair.start(1) == then.start(number)))
    said_now = bool(_AGE_TODAY.search(text) or _THIS_SEASON.search(text))
    if about_to and 0 < int(about_to.group("n")) <= 120:
        # "turning 50 next month": 49 now, or then when said as "was about to turn".
        answer = patient.AgeAnswer(age=int(about_to.group("n")) - 1, approximate=True)
        said_now = not about_to.group("was")
    elif pair:
        # "44 I think, 43 or 44": an age said first, then doubted, is the one kept.
        first = re.match(r"^\W*(\d{1,3})\b", text)
        said_first = first and int(first.group(1)) in (int(pair.group(1)), int(pair.group(2)))
        age = int(first.group(1)) if first and said_first else int(pair.group(1))
        answer = patient.AgeAnswer(age=age, approximate=True)
    else:
        plain = _THIS_SEASON.sub(" ", _GOING_ON.sub(" ", text))
        plain = _JUST_TURNED.sub(r"\1", _NAMED_BEFORE_AGE.sub("they're ", plain))
        answer = patient.parse_age(plain, str(incident) if incident else None, today)
        if answer is None:
            answer = patient.age_before_a_clause(plain)  # "65 - he just went on Medicare"
    if answer is None or answer.age is None:
        return _fail("unparsed")
    age, approximate = answer.age, answer.approximate
    if said_now and not answer.birth_date:
        # "she's 72 now": the question is the age at the time, so count back to the incident.
        years_back = _birthdays_since(incident, today)
        if years_back is None:
            return _fail("age_now")  # ask for the age at the time
        age, approximate = max(age - years_back, 0), approximate or years_back > 0
    parsed = _age_values(age, approximate)
    if answer.birth_date:
        parsed.values["patient_birth_date"] = answer.birth_date.isoformat()
    return parsed


def as_death_date(parsed: Parsed) -> Parsed:
    """A date of death is read as an incident date is; this renames the value."""
    return Parsed({"death_date": parsed.values["incident_date"]}) if parsed.ok else parsed


def death_date(
    text: str, today: date, incident: object, *, read: Callable[[str, date], Parsed]
) -> Parsed:
    """A date of death, read by `read` (a language's), or told relative to the incident
    ("the same day", "two days later", "the next morning": bot/intake/after_incident).

    A date said beside the relative words ("a week after, November 2024") is the answer
    (narrowed to the day placed from the incident date when that day falls within it).
    Otherwise the relative words are placed from the incident date when it is known; when
    it is not yet, the date is kept as unknown with the words as typed (`death_date_text`),
    to be placed once the incident date is given. Never a date counted from today.
    """
    relative = after_incident.after_incident(text)
    if relative is None:
        return as_death_date(read(text, today))
    # A date said beside the words is the answer: read whole when the words relate to it
    # ("three days after the surgery, which was june 2nd"), else alone ("a week after,
    # November 2024", "Christmas Eve. The same night"). Without one, a date reader would
    # count "within a week" or "hours later" back from today: never tried.
    placed = after_incident.place(relative, incident)
    rest = as_death_date(read(after_incident.without(text, relative), today))
    if rest.ok:
        whole = as_death_date(read(text, today))
        said = whole if whole.ok else rest
        # "The next morning. That Labor Day weekend": the day placed, when it falls within.
        inside = placed is not None and _within(placed, str(said.values["death_date"]))
        return Parsed({"death_date": placed}) if inside else said
    if placed is not None:
        return Parsed({"death_date": placed, "death_date_text": text.strip()[:MAX_TEXT]})
    return Parsed({"death_date": UNKNOWN, "death_date_text": text.strip()[:MAX_TEXT]})


def _within(inner: str, outer: str) -> bool:
    """Every day of the slot value `inner` is a day of `outer`."""
    try:
        a, b = DateSpec.from_slot(inner), DateSpec.from_slot(outer)
    except ValueError:
        return False
    return b.earliest <= a.earliest and a.latest <= b.latest


def parse_death_date(text: str, today: date, incident: object = None) -> Parsed:
    return death_date(text, today, incident, read=parse_incident_date)


def parse_contact(text: str) -> Parsed:
    """A phone number or an address; or, by text, the number written from, said in words
    ("this one", "text me here"): kept as said; the lead's phone is that number
    (bot/services/intake). Only a texting conversation may answer so (the form's check)."""
    found = contact.find_contact(text)
    if not found.found:
        if words := contact.this_number_words(text):
            return Parsed({"contact": words})
        return _fail("invalid" if contact.looks_like_contact_attempt(text) else "unparsed")
    values: dict[str, object] = {"contact": found.phone or found.email}
    if found.phone:
        values["phone"] = found.phone
    if found.email:
        values["email"] = found.email
    return Parsed(values)


def parse_provider_government(text: str) -> Parsed:
    """Was the care at a government-run facility? federal / state / local / public (a
    government facility of unknown level) / private, or unknown for "not sure"."""
    reading = government.facility_from_answer(text)
    if not reading.understood:
        return _fail("unparsed")
    return Parsed({"provider_government": UNKNOWN if reading.kind == "unknown" else reading.kind})


Context = Mapping[str, object]
Parser = Callable[[str, date, Context], Parsed]


def parser_table(language: ModuleType) -> dict[str, Parser]:
    """Each question's parser, from a language's module of parse_* functions (this one,
    or bot/intake/es/answers.py): the questions and how each parser is called, once."""
    p = language
    return {
        "incident_description": lambda t, _d, _c: p.parse_story(t),
        "patient_is_self": lambda t, _d, _c: p.parse_patient_is_self(t),
        "patient_relationship": lambda t, _d, _c: p.parse_relationship(t),
        "patient_died": lambda t, _d, _c: p.parse_patient_died(t),
        "death_date": lambda t, d, c: p.parse_death_date(t, d, c.get("incident_date")),
        "provider": lambda t, _d, _c: p.parse_provider(t),
        "injury": lambda t, _d, _c: p.parse_injury(t),
        # A pick from a numbered list, read alike in both languages (bot/intake/case_kind.py).
        "case_kind": lambda t, _d, _c: parse_case_kind(t),
        "incident_date": lambda t, d, _c: p.parse_incident_date(t, d),
        "discovery_date": lambda t, d, c: p.parse_discovery_date(t, d, c.get("incident_date")),
        "incident_state": lambda t, _d, _c: p.parse_state(t),
        "provider_government": lambda t, _d, _c: p.parse_provider_government(t),
        "patient_age": lambda t, d, c: p.parse_patient_age(t, d, c.get("incident_date")),
        "has_lawyer": lambda t, _d, _c: p.parse_has_lawyer(t),
        "full_name": lambda t, _d, _c: p.parse_name(t),
        "contact_consent": lambda t, _d, _c: p.parse_consent(t),
        "contact": lambda t, _d, _c: p.parse_contact(t),
        "callback_phone": lambda t, _d, _c: p.parse_callback_phone(t),
    }


def parse_case_kind(text: str) -> Parsed:
    """Which kind of case comes closest: a number, the list's words, or "not sure"."""
    picked = case_kind.read(text)
    if picked is None:
        return _fail("unparsed")
    return Parsed({CASE_KIND: picked.value if isinstance(picked, CaseType) else picked})


def parse_callback_phone(text: str) -> Parsed:
    """A number to call back on, or an e-mail address for a visitor who prefers one."""
    phone = contact.find_phone(text)
    if phone is not None:
        return Parsed({"callback_phone": phone, "phone": phone})
    email = contact.find_email(text)
    if email is not None:
        return Parsed({"callback_phone": email, "email": email})
    return _fail("invalid" if contact.looks_like_contact_attempt(text) else "unparsed")


PARSERS = parser_table(sys.modules[__name__])


def parse(field_name: str, text: str, today: date, context: Context | None = None) -> Parsed:
    return PARSERS[field_name](text, today, context or {})
