"""Read-only lead API for tests and integrations: bearer token from LEAD_API_TOKEN."""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from bot.config import get_settings
from bot.store.models import Lead
from bot.store.unit_of_work import UnitOfWork


def _authorised(request: Request) -> bool:
    expected = get_settings().lead_api_token
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return bool(expected) and scheme.lower() == "bearer" and hmac.compare_digest(
        token.strip().encode(), expected.encode()
    )


def _unauthorised() -> JSONResponse:
    return JSONResponse(
        {"error": "A valid bearer token is required (Authorization: Bearer <LEAD_API_TOKEN>)."},
        status_code=401,
        headers={"WWW-Authenticate": "Bearer"},
    )


def lead_json(lead: Lead, with_transcript: bool = False) -> dict[str, Any]:
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
        "provider": lead.provider,
        "incident_description": lead.incident_description,
        "injury": lead.injury,
        "incident_date": lead.incident_date,
        "incident_date_precision": lead.incident_date_precision,
        "incident_state": lead.incident_state,
        "case_type": lead.case_type,
        "severity": lead.severity,
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
    }
    if with_transcript:
        data["transcript"] = json.loads(lead.transcript.turns) if lead.transcript else []
    return data


def list_leads(request: Request) -> JSONResponse:
    if not _authorised(request):
        return _unauthorised()
    try:
        limit = min(max(int(request.query_params.get("limit", 50)), 1), 500)
        offset = max(int(request.query_params.get("offset", 0)), 0)
    except ValueError:
        return JSONResponse({"error": "limit and offset must be whole numbers"}, status_code=400)
    with UnitOfWork() as uow:
        leads = uow.leads.list(limit=limit, offset=offset)
        body = {"leads": [lead_json(x) for x in leads], "total": uow.leads.count()}
    return JSONResponse(body)


def get_lead(request: Request) -> JSONResponse:
    if not _authorised(request):
        return _unauthorised()
    lead_id = request.path_params["lead_id"]
    with UnitOfWork() as uow:
        lead = uow.leads.get(lead_id)
        if lead is None:
            return JSONResponse({"error": "No lead with that id."}, status_code=404)
        body = lead_json(lead, with_transcript=True)
        uow.audit.append("api", "lead.viewed", lead.id)
        uow.commit()
    return JSONResponse(body)
