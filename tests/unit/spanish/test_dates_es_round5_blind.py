"""Spanish dates, round 5: 70 blind answers to "¿Cuándo pasó esto?" and the windows they allow.

The rows (tests/unit/spanish/dates_es_round5_rows.py) were written by a session that had
not read the date reader; each is (answer, earliest, latest) counted from Friday
2026-12-04, "" "" for an answer with no usable date. Each is read as the intake reads the
incident-date answer in Spanish (bot.intake.multilingual.parse_answer(..., "es"), i.e.
bot/intake/es/answers.py and bot/intake/es/dates.py); the rows marked "learned" are
read the same way. A reading passes if its span lies inside the window; a no-date row passes
if the answer does not parse or parses to no incident date. Every fifth row from the fourth
is held back (tests/support/blind_rows.split); held-back rows are named by index only and
never worked on.

Figures. First sight, before any change to the reader this round (at 4cfe71d, the commit
that adds the rows): tuned 43 of 56, held back 12 of 14. The two held-back rows failing
then (positions 4 and 12 of the held back) are strict xfails; only their count and
positions were taken.

The thirteen tuned failures, sorted into classes; those fixed are fixed for more wordings
than the rows (tests/unit/spanish/test_dates_es_round5_classes.py):
1. Feast days on a fixed date the US calendar lacks ("el día de la Virgen de Guadalupe",
   "los santos inocentes", "la candelaria", "San Juan", "la noche del grito"). 1 row.
2. A part of a month said after the month ("el mes pasado, a mediados"). 1 row.
3. A day and month with a two-figure year ("9 mar 25"): that year, not the day's latest. 1 row.
4. A count back either of two ("hace 5 o 6 semanas"): read as the English "5 or 6 weeks
   ago" (was unread). 1 row, read since but still missed (see STILL_MISSED).
5. A count before or after a day ("tres días antes del 20 de marzo": the units were left in
   Spanish, so the count was lost), and from an event the answer dates after it ("... de mi
   cumpleaños, que es el 20 de marzo", "... de que di a luz, di a luz el 30"). 2 rows.
6. "la semana antepasada": the calendar week before last, as "la semana pasada" is the one
   before this and the English "the week before last" (was fourteen days back, three either
   side; the pin in test_spanish_dates_blind, written after reading the reader, left out the
   Friday the same file pins as that week's, and is moved). 1 row.
7. Days said beside a date they are near ("justo antes de navidad, como el 22 o 23"): those
   days, in the month that puts them on the side said, within ten days. 1 row.
8. "ahí fue que supe", "ese fue el día que": the English "that's when", pointing at the day
   said just before it. 1 row.
9. The eve said just after its holiday ("en navidad del 2024, pasamos la nochebuena"): the
   eve, in the holiday's year. 1 row.
10. "years back" (said in English): a time back with no count is no date, as "years ago"
    (dateparser made it a Tuesday); bot/intake/dates.py, one pattern. 1 row.
Left as pinned elsewhere (STILL_MISSED says which and why): "en thanksgiving" (the days
around it), "un par de días" (two to four days back) and "5 o 6 semanas" (half a week
either side, four days at the far end).

After classes 1-10 (at the commit that adds this figure): tuned 53 of 56, held back 12 of 14
(the same two held-back rows fail; none was worked on or read).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round5_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "en thanksgiving, ni pudimos comer el pavo": (
        "'en thanksgiving' is 'at Thanksgiving', the days around it (Nov 23-29), pinned by "
        "test_story_dates_es_classes ('en acción de gracias' is not the day) and the English "
        "'at Thanksgiving'; 'el día de acción de gracias' is the day. The writer takes the "
        "turkey as the dinner's day"
    ),
    "hace un par de dias nomas": (
        "'a couple of days ago' is two to four days back (Nov 30 - Dec 2), pinned by "
        "test_dates_round14_blind (D) and test_dates_blind_round5 ('couple days ago'); the "
        "writer allows two to three"
    ),
    "como hace 5 o 6 semanas": (
        "read since class 4 as 'about 5 or 6 weeks ago', Oct 19 - Nov 2: 'N or M weeks ago' "
        "adds half a week either side, four days at the far end (pinned by round 6, 'maybe 2 "
        "or 3 weeks ago', and round 14, 'like 5 or 6 weeks ago'); the writer allows three"
    ),
}
# Held-back rows (position in the held back) still failing: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({4, 12})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
