"""In a birth story the one harmed or who died is the patient, not the one named first.

"My wife was in labor 20 hours ... by the time they did the C-section our daughter was
gone" is the daughter's story (round-13 blind class); "my wife bled out after delivery,
the baby is fine" stays the wife's. When the visitor is the mother ("I was in labor and
my baby died"), the baby is the patient; "I had a C-section and they cut my bladder" is
the visitor's own. When mother and baby are both harmed, the earlier reading is kept.

Stories written in our own words, before the fix (bot/intake/patient.py, story.py); the
last seven baby rows were added while fixing (a "she died" after the baby girl, twins, a
sister's baby). Before the fix: baby harmed 4/22, mother harmed 8/9, both 2/2, not a birth
6/6. After: 22/22, 9/9, 2/2, 6/6.
"""

from __future__ import annotations

import pytest

from bot.intake.story import find_patient

# (story, (the visitor is the patient, the patient's relationship to the visitor))
BABY_HARMED: list[tuple[str, tuple[bool | None, str | None]]] = [
    (
        "My wife was in labor 20 hours. The heart rate was dropping and they kept saying wait. "
        "By the time they did the C-section our daughter was gone.",
        (False, "daughter"),
    ),
    (
        "My wife was pregnant with our first and the OB missed every sign of distress; our son "
        "was born not breathing.",
        (False, "son"),
    ),
    (
        "My girlfriend went into labor at 38 weeks and the baby didn't make it because nobody "
        "was watching the monitor.",
        (False, "child"),
    ),
    (
        "My wife was delivering and the doctor panicked, they broke his collarbone pulling him "
        "out.",
        (False, "son"),
    ),
    (
        "My partner was in labor for two days, the nurses kept sending the doctor away, and in "
        "the end she was stillborn.",
        (False, "daughter"),
    ),
    (
        "My wife went into labor early and our baby was born blue; he has cerebral palsy now.",
        (False, "son"),
    ),
    (
        "My wife was induced on a Friday, nobody checked on her all night, and our baby girl "
        "came out limp and had to be cooled for brain damage.",
        (False, "daughter"),
    ),
    (
        "My daughter was in labor with her first and the midwife waited too long, and the baby "
        "died an hour after birth.",
        (False, "grandchild"),
    ),
    (
        "I was in labor and my baby died because they waited too long to do the c-section.",
        (False, "child"),
    ),
    (
        "I was 40 weeks pregnant with him, they sent me home twice, and he was stillborn.",
        (False, "son"),
    ),
    (
        "I was in labor for 30 hours and my son was born with brain damage from no oxygen.",
        (False, "son"),
    ),
    (
        "My wife was in labor and the doctor pulled so hard with the forceps that our son has "
        "Erb's palsy.",
        (False, "son"),
    ),
    (
        "My wife was giving birth and the baby got stuck, the OB did nothing for ten minutes "
        "and our little boy never took a breath.",
        (False, "son"),
    ),
    (
        "My fiancee was in labor at St. Mary's and they ignored the monitor; our daughter "
        "didn't survive.",
        (False, "daughter"),
    ),
    (
        "My wife was pregnant with twins and the hospital sent her home, and our son died in "
        "the womb two days later.",
        (False, "son"),
    ),
    # "she died" after the baby girl is told of is the baby's death.
    (
        "My wife was in labor and our daughter was born not breathing, and she died two days "
        "later.",
        (False, "daughter"),
    ),
    (
        "I was pregnant with twins and one of them died because the OB ignored my bleeding.",
        (False, "child"),
    ),
    (
        "My wife was in labor and nobody came for hours. Our son is now 3 and has cerebral palsy.",
        (False, "son"),
    ),
    ("My wife's labor was 20 hours and our son was born with a brain bleed.", (False, "son")),
    # What they said ("the baby was fine") is not that the baby was fine.
    (
        "My partner was pregnant, they told her the baby was fine, and two days later there "
        "was no heartbeat.",
        (False, "child"),
    ),
    # A sister's baby: a nephew or niece, or unsaid (asked later) when no pronoun tells.
    (
        "My sister was in labor and the resident broke his collarbone pulling him out.",
        (False, "nephew"),
    ),
    (
        "My sister was pregnant and they sent her home twice; the baby died in the womb.",
        (False, None),
    ),
]

MOTHER_HARMED: list[tuple[str, tuple[bool | None, str | None]]] = [
    ("My wife bled out after delivery, the baby is fine.", (False, "wife")),
    (
        "My wife had a stroke during labor and nobody checked her blood pressure.",
        (False, "wife"),
    ),
    (
        "My wife was in labor with our son and the epidural went wrong, she's paralyzed now.",
        (False, "wife"),
    ),
    (
        "My wife delivered our daughter by c-section and the surgeon left a sponge inside her.",
        (False, "wife"),
    ),
    (
        "My girlfriend was in labor and they tore her so badly she needed three surgeries; our "
        "son is healthy.",
        (False, "partner"),
    ),
    ("I had a C-section and they cut my bladder.", (True, None)),
    (
        "I was in labor for 20 hours and they gave me so much pitocin my uterus ruptured; my "
        "baby was fine.",
        (True, None),
    ),
    (
        "My wife was pregnant and she lost the baby after the doctor gave her the wrong medicine.",
        (False, "wife"),
    ),
    (
        "My sister was in labor when her blood pressure went through the roof and she had a "
        "seizure, the baby was okay.",
        (False, "sister"),
    ),
]

# Both harmed: the reading before this change is kept (the child, named as the one who died).
BOTH_HARMED: list[tuple[str, tuple[bool | None, str | None]]] = [
    (
        "My wife was in labor and they gave her too much pitocin; her uterus ruptured and our "
        "son died.",
        (False, "son"),
    ),
    (
        "I was in labor and my baby died and I nearly died too from the bleeding.",
        (None, None),
    ),
]

# Not birth stories: unchanged.
NOT_BIRTH: list[tuple[str, tuple[bool | None, str | None]]] = [
    ("My husband had a heart attack and the ER sent him home.", (False, "husband")),
    (
        "When my wife was in labor, my mom had a heart attack in the waiting room and nobody "
        "helped her.",
        (False, "mother"),
    ),
    ("My wife fell in the hospital and broke her hip.", (False, "wife")),
    (
        "My daughter broke her arm at soccer and urgent care said it was a sprain.",
        (False, "daughter"),
    ),
    ("I went in for a knee replacement and got an infection.", (True, None)),
    (
        "My son was born in the spring and two weeks later my wife got a fever that the OB said "
        "was normal; it was sepsis.",
        (False, "wife"),
    ),
]


@pytest.mark.parametrize(("story", "expected"), BABY_HARMED)
def test_the_baby_harmed_at_birth_is_the_patient(
    story: str, expected: tuple[bool | None, str | None]
) -> None:
    assert find_patient(story) == expected


@pytest.mark.parametrize(("story", "expected"), MOTHER_HARMED)
def test_the_mother_harmed_stays_the_patient(
    story: str, expected: tuple[bool | None, str | None]
) -> None:
    assert find_patient(story) == expected


@pytest.mark.parametrize(("story", "expected"), BOTH_HARMED)
def test_both_harmed_keeps_the_earlier_reading(
    story: str, expected: tuple[bool | None, str | None]
) -> None:
    assert find_patient(story) == expected


@pytest.mark.parametrize(("story", "expected"), NOT_BIRTH)
def test_stories_without_a_birth_do_not_change(
    story: str, expected: tuple[bool | None, str | None]
) -> None:
    assert find_patient(story) == expected
