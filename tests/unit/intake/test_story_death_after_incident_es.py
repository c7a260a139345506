"""A death told in a Spanish story relative to the care is placed from the incident date.

English does it in bot/intake/story.py (``_death_after_incident``): "they sent him home
on March 3 and he died two days later" gives the incident date and a death date two
days on. A Spanish story says the same things in its own ways: "murió a los dos días",
"falleció esa misma noche", "a la semana siguiente murió", "al otro día amaneció
muerto", "a los pocos días". Written before the Spanish reader was changed; each row is
(story, incident date expected, death date expected), read as the assessment reads a
Spanish story (multilingual.story_facts with "es").
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts

TODAY = date(2026, 6, 1)

PLACED: list[tuple[str, str, str]] = [
    (
        "A mi papá lo mandaron a casa de urgencias el 3 de marzo de 2025 y murió dos días después.",
        "2025-03-03",
        "2025-03-05",
    ),
    (
        "Operaron a mi mamá el 10 de enero de 2025 y falleció esa misma noche.",
        "2025-01-10",
        "2025-01-10",
    ),
    (
        "mi esposo fue a la clinica el 7 de abril de 2025, le dijeron que era gastritis. "
        "murio a los dos dias",
        "2025-04-07",
        "2025-04-09",
    ),
    (
        "A mi hermano le hicieron una cirugía el 2 de febrero de 2025. A la semana "
        "siguiente murió.",
        "2025-02-02",
        "2025-02-09",
    ),
    (
        "mi abuela se cayo en el asilo el 15 de mayo de 2025 y se nos fue al dia siguiente",
        "2025-05-15",
        "2025-05-16",
    ),
    (
        "Mi hijo nació por cesárea el 20 de junio de 2025, le faltó oxígeno y murió a los "
        "tres días.",
        "2025-06-20",
        "2025-06-23",
    ),
    (
        "El 1 de julio de 2025 llevamos a mi tío a emergencias y lo mandaron a casa con "
        "pastillas; a la mañana siguiente amaneció muerto.",
        "2025-07-01",
        "2025-07-02",
    ),
    (
        "Mi madre tuvo la operación de la vesícula el 4 de agosto de 2025 y murió en la "
        "mesa de operaciones.",
        "2025-08-04",
        "2025-08-04",
    ),
    (
        "A mi esposa la operaron el 12 de septiembre de 2025 y a los pocos días falleció.",
        "2025-09-12",
        "2025-09-14..2025-09-17",
    ),
    (
        "a mi papa le pusieron la anestesia el 5 de octubre de 2025 y murio durante la operacion",
        "2025-10-05",
        "2025-10-05",
    ),
    (
        "Mi hermana dio a luz el 3 de marzo de 2025 y falleció una semana después por una "
        "infección que no vieron.",
        "2025-03-03",
        "2025-03-10",
    ),
    (
        "A mi abuelo le dieron de alta el 8 de noviembre de 2024 y murió diez días más tarde.",
        "2024-11-08",
        "2024-11-18",
    ),
    (
        "Mi mamá fue a la consulta el 3 de diciembre de 2024, el doctor no le hizo caso. "
        "Al otro día se murió.",
        "2024-12-03",
        "2024-12-04",
    ),
    (
        "El 14 de febrero de 2025 operaron a mi padre de la rodilla. Falleció a los quince "
        "días de la operación.",
        "2025-02-14",
        "2025-03-01",
    ),
    (
        "A mi hijo lo vieron en urgencias el 9 de enero de 2025 y se murió unas horas después.",
        "2025-01-09",
        "2025-01-09",
    ),
    (
        "Mi esposo tuvo la cirugía el 6 de marzo de 2025 y al mes falleció.",
        "2025-03-06",
        "2025-04-03..2025-04-06",
    ),
    (
        "A mi madre le pusieron la medicina equivocada el 2 de abril de 2025 y murió esa tarde.",
        "2025-04-02",
        "2025-04-02",
    ),
    (
        "Llevamos a mi papá al hospital el 20 de abril de 2025, lo tuvieron esperando horas "
        "y falleció al día siguiente.",
        "2025-04-20",
        "2025-04-21",
    ),
    (
        "mi dad fue al ER el 5 de mayo de 2025 y lo mandaron pa la casa, murio como dos "
        "dias despues",
        "2025-05-05",
        "2025-05-06..2025-05-08",
    ),
    (
        "A mi hermano lo operaron el 11 de junio de 2025 y a los 4 días murió.",
        "2025-06-11",
        "2025-06-15",
    ),
    (
        "Mi madre entró a cirugía el 1 de marzo de 2025 y antes de una semana ya había fallecido.",
        "2025-03-01",
        "2025-03-01..2025-03-08",
    ),
    (
        "A mi cuñada la atendieron en la clínica el 2 de mayo de 2025 y murió unos días después.",
        "2025-05-02",
        "2025-05-04..2025-05-07",
    ),
    (
        "A mi tío Ramón lo atendieron en la clínica el 3 de marzo de 2025. Se murió tres días "
        "más tarde, en su casa.",
        "2025-03-03",
        "2025-03-06",
    ),
]


@pytest.mark.parametrize(("story", "incident", "death"), PLACED)
def test_spanish_death_told_after_the_care_is_placed_from_the_incident_date(
    story: str, incident: str, death: str
) -> None:
    facts = story_facts(story, TODAY, "es")
    assert facts.get("patient_died") is True
    assert facts.get("incident_date") == incident
    assert facts.get("death_date") == death


def test_como_away_from_the_count_is_no_hedge() -> None:
    # "como le dije": as I told her, not "about three days".
    facts = story_facts(
        "A mi papá lo operaron el 3 de marzo de 2025 y murió tres días después, como le "
        "dije a la enfermera que pasaría.",
        TODAY,
        "es",
    )
    assert facts.get("death_date") == "2025-03-06"


def test_a_time_after_something_else_than_the_care_is_not_placed() -> None:
    # The start is the day he was sent home, whose date the story does not give.
    facts = story_facts(
        "Operaron a mi papá el 3 de marzo de 2025 y murió dos días después de que lo "
        "mandaron a la casa.",
        TODAY,
        "es",
    )
    assert "death_date" not in facts


def test_a_date_said_with_the_death_is_not_taken_for_the_care() -> None:
    facts = story_facts(
        "Mi mamá murió el 5 de marzo de 2025, dos días después de la operación.", TODAY, "es"
    )
    assert facts.get("incident_date") != "2025-03-05"
    assert facts.get("death_date") in (None, "2025-03-05")


def test_almost_dying_places_no_death() -> None:
    facts = story_facts(
        "A mi papá lo operaron el 3 de marzo de 2025 y dos días después casi se muere.",
        TODAY,
        "es",
    )
    assert "death_date" not in facts
    assert "patient_died" not in facts


def test_without_an_incident_date_nothing_is_counted_from_today() -> None:
    facts = story_facts("A mi papá lo mandaron a casa y murió dos días después.", TODAY, "es")
    assert "death_date" not in facts
    assert "incident_date" not in facts


def test_a_death_without_relative_words_still_leaves_the_date_to_the_questions() -> None:
    # One date and a death with no time told: the date may be the death's, so it is asked.
    facts = story_facts("A mi mamá la operaron en marzo de 2025 y murió.", TODAY, "es")
    assert "incident_date" not in facts
    assert "death_date" not in facts
