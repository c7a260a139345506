"""A date the opening story ties to background is not the incident date.

Someone's birth ("our older boy was born in 2023"), a condition's start ("since 2019"),
a move or a retirement, an earlier visit before the event ("In April my doctor said it
was nothing. Then weeks later the ER ..."), a relative's other illness: none of these is
the care's date. When the story's only date is such a date, the incident date is left to
the date question (a turn) rather than taken wrong (a missed deadline). When a
background date sits beside the care's own date, the care's is taken. A story whose one
date is the care's (a birth that is the birth injury, a mother hurt in her delivery, a
surgery in March) keeps it.

Written before the fix in bot/intake/story.py, in our own words. Every fifth row
(index % 5 == 3) was held back before scoring and is only counted.

First sight (before the fix): tuned 14/31, held back 3/7.
After the fix: tuned 31/31, held back 6/7 (the held-back miss, a row that passed at first
sight, stays a strict xfail, unread).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 2)

# (story, the incident date the story gives, or None when it is left to the question)
ROWS: list[tuple[str, str | None]] = [
    # 0 someone's birth, earlier and without trouble
    (
        "Our oldest was born there in 2022 without a hitch. This time the OB pulled so hard "
        "our newborn's collarbone snapped.",
        None,
    ),
    (
        "My first daughter was born at Mercy in May 2021. With our second, the nurses ignored "
        "the monitor for an hour and he came out not breathing.",
        None,
    ),
    # a condition's start
    ("I've had back trouble since 2019, and the surgeon who fused my spine cut a nerve.", None),
    (
        "My husband has been diabetic since 2015. The ER sent him home with a blood sugar over "
        "600 and he went into a coma.",
        None,
    ),
    # a move
    (
        "Back when we moved to Dayton in 2020 my mom started seeing a new cardiologist, and he "
        "never checked her arteries; she had a heart attack at home.",
        None,
    ),
    # 5 a move beside the care's own date
    (
        "We moved here in 2018. Last week the pharmacy filled my son's prescription with ten "
        "times the dose.",
        "2026-11-23..2026-11-29",  # last week: the calendar week before, Monday to Sunday
    ),
    # an earlier visit before the event
    (
        "In March I saw my regular doctor for a checkup and everything was fine. Then a few "
        "weeks later I went to the urgent care with a fever and they gave me an antibiotic I'm "
        "allergic to.",
        None,
    ),
    # a relative's other illness beside the care's own date
    (
        "My dad had a stroke in 2019 and the same hospital treated him well. This fall my mom "
        "went to their ER with a headache and they sent her home with a brain bleed.",
        "2026-09-01..2026-11-30",
    ),
    (
        "My sister was diagnosed with the same cancer in 2020. My mom's doctor never ordered "
        "the scan even though we told him about it, and now my mom is stage four.",
        None,
    ),
    (
        "My grandson was born in January, and while I was at the hospital a nurse gave me "
        "someone else's pills.",
        None,
    ),
    # 10 the patient's own birth year
    (
        "She was born in 1948 and had lived in the nursing home three years when they let her "
        "bedsore go to the bone.",
        None,
    ),
    (
        "I've been on blood thinners since 2021 and the dentist pulled two teeth without "
        "asking, I bled for hours.",
        None,
    ),
    # a wedding of the couple, then the care without a date
    (
        "We got married in June 2023 and my wife had our first baby at St. Anne's; the OB tore "
        "her badly and she still can't control her bladder.",
        None,
    ),
    (
        "My dad retired in 2024 and went in for a routine colonoscopy; they perforated his bowel.",
        None,
    ),
    (
        "Back in 2021 my mother-in-law had her hip done at the same place and it went fine. My "
        "husband had his knee replaced there and got a staph infection.",
        None,
    ),
    # 15 a relative's death long before
    (
        "My brother died of a heart attack in 2017, so when my chest started hurting I went to "
        "urgent care and they said it was heartburn. It was a heart attack.",
        None,
    ),
    # --- the story's one date is the care's: taken as before ---
    (
        "In March 2025 the surgeon left a sponge inside me during my gallbladder surgery.",
        "2025-03",
    ),
    (
        "My son was born on March 3, 2025 and the doctor pulled so hard his shoulder was injured.",
        "2025-03-03",
    ),
    ("My mom fell at the nursing home in August and nobody checked on her for hours.", "2026-08"),
    (
        "I had my baby on 6/14/2025 and they left part of the placenta inside me; I "
        "hemorrhaged at home.",
        "2025-06-14",
    ),
    # 20
    (
        "Our daughter was born in July 2024 at Valley Medical and the nurses missed her jaundice.",
        "2024-07",
    ),
    ("My husband had bypass surgery in January and they nicked his lung.", "2026-01"),
    (
        "Last spring the pharmacist gave my dad the wrong blood thinner and he had a stroke.",
        "2026-03-01..2026-05-31",
    ),
    (
        "Two weeks ago the ER sent my wife home with what turned out to be appendicitis.",
        "2026-11-14..2026-11-22",
    ),
    (
        "I went to the dentist on October 2nd 2026 and he broke my jaw pulling a molar.",
        "2026-10-02",
    ),
    # 25
    ("My mom was admitted in May 2025 and they gave her a drug she's allergic to.", "2025-05"),
    (
        "Since the surgery in April my leg has been numb and the surgeon won't return my calls.",
        "2026-04",
    ),
    ("The day my son was born, March 9th 2025, the nurse dropped him on his head.", "2025-03-09"),
    (
        "We just moved to Phoenix and in September the urgent care misread my son's x-ray; his "
        "wrist healed crooked.",
        "2026-09",
    ),
    (
        "My father had heart surgery in 2022 at the VA and they left a clamp in his chest.",
        "2022",
    ),
    # 30
    (
        "In June my doctor prescribed the wrong dose of lithium and I ended up in the ICU.",
        "2026-06",
    ),
    ("I had a c-section at Mercy in November 2025 and they nicked my bladder.", "2025-11"),
    # a birth year beside the care's own date
    (
        "She was born in 1950 and last month the nursing home gave her a double dose of insulin.",
        "2026-11",
    ),
    (
        "My older son was born in 2019 by c-section with no trouble, so when the OB rushed my "
        "second one out with forceps I trusted her.",
        None,
    ),
    (
        "When we moved in 2022 I switched to a new doctor who never followed up on my abnormal "
        "mammogram.",
        None,
    ),
    # 35
    (
        "I've had migraines since I was a teenager, and in May the neurologist doubled my dose "
        "and I had a seizure.",
        "2026-05",
    ),
    (
        "My OB saw me in January and said the baby looked fine. Then three weeks later at the "
        "hospital nobody checked my blood pressure for a whole night and I had a stroke.",
        None,
    ),
    (
        "In September I had a physical and my bloodwork was normal. Then a month later my "
        "appendix burst and the ER waited nine hours to operate.",
        None,
    ),
]

TUNED = [(i, row) for i, row in enumerate(ROWS) if i % 5 != 3]
HELD = [(i, row) for i, row in enumerate(ROWS) if i % 5 == 3]
# Held-back rows still failing after the fix: strict xfails, not read.
HELD_STILL_FAILING: frozenset[int] = frozenset({28})


@pytest.mark.parametrize(("index", "row"), TUNED, ids=[f"row{i}" for i, _ in TUNED])
def test_background_date_is_not_the_incident(index: int, row: tuple[str, str | None]) -> None:
    story, expected = row
    assert extract(story, TODAY).get("incident_date") == expected


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
def test_held_back_background_date(index: int, row: tuple[str, str | None]) -> None:
    story, expected = row
    assert extract(story, TODAY).get("incident_date") == expected


def test_a_background_date_does_not_hide_the_date_question_story_facts() -> None:
    """The rest of the story is still read: the patient and the provider stay."""
    facts = extract(
        "Our older boy was born in 2023 at Providence with no problem. This time the baby got "
        "stuck and they pulled, and now our daughter's right arm just hangs.",
        TODAY,
    )
    assert "incident_date" not in facts
    assert facts["patient_is_self"] is False
    assert facts["patient_relationship"] == "daughter"


def test_a_mothers_delivery_date_is_the_care_date() -> None:
    """The child's birth named beside the mother's own harm in that delivery is the care's."""
    facts = extract(
        "My daughter was born on 6/14/2025 and they left part of the placenta inside me.", TODAY
    )
    assert facts["incident_date"] == "2025-06-14"
    assert facts["patient_is_self"] is True
