"""What only the story tells the limitation engine: a found-out date and a left-in object."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import story
from bot.services.assessment import check_limitation

TODAY = date(2026, 11, 23)
SPONGE = "I had a hysterectomy in 2015 and they left a sponge inside me, just found out last month"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (SPONGE, "2026-10"),
        ("we only learned in March 2024 that the biopsy was misread", "2024-03"),
        ("I was told 2 weeks ago that the scan showed a tumor back then", "2026-11-02..2026-11-16"),
        ("the surgery was in 2019 and it went badly", None),
        ("I found out the hard way", None),
    ],
)
def test_the_found_out_date_in_a_story(text: str, found: str | None) -> None:
    assert story.discovery_in(text, TODAY) == found


@pytest.mark.parametrize(
    ("text", "left_in"),
    [
        (SPONGE, True),
        ("a piece of the catheter was left in my arm", True),
        ("they found a retained surgical sponge on the ct", True),
        ("they left me in the hallway for hours", False),
        ("the needle hurt a lot", False),
    ],
)
def test_a_left_in_object(text: str, left_in: bool) -> None:
    assert story.mentions_foreign_object(text) is left_in


def test_a_late_discovery_told_in_the_story_reaches_the_engine() -> None:
    told = {"incident_state": "WA", "incident_date": "2015-06", "incident_description": SPONGE}
    plain = {**told, "incident_description": "I had a hysterectomy in 2015 and it went badly"}
    with_story = check_limitation(told, TODAY)
    without = check_limitation(plain, TODAY)
    assert with_story is not None and without is not None
    # Wash. Rev. Code § 4.16.350(3): one year from discovery, if later than three from the act.
    assert without.deadline == date(2018, 6, 1)
    assert with_story.deadline == date(2027, 10, 1)
    assert "foreign_object" in with_story.flags


def test_a_found_out_date_before_the_incident_is_ignored() -> None:
    answers = {
        "incident_state": "WA",
        "incident_date": "2024-05",
        "incident_description": "we learned in 2019 that his heart was weak, surgery went wrong",
    }
    result = check_limitation(answers, TODAY)
    assert result is not None and result.deadline == date(2027, 5, 1)


def test_the_attorney_is_told_the_found_out_date_came_from_the_story() -> None:
    from bot.services.assessment import assess
    from bot.services.intake import firm_profile

    told = {"incident_state": "NY", "incident_date": "2015-06", "incident_description": SPONGE}
    flags = assess(told, firm_profile(), {}, TODAY).review_flags
    assert "discovery_date_from_story" in flags
    plain = {**told, "incident_description": "the surgery in 2015 went badly"}
    assert "discovery_date_from_story" not in assess(plain, firm_profile(), {}, TODAY).review_flags
