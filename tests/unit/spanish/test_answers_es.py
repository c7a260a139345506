"""Spanish answers are read into the same values the English parsers give."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.es import dates as dates_es
from bot.intake.es import places as places_es
from bot.intake.es import replies as replies_es
from bot.intake.multilingual import is_dont_know, is_no, is_yes, parse_answer

TODAY = date(2026, 6, 15)


def es(field: str, text: str, context: dict | None = None) -> answers.Parsed:
    return parse_answer(field, text, TODAY, context, language="es")


# --- sí / no / no sé ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Sí", "si", "Si.", "sí, claro", "si claro", "ajá", "claro", "órale", "de acuerdo", "Yes"],
)
def test_everyday_yes(text: str) -> None:
    assert is_yes(text, "es") and not is_no(text, "es")


@pytest.mark.parametrize(
    "text", ["no", "No, gracias", "nel", "para nada", "todavía no", "claro que no"]
)
def test_everyday_no(text: str) -> None:
    assert is_no(text, "es") and not is_yes(text, "es")


@pytest.mark.parametrize(
    "text", ["no sé", "No se.", "nose", "ni idea", "no me acuerdo", "quién sabe", "no estoy segura"]
)
def test_dont_know_is_neither_yes_nor_no(text: str) -> None:
    assert is_dont_know(text, "es")
    assert not is_yes(text, "es") and not is_no(text, "es")


def test_si_meaning_if_is_not_a_yes() -> None:
    assert not replies_es.is_yes("si me acuerdo bien fue en marzo")
    assert not replies_es.is_dont_know("no se dio cuenta nadie")


def test_yes_no_questions_take_spanish() -> None:
    assert es("has_lawyer", "ajá").values == {"has_lawyer": True}
    assert es("has_lawyer", "todavía no").values == {"has_lawyer": False}
    assert es("has_lawyer", "tuvimos uno pero ya no").values == {"has_lawyer": False}
    assert es("patient_died", "sí, falleció en marzo").values == {"patient_died": True}
    assert es("patient_died", "no, gracias a Dios sigue vivo").values == {"patient_died": False}
    assert es("has_lawyer", "no sé").error == "dont_know"
    assert es("contact_consent", "prefiero que no").values == {"contact_consent": False}


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("el 3 de marzo del año pasado", "2025-03-03"),
        ("10 de octubre de 2024", "2024-10-10"),
        ("en mayo del 2023", "2023-05"),
        ("marzo de 2024", "2024-03"),
        ("en 2022", "2022"),
        ("ayer", "2026-06-14"),
        ("25/12/2024", "2024-12-25"),
        ("en el verano de 2024", "2024-06-01..2024-08-31"),
        ("a principios de enero", "2026-01-01..2026-01-10"),
        ("a finales de 2023", "2023-09-01..2023-12-31"),
    ],
)
def test_spanish_dates(text: str, encoded: str) -> None:
    assert es("incident_date", text).values["incident_date"] == encoded


def test_spanish_and_english_say_the_same_vague_dates() -> None:
    pairs = [
        ("hace dos años", "two years ago"),
        ("hace unos tres meses", "about three months ago"),
        ("la semana pasada", "last week"),
        ("en navidad", "at Christmas"),
        ("el verano pasado", "last summer"),
        ("hace año y medio", "18 months ago"),
        ("después de navidad", "after Christmas"),
    ]
    for spanish, english_words in pairs:
        assert dates_es.parse_when(spanish, TODAY) == answers_when(english_words), spanish


def answers_when(text: str) -> object:
    from bot.intake.dates import parse_when

    return parse_when(text, TODAY)


def test_a_day_and_month_that_read_both_ways_keep_the_doubt() -> None:
    when = dates_es.parse_when("3/4/2025", TODAY)
    assert (when.earliest, when.latest, when.precision) == (
        date(2025, 3, 4),
        date(2025, 4, 3),
        "range",
    )


def test_date_errors_have_the_english_codes() -> None:
    assert es("incident_date", "el mes que viene").error == "future"
    assert es("incident_date", "en 2031").error == "future"
    assert es("incident_date", "no me acuerdo").error == "dont_know"
    assert es("incident_date", "cuando me operaron").error == "unparsed"
    assert es("discovery_date", "no sé").values == {"discovery_date": "unknown"}
    assert es("discovery_date", "apenas me enteré").values["discovery_date"] == TODAY.isoformat()
    assert es("discovery_date", "cuando me dieron los resultados").error == "no_date"
    assert es("discovery_date", "cuando llegaron los resultados en mayo").values == {
        "discovery_date": "2026-05",
    }
    assert es("discovery_date", "ahorita").values["discovery_date"] == TODAY.isoformat()


def test_spanish_read_back_of_dates() -> None:
    assert (
        dates_es.describe(dates_es.parse_when("3 de marzo de 2024", TODAY)) == "3 de marzo de 2024"
    )
    assert dates_es.describe(dates_es.parse_when("mayo de 2023", TODAY)) == "mayo de 2023"


# --- states and cities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nueva York", "NY"),
        ("nuevo méxico", "NM"),
        ("Carolina del Norte", "NC"),
        ("Luisiana", "LA"),
        ("Pensilvania", "PA"),
        ("en Los Ángeles", "CA"),
        ("cerca de Filadelfia", "PA"),
        ("vivimos en Texas pero pasó en Luisiana", "LA"),
        ("fue en un hospital de Houston", "TX"),
        ("NJ", "NJ"),
    ],
)
def test_spanish_states_and_cities(text: str, code: str) -> None:
    assert es("incident_state", text).values["incident_state"] == code


def test_an_ambiguous_city_offers_its_states_in_spanish() -> None:
    parsed = es("incident_state", "en Springfield")
    assert parsed.error == "ambiguous_city" and "MO" in parsed.candidates
    assert places_es.candidates_text(["IL", "MO", "MA"]) == "Illinois, Misuri o Massachusetts"


def test_not_knowing_the_state_is_dont_know() -> None:
    assert es("incident_state", "no sé").error == "dont_know"
    assert (
        es("incident_state", "no estoy seguro, pero fue en Boise").values["incident_state"] == "ID"
    )


# --- who, and how old ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rel"),
    [
        ("mi mamá", "mother"),
        ("mi esposo", "husband"),
        ("mi hijo de 3 años", "son"),
        ("mi abuelita", "grandmother"),
        ("Mi Papito", "father"),
        ("soy su mamá", "child"),
        ("mi suegra", "mother-in-law"),
        ("soy su enfermera", "caregiver_professional"),
        ("una amiga", "friend"),
    ],
)
def test_relationships_in_spanish(text: str, rel: str) -> None:
    assert es("patient_relationship", text).values == {"patient_relationship": rel}


def test_was_it_you() -> None:
    assert es("patient_is_self", "sí, fui yo").values == {"patient_is_self": True}
    assert es("patient_is_self", "no, mi esposa").values == {
        "patient_is_self": False,
        "patient_relationship": "wife",
    }
    assert es("patient_is_self", "otra persona").values == {"patient_is_self": False}
    # A relative named only as the one who sent them is not the patient.
    sent = es("patient_is_self", "mi hermana me dijo que les escribiera; fue mi papá")
    assert sent.values["patient_relationship"] == "father"


@pytest.mark.parametrize(
    ("text", "age", "approximate"),
    [
        ("45", 45, False),
        ("unos 45", 45, True),
        ("como 60 años", 60, True),
        ("cuarenta y tantos", 45, True),
        ("treinta y pocos", 32, True),
        ("tenía cincuenta y dos años", 52, False),
        ("8 meses", 0, False),
        ("recién nacido", 0, False),
    ],
)
def test_ages_in_spanish(text: str, age: int, approximate: bool) -> None:
    values = es("patient_age", text).values
    assert values["patient_age"] == age
    assert values.get("patient_age_approximate", False) is approximate


def test_an_age_given_as_now_is_counted_back() -> None:
    values = es("patient_age", "tiene 80 ahora", {"incident_date": "2024-05"}).values
    assert values["patient_age"] == 78
    assert es("patient_age", "tiene 80 ahora").error == "age_now"


def test_a_birth_date_in_spanish() -> None:
    values = es("patient_age", "nació el 3 de marzo de 1980", {"incident_date": "2024-05"}).values
    assert values["patient_birth_date"] == "1980-03-03" and values["patient_age"] == 44


# --- the rest ---------------------------------------------------------------------------------


def test_story_openers_and_stories() -> None:
    assert es("incident_description", "hola, necesito ayuda con un caso").error == "opener"
    assert es("incident_description", "¿es confidencial?").error == "opener"
    story = "a mi papá le dieron la medicina equivocada en la farmacia y terminó en el hospital"
    assert es("incident_description", story).values == {"incident_description": story}


def test_names_contact_and_provider() -> None:
    assert es("full_name", "me llamo Rosa Elena Díaz").values == {"full_name": "Rosa Elena Díaz"}
    consent = es("contact_consent", "sí, al 312 555 0142").values
    assert consent["contact_consent"] is True and consent["phone"] == "+13125550142"
    assert es("provider", "no sé cómo se llamaba el doctor").error == "dont_know"
    assert es("provider_government", "sí, era del VA").values == {"provider_government": "federal"}
    assert es("provider_government", "no, una clínica privada").values == {
        "provider_government": "private"
    }


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("incident_date", "March 2024"),
        ("incident_date", "about two years ago"),
        ("incident_state", "we're up in Milwaukee"),
        ("patient_age", "mid-sixties"),
        ("patient_is_self", "my mom"),
        ("has_lawyer", "not yet"),
        ("contact_consent", "yes, 201 555 0123"),
    ],
)
def test_english_results_are_unchanged(field: str, text: str) -> None:
    assert parse_answer(field, text, TODAY) == answers.parse(field, text, TODAY)
    assert parse_answer(field, text, TODAY, language="en") == answers.parse(field, text, TODAY)


# --- a name with the number, and the story -------------------------------------------------


def test_a_name_said_with_the_number() -> None:
    values = es("contact_consent", "sí, soy Rosa Díaz y mi cel es 312 555 0142").values
    assert values["full_name"] == "Rosa Díaz" and values["phone"] == "+13125550142"
    assert "full_name" not in es("contact_consent", "claro, al 312 555 0142").values


def test_what_a_spanish_story_states() -> None:
    from bot.intake.multilingual import story_facts

    told = story_facts(
        "a mi papá lo operaron del corazón en mayo de 2025 en un hospital de Houston",
        TODAY,
        "es",
    )
    assert told == {
        "incident_state": "TX",
        "incident_city": "Houston",
        "incident_date": "2025-05",
        "patient_is_self": False,
        "patient_relationship": "father",
    }
    mine = story_facts("me operaron de la rodilla hace dos años en Nueva Jersey", TODAY, "es")
    assert mine["patient_is_self"] is True and mine["incident_state"] == "NJ"
    death = story_facts("mi esposa murió en abril de 2025 después del parto", TODAY, "es")
    assert death["patient_died"] is True and "incident_date" not in death
    assert (
        story_facts("mi mamá casi se muere en la operación", TODAY, "es").get("patient_died")
        is None
    )
    assert story_facts("el doctor no me hizo caso", TODAY, "es") == {}


def test_every_question_has_a_spanish_reader() -> None:
    from bot.intake.es import answers as answers_es

    assert set(answers_es.PARSERS) == set(answers.PARSERS)
