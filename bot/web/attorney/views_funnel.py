"""The funnel page: counts over a chosen period, with an SVG chart."""

from __future__ import annotations

from datetime import date, timedelta

from starlette.responses import Response

from bot.services.attorney_funnel import describe_duration, funnel
from bot.services.speed_funnel import speed_figures
from bot.store.repositories_speed import SpeedRepository
from bot.web.attorney.auth import Ctx
from bot.web.attorney.chart import WIDTH, funnel_bars

DEFAULT_DAYS = 30


def _date(raw: str | None, default: date) -> date:
    try:
        return date.fromisoformat(raw) if raw else default
    except ValueError:
        return default


def funnel_page(ctx: Ctx) -> Response:
    params = ctx.request.query_params
    end = _date(params.get("end"), ctx.today)
    start = _date(params.get("start"), end - timedelta(days=DEFAULT_DAYS - 1))
    try:
        result = funnel(ctx.uow, start, end)
    except ValueError as exc:
        return ctx.render(
            "attorney/funnel.html",
            {
                "start": start,
                "end": end,
                "result": None,
                "bars": [],
                "height": 0,
                "width": WIDTH,
                "median": "",
                "error": str(exc),
            },
            400,
        )
    bars, height = funnel_bars(result.steps())
    speed = speed_figures(SpeedRepository(ctx.uow.session), start, end)  # issue 20
    return ctx.render(
        "attorney/funnel.html",
        {
            "start": start,
            "end": end,
            "result": result,
            "bars": bars,
            "height": height,
            "width": WIDTH,
            "median": describe_duration(result.median_seconds_to_claim),
            "speed": speed,
            "duration": describe_duration,
            "attorney_names": {a.id: a.name for a in ctx.profile.attorneys},
        },
    )
