"""Issue 19 in the attorney app: the conflict list (admins) and, on the lead page,
the lead's conflict check and its medical-records authorizations."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile
from starlette.responses import RedirectResponse, Response

from bot.intake import conflicts as matching
from bot.services import attorney_leads as leads
from bot.services import authorizations as auth
from bot.services import conflicts as svc
from bot.store.models import Lead
from bot.web.attorney.auth import Ctx
from bot.web.attorney.security import PREFIX

MAX_CSV_BYTES = 2 * 1024 * 1024
CONFLICTS = f"{PREFIX}/admin/conflicts"
NOTICES = {
    "added": "Entry added.",
    "deleted": "Entry deleted.",
    "edited": "Entry saved.",
}


# --- the conflict list (admins) --------------------------------------------------


def _conflicts_page(
    ctx: Ctx,
    *,
    error: str | None = None,
    errors: list[str] | None = None,
    notice: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    return ctx.render(
        "attorney/admin_conflicts.html",
        {
            "entries": svc.list_entries(ctx.uow),
            "changes": svc.recent_changes(ctx.uow, limit=100),
            "version": svc.list_version(ctx.uow),
            "names": ctx.uow.users.names(
                {
                    c.actor.split(":", 1)[1]
                    for c in svc.recent_changes(ctx.uow, limit=100)
                    if c.actor.startswith("user:")
                }
            ),
            "kinds": matching.KINDS,
            "roles": matching.ROLES,
            "attorneys": ctx.profile.attorneys,
            "attorney_names": {a.id: a.name for a in ctx.profile.attorneys},
            "form": form or {},
            "columns": svc.CSV_COLUMNS,
            "error": error,
            "import_errors": errors or [],
            "notice": notice,
        },
        status,
    )


def conflicts_page(ctx: Ctx) -> Response:
    done = ctx.request.query_params.get("done", "")
    notice = NOTICES.get(done)
    if done.startswith("imported-"):
        notice = f"Imported {done.removeprefix('imported-')} entries."
    return _conflicts_page(ctx, notice=notice)


def _fields_from_form(ctx: Ctx) -> dict[str, str]:
    return {
        k: ctx.field(k)
        for k in ("name", "kind", "role", "aliases", "notes", "responsible_attorney_id")
    }


def conflicts_add(ctx: Ctx) -> Response:
    raw = _fields_from_form(ctx)
    try:
        svc.add_entry(ctx.uow, ctx.viewer.actor, svc.clean_fields(raw, ctx.profile))
    except svc.ConflictListError as exc:
        ctx.uow.rollback()
        return _conflicts_page(ctx, error=str(exc), form=raw, status=400)
    return RedirectResponse(f"{CONFLICTS}?done=added", status_code=303)


def _entry_id(ctx: Ctx) -> int | None:
    try:
        return int(ctx.request.path_params["entry_id"])
    except (KeyError, ValueError):
        return None


def conflicts_edit(ctx: Ctx) -> Response:
    entry_id = _entry_id(ctx)
    raw = _fields_from_form(ctx)
    try:
        if entry_id is None:
            raise svc.ConflictListError("No such entry on the conflict list.")
        svc.edit_entry(ctx.uow, ctx.viewer.actor, entry_id, svc.clean_fields(raw, ctx.profile))
    except svc.ConflictListError as exc:
        ctx.uow.rollback()
        return _conflicts_page(ctx, error=str(exc), status=400)
    return RedirectResponse(f"{CONFLICTS}?done=edited", status_code=303)


def conflicts_delete(ctx: Ctx) -> Response:
    entry_id = _entry_id(ctx)
    try:
        if entry_id is None:
            raise svc.ConflictListError("No such entry on the conflict list.")
        svc.delete_entry(ctx.uow, ctx.viewer.actor, entry_id)
    except svc.ConflictListError as exc:
        ctx.uow.rollback()
        return _conflicts_page(ctx, error=str(exc), status=400)
    return RedirectResponse(f"{CONFLICTS}?done=deleted", status_code=303)


def conflicts_import(ctx: Ctx) -> Response:
    upload = ctx.form.get("csv_file") if ctx.form is not None else None
    text = ctx.field("csv_text")
    if isinstance(upload, UploadFile) and upload.filename:
        data = upload.file.read(MAX_CSV_BYTES + 1)
        if len(data) > MAX_CSV_BYTES:
            return _conflicts_page(ctx, error="The CSV file is larger than 2 MB.", status=400)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _conflicts_page(ctx, error="Save the CSV as UTF-8 and try again.", status=400)
    if not text.strip():
        return _conflicts_page(ctx, error="Choose a CSV file (or paste its text).", status=400)
    try:
        result = svc.import_csv(ctx.uow, ctx.viewer.actor, text, ctx.profile)
    except svc.ConflictListError as exc:
        ctx.uow.rollback()
        return _conflicts_page(ctx, error=str(exc), status=400)
    if result.errors:
        return _conflicts_page(
            ctx,
            error="Nothing was imported: fix these lines and try again.",
            errors=result.errors,
            status=400,
        )
    return RedirectResponse(f"{CONFLICTS}?done=imported-{result.added}", status_code=303)


# --- on the lead page -------------------------------------------------------------


def lead_context(ctx: Ctx, lead: Lead) -> dict[str, Any]:
    """What the lead page shows of the conflict check and the authorizations."""
    items = []
    for a in auth.for_lead(ctx.uow, lead.id):
        expires = auth.link_expires_at(a)
        live = a.status == "unsigned" and expires > ctx.now
        items.append(
            {
                "a": a,
                "link": auth.link_for(a) if live else None,
                "link_expires_at": expires,
            }
        )
    return {"conflict": svc.check_for(ctx.uow, lead.id), "authorizations": items}


def _lead_id(ctx: Ctx) -> str:
    lead_id = ctx.request.path_params["lead_id"]
    leads.visible_lead(ctx.uow, ctx.viewer, lead_id)  # 404 for a lead this user may not see
    return lead_id


def _back(lead_id: str, done: str) -> Response:
    return RedirectResponse(f"{PREFIX}/leads/{lead_id}?done={done}#authorizations", status_code=303)


def authorization_create(ctx: Ctx) -> Response:
    lead_id = _lead_id(ctx)
    lead = ctx.uow.leads.get(lead_id)
    assert lead is not None
    auth.prepare(ctx.uow, lead, actor=ctx.viewer.actor, now=ctx.now)
    ctx.uow.commit()
    return _back(lead_id, "authorization")


def authorization_download(ctx: Ctx) -> Response:
    lead_id = _lead_id(ctx)
    try:
        a = auth.get_for_lead(ctx.uow, lead_id, ctx.request.path_params["authorization_id"])
    except auth.AuthorizationError as exc:
        return Response(str(exc), status_code=404, media_type="text/plain")
    auth.draw_document(ctx.uow, a)  # stored by the intake before it was drawn
    data, filename = auth.document(a)
    auth.record_download(ctx.uow, a, ctx.viewer.actor)
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def authorization_revoke(ctx: Ctx) -> Response:
    lead_id = _lead_id(ctx)
    try:
        a = auth.get_for_lead(ctx.uow, lead_id, ctx.request.path_params["authorization_id"])
        auth.revoke(ctx.uow, a, actor=ctx.viewer.actor, reason=ctx.field("reason"), now=ctx.now)
    except auth.AuthorizationError as exc:
        ctx.uow.rollback()
        return Response(str(exc), status_code=409, media_type="text/plain")
    return _back(lead_id, "revoked")
