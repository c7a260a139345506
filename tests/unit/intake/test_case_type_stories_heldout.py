# ruff: noqa: E501  (stories are data; kept one per line so they read as told)
"""Stories written before the classifier was tuned, and never tuned against.

They are a check of our own beside the benchmark: each names the negligence in
everyday words (no "misdiagnosis", no "malpractice"), as visitors do.  The test
asserts a floor on accuracy rather than every line, since these are an
honest held-out measure, not a specification; the per-story results print on
failure so the misses can be read.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

M = CaseType.MISDIAGNOSIS
S = CaseType.SURGICAL
R = CaseType.MEDICATION
B = CaseType.BIRTH_INJURY
A = CaseType.ANESTHESIA
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
O = CaseType.OTHER  # noqa: E741

# (story, acceptable case types)
HELDOUT: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "my gp kept saying the lump in my breast was a cyst, a year later it was stage 3",
        frozenset({M}),
    ),
    (
        "Urgent care told my son he had a pulled groin. Next day his appendix had ruptured.",
        frozenset({M}),
    ),
    (
        "they sent my dad home from the ER with antacids and he had a heart attack in the parking lot",
        frozenset({M}),
    ),
    (
        "For two years the clinic told me my headaches were migraines. It was a brain tumor.",
        frozenset({M}),
    ),
    (
        "the radiologist looked at my chest xray and said clear but there was a 3cm spot on my lung",
        frozenset({M}),
    ),
    (
        "My mom's blood sugar results were never looked at and she went into a diabetic coma",
        frozenset({M, N}),
    ),
    ("pediatrician said my baby's fever was teething, it was bacterial meningitis", frozenset({M})),
    ("nobody followed up on my abnormal pap smear and now i have cervical cancer", frozenset({M})),
    (
        "The hospital gave my husband a blood thinner he was never supposed to get and he bled into his brain",
        frozenset({R}),
    ),
    ("pharmacy handed me my neighbor's prescription and i took it for a week", frozenset({R})),
    ("They gave my grandmother ten times her dose of potassium through the IV", frozenset({R})),
    (
        "I told them I was allergic to sulfa and they still put me on it, I ended up with Stevens-Johnson",
        frozenset({R}),
    ),
    (
        "my psychiatrist kept upping my lithium and never checked my levels, now my kidneys are damaged",
        frozenset({R}),
    ),
    ("the nurse pushed the wrong drug into my IV line", frozenset({R})),
    ("The surgeon operated on my left knee when it was my right knee that was bad", frozenset({S})),
    ("After my gallbladder surgery I found out they cut my bile duct", frozenset({S})),
    ("a surgical sponge was found in my belly two years after my hernia repair", frozenset({S})),
    ("they took out my healthy ovary and left the one with the cyst", frozenset({S})),
    ("The doctor punctured my lung while putting in a central line", frozenset({S, N})),
    (
        "the OB pulled so hard on my son's head during delivery that his arm nerves were torn",
        frozenset({B}),
    ),
    (
        "my baby was without oxygen for too long because they waited hours to do the c section",
        frozenset({B}),
    ),
    (
        "nurses ignored the fetal monitor all night and my daughter was born with brain damage",
        frozenset({B}),
    ),
    (
        "I was awake and could feel them cutting during my operation but couldn't move",
        frozenset({A}),
    ),
    ("the anesthesiologist broke my front teeth putting the tube in", frozenset({A})),
    (
        "My father was left lying in a wet bed for a whole day at the rehab center and got a huge sore on his back",
        frozenset({N}),
    ),
    ("my aunt fell out of her hospital bed because nobody put the rails up", frozenset({N})),
    (
        "the staff at the memory care place let my grandpa walk out the door and he was found in a ditch",
        frozenset({N}),
    ),
    (
        "Nobody answered my mother's call light for three hours and she fell trying to reach the bathroom",
        frozenset({N}),
    ),
    (
        "My son is in county jail and they won't give him his seizure medicine, he had a seizure and hit his head",
        frozenset({N, R, O}),
    ),
    ("the dentist pulled the wrong tooth and cracked my jaw", frozenset({O})),
    (
        "After the chiropractor twisted my neck I lost vision in one eye and had a stroke",
        frozenset({O}),
    ),
    ("My LASIK left me with blurry vision and halos that never went away", frozenset({O, S})),
    ("the med spa burned my face with a laser", frozenset({O})),
    (
        "He did my breast implants without telling me one could rupture and now I need them out",
        frozenset({C, S}),
    ),
    ("they signed my mom up for a risky heart procedure she never agreed to", frozenset({C})),
    (
        "The physical therapist kept pushing after I said it hurt and tore my rotator cuff repair",
        frozenset({O, N, S}),
    ),
    (
        "the VA kept telling my dad his back pain was arthritis and it was prostate cancer in his spine",
        frozenset({M}),
    ),
    (
        "After my c-section they gave me twice the dose of magnesium and I stopped breathing",
        frozenset({R}),
    ),
    (
        "my knee replacement got infected and the surgeon kept telling me the redness was normal for weeks",
        frozenset({M, N, S}),
    ),
    (
        "the podiatrist cut my toenail so deep my diabetic foot got gangrene and they took my toe",
        frozenset({O}),
    ),
    ("the pharmacist filled my warfarin at 10 mg instead of 1 mg", frozenset({R})),
    (
        "the nursing home gave my dad another resident's pills and he was out cold for two days",
        frozenset({R, N}),
    ),
)

NOT_MEDICAL: tuple[str, ...] = (
    "my landlord kept my security deposit and won't answer my calls",
    "I slipped on ice in the grocery store parking lot",
    "a truck ran a red light and hit my car",
)


def heldout_accuracy() -> tuple[float, list[str]]:
    """Share of held-out stories classified into an acceptable type, and the misses."""
    misses = []
    for story, allowed in HELDOUT:
        got = classify_case_type(story)
        if got not in allowed:
            misses.append(f"{got} <- {story}")
    return 1 - len(misses) / len(HELDOUT), misses


def test_heldout_stories_are_mostly_classified() -> None:
    accuracy, misses = heldout_accuracy()
    # Measured 2026-12-02: 27/42 before the rework, 30/42 after its first pass (the
    # last blind run; the misses were read then), 36/42 at the end, from fixes made
    # for other stories.  A regression floor, not a target: do not
    # patch these stories one by one, fix the class of wording and add a test elsewhere.
    assert accuracy >= 0.80, "\n".join(misses)


@pytest.mark.parametrize("story", NOT_MEDICAL)
def test_a_story_not_about_medical_care_has_no_case_type(story: str) -> None:
    assert classify_case_type(story) is None
