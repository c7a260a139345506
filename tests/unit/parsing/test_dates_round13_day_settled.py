"""Dates, round 13: an answer that names a day, talks about the days around it by ordinal
only, and settles on one ("so the 9th", "which makes it the 5th").

Blind benchmark class: "he was born aug 9. well i went in the 8th, he came after midnight
so the 9th" was read as 2026-08-09..2026-09-09, because "the 8th" after Aug 9 became
September 8 and "the 9th" then September 9. The visitor means one day, Aug 9. The wordings
below are our own; today is Thursday 2026-12-03.
"""

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 3)

SETTLED = [
    ("he was born aug 9. well i went in the 8th, he came after midnight so the 9th",
     "2026-08-09"),
    ("she was born on march 14. i was admitted the 13th and she came out past midnight, "
     "so the 14th", "2026-03-14"),
    ("october 22 i think. we got there the 21st late, surgery ran long, so really the 22nd",
     "2026-10-22"),
    ("it was july 5. we drove in the 4th and he was operated on after midnight, "
     "which makes it the 5th", "2026-07-05"),
    ("june 2nd. went in the 1st, delivered overnight so I guess the 2nd", "2026-06-02"),
    ("september 30. i checked in the 29th and the c-section was just after 12, "
     "making it the 30th", "2026-09-30"),
    ("feb 11. went in on the 10th, baby came at 1am so the 11th", "2026-02-11"),
    ("he was born nov 2. we went in the 1st, labor took all night so technically the 2nd",
     "2026-11-02"),
    ("april 20. checked in the 19th, surgery after midnight so that makes it the 20th",
     "2026-04-20"),
    ("jan 27. i was there the 26th, things happened after midnight so the 27th",
     "2026-01-27"),
    ("The surgery was August 9th. I went in on the 8th but they didn't start until after "
     "midnight, so really the 9th.", "2026-08-09"),
    ("my son was born 12th of june, well we arrived the 11th, so it was the 12th",
     "2026-06-12"),
    # A day taken back, then settled on again: the month said first still holds.
    ("may 18th, no wait, I got there the 17th and it was past midnight, so it was the 18th",
     "2026-05-18"),
]


@pytest.mark.parametrize(("answer", "expected"), SETTLED)
def test_the_day_settled_on_in_the_month_said(answer: str, expected: str) -> None:
    parsed = answers.parse("incident_date", answer, TODAY)
    assert parsed.values.get("incident_date") == expected


# Not this class: the readings these had before the change, pinned.
KEPT = [
    ("March 3rd, and the follow-up was on the 10th", "2026-03-03..2026-03-10"),
    ("admitted jan 28, discharged the 3rd", "2026-01-28..2026-02-03"),
    ("surgery was oct 12 and the infection showed up the 20th", "2026-10-12"),
    ("march 20th and then again the 5th", "2026-03-20..2026-04-05"),
]


@pytest.mark.parametrize(("answer", "expected"), KEPT)
def test_other_days_after_a_month_keep_their_reading(answer: str, expected: str) -> None:
    parsed = answers.parse("incident_date", answer, TODAY)
    assert parsed.values.get("incident_date") == expected
