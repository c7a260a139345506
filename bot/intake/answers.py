"""Validate and normalise each intake answer: one parser per question.

Each parser takes what the visitor typed and returns either the values to
keep (possibly several: a contact answer can hold a phone and an e-mail) or
an error code that picks the re-ask message. Forms and corrections share them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.intake import contact, replies, states
from bot.intake.dates import DateParseError, parse_when

UNKNOWN = "unknown"
MAX_TEXT = 4000
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_NAME_PREFIX = re.compile(
    r"^\s*(?:hi|hello|hey)?[\s,]*(?:my\s+(?:full\s+)?name\s+is|my\s+name's|i\s*am|i'm|im|"
    r"it's|its|this\s+is|name\s*:|call\s+me)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parsed:
    values: dict[str, object] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _fail(code: str) -> Parsed:
    return Parsed(error=code)


def parse_free_text(text: str, *, min_letters: int = 3) -> str | None:
    cleaned = " ".join(text.split())
    if len(_LETTERS.findall(cleaned)) < min_letters:
        return None
    return cleaned[:MAX_TEXT]


def parse_story(text: str) -> Parsed:
    value = parse_free_text(text, min_letters=8)
    if value is None or replies.is_yes(text) or replies.is_no(text):
        return _fail("too_short")
    return Parsed({"incident_description": value})


def parse_provider(text: str) -> Parsed:
    if replies.is_dont_know(text) and len(text.split()) <= 6:
        return _fail("dont_know")
    value = parse_free_text(text, min_letters=2)
    if value is None or replies.is_yes(text) or replies.is_no(text):
        return _fail("unparsed")
    return Parsed({"provider": value})


def parse_injury(text: str) -> Parsed:
    if replies.is_dont_know(text) and len(text.split()) <= 6:
        return _fail("dont_know")
    value = parse_free_text(text, min_letters=3)
    if value is None or replies.is_yes(text):
        return _fail("unparsed")
    return Parsed({"injury": value})


def parse_incident_date(text: str, today: date) -> Parsed:
    if replies.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        return _fail("dont_know")
    try:
        when = parse_when(text, today)
    except DateParseError as exc:
        return _fail(exc.code)
    return Parsed({"incident_date": when.encoded, "incident_date_precision": when.precision})


def parse_state(text: str) -> Parsed:
    if replies.is_dont_know(text):
        return _fail("dont_know")
    many = states.find_states(text)
    code = states.find_state(text)
    if code is None:
        return _fail("ambiguous" if len(many) > 1 else "unparsed")
    return Parsed({"incident_state": code})


def parse_name(text: str) -> Parsed:
    if "@" in text or sum(ch.isdigit() for ch in text) >= 3:
        return _fail("unparsed")
    cleaned = _NAME_PREFIX.sub("", " ".join(text.split())).strip(" .,!")
    if replies.is_no(cleaned) or replies.is_yes(cleaned) or replies.is_dont_know(cleaned):
        return _fail("unparsed")
    if len(_LETTERS.findall(cleaned)) < 2 or len(cleaned) > 120 or len(cleaned.split()) > 6:
        return _fail("unparsed")
    if cleaned.islower() or cleaned.isupper():
        cleaned = " ".join(w.capitalize() for w in cleaned.split())
    return Parsed({"full_name": cleaned})


def parse_consent(text: str) -> Parsed:
    if replies.is_yes(text):
        return Parsed({"contact_consent": True})
    if replies.is_no(text):
        return Parsed({"contact_consent": False})
    return _fail("yes_no")


def parse_contact(text: str) -> Parsed:
    found = contact.find_contact(text)
    if not found.found:
        return _fail("invalid" if contact.looks_like_contact_attempt(text) else "unparsed")
    values: dict[str, object] = {"contact": found.phone or found.email}
    if found.phone:
        values["phone"] = found.phone
    if found.email:
        values["email"] = found.email
    return Parsed(values)


PARSERS: dict[str, Callable[[str, date], Parsed]] = {
    "incident_description": lambda t, _d: parse_story(t),
    "provider": lambda t, _d: parse_provider(t),
    "injury": lambda t, _d: parse_injury(t),
    "incident_date": parse_incident_date,
    "incident_state": lambda t, _d: parse_state(t),
    "full_name": lambda t, _d: parse_name(t),
    "contact_consent": lambda t, _d: parse_consent(t),
    "contact": lambda t, _d: parse_contact(t),
}


def parse(field_name: str, text: str, today: date) -> Parsed:
    return PARSERS[field_name](text, today)
