"""Cookies, CSRF checks, safe redirects and response headers for /attorney.

CSRF: a signed-in form carries HMAC(session token, "attorney-csrf"), which only
a page holding the HttpOnly session cookie's value can compute, i.e. one we
rendered. The sign-in form, before any session exists, uses a double-submit
cookie. Cookies are SameSite=Lax (links from e-mail notifications still open
the lead; cross-site POSTs carry no cookie) and scoped to /attorney, so the
public chat page never sees them.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Mapping

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.services.attorney_accounts import csrf_token_for
from bot.web.attorney.config import AttorneyWebConfig

PREFIX = "/attorney"
SESSION_COOKIE = "attorney_session"
LOGIN_CSRF_COOKIE = "attorney_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

_SAFE_NEXT = re.compile(r"^/attorney(?:/[A-Za-z0-9_\-./]*)?(?:\?[A-Za-z0-9_\-.=&%]*)?$")


def set_session_cookie(response: Response, token: str, config: AttorneyWebConfig) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(config.session.max_age.total_seconds()),
        path=PREFIX,
        secure=config.cookie_secure,
        httponly=True,
        samesite="lax",
    )


def clear_session_cookie(response: Response, config: AttorneyWebConfig) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path=PREFIX, secure=config.cookie_secure, httponly=True, samesite="lax"
    )


def login_csrf(request: Request) -> str:
    """The double-submit value for the sign-in form (reused while the cookie lives)."""
    current = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    return current if re.fullmatch(r"[A-Za-z0-9_\-]{32,64}", current) else secrets.token_urlsafe(32)


def set_login_csrf_cookie(response: Response, value: str, config: AttorneyWebConfig) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        value,
        max_age=3600,
        path=f"{PREFIX}/login",
        secure=config.cookie_secure,
        httponly=True,
        samesite="strict",
    )


def submitted_token(request: Request, form: Mapping[str, object] | None) -> str:
    value = (form or {}).get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
    return value if isinstance(value, str) else ""


def csrf_ok(request: Request, form: Mapping[str, object] | None, session_token: str) -> bool:
    sent = submitted_token(request, form)
    return bool(sent) and hmac.compare_digest(sent.encode(), csrf_token_for(session_token).encode())


def login_csrf_ok(request: Request, form: Mapping[str, object] | None) -> bool:
    sent = submitted_token(request, form)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    return bool(sent) and bool(cookie) and hmac.compare_digest(sent.encode(), cookie.encode())


def safe_next(value: str | None) -> str:
    """Only our own /attorney pages: never an open redirect."""
    if value and _SAFE_NEXT.match(value) and "//" not in value and ".." not in value:
        return value
    return PREFIX


def wants_json(request: Request) -> bool:
    if request.url.path.startswith(f"{PREFIX}/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    (
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    # Lead pages hold PII: keep them out of shared caches and the back-button cache.
    ("cache-control", "no-store"),
)


class AttorneySecurityHeaders:
    """Pure ASGI middleware adding SECURITY_HEADERS to every /attorney response
    (404s and errors included), leaving the chat page and widget untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
