"""The read-back the visitor confirms before anything is submitted.

Over SMS nothing medical is sent back (story, injury, provider, the patient's
death or age): texts can be read by others on a lock screen or a shared phone.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.intake.after_incident import after_incident
from bot.intake.contact import format_phone
from bot.intake.dates import describe
from bot.intake.patient import RELATIONSHIPS
from bot.intake.questions import LABELS
from bot.intake.slot_names import UNKNOWN
from bot.intake.states import state_name
from bot.law.model import DateSpec

MAX_SHOWN = 240
SMS_CHANNELS = frozenset({"twilio", "sms"})
SMS_SAFE = frozenset({"incident_date", "incident_state", "full_name", "contact", "has_lawyer"})
# "Found out" says something medical happened later; like the story, not texted back.


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1].rstrip() + "…"


def _yes_no(value: object) -> str:
    return "yes" if value else "no"


def _patient(answers: Mapping[str, object]) -> str | None:
    if answers.get("patient_is_self") is True:
        return "you"
    relation = answers.get("patient_relationship")
    if answers.get("patient_is_self") is False or relation:
        who = f"your {relation}" if relation in RELATIONSHIPS else str(relation or "someone else")
        return f"{who} (passed away)" if answers.get("patient_died") else who
    return None


_GOVERNMENT = {
    "federal": "yes (VA, military or federally funded)",
    "state": "yes (run by the state)",
    "local": "yes (run by a county or city)",
    "public": "yes",
}


def unknown_shown(field: str, answers: Mapping[str, object], not_sure: str) -> str | None:
    """What an unknown answer reads back as: no line for a name not given (declined, or
    no name in the reply), a death date told relative to the incident in the visitor's
    own words until it can be placed, else "not sure"."""
    if field == "full_name":
        return None
    said = answers.get("death_date_text")
    if field == "death_date" and isinstance(said, str) and after_incident(said):
        return f'"{_shorten(said)}"'
    return not_sure


def display_value(field: str, answers: Mapping[str, object]) -> str | None:
    if field == "patient":
        return _patient(answers)
    value = answers.get(field)
    if value is None:
        return None
    if field == "provider_government":  # an ordinary private provider needs no line
        return _GOVERNMENT.get(str(value), "not sure" if value == UNKNOWN else None)
    if value == UNKNOWN:
        return unknown_shown(field, answers, "not sure")
    if field in {"incident_date", "death_date", "discovery_date"}:
        return describe(DateSpec.from_slot(str(value)))
    if field == "incident_state":
        return state_name(str(value))
    if field == "contact":
        return contact_shown(answers, value)
    if field in {"contact_consent", "has_lawyer"}:
        return _yes_no(value)
    return _shorten(str(value))


def contact_shown(answers: Mapping[str, object], value: object) -> str:
    """The phone and e-mail given, as read back in either language ("(555) 010-1234 /
    a@b.com"); the raw answer when neither was kept."""
    parts = []
    if answers.get("phone"):
        parts.append(format_phone(str(answers["phone"])))
    if answers.get("email"):
        parts.append(str(answers["email"]))
    return " / ".join(parts) or str(value)


def render(answers: Mapping[str, object], channel: str = "web") -> str:
    private = channel in SMS_CHANNELS
    lines = ["Here's what I have so far:"]
    for field, label in LABELS.items():
        if private and field not in SMS_SAFE:
            continue
        shown = display_value(field, answers)
        if shown is not None:
            lines.append(f"• {label}: {shown}")
    if private:
        lines.append("(Details about the care itself are not repeated by text, for your privacy.)")
    return "\n".join(lines)
