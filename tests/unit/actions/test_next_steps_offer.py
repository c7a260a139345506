"""After a strong lead is stored, the visitor is offered the records authorization (a
link that works only for that lead); a weak lead, or one waiting on a conflict check,
is offered nothing. Real Trackers against the test database."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import OperationalError

from actions.submit import ActionSubmitLead
from bot.services import intake as intake_service
from bot.services import next_steps as next_steps_module
from bot.services.authorizations import for_lead
from bot.services.next_steps import NextSteps, next_steps
from bot.store.unit_of_work import UnitOfWork
from tests.support.strong_lead import strong_lead_answers

ATTORNEYS = ("a-reyes", "m-okafor", "j-lindqvist")
STRONG = {
    **strong_lead_answers(),
    "contact": "+12155550176",
    "phone": "+12155550176",
    "summary_confirmed": True,
}


def submit(slots: dict[str, Any], domain: dict) -> tuple[str, list[dict]]:
    sender = f"web-{uuid.uuid4().hex}"
    tracker = Tracker(
        sender_id=sender,
        slots=slots,
        latest_message={"text": "yes", "intent": {"name": "affirm"}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="intake_form",
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSubmitLead().run(dispatcher, tracker, domain))
    return sender, dispatcher.messages


def test_a_strong_lead_is_offered_the_authorization_for_itself(domain: dict) -> None:
    sender, messages = submit(STRONG, domain)
    offers = [m for m in messages if str(m.get("response", "")).startswith("utter_next_steps")]
    assert len(offers) == 1
    link = offers[0]["authorization_link"]
    with UnitOfWork() as uow:
        lead = uow.leads.for_conversation(sender)
        assert lead is not None and lead.tier == "strong"
        [prepared] = for_lead(uow, lead.id)
        assert f"/authorization/{lead.id}/" in link and prepared.lead_id == lead.id
        # Its PDF is drawn later (first opening or the worker), not in this turn.
        assert prepared.document is None and prepared.document_sha256 is None


def test_a_visitor_who_already_has_a_lawyer_is_offered_nothing(domain: dict) -> None:
    _, messages = submit(
        {**STRONG, "has_lawyer": True, "contact": "+12155550177", "phone": "+12155550177"}, domain
    )
    assert not any(str(m.get("response", "")).startswith("utter_next_steps") for m in messages)


@pytest.fixture
def open_hours() -> Iterator[None]:
    """Consultation hours every day for every attorney of the profile, removed after."""
    from datetime import time

    from bot.services import booking as booking_service

    with UnitOfWork() as uow:
        for attorney in ATTORNEYS:
            for weekday in range(7):
                booking_service.add_window(
                    uow.speed, uow.audit, attorney, weekday, time(9), time(17), "America/New_York"
                )
        uow.commit()
        added = [(w.attorney_id, w.id) for a in ATTORNEYS for w in uow.speed.windows(a)]
    yield
    with UnitOfWork() as uow:
        for attorney, window in added:
            uow.speed.delete_window(attorney, window)
        uow.commit()


def test_a_strong_lead_is_offered_three_times_to_book_each_with_its_link(
    domain: dict, open_hours: None
) -> None:
    """With consultation hours set for everyone, the closing lists the routed attorney's
    next three open times and the booking page for the others."""
    _, messages = submit({**STRONG, "contact": "+12155550178", "phone": "+12155550178"}, domain)
    [offer] = [m for m in messages if str(m.get("response", "")).startswith("utter_next_steps")]
    assert offer["response"] == "utter_next_steps_both"
    lines = offer["booking_slots"].splitlines()
    assert [line.split(".", 1)[0] for line in lines] == ["1", "2", "3"]
    for line in lines:
        label, link = line.split(". ", 1)[1].rsplit(": ", 1)
        assert label.endswith(("EST", "EDT"))  # Pennsylvania's clock
        assert link.startswith(offer["booking_link"] + "?slot=")


def _stored(phone: str) -> str:
    """A strong lead stored as the turn stores it, before its next steps; its id."""
    answers = {**STRONG, "contact": phone, "phone": phone}
    submission = intake_service.Submission(f"web-{uuid.uuid4().hex}", "web", answers)
    return intake_service.submit_lead(UnitOfWork, submission).lead_id


def test_both_next_steps_are_made_in_one_unit_of_work(open_hours: None) -> None:
    """The turn reads the lead once for the authorization and the booking offer."""
    lead_id = _stored("+12155550181")
    opened: list[UnitOfWork] = []

    def counted() -> UnitOfWork:
        opened.append(UnitOfWork())
        return opened[-1]

    offer = next_steps(lead_id, counted)
    assert len(opened) == 1
    assert offer.authorization_link and f"/authorization/{lead_id}/" in offer.authorization_link
    assert offer.booking_link and offer.booking_slots
    assert len(offer.booking_slots.splitlines()) == 3
    with UnitOfWork() as uow:
        [prepared] = for_lead(uow, lead_id)
        assert prepared.document is None  # drawn later, as before


def test_a_failed_authorization_is_logged_and_rolled_back_and_the_booking_still_offered(
    open_hours: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The authorization's rows are written, then its commit fails: nothing of it stays,
    the failure is in the log (the attorney prepares it from the lead page), and the
    visitor is still offered the times to book."""
    lead_id = _stored("+12155550182")

    def failing_commit(uow: UnitOfWork) -> None:
        uow.session.flush()  # the authorization and its event reached the database
        raise OperationalError("COMMIT", {}, Exception("connection lost"))

    monkeypatch.setattr(UnitOfWork, "commit", failing_commit)
    with caplog.at_level(logging.ERROR, logger="bot.services.next_steps"):
        offer = next_steps(lead_id)
    assert offer.authorization_link is None
    assert offer.booking_link and offer.booking_slots
    assert any(
        "records authorization not prepared" in r.getMessage() and r.exc_info
        for r in caplog.records
    )
    monkeypatch.undo()
    with UnitOfWork() as uow:
        assert for_lead(uow, lead_id) == []
        lead = uow.leads.get(lead_id)
        assert lead is not None and lead.tier == "strong" and lead.status == "new"


def test_a_failed_booking_offer_is_logged_and_the_authorization_kept(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    lead_id = _stored("+12155550183")

    def broken(*_: Any, **__: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("connection lost"))

    monkeypatch.setattr(next_steps_module, "chat_offer_in", broken)
    with caplog.at_level(logging.ERROR, logger="bot.services.next_steps"):
        offer = next_steps(lead_id)
    assert offer.authorization_link and offer.booking_link is None
    assert any("booking link not made" in r.getMessage() for r in caplog.records)
    with UnitOfWork() as uow:
        assert len(for_lead(uow, lead_id)) == 1


def test_a_lead_not_offered_opens_nothing_more() -> None:
    """A weak lead or one waiting on a conflict check gets no next steps."""
    lead_id = _stored("+12155550184")
    with UnitOfWork() as uow:
        uow.leads.get(lead_id).status = "conflict_check"
        uow.commit()
    assert next_steps(lead_id) == NextSteps()
    with UnitOfWork() as uow:
        assert for_lead(uow, lead_id) == []
    assert next_steps("no-such-lead") == NextSteps()
