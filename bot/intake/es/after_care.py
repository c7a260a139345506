"""A death a Spanish story tells relative to the care, in the words the shared reader
(bot/intake/after_incident.py) places from the incident date.

People who lost someone tell the death as the story's next step: "murió a los dos días",
"falleció esa misma noche", "a la semana siguiente murió", "al otro día amaneció muerto",
"a los pocos días", "en la mesa de operaciones". The shared reader knows the English of
these ("two days later", "that same night", "the next day", "during the surgery"), so only
the time words are put in English here and the counting and placing stay in one place.
A time counted from something other than the care ("dos días después de que lo mandaron
a la casa") is put as "after" that other thing, which the shared reader never places.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.intake import after_incident
from bot.intake.after_incident import AfterIncident

# Counts past ten, which the shared reader does not know in Spanish ("a los quince días").
_TENS = {
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "treinta": 30,
}
_UNIT = r"(?:dias?|semanas?|mes(?:es)?|noches?)"
_N = (
    r"(?:\d{1,3}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|a\s+few|"
    r"a\s+couple\s+of)"
)
# The care itself as a start ("después de la operación"), in the English nouns the shared
# reader takes for the care; "después de eso" is after the care told just before.
_CARE_NOUNS = {
    "operacion": "operation",
    "cirugia": "surgery",
    "intervencion": "procedure",
    "procedimiento": "procedure",
    "cesarea": "c-section",
    "parto": "delivery",
    "anestesia": "anesthesia",
    "consulta": "appointment",
    "cita": "appointment",
    "visita": "visit",
    "error": "mistake",
    "equivocacion": "mistake",
    "caida": "fall",
    "inyeccion": "injection",
    "transfusion": "transfusion",
    "biopsia": "biopsy",
    "diagnostico": "diagnosis",
    "tratamiento": "treatment",
    "accidente": "accident",
    "sobredosis": "overdose",
}
_CARE = "|".join(_CARE_NOUNS)
# "de operarlo", "de nacer": the care said as a verb.
_CARE_VERB = r"(?:operar\w*|intervenir\w*|nacer|dar\s+a\s+luz|dio\s+a\s+luz|la\s+consulta)"


_Count = Callable[[re.Match[str]], str] | str


def _care(match: re.Match[str]) -> str:
    """ "a los dos días de la operación" -> "dos dias after the operation"."""
    return f" {match.group('n')} after the {_CARE_NOUNS[match.group('care')]} "


_THE = r"(?:la|el|su|esa|ese|aquella|aquel)"
_FROM_CARE = rf"(?:{_THE}\s+(?P<care>{_CARE})\b)"
_THAT = rf"(?:eso|esto|aquello|{_CARE_VERB})\b"

# In order: a later phrase sees the English of the earlier ones.
_TABLE: list[tuple[str, _Count]] = [
    # Counts the shared reader does not know in Spanish ("a los quince días", "un par de").
    (rf"\b(?P<w>{'|'.join(_TENS)})\b(?=\s+{_UNIT})", lambda m: str(_TENS[m.group("w")])),
    (rf"\bun\s+par\s+de\b(?=\s+{_UNIT})", "a couple of"),
    (
        rf"\b(?:un[oa]s\s+)?(?:poc[oa]s|cuant[oa]s)\b(?=\s+{_UNIT})|"
        rf"\b(?:algun[oa]s|un[oa]s)\b(?=\s+{_UNIT})",
        "a few",
    ),
    # Counted from the care named: "a los dos días de la operación", "una semana después
    # de la cirugía".
    (rf"\ba\s+l[oa]s\s+(?P<n>{_N}\s+{_UNIT})\s+de\s+{_FROM_CARE}", _care),
    (rf"\b(?P<n>{_N}\s+{_UNIT})\s+(?:despues|luego)\s+de\s+{_FROM_CARE}", _care),
    # Counted from the care said before it: "a los dos días de operarlo", "...de eso".
    (rf"\ba\s+l[oa]s\s+({_N}\s+{_UNIT})\s+de\s+{_THAT}", r" \1 later "),
    (rf"\b({_N}\s+{_UNIT})\s+(?:despues|mas\s+tarde|luego)\s+de\s+{_THAT}", r" \1 later "),
    # Counted from something else: "dos días después de que lo mandaron a casa".
    (rf"\b({_N}\s+{_UNIT})\s+(?:despues|luego)\s+de(?:\s+que)?\b", r" \1 after "),
    (rf"\ba\s+l[oa]s\s+({_N}\s+{_UNIT})\s+de(?:\s+que)?\b", r" \1 after "),
    # Counted from the care: "a los dos días", "al cabo de tres días", "diez días más
    # tarde", "después de dos semanas".
    (
        rf"\b(?:a\s+l[oa]s|al\s+cabo\s+de|pasad[oa]s|despues\s+de|luego\s+de)\s+({_N}\s+{_UNIT})\b",
        r" \1 later ",
    ),
    (rf"\b({_N}\s+{_UNIT})\s+(?:despues|mas\s+tarde|luego)\b", r" \1 later "),
    # The same day: "esa misma noche", "en la mesa de operaciones", "horas después".
    (
        r"\b(?:esa|la)\s+misma\s+(?:noche|tarde|manana)\b|\besa\s+(?:noche|tarde)\b|"
        r"\bese\s+mismo\s+dia\b|\bel\s+mismo\s+dia\b|\bese\s+dia\b",
        " that same day ",
    ),
    (
        r"\b(?:(?:unas\s+)?pocas\s+|unas\s+|algunas\s+)?horas\s+(?:despues|mas\s+tarde)\b|"
        r"\ba\s+las\s+(?:pocas|\d{1,2}|dos|tres|cuatro|cinco|seis)\s+horas\b|\bal\s+rato\b",
        " hours later ",
    ),
    (
        r"\ben\s+(?:la\s+)?mesa\s+de\s+operaciones\b|\ben\s+el\s+quirofano\b|"
        r"\b(?:durante|en\s+plena|en\s+medio\s+de)\s+(?:la\s+|el\s+)?"
        r"(?:operacion|cirugia|cesarea|intervencion|procedimiento)\b",
        " during the surgery ",
    ),
    # "murió en la operación": in it, so during it (not "en la cirugía" of another clause).
    (
        r"(?:(?<=murio\s)|(?<=fallecio\s))en\s+(?:la\s+)?(?:operacion|cirugia|cesarea)\b",
        " during the surgery ",
    ),
    (r"\b(?:durante|en)\s+el\s+parto\b", " during the delivery "),
    # The next day: "al día siguiente", "al otro día", "a la mañana siguiente".
    (
        r"\b(?:al|el)\s+(?:dia\s+siguiente|siguiente\s+dia|dia\s+despues)\b|\bal\s+otro\s+dia\b|"
        r"\b(?:a\s+la|la)\s+(?:manana|noche)\s+siguiente\b|\ba\s+la\s+otra\s+manana\b|"
        r"\bal\s+amanecer\b",
        " the next day ",
    ),
    # Within: "antes de una semana", "en menos de tres días", "esa misma semana".
    (rf"\b(?:antes\s+de|en\s+menos\s+de)\s+({_N}\s+{_UNIT})\b", r" within \1 "),
    (r"\b(?:esa|la)\s+misma\s+semana\b", " within the same week "),
    # A week or a month on: "a la semana (siguiente)", "al mes"; not "dos veces a la
    # semana" or "300 dólares al mes".
    (
        r"(?<!veces\s)(?<!vez\s)\b(?:a\s+la\s+semana(?:\s+siguiente)?|la\s+semana\s+"
        r"(?:siguiente|despues)|a\s+la\s+otra\s+semana)\b",
        " one week later ",
    ),
    (
        r"(?<!veces\s)(?<!vez\s)(?<!dolares\s)(?<!pesos\s)\b(?:al\s+mes(?:\s+siguiente)?|"
        r"el\s+mes\s+siguiente)\b",
        " one month later ",
    ),
]
# A hedge said with the count ("como dos días después", "unos tres días") is "about";
# "como" and "unos" elsewhere ("como le dije", "unos doctores") are no hedge, though the
# shared reader takes them for one anywhere in the sentence.
_HEDGED = (
    rf"\b(?:como|unos|unas|aproximadamente|alrededor\s+de)\s+"
    rf"(?=(?:a\s+l[oa]s\s+|al\s+cabo\s+de\s+)?{_N}\s+{_UNIT})"
)
_TABLE = [
    (_HEDGED, "about "),
    *_TABLE,
    (r"\bcomo\b", "as"),
    (r"\bun[oa]s\b", "some"),
]
_PATTERNS = [(re.compile(spanish), english) for spanish, english in _TABLE]


def to_english(plain: str) -> str:
    """The Spanish time words of a death told after the care, in the shared reader's
    English; `plain` is folded (lower case, no accents, ñ as n) and the rest stays as said."""
    for pattern, english in _PATTERNS:
        plain = pattern.sub(english, plain)
    return " ".join(plain.split())


def after_care(sentence: str) -> AfterIncident | None:
    """How long after the care a death told in this (folded) sentence fell, or None."""
    return after_incident.after_incident(to_english(sentence))
