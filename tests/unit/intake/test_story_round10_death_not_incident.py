"""Story, round 10 (6): a death is not the incident when earlier care is dated.

A blind round (today 2026-12-03) took a story told at once, "my mom passed in February of
last year ... when we got her records after she died we found out her blood test back in
2023 was abnormal and her doctor never called her", and stored the incident as 2025 (the
death's year): the incident is the dated care (the blood test, 2023), and what was found
out was found after the death. "She'd be 62 now" is then counted back to the incident's
year. Rows in our own words, written before reading how the reader scores them. Every
fifth row (index % 5 == 3) is held back and only counted.

Figures (bot.intake.story.extract, today 2026-12-03). First sight, before any change:
tuned 2 of 14, held back 1 of 3, negatives 2 of 2 (one negative was reworded before any
fix: 'died in surgery on <date>' gives no incident date today and is not this class).
After the fix (story.py: what was found out named with its own date, "found out her
blood test back in 2023", is the care's date, not the finding's; a test result nobody
acted on ("never called", "nobody followed up") is the care, not the discovery;
"<month> of last year",
"last January", "from 2024", "her 2022 x-ray" are dates; "she'd be 62 now" / "would have
been" is today's age, counted back to the incident): tuned 14 of 14, held back 3 of 3,
negatives 2 of 2. A finding told after the death ("when we got her records after she
died") is left to the found-out question: dating it from the death to today (tried)
stopped that question, and the blind visitor's own answer was a month (April 2026).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract
from bot.law import DateSpec
from tests.support.blind_rows import held_back_params, split, tuned_params

TODAY = date(2026, 12, 3)

# (story, the incident date it gives, the age now it gives or None)
ROWS: list[tuple[str, str, int | None]] = [
    (
        "My dad died in March 2025 of colon cancer. After the funeral we went through his "
        "chart and saw his colonoscopy in 2021 showed a polyp nobody followed up on.",
        "2021",
        None,
    ),
    (
        "My wife passed away last January. When we got her records we learned her mammogram "
        "back in 2022 was flagged and no one told her.",
        "2022",
        None,
    ),
    (
        "My brother died in 2024 from a stroke, and afterwards we found out the ER in 2023 "
        "sent him home with stroke symptoms.",
        "2023",
        None,
    ),
    (
        "My grandmother passed in October of last year. Going through her papers after she "
        "died we saw her CT scan from 2022 showed a mass her doctor never mentioned. She'd be "
        "80 now.",
        "2022",
        80,
    ),
    (
        "My son died in May 2025. After he died we requested his chart and found his blood "
        "work from 2024 showed kidney failure and the doctor never called.",
        "2024",
        None,
    ),
    (
        "Mom passed two years ago from ovarian cancer; only after she died did we find out her "
        "ultrasound back in 2021 was abnormal.",
        "2021",
        None,
    ),
    (
        "My husband passed away in 2025. We found out after his death that his biopsy in 2023 "
        "had come back positive for melanoma and nobody told him. He would be 58 now.",
        "2023",
        58,
    ),
    (
        "My aunt died last spring from lymphoma. When we got her records after she died we saw "
        "her lab results in 2024 were way off and her doctor never followed up.",
        "2024",
        None,
    ),
    (
        "Dad passed in August 2024. After he died we found his echo from 2020 showed a bad "
        "valve and nobody ever told him. He'd be 71 today.",
        "2020",
        71,
    ),
    (
        "My sister died in 2025 from sepsis. We later found out her urine test in 2024 was "
        "positive and the clinic never called her.",
        "2024",
        None,
    ),
    (
        "Our daughter passed in June of last year; after her death we learned her scan in "
        "December 2024 had shown a tumor.",
        "2024-12",
        None,
    ),
    (
        "My mother died in January 2026, and when we got her records we found out her pap "
        "smear in 2019 was abnormal and nobody followed up. She'd be 66 now.",
        "2019",
        66,
    ),
    (
        "My father passed in 2023. Two years later we got his chart and saw his x-ray in 2021 "
        "showed a spot on his lung that was never mentioned.",
        "2021",
        None,
    ),
    (
        "My uncle died in February 2025 of a heart attack. After he passed we found his stress "
        "test in 2022 was abnormal and his cardiologist never told him.",
        "2022",
        None,
    ),
    (
        "My wife died last year from cervical cancer, and after she died we got her records "
        "and her pap test in 2020 was abnormal and no one called her. She'd be 49 now.",
        "2020",
        49,
    ),
    (
        "Grandpa passed in April 2024. When we picked up his records after he died we saw a "
        "PSA test in 2021 that was high and never followed up. He'd be 77 now.",
        "2021",
        77,
    ),
    (
        "My mom died in November 2025 and it was only after she died, reading her chart, "
        "that we saw her 2022 chest x-ray flagged a nodule nobody told her about.",
        "2022",
        None,
    ),
]

# Stories whose death is the incident, or whose one date is the care's: unchanged.
NEGATIVES: list[tuple[str, str, int | None]] = [
    (
        "My dad died after his surgery on March 3, 2025 when the anesthesiologist left the "
        "room.",
        "2025-03-03",
        None,
    ),
    (
        "In 2024 my mother's doctor missed her breast cancer on a mammogram.",
        "2024",
        None,
    ),
]


TUNED, HELD_BACK = split(ROWS)
STILL_MISSED: dict[str, str] = {}
# Held-back rows still failing after the fixes, by index in HELD_BACK: never read.
HELD_BACK_MISSED: frozenset[int] = frozenset()


def _check(story: str, incident: str, age_now: int | None) -> None:
    facts = extract(story, TODAY)
    assert facts.get("incident_date") == incident, facts
    told = DateSpec.from_slot(incident)
    found = facts.get("discovery_date")
    died = facts.get("death_date")
    if found and died:
        # What was found out was found after the death, so not before it.
        assert DateSpec.from_slot(str(found)).latest >= DateSpec.from_slot(str(died)).earliest
    if found:
        assert DateSpec.from_slot(str(found)).latest >= told.earliest, facts
    if age_now is not None:
        # The age at the incident: counted back from the age now to the incident's year.
        back = TODAY.year - told.latest.year, TODAY.year - told.earliest.year + 1
        age = facts.get("patient_age")
        assert isinstance(age, int), facts
        assert age_now - back[1] <= age <= age_now - back[0], facts


@pytest.mark.parametrize(("story", "incident", "age_now"), tuned_params(TUNED, STILL_MISSED))
def test_tuned(story: str, incident: str, age_now: int | None) -> None:
    _check(story, incident, age_now)


@pytest.mark.parametrize(
    ("story", "incident", "age_now"), held_back_params(HELD_BACK, HELD_BACK_MISSED)
)
def test_held_back(story: str, incident: str, age_now: int | None) -> None:
    _check(story, incident, age_now)


@pytest.mark.parametrize(
    ("story", "incident", "age_now"), NEGATIVES, ids=[r[0][:40] for r in NEGATIVES]
)
def test_negatives_do_not_change(story: str, incident: str, age_now: int | None) -> None:
    _check(story, incident, age_now)
