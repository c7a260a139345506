"""Words kept as the provider that name none (classes from the tuned benchmark, new wording).

1. Texting shorthand or an asking word before a kind of place ("need help w nursing home
   case", "question abt urgent care visit") is no part of a name; nor is a school word ("the
   college clinic", "the campus health center"): the story names no provider, so it is asked.
2. A reply at the provider question that only adds to the story ("Sorry, I should add, nobody
   called us for a day") is no provider: the question is put again.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_provider
from bot.intake.story import find_provider


@pytest.mark.parametrize(
    "text",
    [
        "need help w nursing home case",
        "pls help w/ a pharmacy mistake",
        "question abt urgent care visit last week",
        "my daughter is blind in one eye because the college clinic called it pink eye",
        "the campus health center sent him back to his dorm with meningitis",
        "the school clinic gave my boy someone else's inhaler",
    ],
)
def test_a_kind_of_place_with_shorthand_or_a_school_word_names_no_provider(text: str) -> None:
    assert find_provider(text) is None


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("the Bennington College health center missed it", "Bennington College health center"),
        ("took my mom to Riverside hospital w my sister", "Riverside hospital"),
        ("UCSD medical center nicked his bladder", "UCSD medical center"),
    ],
)
def test_a_named_place_is_still_found(text: str, provider: str) -> None:
    assert find_provider(text) == provider


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I should add, nobody phoned us until the next day. We found out at visiting time.",
        "oh and one more thing, they never told us he had fallen",
        "I forgot to mention that she was already on a blood thinner",
        "I should add that I'm his only son",
        "Something else: they waited two days to tell the family",
    ],
)
def test_a_reply_that_only_adds_to_the_story_is_no_provider(text: str) -> None:
    assert not parse_provider(text).ok


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "Sorry, I should add, it was Willow Creek in Tulsa",
            "Sorry, I should add, it was Willow Creek in Tulsa",
        ),
        ("one more thing - Lakeside Manor did it", "one more thing - Lakeside Manor did it"),
        (
            "I forgot to say, it was the nursing home on Elm street",
            "I forgot to say, it was the nursing home on Elm street",
        ),
        ("dr okafor at st lukes", "dr okafor at st lukes"),
    ],
)
def test_an_add_on_that_names_a_place_or_a_doctor_is_the_provider(text: str, provider: str) -> None:
    assert parse_provider(text).values == {"provider": provider}
