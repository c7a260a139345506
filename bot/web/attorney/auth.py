"""The one door into every signed-in page: session, CSRF, role, then the handler.

`signed_in(...)` wraps a plain sync function. The async part only reads the
form body; everything that touches the database runs in Starlette's thread
pool, so the event loop (and the chat page it also serves) never waits on a
query. Because every POST route is built through this wrapper, no form can be
added without the CSRF check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.intake.lead_queue import Viewer
from bot.intake.profile import FirmProfile
from bot.services.attorney_accounts import (
    StaffSession,
    StaffUser,
    csrf_token_for,
    resolve_session,
    viewer_for,
)
from bot.services.attorney_leads import LeadNotFound
from bot.services.profile_store import current_profile
from bot.store.unit_of_work import UnitOfWork
from bot.web.attorney.config import AttorneyWebConfig, get_config
from bot.web.attorney.security import PREFIX, SESSION_COOKIE, csrf_ok, wants_json
from bot.web.attorney.templating import templates

UowFactory = Callable[[], UnitOfWork]
MAX_FORM_PART = 64 * 1024


def uow_factory_for(request: Request) -> UowFactory:
    """Tests point the app at their own database through app.state."""
    return getattr(request.app.state, "attorney_uow_factory", None) or UnitOfWork


def config_for(request: Request) -> AttorneyWebConfig:
    return getattr(request.app.state, "attorney_config", None) or get_config()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Ctx:
    request: Request
    uow: UnitOfWork
    user: StaffUser
    session: StaffSession
    viewer: Viewer
    profile: FirmProfile
    csrf: str
    form: FormData | None
    config: AttorneyWebConfig
    now: datetime

    @property
    def today(self) -> date:
        """Days left are counted in the firm's time zone, not the server's."""
        return self.now.astimezone(self.config.time_zone).date()

    def field(self, name: str) -> str:
        value = self.form.get(name) if self.form is not None else None
        return value if isinstance(value, str) else ""

    def render(self, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
        return render(self.request, name, context, status_code, ctx=self)


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
    *,
    ctx: Ctx | None = None,
) -> Response:
    base = {
        "viewer": ctx.viewer if ctx else None,
        "csrf": ctx.csrf if ctx else "",
        "tz": (ctx.config if ctx else config_for(request)).time_zone,
        "firm_name": ctx.profile.firm_name if ctx else "",
        "error": None,
        "notice": None,
    }
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def error_page(request: Request, status: int, message: str, ctx: Ctx | None = None) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render(
        request, "attorney/error.html", {"message": message, "status": status}, status, ctx=ctx
    )


def unauthenticated(request: Request) -> Response:
    if wants_json(request):
        return JSONResponse(
            {"error": "Sign in at /attorney/login first."},
            status_code=401,
        )
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        target = PREFIX
    return RedirectResponse(f"{PREFIX}/login?next={quote(target, safe='')}", status_code=303)


Handler = Callable[[Ctx], Response]


def signed_in(handler: Handler, *, admin: bool = False, files: int = 0) -> Callable[[Request], Any]:
    """Build an endpoint that runs `handler` for a signed-in (admin) user; `files`:
    how many file uploads its form may carry (the conflict list's CSV import)."""

    async def endpoint(request: Request) -> Response:
        form = None
        if request.method == "POST":
            try:
                form = await request.form(
                    max_files=files, max_fields=400, max_part_size=MAX_FORM_PART
                )
            except MultiPartException as exc:
                return error_page(request, 400, f"The form could not be read: {exc}")
        return await run_in_threadpool(_run, handler, request, form, admin)

    endpoint.__name__ = handler.__name__
    return endpoint


def _run(handler: Handler, request: Request, form: FormData | None, admin: bool) -> Response:
    config = config_for(request)
    token = request.cookies.get(SESSION_COOKIE)
    now = utcnow()
    with uow_factory_for(request)() as uow:
        found = resolve_session(uow, token, now=now, policy=config.session)
        if found is None or token is None:
            return unauthenticated(request)
        session, user = found
        if request.method == "POST" and not csrf_ok(request, form, token):
            return error_page(
                request,
                403,
                "This form has expired or did not come from this site. "
                "Go back, reload the page and try again.",
            )
        profile = current_profile(uow)
        uow.commit()  # last-seen time and, on first use, the seeded profile
        ctx = Ctx(
            request=request,
            uow=uow,
            user=user,
            session=session,
            viewer=viewer_for(user, profile),
            profile=profile,
            csrf=csrf_token_for(token),
            form=form,
            config=config,
            now=now,
        )
        if admin and not ctx.viewer.is_admin:
            return error_page(request, 403, "Only an admin can open this page.", ctx)
        try:
            return handler(ctx)
        except LeadNotFound:
            uow.rollback()
            return error_page(request, 404, "No such lead, or it is not one of yours.", ctx)
