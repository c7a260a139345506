"""A day counted in a stay the story already told ("me la dieron el segundo o tercer día
de la internación", "it was my third day there").

The story gave the stay's first and last days ("internada del 2 al 9 de agosto"); asked
when the care went wrong, the visitor counts a day (or two) of that stay without its date.
The answer alone has no date, so it was kept as not known and the whole stay stood as the
care's date. Counted from the stay's first day as day one, it is that day (or those days),
if they fall inside the stay.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.intake.dates import DateSpec
from bot.intake.es.replies import fold

_ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "first": 1, "1er": 1, "1ro": 1, "1st": 1,
    "segundo": 2, "segunda": 2, "second": 2, "2do": 2, "2da": 2, "2nd": 2,
    "tercer": 3, "tercero": 3, "tercera": 3, "third": 3, "3er": 3, "3ro": 3, "3ra": 3, "3rd": 3,
    "cuarto": 4, "cuarta": 4, "fourth": 4, "4to": 4, "4ta": 4, "4th": 4,
    "quinto": 5, "quinta": 5, "fifth": 5, "5to": 5, "5ta": 5, "5th": 5,
    "sexto": 6, "sexta": 6, "sixth": 6, "6to": 6, "6th": 6,
    "septimo": 7, "septima": 7, "setimo": 7, "seventh": 7, "7mo": 7, "7th": 7,
}  # fmt: skip
_NTH = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# "el segundo o tercer día de la internación", "la tercera noche que estuvo internado",
# "my second or third day there", "the 3rd day of her stay", "al cuarto día de internarlo".
_COUNTED = re.compile(
    rf"\b(?P<a>{_NTH})(?:\s*(?:o|u|y|or|to|-|/)\s*(?P<b>{_NTH}))?\s+(?:dia|noche|day|night)\b"
    r"(?P<tail>.{0,40})"
)
# The count is of the stay: said with a stay word, or "there" / "ahí" after it.
_STAY = re.compile(
    r"\b(?:internacion|internad[oa]s?|internar\w*|internaron|hospitalizacion|"
    r"hospitalizad[oa]s?|hospitaliz\w+|estancia|estadia|ingreso|ingresad[oa]|ingresaron|"
    r"ahi|alli|aca|aqui|en\s+el\s+hospital|stay|there|in\s+the\s+hospital|admitted|"
    r"admission|in\s+hospital)\b"
)
_LONGEST_STAY = 60


def _span(told: str) -> tuple[date, date] | None:
    """The stay's first and last days, read back from the slot text; None for a single day,
    a month or a year, or a span too long to be a stay."""
    try:
        spec = DateSpec.from_slot(told)
    except ValueError:
        return None
    first, last = spec.earliest, spec.latest
    if spec.precision != "range" or not first < last or (last - first).days > _LONGEST_STAY:
        return None
    return first, last


def day_of_told_stay(answer: str, told: object) -> DateSpec | None:
    """The day(s) of the stay `told` (the story's date, "YYYY-MM-DD..YYYY-MM-DD") that the
    answer counts, or None: no count of a stay's day, no stay told, or a day outside it."""
    if not isinstance(told, str) or (stay := _span(told)) is None:
        return None
    t = " ".join(fold(answer).replace("ñ", "n").split())
    m = _COUNTED.search(t)
    if not m or not _STAY.search(m.group("tail")):
        return None
    a = _ORDINALS[m.group("a")]
    b = _ORDINALS[m.group("b")] if m.group("b") else a
    if b < a:
        return None
    first, last = stay[0] + timedelta(days=a - 1), stay[0] + timedelta(days=b - 1)
    if last > stay[1]:
        return None
    return DateSpec.exact(first) if first == last else DateSpec(first, last, "range")
