"""The simulated visitor stops at a closing only when no question follows it: after a
callback arranged mid-intake the assistant goes on to ask the rest."""

from __future__ import annotations

from bench.conversation import topics

CLOSING = "Thank you. I've asked our team to call you as soon as possible."


def test_a_closing_alone_ends_the_conversation() -> None:
    assert topics.is_done([CLOSING])


def test_a_question_after_the_closing_goes_on() -> None:
    asked = "In your own words, what happened? Take as much space as you need."
    assert not topics.is_done([CLOSING, "While you wait, you can tell me more.", asked])


def test_no_closing_is_not_done() -> None:
    assert not topics.is_done(["What injury or harm resulted from this?"])
