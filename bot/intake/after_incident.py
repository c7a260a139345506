"""A date of death (or of finding out) told relative to the incident: "the same day",
"two days later", "al otro día", "a los cinco días de la operación".

The death date is asked before the incident date, and people who lost someone often
answer it as the story's next step: "the same day", "that night in the hospital",
"the next morning", "a week after the surgery". No date reader can place that alone,
and guessing from today would store a wrong date. The words are kept as typed and
placed once the incident date is known: the incident's possible days, shifted by the
time said. A time after something that is not the care itself ("two days after she
came home") has no known start, so it is never placed; its words stay as a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.intake.dates import SMALL_NUMBERS
from bot.intake.es.dates import SMALL_NUMBERS as SMALL_NUMBERS_ES
from bot.intake.slot_names import UNKNOWN
from bot.law.model import DateSpec

# Counts in English and Spanish words, one to ten (the Spanish from the Spanish date reader's
# table, not a copy of it).
_NUMBERS = {
    **SMALL_NUMBERS,
    **{word: n for word, n in SMALL_NUMBERS_ES.items() if 1 <= n <= 10},
}
# Days a unit may span: a month said is 28 to 31 days.
_UNITS = {
    "day": (1, 1),
    "night": (1, 1),
    "week": (7, 7),
    "month": (28, 31),
    "dia": (1, 1),
    "día": (1, 1),
    "semana": (7, 7),
    "mes": (28, 31),
}
# The care itself, as the start of the time said: "after the surgery", "after that",
# "after they sent him home from the ER" is not it (a later event, of unknown date).
_CARE_START = (
    r"(?:it|that|this|then|(?:the|her|his|my|their|our)\s+(?:\w+\s+)?(?:surgery|operation|"
    r"procedure|incident|visit|appointment|delivery|birth|c-?section|mistake|error|"
    r"treatment|er\s+visit|injection|shot|dose|scan|biopsy|anesthesia|anaesthesia|"
    r"misdiagnosis|diagnosis|overdose|fall|accident|transfusion|labou?r))"
)
_COUNT = (
    r"(?P<n>\d{1,3}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + r")\s+(?:more\s+)?(?P<unit>days?|nights?|weeks?|months?|d[ií]as?|semanas?|mes(?:es)?)"
)
_SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+)?same\s+(?:day|night|evening|afternoon)\b|"
    r"\b(?:later\s+)?that\s+(?:same\s+)?(?:day|night|evening|afternoon)\b|"
    r"\b(?:on\s+the\s+(?:operating\s+)?table|during\s+(?:the\s+)?(?:surgery|operation|"
    r"procedure|delivery)|in\s+surgery|a\s+few\s+hours\s+later|hours\s+later)\b|"
    r"\b(?:el\s+mismo\s+d[ií]a|esa\s+(?:misma\s+)?noche|ese\s+mismo\s+d[ií]a|esa\s+tarde)\b|"
    # at once: "right away", "de inmediato", "luego luego", "ahí mismo"
    r"\b(?:right\s+away|right\s+then|immediately|straight\s+away|de\s+inmediato|"
    r"inmediatamente|en\s*seguida|luego\s+luego|al\s+instante|ah[ií]\s+mismo)\b",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening|afternoon)\b|"
    # "the day after", "the morning after the surgery"; not "the day after Christmas".
    rf"\bthe\s+(?:day|morning|night|evening|afternoon)\s+after(?:\s+{_CARE_START})?"
    r"(?=\s*(?:[.,;:!?)]|$))|"
    r"\bovernight\b|\b(?:al|el)\s+d[ií]a\s+siguiente\b|\b(?:a\s+)?la\s+(?:mañana|manana|noche)\s+"
    r"siguiente\b|\bal\s+otro\s+d[ií]a\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    rf"\b{_COUNT}\s+(?:later|after(?:wards?)?(?:\s+{_CARE_START}\b)?|despu[eé]s)(?!\w)",
    re.IGNORECASE,
)
# Spanish "a los cinco días (de la operación)", "a las dos semanas", "a la semana", "al
# mes": that long after; after something other than the care ("a los tres días de que
# llegó a la casa") it has no known start.
_SPANISH_CARE = (
    r"(?:(?:la|el|su|mi)\s+(?:operaci[oó]n|cirug[ií]a|parto|procedimiento|ces[aá]rea|consulta|"
    r"cita|visita|anestesia|inyecci[oó]n|error|tratamiento)|eso|esto|aquello)\b"
)
_A_LOS = re.compile(
    rf"\ba\s+l[oa]s\s+{_COUNT}(?:\s+(?:de|despu[eé]s\s+de)\s+(?P<care>{_SPANISH_CARE})?)?|"
    r"(?<!veces\s)(?<!vez\s)\b(?:a\s+la\s+(?P<week>semana)|al\s+(?P<month>mes))\b"
    rf"(?:\s+(?:de|despu[eé]s\s+de)\s+(?P<care2>{_SPANISH_CARE})?)?",
    re.IGNORECASE,
)
_WITHIN_THE = re.compile(r"\bwithin\s+(?:the|that)\s+(?:same\s+)?(day|week|month)\b", re.I)
_WITHIN = re.compile(rf"\b(?:within|less\s+than|under)\s+{_COUNT}\b", re.IGNORECASE)
# "after" followed by something else than the care: a start the incident date is not.
_AFTER_OTHER = re.compile(rf"\b{_COUNT}\s+after\s+(?!{_CARE_START}\b)(?=[^\W\d_])", re.IGNORECASE)

_HEDGE = re.compile(
    r"\b(?:about|around|roughly|approximately|maybe|or\s+so|give\s+or\s+take|unos|unas|"
    r"como|m[aá]s\s+o\s+menos)\b|ish\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AfterIncident:
    """Days after the incident the death fell: at least `first`, at most `last`.
    `placed` is False when the start is something other than the care itself."""

    first: int
    last: int
    span: tuple[int, int]
    placed: bool = True


def _count(match: re.Match[str]) -> tuple[int, int]:
    said = re.sub(r"\s+", " ", match.group("n").lower())
    unit = match.group("unit").lower()
    unit = next(u for u in _UNITS if unit.startswith(u.rstrip("s")))
    low, high = _UNITS[unit]
    if said.isdigit():
        n_low = n_high = int(said)
    elif "couple" in said:
        n_low = n_high = 2
    elif said in {"a few", "few", "several"}:
        n_low, n_high = 2, 5
    else:
        n_low = n_high = _NUMBERS[said]
    return n_low * low, n_high * high


def after_incident(text: str) -> AfterIncident | None:
    """How long after the incident a death told relative to it fell, or None if the
    words do not tell it that way."""
    cleaned = text.replace("\u2019", "'")
    if other := _AFTER_OTHER.search(cleaned):
        first, last = _count(other)
        return AfterIncident(first, last, other.span(), placed=False)
    if found := _LATER.search(cleaned):
        first, last = _count(found)
        if _HEDGE.search(cleaned):  # "about two weeks later": a few days either way
            first, last = int(first * 0.8), -(-last * 6 // 5)
        return AfterIncident(first, last, found.span())
    if found := _A_LOS.search(cleaned):
        if found.group("week"):
            first, last = _UNITS["week"]
        elif found.group("month"):
            first, last = _UNITS["month"]
        else:
            first, last = _count(found)
        # "de" (or "después de") with no care after it: after something else
        other = re.search(r"\bde\s*$", found.group(0), re.IGNORECASE)
        return AfterIncident(first, last, found.span(), placed=not other)
    if found := _WITHIN.search(cleaned):  # "within a week": any day up to then
        return AfterIncident(0, _count(found)[1], found.span())
    if found := _WITHIN_THE.search(cleaned):  # "within the week"
        return AfterIncident(0, _UNITS[found.group(1).lower()][1], found.span())
    if found := _NEXT_DAY.search(cleaned):
        return AfterIncident(1, 1, found.span())
    if found := _SAME_DAY.search(cleaned):
        return AfterIncident(0, 0, found.span())
    return None


def without(text: str, relative: AfterIncident) -> str:
    """The words left once the time told relative to the incident is taken out
    ("a week after, November 2024" leaves "November 2024")."""
    start, end = relative.span
    return " ".join((text[:start] + " " + text[end:]).split()).strip(" ,.;:-")


def place(relative: AfterIncident, incident: object) -> str | None:
    """The death date as a slot value, from the incident date's slot value; None when
    the incident date is not known (or the start is not the care)."""
    if not relative.placed or not isinstance(incident, str) or incident in ("", UNKNOWN):
        return None
    try:
        spec = DateSpec.from_slot(incident)
    except ValueError:
        return None
    first = spec.earliest + timedelta(days=relative.first)
    last = spec.latest + timedelta(days=relative.last)
    return DateSpec.between(first, last).to_slot()
