"""bot.intake.es.harm: the harm a Spanish story states in so many words, as typed, and
nothing less clear (a wrong guess would skip the injury question)."""

from __future__ import annotations

import pytest

from bot.intake.es.harm import harm_in


@pytest.mark.parametrize(
    ("story", "harm"),
    [
        # A result after a connector.
        ("a mi esposo lo operaron de la espalda y ahora no siente las piernas", "no siente"),
        ("la epidural salió mal y me dejó con la pierna entumida", "me dejó con la pierna"),
        ("le dieron otra medicina y terminó en terapia intensiva", "terminó en terapia intensiva"),
        (
            "no le curaban la herida y tuvieron que amputarle el pie",
            "tuvieron que amputarle el pie",
        ),
        ("mi hijo nació morado. Hoy tiene parálisis cerebral", "parálisis cerebral"),
        # "Quedar": a lasting result.
        ("después de la cirugía de columna quedé en silla de ruedas", "quedé en silla de ruedas"),
        ("a mi papá lo operaron de cataratas y quedó ciego de un ojo", "quedó ciego"),
        ("le pusieron la prótesis mal y la pierna le quedó chueca", "quedó chueca"),
        # A harm said of the patient now.
        ("con tanto retraso mi bebé ahora tiene daño cerebral", "tiene daño cerebral"),
        ("por esa operación sufrió una hemorragia interna", "sufrió una hemorragia"),
        # A lost ability said to last.
        ("me cortaron un tendón y ya no puedo cerrar la mano", "ya no puedo cerrar la mano"),
        ("desde entonces no puede tragar nada sólido", "no puede tragar"),
        # A part injured, named with what was done to it.
        ("en la colonoscopia le perforaron el intestino", "le perforaron el intestino"),
        ("se me reventó el apéndice y casi me muero", "se me reventó el apéndice"),
        # The worst outcomes said plainly.
        ("lo sedaron para un estudio y nunca despertó", "nunca despertó"),
        ("en el asilo se cayó y entró en coma", "entró en coma"),
    ],
)
def test_a_stated_harm_is_found(story: str, harm: str) -> None:
    found = harm_in(story)
    assert found is not None and harm in found


@pytest.mark.parametrize(
    "story",
    [
        "me operaron de la rodilla equivocada",
        "la farmacia me dio la medicina de otra persona",
        "tuve una cirugía de rutina en la clínica el año pasado",
        "la enfermera fue muy grosera con mi mamá",
        "el doctor no me hizo caso",
        # "ahora" about the claim, not the harm.
        "me operaron mal y ahora el hospital no me contesta",
        "y ahora quiero demandar a la clínica",
        # An ability lost for a moment, not said to last.
        "no podía caminar del dolor cuando llegué a urgencias",
        # Almost, not a harm in so many words.
        "mi mamá casi se muere en la operación",
    ],
)
def test_no_harm_is_guessed_from_the_act_or_the_claim(story: str) -> None:
    assert harm_in(story) is None


def test_the_harm_is_the_visitors_own_words_accents_and_all() -> None:
    found = harm_in("Después de la cesárea quedó paralítica y además perdió el útero")
    assert found is not None and found.startswith("quedó paralítica")


def test_the_harm_stops_where_a_new_clause_with_its_own_subject_begins() -> None:
    found = harm_in("se cayó de la cama y ahora tiene la cadera rota y el hospital no dice nada")
    assert found is not None
    assert "cadera rota" in found and "hospital" not in found


def test_the_connector_is_kept_without_the_y_before_it() -> None:
    assert harm_in("la operaron mal y ahora ya no puede caminar") == "ahora ya no puede caminar"
