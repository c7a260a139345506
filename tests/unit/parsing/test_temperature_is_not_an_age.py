"""A temperature read out ("my temp is 103", "tengo 103 de fiebre") is never an age: not as
the answer to the age question, nor as a correction of the age given at another question.
Nor is a count of something else said with "tener" ("tiene 3 hijos"). A tuned visitor at
the lawyer question said she had just taken her temperature and had 103; the age became 103
and she was told it had been corrected."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 4)
GIVEN = {"patient_age": "52", "provider": "Mercy Clinic", "incident_date": "2026-08-10"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("perdón, me acabo de tomar la temperatura y tengo 104", "es"),
        ("disculpe, tengo 103 de fiebre y estoy temblando", "es"),
        ("oiga, mi niña tiene 40 grados de temperatura", "es"),
        ("perdón, la fiebre le subió y tiene 39.8", "es"),
        ("perdón, tiene 3 hijos y nadie los cuida", "es"),
        ("sorry, I just checked and my temp is 104", "en"),
        ("wait, I have a fever of 103 and chills", "en"),
        ("sorry, her temperature was 105 this morning", "en"),
        ("actually it's 103 degrees, the thermometer says so", "en"),
    ],
)
def test_a_temperature_said_at_another_question_corrects_no_age(text: str, language: str) -> None:
    found = multilingual.parse_correction(text, TODAY, GIVEN, language)
    assert found.field != "patient_age"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tengo 103 de fiebre", "es"),
        ("me tomé la temperatura y tengo 104", "es"),
        ("tiene 40 grados", "es"),
        ("my temp is 103", "en"),
        ("a fever of 104", "en"),
    ],
)
def test_a_temperature_is_no_answer_to_the_age_question(text: str, language: str) -> None:
    assert not multilingual.parse_answer("patient_age", text, TODAY, {}, language).ok


@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("perdón, tiene 61, no 16", "es", 61),
        ("perdón, tenía 73 cuando pasó", "es", 73),
        ("perdón, ya cumplió 58 en marzo", "es", 58),
        ("perdón, tengo 46", "es", 46),
        ("sorry, she was 67 not 76", "en", 67),
        ("actually he is 39", "en", 39),
    ],
)
def test_an_age_corrected_is_still_an_age(text: str, language: str, age: int) -> None:
    found = multilingual.parse_correction(text, TODAY, GIVEN, language)
    assert found.field == "patient_age"
    assert (found.values or {})["patient_age"] == age


@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("tiene 40 grados de fiebre pero tiene 8 años", "es", 8),
        ("she had a fever, she was 68", "en", 68),
        ("103 degrees and I'm 45 years old", "en", 45),
    ],
)
def test_an_age_said_beside_a_temperature_is_kept(text: str, language: str, age: int) -> None:
    parsed = multilingual.parse_answer("patient_age", text, TODAY, {}, language)
    assert parsed.values.get("patient_age") == age
