"""Today's age counted back from care known only to the month or the season: from the
middle of that span, the likeliest day, not its first day (a tuned-benchmark class, new
wording). "62 now" of care in June 2025, asked in December 2026, is 1.47 years back from
mid-June: one birthday, 61 then (June 1st, 1.51 years, gave two and 60)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("my dad is 75 now", "2025-06", 74),
        ("she's 40 now", "2025-06-01..2025-08-31", 39),  # last summer: mid-July
        ("he turned 58, he's 58 now", "2024-06", 56),  # 2.47 years back
        ("I'm 33 now", "2026-11", 33),  # a month back
        ("I'm 61 now", "2024-12-20", 59),  # a day known: from that day
    ],
)
def test_age_now_is_counted_back_from_the_middle_of_the_month_or_season(
    text: str, incident: str, expected: int
) -> None:
    got = parse("patient_age", text, TODAY, {"incident_date": incident})
    assert got.values["patient_age"] == expected
