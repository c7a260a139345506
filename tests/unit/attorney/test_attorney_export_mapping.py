"""Clio and CSV mapping of one lead (pure)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest

from bot.services.attorney_export import (
    CSV_COLUMNS,
    DEADLINE_CAUTION,
    clio_matter_status,
    clio_payload,
    csv_record,
    split_name,
    spreadsheet_safe,
    to_csv,
)

TODAY = date(2026, 6, 1)


def lead(**overrides):
    base = dict(
        id="0123456789abcdef0123456789abcdef",
        conversation_id="web-1",
        channel="web",
        created_at=datetime(2026, 5, 20, 15, 30),  # naive, as SQLite returns it
        status="claimed",
        priority="urgent",
        qualification="qualified",
        qualification_reasons=["State NY is one the firm takes.", "Severity severe meets it."],
        refer_out=None,
        assigned_attorney_id="a-reyes",
        full_name="Maria del Carmen Lopez",
        phone="+12015550123",
        email="maria@example.com",
        contact_consent=True,
        provider="Dr. Patel, St. Mary's",
        incident_description="Sponge left after surgery",
        injury="second surgery",
        incident_date="2025-03",
        incident_date_precision="month",
        incident_state="NY",
        case_type="surgical",
        severity="severe",
        patient_died=False,
        patient_minor=True,
        has_lawyer=False,
        deadline=date(2026, 9, 1),
        limitation={
            "open": True,
            "basis": "2.5 years from the act",
            "citation": "N.Y. C.P.L.R. 214-a",
            "explanation": "Two and a half years.",
            "flags": ["minor"],
        },
        review_flags=["approximate_date"],
    )
    base.update(overrides)
    return SimpleNamespace(**base)


def test_clio_contact_is_a_person_with_default_email_and_phone() -> None:
    data = clio_payload(lead(), TODAY)
    person = data["contact"]["data"]
    assert person == {
        "type": "Person",
        "first_name": "Maria del Carmen",
        "last_name": "Lopez",
        "email_addresses": [
            {"name": "Home", "address": "maria@example.com", "default_email": True}
        ],
        "phone_numbers": [{"name": "Mobile", "number": "+12015550123", "default_number": True}],
    }


def test_clio_matter_carries_description_status_and_limitation_task() -> None:
    matter = clio_payload(lead(), TODAY)["matter"]["data"]
    assert matter["client"] == {"id": None}  # filled in after the contact is created
    assert matter["status"] == "Pending"
    assert matter["description"].startswith("Medical malpractice intake: surgical error, New York")
    assert matter["statute_of_limitations"] == {"due_at": "2026-09-01", "status": "Pending"}
    assert matter["client_reference"] == lead().id
    assert matter["pending_date"] == "2026-05-20"


def test_clio_custom_fields_are_named_and_typed() -> None:
    fields = {f["name"]: f for f in clio_payload(lead(), TODAY)["custom_fields"]}
    assert fields["Incident state"]["value"] == "NY"
    assert fields["Limitation deadline"] == {
        "name": "Limitation deadline",
        "field_type": "date",
        "value": "2026-09-01",
    }
    assert fields["Limitation days left"]["value"] == 92
    assert fields["Patient is a minor"] == {
        "name": "Patient is a minor",
        "field_type": "checkbox",
        "value": True,
    }
    assert fields["Limitation caution"]["value"] == DEADLINE_CAUTION
    assert "Qualification reasons" in fields


def test_clio_without_contact_details_or_name_or_deadline() -> None:
    data = clio_payload(
        lead(full_name=None, email=None, phone=None, deadline=None, limitation=None), TODAY
    )
    person = data["contact"]["data"]
    assert person == {"type": "Person", "last_name": "Intake lead 01234567"}
    assert "statute_of_limitations" not in data["matter"]["data"]
    names = {f["name"] for f in data["custom_fields"]}
    assert "Limitation deadline" not in names and "Full name as given" not in names


@pytest.mark.parametrize(
    ("status", "clio"),
    [
        ("new", "Pending"),
        ("contacted", "Pending"),
        ("retained", "Open"),
        ("declined", "Closed"),
        ("referred_out", "Closed"),
    ],
)
def test_clio_matter_status(status, clio) -> None:
    assert clio_matter_status(status) == clio


@pytest.mark.parametrize(
    ("full", "parts"),
    [("Cher", (None, "Cher")), ("  Alex   Moreno ", ("Alex", "Moreno")), ("", (None, None))],
)
def test_split_name(full, parts) -> None:
    assert split_name(full) == parts


def test_csv_has_a_header_and_one_row_with_every_column() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(lead(), TODAY))))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["full_name"] == "Maria del Carmen Lopez"
    assert row["phone"] == "+12015550123"  # E.164 is not a formula: left alone
    assert row["patient_minor"] == "yes"
    assert row["days_left"] == "92"
    assert row["qualification_reasons"].count(";") == 1
    assert row["created_at"] == "2026-05-20T15:30:00+00:00"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1+1", "'+1+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("+12015550123", "+12015550123"),
        ("plain text", "plain text"),
        (None, ""),
        (True, "yes"),
    ],
)
def test_spreadsheet_formulas_from_visitors_are_neutralised(value, cell) -> None:
    assert spreadsheet_safe(value) == cell


def test_visitor_formula_in_csv_export_is_text() -> None:
    text = to_csv(lead(incident_description="=cmd|' /C calc'!A0"), TODAY)
    row = dict(zip(*list(csv.reader(io.StringIO(text))), strict=True))
    assert row["incident_description"] == "'=cmd|' /C calc'!A0"


def test_csv_record_keeps_raw_values_for_json_like_use() -> None:
    record = csv_record(lead(created_at=datetime(2026, 5, 20, tzinfo=timezone.utc)), TODAY)
    assert record["limitation_citation"] == "N.Y. C.P.L.R. 214-a"
    assert record["deadline_caution"] == DEADLINE_CAUTION
