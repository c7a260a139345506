"""Carrier keywords (STOP, START, HELP) and the consent answer (YES/NO).

Like Twilio, a keyword counts only when it is the whole message ("Stop." is a
STOP; "please don't stop" is not), case-insensitive, so ordinary answers in
the intake are never taken for an opt-out.
"""

from __future__ import annotations

import re
from enum import Enum


class Keyword(str, Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


# CTIA / Twilio defaults; OPTOUT and REVOKE are in the 2024 CTIA guidance too.
STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
)
START_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
YES_WORDS = frozenset({"YES", "Y", "YEP", "YEAH", "OK", "OKAY", "SURE", "AGREE"}) | frozenset(
    {"YES PLEASE", "I AGREE", "YES I AGREE"}
)
NO_WORDS = frozenset({"NO", "N", "NOPE", "NO THANKS", "NO THANK YOU"})

_EDGES = re.compile(r"^[\s\"'.,!?()*-]+|[\s\"'.,!?()*-]+$")
_SPACES = re.compile(r"\s+")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", _EDGES.sub("", text or "")).upper()


def normalized(text: str) -> str:
    """The message as a keyword: trimmed of spaces and punctuation, upper case."""
    return _normal(text)


def keyword(text: str) -> Keyword | None:
    word = _normal(text)
    if word in STOP_WORDS or word.replace(" ", "") in STOP_WORDS:
        return Keyword.STOP
    if word in START_WORDS:
        return Keyword.START
    if word in HELP_WORDS:
        return Keyword.HELP
    return None


def consent_answer(text: str) -> bool | None:
    """True for yes, False for no, None for anything else."""
    word = _normal(text)
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None
