"""What a qualified visitor is offered once the lead is stored: the medical-records
authorization to sign (issue 19) and a time for a call (issue 20), each as a link that
works only for this lead and expires. The call is offered as the attorney's next
open times, listed in the visitor's zone and language, each linking to the booking
page with that time chosen, plus the page itself for the other times.

Offered only for a lead an attorney would take up (tier strong or promising) that is
not waiting on a conflict check; a failure to prepare either is logged and the
closing goes on without it (the attorney can prepare both from the lead page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.intake.lead_status import CONFLICT_CHECK
from bot.intake.qualification import Outcome, Tier
from bot.services.authorizations import create_for
from bot.services.booking import ChatOffer, chat_offer_in
from bot.services.intake import INCOMPLETE
from bot.store.models import Lead
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NextSteps:
    authorization_link: str | None = None
    booking_link: str | None = None
    booking_slots: str | None = None  # "1. Tue, Mar 10, 8:00 AM CDT: <link>", one a line


def slot_lines(offer: ChatOffer) -> str:
    """The offered times as a numbered list, one a line, each with its own link."""
    return "\n".join(f"{n}. {s.label}: {s.link}" for n, s in enumerate(offer.slots, 1))


def offered(lead: Lead | None) -> bool:
    """The lead is one an attorney would take up (strong or promising), not waiting on
    a conflict check, and not stored mid-intake."""
    tier = Tier.of_stored(lead.tier, lead.qualification) if lead is not None else None
    return (
        lead is not None
        and tier is not None
        and tier.outcome is Outcome.QUALIFIED  # strong or promising
        and lead.status != CONFLICT_CHECK
        and INCOMPLETE not in (lead.review_flags or [])
    )


def next_steps(lead_id: str, uow_factory: Callable[[], UnitOfWork] = UnitOfWork) -> NextSteps:
    """The links to offer for a just-stored lead (none when it is not offered).

    One unit of work, in the visitor's turn: the lead is read once for both steps.
    The authorization commits on its own; if it fails, only it is rolled back (and
    logged) and the booking offer, which only reads, is still made."""
    with uow_factory() as uow:
        lead = uow.leads.get(lead_id)
        if not offered(lead):
            return NextSteps()
        authorization: str | None = None
        booking: ChatOffer | None = None
        try:
            # drawn on first opening or by the worker, not in the visitor's turn
            authorization = create_for(uow, lead, draw=False).link
        except Exception:  # noqa: BLE001 - the attorney can prepare it from the lead page
            uow.rollback()
            log.exception("records authorization not prepared for lead %s", lead_id)
        try:
            booking = chat_offer_in(uow, lead_id)
        except Exception:  # noqa: BLE001 - the attorney calls instead
            log.exception("booking link not made for lead %s", lead_id)
    if booking is None:
        return NextSteps(authorization)
    return NextSteps(authorization, booking.link, slot_lines(booking))
