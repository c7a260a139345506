"""Emergencies happening now are caught; symptoms in a past story and reassurance are not."""

from __future__ import annotations

import pytest

from bot.intake.safety import Emergency, detect


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my husband is not breathing", Emergency.MEDICAL),
        ("she's unresponsive and cold", Emergency.MEDICAL),
        ("her lips are turning blue", Emergency.MEDICAL),
        ("my wife collapsed and won't wake up", Emergency.MEDICAL),
        ("i have bad chest pain right now", Emergency.MEDICAL),
        ("he's seizing on the floor", Emergency.MEDICAL),
        ("i swallowed a whole bottle of sleeping pills", Emergency.SELF_HARM),
        ("took 40 of my oxycodone", Emergency.SELF_HARM),
        ("honestly i just want to end everything", Emergency.SELF_HARM),
        ("there's no point in living after this", Emergency.SELF_HARM),
        ("i can't do this anymore", Emergency.SELF_HARM),
    ],
)
def test_real_emergencies_are_caught(text: str, kind: Emergency) -> None:
    assert detect(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "brachial plexus injury, he still can't raise his right arm",
        "i'm his nurse on the night shift",
        "we're okay now, thank you",
        "no, she's fine for now",
        "she couldn't breathe after they extubated her in 2022",
        "he was unconscious for two days after the fall and nobody told us",
        "the doctor thought I was having a panic attack and sent me home",
        "my dad died of an overdose the hospital caused",
        "i can't walk without a cane since the surgery",
        "I felt suicidal after losing the baby but I'm in counseling now and safe",
        "this whole thing is killing me",
        "Hope Baker",
        "the bleeding started after the procedure last month",
    ],
)
def test_not_emergencies(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the baby's not breathing", Emergency.MEDICAL),
        ("grandpa is unconscious on the floor", Emergency.MEDICAL),
        ("it's bleeding a tiny bit but it's fine", None),
    ],
)
def test_any_subject_in_the_present(text: str, kind: Emergency | None) -> None:
    assert detect(text) == kind
