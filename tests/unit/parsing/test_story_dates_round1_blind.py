"""Story dates, round 1: 100 blind opening stories and the incident window their words allow.

The rows (tests/unit/parsing/story_dates_round1_rows.py) were written on 2026-12-04 by a
session that had not read the product; each is (story, earliest, latest) counted from
Friday 2026-12-04, "" "" for a story with no usable incident date. The story is read as the
intake reads a first message (bot.intake.multilingual.story_facts, English). A row is right
when the incident_date taken lies inside the window, or, for a "" "" row, when none is
taken. A story date not taken only costs the date question; a wrong one is a silent error
in the lead and the deadline, so wrong readings were fixed first. Every fifth row from the
fourth is held back (tests/support/blind_rows.split): named by index only, never read.

Figures. First sight, at d930c68, before any change: tuned 80: right 32, asked (no date
taken) 36, wrong 10, wrong on a no-date row 2; held back 20: right 7 (the thirteen not right
are strict xfails, by their index in the round, unread).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts
from bot.law import DateSpec
from tests.support import blind_rows
from tests.unit.parsing.story_dates_round1_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "no date taken from the story: the date question is asked"
# Tuned rows still failing (index in the round -> why); strict xfails.
STILL_MISSED: dict[int, str] = {
    0: _ASKED + " (a bare weekday)",
    1: _ASKED + " (two dates: the care and the biopsy that found it)",
    4: _ASKED + " (two dates: the visit and the harm after it)",
    6: _ASKED + " (an age then and now)",
    9: "wrong: a date corrected inside the story",
    10: _ASKED + " (a span of missed care between two dates)",
    15: "wrong: the later admission date taken for the care",
    16: _ASKED + " ('this morning')",
    17: _ASKED + " ('last night')",
    20: _ASKED + " (a bare day of the month)",
    24: _ASKED + " (a season and a month for repeated misses)",
    25: _ASKED + " (a day counted from a birthday)",
    29: "wrong: a weekday in a week of a holiday read as the week",
    31: _ASKED + " (a stay from one date to another)",
    32: _ASKED + " (the nth day of a stay)",
    34: _ASKED + " (the day after a birth, counted from an age now)",
    35: "wrong on a no-date row: 'over a year ago' taken as a date",
    36: "wrong: the later harm date taken for the care",
    37: _ASKED + " ('the night of the Fourth')",
    40: _ASKED + " (an age then and now)",
    42: _ASKED + " (care, return and death dates)",
    44: "wrong: a due date taken for the care",
    47: _ASKED + " (a bare numeric month/day)",
    49: _ASKED + " (care years ago, records last month)",
    52: _ASKED + " (two visits and the harm after them)",
    54: _ASKED + " (weekday names of a stay)",
    57: _ASKED + " (a season counted from a graduation)",
    60: _ASKED + " (a weekday named by its date later)",
    61: "wrong: 'N weeks ago <weekday>' read as a week",
    62: _ASKED + " (the care year and a later treatment date)",
    64: _ASKED + " (a hedged count of years)",
    65: _ASKED + " (a day counted back from a death)",
    67: _ASKED + " (care and admission dates)",
    69: _ASKED + " (a corrected weekday and day)",
    70: _ASKED + " (an age then and now)",
    75: _ASKED + " (the care season and a later second opinion)",
    76: _ASKED + " (a bare day of the month beside a later one)",
    77: _ASKED + " (a weekday and day found, the night before)",
    79: "wrong: the death date taken for the care",
    80: _ASKED + " (the nth week of a stay)",
    82: _ASKED + " (visits in April and on June 1)",
    84: "wrong: 'in her last week' before a death read as last week",
    89: "wrong on a no-date row: the date a letter came taken for the care",
    90: _ASKED + " (the week before a date)",
    91: _ASKED + " (an age in weeks counted from a birth date)",
    95: "wrong: 'the same week as the eclipse in April 2024' read as the month",
    97: _ASKED + " ('at the end of october')",
    99: "wrong: 'Mother's Day weekend' read as three days, the writer's two",
}
# Held-back rows (index in the round) not right at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({3, 18, 23, 28, 38, 48, 58, 63, 68, 73, 83, 93, 98})

FIELDS = ("text", "earliest", "latest")
_HELD = blind_rows.split(ROWS)[1]


def check(text: str, earliest: str, latest: str) -> None:
    """The story's incident date lies inside the window; none is taken for a "" "" row."""
    taken = story_facts(text, TODAY, "en").get("incident_date")
    if not earliest:
        assert not taken, taken
        return
    assert taken, "no incident date taken"
    spec = DateSpec.from_slot(str(taken))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (taken, earliest, latest)


@pytest.mark.parametrize(FIELDS, blind_rows.tuned_params_by_index(ROWS, STILL_MISSED))
def test_tuned(text: str, earliest: str, latest: str) -> None:
    check(text, earliest, latest)


@pytest.mark.parametrize(
    FIELDS, blind_rows.held_back_params(_HELD, frozenset(i // 5 for i in HELD_BACK_MISSED))
)
def test_held_back(text: str, earliest: str, latest: str) -> None:
    check(text, earliest, latest)
