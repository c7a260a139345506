"""A first message that only asks for help is not the story (blind round 11, t11_15).

"Just want to know if I have a case. I'm not giving out my number." was kept as what
happened, so the visitor was never asked. A short message that says nothing of care, a
provider, a harm or a death is an opener: the form asks warmly what happened. Short
stories that do say one of those stay stories.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 3)


def _story(text: str) -> bool:
    return answers.parse("incident_description", text, TODAY).ok


@pytest.mark.parametrize(
    "text",
    [
        "Trying to figure out whether this is even worth pursuing, honestly.",
        "My family said I should reach out to you guys.",
        "Need advice. Not ready to give personal info yet.",
        "we were wondering about our options, it's been a rough year",
        "I got your number from a friend who used you before",
        "Is it too late to do something? It was a while back.",
    ],
)
def test_a_message_about_wanting_help_is_an_opener(text: str) -> None:
    assert not _story(text)


@pytest.mark.parametrize(
    "text",
    [
        "the dentist drilled into my sinus",
        "my brother died after they discharged him",
        "nurse gave my son ten times the dose",
        "Grandma got a pressure sore at the rehab place",
        "I woke up during my operation",
        "they never told me the biopsy was positive",
        "my husband is paralyzed now",
    ],
)
def test_a_short_story_that_tells_care_or_harm_is_a_story(text: str) -> None:
    assert _story(text)


@pytest.mark.parametrize(
    "text",
    [
        "I slipped on ice in the grocery store parking lot",
        "my divorce lawyer overcharged me",
        "a contractor took my deposit and vanished",
    ],
)
def test_a_short_story_of_something_else_is_still_a_story(text: str) -> None:
    """The out-of-scope reply and its lead need the story (a CI e2e test caught it)."""
    assert _story(text)
