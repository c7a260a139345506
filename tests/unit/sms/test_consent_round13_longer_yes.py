"""SMS consent, round 13: a longer reply that opens with a plain yes, everyday agreeing words
and a thumbs-up are a yes; a hedge, a no or a story is not (a held-out SMS visitor looped on
the consent prompt on first sight of the round-12 blind set; these wordings are our own,
not that visitor's, which is never read)."""

from __future__ import annotations

import pytest

from bot.channels.sms.keywords import consent_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes I'd like to keep going",
        "YES thank you for getting back to me",
        "yes, that's fine with me",
        "ok you can text me here",
        "Sí señor, adelante",
        "continue",
        "go ahead",
        "\U0001f44d",
    ],
)
def test_a_plain_yes_said_at_more_length_is_consent(text: str) -> None:
    assert consent_answer(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "yes but who is this?",
        "ok, but not today",
        "sí, pero luego",
        "yes the surgeon cut the wrong nerve",
        "\U0001f44d but don't call me",
    ],
)
def test_a_hedge_a_no_or_a_story_is_not(text: str) -> None:
    assert consent_answer(text) is None
