"""Leads as plain records: the read-only lead API's reads, and the lead's JSON.

The web layer turns these dicts into responses; it never holds a model or a
session. Viewing one lead through the API is audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bot.store.models import Lead
from bot.store.unit_of_work import UnitOfWork

UowFactory = Callable[[], UnitOfWork]


# The case as told and classified: kept as stored in the lead's JSON and in the CSV export.
CASE_FIELDS: tuple[str, ...] = (
    "provider",
    "incident_description",
    "injury",
    "incident_date",
    "incident_date_precision",
    "incident_state",
    "case_type",
    "severity",
)


def case_as_stored(lead: Any) -> dict[str, Any]:
    """The lead's CASE_FIELDS, in that order, as stored."""
    return {name: getattr(lead, name) for name in CASE_FIELDS}


def lead_record(lead: Lead, with_transcript: bool = False) -> dict[str, Any]:
    """Every field of the lead a reader may see, JSON-ready."""
    data: dict[str, Any] = {
        "id": lead.id,
        "conversation_id": lead.conversation_id,
        "channel": lead.channel,
        "created_at": lead.created_at.isoformat() if lead.created_at else None,
        "status": lead.status,
        "full_name": lead.full_name,
        "phone": lead.phone,
        "email": lead.email,
        "contact_consent": lead.contact_consent,
        **case_as_stored(lead),
        "limitation": lead.limitation,
        "deadline": lead.deadline.isoformat() if lead.deadline else None,
        "qualification": lead.qualification,
        "tier": lead.tier,
        "score": lead.score,
        "qualification_reasons": lead.qualification_reasons or [],
        "refer_out": lead.refer_out,
        "priority": lead.priority,
        "assigned_attorney_id": lead.assigned_attorney_id,
        "review_flags": lead.review_flags or [],
        "language": lead.language or "en",
    }
    if with_transcript:
        data["transcript"] = json.loads(lead.transcript.turns) if lead.transcript else []
    return data


def list_records(
    limit: int, offset: int, uow_factory: UowFactory = UnitOfWork
) -> tuple[list[dict[str, Any]], int]:
    """A page of leads, newest first, and how many there are in all."""
    with uow_factory() as uow:
        leads = uow.leads.list(limit=limit, offset=offset)
        return [lead_record(x) for x in leads], uow.leads.count()


def view_record(
    lead_id: str, actor: str, uow_factory: UowFactory = UnitOfWork
) -> dict[str, Any] | None:
    """One lead with its transcript, or None; the view is written to the audit log."""
    with uow_factory() as uow:
        lead = uow.leads.get(lead_id)
        if lead is None:
            return None
        record = lead_record(lead, with_transcript=True)
        uow.audit.append(actor, "lead.viewed", lead.id)
        uow.commit()
    return record
