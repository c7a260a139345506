"""The page where a visitor reviews and signs the medical-records authorization:
/authorization/<lead id>/<token> (the link the intake sends; bot/services/authorizations.py).

The signed token in the address is the page's only key: it works for its own lead
and until it expires, and every form posts back to the same address. Nothing needs
a script: the document is shown as text on the page and as the PDF itself, and the
signer types their name and ticks the consent to sign electronically. One script
of our own (static/records-sign.js; no inline script) adds an optional drawn
signature. The page's hash of the document is posted back, so a document changed
in between is never signed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Concatenate, ParamSpec

from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from bot.intake.records_authorization import sections
from bot.services import authorizations as svc
from bot.services.profile_store import current_profile
from bot.store.models_authorizations import RecordsAuthorization
from bot.store.unit_of_work import UnitOfWork

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    # The address holds the signing token: never sent on to another site.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex, nofollow",
}
MAX_FORM = 400 * 1024  # a drawn signature may come as a data: URL
P = ParamSpec("P")


def _now(request: Request) -> datetime:
    clock: Callable[[], datetime] | None = getattr(request.app.state, "clock", None)
    return clock() if clock else datetime.now(timezone.utc)


def _uow(request: Request) -> UnitOfWork:
    factory = getattr(request.app.state, "attorney_uow_factory", None) or UnitOfWork
    return factory()


def _client(request: Request) -> tuple[str | None, str | None]:
    host = request.client.host if request.client else None
    return host, request.headers.get("user-agent")


def _page(request: Request, context: dict[str, Any], status: int = 200) -> Response:
    return templates.TemplateResponse(
        request, "records_authorization.html", context, status_code=status, headers=HEADERS
    )


def _refused(request: Request, message: str) -> Response:
    return _page(request, {"refused": message}, 410 if "expired" in message else 404)


def _address(request: Request) -> str:
    p = request.path_params
    return f"{svc.PATH}/{p['lead_id']}/{p['token']}"


def _show(
    request: Request,
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    *,
    error: str | None = None,
    status: int = 200,
    typed: str = "",
) -> Response:
    form = svc.form_of(authorization)
    return _page(
        request,
        {
            "authorization": authorization,
            "form": form,
            "sections": sections(form),
            "address": _address(request),
            "firm_name": current_profile(uow).firm_name,
            "error": error,
            "typed": typed,
            "needs_patient": not form.patient_name and authorization.status == "unsigned",
        },
        status,
    )


def _behind_link(
    page: Callable[Concatenate[Request, UnitOfWork, RecordsAuthorization, P], Response],
) -> Callable[Concatenate[Request, P], Response]:
    """A page of the address's authorization, in a unit of work of its own; the refusal
    page instead when the link is not (or no longer) good for it."""

    @functools.wraps(page)
    def opened(request: Request, *args: P.args, **kwargs: P.kwargs) -> Response:
        p = request.path_params
        with _uow(request) as uow:
            try:
                authorization = svc.open_by_link(uow, p["lead_id"], p["token"], now=_now(request))
            except svc.LinkRefused as exc:
                return _refused(request, str(exc))
            if svc.draw_document(uow, authorization):  # the intake stored it undrawn
                uow.commit()
            return page(request, uow, authorization, *args, **kwargs)

    return opened


@_behind_link
def _review(request: Request, uow: UnitOfWork, authorization: RecordsAuthorization) -> Response:
    ip, agent = _client(request)
    svc.record_view(uow, authorization, "viewed", client_ip=ip, user_agent=agent)
    return _show(request, uow, authorization)


@_behind_link
def _document(request: Request, uow: UnitOfWork, authorization: RecordsAuthorization) -> Response:
    data, filename = svc.document(authorization)
    ip, agent = _client(request)
    svc.record_view(
        uow,
        authorization,
        "document_opened",
        client_ip=ip,
        user_agent=agent,
        signed=authorization.signed_document is not None,
    )
    headers = {**HEADERS, "Content-Disposition": f'inline; filename="{filename}"'}
    return Response(data, media_type="application/pdf", headers=headers)


@_behind_link
def _post(
    request: Request,
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    fields: dict[str, str],
) -> Response:
    ip, agent = _client(request)
    try:
        if fields.get("step") == "patient":
            svc.complete_patient(
                uow,
                authorization,
                patient_name=fields.get("patient_name", ""),
                patient_birth_date=fields.get("patient_birth_date", ""),
                client_ip=ip,
                user_agent=agent,
            )
        else:
            svc.sign(
                uow,
                authorization,
                typed_name=fields.get("typed_name", ""),
                consent=fields.get("esign_consent") == "yes",
                reviewed_sha256=fields.get("document_sha256", ""),
                drawn_signature=fields.get("drawn_signature") or None,
                client_ip=ip,
                user_agent=agent,
                now=_now(request),
            )
    except svc.AuthorizationError as exc:
        uow.rollback()
        return _show(
            request,
            uow,
            authorization,
            error=str(exc),
            status=400,
            typed=fields.get("typed_name", ""),
        )
    return RedirectResponse(_address(request), status_code=303, headers=HEADERS)


async def review(request: Request) -> Response:
    return await run_in_threadpool(_review, request)


async def document(request: Request) -> Response:
    return await run_in_threadpool(_document, request)


async def submit(request: Request) -> Response:
    try:
        form = await request.form(max_files=0, max_fields=20, max_part_size=MAX_FORM)
    except MultiPartException:
        return Response("The form could not be read.", status_code=400, headers=HEADERS)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    return await run_in_threadpool(_post, request, fields)


def routes() -> list[BaseRoute]:
    base = svc.PATH + "/{lead_id}/{token}"
    return [
        Route(base, review, methods=["GET"], name="records_authorization"),
        Route(base, submit, methods=["POST"]),
        Route(base + "/document.pdf", document, methods=["GET"]),
    ]
