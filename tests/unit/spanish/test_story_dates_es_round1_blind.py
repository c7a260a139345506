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
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts
from bot.law import DateSpec
from tests.support import blind_rows
from tests.unit.spanish.story_dates_es_round1_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "the story's care date is not read (asked): "
_WRONG = "WRONG: "
# Tuned rows still failing (index -> why); strict xfails.
STILL_OPEN: dict[int, str] = {
    0: _ASKED + "a fall on Sunday night left until Monday: weekdays are not read in a story",
    1: _ASKED + "a stay (del 3 al 10 de marzo) and the day in it (el día 5)",
    2: _ASKED + "an age then and now (cuando tenía 34 ... ahora tengo 36)",
    5: _WRONG + "'el día de acción de gracias' read as Thanksgiving week, not the day",
    6: _ASKED + "the death is dated (murió el 2 de enero) beside the care's date",
    7: _WRONG + "'Semana Santa' read as the week around Easter, not Palm Sunday to Easter Sunday",
    9: _ASKED + "'el lunes 16 de noviembre': a weekday before the day is not read",
    11: _ASKED + "two months, the care's (abril) and the harm's (mayo)",
    14: _ASKED + "the care's date and the discovery's (lo descubrieron ayer)",
    15: _ASKED + "a written date '10/23' is not read in a story",
    16: _WRONG + "'el 3/8' not read; the discovery's month (en noviembre me encontré) taken",
    17: _ASKED + "'el día de muertos' is not read",
    19: _ASKED + "'el martes pasado': weekdays are not read in a story",
    20: _ASKED + "a season narrowed to two months (enero o febrero)",
    22: _ASKED + "the death is dated (murió el 15 de noviembre) beside the visits' month",
    25: _ASKED + "'ya es diciembre' (the present) counted as a second date",
    29: _ASKED + "a death today after an operation on Monday: weekdays are not read",
    30: _ASKED + "the care's month and the discovery's (en septiembre otra doctora vio)",
    34: _WRONG
    + "'a mediados de septiembre' read 10-20 (the English 'mid'); the writer takes 11-20",
    35: _ASKED + "a stay 'del 14 al 20 de julio' is not read",
    36: _WRONG + "'el miércoles de la semana pasada' read as last week, not that Wednesday",
    37: _WRONG + "the discovery's month (el mes pasado me enteré) taken as the care's",
    39: _WRONG + "a birthday (cumplió 2 años el 15 de octubre) taken for the birth",
    40: _ASKED + "a month taken back (abril, no, en mayo, después del día de las madres)",
    41: _WRONG + "'hace años' read as two to four years back",
    42: _ASKED + "background years (diabetes desde el 2010) counted beside the care's day",
    44: _ASKED + "'este otoño' is not read",
    46: _WRONG + "'la semana pasada' read as seven days around a week back, into this week",
    51: _WRONG + "'hoy hace un año exacto' read as a year back, three months either side",
    52: _ASKED + "'hace un año, antes de navidad': two dates",
    56: _WRONG + "the discovery's month (en junio me dijeron que) taken as the care's",
    59: _ASKED + "an age then and now (cuando tenía 40 ... ahora tengo 41)",
    65: _ASKED + "'a principios de año' is not read",
    67: _WRONG + "'Semana Santa del año pasado' read as the week around Easter",
}
# Held-back rows (index in the round) still failing: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({3, 18, 23, 38, 48, 53, 68})


def check_story(text: str, earliest: str, latest: str) -> None:
    """The story's incident date lies in the window; a no-date row gives none."""
    got = story_facts(text, TODAY, "es").get("incident_date")
    if not earliest:
        assert not got, got
        return
    assert got, "no incident date read from the story"
    spec = DateSpec.from_slot(str(got))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (got, earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"), blind_rows.tuned_params_by_index(ROWS, STILL_OPEN)
)
def test_tuned(text: str, earliest: str, latest: str) -> None:
    check_story(text, earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"), blind_rows.held_back_only_params(ROWS, HELD_BACK_MISSED)
)
def test_held_back(text: str, earliest: str, latest: str) -> None:
    check_story(text, earliest, latest)
