"""What is the bot asking? Keyword rules over its texts (config/domain/*.yml wordings).

A turn's replies may hold several texts (an acknowledgement, guidance, then the
question), and over SMS they may be packed into one or split across several, so
the rules run over the turn's joined text and the question is the topic whose
cue appears LAST. Wordings that two date questions share ("I couldn't read that
as a date") are resolved by the date topic asked just before.
"""

from __future__ import annotations

import re

import us

# (topic, cue regexes). Lower-case text, straight quotes. Each cue is specific to
# one question or its re-asks; the greeting's "what happened to you" has no "?".
CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sms_consent", (r"reply yes", r"to continue by text")),
    ("story", (
        r"in your own words", r"more about what happened", r"what happened\?",
        r"tell me what happened",
    )),
    ("patient", (r"were you the patient", r"your own care, or someone else")),
    ("relationship", (r"who was the patient", r"how are you related to the patient")),
    ("died", (
        r"(?<!when )did (?:your [\w' -]+|the patient|they|he|she) pass away\?",
        r"yes or no\? did the patient",
    )),
    ("death_date", (
        r"when did (?:they|he|she) pass away", r"when did (?:your [\w' -]+) pass away",
    )),
    ("provider", (
        r"provider involved", r"even a partial answer helps",
        r"remember the hospital, clinic or pharmacy", r"who was the (?:doctor|provider)",
    )),
    ("injury", (r"injury or harm", r"describe the harm", r"what harm")),
    ("date", (
        r"when did this happen", r"date seems to be in the future",
        r"when did the treatment take place", r"when was (?:the|this) (?:treatment|surgery|visit)",
    )),
    ("discovery", (
        r"first (?:learn|learned|find out|found out|realize|notice)",
        r"when did you (?:learn|find out|discover)",
        r"found out that something", r"discover(?:ed)? (?:that|the harm|something)",
        r"reali[sz]e something was wrong",
    )),
    ("government", (r"government-run", r"va, military")),
    ("state", (
        r"which u\.?s\.? state", r"which state was it in", r"more than one state",
        r"in which state", r"what state", r"work out the state",
    )),
    ("age", (r"how old", r"age as a number", r"a rough age", r"date of birth")),
    ("lawyer", (
        r"already have a (?:lawyer|attorney)", r"has a lawyer already", r"lawyer already taken",
    )),
    ("name", (r"your full name", r"first and last name", r"what(?:'s| is) your name")),
    ("consent", (r"may someone from", r"may we contact you", r"may someone contact")),
    # Asked as "if it's all right to contact you, what's the best number or email?":
    # a person who agrees gives the number, one who does not says so (persona.py).
    ("consent_contact", (r"if it's all right for someone from", r"rather not be contacted")),
    # The same question when the name is not known yet: "...what's your name, and the best
    # phone number or email to reach you? (If you'd rather we didn't contact you, ...)".
    ("consent_name_contact", (
        r"your name, and the best phone number", r"rather we didn't contact",
    )),
    ("contact", (
        r"best phone number or email address", r"couldn't find a phone number or email in",
        r"number or address doesn't look complete",
    )),
    ("callback_phone", (
        r"phone number to call you", r"couldn't find a phone number in that",
        r"phone number or e-mail address in that",
        r"that number doesn't look complete",
    )),
    ("referral", (r"handles medical malpractice only", r"referral to a lawyer")),
    ("summary", (r"is all of this correct", r"is this (?:all )?correct\?")),
    ("change", (r"what should i change",)),
)
_COMPILED = tuple((topic, tuple(re.compile(c) for c in cues)) for topic, cues in CUES)

# Shared by the incident-date and death-date re-asks: the previous date topic decides.
SHARED_DATE_CUES = (
    re.compile(r"couldn't read that as a date"),
    re.compile(r"roughly what year was it, or how long ago"),
)
DATE_TOPICS = ("date", "death_date", "discovery")

EMERGENCY_CUES = (
    re.compile(r"call 911 or go to the nearest emergency room"),
    re.compile(r"\b988\b"),
)
DONE_CUES = (
    "securely sent to our legal team",
    "saved for our legal team",
    "already with our team",
    "i've asked our team to call you",
    "noted that you'd like to speak with someone",
    "sorry we can't help with this one",
)
DEFAULT_CUE = "didn't quite follow"
_STATE_NAMES = tuple(
    re.compile(r"\b" + re.escape(s.name.lower()) + r"\b") for s in us.states.STATES_AND_TERRITORIES
)


def normalise(text: str) -> str:
    return (
        text.lower()
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2014", "-")
    )


def classify(replies: list[str], previous: str | None = None) -> str | None:
    """The topic of the last question in a turn's replies, or None if none is recognised."""
    text = normalise(" \n".join(replies))
    best: tuple[int, str] | None = None
    for topic, cues in _COMPILED:
        for cue in cues:
            for m in cue.finditer(text):
                if best is None or m.start() >= best[0]:
                    best = (m.start(), topic)
    for cue in SHARED_DATE_CUES:
        for m in cue.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), previous if previous in DATE_TOPICS else "date")
    asked = _last_question(text)
    if (
        asked is not None
        and names_several_states(asked[1])
        and (best is None or best[0] <= asked[0] + len(asked[1]))
    ):
        return "which_state"  # "Springfield in Illinois or Missouri?"
    if best is None:
        return None
    return best[1]


def _last_question(text: str) -> tuple[int, str] | None:
    """(start, sentence) of the last sentence that ends with a question mark."""
    found = None
    for m in re.finditer(r"[^.?!\n]*\?", text):
        found = (m.start(), m.group(0))
    return found


def names_several_states(text: str) -> bool:
    """'Springfield in Illinois or Missouri?': a which-state question for an ambiguous city."""
    return sum(1 for p in _STATE_NAMES if p.search(text)) >= 2


def gave_emergency_guidance(replies: list[str]) -> bool:
    text = normalise(" ".join(replies))
    return any(c.search(text) for c in EMERGENCY_CUES)


def is_done(replies: list[str]) -> bool:
    text = normalise(" ".join(replies))
    return any(c in text for c in DONE_CUES)


def is_default(replies: list[str]) -> bool:
    return DEFAULT_CUE in normalise(" ".join(replies))
