"""Dates, round 16: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round16_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Friday 2026-12-04,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-04).
First sight, before any change this round, at 016db7d: tuned 67 of 80, held back 17 of 20.
The three held-back rows failing then (indexes 12, 13 and 17 of the held back) are strict
xfails; only their count and indexes were taken.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round16_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "end of january this year": "failing at first sight, not yet sorted",
    "mid july 2025": "failing at first sight, not yet sorted",
    "2 wks ago": "failing at first sight, not yet sorted",
    "about 18 months ago": "failing at first sight, not yet sorted",
    "a week ago today": "failing at first sight, not yet sorted",
    "like 2yrs ago": "failing at first sight, not yet sorted",
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({12, 13, 17})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
