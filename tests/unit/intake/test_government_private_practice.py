"""Kinds of care that are private nearly always: the government question is not asked.

"Was the care at a VA, military or other government-run hospital ... ?" was asked of about
half the visitors, also where the story named a retail pharmacy, a dentist, a med spa, a
surgery centre or a church-named hospital. Those are private unless something in the story
points to a government (a county, a university, a jail, the VA, a community health
center), in which case the question is still asked.
"""

from __future__ import annotations

import pytest

from bot.intake.government import facility_from_story, government_from_story


@pytest.mark.parametrize(
    "told",
    [
        "the Walgreens on Elm gave my dad someone else's blood pressure pills",
        "Dr. Osei at Riverside Pediatrics never checked my son's hips",
        "a root canal at Smile Bright Dentistry went through to my sinus",
        "the chiropractor twisted her neck and she had a stroke that night",
        "burns from a laser facial at Glow Med Spa",
        "they left a drain in me at the Lakeside Surgery Center",
        "Grandma got bedsores at Willow Creek Care Center",
        "Presbyterian in Dallas sent him home with a heart attack",
        "the radiologist at Northgate Imaging missed the tumor",
    ],
)
def test_a_private_kind_of_care_skips_the_question(told: str) -> None:
    reading = facility_from_story(told)
    assert reading.kind == "private"
    assert government_from_story(told) is None


@pytest.mark.parametrize(
    "told",
    [
        "the dental clinic at the county health department pulled the wrong tooth",
        "the pharmacy at the state university hospital filled it wrong",
        "the jail's dentist ignored his abscess for weeks",
        "the student health center's pharmacist at my college gave me the wrong dose",
        "our community health center's dentist broke a file in my tooth",
    ],
)
def test_a_practice_beside_a_public_hint_still_asks_or_reads_the_government(told: str) -> None:
    assert facility_from_story(told).kind != "private"


def test_the_va_pharmacy_is_still_federal() -> None:
    assert facility_from_story("the VA pharmacy mailed my husband the wrong insulin").kind == (
        "federal"
    )


def test_at_the_mercy_of_is_no_hospital() -> None:
    assert facility_from_story("we were at the mercy of the night nurses").kind == "unknown"
