"""A message that reads like a correction but corrects nothing given is an answer.

"Sorry", "actually", "wait" open stories and answers as often as corrections. Only an
answer already given can be corrected; at any other question the message answers it.
Before, a story opening with "sorry" at the story question was taken as a correction of
a provider never given, and the story question came back for ever (round-13 blind).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake.corrections import Correction, is_a_correction


def _run(tracker: Any, domain: dict) -> tuple[dict[str, Any], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize(
    "story",
    [
        "sorry, this is hard to type. my husband went in for a routine scope in june and "
        "the doctor tore his colon and didn't tell anyone for two days",
        "actually I don't know where to begin, my dad's pharmacy filled the wrong pills "
        "and he was on them for a month",
        "wait, first, the nurse at the clinic never called me back about my biopsy",
    ],
)
def test_a_story_that_opens_like_a_correction_is_the_story(
    story: str, domain: dict, tracker_for
) -> None:
    slots, said = _run(tracker_for("incident_description", story), domain)
    assert slots.get("incident_description") == story
    assert "utter_correction_applied" not in said


def test_a_correction_of_an_answer_given_is_still_applied(domain: dict, tracker_for) -> None:
    tracker = tracker_for("patient_age", "sorry, it was Nevada not Utah", {"incident_state": "UT"})
    slots, said = _run(tracker, domain)
    assert slots["incident_state"] == "NV"
    assert "utter_correction_applied" in said


def test_only_a_given_answer_or_the_one_asked_can_be_corrected() -> None:
    provider = Correction("provider", {"provider": "St. Anne's"}, changed=True)
    assert not is_a_correction(provider, "injury", {"provider": None})
    assert is_a_correction(provider, "injury", {"provider": "St. Agnes"})
    assert is_a_correction(provider, "provider", {})


def test_corrections_at_the_same_question_do_not_hold_it_open_for_ever(domain: dict) -> None:
    from tests.unit.actions.test_intake_form import _answer_tracker

    said = "sorry, it was Nevada not Utah"
    given = {"incident_state": "NV"}
    once = _answer_tracker("injury", said, slots=given)
    slots, _ = _run(once, domain)
    assert slots["injury"] is None  # the first time, the injury question is put again
    third = _answer_tracker("injury", said, slots=given, earlier=(said, said))
    slots, said_back = _run(third, domain)
    assert slots["injury"] is not None  # the third time, kept as typed and flagged
    assert slots["review_flags"]
    assert said_back
