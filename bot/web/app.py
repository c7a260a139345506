"""The web app: chat page, embeddable widget, lead API, attorney queue (/attorney).

Starlette rather than another Sanic app: it is small, needs no pydantic
(Rasa pins an old one), and runs sync handlers (database calls) in a thread
pool so the event loop never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.config import Settings, get_settings
from bot.web import attorney, lead_api, records_pages, visitor_pages

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
log = logging.getLogger("bot.web")


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def known_hosts(settings: Settings) -> tuple[str, ...]:
    """Host names the web app may be reached by: ALLOWED_HOSTS, else the configured
    public URLs' hosts and this machine's own names."""
    if settings.allowed_hosts:
        return settings.allowed_hosts
    public = (urlsplit(u).hostname for u in (settings.public_web_url, settings.public_rasa_url))
    local = LOCAL_HOSTS if not settings.is_production else ("localhost", "127.0.0.1")
    return tuple(dict.fromkeys([*(h for h in public if h), settings.web_host, *local]))


def _page_host(request: Request, settings: Settings) -> str | None:
    """The request's host name if it is a known one; None for anything else.

    The Host header is the client's to choose: written into the page's script
    URLs (as before issue 15) it let a forged Host, or a poisoned cache, point
    visitors' answers at another server.
    """
    host = (request.url.hostname or "").lower()
    return host if host in known_hosts(settings) else None


def _default_host(settings: Settings, bound: str) -> str:
    return bound if bound not in ("", "0.0.0.0", "::") else "127.0.0.1"  # noqa: S104


def rasa_url_for(request: Request, settings: Settings) -> str:
    """Where the browser reaches the Rasa server's web chat channel: PUBLIC_RASA_URL,
    else the page's own (known) host on RASA_PORT."""
    if settings.public_rasa_url:
        return settings.public_rasa_url
    host = _page_host(request, settings) or _default_host(settings, settings.rasa_host)
    return f"{request.url.scheme}://{host}:{settings.rasa_port}"


def app_url_for(request: Request, settings: Settings) -> str:
    """Where the embedding page loads chat.js and chat.css from: PUBLIC_APP_URL, else the
    request's own address if its host is known."""
    if settings.public_web_url:
        return settings.public_web_url
    host = _page_host(request, settings)
    if host is None:
        fallback = _default_host(settings, settings.web_host)
        return f"{request.url.scheme}://{fallback}:{settings.web_port}"
    return f"{request.url.scheme}://{host}:{request.url.port or settings.web_port}"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def chat_page_headers(settings: Settings, rasa_url: str) -> dict[str, str]:
    """CSP for the chat page: our own scripts and styles, calls to the Rasa server only,
    framed only by this site and the firm's configured sites (CHAT_ALLOWED_ORIGINS)."""
    ancestors = " ".join(["'self'", *settings.chat_allowed_origins])
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src {_origin(rasa_url)}",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )
    return {
        "Content-Security-Policy": csp,
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }


def chat_page(request: Request) -> Response:
    settings = get_settings()
    rasa_url = rasa_url_for(request, settings)
    return templates.TemplateResponse(
        request,
        "chat.html",
        {"rasa_url": rasa_url, "firm_name": settings.firm_name},
        headers=chat_page_headers(settings, rasa_url),
    )


def widget_js(request: Request) -> Response:
    settings = get_settings()
    return templates.TemplateResponse(
        request,
        "widget.js",
        {
            "rasa_url": rasa_url_for(request, settings),
            "app_url": app_url_for(request, settings),
            "firm_name": settings.firm_name,
        },
        media_type="application/javascript",
        headers={"X-Content-Type-Options": "nosniff"},
    )


def health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def announce_when_ready(settings: Settings) -> None:
    """Print the URL to open once Rasa and the action server both answer."""
    rasa = f"http://{settings.rasa_host}:{settings.rasa_port}/webhooks/webchat/"
    actions = f"http://{settings.action_host}:{settings.action_port}/health"
    async with httpx.AsyncClient(timeout=2.0) as client:
        while True:
            with contextlib.suppress(httpx.HTTPError):
                r, a = await client.get(rasa), await client.get(actions)
                if r.status_code == 200 and r.json().get("ready") and a.status_code == 200:
                    url = f"http://{settings.web_host}:{settings.web_port}/"
                    print(f"\n  Intake assistant is ready: open {url}\n", flush=True)
                    return
            await asyncio.sleep(1.0)


def _enforced_hosts(settings: Settings) -> list[str]:
    if settings.allowed_hosts or settings.is_production:
        return list(known_hosts(settings))
    return ["*"]


def create_app(settings: Settings | None = None, announce: bool = False) -> Starlette:
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(announce_when_ready(settings)) if announce else None
        yield
        if task:
            task.cancel()

    return Starlette(
        routes=[
            Route("/", chat_page),
            Route("/widget.js", widget_js),
            Route("/healthz", health),
            Route("/api/leads", lead_api.list_leads),
            Route("/api/leads/{lead_id}", lead_api.get_lead),
            *attorney.routes(),
            *visitor_pages.routes(),  # reminder and booking links (issue 20)
            *records_pages.routes(),  # signing the medical-records authorization (issue 19)
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ],
        middleware=[
            # Any other Host is refused (400) when ALLOWED_HOSTS is set, and always in
            # production; elsewhere (development, tests) an unknown Host is only never
            # written into a page (known_hosts).
            Middleware(TrustedHostMiddleware, allowed_hosts=_enforced_hosts(settings)),
            Middleware(attorney.AttorneySecurityHeaders),
        ],
        lifespan=lifespan,
    )
