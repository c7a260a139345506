"""Find a U.S. state (or DC) in an answer, with the `us` library doing the lookup.

`us.states.lookup` knows names, USPS codes and phonetic matches for typos;
we add the everyday abbreviations it lacks and scan sentences ("it was at a
hospital in new jersey") for names. Two-letter codes count inside a sentence
only when typed in capitals, since "in", "me", "or" and "ok" are also words.
"""

from __future__ import annotations

import re

import us

ALIASES = {
    "washington dc": "DC",
    "washington d c": "DC",
    "d c": "DC",
    "the district": "DC",
    "dist of columbia": "DC",
    "calif": "CA",
    "cali": "CA",
    "cal": "CA",
    "mass": "MA",
    "penn": "PA",
    "penna": "PA",
    "conn": "CT",
    "fla": "FL",
    "tex": "TX",
    "wash": "WA",
    "mich": "MI",
    "minn": "MN",
    "wisc": "WI",
    "wis": "WI",
    "ariz": "AZ",
    "colo": "CO",
    "ill": "IL",
    "ind": "IN",
    "tenn": "TN",
    "okla": "OK",
    "ore": "OR",
    "nyc": "NY",
    "new york city": "NY",
    "jersey": "NJ",
    "nj": "NJ",
    "socal": "CA",
    "norcal": "CA",
    "la": "LA",
    "n carolina": "NC",
    "s carolina": "SC",
    "n dakota": "ND",
    "s dakota": "SD",
    "w virginia": "WV",
    "west va": "WV",
    "va": "VA",
    "brooklyn": "NY",
    "manhattan": "NY",
}
# The jurisdictions the limitation rules cover; a territory is a valid answer
# but is flagged for review.
JURISDICTIONS = frozenset(s.abbr for s in us.states.STATES) | {"DC"}
TERRITORIES = frozenset(s.abbr for s in us.states.TERRITORIES)
_WORD = re.compile(r"[a-z]+")
_CAPS_CODE = re.compile(r"\b([A-Z]{2})\b")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace(".", " ")))


_NAMES = {s.name.lower(): s.abbr for s in us.states.STATES_AND_TERRITORIES} | {
    "district of columbia": "DC"
}


def _lookup(phrase: str) -> str | None:
    if phrase in ALIASES:
        return ALIASES[phrase]
    if phrase in _NAMES:
        return _NAMES[phrase]
    if len(phrase) < 2:
        return None
    found = us.states.lookup(phrase)
    if found is None:
        return None
    code = found.abbr
    return code if code in JURISDICTIONS or code in TERRITORIES else None


def find_states(text: str) -> list[str]:
    """Every distinct state named in `text`, in order of first mention."""
    words = _norm(text).split()
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            span = set(range(i, i + size))
            if span & taken:
                continue
            phrase = " ".join(words[i : i + size])
            if size == 1 and len(phrase) <= 2:
                continue
            if phrase in ALIASES or phrase in _NAMES:
                found.append((i, ALIASES.get(phrase) or _NAMES[phrase]))
                taken |= span
    for match in _CAPS_CODE.finditer(text):
        code = match.group(1)
        if code in JURISDICTIONS or code in TERRITORIES:
            found.append((len(text[: match.start()].split()), code))
    ordered: list[str] = []
    for _, code in sorted(found):
        if code not in ordered:
            ordered.append(code)
    return ordered


def find_state(text: str) -> str | None:
    """The USPS code of the one state named in `text`; None if none or several.

    Several different states ("I live in Ohio but it happened in Michigan") are
    left for the visitor to settle rather than guessed.
    """
    words = _norm(text).split()
    if not words:
        return None
    # A short answer ("ny", "pensylvania", "new jersey") is looked up whole,
    # which also gets `us`'s phonetic matching for typos.
    if len(words) <= 3:
        code = _lookup(" ".join(words))
        if code:
            return code
    states = find_states(text)
    return states[0] if len(states) == 1 else None


def jurisdiction(value: str | None) -> str | None:
    """The USPS code of the one state (or DC) that `value` names, for qualification and routing.

    Takes a code, a name or a typo, as `find_state` does ("NY", "new jersey", "Texxas").
    None for no state, several states, or a territory: neither the limitation rules nor a
    firm profile cover territories, so callers treat None as "an attorney must confirm".
    """
    code = find_state(value) if value else None
    return code if code in JURISDICTIONS else None


def state_name(code: str) -> str:
    found = us.states.lookup(code)
    if found is not None:
        return "District of Columbia" if found.abbr == "DC" else found.name
    return code
