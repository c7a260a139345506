"""Corrections, round 14: where the care was, and a correction opened by "no"/"oh".

"I live in X but the clinic was in Y" corrects the state to Y's, not the provider; a
correction may open with "no wait", "oh sorry", "hold on", "scratch that".
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 3)
GIVEN = {
    "incident_state": "OH",
    "provider": "Dr. Pruitt at Lakeside",
    "patient_age": "52",
    "incident_date": "2026-04",
}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("sorry, we live in Ohio but the surgery was in Pittsburgh", "PA"),
        ("wait, I'm from Indiana, the hospital was actually in Louisville Kentucky", "KY"),
        ("oops, my address is in Ohio but it happened in Michigan", "MI"),
        ("actually the clinic is over in Wheeling, West Virginia, we just live in Ohio", "WV"),
    ],
)
def test_where_the_care_was_corrects_the_state(text: str, state: str) -> None:
    assert multilingual.looks_like_correction(text)
    found = multilingual.parse_correction(text, TODAY, GIVEN)
    assert found.field == "incident_state"
    assert found.values and found.values["incident_state"] == state


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("no wait, she was 53 then", 53),
        ("oh sorry he was 61, not 52", 61),
        ("hold on, I was 50 when it happened", 50),
        ("um actually she'd just turned 54", 54),
    ],
)
def test_a_correction_opened_by_an_interjection(text: str, age: int) -> None:
    assert multilingual.looks_like_correction(text)
    found = multilingual.parse_correction(text, TODAY, GIVEN)
    assert found.field == "patient_age"
    assert found.values and found.values["patient_age"] == age


@pytest.mark.parametrize(
    "text", ["no", "oh no, he is worse today", "ok thanks", "no he never got a scan"]
)
def test_plain_answers_are_not_corrections(text: str) -> None:
    assert not multilingual.looks_like_correction(text)


def test_a_time_after_it_happened_in_is_no_place() -> None:
    found = multilingual.parse_correction("sorry, it happened in June, not April", TODAY, GIVEN)
    assert found.field == "incident_date"
