""" "Do you already have a lawyer?" (blind round 13, class 2), English: a lawyer who dropped
the visitor, withdrew, quit, declined, retired or died is no lawyer now (False). One who
is gone but replaced by a new one is a yes. Rows in our own words, beyond one.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_has_lawyer


@pytest.mark.parametrize(
    "text",
    [
        "had one but he dropped me, said it wasnt his area",
        "i had a lawyer but she quit",
        "We had an attorney but he retired last spring",
        "my attorney withdrew from the case",
        "the lawyer we hired backed out after a month",
        "had one, she passed away in august",
        "our lawyer died before anything was filed",
        "I hired a firm but they withdrew",
        "there was a lawyer but he declined to go on",
        "she dropped us after the records came in",
        "got one at first but he bailed on us",
        "had a lawyer, he quit on me",
    ],
)
def test_a_lawyer_who_is_gone_is_no_lawyer(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "text",
    [
        "my first lawyer dropped me but I hired a new one",
        "the old attorney retired, we have a new lawyer now",
        "yes",
        "we signed with a firm last week",
        "I have a lawyer",
    ],
)
def test_a_lawyer_now_is_still_a_yes(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}


def test_the_patients_death_is_not_the_lawyers() -> None:
    # The patient died; the lawyer is theirs now.
    assert parse_has_lawyer("yes, after she died we hired an attorney").values == {
        "has_lawyer": True
    }


def test_a_lawyer_who_passed_the_bar_has_not_passed_away() -> None:
    assert parse_has_lawyer("yes, my lawyer passed the bar in 1998").values == {"has_lawyer": True}
