"""Story death, round 22 class (tuned visitor t22_04), in wordings of our own.

A near miss told with "killed" ("THE PHARMACY NEARLY KILLED MY WIFE") is no death: "almost"
or "nearly" before "killed" was not read as a hedge (only before died, dead, death, passed,
lost), so the death date was asked of a living patient. A death told with "killed" stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 9)


@pytest.mark.parametrize(
    "story",
    [
        "THE PHARMACY NEARLY KILLED MY WIFE",
        "the urgent care almost killed my dad",
        "that surgeon nearly killed my sister with the wrong dose",
    ],
)
def test_a_near_miss_told_with_killed_is_no_death(story: str) -> None:
    assert "patient_died" not in extract(story, TODAY)


@pytest.mark.parametrize(
    "story",
    ["the nursing home killed my mother", "my husband was killed by a drug mixup"],
)
def test_a_death_told_with_killed_stays_one(story: str) -> None:
    assert extract(story, TODAY).get("patient_died") is True
