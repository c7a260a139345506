# ruff: noqa: E501
"""Fechas, round 7 (Spanish): 70 blind answers to "¿Cuándo pasó esto?" and the windows they allow.

The rows (dates_es_round7_rows.py) were written on 2026-12-05 by a session that had not read the date reader;
each is (answer, earliest, latest) counted from Saturday 2026-12-05, "" "" for an answer with
no usable date. A reading passes if its span lies inside the window; a no-date row passes if
the answer does not parse or parses to no incident date. Every fifth row from the fourth is
held back (tests/support/blind_rows.split); held-back rows are named by index only and never
worked on.

First sight, at 9900d11 (before any fix): tuned 43 of 56, held back 12 of 14.
The held-back rows failing then (positions [3, 10] of the held back) are strict xfails; only
their count and positions were taken.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round7_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

_FIRST_SIGHT = "failing at first sight; not yet sorted into a class"

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "a finales de agosto del 24, estábamos de vacaciones en la costa, vamos, que no se me olvida": _FIRST_SIGHT,
    "a principios de este año, todavía estaban los adornos de Navidad en la clínica": _FIRST_SIGHT,
    "hace un año y pico, chamo, ya ni sé bien": _FIRST_SIGHT,
    "un poco antes de Halloween, los niños ya tenían los disfraces listos": _FIRST_SIGHT,
    "la noche del 11 pa'l 12, cuando le cantamos las mañanitas a la Virgencita": _FIRST_SIGHT,
    "El Día de la Madre, pero el de España, que allí es antes que aquí": _FIRST_SIGHT,
    "el dia del grito, ya noche, cuando todos estaban en la fiesta": _FIRST_SIGHT,
    "el día de la madre argentino, que acá nadie lo festeja, estábamos todos en lo de mi vieja y ahí se descompensó": _FIRST_SIGHT,
    "me operaron el 21 de abril y pa el 2 de mayo ya tenia la infeccion": _FIRST_SIGHT,
    "el 12 de septiembre... no, perdón, el 19, era sábado, sí, el 19": _FIRST_SIGHT,
    "mi bebé tenía 2 meses cuando le pusieron mal la vacuna, ahorita tiene 7 meses": _FIRST_SIGHT,
    "en pleno Mundial, el mero día que jugó México el partido inaugural, imagínese, yo con el dolor y todos viendo el fut en la sala de espera": _FIRST_SIGHT,
    "después del Labor Day, cuando regresé al trabajo y no podía agarrar las herramientas con la mano operada": _FIRST_SIGHT,
}
# Held-back rows (position in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({10, 3})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
