"""Read-only lead API for tests and integrations: bearer token from LEAD_API_TOKEN."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse

from bot.config import get_settings
from bot.services.lead_records import list_records, view_record


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


def list_leads(request: Request) -> JSONResponse:
    if not _authorised(request):
        return _unauthorised()
    try:
        limit = min(max(int(request.query_params.get("limit", 50)), 1), 500)
        offset = max(int(request.query_params.get("offset", 0)), 0)
    except ValueError:
        return JSONResponse({"error": "limit and offset must be whole numbers"}, status_code=400)
    records, total = list_records(limit, offset)
    return JSONResponse({"leads": records, "total": total})


def get_lead(request: Request) -> JSONResponse:
    if not _authorised(request):
        return _unauthorised()
    lead_id = request.path_params["lead_id"]
    record = view_record(lead_id, actor="api")
    if record is None:
        return JSONResponse({"error": "No lead with that id."}, status_code=404)
    return JSONResponse(record)
