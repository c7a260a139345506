"""A story date's role in its clause, and the date phrases the story reader finds.

A single date whose clause shows it is not the care (the harm or stay that followed, a
death, word that came later, a due date, the day a stay began when the story counts the
wrong day from it, a birth told to count an age from) never stands as the incident date:
asking costs one question, a wrong date a deadline. Dates said plainly ("this morning",
"on tuesday", "9/14", "from Oct 2 to Oct 11") are read. Wordings are this file's own, not
the blind rows' (tests/unit/parsing/test_story_dates_round1_blind.py). Today is Friday
2026-12-04.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract

TODAY = date(2026, 12, 4)


def incident(text: str) -> object:
    return extract(text, TODAY).get("incident_date")


# --- A date whose role is not the care is not taken -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the harm that followed, the care's own time said in a way not read
        "My knee scope went badly, I wound up back in the ER on March 9 with a clot.",
        "they botched my sister's c-section and she ended up in the ICU on Oct 14",
        "The clinic ignored my dad's chest pain for weeks. He had a heart attack on Aug 2.",
        "nurse gave the wrong drip, my son coded on 10/3",
        "after the biopsy she was rushed back in on June 8 bleeding",
        # word that came later
        "We received a letter on Sept 30 that the lab mixed up my results.",
        "I was diagnosed on May 5 with the cancer my old doctor missed.",
        "got a call on the 12th saying my scan had been misread",
        # a due date in a pregnancy story
        "the midwife ignored my bleeding at 30 weeks, my due date was Feb 2 2026",
        "they said the baby was fine. I was due on July 19.",
    ],
)
def test_a_date_not_of_the_care_is_not_taken(text: str) -> None:
    assert incident(text) is None


@pytest.mark.parametrize(
    ("text", "death"),
    [
        ("Her GP never sent her for the scan. She died of sepsis on April 4.", "2026-04-04"),
        ("my uncle died in the county jail on 9/20, nobody gave him his meds", "2026-09-20"),
        ("Dad passed away at home on Oct 1 after the ER sent him back.", "2026-10-01"),
    ],
)
def test_a_death_said_before_its_date_is_the_death_not_the_care(text: str, death: str) -> None:
    facts = extract(text, TODAY)
    assert facts.get("death_date") == death
    assert facts.get("incident_date") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the care date beside a later outcome: the care's stands
        ("They sent me home from urgent care on 11/20. Ended up admitted 11/23.", "2026-11-20"),
        ("ER discharged him 10/5 with a fever, he was back by ambulance 10/7", "2026-10-05"),
        # the stay's start with the wrong day counted from it
        ("she was admitted Oct 20, on the 2nd day they gave her the wrong blood", "2026-10-21"),
        # a day counted from a personal day whose date is given
        ("my surgery was the day before my 40th birthday, which was Aug 10", "2026-08-09"),
        (
            "They pulled the wrong tooth two days after our anniversary, that was May 9.",
            "2026-05-11",
        ),
    ],
)
def test_the_care_date_stands_beside_what_followed(text: str, day: str) -> None:
    assert incident(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # a stay before the wrong day, told as background
        "they tore my bladder in surgery on 7/14. I had been admitted 7/12 for pain",
        # a day of the stay counted from the admission
        "my grandpa was admitted on Sept 3 and on his 3rd day a nurse dropped him",
    ],
)
def test_a_stay_start_is_not_the_day_that_went_wrong(text: str) -> None:
    got = incident(text)
    assert got not in ("2026-07-12", "2026-09-03")


@pytest.mark.parametrize(
    "text",
    [
        "She was 2 weeks old when the doctor missed her jaundice. She was born Oct 3.",
        "my son was born on June 2 and at 5 days old the pediatrician sent us home with a fever",
    ],
)
def test_a_birth_told_to_count_an_age_from_is_not_the_care(text: str) -> None:
    assert incident(text) is None


# --- A person's own time is not a date ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Grandma died in hospice; in her last week they doubled her fentanyl.",
        "during his last month the home never turned him and he got bedsores",
        "my last year of school the campus doctor missed my diabetes",
    ],
)
def test_someones_last_week_is_not_last_week(text: str) -> None:
    assert incident(text) is None


def test_last_week_said_plainly_is_still_read() -> None:
    # The calendar week before (test_last_week_is_the_calendar_week).
    assert incident("The pharmacy gave me the wrong pills last week.") == "2026-11-23..2026-11-29"


@pytest.mark.parametrize(
    "text",
    [
        "over a year ago the dermatologist missed a mole on my back",
        "more than 2 years ago my dentist cracked my jaw",
    ],
)
def test_a_bound_is_not_a_date(text: str) -> None:
    assert incident(text) is None


# --- A date corrected inside the story ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the tummy tuck was june 2nd, no wait the 4th, this year", "2026-06-04"),
        ("they did it on march 14th, no sorry the 17th. it went wrong", "2026-03-17"),
        (
            "surgery was monday the 9th, no wait tuesday the 10th, and he nicked a nerve",
            "2026-11-10",
        ),
        ("my MRI was on 10/6, sorry 10/8, and they misread it", "2026-10-08"),
    ],
)
def test_the_corrected_date_wins(text: str, day: str) -> None:
    assert incident(text) == day


# --- Dates said plainly are read ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("the ER doctor set my wrist wrong this morning", "2026-12-04"),
        ("My dad fell out of his hospital bed last night and nobody came", "2026-12-03"),
        ("the surgeon operated on the wrong finger on wednesday", "2026-12-02"),
        ("They gave my son the wrong vaccine on monday at the clinic", "2026-11-30"),
        ("botched filling 10/22, the tooth is dead", "2026-10-22"),
        ("the orthodontist broke my crown on Nov 16", "2026-11-16"),
        (
            "my mom was in rehab from Sept 4 to Sept 18 and they let her fall",
            "2026-09-04..2026-09-18",
        ),
        ("the pharmacy filled it wrong on the 25th", "2026-11-25"),
        (
            "they left my mom on a gurney from friday night till sunday morning with no food",
            "2026-11-27..2026-11-29",
        ),
        ("my cast was put on too tight 3 weeks ago tuesday", "2026-11-10"),
    ],
)
def test_a_date_said_plainly_is_read(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        "my pain was 8/10 after the surgery and nobody listened",
        "I sat in the ER for 9 hours and they missed my appendix",
        "on the 3rd day in the ICU they forgot his insulin",
        "I'm 52 today and my doctor missed my cancer",
        "they told us at a Wednesday visit that it was nothing",
        # a stretch whose ends do not agree is left to the date question
        "my dad sat in the ER from this past thursday to saturday with a broken hip",
    ],
)
def test_words_that_are_not_dates_stay_unread(text: str) -> None:
    assert incident(text) is None


# --- The harm's date said before its verb ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "the urgent care sent me home on 3/2 with antibiotics. on 3/6 I had a stroke",
            "2026-03-02",
        ),
        ("clinic missed my clot on Oct 8, Oct 10 I ended up in the ICU", "2026-10-08"),
    ],
)
def test_an_outcome_date_said_first_in_its_clause_is_left_out(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        "on 3/2 the urgent care sent me home with antibiotics",
        # what the care said was needed is the care, not what followed
        "on 3/2 my doctor said I needed no scan and sent me home",
    ],
)
def test_a_care_date_said_first_in_its_clause_stays(text: str) -> None:
    assert incident(text) == "2026-03-02"


# --- One miss repeated at several visits --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "saw the GP on 9/8 and again 9/15, both times he said it was a sprain",
            "2026-09-08..2026-09-15",
        ),
        (
            "ER 10/1 said kidney stone. Went back 10/3, same thing. it was my appendix",
            "2026-10-01..2026-10-03",
        ),
    ],
)
def test_repeated_visits_are_one_stretch(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        # visits months apart: separate cares, left to the date question
        "saw the GP on 3/8 and again 9/15, both times he said it was a sprain",
        # two dates with no word of a repeat: left to the date question
        "my surgery was 10/1 and my follow-up was 10/9, the surgeon nicked a nerve",
    ],
)
def test_other_pairs_of_dates_stay_unread(text: str) -> None:
    assert incident(text) is None


# --- The care counted back from a dated death ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("My brother died on Sept 12. The ER sent him home three days before.", "2026-09-09"),
        (
            "Dad passed on Oct 20, the nursing home ignored his fever the day before he died",
            "2026-10-19",
        ),
        ("Mom died Nov 6. Hospice skipped her meds in her last week.", "2026-10-31..2026-11-06"),
    ],
)
def test_care_counted_back_from_a_dated_death(text: str, spec: str) -> None:
    facts = extract(text, TODAY)
    assert facts.get("incident_date") == spec
    assert facts.get("death_date") != spec


@pytest.mark.parametrize(
    "text",
    [
        # a count before something other than the death
        "My brother died on Sept 12. Three days before his surgery they stopped his blood thinner.",
        # a week is too loose to count back a day from
        "My brother died on Sept 12. The ER sent him home a week before.",
    ],
)
def test_other_counts_before_a_death_stay_unread(text: str) -> None:
    assert incident(text) is None


# --- Of two tests, the one that found the harm dates the discovery ------------------------
@pytest.mark.parametrize(
    ("text", "care", "found"),
    [
        (
            "I had a colonoscopy in May 2023 that the GI said was clean and then a CT in "
            "August 2025 showed a tumor.",
            "2023-05",
            "2025-08",
        ),
        (
            "my dad had an x-ray in March 2024 the doctor said was fine, then an MRI in June "
            "2025 showed the fracture",
            "2024-03",
            "2025-06",
        ),
        (
            "In 2022 my doctor ignored my cough. A CT in March 2024 showed lung cancer.",
            "2022",
            "2024-03",
        ),
    ],
)
def test_the_test_nearest_the_finding_is_the_discovery(text: str, care: str, found: str) -> None:
    facts = extract(text, TODAY)
    assert (facts.get("incident_date"), facts.get("discovery_date")) == (care, found)


@pytest.mark.parametrize(
    "text",
    [
        # a test misread or dismissed is the care itself, not a discovery
        "I had an MRI in 2024 that he misread and then he said it was fine",
        "the ultrasound in April 2025 showed a nodule and the doctor said it was nothing",
    ],
)
def test_a_dismissed_test_is_the_care(text: str) -> None:
    facts = extract(text, TODAY)
    assert facts.get("discovery_date") is None
    assert facts.get("incident_date") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they gave him 1/2 a pill too much on May 5", "2026-05-05"),
        ("she was on 1/4 tablet and the pharmacy filled it wrong on 10/3", "2026-10-03"),
        ("they were supposed to watch him 24/7 and he fell on 5/5", "2026-05-05"),
    ],
)
def test_a_fraction_of_a_dose_or_round_the_clock_is_no_second_date(
    text: str, expected: str
) -> None:
    # Merging the English and Spanish story readers showed both: "1/2 pastilla", "24/7".
    assert incident(text) == expected


def test_a_day_written_as_a_fraction_alone_is_still_a_date() -> None:
    assert incident("on 1/2 they gave me the wrong pill") == "2026-01-02"
