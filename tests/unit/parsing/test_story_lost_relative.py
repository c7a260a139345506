"""A relative's death told as a loss ("I lost my wife in September"): the relative is the
patient and died, though the visitor says "I" (round 14: the lead said the widower was the
patient, alive, and the age question asked "how old were you?")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("story", "relationship"),
    [
        ("I lost my husband last winter and his family says the hospital is to blame", "husband"),
        ("i just lost my mama, the nursing home never called us when she got worse", "mother"),
        ("We lost our little girl in May. The pediatrician said it was only a virus.", "daughter"),
        ("I recently lost my brother after a routine knee scope", "brother"),
    ],
)
def test_a_loss_told_makes_the_relative_the_patient_who_died(story: str, relationship: str) -> None:
    facts = extract(story, TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_relationship"] == relationship
    assert facts["patient_died"] is True


@pytest.mark.parametrize(
    "story",
    [
        "I nearly lost my wife when the anesthesiologist left the room",
        "we almost lost our son, they found the infection just in time",
    ],
)
def test_almost_losing_someone_is_no_death(story: str) -> None:
    facts = extract(story, TODAY)
    assert facts["patient_is_self"] is False
    assert "patient_died" not in facts


def test_losing_a_job_or_a_limb_is_not_a_relative() -> None:
    facts = extract("I lost my job and my left foot after they missed the infection", TODAY)
    assert facts.get("patient_is_self") is not False
    assert "patient_died" not in facts
