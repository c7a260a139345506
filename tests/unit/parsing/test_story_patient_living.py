"""A relative told of as living now is not asked about ("did your mother pass away?").

The question is asked of about two in five visitors telling a relative's story; where the
story already says the patient lives ("now he has nerve damage", "my dad is in a
wheelchair", "my girl is 9"), asking whether they died is a needless, painful turn. The
story's death words always win, and the question stays when the story says neither.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "story",
    [
        "my son is 9 and the urgent care missed his broken wrist for a month",
        "They gave my grandmother ten times her blood thinner, now she has a bleed in her brain",
        "The surgeon nicked my husband's bladder. He still can't go without a catheter.",
        "our daughter was born blue after they waited hours for the c-section, she's in therapy",
        "My father is in a wheelchair since the nursing home dropped him",
        "my mom's doctor missed her colon cancer and now she needs chemo",
    ],
)
def test_a_relative_told_as_living_is_not_asked_about(story: str) -> None:
    facts = extract(story, TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_died"] is False


@pytest.mark.parametrize(
    "story",
    [
        "my wife was sent home with a 'migraine' and she is gone now, it was an aneurysm",
        "My son took his own life two days after the psych ward discharged him",
        "our baby girl was stillborn after they told me to go home and rest",
        "my brother didn't survive the surgery they should never have done",
    ],
)
def test_a_death_in_the_story_is_a_death(story: str) -> None:
    assert extract(story, TODAY).get("patient_died") is True


@pytest.mark.parametrize(
    "story",
    [
        "my uncle had a stroke after the chiropractor cracked his neck",
        "The ER told my sister it was anxiety. It was a heart attack.",
    ],
)
def test_a_story_that_says_neither_leaves_the_question(story: str) -> None:
    assert "patient_died" not in extract(story, TODAY)
