"""Who the patient is: a passing mention is not the patient; no standing is recorded."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.patient import lacks_standing, parse_patient
from bot.intake.story import extract

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "story",
    [
        "my brother said I should write in. I had my hip replaced and they left it loose",
        "my wife convinced me to message you, the ER misdiagnosed my kidney stone as gas",
        "at my aunt's suggestion I'm reaching out: my surgery in March went badly",
    ],
)
def test_a_passing_mention_does_not_make_them_the_patient(story: str) -> None:
    facts = extract(story, TODAY)
    assert facts.get("patient_is_self") is True
    assert "patient_relationship" not in facts


@pytest.mark.parametrize(
    ("story", "relationship"),
    [
        (
            "I'm his hospice nurse and the doctor overdosed him on morphine",
            "caregiver_professional",
        ),
        ("one of my residents at the care home got bedsores", "caregiver_professional"),
        ("a friend of mine was told her lump was nothing", "friend"),
        ("a colleague had his appendix burst after urgent care sent him home", "coworker"),
        ("my neighbor fell in the hospital bathroom", "neighbor"),
    ],
)
def test_no_standing_is_recorded(story: str, relationship: str) -> None:
    facts = extract(story, TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_relationship"] == relationship
    assert lacks_standing(relationship)


def test_family_keeps_standing_even_as_a_caregiver() -> None:
    answer = parse_patient("I look after her, I'm her caregiver, she's my grandma")
    assert answer is not None and answer.relationship == "grandmother"
    assert not lacks_standing(answer.relationship)


def test_relationship_answers() -> None:
    assert answers.parse_relationship("I'm her home health aide").values == {
        "patient_relationship": "caregiver_professional"
    }
    assert answers.parse_relationship("just a friend").values == {"patient_relationship": "friend"}
    assert answers.parse_relationship("my son").values == {"patient_relationship": "son"}


def test_my_nurse_is_my_caregiver_not_a_lack_of_standing() -> None:
    facts = extract("my nurse never checked on me and I got a huge bedsore", TODAY)
    assert facts["patient_is_self"] is True


@pytest.mark.parametrize(
    ("story", "relation"),
    [
        ("my grandpas nursing home never turned him", "grandfather"),
        ("my wifes OB ignored her blood pressure", "wife"),
        ("my daughters dentist pulled the wrong tooth", "daughter"),
    ],
)
def test_a_texted_possessive_without_apostrophe_names_the_patient(
    story: str, relation: str
) -> None:
    from bot.intake.story import find_patient

    assert find_patient(story) == (False, relation)
