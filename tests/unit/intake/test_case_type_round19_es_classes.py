"""Case types after blind round 19, by class, in my own wordings (Spanish and English).

A mother bleeding after the birth, the birth told first ("tuvo al bebé por cesárea y
después se estaba desangrando y las enfermeras no hicieron caso"), was a misdiagnosis (the
nurses' "no hicieron caso" read as a doctor who would not listen) or, in English, surgical
("had a c-section" is a surgical act): it is a birth injury, or the nurses' negligence. An
organ perforated in an operation and not noticed until sepsis was a misdiagnosis: it is
the surgery's injury. A perforated appendix missed in the ER stays a misdiagnosis, and an
operation's own mistake told without a birth stays surgical.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.es import care_words

BIRTH_OR_NURSING = {CaseType.BIRTH_INJURY, CaseType.NURSING_HOSPITAL_NEGLIGENCE}

BLEEDING_AFTER_THE_BIRTH_ES = [
    "a mi hija le hicieron cesárea y luego se estaba desangrando y las enfermeras no le "
    "hicieron caso",
    "mi esposa dio a luz y después empezó a desangrarse, los enfermeros nunca hicieron caso",
    "tuvo a la niña por parto normal y luego se desangró en el cuarto y el personal no le "
    "hacía caso",
]
BLEEDING_AFTER_THE_BIRTH_EN = [
    "my wife had the baby by c-section and then she was hemorrhaging and the nurses ignored it",
    "she gave birth and later bled so much they had to take her uterus",
    "after the delivery and then she lost a lot of blood, nobody came",
]
PERFORATED_UNNOTICED_ES = [
    "lo operaron de la vesícula, le perforaron el intestino y no se dieron cuenta hasta que "
    "tenía una infección en la sangre",
    "en la cirugía le perforaron algo y no se dieron cuenta en tres días",
]
PERFORATED_UNNOTICED_EN = [
    "during the hysterectomy they nicked her bladder and never noticed until she was septic",
    "his colon was perforated during the surgery and nobody noticed for days",
]
STILL_MISDIAGNOSIS = [
    "en la sala de emergencias dijeron que era gastritis y era el apéndice, ya estaba "
    "perforado y no se dieron cuenta",
    "he had a perforated appendix and the ER never noticed, they sent him home",
]
STILL_SURGICAL = [
    "me operaron de la rodilla equivocada",
    "the surgeon left a sponge inside me after my c-section",
]


def _es(text: str) -> CaseType | None:
    return classify_case_type(care_words.to_english(text))


@pytest.mark.parametrize("text", BLEEDING_AFTER_THE_BIRTH_ES)
def test_bleeding_after_the_birth_es(text: str) -> None:
    assert _es(text) in BIRTH_OR_NURSING


@pytest.mark.parametrize("text", BLEEDING_AFTER_THE_BIRTH_EN)
def test_bleeding_after_the_birth_en(text: str) -> None:
    assert classify_case_type(text) in BIRTH_OR_NURSING


@pytest.mark.parametrize("text", PERFORATED_UNNOTICED_ES)
def test_an_organ_perforated_and_unnoticed_is_surgical_es(text: str) -> None:
    assert _es(text) is CaseType.SURGICAL


@pytest.mark.parametrize("text", PERFORATED_UNNOTICED_EN)
def test_an_organ_perforated_and_unnoticed_is_surgical_en(text: str) -> None:
    assert classify_case_type(text) is CaseType.SURGICAL


@pytest.mark.parametrize("text", STILL_MISDIAGNOSIS)
def test_a_perforated_appendix_missed_stays_a_misdiagnosis(text: str) -> None:
    english = care_words.to_english(text)
    assert classify_case_type(english) is CaseType.MISDIAGNOSIS


@pytest.mark.parametrize("text", STILL_SURGICAL)
def test_an_operations_own_mistake_stays_surgical(text: str) -> None:
    assert classify_case_type(care_words.to_english(text)) is CaseType.SURGICAL
