"""A school term said beside a finer day keeps the day (a tuned visitor, t10_04, lost its
"Thursday after MLK Day" to the spring term once terms were read, 2026-12-03)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the Friday after Presidents' Day, second week of the spring semester", "2026-02-20"),
        ("fall term had just started, it was the day after Labor Day", "2026-09-08"),
        ("right before finals, the Wednesday before Thanksgiving", "2026-11-25"),
    ],
)
def test_the_finer_day_wins(text: str, day: str) -> None:
    parsed = answers.parse("incident_date", text, TODAY)
    assert parsed.ok and parsed.values["incident_date"] == day
