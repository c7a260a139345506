"""Spot an emergency happening now, so it is answered before anything else.

This backs up the NLU `emergency` intent: a missed self-harm message costs
far more than an extra safety message, so self-harm words count wherever
they are, unless the visitor clearly says it is in the past and over. A
medical emergency must be told in the present tense ("he's not breathing",
"I'm bleeding and it won't stop"): symptoms in a story told in the past
("she couldn't breathe after the surgery", "they said I was having a heart
attack"), lasting harm ("she can't lift her arm") and reassurance ("I'm ok
now", "no, he's fine for now") are not emergencies.
"""

from __future__ import annotations

import re
from enum import Enum


class Emergency(str, Enum):
    SELF_HARM = "self_harm"
    MEDICAL = "medical"


_PILLS = (
    r"(?:pills|tablets|tylenol|advil|meds|medication|medications|oxy\w*|xanax|sleeping\s+pills)"
)
_SELF_HARM = re.compile(
    r"\b(?:kill(?:ing)?\s+my\s*self|killmyself|suicid(?:e|al)|"
    r"end(?:ing)?\s+(?:my|it)\s+(?:life|all)|end\s+it\s+all|"
    r"(?:want|going|gonna|planning|plan|ready|thinking\s+(?:of|about))\s+(?:to\s+)?end(?:ing)?\s+"
    r"(?:it|things|everything|my\s+life)\b|"
    r"don'?t\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up)|"
    r"(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?die|better\s+off\s+dead|"
    r"no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)|"
    r"can'?t\s+(?:go\s+on|do\s+this)\s+any\s*more|"
    r"hurt(?:ing)?\s+my\s*self|cut(?:ting)?\s+my\s*self|"
    # Someone else at risk now ("she wants to kill herself", "he's threatening to hurt himself").
    r"(?:wants?|wanna|going|gonna|trying|threaten(?:s|ing)?|plans?|planning)\s+(?:to\s+)?"
    r"(?:kill|hurt|harm|hang|cut)\s+(?:him|her|them)sel(?:f|ves)|"
    rf"(?:took|take|taking|swallowed|swallowing)\s+(?:a\s+bunch\s+of|all\s+(?:of\s+)?(?:my|the)|"
    rf"too\s+many|a\s+lot\s+of|a\s+whole\s+bottle\s+of|a\s+handful\s+of|\d+)\s+(?:\w+\s+){{0,2}}{_PILLS}|"
    r"i\s+(?:just\s+)?overdosed|i'?m\s+overdosing|overdos(?:e|ing)\s+(?:now|right\s+now))\b",
    re.IGNORECASE,
)
# Said as over: "I was suicidal after the surgery, but I'm in therapy now".
_SELF_HARM_PAST = re.compile(
    r"\b(?:was|were|felt|had\s+been|used\s+to\s+be|became)\s+(?:\w+\s+)?suicidal\b|"
    r"\b(?:tried|attempted)\s+to\s+(?:kill|hurt)\b",
    re.IGNORECASE,
)
_RECOVERED = re.compile(
    r"\b(?:now|anymore|any\s+more)\b.{0,30}\b(?:better|ok|okay|fine|safe|therapy|counsel\w*|"
    r"treatment|stable)\b|\b(?:better|ok|okay|fine|safe|in\s+therapy|stable)\s+now\b|"
    r"\b(?:years?|months?)\s+ago\b|\bback\s+(?:then|in)\b|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_SUBJECT = (
    r"(?:i|he|she|they|we|my\s+\w+|our\s+\w+|the\s+(?:baby|patient)|someone|somebody|"
    r"(?:mom|dad|baby|son|daughter|husband|wife))"
)
_PRESENT = r"(?:is|are|am|'s|'re|'m|s)"
_NOW = r"(?:right\s+now|rn|now|currently|at\s+the\s+moment|as\s+we\s+speak|still)"
_ACUTE = (
    r"(?:not\s+breathing|unconscious|unresponsive|turning\s+blue|seizing|choking|"
    r"convulsing|passing\s+out|passed\s+out|collapsed|overdosing|having\s+(?:a\s+)?"
    r"(?:heart\s+attack|stroke|seizure|seizures)|bleeding\s+(?:a\s+lot|heavily|badly|out|"
    r"everywhere|profusely|non-?stop)|still\s+bleeding|bleeding)"
)
# With any subject ("the baby's not breathing"), plain "bleeding" is not enough.
_ACUTE_ANY_SUBJECT = _ACUTE.removesuffix("|bleeding)") + ")"
_MEDICAL_NOW = re.compile(
    rf"\b{_SUBJECT}\s*{_PRESENT}\s+(?:still\s+|now\s+|not\s+)?{_ACUTE}\b|"
    rf"(?:\b(?:is|are|am)|'s|'re|'m)\s+(?:still\s+|now\s+)?{_ACUTE_ANY_SUBJECT}\b|"
    rf"\b(?:isn'?t|is\s+not|aren'?t|has\s+stopped|'s\s+stopped|just\s+stopped)\s+breathing\b|"
    r"\b(?:lips|face|skin)\s+(?:is|are)\s+(?:turning\s+)?blue\b|"
    r"\b(?:can'?t|cannot|can\s+not)\s+breathe\b(?!\s+(?:through|out\s+of|well\s+through))|"
    r"\b(?:won'?t|will\s+not|can'?t|cannot)\s+stop\s+(?:the\s+)?bleeding\b|"
    r"\bbleeding\s+(?:and\s+)?(?:it\s+)?(?:won'?t|will\s+not)\s+stop\b|"
    rf"\bchest\s+pain\b.{{0,40}}\b(?:{_NOW}|arm\s+(?:is\s+)?numb|can'?t\s+breathe)\b|"
    rf"\b{_NOW}\b.{{0,30}}\b(?:chest\s+pain|can'?t\s+breathe|bleeding|seizure|unconscious|"
    r"overdos\w*|not\s+breathing|unresponsive)\b|"
    r"\b(?:i|we)\s+(?:need|needs)\s+(?:an\s+)?(?:ambulance|help\s+now|help\s+right\s+now)\b|"
    r"\b(?:collapsed|passed\s+out)\s+and\s+(?:isn'?t|is\s+not|won'?t)\b",
    re.IGNORECASE,
)
# The story is told in the past, or the danger is over, or it is lasting harm.
_PAST = re.compile(
    r"\b(?:last\s+(?:year|month|week|night|spring|summer|fall|winter)|years?\s+ago|months?\s+ago|"
    r"weeks?\s+ago|days?\s+ago|back\s+in|in\s+(?:19|20)\d\d|since\s+(?:the|my|his|her)|"
    r"after\s+(?:the|my|his|her)\s+(?:surgery|operation|procedure|delivery|birth)|"
    r"(?:was|were|had)\s+(?:\w+\s+)?(?:bleeding|having|unresponsive|unconscious|choking|"
    r"seizing|not\s+breathing|turning)|nobody\s+came|didn'?t\s+notice|ignored|"
    r"(?:said|thought|told\s+\w+|claimed)\s+(?:that\s+)?(?:i|he|she|they)\s+(?:was|were|had))\b",
    re.IGNORECASE,
)
_REASSURED = re.compile(
    r"\b(?:i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|they'?re|we'?re|baby\s+is|it'?s)\s+"
    r"(?:ok|okay|fine|alright|all\s+right|safe|stable|breathing(?:\s+(?:fine|ok|okay|normally))?)"
    r"(?:\s+(?:now|for\s+now))?\b|\bno\s+emergency\b|\bnot\s+an\s+emergency\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


# Someone else's past attempt told as part of the story ("my sister attempted suicide on the
# ward and nobody checked on her", "he was on suicide watch"): what the care failed to
# prevent, not a danger now. It is taken out before the self-harm check, so a present
# risk said beside it ("... and now I want to die") is still caught.
_OTHERS_PAST_ATTEMPT = re.compile(
    r"\b(?:on|under|off|put\s+on|taken\s+off)\s+(?:a\s+)?suicide\s+(?:watch|precautions?|"
    r"protocol|observation|checks?)\b|"
    r"\b(?:he|she|they|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|the\s+patient|[A-Z][a-z]+)\s+"
    r"(?:had\s+)?(?:tried|attempted|try\s+to)\s+(?:to\s+)?(?:suicide|(?:kill|hurt|harm|hang|cut)\s+"
    r"(?:him|her|them)sel(?:f|ves)|end\s+(?:his|her|their)\s+(?:own\s+)?life)|"
    r"\b(?:his|her|their)\s+(?:suicide\s+attempt|attempted\s+suicide|attempt)\b|"
    r"\b(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?suicidal\b",
    re.IGNORECASE,
)


def detect(text: str) -> Emergency | None:
    """An emergency happening now in `text`, or None."""
    text = _OTHERS_PAST_ATTEMPT.sub(" ", text)
    if _SELF_HARM.search(text):
        over = _SELF_HARM_PAST.search(text) and _RECOVERED.search(text)
        if not over:
            return Emergency.SELF_HARM
    for sentence in _sentences(text):
        if _MEDICAL_NOW.search(sentence) and not _PAST.search(sentence):
            if _REASSURED.search(sentence) and not re.search(r"\bnot\s+breathing\b", sentence):
                continue
            return Emergency.MEDICAL
    return None
