"""The Nth day or night of a stay, counted from the admission said before it (round 17,
first sight): "admitted on the 2nd, and it happened his third night there" is the 4th
(the admission day is day one; a night is the evening of its day). It was the admission
day. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "she was admitted March 10th and on her second night the nurse gave her the wrong drip",
            date(2026, 3, 11),
        ),
        (
            "They admitted my mom on 10/2/2025. Her fourth day a nurse dropped her",
            date(2025, 10, 5),
        ),
        ("admitted on May 1st 2025, on day 3 of her stay she fell", date(2025, 5, 3)),
        (
            "we got him admitted the day after Easter 2024 "
            "and his 2nd night there the monitor was off",
            date(2024, 4, 2),
        ),
        (
            "he was admitted just after Christmas, on the 27th, and it was his fifth night",
            date(2025, 12, 31),
        ),
    ],
)
def test_nth_day_counted_from_the_admission(text: str, day: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "It was his third night in the ICU, on July 9th",  # no admission said: the day said
        "his second night at the rehab was July 9th, 2025",
    ],
)
def test_without_an_admission_before_it_the_day_said_stands(text: str) -> None:
    when = parse_when(text, TODAY)
    assert when.earliest == when.latest and when.earliest.month == 7
