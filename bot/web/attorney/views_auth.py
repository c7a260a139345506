"""Sign in, sign out, change password."""

from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services.attorney_accounts import (
    AccountError,
    end_session,
    resolve_session,
    set_password,
    start_session,
)
from bot.services.attorney_login import authenticate, check_current_password
from bot.web.attorney.auth import (
    MAX_FORM_PART,
    Ctx,
    config_for,
    error_page,
    render,
    uow_factory_for,
    utcnow,
)
from bot.web.attorney.security import (
    LOGIN_CSRF_COOKIE,
    PREFIX,
    SESSION_COOKIE,
    clear_session_cookie,
    login_csrf,
    login_csrf_ok,
    safe_next,
    set_login_csrf_cookie,
    set_session_cookie,
)


def _login_page(
    request: Request, *, error: str | None = None, status: int = 200, email: str = ""
) -> Response:
    token = login_csrf(request)
    notice = "You are signed out." if request.query_params.get("bye") else None
    response = render(
        request,
        "attorney/login.html",
        {
            "login_csrf": token,
            "next": safe_next(request.query_params.get("next")),
            "email": email,
            "error": error,
            "notice": notice,
        },
        status,
    )
    set_login_csrf_cookie(response, token, config_for(request))
    return response


async def login_form(request: Request) -> Response:
    return await run_in_threadpool(_login_get, request)


def _login_get(request: Request) -> Response:
    # Already signed in: straight to the queue.
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        with uow_factory_for(request)() as uow:
            if resolve_session(uow, token, now=utcnow(), policy=config_for(request).session):
                return RedirectResponse(safe_next(request.query_params.get("next")), 303)
    return _login_page(request)


async def login_submit(request: Request) -> Response:
    try:
        form = await request.form(max_files=0, max_fields=10, max_part_size=MAX_FORM_PART)
    except MultiPartException as exc:
        return error_page(request, 400, f"The form could not be read: {exc}")
    response, delay = await run_in_threadpool(_login_post, request, form)
    if delay:
        # The step-up for an account under attack from many addresses: waited here,
        # on the event loop, so a flood of slowed tries holds no worker thread.
        await asyncio.sleep(delay)
    return response


def _client_ip(request: Request) -> str:
    # uvicorn's proxy_headers (trusting only 127.0.0.1) already put the real
    # client address here when a local reverse proxy forwards it.
    return (request.client.host if request.client else "") or "unknown"


def _too_many(seconds: int | None) -> str:
    minutes = max(1, round((seconds or 60) / 60))
    return f"Too many attempts. Try again in about {minutes} minute{'s' if minutes != 1 else ''}."


def _login_post(request: Request, form: FormData) -> tuple[Response, float]:
    if not login_csrf_ok(request, form):
        return error_page(
            request,
            403,
            "The sign-in form expired or did not come from this site. Reload it and try again.",
        ), 0.0
    email = str(form.get("email") or "")[:254]
    password = str(form.get("password") or "")
    config = config_for(request)
    now = utcnow()
    with uow_factory_for(request)() as uow:
        result = authenticate(
            uow, email, password, ip=_client_ip(request), now=now, policy=config.throttle
        )
        if result.throttled:
            uow.commit()
            minutes = max(1, round((result.retry_after or 60) / 60))
            response = _login_page(
                request,
                error=f"Too many sign-in attempts. Try again in about {minutes} minute"
                f"{'s' if minutes != 1 else ''}.",
                status=429,
                email=email,
            )
            response.headers["Retry-After"] = str(result.retry_after)
            return response, 0.0
        if result.user is None:
            uow.commit()
            return _login_page(
                request, error="E-mail or password is incorrect.", status=401, email=email
            ), result.delay
        token = start_session(
            uow,
            result.user,
            now=now,
            policy=config.session,
            ip=_client_ip(request),
            user_agent=request.headers.get("user-agent"),
        )
        uow.commit()
    response = RedirectResponse(safe_next(str(form.get("next") or "")), status_code=303)
    set_session_cookie(response, token, config)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=f"{PREFIX}/login")
    return response, result.delay


def logout(ctx: Ctx) -> Response:
    end_session(ctx.uow, ctx.request.cookies.get(SESSION_COOKIE), now=ctx.now)
    ctx.uow.audit.append(ctx.viewer.actor, "auth.logout")
    ctx.uow.commit()
    response = RedirectResponse(f"{PREFIX}/login?bye=1", status_code=303)
    clear_session_cookie(response, ctx.config)
    return response


def account(ctx: Ctx) -> Response:
    if ctx.request.method == "GET":
        done = ctx.request.query_params.get("done") == "password"
        return ctx.render(
            "attorney/account.html", {"notice": "Your password is changed." if done else None}
        )
    current, new, again = ctx.field("current"), ctx.field("new"), ctx.field("again")
    error = None
    check = check_current_password(
        ctx.uow,
        ctx.user,
        current,
        ip=_client_ip(ctx.request),
        now=ctx.now,
        policy=ctx.config.throttle,
    )
    if check.throttled:
        ctx.uow.commit()  # the attempt counts stay; nothing else changed
        response = ctx.render("attorney/account.html", {"error": _too_many(check.retry_after)}, 429)
        response.headers["Retry-After"] = str(check.retry_after)
        return response
    if check.user is None:
        ctx.uow.commit()  # the failure is counted, like a failed sign-in
        return ctx.render(
            "attorney/account.html", {"error": "The current password is not right."}, 400
        )
    if new != again:
        error = "The two new passwords differ."
    else:
        try:
            set_password(
                ctx.uow,
                ctx.user,
                new,
                actor=ctx.viewer.actor,
                now=ctx.now,
                keep_session_id=ctx.session.id,
            )
        except AccountError as exc:
            error = str(exc)
    if error:
        ctx.uow.rollback()
        return ctx.render("attorney/account.html", {"error": error}, 400)
    ctx.uow.commit()
    return RedirectResponse(f"{PREFIX}/account?done=password", status_code=303)
