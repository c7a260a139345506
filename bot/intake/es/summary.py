"""The read-back in Spanish: the same fields, order and SMS privacy as bot/intake/summary.py,
with the labels and words of config/locales/es.yml and dates and states said in Spanish."""

from __future__ import annotations

from collections.abc import Mapping

from bot.intake import summary as english
from bot.intake.es import dates, places, texts
from bot.intake.patient import RELATIONSHIPS
from bot.intake.questions import LABELS
from bot.intake.slot_names import UNKNOWN
from bot.law.model import DateSpec


def _patient(answers: Mapping[str, object], words: Mapping[str, str]) -> str | None:
    if answers.get("patient_is_self") is True:
        return words["you"]
    relation = answers.get("patient_relationship")
    if answers.get("patient_is_self") is False or relation:
        noun = texts.relationship(relation)
        if noun and (relation in RELATIONSHIPS or relation == "caregiver_professional"):
            who = f"{words['your']} {noun}"
        else:
            who = noun or str(relation or words["someone_else"])
        return f"{who} ({words['passed_away']})" if answers.get("patient_died") else who
    return None


def display_value(field: str, answers: Mapping[str, object]) -> str | None:
    words = texts.summary()["values"]
    if field == "patient":
        return _patient(answers, words)
    value = answers.get(field)
    if value is None:
        return None
    if value == UNKNOWN:
        return english.unknown_shown(field, answers, words["not_sure"])
    if field in {"incident_date", "death_date", "discovery_date"}:
        return dates.describe(DateSpec.from_slot(str(value)))
    if field == "incident_state":
        return places.state_name(str(value))
    if field == "provider_government":
        return words.get(str(value), str(value))
    if field == "contact":
        return english.contact_shown(answers, value)
    if field in {"contact_consent", "has_lawyer"}:
        return words["yes"] if value else words["no"]
    return english.display_value(field, answers)  # free text is shown as typed


def render(answers: Mapping[str, object], channel: str = "web") -> str:
    """ "Esto es lo que tengo hasta ahora:" and one line per answer; over SMS only the
    fields safe to text (summary.SMS_SAFE)."""
    text = texts.summary()
    private = channel in english.SMS_CHANNELS
    lines = [text["header"]]
    for field in LABELS:
        label = text["labels"][field]
        if private and field not in english.SMS_SAFE:
            continue
        shown = display_value(field, answers)
        if shown is not None:
            lines.append(f"• {label}: {shown}")
    if private:
        lines.append(str(text["sms_privacy_note"]).strip())
    return "\n".join(lines)
