"""Exports of one lead: a CSV row for spreadsheets, and JSON shaped for Clio.

The mapping functions are pure (a Lead or anything with its attributes in, plain
data out). `export_lead` is the use case: it checks visibility and writes the
audit entry, since an export takes PII out of the system.

Clio's API v4 needs two calls and account-specific ids, so the JSON carries the
two request bodies and a list of custom fields by name:
  1. POST /api/v4/contacts.json with `contact` (a Person);
  2. POST /api/v4/matters.json with `matter`, after setting
     matter.data.client.id to the new contact's id and turning each entry of
     `custom_fields` into {"custom_field": {"id": <your field's id>}, "value": ...}
     in matter.data.custom_field_values.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

from bot.intake.case_types import case_type_label
from bot.intake.lead_language import client_note, language_name
from bot.intake.lead_queue import Viewer, as_utc, days_left
from bot.intake.lead_status import CLOSED_STATUSES, RETAINED
from bot.intake.states import state_name
from bot.services.attorney_leads import visible_lead
from bot.services.lead_records import CASE_FIELDS, case_as_stored
from bot.store.models import Lead
from bot.store.unit_of_work import UnitOfWork

FORMATS = ("csv", "clio")
DEADLINE_CAUTION = (
    "Computed by software from what the visitor said; an attorney must verify the "
    "filing deadline (tolling, discovery and notice rules may change it)."
)

CSV_COLUMNS: tuple[str, ...] = (
    "lead_id",
    "created_at",
    "status",
    "priority",
    "qualification",
    "qualification_reasons",
    "refer_out",
    "assigned_attorney_id",
    "full_name",
    "phone",
    "email",
    "contact_consent",
    *CASE_FIELDS,
    "patient_died",
    "patient_minor",
    "has_lawyer",
    "deadline",
    "days_left",
    "limitation_open",
    "limitation_basis",
    "limitation_citation",
    "limitation_explanation",
    "limitation_flags",
    "deadline_caution",
    "review_flags",
    "language",
    "channel",
    "conversation_id",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> str:
    """Render one CSV cell so a spreadsheet shows it and never runs it.

    Visitor text starting with = + - @ would be a formula in Excel or Sheets
    (CSV injection); a leading apostrophe makes it text. E.164 phone numbers
    ("+1...", digits only) cannot carry a formula and are left as typed.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if text.startswith(_FORMULA_START) and not (text[0] == "+" and text[1:].isdigit()):
        return "'" + text
    return text


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    return value.isoformat()


def csv_record(lead: Any, today: date) -> dict[str, Any]:
    limitation = lead.limitation or {}
    return {
        "lead_id": lead.id,
        "created_at": _iso(lead.created_at),
        "status": lead.status,
        "priority": lead.priority,
        "qualification": lead.qualification,
        "tier": getattr(lead, "tier", None),
        "score": getattr(lead, "score", None),
        "qualification_reasons": "; ".join(lead.qualification_reasons or ()),
        "refer_out": lead.refer_out,
        "assigned_attorney_id": lead.assigned_attorney_id,
        "full_name": lead.full_name,
        "phone": lead.phone,
        "email": lead.email,
        "contact_consent": bool(lead.contact_consent),
        **case_as_stored(lead),
        "patient_died": bool(lead.patient_died),
        "patient_minor": bool(lead.patient_minor),
        "has_lawyer": lead.has_lawyer,
        "deadline": _iso(lead.deadline),
        "days_left": days_left(lead.deadline, today),
        "limitation_open": limitation.get("open"),
        "limitation_basis": limitation.get("basis"),
        "limitation_citation": limitation.get("citation"),
        "limitation_explanation": limitation.get("explanation"),
        "limitation_flags": ", ".join(limitation.get("flags") or ()),
        "deadline_caution": DEADLINE_CAUTION,
        "review_flags": ", ".join(lead.review_flags or ()),
        "language": language_name(getattr(lead, "language", None)),
        "channel": lead.channel,
        "conversation_id": lead.conversation_id,
    }


def to_csv(lead: Any, today: date) -> str:
    record = csv_record(lead, today)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow([spreadsheet_safe(record[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def split_name(full_name: str | None) -> tuple[str | None, str | None]:
    """First and last name for Clio's Person; the last word is the last name.

    Imperfect for some names ("Maria de la Cruz"), which is why the full name
    also goes into a custom field.
    """
    parts = (full_name or "").split()
    if not parts:
        return None, None
    if len(parts) == 1:
        return None, parts[0]
    return " ".join(parts[:-1]), parts[-1]


def clio_matter_status(status: str) -> str:
    """Clio matters are Pending, Open or Closed."""
    if status == RETAINED:
        return "Open"
    if status in CLOSED_STATUSES:
        return "Closed"
    return "Pending"


def clio_payload(lead: Any, today: date) -> dict[str, Any]:
    first, last = split_name(lead.full_name)
    person: dict[str, Any] = {"type": "Person"}
    if first:
        person["first_name"] = first
    person["last_name"] = last or f"Intake lead {lead.id[:8]}"
    if lead.email:
        person["email_addresses"] = [{"name": "Home", "address": lead.email, "default_email": True}]
    if lead.phone:
        person["phone_numbers"] = [{"name": "Mobile", "number": lead.phone, "default_number": True}]

    state = lead.incident_state
    where = state_name(state) if state else "state unknown"
    case = case_type_label(lead.case_type, missing="case type unclear")
    description = f"Medical malpractice intake: {case}, {where}"
    if note := client_note(getattr(lead, "language", None)):
        description += f"; {note}"
    if lead.provider:
        description += f"; provider: {lead.provider}"
    matter: dict[str, Any] = {
        "client": {"id": None},
        "description": description[:255],
        "status": clio_matter_status(lead.status),
        "client_reference": lead.id,
        "location": where,
        "pending_date": _iso(as_utc(lead.created_at).date()),
    }
    if lead.deadline:
        matter["statute_of_limitations"] = {"due_at": _iso(lead.deadline), "status": "Pending"}

    limitation = lead.limitation or {}
    fields: list[tuple[str, str, Any]] = [
        ("Intake lead id", "text_line", lead.id),
        ("Intake received", "date", _iso(as_utc(lead.created_at).date())),
        ("Full name as given", "text_line", lead.full_name),
        ("Contact consent", "checkbox", bool(lead.contact_consent)),
        ("Provider", "text_line", lead.provider),
        ("Incident description", "text_area", lead.incident_description),
        ("Injury", "text_area", lead.injury),
        ("Incident date", "text_line", lead.incident_date),
        ("Incident state", "text_line", state),
        ("Case type", "text_line", lead.case_type),
        ("Severity", "text_line", lead.severity),
        ("Patient died", "checkbox", bool(lead.patient_died)),
        ("Patient is a minor", "checkbox", bool(lead.patient_minor)),
        ("Qualification", "text_line", lead.qualification),
        ("Tier", "text_line", getattr(lead, "tier", None)),
        ("Score", "numeric", getattr(lead, "score", None)),
        ("Qualification reasons", "text_area", "\n".join(lead.qualification_reasons or ())),
        ("Priority", "text_line", lead.priority),
        ("Limitation deadline", "date", _iso(lead.deadline)),
        ("Limitation days left", "numeric", days_left(lead.deadline, today)),
        ("Limitation citation", "text_line", limitation.get("citation")),
        ("Limitation explanation", "text_area", limitation.get("explanation")),
        ("Limitation caution", "text_area", DEADLINE_CAUTION),
        ("Review flags", "text_line", ", ".join(lead.review_flags or ())),
        ("Intake language", "text_line", language_name(getattr(lead, "language", None))),
    ]
    return {
        "format": "clio-api-v4",
        "contact": {"data": person},
        "matter": {"data": matter},
        "custom_fields": [
            {"name": name, "field_type": kind, "value": value}
            for name, kind, value in fields
            if value is not None and value != ""
        ],
    }


def export_lead(
    uow: UnitOfWork, viewer: Viewer, lead_id: str, fmt: str, *, today: date
) -> tuple[Lead, str | dict[str, Any]]:
    """The export in `fmt` ("csv" or "clio"), audited and committed."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    lead = visible_lead(uow, viewer, lead_id)
    body: str | dict[str, Any] = to_csv(lead, today) if fmt == "csv" else clio_payload(lead, today)
    uow.audit.append(viewer.actor, "lead.exported", lead.id, {"format": fmt})
    uow.commit()
    return lead, body
