"""bot.intake.harm: the harm a story states in so many words, and nothing less clear."""

from __future__ import annotations

import pytest

from bot.intake.harm import harm_in


@pytest.mark.parametrize(
    ("story", "harm"),
    [
        ("the clinic botched my bunion repair and now I need a cane to walk", "cane to walk"),
        ("they missed the clot in her lung and she ended up in intensive care", "intensive care"),
        ("my ankle was set badly and it healed crooked", "healed crooked"),
        ("the stent was placed wrong and he has permanent heart damage", "heart damage"),
        ("they ignored the infection for a week and he lost his foot", "lost his foot"),
        ("the epidural was botched, which left me with numbness in both legs", "numbness"),
        ("my son's jaundice was ignored and now has brain damage", "brain damage"),
    ],
)
def test_a_stated_harm_is_found(story: str, harm: str) -> None:
    found = harm_in(story)
    assert found is not None and harm in found


@pytest.mark.parametrize(
    "story",
    [
        "the surgeon operated on the wrong knee",
        "my pharmacist filled the wrong prescription",
        "I had a routine surgery at the clinic last spring",
        "the nurse was rude to my mother",
        "I now know the clinic was not licensed",
    ],
)
def test_no_harm_is_guessed_from_the_act_alone(story: str) -> None:
    assert harm_in(story) is None


def test_the_harm_stops_at_the_next_clause() -> None:
    found = harm_in("my wife had a stroke and the hospital made her wait five hours for a scan")
    assert found is not None and "hospital" not in found
