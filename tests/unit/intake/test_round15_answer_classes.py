"""Blind round 15, answers misread (English): each class in our own words, many wordings.

1. Today's age said at the age-at-the-time question ("I'm 61 now") is counted back to the
   incident when its date is known, hedged (the birthday is not known).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse_patient_age

TODAY = date(2026, 12, 4)
# Two years before today: an age now is two years more than the age then.
TWO_YEARS_AGO = "2024-12"


def _age(text: str, incident: object = TWO_YEARS_AGO) -> dict[str, object]:
    parsed = parse_patient_age(text, TODAY, incident)
    assert parsed.ok, (text, parsed.error)
    return parsed.values


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("I'm 61 now", 61),
        ("im 61 now", 61),
        ("now I'm 61", 61),
        ("I am 47 today", 47),
        ("she's 80 now", 80),
        ("he is 52 now", 52),
        ("she's 80 these days", 80),
        ("my mom is 74 now", 74),
        ("61 now", 61),
        ("he's currently 35", 35),
    ],
)
def test_todays_age_is_counted_back_to_the_incident(text: str, now: int) -> None:
    values = _age(text)
    assert values["patient_age"] == now - 2
    assert values["patient_age_approximate"] is True


@pytest.mark.parametrize("text", ["I'm 61 now", "she's 80 these days"])
def test_todays_age_without_an_incident_date_asks_for_the_age_then(text: str) -> None:
    parsed = parse_patient_age(text, TODAY, None)
    assert parsed.error == "age_now"


# 2. An age with an alternative ("41 I think, or 40", "40 or 41 maybe") is a hedged age: the
#    first said is kept, marked approximate; never refused.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("41 I think, or 40", 41),
        ("41 i think or maybe 40", 41),
        ("40 or 41", 40),
        ("40 or 41 maybe", 40),
        ("she was 63 I believe, or 64", 63),
        ("57 probably, or 58", 57),
        ("32 I guess, maybe 33", 32),
        ("he was 70, or maybe 71", 70),
    ],
)
def test_an_age_with_an_alternative_is_hedged(text: str, first: int) -> None:
    values = _age(text, None)
    assert values["patient_age"] == first
    assert values["patient_age_approximate"] is True
