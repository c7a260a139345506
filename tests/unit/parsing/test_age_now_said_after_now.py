"""An age then with the age now said after "now" ("when I was 30, now I'm 32").

The date reader knew "I'm 32 now" but not "now I'm 32" or "now 32", and the date library
then read the word "now" as today: a silent wrong incident date of today. Ages that do not
fit (the age now below the age then) are no date, so the question is asked again.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("back when i was 41, now im 43", "2023-12-05..2025-12-03"),
        ("my son was 6 then, now he's 9", "2022-12-05..2024-12-03"),
        ("she was 77. now 80", "2022-12-05..2024-12-03"),
        ("I was 19 at the time, now I am 20", "2024-12-05..2026-12-03"),
    ],
)
def test_the_age_now_after_the_word_now(text: str, expected: str) -> None:
    got = parse("incident_date", text, TODAY, {})
    assert got.ok and got.values["incident_date"] == expected, got


@pytest.mark.parametrize("text", ["when he was 52, now he's 50", "I was 30 now I'm 29"])
def test_ages_that_do_not_fit_are_no_date(text: str) -> None:
    assert not parse("incident_date", text, TODAY, {}).ok


def test_now_before_a_count_of_weeks_is_no_age() -> None:
    # "now 3 weeks later" is no age now: the answer is not read as an age window.
    got = parse("incident_date", "when I was 30, now 3 weeks later", TODAY, {})
    assert not got.ok or got.values["incident_date"] != "2023-12-05..2025-12-03"
