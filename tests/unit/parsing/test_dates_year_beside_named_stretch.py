"""Dates: the year an answer states holds for a named stretch of the calendar beside it.

A tuned visitor (today 2026-12-02) said "The spring before last. April, I think, it was
after tax season." and was read as April 2026: tax season, with no year of its own, took
this year and beat the year "the spring before last" states (spring 2025). The class: when
an answer states which year (in figures, "N years ago/back", "the year before last", "the
spring before last", "two springs ago") and also names a stretch or holiday without a year
(tax season, March Madness, spring break, the first week of the year or of school, a
semester, Passover, Ramadan, Thanksgiving, the holidays), the stated year is that
stretch's; a month named as well is read inside it. Rows in our own words.

Figures (bot.intake.answers.parse, today 2026-12-02): before the fix, changed 0 of 18,
kept 10 of 10; after (dates._stated_year, a count of years back beside a stretch), 18
of 18 and 10 of 10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.date_rows import INC, Exactly, Expected, Within, check

TODAY = date(2026, 12, 2)  # a Wednesday

CHANGED: list[tuple[str, Expected]] = [
    (
        "The spring before last. April, I think, it was after tax season.",
        Exactly("2025-04-01", "2025-04-30"),
    ),
    ("Two springs ago, April, after tax season.", Exactly("2025-04-01", "2025-04-30")),
    ("During tax season, two years ago, April.", Exactly("2024-04-01", "2024-04-30")),
    ("Two years ago. April, it was right after tax season.", Exactly("2024-04-01", "2024-04-30")),
    ("Tax season two years ago.", Exactly("2024-01-15", "2024-04-15")),
    ("A couple of years back, during tax season.", Exactly("2024-01-15", "2024-04-15")),
    ("The year before last, during tax season.", Exactly("2024-01-15", "2024-04-15")),
    ("March Madness, the year before last.", Exactly("2024-03-17", "2024-04-08")),
    ("The spring before last, during March Madness.", Exactly("2025-03-16", "2025-04-07")),
    ("Two years ago, the first week of the year.", Exactly("2024-01-01", "2024-01-07")),
    (
        "The winter before last, in January, the first week of the year.",
        Exactly("2025-01-01", "2025-01-07"),
    ),
    ("The spring before last, spring break.", Within("2025-03-01", "2025-04-15")),
    ("The fall before last, the first week of school.", Within("2025-08-01", "2025-09-15")),
    ("The year before last, in the fall semester.", Within("2024-08-01", "2024-12-31")),
    ("The spring before last, around Passover.", Within("2025-04-01", "2025-04-30")),
    ("Two years ago, around Ramadan.", Within("2024-03-01", "2024-04-15")),
    ("Two years ago, during the holidays.", Within("2024-12-15", "2025-01-05")),
    ("The year before last, at Thanksgiving.", Within("2024-11-20", "2024-12-05")),
]

KEPT: list[tuple[str, Expected]] = [
    ("It was tax season.", Exactly("2026-01-15", "2026-04-15")),
    ("April, I think, it was after tax season.", Exactly("2026-01-15", "2026-04-15")),
    ("The spring before last. April, I think.", Exactly("2025-04-01", "2025-04-30")),
    ("In 2024, during tax season.", Exactly("2024-01-15", "2024-04-15")),
    ("Last spring, during tax season.", Exactly("2026-01-15", "2026-04-15")),
    ("Two years ago, in April.", Exactly("2024-04-01", "2024-04-30")),
    ("The year before last.", Exactly("2024-01-01", "2024-12-31")),
    ("Two years ago at Thanksgiving.", Within("2024-11-20", "2024-12-05")),
    ("Last year, spring break.", Exactly("2025-03-01", "2025-04-15")),
    ("Summer before last, over summer break.", Exactly("2025-06-01", "2025-08-31")),
]


@pytest.mark.parametrize(
    ("text", "expected"), CHANGED, ids=[f"changed-{i}" for i in range(len(CHANGED))]
)
def test_the_stated_year_is_the_stretchs(text: str, expected: Expected) -> None:
    check(INC, text, expected, TODAY)


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=[f"kept-{i}" for i in range(len(KEPT))])
def test_readings_without_the_clash_stand(text: str, expected: Expected) -> None:
    check(INC, text, expected, TODAY)
