"""The classes of story wording behind round 2's blind story rows
(test_story_dates_round2_blind.py), each in wordings of its own, with negatives: phrases that
must not be read that way. Today is Friday 2026-12-04."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import story
from bot.intake.multilingual import story_facts
from bot.law import DateSpec

TODAY = date(2026, 12, 4)


def incident(text: str) -> object:
    return story_facts(text, TODAY, "en").get("incident_date")


# --- 1. Dates said plainly --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("a week ago today the dentist cracked my crown", "2026-11-27"),
        ("two weeks ago today my mom's surgeon nicked her ureter", "2026-11-20"),
        ("early last year my OB missed the signs of preeclampsia", "2025-01-01..2025-04-30"),
        ("late last year the clinic gave me the wrong shot", "2025-09-01..2025-12-31"),
        ("mid-june the urgent care sent me home with a broken wrist", "2026-06-10..2026-06-20"),
        ("all of july the home nurse never changed his dressing", "2026-07"),
        ("the surgeon operated on the 9th of march and left a sponge in me", "2026-03-09"),
        ("she fell on the 2nd (of may) and the ER never x-rayed her hip", "2026-05-02"),
        ("my mother go to clinic in 3 of june and doctor give wrong pills", "2026-06-03"),
        ("last weekend the urgent care missed my son's broken ankle", "2026-11-28..2026-11-29"),
        ("earlier this week the pharmacist filled the wrong insulin", "2026-12-01..2026-12-03"),
        ("the second week of august my dad's GP ignored his chest pain", "2026-08-08..2026-08-14"),
    ],
)
def test_a_date_said_plainly_is_read(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        "all of them said it was fine and now I have sepsis",
        "the 2nd (of 3 surgeries) went wrong",
        "he works weekend shifts and missed my results",
    ],
)
def test_words_like_those_dates_stay_unread(text: str) -> None:
    assert incident(text) is None


# --- 2. A date's role: what followed, word of it, the finding ---------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # a later operation to put it right
        (
            "the surgeon put my hip in crooked on march 3. revision surgery was april 20",
            "2026-03-03",
        ),
        # home again after the harm
        (
            "the nurse gave her the wrong drip on the 9th. she spent a week in the ICU, home on "
            "the 20th",
            "2026-11-09",
        ),
        # the harm told after its day
        ("The urgent care said it was flu on Jan 3. On Jan 4 she was septic.", "2026-01-03"),
        ("the ER sent me home on 11/20 and by 11/22 there was no heartbeat", "2026-11-20"),
        (
            "the pharmacy gave her double the dose on 10/2 and we found her unresponsive on 10/5",
            "2026-10-02",
        ),
        # someone later who confirmed or told of it
        ("my GP missed the lump in may. a second radiologist confirmed it in october", "2026-05"),
        (
            "my old dentist drilled into a nerve in june. a new dentist told me this on 9/9",
            "2026-06",
        ),
        (
            "the surgeon placed my screws in 2023. the specialist i saw last month told me they "
            "were put in wrong",
            "2023",
        ),
        ("the surgeon left a drain in my knee in march, found it on an MRI last week", "2026-03"),
        (
            "my daughter's pediatrician brushed off her weight loss last summer. diagnosed with "
            "diabetes in october",
            "2026-06-01..2026-08-31",
        ),
    ],
)
def test_the_care_date_stands_beside_what_came_after(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # the operation is the wrong itself
        ("my second surgery on 5/5 was botched", "2026-05-05"),
        # the date before the finding is the care's
        ("on 10/2 the nurse found her confused and ignored it", "2026-10-02"),
        # a diagnosis someone made is the care
        ("dr patel diagnosed me with a sprain on 4/4 but it was broken", "2026-04-04"),
    ],
)
def test_the_same_words_as_the_care_stay_the_care(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "years ago my surgeon did my fusion and now a CT on 10/10 shows the screws are loose",
            "2026-10-10",
        ),
        (
            "years ago they put in my IUD wrong and I found out on an ultrasound last month",
            "2026-11",
        ),
    ],
)
def test_a_finding_test_dates_the_discovery_not_the_care(text: str, found: str) -> None:
    facts = story_facts(text, TODAY, "en")
    assert facts.get("discovery_date") == found
    assert facts.get("incident_date") is None


def test_a_test_named_as_what_was_found_is_still_the_care() -> None:
    # "found out her biopsy in 2023 ...": the test is what was found, its date the care's
    text = (
        "We found out last week that his biopsy in 2023 had come back positive and nobody told him."
    )
    assert incident(text) == "2023"


# --- 3. The nth day or week of a stay, in the next sentence ------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "My mom was admitted to St Joseph on 10/10. On her 3rd day there they gave her "
            "penicillin, which she is allergic to.",
            "2026-10-12",
        ),
        (
            "Dad went into the nursing home on 8/1. In his second week there he fell out of bed "
            "twice and nobody came",
            "2026-08-08..2026-08-14",
        ),
    ],
)
def test_the_nth_day_of_a_stay_is_counted_across_sentences(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_floor_is_not_a_day_of_a_stay() -> None:
    text = "My mom was admitted on 10/10. On the 3rd floor there was no call button and she fell"
    assert incident(text) != "2026-10-12"


# --- 4. A story told of another year ----------------------------------------------------
def test_a_yearless_day_is_placed_in_the_story_year() -> None:
    text = "my wife died on march 20 2025. the hospice stopped her oxygen on march 17"
    assert incident(text) == "2025-03-17"


def test_a_weekday_in_a_story_of_another_year_is_no_date() -> None:
    text = (
        "My due date was Jan 3 2025. The midwife told me on thursday not to come in and the "
        "baby was stillborn"
    )
    assert incident(text) is None


@pytest.mark.parametrize(
    ("said", "encoded", "days", "moved"),
    [
        # near a day of 2025: placed in 2025
        ("on june 6", "2026-06-06", ["2025-06-09"], "2025-06-06"),
        # far from it: left as read
        ("on 11/20", "2026-11-20", ["2025-02-02"], "2026-11-20"),
        # counted from today, or with a year of its own: left as read
        ("2 weeks ago", "2026-11-20", ["2025-11-01"], "2026-11-20"),
        ("on june 6 2026", "2026-06-06", ["2025-06-09"], "2026-06-06"),
        # no day of another year: left as read
        ("on june 6", "2026-06-06", [], "2026-06-06"),
    ],
)
def test_the_story_year_moves_only_a_yearless_day_near_it(
    said: str, encoded: str, days: list[str], moved: str
) -> None:
    specs = [DateSpec.from_slot(d) for d in days]
    assert story._in_story_year(said, encoded, specs, TODAY) == moved


def test_a_birth_year_is_no_story_year() -> None:
    assert (
        story._story_days("my son was born March 3 2019. on june 5 the ER missed it", TODAY) == []
    )


# --- 5. Corrections, a newborn's day, a wait until a later day --------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "my knee scope was in april 2024, no sorry, 2023, and they cut the wrong ligament",
            "2023-04",
        ),
        (
            "it was thanksgiving - no, the day after, when the urgent care gave me the wrong shot",
            "2026-11-27",
        ),
        ("on 10/9 - no, the day before, the surgeon cut my nerve", "2026-10-08"),
    ],
)
def test_a_year_or_a_counted_day_put_right(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_no_one_is_not_a_correction() -> None:
    assert incident("she fell on 11/2 - no one checked on her for hours") == "2026-11-02"


def test_a_newborns_day_is_counted_from_the_birth() -> None:
    text = (
        "our daughter was born on 10/10. by day 3 she was yellow and the pediatrician said it "
        "was normal"
    )
    assert incident(text) == "2026-10-12..2026-10-13"


def test_a_delivery_is_still_the_care() -> None:
    assert (
        incident("our daughter was born 10/10 by c-section and the OB cut her cheek")
        == "2026-10-10"
    )


def test_care_held_back_until_a_later_day_is_the_wait() -> None:
    text = "the ER put in the orthopedic consult on 7/2 and nobody saw him until 7/9"
    assert incident(text) == "2026-07-02..2026-07-09"


def test_a_stay_until_a_day_is_no_wait() -> None:
    text = "the surgery was on 5/1 and I stayed until 5/4 and then got an infection"
    assert incident(text) != "2026-05-01..2026-05-04"


# --- 6. A date glossed in brackets, a day that only anchors the care, a weekday after a day
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("on 3/14 (a saturday in march) the ER gave me the wrong antibiotic", "2026-03-14"),
        (
            "on memorial day (the last monday in may) the urgent care stitched my son's cut with "
            "dirt in it",
            "2026-05-25",
        ),
    ],
)
def test_a_date_glossed_in_brackets_is_one_date(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_second_date_in_brackets_is_not_a_gloss() -> None:
    text = "the ER misread my x-ray on 3/14 (and again in april) and I limped for months"
    assert incident(text) != "2026-03-14"


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # the calendar week after a personal day, Monday to Sunday
        (
            "I retired on 6/30 and at my checkup the following week the doctor brushed off my "
            "chest pain",
            "2026-07-06..2026-07-12",
        ),
        # a week after care that went fine: the date reader's "a week after"
        (
            "my daughter had her wisdom teeth out on march 3, that went fine. the dentist's "
            "follow up a week later missed the dry socket",
            "2026-03-07..2026-03-13",
        ),
        (
            "on my birthday, may 5, I was fine. the next day the pharmacy gave me someone "
            "else's pills",
            "2026-05-06",
        ),
    ],
)
def test_care_counted_from_a_day_that_only_anchors_it(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_week_after_the_care_is_not_the_care() -> None:
    assert incident("my surgery was on june 2 and a week later I got an infection") == "2026-06-02"


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "my water broke on Oct 3 and I delivered Oct 4. the OB waited too long and my son has "
            "brain damage",
            "2026-10-03..2026-10-04",
        ),
        (
            "I was induced on Monday March 2 and had her Tuesday night, nobody watched the monitor",
            "2026-03-02..2026-03-04",
        ),
    ],
)
def test_a_labour_from_its_start_to_the_birth_is_one_stretch(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_weekday_after_a_dated_day_is_counted_from_it() -> None:
    # Friday after Sunday Sept 20, not last Friday: two days, so the question is asked
    text = "on sept 20 my mom fell at the nursing home. on friday they still had not x-rayed her"
    assert incident(text) is None
    assert story._weekday_after_a_day("on friday", 0, 9, (0, 0, "2026-09-20"), TODAY) == (
        "2026-09-25"
    )


def test_a_weekday_with_no_day_before_it_is_this_weeks() -> None:
    assert incident("my daughter had a fever on tuesday and the ER sent us home") == "2026-12-01"


# --- 7. An age at the care and an age now ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "when she was 5 the ENT put tubes in wrong and she lost hearing in one ear. she's 11 "
            "now",
            "2019-12-05..2021-12-03",
        ),
        ("I'm 45. At 40, my doctor ignored a lump in my breast", "2020-12-05..2022-12-03"),
        ("when i was 30 my gyno missed my cervical cancer, i'm 33", "2022-12-05..2024-12-03"),
        ("my son is 7 now and when he was 3 the ER set his arm wrong", "2021-12-05..2023-12-03"),
    ],
)
def test_an_age_then_and_now_dates_the_care(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        # no age now
        "when I was 34 the dentist broke my jaw",
        # two ages then
        "when I was 20 I had surgery and when I was 25 another one, I'm 30 now",
        # someone else's age now
        "when she was 5 the ENT put tubes in wrong, I'm 40 now",
        # an age now said without "now" counts only in the first person
        "when he was 8 his pediatrician missed his diabetes, he is 10",
    ],
)
def test_other_ages_date_nothing(text: str) -> None:
    assert incident(text) is None


# --- 8. A birth month placed by a child's age now; a birthday and a home are no care -----
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "Our son is 5 now and his birthday is in March. The OB pulled too hard during "
            "delivery and he has erbs palsy",
            "2021-03",
        ),
        (
            "my daughter is 2, she was born in october. shoulder dystocia and the doctor "
            "panicked, now her arm is weak",
            "2024-10",
        ),
    ],
)
def test_a_birth_month_is_placed_by_the_childs_age_now(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        # this month: either year may fit
        "my daughter is 2, her birthday is in december. they used forceps and fractured her skull",
        # the harm was not at the birth
        "my son is 4 and his birthday is in june. his pediatrician missed his hip dysplasia",
    ],
)
def test_a_birth_month_that_does_not_place_the_care(text: str) -> None:
    assert incident(text) is None


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("her birthday is in may and on 5/3 the nurse gave her the wrong insulin", "2026-05-03"),
        (
            "we lived in Ohio until March 2022. last month the ER sent my wife home with a stroke",
            "2026-11",
        ),
    ],
)
def test_a_birthday_or_a_home_is_no_care_date(text: str, spec: str) -> None:
    assert incident(text) == spec


# --- 9. A later visit told only as the finding is no later episode ------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "on 9/12 the urgent care told my husband his ankle was sprained. a week later an "
            "orthopedist said it was broken in two places",
            "2026-09-12",
        ),
        (
            "on 3/3 the dentist said my jaw was fine. two weeks later the xray showed a fracture",
            "2026-03-03",
        ),
    ],
)
def test_a_later_finding_leaves_the_dated_care(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        "on 3/3 the dentist said my jaw was fine. two weeks later the surgeon cut my nerve",
        "In April my doctor said my headaches were tension. Then the first Saturday of summer I "
        "had a stroke.",
    ],
)
def test_a_later_episode_still_leaves_the_earlier_visit_out(text: str) -> None:
    assert incident(text) is None
