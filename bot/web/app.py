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

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.config import Settings, get_settings
from bot.web import attorney, lead_api

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
log = logging.getLogger("bot.web")


def rasa_url_for(request: Request, settings: Settings) -> str:
    """Where the browser reaches the Rasa server's web chat channel."""
    if settings.public_rasa_url:
        return settings.public_rasa_url
    host = request.url.hostname or "localhost"
    return f"{request.url.scheme}://{host}:{settings.rasa_port}"


def chat_page(request: Request) -> Response:
    settings = get_settings()
    return templates.TemplateResponse(
        request,
        "chat.html",
        {"rasa_url": rasa_url_for(request, settings), "firm_name": settings.firm_name},
    )


def widget_js(request: Request) -> Response:
    settings = get_settings()
    return templates.TemplateResponse(
        request,
        "widget.js",
        {
            "rasa_url": rasa_url_for(request, settings),
            "app_url": str(request.base_url).rstrip("/"),
            "firm_name": settings.firm_name,
        },
        media_type="application/javascript",
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
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ],
        middleware=[Middleware(attorney.AttorneySecurityHeaders)],
        lifespan=lifespan,
    )
