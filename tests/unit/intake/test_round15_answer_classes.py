"""Blind round 15, answers misread (English): each class in our own words, many wordings.

1. Today's age said at the age-at-the-time question ("I'm 61 now") is counted back to the
   incident when its date is known, hedged (the birthday is not known).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import turns
from bot.intake.answers import parse_patient_age, parse_patient_is_self, parse_relationship
from bot.intake.multilingual import story_facts
from bot.intake.turns import answers_question

TODAY = date(2026, 12, 4)
# Two years before today: an age now is two years more than the age then.
TWO_YEARS_AGO = "2024-12"


def _age(text: str, incident: object = TWO_YEARS_AGO) -> dict[str, object]:
    parsed = parse_patient_age(text, TODAY, incident)
    assert parsed.ok, (text, parsed.error)
    return parsed.values


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("I'm 61 now", 61),
        ("im 61 now", 61),
        ("now I'm 61", 61),
        ("I am 47 today", 47),
        ("she's 80 now", 80),
        ("he is 52 now", 52),
        ("she's 80 these days", 80),
        ("my mom is 74 now", 74),
        ("61 now", 61),
        ("he's currently 35", 35),
    ],
)
def test_todays_age_is_counted_back_to_the_incident(text: str, now: int) -> None:
    values = _age(text)
    assert values["patient_age"] == now - 2
    assert values["patient_age_approximate"] is True


@pytest.mark.parametrize("text", ["I'm 61 now", "she's 80 these days"])
def test_todays_age_without_an_incident_date_asks_for_the_age_then(text: str) -> None:
    parsed = parse_patient_age(text, TODAY, None)
    assert parsed.error == "age_now"


# 2. An age with an alternative ("41 I think, or 40", "40 or 41 maybe") is a hedged age: the
#    first said is kept, marked approximate; never refused.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("41 I think, or 40", 41),
        ("41 i think or maybe 40", 41),
        ("40 or 41", 40),
        ("40 or 41 maybe", 40),
        ("she was 63 I believe, or 64", 63),
        ("57 probably, or 58", 57),
        ("32 I guess, maybe 33", 32),
        ("he was 70, or maybe 71", 70),
    ],
)
def test_an_age_with_an_alternative_is_hedged(text: str, first: int) -> None:
    values = _age(text, None)
    assert values["patient_age"] == first
    assert values["patient_age_approximate"] is True


# 3. An age corrected as it is said ("78, no, 79") keeps the corrected figure.
@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("She was 78, no, 79, she'd just had her birthday", 79),
        ("78, wait, 79", 79),
        ("she was 78 - actually 79", 79),
        ("78 sorry 79", 79),
        ("he was 45, I mean 46", 46),
        ("52... no wait, 53", 53),
        ("I was 30, oops, 31", 31),
        ("66, scratch that, 67", 67),
        ("my dad was 81. Actually no, he was 82", 82),
        ("she was 12 no sorry 13", 13),
    ],
)
def test_a_self_corrected_age_keeps_the_correction(text: str, meant: int) -> None:
    assert _age(text, None)["patient_age"] == meant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("70, not 71", 70),  # the age said, then the one it is not
        ("she was 78, no kids", 78),
    ],
)
def test_no_correction_without_a_second_age(text: str, expected: int) -> None:
    assert _age(text, None)["patient_age"] == expected


# 4. At "Were you the patient?": a rhetorical question followed by the answer ("Who else?
#    Me.") is the answer, not a question to answer; "me, the mom" (the speaker described,
#    no one else named) is the visitor.
@pytest.mark.parametrize(
    "text",
    [
        "Who else? Me.",
        "who else? me",
        "Who do you think? me",
        "who else would it be? me lol",
        "Who else could it be?? Me, of course",
        "well who else? I was",
        "who else but me?",
        "Who do you think it was? Me!",
    ],
)
def test_a_rhetorical_question_then_me_is_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is True


@pytest.mark.parametrize(
    "text",
    [
        "me, the mom",
        "Me - the mother",
        "I was, I'm the mother",
        "me. i'm the mom",
        "It was me, the dad",
        "me, the patient",
    ],
)
def test_me_then_the_speaker_described_is_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is True
    assert "patient_relationship" not in parsed.values


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("Me, his mom", None),  # "his": the visitor is the patient's mother
        ("I'm her mother", None),
        ("no, my mom", "mother"),
        ("who else? my dad", "father"),
    ],
)
def test_another_patient_is_still_another(text: str, relationship: str | None) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is False
    if relationship:
        assert parsed.values["patient_relationship"] == relationship


@pytest.mark.parametrize(
    "intent", ["ask_confidential", "out_of_scope", "bot_challenge", "ask_next_steps"]
)
@pytest.mark.parametrize("text", ["Who else? Me.", "Who do you think? me", "who else? my mom"])
def test_a_rhetorical_question_then_the_answer_is_taken_at_the_question(
    text: str, intent: str
) -> None:
    reading = turns.read(
        "patient_is_self",
        text,
        intent,
        answers=answers_question("patient_is_self", text, TODAY, {}),
        asks=1,
        guided=False,
    )
    assert reading.intent == turns.ANSWER_INTENT


@pytest.mark.parametrize("text", ["who else will see this?", "Who else can read what I write?"])
def test_a_real_question_about_who_sees_it_is_still_answered(text: str) -> None:
    reading = turns.read(
        "patient_is_self",
        text,
        "ask_confidential",
        answers=answers_question("patient_is_self", text, TODAY, {}),
        asks=1,
        guided=False,
    )
    assert reading.intent == "ask_confidential"


# 5. At "Who was the patient?": "myself", "my self", "me myself" are the visitor, not a
#    relationship called "my self".
@pytest.mark.parametrize(
    "text",
    [
        "my self",
        "myself",
        "Myself.",
        "me myself",
        "me, myself and I",
        "it was myself",
        "me",
        "I was",
    ],
)
def test_the_visitor_named_as_the_patient_is_self(text: str) -> None:
    parsed = parse_relationship(text)
    assert parsed.ok, text
    assert parsed.values == {"patient_is_self": True, "patient_relationship": None}


@pytest.mark.parametrize(("text", "relationship"), [("my mom", "mother"), ("my son", "son")])
def test_a_relative_is_still_the_relationship(text: str, relationship: str) -> None:
    assert parse_relationship(text).values == {"patient_relationship": relationship}


# 6. The provider taken from a story: words about wanting a lawyer or help ("need a lawyer",
#    "please help", "want to sue") are never part of it, and a bare kind of place with no
#    name ("pharmacy", "the hospital", "my doctor") is no provider: the question is asked.
@pytest.mark.parametrize(
    "story",
    [
        "need a lawyer pharmacy gave me wrong pills",
        "need attorney hospital messed up my surgery",
        "please help pharmacy gave me wrong meds",
        "Need help urgent care missed my fracture",
        "want to sue hospital for leaving a sponge in me",
        "suing clinic for wrong diagnosis",
        "Legal help needed Hospital left sponge",
        "lawyer needed asap the pharmacy switched my pills",
        "Need lawyer. Hospital left sponge in me",
        "looking for attorney clinic misdiagnosed me",
        "hi need attorney my doctor missed cancer",
    ],
)
def test_no_provider_from_a_story_without_a_name(story: str) -> None:
    assert "provider" not in story_facts(story, TODAY)


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        ("need a lawyer CVS pharmacy gave me wrong pills", "CVS pharmacy"),
        ("Need a lawyer. Mercy Hospital left a sponge in me", "Mercy Hospital"),
        ("please help, Walgreens Pharmacy gave me the wrong dose", "Walgreens Pharmacy"),
        ("need attorney dr smith botched my surgery", "Dr. Smith"),
        ("I want to sue St. Mary's Hospital, they left a sponge in me", "St. Mary's Hospital"),
    ],
)
def test_a_named_provider_is_kept_without_the_words_around_it(story: str, provider: str) -> None:
    assert story_facts(story, TODAY).get("provider") == provider


@pytest.mark.parametrize(
    "text",
    [
        "It's me, the husband, my wife was the patient",
        "me, the dad. my son was hurt",
        "me, the mom, but it was my baby who got hurt",
    ],
)
def test_me_the_role_then_another_patient_named_is_not_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.values.get("patient_is_self") is not True, text
