"""What only the story tells the limitation engine: a found-out date and a left-in object."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import story
from bot.intake.assessment import check_limitation

TODAY = date(2026, 11, 23)
SPONGE = "I had a hysterectomy in 2015 and they left a sponge inside me, just found out last month"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (SPONGE, "2026-10"),
        ("we only learned in March 2024 that the biopsy was misread", "2024-03"),
        ("I was told 2 weeks ago that the scan showed a tumor back then", "2026-11-05..2026-11-13"),
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


def told_as_slots(text: str) -> dict[str, object]:
    """The story and the found-out date it states, as the form keeps them when it is told."""
    found = story.extract(text, TODAY).get("discovery_date")
    return {"incident_description": text, **({"discovery_date": found} if found else {})}


def test_a_late_discovery_told_in_the_story_reaches_the_engine() -> None:
    told = {"incident_state": "WA", "incident_date": "2015-06", **told_as_slots(SPONGE)}
    plain = {
        "incident_state": "WA",
        "incident_date": "2015-06",
        **told_as_slots("I had a hysterectomy in 2015 and it went badly"),
    }
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
        **told_as_slots("we learned in 2019 that his heart was weak, surgery went wrong"),
    }
    result = check_limitation(answers, TODAY)
    assert result is not None and result.deadline == date(2027, 5, 1)


def test_the_attorney_is_told_the_found_out_date_came_from_the_story() -> None:
    from bot.intake.assessment import assess
    from bot.services.intake import firm_profile

    told = {"incident_state": "NY", "incident_date": "2015-06", **told_as_slots(SPONGE)}
    flags = assess(told, firm_profile(), {}, TODAY).review_flags
    assert "discovery_date_from_story" in flags
    asked = {**told, "discovery_date_text": "last month, when the scan came back"}
    assert "discovery_date_from_story" not in assess(asked, firm_profile(), {}, TODAY).review_flags
    plain = {
        "incident_state": "NY",
        "incident_date": "2015-06",
        **told_as_slots("the surgery in 2015 went badly"),
    }
    assert "discovery_date_from_story" not in assess(plain, firm_profile(), {}, TODAY).review_flags


def test_someone_without_standing_and_a_severe_story_reach_the_lead() -> None:
    from bot.intake.assessment import assess
    from bot.services.intake import firm_profile

    answers = {
        "incident_state": "NY",
        "incident_date": "2026-02",
        "incident_description": "my patient on the ward was given ten times her heparin dose",
        "patient_relationship": "caregiver_professional",
        "injury": "a bruise",
        "story_severity": "catastrophic",
    }
    result = assess(answers, firm_profile(), {}, TODAY)
    assert "no_standing" in result.review_flags
    assert result.severity is not None and result.severity.value == "catastrophic"
    family = {**answers, "patient_relationship": "daughter", "story_severity": None}
    result = assess(family, firm_profile(), {}, TODAY)
    assert "no_standing" not in result.review_flags
    assert result.severity is None or result.severity.value != "catastrophic"
