"""Facts told once in the story are kept: age at the time, a lawyer or not, a name, a place."""

from __future__ import annotations

from datetime import date

from bot.intake import answers
from bot.intake.story import extract

TODAY = date(2026, 12, 2)


def test_todays_age_is_counted_back_to_the_incident() -> None:
    facts = extract("my grandpa is 90, in 2021 the nursing home let him fall", TODAY)
    assert facts["patient_age"] == 85 and facts["patient_age_approximate"] is True


def test_todays_age_without_a_date_is_left_to_ask() -> None:
    assert "patient_age" not in extract("she's 77 and the clinic ignored her lump", TODAY)


def test_a_hedged_age_in_the_story() -> None:
    facts = extract("my uncle, in his late sixties, got the wrong blood thinner", TODAY)
    assert facts["patient_age"] == 68 and facts["patient_age_approximate"] is True


def test_age_answer_given_as_today_is_converted_or_asked_again() -> None:
    assert (
        answers.parse_patient_age("he turned 60, he's 60 now", TODAY, "2022-07").values[
            "patient_age"
        ]
        == 56
    )
    assert answers.parse_patient_age("she's 50 now", TODAY).error == "age_now"


def test_no_lawyer_and_a_name_said_in_the_story() -> None:
    facts = extract(
        "This is Rosa Delgado. We haven't talked to a lawyer, the ER missed my son's appendicitis",
        TODAY,
    )
    assert facts["full_name"] == "Rosa Delgado"
    assert facts["has_lawyer"] is False


def test_a_named_hospital_with_its_town() -> None:
    facts = extract("they took my wife to Baptist in Memphis and nobody checked her", TODAY)
    assert facts["provider"] == "Baptist"
    assert facts["incident_state"] == "TN"


def test_an_ordinary_capitalised_feeling_is_not_a_name() -> None:
    assert "full_name" not in extract("I'm Really Upset, my doctor missed my cancer", TODAY)


def test_a_facility_after_this_is_is_not_the_visitors_name() -> None:
    facts = extract("This is Sinai Hospital's doing, they lost my biopsy", TODAY)
    assert "full_name" not in facts
    assert facts["provider"] == "Sinai Hospital"


def test_a_birth_injury_story_gives_a_newborn_and_severity() -> None:
    facts = extract(
        "our son was born with a brachial plexus injury after they pulled too hard", TODAY
    )
    assert facts["patient_age"] == 0
    assert facts["story_severity"] in {"severe", "catastrophic"}


def test_a_date_of_death_is_not_the_date_of_the_care() -> None:
    facts = extract("my wife had her surgery in June 2025 and she passed away in January", TODAY)
    assert facts["incident_date"] == "2025-06"
    assert facts["death_date"] == "2026-01"


def test_a_possessive_is_someone_elses_name() -> None:
    assert "full_name" not in extract("this is Maya Ortiz's husband, the ER sent her home", TODAY)
