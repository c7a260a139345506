"""After a strong lead is stored, the visitor is offered the records authorization (a
link that works only for that lead); a weak lead, or one waiting on a conflict check,
is offered nothing. Real Trackers against the test database."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.submit import ActionSubmitLead
from bot.services.authorizations import for_lead
from bot.store.unit_of_work import UnitOfWork

RECENT = (date.today() - timedelta(days=75)).isoformat()
STRONG = {
    "incident_description": "the surgeon took out my healthy kidney instead of the bad one",
    "patient_is_self": True,
    "patient_died": False,
    "provider": "Dr. Halvorsen at Brookmere General",
    "provider_government": "private",
    "injury": "I lost a healthy kidney and now need dialysis",
    "incident_date": RECENT,
    "incident_state": "PA",
    "patient_age": 52,
    "has_lawyer": False,
    "full_name": "Irene Szabo",
    "contact_consent": True,
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


def test_a_strong_lead_is_offered_three_times_to_book_each_with_its_link(domain: dict) -> None:
    """With consultation hours set for everyone, the closing lists the routed attorney's
    next three open times and the booking page for the others."""
    from datetime import time

    from bot.services import booking as booking_service

    added: list[tuple[str, int]] = []
    with UnitOfWork() as uow:
        for attorney in ("a-reyes", "m-okafor", "j-lindqvist"):
            for weekday in range(7):
                booking_service.add_window(
                    uow.speed, uow.audit, attorney, weekday, time(9), time(17), "America/New_York"
                )
        uow.commit()
        added = [
            (w.attorney_id, w.id)
            for a in ("a-reyes", "m-okafor", "j-lindqvist")
            for w in uow.speed.windows(a)
        ]
    try:
        _, messages = submit({**STRONG, "contact": "+12155550178", "phone": "+12155550178"}, domain)
    finally:
        with UnitOfWork() as uow:
            for attorney, window in added:
                uow.speed.delete_window(attorney, window)
            uow.commit()
    [offer] = [m for m in messages if str(m.get("response", "")).startswith("utter_next_steps")]
    assert offer["response"] == "utter_next_steps_both"
    lines = offer["booking_slots"].splitlines()
    assert [line.split(".", 1)[0] for line in lines] == ["1", "2", "3"]
    for line in lines:
        label, link = line.split(". ", 1)[1].rsplit(": ", 1)
        assert label.endswith(("EST", "EDT"))  # Pennsylvania's clock
        assert link.startswith(offer["booking_link"] + "?slot=")
