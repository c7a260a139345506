"""Drive one visitor through one conversation, then read what was stored.

The visitor answers whatever the bot asks, by topic (topics.py), in its own
words (persona.py); says its asides (questions, corrections, emergencies) when
due; and stops at the closing message or after MAX_TURNS messages, so every
conversation ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.engine import Engine

from bench.conversation import topics
from bench.conversation.channels import Conversation
from bench.conversation.persona import Speaker
from bench.conversation.score import StoredLead
from bench.conversation.visitors import SEQUENTIAL_TOPICS, Visitor

MAX_TURNS = 40
LOOP_RUN = 3  # the same question this many times in a row is a loop


@dataclass
class Turn:
    said: str
    kind: str  # "opening" | "answer" | "aside" | "emergency" | "generic"
    topic: str | None  # the topic the visitor answered (None for the opening)
    replies: list[str]
    asked: str | None  # the topic the replies ask next
    guidance: bool


@dataclass
class Result:
    visitor: Visitor
    conversation_id: str = ""
    turns: list[Turn] = field(default_factory=list)
    done: bool = False
    capped: bool = False
    error: str | None = None
    unrecognised: int = 0
    silent: bool = False  # the bot stopped answering
    longest_run: tuple[str | None, int] = (None, 0)
    stored: StoredLead | None = None

    @property
    def visitor_turns(self) -> int:
        return len(self.turns)

    @property
    def looped(self) -> bool:
        return self.longest_run[1] >= LOOP_RUN

    def answered(self) -> frozenset[str]:
        """The topics the visitor answered (what they told, for scoring)."""
        return frozenset(t.topic for t in self.turns if t.kind == "answer" and t.topic)

    def typed(self) -> str:
        """Everything the visitor sent, one message a line (what they gave, for scoring)."""
        return "\n".join(t.said for t in self.turns)

    def false_positives(self) -> int:
        return sum(1 for t in self.turns if t.guidance and t.kind != "emergency")

    def missed_emergencies(self) -> int:
        return sum(1 for t in self.turns if t.kind == "emergency" and not t.guidance)


async def converse(visitor: Visitor, conv: Conversation) -> Result:
    result = Result(visitor)
    speaker = Speaker(visitor)
    try:
        replies = await conv.start(visitor.opening)
        result.conversation_id = conv.conversation_id
        kind = "emergency" if visitor.opening in visitor.emergencies else "opening"
        asked = topics.classify(replies)
        guidance = topics.gave_emergency_guidance(replies)
        result.turns.append(Turn(visitor.opening, kind, None, replies, asked, guidance))
        run_topic, run_len = asked, 1
        pending = asked
        while len(result.turns) < MAX_TURNS:
            if topics.is_done(replies):
                result.done = True
                break
            if not any(r.strip() for r in replies):
                # No answer at all: a person sends the same message once more, then leaves.
                if len(result.turns) >= 2 and not any(
                    r.strip() for r in result.turns[-2].replies
                ):
                    result.silent = True
                    break
                replies = await conv.say(result.turns[-1].said)
                result.turns.append(
                    Turn(result.turns[-1].said, "resend", result.turns[-1].topic, replies,
                         topics.classify(replies, previous=pending), False)
                )
                asked = result.turns[-1].asked or asked
                continue
            # No question in the reply (guidance, an answer to "how much?"): a person goes
            # on with the question still open. A question the rules cannot place gets
            # the persona's generic reply and is counted.
            target = asked
            if asked is None and "?" not in replies_text(replies):
                target = pending
            aside = speaker.aside_for(target) if target else None
            if aside is not None:
                said, kind, topic = aside.say, "emergency" if aside.emergency else "aside", target
            elif target is None:
                if "?" in replies_text(replies):
                    result.unrecognised += 1  # a question the rules could not place
                said, kind, topic = speaker.answer("generic"), "generic", None
            else:
                said, kind, topic = speaker.answer(target), "answer", target
            replies = await conv.say(said)
            prev_asked = asked
            asked = topics.classify(replies, previous=prev_asked)
            if asked is None and topic and topics.is_default(replies):
                asked = topic  # "Sorry, I didn't follow": the same question, in effect
            pending = asked or pending
            result.turns.append(
                Turn(said, kind, topic, replies, asked, topics.gave_emergency_guidance(replies))
            )
            # A run grows only when the visitor answered and the same question came back;
            # a question the visitor itself interrupted (an aside) neither grows nor ends it.
            if asked is not None and asked == run_topic:
                answered = kind == "answer" and not (
                    topic in SEQUENTIAL_TOPICS and not speaker.is_final_answer(topic)
                )
                if answered:
                    run_len += 1
            else:
                run_topic, run_len = asked, 1
            if run_len > result.longest_run[1]:
                result.longest_run = (run_topic, run_len)
        else:
            result.done = topics.is_done(replies)
            result.capped = not result.done
    except Exception as exc:  # noqa: BLE001 - recorded per visitor; the run goes on
        result.error = f"{type(exc).__name__}: {exc}"
    return result


def replies_text(replies: list[str]) -> str:
    return " ".join(replies)


def read_stored(db: Engine, conversation_id: str, today: date) -> StoredLead:
    """The lead and the latest answers for one conversation, read-only through bot/store;
    `today` is the day the stack read its answers as of (INTAKE_TODAY)."""
    from bot.store.db import session_factory
    from bot.store.unit_of_work import UnitOfWork

    with UnitOfWork(session_factory(db)) as uow:
        lead = uow.leads.for_conversation(conversation_id)
        answers = uow.answers.latest(conversation_id)
        data: dict[str, Any] | None = None
        if lead is not None:
            data = {c.name: getattr(lead, c.name) for c in lead.__table__.columns}
    return StoredLead(data, answers, _discovery(data, answers, today))


def _discovery(
    lead: dict[str, Any] | None, answers: dict[str, str | None], today: date
) -> str | None:
    """Where the product keeps a discovery date: a lead column, an answer, or the story.

    The question may not exist yet; the limitation check then reads a found-out
    date from the story text, so that is what the lead's deadline used.
    """
    for key in ("discovery_date", "discovered_on", "discovery"):
        if lead and lead.get(key):
            return str(lead[key])
        if answers.get(key):
            return str(answers[key])
    if lead and lead.get("incident_description"):
        try:
            from bot.intake.story import discovery_in

            found = discovery_in(str(lead["incident_description"]), today)
        except Exception:  # noqa: BLE001 - the product's helper may change shape
            return None
        if found:
            return str(getattr(found, "encoded", found))
    return None
