""" "Do you already have a lawyer?" answered with a no and a question back (round 17, first
sight): "No, should I have one already?" holds the words "I have one" only inside the
visitor's own question; it is a no. A yes said outright stays a yes. Our own wording.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_has_lawyer


@pytest.mark.parametrize(
    "text",
    [
        "No. Should we have one by now?",
        "no, do I need to have one first?",
        "Nope, would I have to have one before you look at it?",
        "Not yet. Is it bad that I don't have one?",
        "nah, can we have one assigned?",
        "No... do I have to get one myself?",
    ],
)
def test_a_no_then_a_question_about_having_one_is_no(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "text",
    [
        "Yes, we have one, she's in Knoxville.",
        "We have one already, is that a problem?",
        "I hired a firm last month",
    ],
)
def test_a_lawyer_said_outright_stays_yes(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}
