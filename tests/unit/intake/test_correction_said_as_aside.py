"""A correction of an earlier answer said at the next question, opened by "I should
correct that", "let me correct that", "I misspoke": read as a correction of that answer,
not as an answer to the question put."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 4)
ANSWERED = {
    "patient_age": "64",
    "incident_date": "2026-03-10",
    "patient_is_self": True,
    "incident_state": "OH",
}


@pytest.mark.parametrize(
    "text",
    [
        "I should correct that, I turned 64 in May. I was 63 when it happened.",
        "Let me correct that: I was 63 at the time.",
        "I need to correct my age, I was 63 then.",
        "I misspoke, I was 63 when it happened.",
        "Oh, I'd like to correct something. I was 63 then, 64 now.",
    ],
)
def test_a_correction_opened_by_a_cue(text: str) -> None:
    assert multilingual.looks_like_correction(text, "en")
    correction = multilingual.parse_correction(text, TODAY, ANSWERED, "en")
    assert correction.field == "patient_age"
    assert correction.values["patient_age"] == 63


@pytest.mark.parametrize(
    "text",
    [
        # Negative: an answer that only mentions correcting something is no correction.
        "He never corrected the dose.",
        "No lawyer yet.",
        "They tried to correct it with a second surgery.",
    ],
)
def test_an_answer_about_correcting_is_not_a_correction(text: str) -> None:
    assert not multilingual.looks_like_correction(text, "en")
