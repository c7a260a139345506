"""The queue, the lead page, actions on a lead, exports and the small JSON API."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.intake.lead_queue import (
    NotAllowed,
    as_typed,
    check_claim,
    check_release,
    check_work,
    days_left,
    likely_expired,
    sensitive_flags,
    tier_of,
)
from bot.intake.lead_status import CLAIMED, RuleError, TransitionError, allowed_next
from bot.services import attorney_leads as leads
from bot.services.attorney_export import export_lead
from bot.services.lead_records import lead_record
from bot.web.attorney import views_casework
from bot.web.attorney.auth import Ctx
from bot.web.attorney.security import PREFIX

DONE_MESSAGES = {
    "claimed": "You claimed this lead.",
    "released": "The lead is back in the unassigned pool.",
    "status": "Status changed.",
    "note": "Note added.",
    "authorization": "Authorization prepared: send the visitor the signing link below.",
    "revoked": "Authorization revoked.",
}
# How a repeat contact's answers are labelled on the lead page.
CONTACT_LABELS = {
    "incident_description": "What happened",
    "provider": "Provider",
    "injury": "Injury",
    "incident_date": "When",
    "incident_state": "State",
    "patient_died": "Patient died",
    "patient_minor": "Patient a minor",
    "has_lawyer": "Already has a lawyer",
    "full_name": "Name",
    "phone": "Phone",
    "email": "E-mail",
    "callback_requested": "Asked for a call",
    "callback_phone": "Call back on",
    "summary_note": "Note on the summary",
}
SCOPE_LABELS = {"open": "Open", "mine": "Mine", "closed": "Closed", "all": "All"}


def _scope(ctx: Ctx) -> str:
    scope = ctx.request.query_params.get("scope", "open")
    return scope if scope in leads.SCOPES else "open"


def queue_page(ctx: Ctx) -> Response:
    scope = _scope(ctx)
    rows = leads.queue(ctx.uow, ctx.viewer, today=ctx.today, scope=scope)
    ctx.uow.audit.append(
        ctx.viewer.actor, "queue.viewed", None, {"scope": scope, "rows": len(rows)}
    )
    ctx.uow.commit()
    return ctx.render(
        "attorney/queue.html",
        {
            "rows": rows,
            "scope": scope,
            "scopes": SCOPE_LABELS,
            "truncated": len(rows) >= leads.QUEUE_LIMIT,
            "attorneys": {a.id: a.name for a in ctx.profile.attorneys},
        },
    )


def _permitted(check: Any, *args: Any) -> bool:
    try:
        check(*args)
    except RuleError:
        return False
    return True


def _lead_page(ctx: Ctx, lead_id: str, *, error: str | None = None, status: int = 200) -> Response:
    view = leads.open_lead(ctx.uow, ctx.viewer, lead_id, audit=error is None)
    lead = view.lead
    died, minor = sensitive_flags(lead)
    can_work = _permitted(check_work, ctx.viewer, lead)
    done = ctx.request.query_params.get("done") if error is None else None
    return ctx.render(
        "attorney/lead.html",
        {
            "lead": lead,
            "view": view,
            "limitation": lead.limitation or {},
            "days": days_left(lead.deadline, ctx.today),
            "tier": tier_of(lead),
            "expired": likely_expired(lead, ctx.today),
            "contact_labels": CONTACT_LABELS,
            "typed": as_typed(view.answers),  # words typed beside the values kept
            "died": died,
            "minor": minor,
            "can_claim": _permitted(check_claim, ctx.viewer, lead),
            "can_release": _permitted(check_release, ctx.viewer, lead),
            # Claiming has its own button (it also assigns the lead).
            "next_statuses": [s for s in allowed_next(lead.status) if s != CLAIMED]
            if can_work
            else [],
            "attorneys": {a.id: a.name for a in ctx.profile.attorneys},
            **views_casework.lead_context(ctx, lead),  # conflict check, authorizations
            "error": error,
            "notice": DONE_MESSAGES.get(done or ""),
        },
        status,
    )


def lead_page(ctx: Ctx) -> Response:
    return _lead_page(ctx, ctx.request.path_params["lead_id"])


def _act(ctx: Ctx, action: Any, done: str) -> Response:
    lead_id = ctx.request.path_params["lead_id"]
    try:
        action(lead_id)
    except leads.LeadNotFound:
        raise
    except NotAllowed as exc:
        ctx.uow.rollback()
        return _lead_page(ctx, lead_id, error=str(exc), status=403)
    except (TransitionError, leads.Conflict) as exc:
        ctx.uow.rollback()
        return _lead_page(ctx, lead_id, error=str(exc), status=409)
    except RuleError as exc:
        ctx.uow.rollback()
        return _lead_page(ctx, lead_id, error=str(exc), status=400)
    return RedirectResponse(f"{PREFIX}/leads/{lead_id}?done={done}", status_code=303)


def claim(ctx: Ctx) -> Response:
    return _act(
        ctx, lambda lead_id: leads.claim(ctx.uow, ctx.viewer, lead_id, now=ctx.now), "claimed"
    )


def release(ctx: Ctx) -> Response:
    return _act(
        ctx,
        lambda lead_id: leads.release(
            ctx.uow, ctx.viewer, lead_id, ctx.field("reason"), now=ctx.now
        ),
        "released",
    )


def change_status(ctx: Ctx) -> Response:
    return _act(
        ctx,
        lambda lead_id: leads.change_status(
            ctx.uow, ctx.viewer, lead_id, ctx.field("status"), ctx.field("reason"), now=ctx.now
        ),
        "status",
    )


def add_note(ctx: Ctx) -> Response:
    return _act(
        ctx,
        lambda lead_id: leads.add_note(
            ctx.uow, ctx.viewer, lead_id, ctx.field("body"), now=ctx.now
        ),
        "note",
    )


def export(ctx: Ctx) -> Response:
    fmt = ctx.request.path_params["fmt"]
    if fmt not in ("csv", "clio"):
        return Response("Unknown export format.", status_code=404, media_type="text/plain")
    lead, body = export_lead(
        ctx.uow, ctx.viewer, ctx.request.path_params["lead_id"], fmt, today=ctx.today
    )
    if fmt == "csv":
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="lead-{lead.id}.csv"'},
        )
    return Response(
        json.dumps(body, indent=2, ensure_ascii=False),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="lead-{lead.id}-clio.json"'},
    )


# --- JSON API (read-only; same sessions and visibility as the pages) ----------


def _row_json(row: leads.QueueRow) -> dict[str, Any]:
    data = asdict(row)
    data["deadline"] = row.deadline.isoformat() if row.deadline else None
    data["created_at"] = row.created_at.isoformat()
    data["contacted_again"] = row.contacted_again.isoformat() if row.contacted_again else None
    data["reasons"] = list(row.reasons)
    return data


def api_queue(ctx: Ctx) -> Response:
    scope = _scope(ctx)
    rows = leads.queue(ctx.uow, ctx.viewer, today=ctx.today, scope=scope)
    ctx.uow.audit.append(
        ctx.viewer.actor, "queue.viewed", None, {"scope": scope, "rows": len(rows), "api": True}
    )
    ctx.uow.commit()
    return JSONResponse({"leads": [_row_json(r) for r in rows], "scope": scope})


def api_lead(ctx: Ctx) -> Response:
    view = leads.open_lead(ctx.uow, ctx.viewer, ctx.request.path_params["lead_id"])
    data = lead_record(view.lead, with_transcript=True)
    data["days_left"] = days_left(view.lead.deadline, ctx.today)
    data["notes"] = [
        {"at": n.created_at.isoformat(), "author": view.names.get(n.author_id), "body": n.body}
        for n in view.notes
    ]
    data["status_history"] = [
        {
            "at": h.at.isoformat(),
            "by": view.names.get(h.actor_id),
            "from": h.from_status,
            "to": h.to_status,
            "reason": h.reason,
        }
        for h in view.history
    ]
    return JSONResponse(data)
