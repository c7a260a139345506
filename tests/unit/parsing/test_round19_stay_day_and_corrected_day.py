"""Round 19 date classes, in our own wordings.

A stay told from its admission to its discharge, then the day of the harm counted in it
("went in Sept 21 and got out Oct 2 ... the 3rd or 4th day"): the counted days from the
admission day as day one, not the discharge's month. A correction of a bare day ("she
fell the night of the 7th, not the 6th") keeps the month and year of the date given, however
many words stand around the new day."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.corrections import parse_correction
from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "I WENT IN JUNE 3 AND CAME HOME JUNE 14. THE BURN WAS THE 2ND OR 3RD DAY",
            date(2026, 6, 4),
            date(2026, 6, 5),
        ),
        (
            "he was admitted Aug 28 and discharged Sept 9, the fall was his fourth or fifth night",
            date(2026, 8, 31),
            date(2026, 9, 1),
        ),
        (
            "She got there on October 1st, got out the 12th. It happened her 3rd day.",
            date(2026, 10, 3),
            date(2026, 10, 3),
        ),
        (
            "mom checked in 2/10/2025 and went home 2/20, the bedsore started around the "
            "fifth to sixth day",
            date(2025, 2, 14),
            date(2025, 2, 15),
        ),
    ],
)
def test_a_counted_day_of_a_stay_from_its_admission(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "I went in Sept 21 and got out Oct 2",  # no day counted: the whole stay
        "it was the 3rd or 4th of October",  # days of a month, not of a stay
    ],
)
def test_no_count_in_a_stay_reads_as_before(text: str) -> None:
    when = parse_when(text, TODAY)
    assert when.earliest.month in (9, 10) and when.latest.month == 10


@pytest.mark.parametrize(
    ("text", "given", "new"),
    [
        ("She fell the night of the 7th, not the 6th.", "2026-03-06", "2026-03-07"),
        (
            "Sorry, checked my calendar. The surgery was the morning of the 15th, not the 14th. "
            "The 14th was the pre-op visit.",
            "2025-06-14",
            "2025-06-15",
        ),
        ("he actually got the shot late on the 22nd, not the 21st", "2026-01-21", "2026-01-22"),
    ],
)
def test_a_corrected_bare_day_keeps_the_given_month(text: str, given: str, new: str) -> None:
    found = parse_correction(text, TODAY, {"incident_date": given})
    assert found.field == "incident_date"
    assert found.values == {"incident_date": new}


def test_a_corrected_month_is_still_read_as_said() -> None:
    found = parse_correction("it was May 7th, not the 6th", TODAY, {"incident_date": "2026-03-06"})
    assert found.values == {"incident_date": "2026-05-07"}
