"""Classes the round-21 Spanish visitors showed, in wordings of our own.

FIRST SIGHT (bench/conversation/visitors/tuned/es_t21_blind.yml, written 2026-12-05):
es21_03, 07, 08, 10, 11 and 12 failed. es21_07 (the World Cup's first match) and es21_08
(Mother's Day corrected to the Tuesday, the Dominican one) are the Spanish dates fixer's
(branch esdates7) and are not touched here.

AFTER: tuned and held-back figures are the lead's to measure (this branch does not run the
conversation benchmark); the unit readings of es21_03, 10, 11 and 12 are right.

Classes fixed (one line each):
- Ash Wednesday / Mardi Gras ("el Miércoles de Ceniza", "el martes de carnaval"): 46 and 47
  days before Easter (dateutil), also counted from ("dos días después del ...").
- A relative who only set up, typed or translated the chat ("mi nieto me puso esto en
  español", "my grandson set this up for me") is never the patient.
- A relative who only took the visitor to care ("mi esposo me llevó al hospital"), with the
  care told as the visitor's own ("fui al quiropráctico ... me hizo"): the visitor is it.
- A widow's descriptor after a name ("Caridad Rosales, viuda de Peña", "widow of ...") is
  no part of the name kept (as a courtesy title is not); "Ruiz de Soto" is a surname, kept.
- A frame with a clue ("a finales de marzo. justo antes de Semana Santa, creo"): the month
  or part of one said alone stands, narrowed by the holiday clue where they overlap.
- "Antes de Semana Santa": the week before Palm Sunday (Semana Santa runs Palm Sunday to
  Easter), not Holy Week itself.
- Held from a day until taken to hospital ("lo detuvieron el 2 de noviembre, y para el
  viernes ya estaba en el hospital"): the span, the weekday counted from the day held.
- "Let me check" at the provider question ("no sé el nombre de la agencia, déjeme ver",
  "hold on, let me look") is no provider: asked again, kept as unknown at the fallback.
- A don't-know that leans to no at the lawyer question ("no sé, no creo", "mi tía no ha
  dicho nada de abogado", "idk, I don't think so") is no lawyer; "no sé" alone stays one.

Left: es21_10's age (the visitor asks "¿para qué necesitan mi edad?" at both asks and the
intake then leaves it to the attorney, as it does for any visitor who asks why twice).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual, questions
from bot.intake import story as english_story
from bot.intake.answers import parse_has_lawyer as english_has_lawyer
from bot.intake.answers import parse_name
from bot.intake.answers import parse_provider as english_provider
from bot.intake.dates import parse_when as english_when
from bot.intake.es import answers, dates, story
from bot.intake.slot_names import UNKNOWN

TODAY = date(2026, 12, 5)


def _when(text: str) -> str:
    return dates.parse_when(text, TODAY).to_slot()


# --- Ash Wednesday ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("A mi mamá la internaron el miércoles de ceniza, lo sé por la misa", "2026-02-18"),
        ("el miercoles de cenizas del 2024", "2024-02-14"),
        ("fue el Miércoles de Ceniza del año pasado", "2025-03-05"),
        ("el martes de carnaval", "2026-02-17"),
        ("tres días después del miércoles de ceniza", "2026-02-21"),
    ],
)
def test_ash_wednesday_es(said: str, slot: str) -> None:
    assert _when(said) == slot


def test_ash_wednesday_in_a_spanish_story() -> None:
    told = story.extract("A mi abuelo lo operaron el miércoles de ceniza y se infectó", TODAY)
    assert told.get("incident_date") == "2026-02-18"


def test_ash_wednesday_en_counted_from_easter() -> None:
    # a guard: the English reader already counts it (dates._FROM_EASTER)
    assert english_when("on Ash Wednesday 2025", TODAY).to_slot() == "2025-03-05"


def test_a_plain_wednesday_is_still_a_wednesday() -> None:
    assert _when("el miércoles") == "2026-12-02"


# --- a relative who only helps with the chat ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "relationship"),
    [
        ("Mi hija me puso la página en español. Vengo por lo de mi hermano, que murió.", "brother"),
        ("mi nieta me está traduciendo. a mi esposa le dieron mal la medicina", "wife"),
        ("Mi hijo escribe por mí. Mi mamá se cayó en el asilo", "mother"),
    ],
)
def test_a_relative_who_set_up_the_chat_is_not_the_patient_es(said: str, relationship: str) -> None:
    assert story.extract(said, TODAY).get("patient_relationship") == relationship


@pytest.mark.parametrize(
    ("said", "relationship"),
    [
        ("My daughter set this up for me. I'm writing about my husband, who passed.", "husband"),
        ("Hello, my grandson set it up for me. It is about my wife's death.", "wife"),
        ("My son set up the chat. I want to ask about my mother, who died.", "mother"),
    ],
)
def test_a_relative_who_set_up_the_chat_is_not_the_patient_en(said: str, relationship: str) -> None:
    _, found = english_story.find_patient(said)
    assert found == relationship


def test_a_relative_told_of_is_still_the_patient() -> None:
    assert story.extract("Mi hija se cayó en el hospital", TODAY).get("patient_relationship") == (
        "daughter"
    )
    _, found = english_story.find_patient("My daughter set the table and then she fell")
    assert found == "daughter"


# --- a relative who only took the visitor to care --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Fui al dentista y me hizo una extracción mal; mi hermana me llevó a urgencias.",
        "Me operaron de la rodilla y mi esposo me recogió; desde entonces no camino bien",
        "Fui a la clínica y el doctor me recetó algo que me dio alergia. Mi hijo me llevó.",
    ],
)
def test_the_visitor_taken_to_care_by_a_relative_is_the_patient(said: str) -> None:
    told = story.extract(said, TODAY)
    assert told.get("patient_is_self") is True
    assert "patient_relationship" not in told


def test_a_relative_harmed_is_still_the_patient_beside_a_helper() -> None:
    told = story.extract("Mi hermana me llevó al hospital. A mi papá lo operaron mal.", TODAY)
    assert told.get("patient_relationship") == "father"


def test_a_relative_who_took_the_visitor_keeps_the_old_reading_without_own_care() -> None:
    told = story.extract("Mi esposo me llevó a urgencias porque a él le dolía el pecho", TODAY)
    assert told.get("patient_relationship") == "husband"


# --- a widow's descriptor after a name --------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Rosario Méndez, viuda de Ibarra", "Rosario Méndez"),
        ("Soy Lucía Ferrer Vda. de Gómez", "Lucía Ferrer"),
        ("Ana Beltrán viuda de Solís.", "Ana Beltrán"),
    ],
)
def test_a_widows_descriptor_is_not_kept_es(said: str, name: str) -> None:
    assert multilingual.parse_answer("full_name", said, TODAY, None, "es").values == {
        "full_name": name
    }


def test_a_widows_descriptor_is_not_kept_en() -> None:
    assert parse_name("Ida Vance widow of Carl Vance").values == {"full_name": "Ida Vance"}


@pytest.mark.parametrize("said", ["Carmen Ruiz de Soto", "Pilar de la Viuda"])
def test_a_surname_with_de_is_kept(said: str) -> None:
    assert multilingual.parse_answer("full_name", said, TODAY, None, "es").values == {
        "full_name": said
    }


# --- a frame with a clue; before Semana Santa --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("A finales de marzo. Poco antes de Semana Santa, me parece", "2026-03-22..2026-03-28"),
        ("a finales de noviembre, justo después de acción de gracias", "2026-11-27..2026-11-30"),
        ("en noviembre, poco antes de acción de gracias", "2026-11-19..2026-11-25"),
        ("a finales de diciembre. justo después de navidad", "2025-12-26..2025-12-31"),
    ],
)
def test_a_frame_narrowed_by_its_clue(said: str, slot: str) -> None:
    assert _when(said) == slot


def test_a_clue_that_misses_the_frame_leaves_the_frame() -> None:
    assert _when("a finales de marzo, después de semana santa") == "2026-03-20..2026-03-31"


def test_a_frame_alone_is_unchanged() -> None:
    assert _when("a finales de marzo") == "2026-03-20..2026-03-31"


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("justo antes de Semana Santa", "2026-03-22..2026-03-28"),
        ("un poco antes de la semana santa del año pasado", "2025-04-06..2025-04-12"),
        ("la semana antes de semana santa de 2024", "2024-03-17..2024-03-23"),
    ],
)
def test_before_semana_santa_is_the_week_before_palm_sunday(said: str, slot: str) -> None:
    assert _when(said) == slot


def test_semana_santa_itself_is_unchanged() -> None:
    assert _when("en semana santa") == "2026-03-29..2026-04-05"


# --- held until taken to hospital ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        (
            "Lo arrestaron el martes 6 de octubre y para el sábado ya estaba en el hospital",
            "2026-10-06..2026-10-10",
        ),
        (
            "la internaron en el asilo el 3 de agosto y el 9 se la llevaron a urgencias",
            "2026-08-03..2026-08-09",
        ),
        (
            "lo metieron a la cárcel el 14 de julio y el 18 se lo llevaron al hospital",
            "2026-07-14..2026-07-18",
        ),
    ],
)
def test_held_until_taken_to_hospital_is_the_span(said: str, slot: str) -> None:
    assert _when(said) == slot


def test_a_day_held_alone_is_that_day() -> None:
    assert _when("lo detuvieron el 2 de noviembre") == "2026-11-02"


# --- "let me check" at the provider question ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no sé el nombre de la compañía, déjeme buscar",
        "un momentito, lo busco en los papeles",
        "no sé, tengo que preguntarle a mi hermana",
    ],
)
def test_let_me_check_is_no_provider_es(said: str) -> None:
    assert answers.parse_provider(said).error == "dont_know"


@pytest.mark.parametrize(
    "said",
    [
        "idk the agency's name, let me check",
        "hold on, let me look",
        "not sure, I'll have to ask my aunt",
    ],
)
def test_let_me_check_is_no_provider_en(said: str) -> None:
    assert not english_provider(said).ok


def test_let_me_check_is_kept_as_unknown_at_the_fallback() -> None:
    assert questions.fallback("provider", "déjeme checar") == (
        {"provider": UNKNOWN},
        "provider_unclear",
    )


@pytest.mark.parametrize(
    "said", ["Sunrise Home Care, déjeme ver si es así", "a ver... el Hospital San Marcos"]
)
def test_a_provider_named_beside_let_me_check_is_kept(said: str) -> None:
    assert answers.parse_provider(said).values == {"provider": said}


# --- a don't-know leaning to no at the lawyer question ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no sé, creo que no",
        "no sé, mi mamá nunca ha hablado de abogado",
        "ni idea, me parece que no",
    ],
)
def test_a_dont_know_leaning_no_is_no_lawyer_es(said: str) -> None:
    assert answers.parse_has_lawyer(said).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "said",
    [
        "idk, I don't think so",
        "not sure, I doubt it",
        "I don't know, my dad never said anything about a lawyer",
    ],
)
def test_a_dont_know_leaning_no_is_no_lawyer_en(said: str) -> None:
    assert english_has_lawyer(said).values == {"has_lawyer": False}


@pytest.mark.parametrize("said", ["no sé", "no sé, creo que sí", "no sé, no creo, ya tenemos uno"])
def test_a_bare_or_leaning_yes_dont_know_is_unchanged(said: str) -> None:
    before = {"no sé": None, "no sé, creo que sí": None, "no sé, no creo, ya tenemos uno": True}
    assert answers.parse_has_lawyer(said).values.get("has_lawyer") == before[said]
