"""Case type, round 22 classes (tuned visitors t11_07, t11_24, t22_02, t22_21), in wordings
of our own: a delivery told in lay words or typos is a birth injury, and a therapist who
pushed past the surgeon's limits is "other" (allied care), not the surgery it followed."""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type


def _type(text: str) -> str | None:
    found = classify_case_type(text)
    return found.value if found else None


@pytest.mark.parametrize(
    "story",
    [
        "our daughter got stuck coming out and the doctor yanked, her left arm hangs limp",
        "he was stuck in the birth canal almost an hour before anyone did anything",
        "the nurse said shouldr dystocia and now there's something wrong with her arm",
        "my grandson has brachal plexus damage from when he was born",
        "the pediatrician said it's brachial something, from the delivery",
    ],
)
def test_a_delivery_told_in_lay_words_is_a_birth_injury(story: str) -> None:
    assert _type(story) == "birth_injury"


@pytest.mark.parametrize(
    "story",
    [
        "after my knee surgery the PT made me do squats, against what the surgeon ordered, and "
        "the graft tore",
        "the physio pushed my shoulder past what my doctor allowed and it re-tore, I need surgery "
        "again",
        "two months after my hip surgery the therapist had me running, past the limits the "
        "surgeon set, and it dislocated",
    ],
)
def test_a_therapist_past_the_surgeons_limits_is_other(story: str) -> None:
    assert _type(story) == "other"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # stuck in traffic on the way to the hospital is no birth injury
        ("we got stuck in traffic and the ER missed her appendicitis", "misdiagnosis"),
        # the surgeon's own error stays surgical
        ("the surgeon cut a nerve during my shoulder surgery", "surgical"),
    ],
)
def test_other_stories_keep_their_type(story: str, expected: str) -> None:
    assert _type(story) == expected
