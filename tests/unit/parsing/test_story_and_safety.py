from datetime import date

import pytest

from bot.intake import answers
from bot.intake.corrections import looks_like_correction
from bot.intake.patient import parse_age, parse_patient
from bot.intake.safety import Emergency, detect
from bot.intake.story import extract, find_provider

TODAY = date(2026, 11, 22)


def test_a_rich_story_fills_what_it_states() -> None:
    facts = extract(
        "my mom went to St. Mary's Hospital in New Jersey in March 2024 and they missed her "
        "stroke, she passed away",
        TODAY,
    )
    assert facts == {
        "incident_state": "NJ",
        "incident_date": "2024-03",
        "provider": "St. Mary's Hospital",
        "provider_government": "private",  # a church-named hospital: no government question
        "patient_is_self": False,
        "patient_relationship": "mother",
        "patient_died": True,
        "story_severity": "death",
    }


def test_first_person_story_with_doctor_and_vague_date() -> None:
    facts = extract(
        "I had knee surgery with Dr. Patel at Bayview Medical Center last year and now I cant "
        "feel my leg",
        TODAY,
    )
    assert facts["provider"] == "Dr. Patel at Bayview Medical Center"
    assert facts["patient_is_self"] is True
    assert facts["incident_date"] == "2025"  # a year, as said
    assert "incident_date_precision" not in facts
    assert "patient_died" not in facts


@pytest.mark.parametrize(
    "story",
    [
        "surgery in 2021 and again in 2022, doctors in ohio and in michigan",
        "my husband and i went to the ER and they misdiagnosed me",
        "dr said it was anxiety but it was a heart attack",
    ],
)
def test_unclear_facts_are_left_for_the_form(story: str) -> None:
    facts = extract(story, TODAY)
    assert "incident_state" not in facts
    assert "incident_date" not in facts
    assert "patient_is_self" not in facts
    assert "provider" not in facts


def test_a_near_death_is_not_a_death() -> None:
    assert "patient_died" not in extract("my dad almost died after the surgery in 2023", TODAY)


def test_ages_in_a_story() -> None:
    assert extract("my 6 year old son got the wrong dose", TODAY)["patient_age"] == 6
    assert extract("my baby was hurt during delivery", TODAY)["patient_age"] == 0


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("my son got the wrong dose at the pharmacy", None),
        ("we went to the county hospital", None),
        ("Cook County Hospital", "Cook County Hospital"),
        ("the walgreens pharmacy gave me the wrong pills", "walgreens pharmacy"),
        ("dr. gomez at Northside Urgent Care", "Dr. Gomez at Northside Urgent Care"),
        ("the dr said i was fine", None),
    ],
)
def test_providers_are_names_not_generic_places(text: str, provider: str | None) -> None:
    assert find_provider(text) == provider


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i want to kill myself", Emergency.SELF_HARM),
        ("I don't want to live anymore", Emergency.SELF_HARM),
        ("my dad is unconscious right now", Emergency.MEDICAL),
        ("i cant breathe", Emergency.MEDICAL),
        ("my son is having a seizure", Emergency.MEDICAL),
        ("my incision opened up and is bleeding everywhere", Emergency.MEDICAL),
        ("he's bleeding and it won't stop", Emergency.MEDICAL),
        ("i can't stop the bleeding", Emergency.MEDICAL),
        ("my baby isn't breathing", Emergency.MEDICAL),
        ("i'm still bleeding from the biopsy site", Emergency.MEDICAL),
        ("i was bleeding for weeks after the surgery last year", None),
        ("she had internal bleeding they missed back in 2021", None),
        ("my mom had a stroke last year and they missed it", None),
        ("the ER missed my heart attack in 2023", None),
        ("they left a sponge in me", None),
    ],
)
def test_emergencies_now_are_told_apart_from_past_events(text: str, kind: Emergency | None) -> None:
    assert detect(text) == kind


@pytest.mark.parametrize(
    ("text", "is_self", "relationship"),
    [
        ("me", True, None),
        ("yes", True, None),
        ("it was my 6 year old son", False, "son"),
        ("mom", False, "mother"),
        ("no", False, None),
        ("someone else", False, None),
        # The visitor names their own role: the patient is the other side of it.
        ("I'm her mom", False, "daughter"),
        ("i am his wife", False, "husband"),
        ("im his daughter", False, "father"),
        ("I'm her husband", False, "wife"),
        ("I'm the patient's father", False, "child"),
        ("i'm his grandma", False, "grandchild"),
    ],
)
def test_who_was_the_patient(text: str, is_self: bool, relationship: str | None) -> None:
    answer = parse_patient(text)
    assert answer is not None
    assert (answer.is_self, answer.relationship) == (is_self, relationship)


@pytest.mark.parametrize(
    ("text", "age"),
    [("6", 6), ("she was 82", 82), ("8 months", 0), ("newborn", 0), ("45 years old", 45)],
)
def test_ages(text: str, age: int) -> None:
    assert parse_age(text, "2024-03", TODAY).age == age


def test_a_birth_date_gives_the_age_at_the_incident() -> None:
    parsed = answers.parse_patient_age("march 3 2010", TODAY, "2024-03")
    assert parsed.values == {
        "patient_age": 13,
        "patient_minor": True,
        "patient_birth_date": "2010-03-03",
    }


def test_consent_and_contact_in_one_reply() -> None:
    parsed = answers.parse_consent("sure, 201-555-0123")
    assert parsed.values == {
        "contact_consent": True,
        "contact": "+12015550123",
        "phone": "+12015550123",
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", False),
        ("not yet", False),
        ("yes", True),
        ("I already have one", True),
        ("we talked to one lawyer but they didn't take it", False),
        ("I had an attorney but he dropped the case", False),
        ("I hired a lawyer last month", True),
    ],
)
def test_existing_counsel(text: str, value: bool) -> None:
    assert answers.parse_has_lawyer(text).values == {"has_lawyer": value}


@pytest.mark.parametrize(
    ("text", "value"),
    [("yes she passed", True), ("no he's alive", False), ("he died in june", True), ("no", False)],
)
def test_did_the_patient_die(text: str, value: bool) -> None:
    assert answers.parse_patient_died(text).values == {"patient_died": value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry i meant ohio", True),
        ("actually it was in may", True),
        ("the state is wrong", True),
        ("Dr. Patel", False),
        ("no", False),
    ],
)
def test_correction_cues(text: str, expected: bool) -> None:
    assert looks_like_correction(text) is expected
