"""The loop invariant over every benchmark visitor (issue 13), through the real stack.

Every visitor of bench/conversation (tuned and held-out, web and SMS) talks to the
real stack. Whatever the classifier makes of their words: no question may be
asked three times in a row after the visitor answered it, and no conversation
may end without a stored lead. Accuracy figures are the benchmark's to report,
not this test's to assert. The first two tests check the detector itself on a
scripted bot, without the stack.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.conversation import visitors as visitor_sets  # noqa: E402
from bench.conversation.driver import Result, converse  # noqa: E402
from bench.conversation.run import run_everyone  # noqa: E402

STATE_Q = "In which U.S. state did the treatment take place?"
DONE = "Thank you. Your information has been securely sent to our legal team."


class ScriptedBot:
    """A stand-in channel that answers each message with the next scripted reply."""

    conversation_id = "scripted"

    def __init__(self, replies: list[str]) -> None:
        self.replies = replies
        self.heard: list[str] = []

    async def start(self, opening: str) -> list[str]:
        return await self.say(opening)

    async def say(self, text: str) -> list[str]:
        self.heard.append(text)
        return [self.replies[min(len(self.heard) - 1, len(self.replies) - 1)]]


def _visitor() -> visitor_sets.Visitor:
    return next(v for v in visitor_sets.load("tuned") if v.channel == "web")


def test_the_detector_sees_a_question_that_comes_back_after_each_answer() -> None:
    bot = ScriptedBot([STATE_Q] * 50)
    result = asyncio.run(converse(_visitor(), bot))
    assert result.looped and result.longest_run[0] == "state"
    assert result.capped and len(bot.heard) <= 40  # every conversation ends
    # The visitor repeats itself once, then says it another way.
    assert bot.heard[1] == bot.heard[2]


def test_the_detector_accepts_a_question_asked_twice() -> None:
    bot = ScriptedBot([STATE_Q, STATE_Q, DONE])
    result = asyncio.run(converse(_visitor(), bot))
    assert not result.looped and result.done


def test_no_two_visitors_share_a_phone_or_email() -> None:
    """The product treats the same phone or e-mail as the same person coming back (a
    second contact on the earlier lead, issue 14), so visitors who are different people
    must not share one: the later one's lead would look lost."""
    seen: dict[str, str] = {}
    for v in visitor_sets.load("tuned") + visitor_sets.load("heldout"):
        for key in (v.truth.phone, (v.truth.email or "").lower() or None):
            if key:
                assert key not in seen, f"{v.id} and {seen[key]} share contact details"
                seen[key] = v.id


@pytest.fixture(scope="module")
def results() -> Iterator[list[Result]]:
    everyone = visitor_sets.load("tuned") + visitor_sets.load("heldout")
    yield run_everyone(everyone, concurrency=6)


def _ids(rs: list[Result]) -> list[str]:
    # Ids and topics only: held-out visitors' words stay unseen.
    return [f"{r.visitor.id}({r.longest_run[0]} x{r.longest_run[1]})" for r in rs]


@pytest.mark.e2e
def test_every_visitor_is_run_through_both_channels(results: list[Result]) -> None:
    assert len(results) >= 160
    assert {r.visitor.channel for r in results} == {"web", "sms"}
    broken = [f"{r.visitor.id}: {r.error}" for r in results if r.error]
    assert not broken, broken


@pytest.mark.e2e
def test_no_question_is_asked_three_times_in_a_row(results: list[Result]) -> None:
    looped = [r for r in results if r.looped]
    assert not looped, _ids(looped)


@pytest.mark.e2e
def test_no_lead_is_lost(results: list[Result]) -> None:
    lost = [
        r.visitor.id for r in results if r.stored is None or r.stored.lead is None
    ]
    assert not lost, lost
