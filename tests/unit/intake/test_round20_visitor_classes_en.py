"""Round-20 English visitor classes, in our own wordings, each with negatives:

- an age that starts a stretch of life ("asthma since I was 7") is not the age at the care;
- a relative named with a first name after ("my sister Joanna checked herself in") is the
  patient, and relatives who "can't talk about it" are not;
- someone else's threat told as past speech, in a message telling that person's death, is
  no emergency now; harm told as over ("she's fine now") meets no 911 note from the
  classifier alone;
- an age hedged beside its time ("85 or so back then") and an age followed by a later
  birthday ("38, turned 39 in October");
- the hospital where the harm was treated afterwards is not the provider when an unnamed
  care place of another kind was told first (the provider question asks);
- a doubted day ("Sept 9 or 10") in a story, "the middle of <month>" ending a span of
  months, and "the week of my birthday" beside the birthday's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers, safety, story

TODAY = date(2026, 12, 4)


# --- Story ages that start an earlier stretch of life --------------------------------------
BACKGROUND_AGE = [
    "I've had asthma since I was 7 and last month the urgent care gave me the wrong inhaler dose.",
    "my daughter has had seizures ever since she was 9. in may the neurologist stopped her meds "
    "cold and she ended up in the icu",
    "been on dialysis since i was 19, the clinic hooked me up with a dirty line in march",
]


@pytest.mark.parametrize("text", BACKGROUND_AGE)
def test_age_since_a_condition_began_is_not_the_age_then(text: str) -> None:
    facts = story.extract(text, TODAY)
    assert "patient_age" not in facts
    assert "patient_minor" not in facts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I was 45 when the surgeon left a clamp in me at Riverside.", 45),
        ("When I was 12 a surgeon took out my appendix and nicked my bowel.", 12),
        ("I've been diabetic since I was 10. I was 31 when the ER sent me home in DKA.", 31),
    ],
)
def test_age_at_the_care_still_read(text: str, age: int) -> None:
    assert story.extract(text, TODAY)["patient_age"] == age


# --- The relative named, then a first name ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        (
            "My sister Joanna checked herself into the detox unit and they missed her withdrawal "
            "seizures. Our parents can't talk about it.",
            "sister",
        ),
        ("My dad, Walter, fell twice at the rehab center and broke his hip.", "father"),
        (
            "My son Marcus admitted himself to the psych ward and they let him walk out the "
            "next day. My parents can't speak about it.",
            "son",
        ),
        ("My husband couldn't speak for a week after the anesthesia went wrong.", "husband"),
    ],
)
def test_named_relative_is_the_patient(text: str, relationship: str) -> None:
    facts = story.extract(text, TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_relationship"] == relationship


def test_relatives_who_cannot_talk_about_it_are_not_the_patient() -> None:
    facts = story.extract(
        "I had my gallbladder out and the surgeon cut my bile duct. My parents can't talk "
        "about it.",
        TODAY,
    )
    assert facts.get("patient_relationship") is None


# --- Emergencies --------------------------------------------------------------------------
PAST_THREAT_THEN_DEATH = [
    "My husband told the ER doctor he was going to kill himself and they discharged him in "
    "an hour. He took his own life that weekend.",
    "Our daughter kept saying she wanted to die, the ward ignored her, and she died by "
    "suicide in March.",
    "my dad said he was planning to end his life, the VA gave him a bottle of pills anyway. "
    "he passed away two days later",
]


@pytest.mark.parametrize("text", PAST_THREAT_THEN_DEATH)
def test_past_threat_of_someone_who_died_is_no_emergency_now(text: str) -> None:
    assert safety.detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "My son said he was going to kill himself and the ER sent him home tonight.",
        "My brother died in that hospital. Now my mom says she is going to kill herself.",
        "He said he was going to kill himself and then he died. I want to die too.",
    ],
)
def test_threat_still_alive_or_own_risk_still_alarms(text: str) -> None:
    assert safety.detect(text) is safety.Emergency.SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "seizure from the wrong dose, two nights in the ICU, he's fine now",
        "anaphylaxis, epi pen, ER for a day. She is back home now",
        "toxic levels of lithium, dialysis twice, she has since recovered",
    ],
)
def test_harm_told_as_over_gets_no_note_from_the_classifier_alone(text: str) -> None:
    assert safety.harm_told_as_lasting(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's ok but her lips are turning blue",
        "he's fine now but he keeps seizing",
        "overdose, he is not ok",
    ],
)
def test_harm_not_over(text: str) -> None:
    assert not safety.harm_told_as_lasting(text)


# --- Age answers -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "incident", "age"),
    [
        ("She's 88 now, 85 or so back then", "2023-06", 85),
        ("he is 60 these days, 57-ish at the time", "2023-02", 57),
        ("I was 38, turned 39 in October", "2026-05", 38),
        ("61, she turned 62 the following month", "2026-03-10", 61),
        ("44. he's since turned 45 last week", "2026-04", 44),
    ],
)
def test_age_then_hedged_or_before_a_later_birthday(text: str, incident: str, age: int) -> None:
    assert answers.parse_patient_age(text, TODAY, incident).values["patient_age"] == age


@pytest.mark.parametrize(
    ("text", "incident", "age"),
    [
        ("she turned 70 in March", "2026-05", 70),
        ("he had just turned 50 that week", "2026-05", 50),
        ("41 back then, 43 now", "2024-01", 41),
    ],
)
def test_age_negatives(text: str, incident: str, age: int) -> None:
    assert answers.parse_patient_age(text, TODAY, incident).values["patient_age"] == age


# --- Provider: the aftermath hospital after an unnamed care place ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The pharmacy put the wrong strength on my blood thinner label. I bled inside and "
        "was in Mercy Regional Hospital for 9 days.",
        "I went to a chiropractor for back pain and he cracked my neck hard. Two days later I "
        "was rushed to Baylor Medical Center with a stroke.",
        "The nursing home let my mom get so dehydrated. She ended up at Sacred Heart "
        "Hospital for a week.",
    ],
)
def test_aftermath_hospital_is_not_the_provider(text: str) -> None:
    assert story.find_provider(text) is None


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "I went to St. Mary's Hospital with chest pain and they sent me home. Two days later "
            "I was in St. Mary's Hospital for a week.",
            "St. Mary's Hospital",
        ),
        (
            "The nurses at Sunny Acres Nursing Home let my dad fall. He was in Mercy Hospital "
            "for two weeks.",
            "Sunny Acres Nursing Home",
        ),
        (
            "I was in Riverside Hospital for three days after knee surgery and a nurse gave me "
            "a double dose of morphine.",
            "Riverside Hospital",
        ),
    ],
)
def test_provider_still_named(text: str, provider: str) -> None:
    assert story.find_provider(text) == provider


# --- Dates ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "the dentist pulled the wrong tooth on Sept 9 or 10 and my jaw got infected",
            "2026-09-09..2026-09-10",
        ),
        (
            "my knee surgery was march 3 or the 4th and they nicked an artery",
            "2026-03-03..2026-03-04",
        ),
    ],
)
def test_story_day_with_a_doubt_is_both_days(text: str, when: str) -> None:
    assert story.extract(text, TODAY)["incident_date"] == when


def test_story_day_then_a_count_is_not_a_doubt() -> None:
    facts = story.extract("On June 9 or 10 days later she fell out of bed at the home", TODAY)
    assert facts["incident_date"] == "2026-06-09"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("from july to around the middle of september", "2026-07-01..2026-09-20"),
        ("the beginning of march to the end of april", "2026-03-01..2026-04-30"),
        ("he was there february until about the middle of march", "2026-02-01..2026-03-20"),
        ("may or june", "2026-05-01..2026-06-30"),
    ],
)
def test_span_of_months_with_a_part_of_a_month(text: str, when: str) -> None:
    assert answers.parse_incident_date(text, TODAY).values["incident_date"] == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("the week of our 25th anniversary, which is June 3", "2026-05-31..2026-06-06"),
        ("my birthday week, aug 12", "2026-08-09..2026-08-15"),
        ("THE WEEK OF HIS 80TH BIRTHDAY. HIS BIRTHDAY IS OCTOBER 7", "2026-10-04..2026-10-10"),
        ("on my 50th birthday, august 12", "2026-08-12"),
        ("the day before my birthday. my birthday is august 12", "2026-08-11"),
    ],
)
def test_week_of_an_occasion(text: str, when: str) -> None:
    assert answers.parse_incident_date(text, TODAY).values["incident_date"] == when
