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


@pytest.mark.parametrize(
    ("story", "harm"),
    [
        # A part said to be lastingly wrong.
        ("they botched the tendon repair. my thumb is useless now", "thumb is useless"),
        ("after the injection his leg's been weak ever since", "leg's been weak"),
        ("her hearing is worse than before the ear surgery", "hearing is worse"),
        # A lost ability, said to last.
        ("the spinal tap went wrong and now i cant walk without a walker", "cant walk"),
        ("since then my dad can no longer swallow solid food", "can no longer swallow"),
        ("She is unable to use her right hand anymore", "unable to use"),
        # A part injured, named with what was done to it.
        ("the chiropractor dislocated my shoulder", "dislocated my shoulder"),
        ("during the colonoscopy they perforated his bowel", "perforated his bowel"),
        # The worst outcomes said plainly.
        ("my aunt went in for a routine scope and went into cardiac arrest", "cardiac arrest"),
        ("two days after they sent me home i had a pulmonary embolism", "pulmonary embolism"),
        ("the home health nurse missed it and grandpa got gangrene", "gangrene"),
    ],
)
def test_more_ways_of_saying_the_harm(story: str, harm: str) -> None:
    found = harm_in(story)
    assert found is not None and harm.lower() in found.lower()


@pytest.mark.parametrize(
    "story",
    [
        "i cant afford a lawyer and the hospital wont return my calls",
        "now I can't find any of my records online",
        "the doctor broke the news to us in the hallway",
        "my knee was hurting so I went to the urgent care",
        "I couldn't see the specialist until March",
        "they said my heart is fine and sent me home",
    ],
)
def test_words_near_a_harm_are_not_taken_for_one(story: str) -> None:
    assert harm_in(story) is None
