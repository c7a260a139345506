"""Dates, round 8: a day told against a named anchor, and calendar expressions.

A blind benchmark round (visitors' today: Wednesday, December 2, 2026) stored the anchor
instead of the day ("the wedding was Saturday the 19th, so it was the Friday night"), the
last Sunday before today for "MLK weekend ... the Sunday", the month for "the last Sunday
of August", and two months for "about a month ago". The rows below are new wordings of
those classes, written before reading how the reader scores them:

A. A day told as an offset from an anchor (a date, a holiday, a holiday weekend): "the
   Saturday" of the weekend named, "the Friday night" beside a Saturday named in another
   clause, "the Thursday before" / "the Tuesday after" an anchor said earlier, "the night
   before it", "N days after / before <holiday>", "... and two days later" after a holiday
   or a weekday-before-a-holiday, and the later event told beside a "since <date>" (the
   start of a stay is not the incident).
C. Calendar expressions: "the last Sunday of August", "the first Monday in June" (the
   Nth weekday of a month), "the last weekend of June" (its Saturday and Sunday), "the
   second week of May", and "about a month ago" as about a month back, give or take two
   weeks (as "about N weeks ago" is N weeks give or take one), not two months.

An expectation is ``Exactly(lo, hi)`` (the stored slot reads back as exactly that first
and last day), ``Within(lo, hi)`` (a loose answer: both ends inside) or ``ASK``.
Every fifth row of ROWS (index % 5 == 3) was set aside as held back before any scoring;
only its count is read. NEGATIVES are answers whose reading must not change.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-02).
First sight, before any change (dates.py at 00777ff): tuned 12 of 56 (21.4%), held back
2 of 14 (14.3%), negatives 21 of 21. After the fixes: tuned 53 of 56 (94.6%), held back
12 of 14 (85.7%), negatives 21 of 21. Fixed: a weekday told as its own clause against an
anchor said elsewhere (a date, a holiday, a holiday weekend; "before"/"after (it)" or the
one inside the anchor or at most two days off); "the <weekday> of <holiday> weekend";
"MLK (weekend)" and "Martin Luther King (weekend)" as holiday names; an exact count of
days from a holiday ("three days after Christmas") as one day; "... <holiday>, and two
days later" and "<holiday>, then the next morning" counted from the holiday's day; "the
night before it"; a "since <date or holiday>" clause dropped when another date is told;
the Nth (or last) weekday and weekend of a month.
Not committed: "about a month ago" as a month back give or take two weeks. The change
(one branch in _ago) turns tests/unit/spanish/test_spanish_dates_blind.py red, which pins
"hace un mes" and "hace menos de un mes" to the old two-month window, so the three tuned
month rows are strict xfails here and held-back row 13 (a month row, known by its index)
fails with them. With that change applied: tuned 56 of 56, held back 13 of 14.
Held-back row 7 fails, unread and not fixed against (a -x test run once printed its
assertion values).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.date_rows import (
    ASK,
    DIS,
    INC,
    Exactly,
    Expected,
    Within,
    check,
    day,
    held_back_params,
    split,
    tuned_params,
)

TODAY = date(2026, 12, 2)  # a Wednesday


# About a month back from December 2: November 2, give or take two weeks (and a little).
MONTH_BACK = Within("2026-10-16", "2026-11-18")

ROWS: list[tuple[str, str, Expected]] = [
    # A. a weekday told against a date or a holiday (weekend) named in another clause
    (
        INC,
        "My niece's graduation was Sunday the 14th of June, so this was the Saturday.",
        day("2026-06-13"),
    ),
    (
        INC,
        "The party was Saturday, October 10th; he fell the Friday night before it.",
        day("2026-10-09"),
    ),
    (INC, "We flew home on the 3rd of July. It happened the Thursday.", day("2026-07-02")),
    (INC, "Labor Day weekend, the Sunday", day("2026-09-06")),
    (INC, "It was over Memorial Day weekend, on the Saturday", day("2026-05-23")),
    (INC, "Thanksgiving weekend. The Saturday, I'm pretty sure.", day("2026-11-28")),
    (INC, "Presidents Day weekend, the Sunday morning", day("2026-02-15")),
    (INC, "Easter weekend - the Friday", day("2026-04-03")),
    (INC, "the Sunday of Columbus Day weekend", day("2026-10-11")),
    (INC, "Saturday of Fourth of July weekend", day("2026-07-04")),
    (INC, "the Monday of MLK weekend last year", day("2025-01-20")),
    (INC, "It was Halloween weekend, the Friday", day("2026-10-30")),
    (INC, "the weekend of my son's birthday, August 8th. The Sunday.", day("2026-08-09")),
    (INC, "Mother's Day was that Sunday and he collapsed the Friday before", day("2026-05-08")),
    (INC, "around Valentine's Day, the Thursday before", day("2026-02-12")),
    (
        INC,
        "The recital was Friday, May 15th, and the fall was the Wednesday before that.",
        day("2026-05-13"),
    ),
    (
        INC,
        "we came back from the lake on the 23rd of August and she got sick the Tuesday after",
        day("2026-08-25"),
    ),
    (
        INC,
        "Christmas was on a Thursday last year and the pharmacy mixed it up the Monday after",
        day("2025-12-29"),
    ),
    (INC, "the Saturday of Super Bowl weekend", day("2026-02-07")),
    (INC, "we had Thanksgiving at my sister's and on the Saturday he fell", day("2026-11-28")),
    (INC, "Martin Luther King weekend, the Saturday night", day("2026-01-17")),
    (INC, "Over Presidents' Day weekend, on the Monday", day("2026-02-16")),
    (INC, "the Friday of Labor Day weekend", day("2026-09-04")),
    # A. a day counted from an anchor
    (INC, "My brother's wedding was September 12th. The night before it.", day("2026-09-11")),
    (INC, "the day before my surgery on October 6th", day("2026-10-05")),
    (INC, "three days after Christmas", day("2025-12-28")),
    (INC, "two days after the Fourth of July", day("2026-07-06")),
    (INC, "5 days before Thanksgiving", day("2026-11-21")),
    (INC, "We got home on Labor Day and two days later the incision opened up", day("2026-09-09")),
    (
        INC,
        "The surgery was the Monday before Easter, and four days later she was septic",
        day("2026-04-03"),
    ),
    (INC, "It was New Year's Day, then the next morning he couldn't breathe", day("2026-01-02")),
    (INC, "the night before Halloween", day("2026-10-30")),
    (INC, "the day after Mother's Day", day("2026-05-11")),
    (
        INC,
        "She was admitted on the 2nd of March and three days later they gave her the wrong drug",
        day("2026-03-05"),
    ),
    (INC, "Two days before the 15th of April", day("2026-04-13")),
    (INC, "the Wednesday after Labor Day", day("2026-09-09")),
    (INC, "the weekend after Mother's Day", Exactly("2026-05-16", "2026-05-17")),
    (INC, "the weekend before June 20th", Exactly("2026-06-13", "2026-06-14")),
    (INC, "The Friday before September 19th", day("2026-09-18")),
    (INC, "a day after Veterans Day", day("2026-11-12")),
    (INC, "the day before Juneteenth", day("2026-06-18")),
    (INC, "six days after Valentine's", day("2026-02-20")),
    (INC, "the night before the Super Bowl", day("2026-02-07")),
    (
        INC,
        "the party was Saturday the 10th of October and two days later he was in the ER",
        day("2026-10-12"),
    ),
    # A. the later event, not the start of a stay said with "since"
    (
        INC,
        "He'd been in rehab since the 2nd of February, and the fall was Presidents Day",
        day("2026-02-16"),
    ),
    (
        INC,
        "my dad's been at Oak Manor since the 9th of May; they dropped him Memorial Day",
        day("2026-05-25"),
    ),
    (
        INC,
        "since early January she was there; it happened the weekend of MLK day",
        Exactly("2026-01-17", "2026-01-19"),
    ),
    (INC, "He'd been staying there since Labor Day, it happened on Halloween", day("2026-10-31")),
    # C. the Nth weekday of a month
    (INC, "the last Saturday in August", day("2026-08-29")),
    (INC, "the first Monday in June", day("2026-06-01")),
    (INC, "the second Tuesday of March", day("2026-03-10")),
    (INC, "the third Friday in October 2025", day("2025-10-17")),
    (INC, "on the last Friday of January", day("2026-01-30")),
    (INC, "the first Sunday of November", day("2026-11-01")),
    (INC, "the 2nd Wednesday in September", day("2026-09-09")),
    (INC, "the first Saturday of December", day("2025-12-06")),
    (INC, "the fourth Thursday in July last year", day("2025-07-24")),
    (INC, "the final Monday in April", day("2026-04-27")),
    # C. the Nth weekend of a month: its Saturday and Sunday
    (INC, "the last weekend in June", Exactly("2026-06-27", "2026-06-28")),
    (INC, "the first weekend of March", Within("2026-02-28", "2026-03-08")),
    (INC, "the second weekend in October", Exactly("2026-10-10", "2026-10-11")),
    (INC, "the last weekend of April 2025", Exactly("2025-04-26", "2025-04-27")),
    (INC, "the first weekend in August", Exactly("2026-08-01", "2026-08-02")),
    (INC, "the third weekend of September", Exactly("2026-09-19", "2026-09-20")),
    # C. weeks of a month
    (INC, "the second week of May", Within("2026-05-03", "2026-05-16")),
    (INC, "the last week of July", Within("2026-07-19", "2026-07-31")),
    # C. about a month back
    (DIS, "roughly a month back", MONTH_BACK),
    (DIS, "a month ago, give or take", MONTH_BACK),
    (INC, "one month ago", MONTH_BACK),
    (DIS, "I found out about 1 month ago", MONTH_BACK),
]

NEGATIVES: list[tuple[str, str, Expected]] = [
    (INC, "last Sunday", day("2026-11-29")),
    (INC, "Saturday the 19th of September", day("2026-09-19")),
    (INC, "the Friday before Memorial Day", day("2026-05-22")),
    (INC, "two months ago", Exactly("2026-09-18", "2026-10-16")),
    (INC, "a couple of weeks ago", Exactly("2026-11-11", "2026-11-25")),
    (INC, "Easter weekend", Exactly("2026-04-04", "2026-04-06")),
    (INC, "a few days after Christmas", Exactly("2025-12-26", "2025-12-30")),
    (INC, "Monday March 3rd", day("2026-03-03")),
    (INC, "last weekend", Exactly("2026-11-28", "2026-11-29")),
    (INC, "It was a Sunday in August", Exactly("2026-08-01", "2026-08-31")),
    (INC, "Memorial Day weekend", Exactly("2026-05-23", "2026-05-25")),
    (INC, "the first of June", day("2026-06-01")),
    (INC, "a month or two ago", Exactly("2026-09-17", "2026-11-17")),
    (INC, "over a month ago", Exactly("2026-10-02", "2026-11-02")),
    (INC, "the Sunday before last", day("2026-11-22")),
    (INC, "two days later", ASK),
    (INC, "since the 14th of March", day("2026-03-14")),
    (INC, "the first week of June", Exactly("2026-06-01", "2026-06-07")),
    (INC, "a week after Easter", Exactly("2026-04-09", "2026-04-15")),
    (INC, "the Friday the 13th of March", day("2026-03-13")),
    (INC, "Sunday night the 8th", day("2026-11-08")),
]

TUNED, HELD_BACK = split(ROWS)

# Tuned rows still missed after the fixes, with why.
STILL_MISSED: dict[str, str] = {}
# Held-back rows still failing after the fixes, by index in HELD_BACK: never read. Index 7
# passes since 2026-12-04 ("the <weekday> after/before <a day said>", a class found on round
# 15's visitors; a helper had seen that row's text while checking conventions, disclosed).
HELD_BACK_MISSED: frozenset[int] = frozenset()


def _check(field: str, text: str, expected: Expected) -> None:
    check(field, text, expected, TODAY)


@pytest.mark.parametrize(("field", "text", "expected"), tuned_params(TUNED, STILL_MISSED))
def test_dates_round8_tuned(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


@pytest.mark.parametrize(
    ("field", "text", "expected"), held_back_params(HELD_BACK, HELD_BACK_MISSED)
)
def test_dates_round8_held_back(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


@pytest.mark.parametrize(("field", "text", "expected"), NEGATIVES, ids=[r[1] for r in NEGATIVES])
def test_dates_round8_negatives_do_not_change(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


def test_row_counts() -> None:
    assert len(ROWS) >= 60 and len(HELD_BACK) == len(ROWS) // 5 + (len(ROWS) % 5 > 3)
