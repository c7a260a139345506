"""Two months offered as alternatives (round 17, first sight): "October I think, could've
been late September" is late September to the end of October, not the alternative alone;
"2024 ... or maybe September" keeps both months in the year said (the second month was
read in this year, a two-year span). Months over New Year stay side by side; "may" the
verb is no month. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "AUGUST 2023 I BELIEVE, MIGHT HAVE BEEN EARLY SEPTEMBER",
            date(2023, 8, 1),
            date(2023, 9, 10),
        ),
        (
            "the autumn of 2025. november, possibly late october",
            date(2025, 10, 20),
            date(2025, 11, 30),
        ),
        ("April 2024 or maybe March", date(2024, 3, 1), date(2024, 4, 30)),
        ("mid June, if not July, of 2025", date(2025, 6, 10), date(2025, 7, 31)),
        ("late January or February", date(2026, 1, 20), date(2026, 2, 28)),
        ("December or January, I'm not sure", date(2025, 12, 1), date(2026, 1, 31)),
        ("November 2023 or December", date(2023, 11, 1), date(2023, 12, 31)),
    ],
)
def test_both_months_offered(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("it may have been in June 2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("I may be wrong but it was late August 2025", date(2025, 8, 20), date(2025, 8, 31)),
    ],
)
def test_may_the_verb_is_no_month(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)
