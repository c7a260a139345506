"""Builders for the data-layer tests: leads and answers with PII in every encrypted column."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from bot.store.models import IntakeAnswer, Lead, Transcript
from bot.store.unit_of_work import UnitOfWork

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
STORY = "The surgeon left a sponge inside my abdomen after the operation"
NAME = "Maria Lopez"
PHONE = "+12015550123"
EMAIL = "maria.lopez@example.com"
INJURY = "I needed a second surgery and had a severe infection"
PROVIDER = "Dr. Patel at St. Mary's Hospital"
PII = (STORY, NAME, PHONE, "2015550123", EMAIL, INJURY, PROVIDER, "sponge")


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def add_lead(
    uow_factory: Callable[[], UnitOfWork],
    conversation_id: str,
    *,
    qualification: str = "qualified",
    status: str = "new",
    out_of_scope: bool = False,
    created_days_ago: float = 0,
    updated_days_ago: float | None = None,
    priority: str = "normal",
    attorney: str | None = "a-reyes",
) -> str:
    """A lead with PII in every encrypted column, its transcript and two answers."""
    created = days_ago(created_days_ago)
    updated = days_ago(updated_days_ago if updated_days_ago is not None else created_days_ago)
    with uow_factory() as uow:
        lead = Lead(
            conversation_id=conversation_id,
            channel="webchat",
            created_at=created,
            updated_at=updated,
            status=status,
            full_name=NAME,
            phone=PHONE,
            email=EMAIL,
            contact_consent=True,
            provider=PROVIDER,
            incident_description=STORY,
            injury=INJURY,
            incident_date="2025-03",
            incident_state="NJ",
            case_type="surgical",
            severity="severe",
            out_of_scope=out_of_scope,
            qualification=qualification,
            qualification_reasons=["test"],
            priority=priority,
            assigned_attorney_id=attorney,
        )
        uow.leads.add(lead)
        uow.session.flush()
        lead.transcript = Transcript(turns=json.dumps([{"from": "visitor", "text": STORY}]))
        for field, value in (("incident_description", STORY), ("full_name", NAME)):
            uow.session.add(
                IntakeAnswer(
                    conversation_id=conversation_id,
                    channel="webchat",
                    field=field,
                    value=value,
                    raw_text=value,
                    created_at=created,
                )
            )
        uow.commit()
        return lead.id


def add_answers(
    uow_factory: Callable[[], UnitOfWork], conversation_id: str, *ages_in_days: float
) -> None:
    """Answers of a conversation that has no lead, one per age given."""
    with uow_factory() as uow:
        for age in ages_in_days:
            uow.session.add(
                IntakeAnswer(
                    conversation_id=conversation_id,
                    channel="webchat",
                    field="incident_description",
                    value=STORY,
                    raw_text=STORY,
                    created_at=days_ago(age),
                )
            )
        uow.commit()
