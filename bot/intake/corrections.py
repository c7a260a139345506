"""Understand a correction typed in plain words at the summary.

"the state is wrong, it's New Jersey" → incident_state = NJ;
"wrong date" → clear the date so it is asked again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.intake import answers

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


def looks_like_correction(text: str) -> bool:
    """Cue words that mark a correction of an earlier answer, not an answer."""
    return bool(_LOOKS_LIKE.search(text))


@dataclass(frozen=True)
class Correction:
    field: str | None  # None: we could not tell which answer is meant
    values: dict[str, object] | None = None  # None: ask that question again


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


def parse_correction(text: str, today: date) -> Correction:
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
