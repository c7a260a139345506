"""A weekday said beside a week of a month (round 17, first sight): "the first week of
February, it was a Tuesday" is that week's Tuesday, as a weekday in any week is; it was
the whole of February, the week dropped for the weekday. Two weekdays keep the days
between them; a week not over yet is read as before. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the second week of March 2025, on a Friday", date(2025, 3, 14), date(2025, 3, 14)),
        (
            "third week of april this year. a thursday, i think",
            date(2026, 4, 16),
            date(2026, 4, 16),
        ),
        ("the last week of october, it was the saturday", date(2026, 10, 31), date(2026, 10, 31)),
        ("the 1st week of feb, the 3rd maybe? a tuesday", date(2026, 2, 3), date(2026, 2, 3)),
        ("first week of november. monday or tuesday", date(2026, 11, 2), date(2026, 11, 3)),
    ],
)
def test_weekday_in_the_week_said(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


def test_a_weekday_beside_a_month_alone_stays_the_month() -> None:
    when = parse_when("a Tuesday in March 2025", TODAY)
    assert (when.earliest, when.latest) == (date(2025, 3, 1), date(2025, 3, 31))
