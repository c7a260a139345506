"""Fixtures for the attorney queue in a real browser, on the session's real stack.

Leads are made the two ways the product makes them: a visitor chatting through the
web channel (Rasa, the action server, submit_lead), or submit_lead called directly
with a visitor's answers, so the limitation engine, qualification, routing and the
firm profile in the stack's database decide everything a row shows. Accounts are
made with the same use case `intake-admin create-user` calls.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import sessionmaker

from bot.services.attorney_accounts import create_user
from bot.services.intake import Submission, submit_lead
from bot.services.profile_store import current_profile
from bot.store.db import make_engine
from bot.store.unit_of_work import UnitOfWork


class StackData:
    """Accounts and leads in the running stack's database."""

    PASSWORD = "correct horse battery staple"

    @staticmethod
    def today() -> date:
        """The day the web app counts days left from (ATTORNEY_TIME_ZONE defaults to UTC)."""
        return datetime.now(timezone.utc).date()

    def __init__(self, stack: Any) -> None:
        self.stack = stack
        self.engine = make_engine(stack.database_url)
        self.maker = sessionmaker(bind=self.engine, future=True, expire_on_commit=False)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.maker)

    def user(self, role: str = "attorney", attorney_id: str | None = "a-reyes") -> str:
        email = f"{role}-{uuid.uuid4().hex[:8]}@example.com"
        with self.uow() as uow:
            create_user(
                uow,
                email=email,
                name=f"Test {role.title()}",
                role=role,
                password=self.PASSWORD,
                attorney_id=attorney_id,
                profile=current_profile(uow),
                actor="test",
            )
            uow.commit()
        return email

    def lead(self, **answers: Any) -> str:
        """A lead from a visitor's answers, stored by submit_lead as the action server does."""
        values = {
            "incident_description": "The surgeon left a sponge inside me after my surgery",
            "provider": "Dr. Patel at Hartford Hospital",
            "injury": "a severe infection and a second surgery",
            "patient_is_self": True,
            "patient_age": 45,
            "patient_died": False,
            "has_lawyer": False,
            "contact_consent": False,
            **answers,
        }
        submission = Submission(
            conversation_id=f"web-{uuid.uuid4().hex}", channel="web", answers=values
        )
        return submit_lead(self.uow, submission, today=self.today()).lead_id

    def api_lead(self, phone: str) -> dict[str, Any]:
        """The lead a chat stored, found by its number through the lead API."""
        r = httpx.get(
            f"{self.stack.web_url}/api/leads",
            params={"limit": 200},
            headers={"Authorization": f"Bearer {self.stack.lead_token}"},
            timeout=30,
        )
        r.raise_for_status()
        found = [x for x in r.json()["leads"] if x["phone"] == phone]
        assert len(found) == 1, f"expected one lead with {phone}, got {len(found)}"
        return found[0]


@pytest.fixture(scope="module")
def stack_data(stack) -> Iterator[StackData]:
    data = StackData(stack)
    yield data
    data.engine.dispose()


@pytest.fixture
def tag() -> str:
    """Letters only (a name may not carry digits), so each test finds its own rows."""
    return "".join(random.choices(string.ascii_lowercase, k=6)).capitalize()  # noqa: S311


# What the assistant asks (the end of its last message) → which answer to give.
QUESTIONS = (
    ("what happened", "story"),
    ("were you the patient", "self"),
    ("provider involved", "provider"),
    ("injury or harm", "injury"),
    ("when did this happen", "when"),
    ("which u.s. state", "state"),
    ("first learn", "found_out"),
    ("government-run", "government"),
    ("how old were you", "age"),
    ("already have a lawyer", "lawyer"),
    ("full name", "name"),
    ("first and last name", "name"),  # the re-ask of a name that does not look like one
    ("all right for someone", "consent"),
    ("is all of this correct", "confirm"),
)


@pytest.fixture
def intake_by_chat(chat) -> Callable[..., list[str]]:
    """Complete an intake as a visitor over the web channel; returns what the visitor typed.

    Answers whichever question comes next, so a question the story already answered
    is simply not asked; a reply that asks none of them fails the test with the chat.
    """

    def run(
        *,
        story: str,
        provider: str,
        injury: str,
        when: str,
        state: str,
        name: str,
        phone: str,
        age: str = "45",
    ) -> list[str]:
        answers = {
            "story": story,
            "self": "yes, it was me",
            "provider": provider,
            "injury": injury,
            "when": when,
            "state": state,
            "found_out": when,  # found out the day it happened: the deadline is unchanged
            "government": "no, a regular hospital",
            "age": age,
            "lawyer": "no",
            "name": name,
            "consent": f"yes, {phone}",
            "confirm": "yes",
        }
        typed: list[str] = []
        seen: list[str] = list(chat.replies)
        for _ in range(2 * len(QUESTIONS)):
            last = re.sub(r"\s+", " ", chat.replies[-1]).lower() if chat.replies else ""
            if "securely sent" in " ".join(chat.replies).lower():  # next steps may follow
                return typed
            key = next((k for cue, k in QUESTIONS if cue in last), None)
            assert key is not None, "unexpected reply:\n" + "\n".join(seen)
            typed.append(answers[key])
            seen += [f"> {answers[key]}", *chat.say(answers[key])]
        raise AssertionError("the intake did not finish:\n" + "\n".join(seen))

    return run
