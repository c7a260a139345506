"""Spanish stories, round 1: 70 blind first messages and the incident window they allow.

The rows (tests/unit/spanish/story_dates_es_round1_rows.py) were written by a session that
had not read the product; each is (first message, earliest, latest) counted from Friday
2026-12-04, "" "" for a story with no usable incident date. Each is read as the intake reads
a Spanish opening story (bot.intake.multilingual.story_facts(text, today, "es"), i.e.
bot/intake/es/story.py). A row passes if the story's incident_date span lies inside the
window, or, for a no-date row, if the story gives no incident date. A story date not read
only costs the question "¿cuándo pasó esto?"; a wrong one is a silent error in the lead.
Every fifth row from the fourth is held back (tests/support/blind_rows); held-back rows are
named by index only and never read or worked on.

Figures. First sight (main at d930c68): tuned 22 of 56 right, 22 asked, 9 wrong, 3 wrong
on a no-date row; held back 7 of 14 right (indexes 3, 18, 23, 38, 48, 53, 68 are strict
xfails, unread).

The twelve wrong readings and the asked ones, sorted into classes, fixed in
bot/intake/es/story_dates.py (read before the English finder, from today) for more
wordings than the rows (tests/unit/spanish/test_story_dates_es_classes.py):
wrong: "el día de acción de gracias" the day (not the week); "Semana Santa" Palm Sunday to
Easter Sunday, of the year said; "el miércoles de la semana pasada" that day; "la semana
pasada" the calendar week before this one (Sunday 11-22 to Sunday 11-29, both week starts;
the answer reader keeps the English "last week"); "hoy hace un año exacto" that day; a
date said with a finding out ("el mes pasado me enteré", "en junio me dijeron que", "lo
descubrieron ayer", not a diagnosis told) left out; a birthday ("cumplió 2 años el 15 de
octubre") the birth when a birth is told, else no date; "hace años" no date; a day
written in numbers ("el 10/23", "el 25/7"; both readings kept when either fits).
asked: "el martes pasado"; "el lunes 16 de noviembre"; a day said alone between commas
("el día de mi cumple, 22 de agosto,"); "en enero o febrero"; "el día de muertos"; "este
otoño"; "a principios de año"; a stay ("del 14 al 20 de julio") and a day singled out in it ("el
día 5"); an age then and now; a dated death ("murió el 2 de enero") leaving the other date
to the care; background ("desde el 2010") and the present ("ya es diciembre") left out.
Only bot/intake/es/dates.py's story words changed beside (the Thanksgiving day);
bot/intake/story.py and bot/intake/dates.py are untouched.

After these classes (at the commit that adds this figure): tuned 47 of 56 right, 7 asked,
2 wrong by the writer's window and kept as read (row 16, "el 3/8" read either way; row 34,
"a mediados" from the 10th, both with why below), none wrong on a no-date row; held back
7 of 14 right (the same 7 fail; none was read or worked on).

After round 2's classes (tests/unit/spanish/test_story_dates_es_round2_blind.py): held back
10 of 14 right; held-back rows 3, 38 and 68 began to pass (XPASS) and were taken off the
strict xfails by index, unread.
"""

from __future__ import annotations

from datetime import date

from tests.support.story_rows import story_round_tests
from tests.unit.spanish.story_dates_es_round1_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "the story's care date is not read (asked): "
# Tuned rows still failing (index -> why); strict xfails.
STILL_OPEN: dict[int, str] = {
    0: _ASKED + "a fall on Sunday night left until Monday: a bare weekday is not read",
    11: _ASKED + "two months, the care's (abril) and the harm's (mayo)",
    16: (
        "'el 3/8' is read either way (March 8 to August 3), as the Spanish answer reader "
        "keeps '3/10/2024': day first is the Latin American habit, month first the US one; "
        "the range is wide, so the date is asked again and the limitation counts from the "
        "earlier; the writer reads day first"
    ),
    20: _ASKED + "a season narrowed to two months (el invierno pasado ... en enero o febrero)",
    29: _ASKED + "a death today after an operation on Monday: a bare weekday is not read",
    30: _ASKED + "the care's month and the month another doctor saw the result (en septiembre)",
    34: (
        "'a mediados de septiembre' is the 10th to the 20th, as the Spanish answer reader "
        "and the English 'mid September' read it; the writer takes the 11th"
    ),
    40: _ASKED + "a month taken back (abril, no, en mayo, después del día de las madres)",
    52: _ASKED + "'hace un año, antes de navidad': two dates",
}
# Held-back rows (index in the round) still failing: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({18, 23, 48, 53})

test_tuned, test_held_back = story_round_tests(ROWS, TODAY, STILL_OPEN, HELD_BACK_MISSED, "es")
