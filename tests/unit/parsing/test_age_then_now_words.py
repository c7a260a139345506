"""The age at the time beside today's, both in words (blind round 11, t11_14: "he was
sixteen hes 17 now" was stored as 17). Figures were read this way; words now are too."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("she was eleven, she's twelve now", 11),
        ("he was sixty-eight at the time and is seventy now", 68),
        ("thirty then, thirty two now", 30),
        ("my girl was eight when it happened, she turned nine", 8),
    ],
)
def test_the_age_at_the_time_is_kept(text: str, age: int) -> None:
    parsed = answers.parse("patient_age", text, TODAY, {"incident_date": "2025-06"})
    assert parsed.ok and parsed.values["patient_age"] == age
