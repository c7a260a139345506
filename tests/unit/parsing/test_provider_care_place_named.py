"""A place of care named by the stay or the visit, not by a facility word: "went to the ER
at Boston Medical", "I was in Ochsner for 12 days", "put him in Harris County jail", "the VA
in Asheville"; and shouted text, where capitals say nothing about names."""

from __future__ import annotations

import pytest

from bot.intake.story import find_provider


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Took my wife to the emergency room at Lakeview Regional and they sent her home",
            "Lakeview",
        ),
        ("my son went to the ER at Grady, they never did an x-ray", "Grady"),
        (
            "He slipped at work, went to the ER at Saint Vincent. Nobody read the scan.",
            "Saint Vincent",
        ),
        ("I WAS IN TULANE FOR 9 DAYS AND THE NURSES NEVER TURNED ME", "Tulane"),
        ("My mother was in Piedmont Fayette for two weeks after her hip", "Piedmont Fayette"),
        ("dad spent three days at Riverside and came out with a bedsore", "Riverside"),
        (
            "they locked my cousin in Maricopa County jail and ignored his seizures",
            "Maricopa County",
        ),
        ("He was at the Fulton County Jail when the nurse refused his meds", "Fulton County"),
        ("THE VA IN DURHAM LOST MY BIOPSY", "VA in Durham"),
        ("the VA in Tampa never called me back about the scan", "VA in Tampa"),
        ("THE ER AT PARKLAND MISSED IT", "Parkland"),
    ],
)
def test_the_place_of_care_is_kept(text: str, expected: str) -> None:
    assert expected.lower() in (find_provider(text) or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "I was in Denver for 3 days visiting my sister when I got sick",
        "we were in Atlanta for a week when the pain started",
        "I was in labor for 30 hours and they waited too long",
        "I WAS IN PAIN FOR 5 DAYS AND NOBODY CAME",
        "went to the ER at night and they sent me home",
        "WENT TO THE ER AT MIDNIGHT, WAITED 6 HOURS",
        "they put him in jail and ignored his insulin",
        "he was in the county jail for a week",
        "I WAS IN OHIO FOR 2 WEEKS AFTER SURGERY",
        "the ER at Easter was packed and they rushed me",
        "I was in Chicago when my doctor called",
    ],
)
def test_no_place_is_made_up(text: str) -> None:
    assert find_provider(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "THE NEW DOCTOR SHOWED ME THE SCAN AND THE OLD ONE WAS THERE",
        "MY DOCTOR TOLD ME IT WAS NOTHING",
        "THE SECOND DOCTOR LOOKED AT IT AND SAID IT WAS CANCER",
        "A DOCTOR FINALLY ORDERED THE MRI",
    ],
)
def test_a_shouted_verb_after_doctor_is_not_a_name(text: str) -> None:
    assert find_provider(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DR PATEL SAID IT WAS FINE", "Dr. Patel"),
        ("DR. OKAFOR DID MY SURGERY", "Dr. Okafor"),
        ("Dr. Lin at the ER at Mercy sent me home", "Dr. Lin"),
    ],
)
def test_a_shouted_doctor_keeps_the_name(text: str, expected: str) -> None:
    assert (find_provider(text) or "").startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The VA told me my hip was bruised. I walked on a broken hip for a month",
        "THE VA MAILED ME SOMEBODY ELSES PILLS AND I TOOK THEM",
        "My husband's positive stool test sat at the VA for over a year",
        "VA screwed up my surgery. Can you sue the VA?",
    ],
)
def test_the_va_alone_names_no_facility(text: str) -> None:
    # Which VA is asked (the visitor answers "Bay Pines", "the VA in Tampa"); storing "VA"
    # from the story skipped the question and lost the facility (tuned t708, t827, t9_07).
    assert find_provider(text) is None
