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

AFTER (branch esdates7): tuned 53 of 56, held back 12 of 14 (unchanged). Classes fixed in
bot/intake/es/dates.py and bot/intake/es/mothers_days.py, Spanish words only (the English
reader untouched), tested in our own wordings in test_dates_es_round7_classes.py:
1. A month with a two-figure year after "de/del" ("a finales de agosto del 24") is that year.
2. A holiday said as a clue ("todavía estaban los adornos de Navidad") beside a firm time:
   the clause is dropped when the rest reads, so the answer is the time, not "future".
3. "un año y pico / y algo / y tantos" = the count back to half a unit more; "unos / pocos
   días antes (después) de <un día>" = 2 to 10 days before (after) it.
4. "el día del grito" (15 Sep); the mañanitas to the Virgin and "la noche del 11 pa'l 12"
   (11-12 Dec); Mother's Day of the one country named, by rule (dateutil), for any year.
5. "y pa(ra) el <fecha> ya tenía ...": the harm there by a later date; the care's date wins.
6. A bare day after a correction cue, said again or checked ("no, perdón, el 19, era
   sábado, sí, el 19"): the corrected day, in the month said first.
7. A child's age then and now ("tenía 2 meses ..., ahorita tiene 7 meses").
8. Back at work after a Monday holiday ("después del Labor Day, cuando regresé al
   trabajo"): the Tuesday after it.
Left (STILL_MISSED says why): "a principios de este año" reads January to April and "un poco
antes de" 1-7 days, both pinned by earlier tests where this writer takes January to March and
2-10 days; the World Cup's opening match needs a table of one-off events.
Held back of other rounds made to pass (unread; markers lifted): round 4 position 7, round 6
position 7.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round7_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "a principios de este año, todavía estaban los adornos de Navidad en la clínica": (
        "the clue is dropped since class 2 (no longer 'future': the frame is read), but 'a "
        "principios de este año' is January to April, the early year pinned for Spanish by "
        "test_spanish_dates_blind ('a principios del 2025' Jan-Apr) and test_answers_es ('a "
        "finales de 2023' Sep-Dec); the writer's house list takes January to March"
    ),
    "un poco antes de Halloween, los niños ya tenían los disfraces listos": (
        "'un poco antes de X' is the English 'shortly before', 1 to 7 days before, pinned "
        "exactly by test_dates_round13_spanish ('poco antes del 14 de mayo de 2025' = May "
        "7-13); this writer starts at 2 days, so Oct 30 falls outside (the 'unos / pocos días "
        "antes' wording, 2-10 days, is read as this writer's rule since class 3)"
    ),
    "en pleno Mundial, el mero día que jugó México el partido inaugural, imagínese, yo con el dolor y todos viendo el fut en la sala de espera": (
        "a one-off event (the 2026 World Cup's opening match, 11 June) is dated only by a "
        "table of events, which the reader does not keep; no rule computes it"
    ),
}
# Held-back rows (position in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({10, 3})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
