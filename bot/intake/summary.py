"""The read-back the visitor confirms before anything is submitted."""

from __future__ import annotations

from collections.abc import Mapping

from bot.intake.answers import UNKNOWN
from bot.intake.contact import format_phone
from bot.intake.dates import decode
from bot.intake.questions import LABELS
from bot.intake.states import state_name

MAX_SHOWN = 240


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1].rstrip() + "…"


def display_value(field: str, answers: Mapping[str, object]) -> str | None:
    value = answers.get(field)
    if value is None:
        return None
    if value == UNKNOWN:
        return "not sure"
    if field == "incident_date":
        return decode(str(value)).describe()
    if field == "incident_state":
        return state_name(str(value))
    if field == "contact":
        parts = []
        if answers.get("phone"):
            parts.append(format_phone(str(answers["phone"])))
        if answers.get("email"):
            parts.append(str(answers["email"]))
        return " / ".join(parts) or str(value)
    if field == "contact_consent":
        return "yes" if value else "no"
    return _shorten(str(value))


def render(answers: Mapping[str, object]) -> str:
    lines = ["Here's what I have so far:"]
    for field, label in LABELS.items():
        shown = display_value(field, answers)
        if shown is not None:
            lines.append(f"• {label}: {shown}")
    return "\n".join(lines)
