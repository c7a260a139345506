"""How es/care_words.py puts a Spanish story in the English the shared classifiers read:
texting shorthand spelled out, the clitic put as the English pronoun, words kept apart."""

from __future__ import annotations

import pytest

from bot.intake.es.care_words import to_english


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("a mi abuela la mandaron a su casa", "sent her home"),
        ("a mi papá lo despacharon de urgencias", "discharged him from the er"),
        ("me dieron de alta", "discharged me"),
        ("nunca me explicaron los riesgos", "never told me the risks"),
        ("en el hospital no le hicieron caso", "nobody listened"),
        ("no lo movían en la cama", "never turned him"),
        ("el doctor no se dio cuenta", "never noticed"),
        ("le pusieron una inyección que no era", "wrong medication"),
        ("le sacaron rayos x", "x-ray"),
    ],
)
def test_a_phrase_is_put_in_the_english_the_patterns_read(spanish: str, english: str) -> None:
    assert english in to_english(spanish)


def test_texting_shorthand_is_spelled_out_first() -> None:
    said = to_english("m dijeron q era ansiedad xq estaba nerviosa")
    assert said.startswith("said it was just anxiety")
    assert "because" in said


def test_a_word_before_a_phrase_stays_a_word_of_its_own() -> None:
    # "...el pediatra dijo que..." must not become "pediatrasaid".
    said = to_english("el pediatra dijo que era un virus")
    assert "pediatrician said it was" in said


def test_what_it_really_was_after_a_comma_reads_as_the_reveal() -> None:
    assert "it was actually meningitis" in to_english("dijo que era un virus, era meningitis")
    assert "it was actually a stroke" in to_english("Me hicieron esperar. Era un derrame.")


def test_cerebral_palsy_is_not_read_as_paralysis_of_the_brain() -> None:
    assert "cerebral palsy" in to_english("ahora tiene parálisis cerebral")


def test_nervios_is_a_nerve_unless_it_is_what_the_doctor_called_it() -> None:
    assert "the nerve" in to_english("le lastimaron los nervios del brazo")
    assert "said it was just anxiety" in to_english("me dijo que eran nervios")


def test_seated_is_breech_only_for_a_baby_coming() -> None:
    assert "breech" in to_english("el bebé venía sentado")
    assert "breech" not in to_english("lo dejaron sentado en su silla todo el día")


def test_se_la_pusieron_is_a_drug_given_not_a_patient_put_somewhere() -> None:
    assert "gave it to him" in to_english("aun así se la pusieron en el hospital")
    assert "put me in" in to_english("me pusieron en el mismo cuarto con un paciente")
