from datetime import date

import pytest

from bot.intake import answers, replies
from bot.intake.corrections import parse_correction
from bot.intake.questions import MAX_FAILURES, fallback
from bot.intake.summary import render
from bot.law import DateSpec

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("text", ["yes", "Yep!", "sure", "yes please", "that's correct", "OK"])
def test_yes(text: str) -> None:
    assert replies.is_yes(text) and not replies.is_no(text)


@pytest.mark.parametrize("text", ["no", "nope", "nah", "No thanks", "that's wrong", "incorrect"])
def test_no(text: str) -> None:
    assert replies.is_no(text) and not replies.is_yes(text)


@pytest.mark.parametrize("text", ["idk", "I don't remember", "not sure", "i dont know", "no idea"])
def test_dont_know(text: str) -> None:
    assert replies.is_dont_know(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my name is maria lopez", "Maria Lopez"),
        ("I'm John Carter", "John Carter"),
        ("Jennifer A. Brooks", "Jennifer A. Brooks"),
        ("JOHN SMITH", "John Smith"),
    ],
)
def test_names(text: str, expected: str) -> None:
    assert answers.parse_name(text).values == {"full_name": expected}


@pytest.mark.parametrize("text", ["2015550123", "maria@example.com", "no", "x", "idk"])
def test_not_names(text: str) -> None:
    assert not answers.parse_name(text).ok


def test_contact_answer_sets_phone_and_email() -> None:
    parsed = answers.parse_contact("you can reach me at (201) 555-0123")
    assert parsed.values == {"contact": "+12015550123", "phone": "+12015550123"}
    assert answers.parse_contact("201-555-01").error == "invalid"
    assert answers.parse_contact("just text me").error == "unparsed"


def test_date_answer_keeps_precision() -> None:
    # The one slot value carries the precision: no second slot beside it.
    assert answers.parse_incident_date("March 2024", TODAY).values == {"incident_date": "2024-03"}
    assert DateSpec.from_slot("2024-03").precision == "month"
    assert answers.parse_incident_date("i don't remember", TODAY).error == "dont_know"
    assert answers.parse_incident_date("next month", TODAY).error == "future"


def test_state_answer() -> None:
    assert answers.parse_state("new jersey").values == {"incident_state": "NJ"}
    assert answers.parse_state("Ohio or maybe Michigan").error == "ambiguous"
    assert answers.parse_state("we live in Ohio but it happened in Kentucky").values == {
        "incident_state": "KY"
    }
    assert answers.parse_state("it was in Texas, we moved to Ohio later").values == {
        "incident_state": "TX"
    }
    assert answers.parse_state("it happened in Ohio or Michigan").error == "ambiguous"
    assert answers.parse_state("not sure").error == "dont_know"


def test_story_needs_some_words() -> None:
    assert answers.parse_story("yes").error == "too_short"
    assert answers.parse_story("They removed the wrong kidney").ok


@pytest.mark.parametrize(
    "opener",
    ["I need help", "hi, I have a question", "I think I have a case", "can I talk to someone"],
)
def test_an_opener_is_not_the_story(opener: str) -> None:
    assert answers.parse_story(opener).error == "opener"


@pytest.mark.parametrize(
    "story",
    ["misdiagnosed", "botched surgery", "nurse ignored me", "my mom died", "he fell in the ICU"],
)
def test_a_short_story_about_care_is_a_story(story: str) -> None:
    assert answers.parse_story(story).ok


def test_consent() -> None:
    assert answers.parse_consent("yes you can").values == {"contact_consent": True}
    assert answers.parse_consent("no").values == {"contact_consent": False}
    assert answers.parse_consent("what?").error == "yes_no"


def test_fallback_keeps_what_was_said() -> None:
    assert MAX_FAILURES == 2
    assert fallback("incident_date", "the day my son was born") == (
        {"incident_date": "unknown", "incident_date_text": "the day my son was born"},
        "incident_date_unknown",
    )
    assert fallback("contact", "ask my sister") == (
        {"contact": "ask my sister"},
        "contact_unverified",
    )
    assert fallback("contact_consent", "hmm")[1] == "consent_unclear"
    assert fallback("summary_confirmed", "whatever") is None


@pytest.mark.parametrize(
    ("text", "field", "values"),
    [
        ("the state is wrong, it's New Jersey", "incident_state", {"incident_state": "NJ"}),
        # No field named, but the new value says which one.
        ("sorry, it should be NY", "incident_state", {"incident_state": "NY"}),
        (
            "the date was May 2022",
            "incident_date",
            {"incident_date": "2022-05"},
        ),
        (
            "my phone number is 201 555 0123",
            "contact",
            {"contact": "+12015550123", "phone": "+12015550123"},
        ),
        ("the date is wrong", "incident_date", None),
        ("wrong name", "full_name", None),
        ("New Jersey", "incident_state", {"incident_state": "NJ"}),
        ("blah", None, None),
    ],
)
def test_corrections(text: str, field: str | None, values: dict | None) -> None:
    c = parse_correction(text, TODAY)
    assert (c.field, c.values) == (field, values)


def test_summary_shows_human_values_and_skips_empty() -> None:
    text = render(
        {
            "incident_description": "They left a sponge in me",
            "incident_date": "2024-03",
            "incident_state": "NJ",
            "contact": "+12015550123",
            "phone": "+12015550123",
            "provider": None,
        }
    )
    assert "When: March 2024" in text
    assert "State: New Jersey" in text
    assert "Contact: (201) 555-0123" in text
    assert "Provider" not in text
