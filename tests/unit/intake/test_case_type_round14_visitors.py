"""Case types, round 14 visitors (classes from tuned blind visitors, in other words).

Each row is read as the lead's assessment reads it: the story and the provider answer
joined, Spanish care words put in English (assessment.care_story), then the case type
the conversation files (case_kind.case_type_of, with no pick from the list).

1. A neck or back manipulation and the harm right after it is the manipulator's act
   ("other"), even when the story never says chiropractor and he called it normal.
2. A procedure (a scope too), then a hole or tear in an organ found later, after the
   symptoms were waved off ("they said it was gas"): surgical, the harm was done in the
   procedure. Another disease named, or a hole an ulcer made, stays a late diagnosis.
4. Spanish consent: more taken out than agreed, said as people say it ("me operaron para
   quitarme...", "me había sacado", "nadie me preguntó", "firmé un papel para ... nada
   más", "sin permiso", "nunca di mi consentimiento"), reaches the English consent reading.
3. The same as 2 in Spanish: an organ broken in the procedure ("le rompieron el intestino
   en la operación") is torn, not a bone broken; "le hicieron una colonoscopia" is a
   procedure had; "un hoyo en el colon" a hole; "nadie se dio cuenta" nobody noticed.
"""

from __future__ import annotations

import pytest

from bot.intake import case_kind
from bot.intake.assessment import care_story
from bot.intake.case_types import CaseType


def _lead_case_type(story: str, provider: str = "", language: str = "en") -> CaseType | None:
    """The case type the lead gets for this story and provider answer."""
    answers = {"incident_description": story, "provider": provider, "language": language}
    return case_kind.case_type_of(care_story(answers), answers)


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        (
            "he gave my neck a quick hard twist and within minutes the room was spinning and "
            "I was vomiting. he told me that happens sometimes. I had torn an artery and had a "
            "stroke",
            "",
        ),
        (
            "She cracked my neck twice, my left side went numb and my speech slurred. She said "
            "I was fine. It was a vertebral artery dissection",
            "Back in Line Wellness",
        ),
        (
            "got a neck manipulation at the spine clinic, felt faint and threw up in the car, "
            "they said it was normal soreness, turned out I had a stroke from a torn artery",
            "",
        ),
        (
            "he popped my neck hard and I saw double and couldnt walk straight, he said it was "
            "just a reaction. a day later it was a stroke",
            "dr kessler",
        ),
        (
            "the massage guy gave her head one sharp jerk and she collapsed, he said she just "
            "fainted, it was a stroke",
            "",
        ),
    ],
)
def test_a_manipulation_then_harm_is_the_manipulators_act(story: str, provider: str) -> None:
    assert _lead_case_type(story, provider) is CaseType.OTHER


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # Another place's dismissal after the manipulation is that place's late diagnosis.
        (
            "after a neck adjustment i got dizzy, went to the er, the er doctor said it was "
            "vertigo, it was a stroke",
            CaseType.MISDIAGNOSIS,
        ),
        (
            "i cracked my neck myself and got dizzy, the ER said vertigo, it was a stroke",
            CaseType.MISDIAGNOSIS,
        ),
        # No manipulation: a miss, a brace, a dose.
        (
            "the chiropractor said my back pain was a pulled muscle, it was a tumor",
            CaseType.MISDIAGNOSIS,
        ),
        (
            "the nurse adjusted my neck brace and said it was fine. it was a broken neck",
            CaseType.MISDIAGNOSIS,
        ),
        ("they adjusted his insulin dose and he got dizzy and passed out", CaseType.MEDICATION),
    ],
)
def test_no_manipulation_by_the_provider_keeps_its_type(story: str, expected: CaseType) -> None:
    assert _lead_case_type(story) is expected


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        (
            "my dad had an endoscopy on monday. by evening he could barely swallow and his chest "
            "hurt, the nurse line said it was normal soreness. friday the ct showed a tear in "
            "his esophagus and he needed emergency surgery",
            "Valley GI Associates",
        ),
        (
            "After my hysteroscopy the cramping got worse and worse. The office said cramps were "
            "expected and to take ibuprofen. Two days later I was septic with a perforated uterus",
            "",
        ),
        (
            "she went in for a cystoscopy, afterwards she was peeing blood and in agony. they "
            "told her that's part of healing. her bladder had been punctured",
            "Dr. Amani, urology",
        ),
        (
            "I got a colonoscopy in march, went home, swelled up, called them, they said walk "
            "around to pass the gas. at the hospital they found a perforation in the large bowel",
            "",
        ),
    ],
)
def test_a_hole_found_after_a_procedure_is_surgical_despite_the_dismissal(
    story: str, provider: str
) -> None:
    assert _lead_case_type(story, provider) is CaseType.SURGICAL


@pytest.mark.parametrize(
    "story",
    [
        "I had a knee replacement in may. In july the ER said it was gas, it was a heart attack",
        "I had a colonoscopy last year, they said everything was fine. Six months later it was "
        "colon cancer",
        "after my gallbladder surgery i was vomiting, they said it was normal, it was a blood "
        "clot in my lung",
        "I had a hip replacement and was on ibuprofen for weeks, the doctor said the stomach "
        "pain was gas, I had a hole in my stomach from an ulcer",
        "I had a c-section in 2019. This year the urgent care said gas, it was a perforated "
        "bowel from diverticulitis",
    ],
)
def test_another_disease_after_a_procedure_stays_a_late_diagnosis(story: str) -> None:
    assert _lead_case_type(story) is CaseType.MISDIAGNOSIS


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        ("me quitaron el útero sin permiso, histerectomía", "Hospital Metodista"),
        (
            "a mi mamá la operaron para sacarle un nódulo de la tiroides y le quitaron toda la "
            "tiroides sin su consentimiento",
            "",
        ),
        (
            "fui a que me sacaran un lunar y me cortaron medio seno, yo no autoricé eso",
            "la Clínica del Valle",
        ),
        (
            "a mi esposa la operaron de la vesícula y le sacaron también el apéndice, nadie nos "
            "preguntó",
            "",
        ),
        (
            "yo firmé solo para la biopsia y me quitaron el ovario entero, nunca di mi "
            "consentimiento",
            "",
        ),
    ],
)
def test_spanish_more_taken_than_agreed_is_consent(story: str, provider: str) -> None:
    assert _lead_case_type(story, provider, "es") is CaseType.INFORMED_CONSENT


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A history not taken is not consent.
        ("no me preguntaron si era alérgica y me dieron penicilina", CaseType.MEDICATION),
        ("me operaron de la rodilla y me dejaron una gasa adentro", CaseType.SURGICAL),
        (
            "el doctor no me preguntó nada y me mandó a la casa, era un infarto",
            CaseType.MISDIAGNOSIS,
        ),
    ],
)
def test_spanish_questions_not_asked_about_consent_keep_their_type(
    story: str, expected: CaseType
) -> None:
    assert _lead_case_type(story, "", "es") is expected


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        (
            "a mi papa le hicieron una colonoscopia y le perforaron el colon, en la clinica le "
            "dijeron que eran gases y lo mandaron a la casa, al otro dia estaba grave",
            "",
        ),
        (
            "en la cesarea le rompieron la vejiga a mi hermana y nadie se dio cuenta, la dieron "
            "de alta y volvio con fiebre",
            "Hospital San Jose",
        ),
        (
            "me operaron de la hernia y me rompieron el intestino, me mandaron a mi casa con "
            "dolor y a los tres dias tenia una infeccion grave",
            "",
        ),
        (
            "a mi abuelo le hicieron una endoscopia y le rompieron el esófago, le dijeron que el "
            "dolor era normal, después lo operaron de emergencia",
            "la clínica del doctor Pérez",
        ),
        (
            "me hicieron una colonoscopia y esa noche se me hinchó la panza, me dijeron por "
            "teléfono que eran gases, al otro día en emergencias tenía un hoyo en el colon",
            "",
        ),
    ],
)
def test_a_spanish_organ_broken_in_a_procedure_is_surgical(story: str, provider: str) -> None:
    assert _lead_case_type(story, provider, "es") is CaseType.SURGICAL


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # Burst by itself, then waved off: a late diagnosis.
        ("se le rompió el apéndice y en urgencias dijeron que eran gases", CaseType.MISDIAGNOSIS),
        # A bone broken at a birth stays a birth injury.
        ("le quebraron la clavícula al bebé en el parto", CaseType.BIRTH_INJURY),
        # A scope had, then another disease named: a late diagnosis.
        (
            "me hicieron una endoscopia y me dijeron que eran gases, después supe que era un "
            "infarto",
            CaseType.MISDIAGNOSIS,
        ),
    ],
)
def test_spanish_harm_not_done_in_a_procedure_keeps_its_type(
    story: str, expected: CaseType
) -> None:
    assert _lead_case_type(story, "", "es") is expected
