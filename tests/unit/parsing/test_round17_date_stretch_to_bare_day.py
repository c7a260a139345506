"""A stretch from a day to a bare day (round 17, first sight): "from the 2nd of January to
the 12th" ends on January 12, not on the 12th of the month the visitor writes in; an end
day earlier than the start day is in the month after. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("from March 3 to the 9th", date(2026, 3, 3), date(2026, 3, 9)),
        (
            "she was in rehab from the 5th of August until the 19th",
            date(2026, 8, 5),
            date(2026, 8, 19),
        ),
        ("from Feb 10, 2025 through the 14th", date(2025, 2, 10), date(2025, 2, 14)),
        ("since June 28 until the 3rd, when they moved him", date(2026, 6, 28), date(2026, 7, 3)),
        ("from October 30 till the 2nd", date(2026, 10, 30), date(2026, 11, 2)),
    ],
)
def test_bare_end_day_is_in_the_start_month(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


def test_an_end_with_its_own_month_keeps_it() -> None:
    when = parse_when("from January 20 to February 3rd", TODAY)
    assert (when.earliest, when.latest) == (date(2026, 1, 20), date(2026, 2, 3))
