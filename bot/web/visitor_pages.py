"""Pages a visitor reaches from a message: the link back to an unfinished chat
(/resume/<token>) and the booking page of a qualified lead (/book/<token>).

Both tokens are signed and expire (bot/services/links.py). The resume page never
puts a chat token in a URL a server sees: it redirects to the chat page with the
fresh token in the fragment (#resume=...), which browsers do not send anywhere;
chat.js stores it and removes it from the address bar. No scripts on the booking
page; its form posts back to the same signed address, which is its only key.

Both pages speak the language the intake was held in (the lead's `language`), with
their words in bot/web/visitor_texts.py; the times come in it from the booking
service. An expired link still names a lead or conversation under a valid signature,
so its page can be in the visitor's language too; a forged one gets English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from bot.config import get_settings
from bot.intake.booking_policy import parse_slot_key
from bot.notify.settings import get_notify_settings
from bot.services import booking as svc
from bot.services.links import (
    SLOT_PARAM,
    conversation_for_resume,
    lead_for_booking,
    webchat_session_token,
)
from bot.services.profile_store import current_profile
from bot.services.speed_settings import get_speed_settings
from bot.store.unit_of_work import UnitOfWork
from bot.web.visitor_texts import texts_for

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


# How old a signed link may be when it is read only to choose the expired page's
# language: any age. It never opens the chat or the booking page.
ANY_AGE = 100 * 365 * 24 * 3600


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _clock(request: Request) -> Callable[[], datetime]:
    """Tests set app.state.clock to move time; everyone else gets the real one."""
    return getattr(request.app.state, "clock", None) or utcnow


def _uow_factory(request: Request) -> Callable[[], UnitOfWork]:
    return getattr(request.app.state, "speed_uow_factory", None) or UnitOfWork


def _page(request: Request, name: str, context: dict, status: int = 200) -> Response:
    base = {"firm_name": get_settings().firm_name}
    return templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status, headers=HEADERS
    )


def _expired(request: Request, what: str, status: int, language: str | None) -> Response:
    return _page(request, "link_expired.html", {"what": what, "words": texts_for(language)}, status)


def _language_of(
    request: Request, lead_id: str | None = None, conversation: str | None = None
) -> str | None:
    """The language of the lead a link names (by id or by its conversation), for a page
    that cannot show the lead; None if there is none or the database does not answer
    (the page is then in English rather than an error)."""
    if lead_id is None and conversation is None:
        return None
    try:
        with _uow_factory(request)() as uow:
            if lead_id is not None:
                lead = uow.leads.get(lead_id)
            else:
                lead = uow.leads.for_conversation(conversation)
            return lead.language if lead is not None else None
    except SQLAlchemyError:
        return None


def resume(request: Request) -> Response:
    """Back to the same web conversation, from a reminder's link."""
    max_age = get_speed_settings().resume_link_max_age
    token, now = request.path_params["token"], _clock(request)()
    conversation = conversation_for_resume(token, max_age, now)
    if conversation is None:
        named = conversation_for_resume(token, ANY_AGE, now)
        return _expired(request, "chat", 410, _language_of(request, conversation=named))
    token = webchat_session_token(conversation)
    response = RedirectResponse(f"/#resume={token}", status_code=303)
    for name, value in HEADERS.items():
        response.headers[name] = value
    return response


def _booking_page(request: Request, form: dict[str, str] | None) -> Response:
    settings = get_speed_settings()
    now = _clock(request)()
    token = request.path_params["token"]
    lead_id = lead_for_booking(token, settings.booking_link_max_age, now)
    if lead_id is None:
        named = lead_for_booking(token, ANY_AGE, now)
        return _expired(request, "booking", 410, _language_of(request, lead_id=named))
    factory = _uow_factory(request)
    error = None
    status = 200
    try:
        if form is not None:
            try:
                chosen = datetime.fromisoformat(form.get("slot", ""))
            except ValueError:
                error, status = "choose", 400
            else:
                with factory() as uow:
                    firm = current_profile(uow).firm_name
                try:
                    svc.book(factory, lead_id, chosen, now, settings, get_notify_settings(), firm)
                except svc.SlotTaken:
                    error, status = "taken", 409
        offer = svc.offer(factory, lead_id, now, settings)
    except svc.NotBookable:
        return _expired(request, "booking", 404, _language_of(request, lead_id=lead_id))
    chosen_slot = _preselected(request, offer) if form is None else None
    asked = form is None and SLOT_PARAM in request.query_params
    if asked and chosen_slot is None and offer.booked is None:
        error = "gone"
    words = texts_for(offer.language)
    return _page(
        request,
        "booking.html",
        {
            "offer": offer,
            "error": words[error] if error else None,
            "action": request.url.path,
            "chosen": chosen_slot,
            "words": words,
        },
        status,
    )


def _preselected(request: Request, offer: svc.Offer) -> svc.Slot | None:
    """The time a link from the intake chose (?slot=<key>), if it is still offered. Only
    chosen on the page: the visitor's button books it, never the link (previews and
    mail scanners open links)."""
    wanted = parse_slot_key(request.query_params.get(SLOT_PARAM))
    return next((s for s in offer.slots if s.starts_at == wanted), None)


async def booking(request: Request) -> Response:
    form = None
    if request.method == "POST":
        data = await request.form(max_files=0, max_fields=5)
        form = {k: v for k, v in data.items() if isinstance(v, str)}
    return await run_in_threadpool(_booking_page, request, form)


def routes() -> list[BaseRoute]:
    return [
        Route("/resume/{token}", resume, name="resume_chat"),
        Route("/book/{token}", booking, methods=["GET", "POST"], name="book_call"),
    ]
