"""Understand a correction typed in plain words at the summary.

"the state is wrong, it's New Jersey" → incident_state = NJ;
"wrong date" → clear the date so it is asked again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bot.intake import answers, contact, states

FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "incident_state": ("state",),
    "incident_date": ("date", "when", "day", "month", "year"),
    "full_name": ("name", "spelled", "spelling"),
    "contact": ("phone", "number", "email", "e-mail", "contact", "cell", "mobile", "address"),
    "provider": (
        "doctor",
        "provider",
        "hospital",
        "clinic",
        "surgeon",
        "nurse",
        "facility",
        "dr",
        "physician",
        "practice",
    ),
    "injury": ("injury", "injuries", "injured", "hurt", "harm", "damage"),
    "incident_description": ("what happened", "story", "description", "details"),
    "contact_consent": ("consent", "permission"),
}
_CUE = re.compile(
    r"(?:\bit'?s\b|\bit\s+is\b|\bshould\s+be\b|\bis\s+actually\b|\bwas\s+actually\b|"
    r"\bactually\b|\bi\s+meant\b|\bmeant\b|\bchange\s+it\s+to\b|\bnot\b.*?\bbut\b|"
    r"\bis\b|\bwas\b|\bto\b|:|->|=)",
    re.IGNORECASE,
)
_STRUCTURED = ("incident_state", "incident_date", "contact")
_LOOKS_LIKE = re.compile(
    r"^\s*(sorry|actually|wait|oops|correction|my\s+bad|i\s+meant|no,?\s+the|"
    r"that'?s\s+wrong|the\s+\w+(\s+\w+)?\s+(is|was)\s+(wrong|incorrect|not\s+right))\b",
    re.IGNORECASE,
)


# "the age is 67 not 76", "my number's 555-0142 not ...": the field named before the value.
_NAMED_FIELD = re.compile(
    r"^(?:(?:my|the|his|her|their)\s+)?(?:age|number|phone(?:\s+number)?|cell|mobile)"
    r"(?:'s|\s+is|\s+was|\s+should\s+be)?\s*:?\s*",
    re.IGNORECASE,
)


def looks_like_correction(text: str) -> bool:
    """Cue words that mark a correction of an earlier answer, not an answer."""
    if _LOOKS_LIKE.search(text):
        return True
    # "58 not 85", "it's 555-0142 not 555-0124": a number swapped for another.
    for swap in _SWAPS:
        for m in swap.finditer(text):
            new = _NAMED_FIELD.sub("", _LEAD.sub("", m.group("new").strip())).strip(" ,.!")
            old = m.group("old").strip(" ,.!")
            new_digits, old_digits = _DIGITS.sub("", new), _DIGITS.sub("", old)
            ages = _AGE_NUMBER.match(new) and _AGE_NUMBER.match(old)
            phones = (
                len(new_digits) >= 7
                and len(old_digits) >= 4
                and len(re.findall(r"[A-Za-z]", new + old)) <= 3
            )
            if ages or phones:
                return True
    # "Kansas not Missouri": a state swapped for another, with no cue word.
    for swap in _SWAPS:
        for m in swap.finditer(text):
            new, old = m.group("new").strip(" ,.!"), m.group("old").strip(" ,.!")
            if (
                len(new.split()) <= 3
                and states.find_state(_LEAD.sub("", new))
                and states.find_state(old)
            ):
                return True
    return False


@dataclass(frozen=True)
class Correction:
    """Which answer a correction changes, to what, and any detail said with it.

    `note` keeps extra words that are not the new value ("the hospital is in
    Wichita"); `changed` says whether the new values differ from the current
    ones (only then "I've updated that" is true).
    """

    field: str | None  # None: we could not tell which answer is meant
    values: dict[str, object] | None = None  # None: ask that question again
    note: str | None = None
    changed: bool = False


# "it was Kansas not Missouri", "not Indiana but Ohio", "Ohio instead of Indiana".
_SWAPS = (
    re.compile(
        r"\bnot\s+(?P<old>[^,.;!?]+?)\s*,?\s+(?:but|it'?s|it\s+was|it\s+is)\s+(?P<new>[^,.;!?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?P<new>[^,.;!?]+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?P<old>[^,.;!?]+)",
        re.IGNORECASE,
    ),
)
# Cue words before the detail kept as a note ("wait, ... the clinic is in Toledo").
_NOTE_LEAD = re.compile(
    r"^\s*(?:(?:sorry|oops|wait|actually|correction|my\s+bad|no|hold\s+on|hang\s+on|also|and|"
    r"it\s+was|it'?s)\b[\s,:!-]*)+",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^\s*(?:(?:sorry|oops|wait|actually|correction|my\s+bad|no|hold\s+on|i\s+meant|"
    r"i\s+mean|it\s+was|it'?s|its|it\s+is|should\s+be|the\s+\w+\s+(?:is|was))\b[\s,:!-]*)+",
    re.IGNORECASE,
)


_AGE_NUMBER = re.compile(r"^(?:age\s+|aged\s+)?(\d{1,3})(?:\s*(?:years?\s+old|yrs?|y/?o))?$", re.I)
_DIGITS = re.compile(r"\D")


def _number_swap(
    new: str, old: str, current: Mapping[str, object] | None
) -> tuple[str, dict[str, object]] | None:
    """ "61 not 16" corrects the age; "it's 555-0142 not 555-0124" corrects the phone.

    A phone given in part (the last seven digits) keeps the area code already stored.
    """
    current = current or {}
    new_age, old_age = _AGE_NUMBER.match(new), _AGE_NUMBER.match(old.strip(" .,!"))
    if new_age and old_age:
        age = int(new_age.group(1))
        if 0 <= age <= 120:
            return "patient_age", {"patient_age": age, "patient_minor": age < 18}
        return None
    new_digits, old_digits = _DIGITS.sub("", new), _DIGITS.sub("", old)
    if len(new_digits) < 7 or len(old_digits) < 4 or len(new_digits) > 15:
        return None
    if len(re.findall(r"[A-Za-z]", new)) > 3:
        return None
    phone = contact.find_phone(new)
    stored = current.get("phone") or current.get("contact")
    if phone is None and isinstance(stored, str) and stored.startswith("+"):
        stored_digits = _DIGITS.sub("", stored)
        if len(new_digits) < len(stored_digits):
            phone = contact.find_phone("+" + stored_digits[: -len(new_digits)] + new_digits)
    if phone is None:
        return None
    return "contact", {"contact": phone, "phone": phone}


def _swap(
    text: str, today: date, current: Mapping[str, object] | None = None
) -> tuple[str, dict[str, object], tuple[int, int]] | None:
    """A "new, not old" correction whose new value says which field it is."""
    matches = [m for swap in _SWAPS for m in swap.finditer(text)]
    for m in matches:
        new = m.group("new").strip()
        new = _LEAD.sub("", new).strip(" .,!")
        new = _NAMED_FIELD.sub("", new).strip(" .,!")
        if not new or len(new.split()) > 5:
            continue
        numbers = _number_swap(new, m.group("old"), current)
        if numbers:
            return numbers[0], numbers[1], m.span()
        code = states.find_state(new) if len(new.split()) <= 3 else None
        if code:
            return "incident_state", {"incident_state": code}, m.span()
        parsed = answers.parse("incident_date", new, today)
        if parsed.ok:
            return "incident_date", parsed.values, m.span()
    return None


_APOLOGY = re.compile(
    r"^(?:(?:my|a)\s+(?:mistake|bad|error)|sorry(?:\s+about\s+that)?|thanks?(?:\s+you)?|"
    r"i\s+(?:mixed|got)\s+(?:it|them)\s+(?:up|mixed\s+up|wrong)|typo)\W*$",
    re.IGNORECASE,
)


def _note(text: str, span: tuple[int, int]) -> str | None:
    after = text[span[1] :].strip(" ,.;:-!")
    rest = after or text[: span[0]].strip(" ,.;:-!")
    rest = _NOTE_LEAD.sub("", rest).strip(" ,.;:-!")
    rest = " ".join(rest.split()).strip(" ,.;:-!")
    if _APOLOGY.match(rest):
        return None
    return rest if len(re.findall(r"[A-Za-z]", rest)) >= 6 else None


def _differs(values: dict[str, object] | None, current: Mapping[str, object] | None) -> bool:
    if values is None:
        return False
    if current is None:
        return True
    return any(current.get(k) != v for k, v in values.items())


def _fields_named(text: str) -> list[str]:
    low = f" {text.lower()} "
    named = []
    for field, words in FIELD_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            named.append(field)
    return named


def _tail(text: str) -> str:
    parts = _CUE.split(text)
    return parts[-1].strip(" .,!;") if len(parts) > 1 else ""


def parse_correction(
    text: str, today: date, current: Mapping[str, object] | None = None
) -> Correction:
    """The field a correction names (or whose new value it gives), its new values, a note.

    `current` (the slots so far) lets `changed` tell a real change from a repeat.
    """
    found = _parse(text, today, current)
    changed = _differs(found.values, current)
    return Correction(found.field, found.values, found.note, changed)


def _parse(text: str, today: date, current: Mapping[str, object] | None = None) -> Correction:
    swapped = _swap(text, today, current)
    if swapped:
        field, values, span = swapped
        return Correction(field, values, _note(text, span))
    named = _fields_named(text)
    if len(named) > 1 and "incident_date" in named and "incident_state" in named:
        named = [n for n in named if n != "incident_date"] if "state" in text.lower() else named
    if len(named) == 1:
        field = named[0]
        for candidate in (_tail(text), text) if field in _STRUCTURED else (_tail(text),):
            if not candidate:
                continue
            parsed = answers.parse(field, candidate, today)
            if parsed.ok:
                return Correction(field, parsed.values)
        return Correction(field, None)
    # No field named: a lone new value ("New Jersey", "march 2023") says which.
    for field in _STRUCTURED:
        parsed = answers.parse(field, _tail(text) or text, today)
        if parsed.ok:
            return Correction(field, parsed.values)
    return Correction(None, None)
