# ruff: noqa: E501
"""Story dates, round 3: 100 blind opening stories and the incident window their words allow.

The rows (tests/unit/parsing/story_dates_round3_rows.py) were written on 2026-12-05 by a
session that had not read the product; each is (story, earliest, latest) counted from
Saturday 2026-12-05, "" "" for a story with no usable incident date. The story is read as the
intake reads a first message (bot.intake.multilingual.story_facts, English). A row is right
when the incident_date taken lies inside the window, or, for a "" "" row, when none is
taken. A date not taken only costs the date question ("asked"); a wrong one is a silent
error in the lead and the deadline. Every fifth row from the fourth is held back
(tests/support/blind_rows.split): named by index only, never read.

Figures. First sight, at 7878773, before any change: tuned 80: right 55, asked 12, wrong 13;
held back 20: right 12, asked 5, wrong 3 (the eight not right are strict xfails, by their
index in the round, unread). (Round 2's first sight: tuned 39 / 23 / 18.)
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import blind_rows
from tests.support.story_rows import check_story_window
from tests.unit.parsing.story_dates_round3_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

_FIRST_SIGHT = "not right at first sight; not yet sorted into a class"
# Tuned rows still failing (index in the round -> why); strict xfails.
STILL_MISSED: dict[int, str] = {
    2: _FIRST_SIGHT,
    5: _FIRST_SIGHT,
    7: _FIRST_SIGHT,
    16: _FIRST_SIGHT,
    19: _FIRST_SIGHT,
    21: _FIRST_SIGHT,
    27: _FIRST_SIGHT,
    30: _FIRST_SIGHT,
    31: _FIRST_SIGHT,
    44: _FIRST_SIGHT,
    47: _FIRST_SIGHT,
    51: _FIRST_SIGHT,
    52: _FIRST_SIGHT,
    56: _FIRST_SIGHT,
    60: _FIRST_SIGHT,
    64: _FIRST_SIGHT,
    67: _FIRST_SIGHT,
    79: _FIRST_SIGHT,
    80: _FIRST_SIGHT,
    86: _FIRST_SIGHT,
    87: _FIRST_SIGHT,
    90: _FIRST_SIGHT,
    92: _FIRST_SIGHT,
    95: _FIRST_SIGHT,
    97: _FIRST_SIGHT,
}
# Held-back rows (index in the round) not right at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({68, 78, 18, 83, 53, 23, 28, 63})

FIELDS = ("text", "earliest", "latest")
_HELD = blind_rows.split(ROWS)[1]


def check(text: str, earliest: str, latest: str) -> None:
    check_story_window(text, earliest, latest, TODAY, "en")


@pytest.mark.parametrize(FIELDS, blind_rows.tuned_params_by_index(ROWS, STILL_MISSED))
def test_tuned(text: str, earliest: str, latest: str) -> None:
    check(text, earliest, latest)


@pytest.mark.parametrize(
    FIELDS, blind_rows.held_back_params(_HELD, frozenset(i // 5 for i in HELD_BACK_MISSED))
)
def test_held_back(text: str, earliest: str, latest: str) -> None:
    check(text, earliest, latest)
