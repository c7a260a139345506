"""Regional family words in Spanish (blind round 13, class 3): Dominican and Puerto Rican
"mai" / "pai", "mi viejo" / "mi vieja", Mexican "mi jefa" / "jefecita", "mi doña",
"mi apá" / "mi amá", "mijo" / "mi'ja", "mamá grande", "mi señora", "mi chamaco", read as
the patient's relationship. "mi jefe" alone is also "my boss" ("le contó a mi jefe mi
diagnóstico y me despidieron"), so it is not read as a father; nor is "mi jefa" beside
words about work. Rows in our own words, beyond one.
"""

from __future__ import annotations

import pytest

from bot.intake.es import patient
from bot.intake.es.answers import parse_patient_is_self, parse_relationship


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("es mi mai", "mother"),
        ("mi pai", "father"),
        ("la mai mía", "mother"),
        ("mi viejo", "father"),
        ("mi vieja, que en paz descanse", "mother"),
        ("mi viejita", "mother"),
        ("mi jefa", "mother"),
        ("mi jefecita", "mother"),
        ("fue mi jefecito", "father"),
        ("mi doña", "mother"),
        ("mi mamita", "mother"),
        ("mi apá", "father"),
        ("es mi amá", "mother"),
        ("mi'jo", "son"),
        ("mija", "daughter"),
        ("mi mijita", "daughter"),
        ("mi mamá grande", "grandmother"),
        ("papá grande", "grandfather"),
        ("mi señora", "wife"),
        ("mi chamaco", "son"),
    ],
)
def test_regional_family_words(text: str, expected: str) -> None:
    assert parse_relationship(text).values == {"patient_relationship": expected}
    assert parse_patient_is_self(text).values == {
        "patient_is_self": False,
        "patient_relationship": expected,
    }


@pytest.mark.parametrize(
    "text",
    [
        "mi jefe",
        "El doctor le contó a mi jefe mi diagnóstico y me despidieron",
        "mi jefa del trabajo",
    ],
)
def test_a_boss_is_not_a_parent(text: str) -> None:
    assert patient.relationship_in(text) not in ("father", "mother")


@pytest.mark.parametrize(
    "text",
    ["el viejo del puesto de al lado", "una señora en la sala de espera", "ama de casa"],
)
def test_the_words_alone_are_not_family(text: str) -> None:
    assert patient.bare_relationship(text) is None
