"""Spanish dates, round 4: 70 blind answers to "¿Cuándo pasó esto?" and the windows they allow.

The rows (tests/unit/spanish/dates_es_round4_rows.py) were written by a session that had
not read the date reader; each is (answer, earliest, latest) counted from Friday
2026-12-04, "" "" for an answer with no usable date. Each is read as the intake reads the
incident-date answer in Spanish (bot.intake.multilingual.parse_answer(..., "es"), i.e.
bot/intake/es/answers.py and bot/intake/es/dates.py). A reading passes if its span lies
inside the window; a no-date row passes if the answer does not parse or parses to no
incident date. Every fifth row from the fourth is held back (tests/support/blind_rows.split);
held-back rows are named by index only and never worked on.

Figures. First sight, before any change to the reader this round (at 9876cc2, the commit
that adds the rows; the shared test factory only taught to read Spanish): tuned 49 of 56,
held back 9 of 14. The five held-back rows failing then (indexes 1, 2, 3, 7 and 12 of the
held back) are strict xfails; only their count and indexes were taken.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round4_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
_FIRST_SIGHT = "failing at first sight; not yet sorted into a class"
STILL_MISSED: dict[str, str] = {
    "hace como un año": _FIRST_SIGHT,
    "la semana pasada": _FIRST_SIGHT,
    "en Navidad": _FIRST_SIGHT,
    "ase 2 smnas": (
        "read since class 2 (units typed short) as 'hace 2 semanas', two weeks back four days "
        "either side (Nov 16-24); a count of weeks said is four days either side, pinned by "
        "test_spanish_dates_blind ('hace tres semanas', 'hace cuatro semanas') and the English "
        "rounds (f2080bc); the writer allows three (11-17 days back, Nov 17-23)"
    ),
}
# Held-back rows (index in the held back) still failing: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({1, 2, 3, 7, 12})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
