"""Spanish stories, round 2: 70 blind first messages and the incident window they allow.

The rows (tests/unit/spanish/story_dates_es_round2_rows.py) were written by a session that
had not read the product; each is (first message, earliest, latest) counted from Friday
2026-12-04, "" "" for a story with no usable incident date. Each is read as the intake reads
a Spanish opening story (bot.intake.multilingual.story_facts(text, today, "es"), i.e.
bot/intake/es/story.py). A row passes if the story's incident_date span lies inside the
window, or, for a no-date row, if the story gives no incident date. A story date not read
only costs the question "¿cuándo pasó esto?"; a wrong one is a silent error in the lead.
Every fifth row from the fourth is held back (tests/support/blind_rows); held-back rows are
named by index only and never read or worked on.

Figures. First sight (main at 82e4614): tuned 27 of 56 right, 15 asked, 14 wrong; held back
8 of 14 right (indexes 13, 18, 23, 43, 48, 53 are strict xfails, unread).

The wrong readings first, then the asked ones, sorted into classes and fixed in
bot/intake/es/story_dates.py and story.py for more wordings than the rows
(tests/unit/spanish/test_story_dates_es_round2_classes.py):
wrong: a birthday in the diminutive or the first person ("cumple 3 añitos el 20 de
diciembre", "cumplo 42 el 9 de marzo") read as the care; a date taken back ("el jueves 15
de octubre, no espera, fue el 16"; a month, a year or a full date too); "el 3 y el 8 de
marzo" read as the 8th (now two dates, asked; "el 3 o el 4" the span); a later day of a
stay after an admission ("me internaron el 3 ... y el 5 una enfermera"); a child's age
then from the birth date ("nació el 14 de julio ... cuando tenía 3 semanas de nacida");
a care said to go well then a later one ("quedó bien, pero el 22 de enero en la terapia";
"salió bien, pero a los 3 días en la revisión"); "la semana antes de que ..., el lunes 10
de agosto"; "después del 4 de julio" read as the day (now the week after with "justo",
"poco", "unos días", a bound otherwise); a fiesta of a year said ("el día de las madres
del 2024" was this year's); "en Navidad" read as the week (now the day give or take one, as
the Spanish answer reader).
asked: "el lunes 30" (a weekday with a day number); a month narrowed at once ("en junio..
no, en julio, justo después del 4 de julio"); a part of the body dying ("se me murió parte
del pie") is no death; a letter telling it ("recibí una carta ... el 20 de noviembre"); an
age then in months and the age now in years; a child's age now with an injury at birth;
visits in three months in a row; the harm striking ("ayer me dio el infarto", "se me
reventó en septiembre") and a move ("nos mudamos ... hace como 2 años") left out when
another date is told; an age said first ("tenía 17 años cuando ...") and with a season;
the last of the mending operations ("la última fue en mayo").

After these classes (at the commit that adds this figure): tuned 47 of 56 right, 2 asked,
7 wrong by the writer's window and kept as read (the house's widths, with why below); held
back 8 of 14 right (the same 6 fail; none was read or worked on).
"""

from __future__ import annotations

from datetime import date

from tests.support.story_rows import story_round_tests
from tests.unit.spanish.story_dates_es_round2_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "the story's care date is not read (asked): "
_HOUSE = "the house reading, kept: "
# Tuned rows still failing (index -> why); strict xfails.
STILL_OPEN: dict[int, str] = {
    2: _HOUSE + "'a finales de septiembre' is the 20th to the end, as the Spanish answer "
    "reader and the English 'late September'; the writer takes the 21st",
    6: _ASKED + "neglect over the week before a bare Sunday ('el domingo que fuimos a verla "
    "... en toda la semana'): a bare weekday is not read",
    9: _HOUSE + "'el 10/11' is read either way (October 11 to November 10), as round 1 kept "
    "'el 3/8'; the writer reads day first",
    14: _HOUSE + "'en navidad' is December 24 to 26, as the Spanish answer reader ('en "
    "Navidad': the day, give or take one, Christmas Eve being the feast for many); the "
    "writer takes the 25th",
    21: _HOUSE + "'hace 4 meses' is a calendar month either side, as the answer readers and "
    "the English '4 months ago' (pinned in tests/unit/parsing); the writer takes 15 days",
    35: _HOUSE + "'hace un año' is six months either side, as the Spanish answer reader; the "
    "writer takes a month",
    37: _HOUSE + "'a mediados de febrero' is the 10th to the 20th, as round 1 kept; the "
    "writer takes the 11th",
    60: _HOUSE + "'hace una semana' is 4 days either side, as the answer readers and the "
    "English 'a week ago'; the writer takes 3",
    61: _ASKED + "a bare weekday taken back ('el viernes, digo el sábado'): the first is "
    "dropped, and a bare weekday is not read",
}
# Held-back rows (index in the round) still failing: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({13, 18, 23, 43, 48, 53})

test_tuned, test_held_back = story_round_tests(ROWS, TODAY, STILL_OPEN, HELD_BACK_MISSED, "es")
