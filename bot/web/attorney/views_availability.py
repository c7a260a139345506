"""The attorney's consultation hours: weekly windows, blackout days, booked calls and
each call's calendar file (.ics)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from starlette.responses import RedirectResponse, Response

from bot.intake.booking_policy import WEEKDAYS, describe_slot
from bot.intake.lead_queue import as_utc
from bot.services import booking as svc
from bot.services.speed_settings import get_speed_settings
from bot.web.attorney.auth import Ctx, error_page
from bot.web.attorney.security import PREFIX

PAGE = f"{PREFIX}/availability"


def _attorney(ctx: Ctx) -> str | None:
    return ctx.viewer.attorney_id


def _page(ctx: Ctx, error: str | None = None, status: int = 200) -> Response:
    attorney_id = _attorney(ctx)
    if attorney_id is None:
        return error_page(
            ctx.request, 403, "Your account is not linked to an attorney of the firm.", ctx
        )
    speed = ctx.uow.speed
    windows, blackouts = svc.availability(speed, attorney_id, ctx.today)
    zone = get_speed_settings().attorney_zone
    bookings = [
        (b.id, describe_slot(as_utc(b.starts_at), zone), b.lead_id)
        for b in speed.bookings_for(attorney_id, ctx.now - timedelta(hours=1))
    ]
    return ctx.render(
        "attorney/availability.html",
        {
            "windows": windows,
            "blackouts": blackouts,
            "bookings": bookings,
            "weekdays": list(enumerate(WEEKDAYS)),
            "zone": zone,
            "error": error,
        },
        status,
    )


def availability_page(ctx: Ctx) -> Response:
    return _page(ctx)


def _back() -> Response:
    return RedirectResponse(PAGE, status_code=303)


def add_window(ctx: Ctx) -> Response:
    attorney_id = _attorney(ctx)
    if attorney_id is None:
        return _page(ctx)
    try:
        weekday = int(ctx.field("weekday"))
        start, end = time.fromisoformat(ctx.field("start")), time.fromisoformat(ctx.field("end"))
        svc.add_window(
            ctx.uow.speed,
            ctx.uow.audit,
            attorney_id,
            weekday,
            start,
            end,
            get_speed_settings().attorney_zone,
        )
    except ValueError:
        ctx.uow.rollback()
        return _page(ctx, "Give a day, and a start time before the end time (HH:MM).", 400)
    ctx.uow.commit()
    return _back()


def _remove(ctx: Ctx, kind: str, remove: Callable[[str, int], bool]) -> Response:
    """Remove one of the attorney's own windows or blackout days (the `<kind>_id` in the
    address); audited when there was one to remove."""
    attorney_id = _attorney(ctx)
    if attorney_id is None:
        return _page(ctx)
    raw = ctx.request.path_params.get(f"{kind}_id", "")
    if raw.isdigit() and remove(attorney_id, int(raw)):
        ctx.uow.audit.append(attorney_id, f"availability.{kind}_removed")
        ctx.uow.commit()
    return _back()


def delete_window(ctx: Ctx) -> Response:
    return _remove(ctx, "window", ctx.uow.speed.delete_window)


def add_blackout(ctx: Ctx) -> Response:
    attorney_id = _attorney(ctx)
    if attorney_id is None:
        return _page(ctx)
    try:
        day = date.fromisoformat(ctx.field("day"))
    except ValueError:
        return _page(ctx, "Give the day as a date.", 400)
    if day < ctx.today:
        return _page(ctx, "That day is in the past.", 400)
    ctx.uow.speed.add_blackout(attorney_id, day)
    ctx.uow.audit.append(attorney_id, "availability.blackout_added")
    ctx.uow.commit()
    return _back()


def delete_blackout(ctx: Ctx) -> Response:
    return _remove(ctx, "blackout", ctx.uow.speed.delete_blackout)


def booking_ics(ctx: Ctx) -> Response:
    """The call's calendar file, for its attorney (or an admin)."""
    booking = ctx.uow.speed.booking(ctx.request.path_params["booking_id"])
    if booking is None or not (
        ctx.viewer.is_admin or booking.attorney_id == ctx.viewer.attorney_id
    ):
        return error_page(ctx.request, 404, "No such booking, or it is not yours.", ctx)
    base = str(ctx.request.base_url).rstrip("/")
    body = svc.invitation_ics(
        booking, f"{base}{PREFIX}/leads/{booking.lead_id}", ctx.profile.firm_name
    )
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="consultation-{booking.id}.ics"'},
    )
