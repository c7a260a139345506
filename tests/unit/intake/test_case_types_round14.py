"""Case types, round 14 (classes from round-13 blind visitors, in other words).

- A drug pushed into a vein too fast is a medication error, whoever pushed it.
- A baby harmed in its first days (died, seizures, born blue) is a birth-injury case,
  whoever failed: the nurses at the monitor do not make it a nursing case.
- Spanish: a leg left numb ("dormida", "entumida") by an epidural or a spinal is
  anaesthesia, not the birth it was given for.
"""

from __future__ import annotations

import pytest

from bot.intake import classify
from bot.intake.case_types import CaseType
from bot.intake.es import care_words


@pytest.mark.parametrize(
    "story",
    [
        "the nurse pushed the antibiotic through his IV much too fast and his throat closed up",
        "they ran the potassium into her line way to quick and her heart went into a bad rhythm",
        "he injected the contrast in my vein too rapidly and I passed out",
    ],
)
def test_a_drug_given_into_a_vein_too_fast_is_medication(story: str) -> None:
    assert classify.classify_case_type(story) is CaseType.MEDICATION


@pytest.mark.parametrize(
    "story",
    [
        "our twins were fine at first but one passed away a few days after they were born, "
        "the nurses never checked the oxygen reading",
        "my son had seizures the day after he was born and the night nurse ignored the alarm",
        "she was born grey and not moving and the staff took twenty minutes to call anyone",
    ],
)
def test_a_baby_harmed_in_its_first_days_is_a_birth_injury(story: str) -> None:
    assert classify.classify_case_type(story) is CaseType.BIRTH_INJURY


@pytest.mark.parametrize(
    "story",
    [
        "me pusieron la epidural en el parto y desde ahí tengo la pierna entumida",
        "con la raquídea de la cesárea me quedó el pie dormido y débil",
    ],
)
def test_a_spanish_numb_leg_after_an_epidural_is_anaesthesia(story: str) -> None:
    english = care_words.to_english(story)
    assert classify.classify_case_type(english) is CaseType.ANESTHESIA
