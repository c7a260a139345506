"""The patient is the one the care and the harm happened to, not the first relative named.

"The night before our son's graduation my wife collapsed" is about the wife; "my wife bled
after our son was born" is about the wife; a relative named in a possessive ("our
daughter's wedding") or in a time clause ("when my mom was visiting") sets the scene. A
relative who drove the visitor to the care ("my husband drove me to the ER") is not the
patient either. The baby is the patient when the harm is the baby's, and "my mom" stays
the patient when the story is hers.

Written before the fix in bot/intake/patient.py and bot/intake/story.py, in our own
words. Every fifth row (index % 5 == 3) was held back before scoring and is only counted.

First sight (before the fix): tuned 11/31, held back 3/7.
After the fix: tuned 31/31, held back 7/7.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 2)

# (story, (the visitor is the patient, the patient's relationship to the visitor))
ROWS: list[tuple[str, tuple[bool, str | None]]] = [
    # 0
    (
        "The night before our son's graduation my wife collapsed in the kitchen and the "
        "paramedics said she was just dehydrated.",
        (False, "wife"),
    ),
    (
        "My wife bled after our son was born and the midwife waited two hours to call for help.",
        (False, "wife"),
    ),
    (
        "When my mom was visiting from Ohio, my husband had a seizure and the ER sent him home "
        "with no scan.",
        (False, "husband"),
    ),
    (
        "Our daughter's softball coach called me because my husband was slurring at the game; "
        "urgent care said he was drunk but it was a stroke.",
        (False, "husband"),
    ),
    (
        "After my sister's funeral my dad stopped eating and the nursing home never told us he "
        "had lost 30 pounds.",
        (False, "father"),
    ),
    # 5 the baby's own birth injury
    (
        "My baby was born with the cord around his neck and the nurses didn't notice for twenty "
        "minutes.",
        (False, "son"),
    ),
    (
        "My mom had a fall at the rehab place and they left her on the floor all night.",
        (False, "mother"),
    ),
    (
        "At my nephew's birthday party my grandma choked and the paramedics took 40 minutes.",
        (False, "grandmother"),
    ),
    (
        "A week after our daughter moved back home, my husband was admitted with pneumonia and "
        "they gave him a drug he's allergic to.",
        (False, "husband"),
    ),
    (
        "My son was born in the spring and two weeks later my wife got a fever that the OB said "
        "was normal; it was sepsis.",
        (False, "wife"),
    ),
    # 10
    (
        "Our son's wedding was in Maine, and while we were there my wife got a bad infection "
        "from a walk-in clinic's stitches.",
        (False, "wife"),
    ),
    (
        "While my daughter was at camp, my husband went in for a routine scope and they tore "
        "his esophagus.",
        (False, "husband"),
    ),
    (
        "We were at my mother-in-law's house when my son swallowed a magnet and the ER didn't "
        "do an x-ray.",
        (False, "son"),
    ),
    (
        "My mom came to stay after our baby was born, and she slipped in the hospital bathroom "
        "and broke her hip because nobody helped her.",
        (False, "mother"),
    ),
    (
        "My wife and I took our son to the ER with a broken arm and they set it wrong.",
        (False, "son"),
    ),
    # 15
    (
        "Ever since our granddaughter was born my wife has had pelvic pain, and the OB never "
        "checked the tear.",
        (False, "wife"),
    ),
    ("My dad had a colonoscopy and they perforated his colon.", (False, "father")),
    (
        "My mom was admitted for pneumonia and they gave her ten times the morphine dose.",
        (False, "mother"),
    ),
    (
        "Our son was born with a broken collarbone because the doctor yanked him out.",
        (False, "son"),
    ),
    (
        "My husband drove me to the ER and they sent me home with a ruptured appendix.",
        (True, None),
    ),
    # 20
    (
        "My sister took me to urgent care and the doctor missed my broken wrist.",
        (True, None),
    ),
    (
        "My newborn daughter got an infection in the NICU because nobody washed their hands.",
        (False, "daughter"),
    ),
    (
        "It's my grandpa, he went in for a hernia repair and never woke up.",
        (False, "grandfather"),
    ),
    (
        "At our daughter's recital my husband passed out, and the ER doctor said it was "
        "nothing; it was his heart.",
        (False, "husband"),
    ),
    (
        "The morning after my son's birthday my mom woke up confused and the nursing home "
        "didn't call anyone.",
        (False, "mother"),
    ),
    # 25
    (
        "Before our daughter was born my wife had headaches for days and the OB ignored her "
        "blood pressure.",
        (False, "wife"),
    ),
    (
        "My wife's doctor gave her a medication that isn't safe in pregnancy and she lost the "
        "baby.",
        (False, "wife"),
    ),
    (
        "When my mother was in the hospital, the nurses let her fall out of bed twice.",
        (False, "mother"),
    ),
    (
        "My husband's sister visited, and while she was here my husband fell off a ladder and "
        "the ER missed his broken neck.",
        (False, "husband"),
    ),
    (
        "While my kids were at their dad's, I had a miscarriage and the ER sent me home bleeding.",
        (True, None),
    ),
    # 30
    ("My mom's hip surgery went wrong and she can't walk.", (False, "mother")),
    (
        "After our twins were born my wife started bleeding heavily and the nurse said it was "
        "normal.",
        (False, "wife"),
    ),
    (
        "My aunt drove up from Tucson when my father had his stroke, and the hospital left him "
        "on a stretcher for nine hours.",
        (False, "father"),
    ),
    (
        "My wife was in labor for 30 hours and our baby came out with a skull fracture from the "
        "forceps.",
        (False, "child"),
    ),
    (
        "My dad came with me and the eye surgeon burned my cornea with the laser.",
        (True, None),
    ),
    # 35
    (
        "On my son's first day of kindergarten my wife had a seizure, and the neurologist had "
        "taken her off her meds.",
        (False, "wife"),
    ),
    (
        "My son's teacher called to say he was limping, and urgent care said it was a sprain "
        "but his leg was broken.",
        (False, "son"),
    ),
    (
        "On the day of my brother's wedding my mom's chest hurt and the urgent care told her to "
        "rest; she had a heart attack that night.",
        (False, "mother"),
    ),
]

TUNED = [(i, row) for i, row in enumerate(ROWS) if i % 5 != 3]
HELD = [(i, row) for i, row in enumerate(ROWS) if i % 5 == 3]
# Held-back rows still failing after the fix: strict xfails, not read.
HELD_STILL_FAILING: frozenset[int] = frozenset()


def _patient(story: str) -> tuple[object, object]:
    facts = extract(story, TODAY)
    return facts.get("patient_is_self"), facts.get("patient_relationship")


@pytest.mark.parametrize(("index", "row"), TUNED, ids=[f"row{i}" for i, _ in TUNED])
def test_the_patient_is_the_one_harmed(
    index: int, row: tuple[str, tuple[bool, str | None]]
) -> None:
    story, expected = row
    assert _patient(story) == expected


@pytest.mark.parametrize(
    ("index", "row"),
    [
        pytest.param(
            i,
            row,
            marks=[pytest.mark.xfail(strict=True, reason="held back, not read")]
            if i in HELD_STILL_FAILING
            else [],
        )
        for i, row in HELD
    ],
    ids=[f"held{i}" for i, _ in HELD],
)
def test_held_back_patient(index: int, row: tuple[str, tuple[bool, str | None]]) -> None:
    story, expected = row
    assert _patient(story) == expected
