"""Spot an emergency happening now, so it is answered before anything else.

This backs up the NLU `emergency` intent: a missed self-harm message costs
far more than an extra safety message, so a plain pattern match also counts.
Past events told as part of a story ("my mom had a stroke last year") are
not emergencies; present-tense distress is.
"""

from __future__ import annotations

import re
from enum import Enum


class Emergency(str, Enum):
    SELF_HARM = "self_harm"
    MEDICAL = "medical"


_SELF_HARM = re.compile(
    r"\b(kill(ing)?\s+my\s*self|killmyself|suicid(e|al)|end\s+(my|it)\s+(life|all)|"
    r"end\s+it\s+all|don'?t\s+want\s+to\s+(live|be\s+alive|be\s+here)|"
    r"want\s+to\s+die|wanna\s+die|better\s+off\s+dead|hurt(ing)?\s+my\s*self|"
    r"cut(ting)?\s+my\s*self|took\s+(a\s+bunch\s+of|all\s+(my|the))\s+pills|"
    r"overdos(e|ing)\s+(now|right\s+now))\b",
    re.IGNORECASE,
)
_NOW = r"(right\s+now|rn|now|currently|at\s+the\s+moment|as\s+we\s+speak|still)"
_MEDICAL_NOW = re.compile(
    r"\b(can'?t|cannot|can\s+not)\s+breathe?\b|\b(is|are|am)\s+(unconscious|not\s+breathing|"
    r"unresponsive|turning\s+blue)\b|\b(having|having\s+a)\s+(a\s+)?(heart\s+attack|stroke|"
    r"seizure)\b|\bbleeding\s+(a\s+lot|heavily|badly|out|everywhere|profusely|non-?stop)\b|"
    r"\b(won'?t|will\s+not|can'?t|cannot)\s+stop\s+(the\s+)?bleeding\b|"
    r"\bbleeding\s+(and\s+)?(it\s+)?won'?t\s+stop\b|\bisn'?t\s+breathing\b|"
    r"\b(i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|they'?re)\s+(still\s+)?bleeding\b|"
    r"\bpassing\s+out\b|"
    rf"\bchest\s+pain\s+{_NOW}\b|\b{_NOW}\b.{{0,30}}\b(chest\s+pain|can'?t\s+breathe|bleeding|"
    r"seizure|unconscious|overdos)",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(last\s+(year|month|week)|years?\s+ago|months?\s+ago|back\s+in|in\s+(19|20)\d\d)\b",
    re.IGNORECASE,
)


def detect(text: str) -> Emergency | None:
    if _SELF_HARM.search(text):
        return Emergency.SELF_HARM
    if _MEDICAL_NOW.search(text) and not _PAST.search(text):
        return Emergency.MEDICAL
    return None
