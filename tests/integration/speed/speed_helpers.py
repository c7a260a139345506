"""Builders for speed-to-lead tests: an incomplete or finished lead, an SMS opt-out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.store.models import IntakeAnswer, Lead
from bot.store.repositories import phone_lookup_key
from bot.store.unit_of_work import UnitOfWork


def add_lead(
    uow: Callable[[], UnitOfWork],
    *,
    created: datetime,
    conversation_id: str = "web-abandoned-1",
    channel: str = "web",
    state: str | None = "IL",
    phone: str | None = "+13125550147",
    email: str | None = "sam@example.com",
    consent: bool = True,
    flags: tuple[str, ...] = ("intake_incomplete",),
    **columns: object,
) -> str:
    with uow() as u:
        lead = Lead(
            conversation_id=conversation_id,
            channel=channel,
            created_at=created,
            updated_at=created,
            incident_state=state,
            phone=phone,
            email=email,
            contact_consent=consent,
            review_flags=list(flags),
            **columns,
        )
        u.leads.add(lead)
        u.session.add(
            IntakeAnswer(
                conversation_id=conversation_id,
                channel=channel,
                field="incident_state",
                value=state,
                created_at=created,
            )
        )
        u.commit()
        return str(lead.id)


def opt_out(uow: Callable[[], UnitOfWork], phone: str) -> None:
    from bot.store.models_sms import SmsOptOut

    with uow() as u:
        u.session.add(
            SmsOptOut(phone_index=phone_lookup_key(phone), opted_out=True, keyword="STOP")
        )
        u.commit()
