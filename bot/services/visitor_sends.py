"""The last look before a message to a visitor leaves the outbox (issue 20).

A reminder is queued outside quiet hours and only to someone who has not opted
out, but it may be sent later: after a retry's back-off, or once the worker is back
up. So the same rules are checked again at the moment of sending: a text or e-mail to
a visitor never goes out in quiet hours in their zones (it waits for the morning), and
never to a number that has opted out since (it is cancelled). Messages to attorneys
are not affected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.intake import followup_policy as policy
from bot.intake.contact import as_e164
from bot.services.speed_settings import SpeedSettings
from bot.store.unit_of_work import UnitOfWork

# Outbox kinds that go to the visitor (the rest go to attorneys and admins).
VISITOR_KINDS_PREFIXES = ("followup_", "booking_confirmation", "booking_reminder")
SEND, LATER, CANCEL = "send", "later", "cancel"


@dataclass(frozen=True)
class SendDecision:
    action: str  # SEND, LATER or CANCEL
    at: datetime | None = None  # when to try again (LATER)
    reason: str = ""


def is_for_visitor(kind: str | None) -> bool:
    return bool(kind) and str(kind).startswith(VISITOR_KINDS_PREFIXES)


def decide(
    uow_factory: Callable[[], UnitOfWork],
    settings: SpeedSettings,
    kind: str | None,
    lead_id: str | None,
    channel: str,
    recipient: str,
    now: datetime,
) -> SendDecision:
    """Send now, wait until `at`, or cancel: a visitor's message, checked at sending time."""
    if not is_for_visitor(kind):
        return SendDecision(SEND)
    with uow_factory() as uow:
        lead = uow.leads.get(lead_id) if lead_id else None
        phone = as_e164(recipient) if channel == "sms" else as_e164(lead.phone if lead else None)
        if channel == "sms" and phone is not None and uow.speed.phone_opted_out(phone):
            return SendDecision(CANCEL, reason="the number opted out after it was queued")
        state = lead.incident_state if lead is not None else None
    zones = policy.visitor_zones(state, phone, settings.firm_zone)
    quiet = settings.followup.quiet
    if quiet.is_quiet(now, zones):
        return SendDecision(LATER, quiet.next_allowed(now, zones), "quiet hours for the visitor")
    return SendDecision(SEND)
