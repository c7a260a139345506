"""Admin pages: users, the firm profile, the audit log."""

from __future__ import annotations

from typing import Any

from starlette.responses import RedirectResponse, Response

from bot.intake.case_types import CaseType, Severity
from bot.intake.lead_queue import ROLES
from bot.intake.profile import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS
from bot.services import profile_store
from bot.services.attorney_accounts import AccountError, create_user, list_users, set_active
from bot.web.attorney.auth import Ctx
from bot.web.attorney.profile_form import for_validation, form_to_profile_data
from bot.web.attorney.security import PREFIX

AUDIT_PAGE = 100
AUDIT_ACTIONS = ("lead", "queue", "auth", "user", "profile", "conflict", "authorization")


# --- users -------------------------------------------------------------------


def _users_page(
    ctx: Ctx,
    *,
    error: str | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
    notice: str | None = None,
) -> Response:
    return ctx.render(
        "attorney/admin_users.html",
        {
            "users": list_users(ctx.uow),
            "roles": ROLES,
            "attorneys": ctx.profile.attorneys,
            "attorney_names": {a.id: a.name for a in ctx.profile.attorneys},
            "form": form or {"email": "", "name": "", "role": "attorney", "attorney_id": ""},
            "error": error,
            "notice": notice,
        },
        status,
    )


def users_page(ctx: Ctx) -> Response:
    done = ctx.request.query_params.get("done")
    notices = {
        "created": "Account created.",
        "disabled": "Account disabled; its sessions ended.",
        "enabled": "Account enabled.",
    }
    return _users_page(ctx, notice=notices.get(done or ""))


def create_user_submit(ctx: Ctx) -> Response:
    form = {k: ctx.field(k) for k in ("email", "name", "role", "attorney_id")}
    try:
        create_user(
            ctx.uow,
            email=form["email"],
            name=form["name"],
            role=form["role"],
            password=ctx.field("password"),
            attorney_id=form["attorney_id"] or None,
            profile=ctx.profile,
            actor=ctx.viewer.actor,
        )
    except AccountError as exc:
        ctx.uow.rollback()
        return _users_page(ctx, error=str(exc), form=form, status=400)
    ctx.uow.commit()
    return RedirectResponse(f"{PREFIX}/admin/users?done=created", status_code=303)


def set_user_active(ctx: Ctx) -> Response:
    user = ctx.uow.users.get(ctx.request.path_params["user_id"])
    if user is None:
        return _users_page(ctx, error="No such account.", status=404)
    active = ctx.field("active") == "1"
    if user.id == ctx.user.id and not active:
        return _users_page(ctx, error="You cannot disable your own account.", status=400)
    set_active(ctx.uow, user, active, actor=ctx.viewer.actor, now=ctx.now)
    ctx.uow.commit()
    return RedirectResponse(
        f"{PREFIX}/admin/users?done={'enabled' if active else 'disabled'}", status_code=303
    )


# --- firm profile ------------------------------------------------------------


def _profile_page(
    ctx: Ctx,
    data: dict[str, Any],
    version: int,
    *,
    error: str | None = None,
    status: int = 200,
    notice: str | None = None,
) -> Response:
    return ctx.render(
        "attorney/admin_profile.html",
        {
            "data": data,
            "version": version,
            "case_types": list(CaseType),
            "severities": list(Severity),
            "weight_defaults": DEFAULT_WEIGHTS,
            "threshold_defaults": DEFAULT_THRESHOLDS,
            "history": profile_store.history(ctx.uow, limit=10),
            "error": error,
            "notice": notice,
        },
        status,
    )


def profile_page(ctx: Ctx) -> Response:
    row = profile_store.current_version(ctx.uow)
    saved = ctx.request.query_params.get("done") == "saved"
    return _profile_page(
        ctx, row.data, row.version, notice="Profile saved; new leads use it now." if saved else None
    )


def profile_submit(ctx: Ctx) -> Response:
    data = form_to_profile_data(ctx.form)  # type: ignore[arg-type]
    try:
        based_on = int(ctx.field("version"))
    except ValueError:
        based_on = -1
    try:
        _, version = profile_store.save_profile(
            ctx.uow, for_validation(data), based_on=based_on, actor=ctx.viewer.actor
        )
    except (ValueError, profile_store.ProfileConflict) as exc:
        ctx.uow.rollback()
        current = profile_store.current_version(ctx.uow).version
        status = 409 if isinstance(exc, profile_store.ProfileConflict) else 400
        return _profile_page(
            ctx, data, based_on if status == 400 else current, error=str(exc), status=status
        )
    ctx.uow.audit.append(ctx.viewer.actor, "profile.updated", None, {"version": version})
    ctx.uow.commit()
    return RedirectResponse(f"{PREFIX}/admin/profile?done=saved", status_code=303)


# --- audit log ---------------------------------------------------------------


def audit_page(ctx: Ctx) -> Response:
    params = ctx.request.query_params
    action = params.get("action", "")
    lead_id = params.get("lead", "").strip()[:32]
    actor = params.get("actor", "").strip()[:64]
    try:
        before = int(params.get("before", "0") or 0)
    except ValueError:
        before = 0
    entries = ctx.uow.audit_reader.page(
        action=action if action in AUDIT_ACTIONS else None,
        lead_id=lead_id or None,
        actor=actor or None,
        before_id=before or None,
        limit=AUDIT_PAGE,
    )
    user_ids = {e.actor.split(":", 1)[1] for e in entries if e.actor.startswith("user:")}
    return ctx.render(
        "attorney/audit.html",
        {
            "entries": entries,
            "names": ctx.uow.users.names(user_ids),
            "actions": AUDIT_ACTIONS,
            "action": action,
            "lead_id": lead_id,
            "actor": actor,
            "older": entries[-1].id if len(entries) == AUDIT_PAGE else None,
        },
    )
