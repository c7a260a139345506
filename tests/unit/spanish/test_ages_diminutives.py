"""Spanish ages said with a diminutive ("añitos", "mesecitos"), as people speak of the old
and the small: "81 añitos" was refused twice and the age left unknown (round 14, es)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("mi abuelito tenia 92 añitos", 92),
        ("77 anitos", 77),
        ("tenía apenas 2 añitos", 2),
        ("mi bebé tenía 5 mesecitos", 0),
        ("como 64 añitos", 64),
    ],
)
def test_a_diminutive_age_is_an_age(said: str, age: int) -> None:
    parsed = multilingual.parse_answer("patient_age", said, TODAY, {}, "es")
    assert parsed.ok, parsed.error
    assert parsed.values["patient_age"] == age
