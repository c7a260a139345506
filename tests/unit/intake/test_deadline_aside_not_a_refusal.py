"""A question about the time left, asked at a personal question, is no refusal to answer it.

Seen in the tuned benchmark (new wording here): "How long do we have to do something?" at
"do you already have a lawyer?" was read as "do we have to [answer]?", a refusal, and the
lawyer question was dropped for the attorney. It is a question about the deadline: it gets
its answer and the question is put again. "Do I have to?" still declines.
"""

from __future__ import annotations

import pytest

from bot.intake import answers, names, turns


@pytest.mark.parametrize(
    "text",
    [
        "How long do we have to do anything about this? A friend said Texas gives you two years.",
        "how much time do i have to file",
        "when do we need to sue by?",
        "what do I have to pay you up front?",
        "How long do I have to act on this?",
    ],
)
def test_a_question_about_time_or_cost_is_no_refusal(text: str) -> None:
    assert not names.declines(text)
    assert answers.parse_has_lawyer(text).error != "declined"


@pytest.mark.parametrize(
    "text",
    [
        "do I have to?",
        "do we need to answer that",
        "Do I have to give my name?",
        "do i have to do this one",
    ],
)
def test_do_i_have_to_still_declines(text: str) -> None:
    assert names.declines(text)


@pytest.mark.parametrize(
    "text",
    [
        "How long do we have to do anything about this? A friend said Texas gives you two years.",
        "is it too late to sue? it was three years ago",
        "What's the deadline for something like this?",
        "how long do I have",
    ],
)
def test_the_deadline_asked_in_words_is_answered_then_the_question_comes_back(text: str) -> None:
    reading = turns.read("has_lawyer", text, "inform", answers=False, asks=1, guided=False)
    assert reading.intent == "ask_deadline"


@pytest.mark.parametrize(
    "text", ["no, not yet", "the deadline for my taxes is what I'm worried about, not this. no"]
)
def test_a_statement_is_no_deadline_question(text: str) -> None:
    assert turns.asks_about(text) is None


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("incident_description", "the ER missed his stroke last spring. is it too late to sue?"),
        ("provider", "St. Anne's in Dayton. How long do we have to file?"),
    ],
)
def test_a_deadline_asked_with_a_story_or_a_provider_keeps_the_words_as_the_answer(
    question: str, text: str
) -> None:
    reading = turns.read(question, text, "inform", answers=True, asks=1, guided=False)
    assert reading.intent == "inform"
