"""A child named by age or by a word for a child is the patient, not the visitor.

"My 9 year old", "our 4-year-old", "my 15 yo", "my teen", "my kiddo": parents name
their children this way, and being told something by a doctor ("they told me ...")
does not make the parent the patient.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import patient, story
from bot.intake.answers import parse_relationship

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The urgent care told me my 9 year old just had a virus but it was meningitis",
        "my 4-year-old was given ten times the dose",
        "my 15 yo had a concussion nobody caught",
        "our 6yo swallowed a magnet and they sent us home",
        "my teen went in for a routine scope and came out paralyzed",
        "my kiddo got an infection after his tonsils were out",
        "our little one had a fever of 105 and the ER said to give tylenol",
        "my infant was dropped by a nurse",
    ],
)
def test_the_child_is_the_patient_in_the_story(text: str) -> None:
    facts = story.extract(text, TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_relationship"] in {"child", "son", "daughter"}


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("the doctor told me my 8 year old had a sprain and she had a broken wrist", "daughter"),
        ("my 12-year-old was sent home and then he collapsed", "son"),
        ("my 3 yo had an ear infection they missed", "child"),
    ],
)
def test_a_story_pronoun_says_son_or_daughter(text: str, relationship: str) -> None:
    assert story.find_patient(text) == (False, relationship)


def test_the_childs_age_from_the_story_is_kept() -> None:
    facts = story.extract("the pediatrician told me my 11 year old had a cold", TODAY)
    assert facts["patient_age"] == 11
    assert facts["patient_minor"] is True


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("my 5 year old", "child"),
        ("our 2-year-old daughter", "daughter"),
        ("my 17 yo son", "son"),
        ("my teenager", "child"),
        ("our little girl", "daughter"),
        ("my baby boy", "son"),
        ("my 9 month old", "child"),
    ],
)
def test_relationship_answers_naming_a_child(text: str, relationship: str) -> None:
    parsed = parse_relationship(text)
    assert parsed.ok, parsed.error
    assert parsed.values["patient_relationship"] == relationship


def test_an_adult_named_by_age_is_not_taken_for_a_child() -> None:
    answer = patient.parse_patient("my 82 year old was left on the floor for hours")
    assert answer is None or answer.relationship != "child"


def test_the_visitors_own_harm_keeps_them_the_patient() -> None:
    is_self, _ = story.find_patient(
        "I had my gallbladder out and they nicked my bowel, my 10 year old was with me"
    )
    assert is_self is not False


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("my 6 year old, she was the one hurt", "daughter"),
        ("it was my 13 yo, he broke his wrist", "son"),
        ("my teen", "child"),
    ],
)
def test_answers_naming_a_child_and_a_pronoun(text: str, relationship: str) -> None:
    answer = patient.parse_patient(text)
    assert answer is not None
    assert answer.is_self is False
    assert answer.relationship == relationship


@pytest.mark.parametrize(
    "text",
    [
        "my 6 month checkup was skipped and they missed the tumor",
        "during my two week stay they gave me the wrong drug",
        "I had my 2 year follow-up scan and nobody read it",
    ],
)
def test_a_length_of_time_after_my_is_not_a_child(text: str) -> None:
    assert story.find_patient(text)[1] is None
    answer = patient.parse_patient(text)
    assert answer is None or answer.relationship is None
