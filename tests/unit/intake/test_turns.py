"""bot.intake.turns: a valid answer is the answer, whatever the classifier read."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.intake import turns

TODAY = date(2026, 12, 2)


def read(question: str, text: str, intent: str, *, asks: int = 1, guided: bool = False):
    answers = turns.answers_question(question, text, TODAY, {})
    return turns.read(question, text, intent, answers=answers, asks=asks, guided=guided)


# Plain answers the classifier may misread -------------------------------------------


@pytest.mark.parametrize(
    ("question", "text", "intent"),
    [
        ("full_name", "Marisol Ortega", "emergency"),
        ("full_name", "Pete Kowalczyk", "goodbye"),
        ("incident_state", "up in Oregon", "goodbye"),
        ("incident_date", "the spring of 2023", "request_human"),
        ("has_lawyer", "no, not yet", "out_of_scope"),
        ("contact", "text me on 312 555 0144", "request_human"),
        ("contact", "ring me at 312-555-0144 please", "emergency"),
        ("patient_age", "she was 71", "ask_cost"),
        ("patient_died", "yes, in the hospice in May", "emergency"),
    ],
)
def test_an_answer_the_classifier_misread_is_taken_as_the_answer(
    question: str, text: str, intent: str
) -> None:
    reading = read(question, text, intent)
    assert reading.intent == turns.ANSWER_INTENT
    assert reading.classifier_intent == intent
    assert reading.overridden


def test_intents_that_do_not_interrupt_are_left_alone() -> None:
    reading = read("incident_state", "Ohio", "inform")
    assert reading.intent == "inform" and not reading.overridden
    assert turns.read(None, "bye", "goodbye", answers=False, asks=0, guided=False).intent == (
        "goodbye"
    )


# Goodbyes and requests for a person need evidence in the words ------------------------


@pytest.mark.parametrize("text", ["ok bye", "gotta go, talk later", "goodbye for now, thank you"])
def test_a_real_farewell_ends_the_question(text: str) -> None:
    assert read("incident_date", text, "goodbye").intent == "goodbye"


@pytest.mark.parametrize(
    "text", ["can we keep going please", "sorry, where were we?", "hang on one second"]
)
def test_the_classifier_alone_never_ends_an_intake(text: str) -> None:
    assert read("incident_date", text, "goodbye").intent == turns.ANSWER_INTENT


def test_a_long_sentence_with_have_to_go_is_not_a_farewell() -> None:
    text = "I have to go back for another scan next month because the first one was misread"
    assert not turns.says_goodbye(text)
    assert turns.says_goodbye("need to go now")


@pytest.mark.parametrize(
    "text",
    ["can I speak with an attorney", "I'd rather talk to a real person", "have someone call me"],
)
def test_a_request_for_a_person_in_the_words_is_kept(text: str) -> None:
    assert read("injury", text, "request_human").intent == "request_human"


def test_a_request_the_classifier_imagined_is_an_answer() -> None:
    reading = read("injury", "my leg was amputated below the knee", "request_human")
    assert reading.intent == turns.ANSWER_INTENT


def test_a_number_with_a_request_to_be_called_is_the_contact_answer() -> None:
    reading = read("contact", "have someone call me at 415 555 0170", "request_human")
    assert reading.intent == turns.ANSWER_INTENT


# Emergencies ---------------------------------------------------------------------------


def test_an_emergency_that_answers_nothing_gets_the_guidance_first() -> None:
    reading = read("incident_date", "my wife collapsed and won't wake up", "emergency")
    assert reading.intent == "emergency"


def test_an_emergency_answer_is_taken_with_guidance_when_the_words_say_so() -> None:
    reading = read("injury", "he is not breathing right now", "emergency")
    assert reading.intent == turns.ANSWER_INTENT and reading.guide


def test_a_name_the_classifier_thought_urgent_gets_no_guidance() -> None:
    reading = read("full_name", "Destiny Alvarez", "emergency")
    assert reading.intent == turns.ANSWER_INTENT and not reading.guide


def test_free_text_the_classifier_thought_urgent_is_taken_with_guidance() -> None:
    """At a free-text question any sentence parses, so the alarm is heeded (once)."""
    reading = read("injury", "he went grey and slumped over in his chair", "emergency")
    assert reading.intent == turns.ANSWER_INTENT and reading.guide


def test_guidance_is_given_once_per_question() -> None:
    reading = read("incident_date", "my wife collapsed and won't wake up", "emergency", guided=True)
    assert reading.intent == turns.ANSWER_INTENT


def test_at_the_third_ask_an_emergency_reading_is_kept_as_typed_with_guidance() -> None:
    reading = read("incident_date", "please hurry he's turning grey", "emergency", asks=3)
    assert reading.intent == turns.ANSWER_INTENT and reading.guide


# Digressions ---------------------------------------------------------------------------


def test_a_question_about_cost_is_answered() -> None:
    assert read("provider", "wait how much will this cost me?", "ask_cost").intent == "ask_cost"


def test_an_answer_that_mentions_money_is_an_answer() -> None:
    reading = read("provider", "the billing office at St. Agnes", "ask_cost")
    assert reading.intent == turns.ANSWER_INTENT


def test_a_digression_at_the_third_ask_is_taken_as_the_answer() -> None:
    reading = read("incident_state", "is this private?", "ask_confidential", asks=3)
    assert reading.intent == turns.ANSWER_INTENT


def test_out_of_scope_at_the_story_question_is_left_to_its_action() -> None:
    reading = read("incident_description", "a truck hit my car on the highway", "out_of_scope")
    assert reading.intent == "out_of_scope"


# Counting asks -------------------------------------------------------------------------


def test_asks_in_a_row_counts_the_latest_run_only() -> None:
    seen = ["incident_description", "provider", "incident_date", "incident_date", None]
    assert turns.asks_in_a_row(seen, "incident_date") == 2
    assert turns.asks_in_a_row(seen, "provider") == 0
    assert turns.asks_in_a_row([], "provider") == 0


@given(
    st.lists(st.sampled_from(["provider", "injury", None]), max_size=12),
    st.sampled_from(["provider", "injury"]),
)
def test_asks_in_a_row_never_exceeds_the_replies_at_that_question(seen, question) -> None:
    count = turns.asks_in_a_row(seen, question)
    assert 0 <= count <= seen.count(question)


@given(
    st.sampled_from(sorted(turns.INTERRUPTIONS)),
    st.text(max_size=60),
    st.booleans(),
    st.booleans(),
)
def test_no_interruption_but_a_farewell_or_a_request_survives_the_third_ask(
    intent: str, text: str, answers: bool, guided: bool
) -> None:
    """The invariant behind 'no question is asked more than three times in a row':
    at the third ask, only a turn that leaves the question (a farewell, a request
    for a person) is not taken as the answer."""
    reading = turns.read("incident_date", text, intent, answers=answers, asks=3, guided=guided)
    assert reading.intent in {turns.ANSWER_INTENT, "goodbye", "request_human"}
    if reading.intent == "goodbye":
        assert turns.says_goodbye(text)
    if reading.intent == "request_human":
        assert turns.asks_for_person(text)


def test_the_summary_takes_a_yes_a_no_or_a_change() -> None:
    assert turns.answers_question("summary_confirmed", "yep all good", TODAY, {})
    assert turns.answers_question("summary_confirmed", "nope", TODAY, {})
    assert turns.answers_question("summary_confirmed", "the state should be Utah", TODAY, {})
    assert not turns.answers_question("summary_confirmed", "how much is this", TODAY, {})


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Before I go on, I'd like to know whether there is a fee to talk to someone.", "ask_cost"),
        ("ok so what do you charge", "ask_cost"),
        ("I was wondering if anyone else gets to see what I write here", "ask_confidential"),
    ],
)
def test_a_question_about_cost_or_privacy_in_the_words_is_answered_not_kept(
    said: str, intent: str
) -> None:
    reading = read("provider", said, "inform")
    assert (reading.intent, reading.classifier_intent) == (intent, "inform")


@pytest.mark.parametrize(
    "said",
    ["Dr. Farrow at the Pay-Less pharmacy", "they charged me for a surgery I never had"],
)
def test_answers_that_mention_money_are_still_answers(said: str) -> None:
    assert read("provider", said, "inform").intent == "inform"


def test_the_same_aside_twice_at_a_closed_question_is_a_last_try() -> None:
    """Said once, an aside is answered and the question put again; said again word for
    word, it is a last try, so the question is not put a third time. (A "why do you need
    that?" goes to the form, which says why once: test_why_we_ask.py.)"""
    once = turns.read(
        "has_lawyer", "what happens after this part?", "ask_next_steps",
        answers=False, asks=1, guided=False,
    )
    assert once.intent == "ask_next_steps" and not once.last_try
    again = turns.read(
        "has_lawyer", "what happens after this part?", "ask_next_steps",
        answers=False, asks=2, guided=False, repeated=True,
    )
    assert again.intent == turns.ANSWER_INTENT and again.last_try
    # An open question takes any sentence as its answer: no last-try rule there.
    story = turns.read(
        "provider", "what happens after this part?", "ask_next_steps",
        answers=False, asks=2, guided=False, repeated=True,
    )
    assert not story.last_try
    why_ = turns.read(
        "has_lawyer", "how come you need that", "ask_next_steps",
        answers=False, asks=1, guided=False,
    )
    assert why_.intent == turns.ANSWER_INTENT and why_.reason == "asks why the question is asked"
