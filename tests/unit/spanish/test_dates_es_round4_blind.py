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

The seven tuned failures, sorted into classes; those fixed are fixed in
bot/intake/es/dates.py for more wordings than the rows
(tests/unit/spanish/test_dates_es_round4_classes.py):
1. A date taken back with a Spanish cue ("no espera", "espérate", "perdón", "mejor dicho",
   "digo", "me equivoqué", "no no", "bueno no"): the cue put in the English reader's words
   ("no wait", "sorry", "I mean"), so the date said last wins. 1 row.
2. Units of time typed short ("smnas", "3 sem", "5 mses", "48 hrs"). 1 row, read since but
   still missed: its window is narrower than the pinned width of a count of weeks.
3. "pasado" said "pasao" ("del año pasao", "antepasao", "pasa'o"). 1 row.
4. A birth told by the child's age now ("cuando nació mi bebé, que ahorita tiene 3 meses"):
   N months old is born after N+1 months back and no later than N back. 1 row.
Left as pinned elsewhere (STILL_MISSED says which and why): "hace como un año" (six months
either side), "en Navidad" (three
days either side of Christmas), and "ase 2 smnas" (four days either side of two weeks).
None needed bot/intake/dates.py. "la semana pasada" passes since 2026-12-04 evening: a bare
"last week" is the calendar week before (Monday to Sunday), as every blind writer reads it.

After classes 1-4 (at the commit that adds this figure): tuned 52 of 56, held back 9 of 14
(the same five held-back rows fail; none was worked on or read).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round4_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "hace como un año": (
        "a year back, hedged, is read three months either side (since the esdates branch; "
        "six before), pinned exactly by test_spanish_dates_blind ('hace como un año' said "
        "2026-03-16 is 2024-12-16..2025-06-16) as the English reader's 'about a year ago'; "
        "the writer allows two months either side"
    ),
    "en Navidad": (
        "'en navidad' is 'at Christmas', the day give or take one (Dec 24-26, since the "
        "esdates branch; three days either side before), pinned by test_answers_es ('en "
        "navidad' == 'at Christmas') and test_spanish_dates_blind ('para Navidad' "
        "2025-12-24..2025-12-26); 'el día de Navidad' is the day. The writer takes Nochebuena "
        "and Navidad, Dec 24-25"
    ),
    "ase 2 smnas": (
        "read since class 2 (units typed short) as 'hace 2 semanas', two weeks back four days "
        "either side (Nov 16-24); a count of weeks said is four days either side, pinned by "
        "test_spanish_dates_blind ('hace tres semanas', 'hace cuatro semanas') and the English "
        "rounds (f2080bc); the writer allows three (11-17 days back, Nov 17-23)"
    ),
}
# Held-back rows (index in the held back) still failing: strict xfails, unread.
# Row 1 passes since 2026-12-04 (round 17's Spanish order words, "o sea" read as "so
# really", found on tuned visitors); unread, marker lifted by the lead's decision.
# Row 7 passes since round 7 (Spanish, 2026-12-05: Mother's Day of the country named);
# unread, marker lifted.
# Row 12 passes since round 22 (Spanish, 2026-12-05: a weekday "antepasado", or a weekday
# before or after a date named); unread, marker lifted.
HELD_BACK_MISSED: frozenset[int] = frozenset({2, 3})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
