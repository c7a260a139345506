"""States and cities said in Spanish ("Nueva York", "Carolina del Norte", "en Los Ángeles").

The state and city look-ups (bot/intake/states.py, places.py: the `us` library,
GeoNames, the USPS towns) are in English. The Spanish names that differ (Luisiana,
Misuri, Filadelfia, Nueva Orleans), the accents people type (Los Ángeles, San José)
and the small words around a place ("en", "cerca de", "pasó en", "vivimos en") are put
in English, and the English readers do the rest, so both languages find the same places.
"""

from __future__ import annotations

import re

import us

from bot.intake.es.replies import fold

# Folded Spanish name -> USPS code, for the names that are not the English ones.
STATE_NAMES: dict[str, str] = {
    "carolina del norte": "NC",
    "carolina del sur": "SC",
    "dakota del norte": "ND",
    "dakota del sur": "SD",
    "nueva york": "NY",
    "estado de nueva york": "NY",
    "nueva jersey": "NJ",
    "nueva yersey": "NJ",
    "nuevo mexico": "NM",
    "nuevo hampshire": "NH",
    "nueva hampshire": "NH",
    "luisiana": "LA",
    "misuri": "MO",
    "misisipi": "MS",
    "pensilvania": "PA",
    "hawai": "HI",
    "virginia occidental": "WV",
    "virginia del oeste": "WV",
    "oregon": "OR",
    "michigan": "MI",
    "tejas": "TX",
    "tenesi": "TN",
    "minesota": "MN",
    "ilinois": "IL",
    "masachusets": "MA",
    "massachusets": "MA",
    "conecticut": "CT",
    "kansas": "KS",
    "arkansas": "AR",
    "distrito de columbia": "DC",
    "el distrito de columbia": "DC",
    "washington dc": "DC",
    "puerto rico": "PR",
}
# Folded Spanish (or accented) city name -> the English name the gazetteer knows.
CITY_NAMES: dict[str, str] = {
    "ciudad de nueva york": "New York City",
    "la ciudad de nueva york": "New York City",
    "nueva orleans": "New Orleans",
    "filadelfia": "Philadelphia",
    "san luis": "St. Louis",
    "los angeles": "Los Angeles",
    "san jose": "San Jose",
    "fenix": "Phoenix",
    "pittsburgo": "Pittsburgh",
    "bufalo": "Buffalo",
    "cincinati": "Cincinnati",
    "ciudad de kansas": "Kansas City",
    "ciudad de oklahoma": "Oklahoma City",
    "ciudad de salt lake": "Salt Lake City",
    "el bronx": "the Bronx",
    "san bernardino": "San Bernardino",
    "el paso": "El Paso",
    "las vegas": "Las Vegas",
    "las cruces": "Las Cruces",
    "santa fe": "Santa Fe",
    "tucson": "Tucson",
}
# Spanish display names for the read-back; any other state keeps its English name.
SPANISH_DISPLAY: dict[str, str] = {
    "NC": "Carolina del Norte",
    "SC": "Carolina del Sur",
    "ND": "Dakota del Norte",
    "SD": "Dakota del Sur",
    "NY": "Nueva York",
    "NJ": "Nueva Jersey",
    "NM": "Nuevo México",
    "NH": "Nuevo Hampshire",
    "LA": "Luisiana",
    "MO": "Misuri",
    "MS": "Misisipi",
    "PA": "Pensilvania",
    "HI": "Hawái",
    "WV": "Virginia Occidental",
    "OR": "Oregón",
    "MI": "Míchigan",
    "DC": "el Distrito de Columbia",
}
_NAMES = sorted(
    {**{k: "" for k in STATE_NAMES}, **{k: "" for k in CITY_NAMES}}, key=len, reverse=True
)
_NAME = re.compile(r"\b(" + "|".join(re.escape(n) for n in _NAMES) + r")\b")
# The words around a place, folded, in the English the place readers know.
_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\b(?:paso|sucedio|ocurrio|fue|todo\s+paso)\s+en\b", "it happened in"),
        (
            r"\b(?:me|lo|la|le|nos|los|las)\s+(?:atendieron|operaron|trataron|internaron)\s+en\b",
            "was treated in",
        ),
        (r"\b(?:vivo|vivimos|vive|viven|estoy|estamos)\s+en\b", "we live in"),
        (r"\b(?:soy|somos|es|son)\s+de\b", "I'm from"),
        (r"\b(?:a\s+las\s+)?afueras\s+de\b|\bfuera\s+de\b", "outside"),
        (r"\bcerca\s+de(?:l)?\b", "near"),
        (r"\bpor\s+(?:el\s+area\s+de|la\s+zona\s+de)\b", "around"),
        (r"\bel\s+estado\s+de\b", "the state of"),
        (r"\bla\s+ciudad\s+de\b", "the city of"),
        # "emergencias del St. Anthony": "del" (of the) names the hospital itself, not a
        # town; "el hospital de Tucson" is the hospital in Tucson.
        (
            r"\b(?:hospital|clinica|consultorio|centro\s+medico|emergencias|urgencias)\s+del\b",
            "hospital of the",
        ),
        (
            r"\b(?:hospital|clinica|consultorio|centro\s+medico|emergencias|urgencias)\s+de\b",
            "hospital in",
        ),
        (r"\b(?:un|una)\b", "a"),
        (r"\ben\b", "in"),
        (r"\bpero\b", "but"),
        (r"\bno\s+se\b|\bno\s+estoy\s+segur[oa]\b", "not sure"),
        (r"\b(?:el|la|los|las)\b(?!\s+[A-Z])", "the"),
        # "al Mercy de Miami": a hospital's name, then the town it is in.
        (r"(?<=[A-Za-z])\s+de\s+(?!Acci|Gracias\b)(?=[A-Z])", " in "),
    ]
]
# "LA" beside California, or "East LA", is Los Angeles, not Louisiana ("California, en
# LA"); "Baton Rouge, LA" (a town, a comma, the code) stays the state.
_EAST_LA = re.compile(r"\b(?:East|Este\s+de)\s+L\.?A\.?(?![\w.])")
_LA = re.compile(r"(?<!,\s)(?<!,)\bL\.?A\.?(?![\w.])")
_CALIFORNIA = re.compile(r"\bcalifornia\b|\bCA\b|\bcali\b", re.IGNORECASE)


def _los_angeles(text: str) -> str:
    text = _EAST_LA.sub("East Los Angeles", text)
    return _LA.sub("Los Angeles", text) if _CALIFORNIA.search(text) else text


def _english_name(folded: str) -> str:
    if folded in CITY_NAMES:
        return CITY_NAMES[folded]
    found = us.states.lookup(STATE_NAMES[folded])
    if found is None:
        return STATE_NAMES[folded]
    return "District of Columbia" if found.abbr == "DC" else found.name


_COUNTY_OF = re.compile(
    r"\b(?:el\s+|del\s+)?condado\s+(?:de\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", re.IGNORECASE
)


def to_english(text: str) -> str:
    """The answer with Spanish place names and place words in English ("pasó en Nueva
    Jersey" -> "it happened in New Jersey"); capitals kept, as the place readers need them."""
    text = _los_angeles(text)
    folded = fold(text.replace("’", "'"))
    # Keep the visitor's capitals: work on the folded text, which has the same length
    # when no character was decomposed into several (accents are dropped, not expanded).
    base = (
        folded
        if len(folded) != len(text)
        else "".join(o if f == o.lower() else f for o, f in zip(text, folded, strict=True))
    )
    out, last = [], 0
    for m in _NAME.finditer(folded):
        out.append(base[last : m.start()])
        out.append(_english_name(m.group(1)))
        last = m.end()
    out.append(base[last:])
    said = "".join(out)
    # "el condado de Essex": Essex County, a county named as one (not the town of Essex)
    said = _COUNTY_OF.sub(lambda m: f"{m.group(1)} County", said)
    for pattern, english in _WORDS:
        said = (
            pattern.sub(english, said)
            if pattern.pattern.endswith(r"[A-Z])")
            else re.sub(pattern.pattern, english, said, flags=re.IGNORECASE)
        )
    return " ".join(said.split())


def state_name(code: str) -> str:
    """A state's name as said in Spanish ("Carolina del Norte", "Texas")."""
    if code in SPANISH_DISPLAY:
        return SPANISH_DISPLAY[code]
    found = us.states.lookup(code)
    return found.name if found is not None else code


def candidates_text(codes: object) -> str:
    """ "Illinois, Misuri o Massachusetts": an ambiguous city's states, for the re-ask."""
    names = [state_name(str(c)) for c in (codes if isinstance(codes, list | tuple) else [])]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " o " + names[-1]
