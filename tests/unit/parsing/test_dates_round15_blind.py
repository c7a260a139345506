"""Dates, round 15: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round15_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Friday 2026-12-04,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-04).
First sight, before any change this round:
- at 0142e29 (before the session of 2026-12-04; run from a worktree, its dates.py checked
  to be the one read): tuned 69 of 80, held back 18 of 20;
- at f2080bc (a count said read four days either side for a few weeks, two weeks for one
  to three months): tuned 69 of 80, held back 18 of 20. The same eleven tuned rows and the
  same two held-back rows fail at both ("like 3 wks ago" passes at both: a week either side
  of three weeks, or four days, both lie inside its window).
The two held-back rows failing then (indexes 6 and 13 of the held back) are strict xfails;
only their count and indexes were taken.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows
from tests.support.blind_rows import held_back_params, split, tuned_params
from tests.unit.parsing.dates_round15_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "about a week ago": "TODO",
    "lst week": (
        "'lst' is read as 'last' (class 4), but 'last week' is the seven days around the day "
        "a week back (Nov 24-30 said on this Friday), pinned exactly by round 5 ('last wk' "
        "said on a Thursday is Monday to Sunday) and by the Spanish blind rows ('la semana "
        "pasada'); the writer reads the previous calendar week, Nov 22-29"
    ),
    "earlier this month": "TODO",
    "My husband had his knee replaced on the 20th of January this year and the infection "
    "started a week later.": "TODO",
    "its been going on for years": "TODO",
    "last friday, no sorry, the friday before that": "TODO",
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({6, 13})


def check_window(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)


TUNED, HELD = split(ROWS)
FIELDS = ("text", "earliest", "latest")


@pytest.mark.parametrize(FIELDS, tuned_params(TUNED, STILL_MISSED))
def test_tuned(text: str, earliest: str, latest: str) -> None:
    check_window(text, earliest, latest)


@pytest.mark.parametrize(FIELDS, held_back_params(HELD, HELD_BACK_MISSED))
def test_held_back(text: str, earliest: str, latest: str) -> None:
    check_window(text, earliest, latest)
