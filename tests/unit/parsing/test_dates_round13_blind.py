"""Dates, round 13: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round13_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Thursday 2026-12-03,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-03).
First sight, before any change (dates.py at e5a1efb): tuned 48 of 80, held back 14 of 20.
The six held-back rows failing then (indexes 2, 3, 7, 8, 12, 13 of the held back) are
strict xfails, unread. (While opening the rows file, its first ten lines were shown once,
which include held-back rows 0 and 1; both pass at first sight and were not worked on.)
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse
from bot.law import DateSpec
from tests.support.blind_rows import held_back_params, split, tuned_params
from tests.unit.parsing.dates_round13_rows import ROWS

TODAY = date(2026, 12, 3)  # a Thursday
INC = "incident_date"

_OPEN = "missed at first sight, not yet fixed"
# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "It was during Passover this year": _OPEN,
    "in ramadan this year, i was fasting when the pain start": _OPEN,
    "diwali this year, in november. we were lighting diyas when she fell": _OPEN,
    "first day of rosh hashana this year": _OPEN,
    "on yom kippur this year, during the fast": _OPEN,
    "the day of lunar new year 2026, we were all at my aunt's house": _OPEN,
    "right after my birthday which is march 2": _OPEN,
    "My mother's funeral was January 9th. It was the morning after.": _OPEN,
    "I was 12, so like 2014? maybe 2015": _OPEN,
    "when she was 3, she's 7 now": _OPEN,
    "i was 16. im 19 now": _OPEN,
    "I was 45 at the time, born 1970": _OPEN,
    "mi mamá tenía 80 años, she was born 3/14/1945": _OPEN,
    "when my daughter was in 3rd grade, she is in 6th grade now": _OPEN,
    "i was 8 years old, im 40 now": _OPEN,
    "week before thanksgiving, thu or fri": _OPEN,
    "two weeks ago, the thursday": _OPEN,
    "last month on a monday, the first one": _OPEN,
    "early last month, a friday, i think the 1st or 2nd friday": _OPEN,
    "in october, the last sunday of it": _OPEN,
    "feb 28? no, march 1st 2025": _OPEN,
    "two weeks ago, wait no three weeks ago, on the monday": _OPEN,
    "mid to late june 2025": _OPEN,
    "sometime between christmas and new years last year": _OPEN,
    "spring break, the week of march 16 2026": _OPEN,
    "the night of game 7 of the world series in 2025": _OPEN,
    "thanksgiving break 2024, the kids were off wed to fri": _OPEN,
    "during march madness this year, the first round": _OPEN,
    "about 3 weeks ago": _OPEN,
    "6 months ago almost exactly": _OPEN,
    "0630 on 11 Aug 25": _OPEN,
    "the night of 9/30 into 10/1 this year, around 2am": _OPEN,
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({2, 3, 7, 8, 12, 13})

# Rows of our own, one class per block, in other words than the blind rows.
OWN_ROWS: list[tuple[str, str, str]] = [
    ("placeholder, march 3 2025", "2025-03-03", "2025-03-03"),
]


def check_window(text: str, earliest: str, latest: str) -> None:
    """The answer's span lies inside earliest..latest; with no window, no date is read."""
    got = parse(INC, text, TODAY)
    if not earliest:
        assert not got.ok or not got.values.get(INC), got.values
        return
    assert got.ok, got.error
    spec = DateSpec.from_slot(str(got.values[INC]))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (got.values[INC], earliest, latest)


TUNED, HELD = split(ROWS)
FIELDS = ("text", "earliest", "latest")


@pytest.mark.parametrize(FIELDS, tuned_params(TUNED, STILL_MISSED))
def test_tuned(text: str, earliest: str, latest: str) -> None:
    check_window(text, earliest, latest)


@pytest.mark.parametrize(FIELDS, held_back_params(HELD, HELD_BACK_MISSED))
def test_held_back(text: str, earliest: str, latest: str) -> None:
    check_window(text, earliest, latest)


@pytest.mark.parametrize(FIELDS, OWN_ROWS, ids=[r[0][:50] for r in OWN_ROWS])
def test_own_rows(text: str, earliest: str, latest: str) -> None:
    check_window(text, earliest, latest)
