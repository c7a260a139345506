"""Case type, round 4: five classes of wording the classifier used to miss.

Stories written for this file (none copied from benchmark visitors), several
voices and texting forms per class.  Each row lists the defensible types.
"""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type

MIS = ("misdiagnosis",)
MIS_OR_SURG = ("misdiagnosis", "surgical")
MED = ("medication",)
WAIT = ("nursing_hospital_negligence", "misdiagnosis")
POSTOP = ("surgical", "nursing_hospital_negligence")

# 1. A diagnosis told, then the truth, with no "actually".
REVEAL = [
    "The ER told me I had a pulled muscle in my calf. It was a blood clot that went to my lungs.",
    "urgent care said i was having a panic attack, it was a heart attack",
    "the pediatrician said he had a stomach virus but it turned out to be a ruptured appendix",
    "Her doctor told her she had a migraine. It was a brain bleed and she died two days later.",
    "they told my dad he had bronchitis, it was lung cancer and by then it had spread",
    "My GP said I had IBS for two years. It was colon cancer.",
    "the walk in clinic said my son had the flu. It was meningitis, he lost his hearing",
    "doc said i was just having bad period cramps, it was an ectopic pregnancy that burst",
    # these two failed at first sight: an organ as the truth, a diagnosis as a noun phrase
    "ER said i was having heartburn, it was my aorta tearing",
    "doc said it was a pinched nerve. It was ALS.",
    # "was having <label>", and a truth in the plural: all failed at first sight
    "urgent care said my dad was having indigestion, it was clots blocking two arteries",
    "the walk-in said i was having a muscle spasm, it was kidney stones",
    "my doctor said she was having hot flashes, it was seizures",
    "the er doc said he was having a bad cold, it was blood clots",
    "said i was having anxiety attacks, it was strokes, three small ones",
    "the pediatrician said the baby was having colic, it was abscesses",
]

# 2. A device that moved or broke through, and the symptoms waved away.
DEVICE = [
    "my IUD went thru my uterus and nobody believed me for months",
    "The vaginal mesh eroded into my bladder and they kept saying the pain was in my head.",
    (
        "a piece of my chemo port broke off and traveled to my heart, the oncologist "
        "ignored my chest pain for weeks"
    ),
    (
        "his pacemaker lead poked through the heart wall and the cardiologist told him "
        "it was just anxiety"
    ),
    "the stent in my kidney migrated and for 3 months the urologist said i had a uti",
    (
        "My daughter's brain shunt stopped working and the neurologist kept telling us "
        "her headaches were nothing"
    ),
    "hernia mesh moved and perforated my bowel, dr said it was gas w/ no scan",
    "my breast implant ruptured and the surgeon brushed it off for a year",
]

# 3. Two drugs that must not go together, or a drug against an age or condition.
DRUGS = [
    "They put me on cipro and prednisone at the same time and my achilles tendon snapped.",
    (
        "dr prescribed oxycodone with xanax even though i was already on methadone, i "
        "stopped breathing"
    ),
    (
        "The ER gave my 80-year-old mom a sleeping drug that is not for elderly people "
        "and she fell and broke her hip"
    ),
    (
        "my doctor put my husband on a second blood thinner on top of his warfarin and "
        "he had a brain bleed"
    ),
    "prescribed ibuprofen for weeks even though i have kidney disease and my kidneys failed",
    "they gave my grandpa benadryl and ativan together at 91 and he became delirious and fell",
    (
        "urgent care gave me a fluoroquinolone antibiotic while i was on a steroid and "
        "my shoulder tendon tore"
    ),
    "nurse practitioner started my dad on tramadol with his zoloft and he had serotonin syndrome",
]

# 4. Left waiting in the ER or a hallway with a serious symptom, harmed there.
WAITING = [
    "My husband sat in the ER waiting room for nine hours with chest pain and died in the chair.",
    "they left her on a gurney in the hallway overnight and she had a stroke nobody noticed",
    "waited 7 hrs in the er lobby w/ a fever of 104, my baby had a seizure in my arms",
    (
        "my brother was left in the waiting room all night with stomach pain, his "
        "appendix burst there"
    ),
    (
        "Mom was parked in a hallway bed in the emergency department for 14 hours and "
        "nobody checked on her, she was found unresponsive"
    ),
    (
        "sat in triage for 6 hours w/ the worst headache of my life and had a brain "
        "bleed in the waiting area"
    ),
]

# 5. Bleeding or a complication right after surgery, sent home anyway.
POSTOP_STORIES = [
    "My son bled badly after his tonsils were taken out and they sent him home anyway.",
    (
        "after my c section i was bleeding through pads every 10 minutes and the "
        "hospital discharged me anyway, i nearly died"
    ),
    (
        "Two days after her knee replacement she had a fever and a red swollen wound, "
        "they sent her home and it was septic"
    ),
    (
        "dad was vomiting blood right after his gallbladder surgery and they discharged "
        "him the same night"
    ),
    (
        "after my hysterectomy i couldn't pee and was in agony but they sent me home, my "
        "bladder had been cut"
    ),
    (
        "my wife's belly swelled up after the bariatric operation and the hospital sent "
        "her home, she had a leak"
    ),
]

# 6. Not malpractice (or not care at all): stays None / "other".  The "turned out"
# stories were read as misdiagnosis before round 4; the lobby one guards the new
# waiting rule.
NOT_MALPRACTICE = [
    ("My landlord told me the heater was fine. It was leaking carbon monoxide.", (None, "other")),
    ("the mechanic said it was the battery, it was the alternator", (None,)),
    ("My boss said I was getting a promotion, it turned out to be a layoff.", (None,)),
    ("the weather app said sunny, turns out it was a hailstorm", (None,)),
    ("we waited in the lobby for three hours for the landlord to show up", (None,)),
]

CASES = (
    [(s, MIS) for s in REVEAL]
    + [(s, MIS_OR_SURG) for s in DEVICE]
    + [(s, MED) for s in DRUGS]
    + [(s, WAIT) for s in WAITING]
    + [(s, POSTOP) for s in POSTOP_STORIES]
)


@pytest.mark.parametrize(("story", "allowed"), CASES)
def test_round4_story_gets_a_defensible_type(story: str, allowed: tuple[str, ...]) -> None:
    got = classify_case_type(story)
    assert (got.value if got else None) in allowed, f"{got} for: {story}"


@pytest.mark.parametrize(("story", "allowed"), NOT_MALPRACTICE)
def test_round4_not_malpractice_stays_out(story: str, allowed: tuple[object, ...]) -> None:
    got = classify_case_type(story)
    assert (got.value if got else None) in allowed, f"{got} for: {story}"


@pytest.mark.parametrize(
    "story",
    [
        # the device words alone, outside a body, are no surgical error
        "the wifi mesh failed again",
        "the plates were broken when they delivered them",
        "our water filter failed and the pump stopped working",
    ],
)
def test_round4_household_devices_are_not_care(story: str) -> None:
    assert classify_case_type(story) is None
