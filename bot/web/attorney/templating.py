"""Jinja2 for the attorney pages: autoescape on for every template, whatever its
extension, because nearly every value on these pages was typed by a visitor.
Nothing here marks visitor data safe."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from starlette.templating import Jinja2Templates

from bot.intake.case_types import case_type_label
from bot.intake.lead_language import client_note, language_name
from bot.intake.lead_queue import as_utc, describe_days_left
from bot.intake.lead_status import CLOSED_STATUSES, NEW, STATUS_LABELS
from bot.intake.states import state_name

TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)
templates = Jinja2Templates(env=_env)


def local_time(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    return as_utc(value).astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def case_label(value: str | None) -> str:
    return case_type_label(value, missing="unclear")


def state_label(code: str | None) -> str:
    if not code:
        return "unknown"
    name = state_name(code)
    return f"{name} ({code})" if name != code else code


def iso_date(value: date | None) -> str:
    return value.isoformat() if value else "unknown"


def epoch_time(value: Any, zone: ZoneInfo) -> str:
    """Transcript turns carry Rasa's float timestamps."""
    if isinstance(value, (int, float)):
        return local_time(datetime.fromtimestamp(value, tz=timezone.utc), zone)
    return ""


_env.filters.update(
    days_left=describe_days_left,
    status_label=lambda s: STATUS_LABELS.get(s, s),
    case_label=case_label,
    state_label=state_label,
    iso_date=iso_date,
    local_time=local_time,
    epoch_time=epoch_time,
    language_name=language_name,
    client_note=client_note,
)
# The lead page tells a closed or new lead apart by the one status list.
_env.globals.update(closed_statuses=CLOSED_STATUSES, new_status=NEW)
