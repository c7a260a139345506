# ruff: noqa: E501
"""Round 22 (tuned t22_09), two story classes in wordings of our own: someone who only
helped ("a clinic a friend recommended", "a neighbor drove me") is not whom the visitor
speaks for, and "dead tissue" or "a dead tooth" is a part of the body, not a death. The
story had made the visitor a friend of the patient and asked for the patient's death date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "story",
    [
        "I had a facelift in Tijuana at a place a friend recommended and now one side of my face droops",
        "a neighbor drove me to urgent care and they sent me home with a broken ankle they called a sprain",
        "I went to the dentist a coworker suggested and he pulled the wrong tooth",
    ],
)
def test_a_helper_is_not_whom_the_visitor_speaks_for(story: str) -> None:
    facts = story_facts(story, TODAY)
    assert facts.get("patient_is_self") is True
    assert facts.get("patient_relationship") is None


@pytest.mark.parametrize(
    "story",
    [
        "after my bunion surgery the wound had dead tissue and they had to cut more away",
        "the root canal left me with a dead tooth and an abscess in my jaw",
        "the cast was too tight and there was dead skin under it when they took it off",
    ],
)
def test_a_dead_part_of_the_body_is_no_death(story: str) -> None:
    assert not story_facts(story, TODAY).get("patient_died")


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("I'm just a friend of hers, she has no family and the home let her fall", "friend"),
        ("a neighbor of mine died after they gave him the wrong blood", None),
    ],
)
def test_standing_and_deaths_still_read(story: str, expected: str | None) -> None:
    facts = story_facts(story, TODAY)
    if expected:
        assert facts.get("patient_relationship") == expected
    else:
        assert facts.get("patient_died") is True
