"""How the attorney side names an intake's language, and the words typed beside the
values kept (pure: no database, no web)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from types import SimpleNamespace

import pytest

from bot.intake.lead_language import client_note, language_name, lead_language
from bot.intake.lead_queue import as_typed
from bot.notify import outbox
from bot.notify.settings import notify_settings_from_env
from bot.services.attorney_export import clio_payload, to_csv

SETTINGS = notify_settings_from_env(
    {
        "SMTP_HOST": "mail.example.test",
        "SMTP_FROM": "intake@example.test",
        # A long address on purpose: the text must still fit one SMS segment.
        "PUBLIC_APP_URL": "https://intake.some-long-firm-name-law-offices.example.test/",
    }
)


@pytest.mark.parametrize(
    ("answer", "stored"),
    [("es", "es"), ("en", "en"), (None, "en"), ("", "en"), ("fr", "en"), (1, "en")],
)
def test_the_lead_keeps_a_language_the_intake_speaks(answer: object, stored: str) -> None:
    assert lead_language(answer) == stored


def test_only_a_client_not_taken_in_english_gets_a_note() -> None:
    assert client_note("es") == "Spanish-speaking client"
    assert client_note("en") is None and client_note(None) is None
    assert language_name("es") == "Spanish" and language_name(None) == "English"


def answer(field: str, value: str | None, raw: str | None) -> SimpleNamespace:
    return SimpleNamespace(field=field, value=value, raw_text=raw)


def test_the_words_typed_are_kept_beside_a_value_that_differs() -> None:
    typed = as_typed(
        [
            answer("incident_state", "NY", "en Nueva York"),
            answer("incident_state", "NJ", "perdón, era en Nueva Jersey"),
            answer("incident_date", "2025-03-03", "el 3 de marzo del año pasado"),
            answer("provider", "Dr. Ruiz", "Dr. Ruiz"),  # kept as typed: nothing to add
            answer("has_lawyer", "False", "/deny"),  # a button, not typing
            answer("full_name", "Ana Soto", "me llamo Ana Soto"),
            answer("full_name", "Ana Soto", "ana soto"),  # typed again as kept
        ]
    )
    assert typed == {
        "incident_state": "perdón, era en Nueva Jersey",
        "incident_date": "el 3 de marzo del año pasado",
    }


@pytest.mark.parametrize("channel", ["email", "sms"])
def test_the_attorney_alert_says_spanish_speaking_client(channel: str) -> None:
    spanish = outbox.message_body(SETTINGS, channel, "es")
    english = outbox.message_body(SETTINGS, channel, "en")
    assert "Spanish-speaking client" in spanish
    assert "Spanish" not in english
    assert english == outbox.message_body(SETTINGS, channel)
    for body in (spanish, english):
        assert "https://intake.some-long-firm-name-law-offices.example.test/attorney" in body
    if channel == "sms":
        assert len(spanish) <= 160


def export_lead(language: str | None) -> SimpleNamespace:
    return SimpleNamespace(
        id="fedcba9876543210fedcba9876543210",
        conversation_id="sms-1",
        channel="twilio",
        created_at=datetime(2026, 4, 2, 9, 0),
        status="new",
        priority="normal",
        qualification="review",
        qualification_reasons=[],
        refer_out=None,
        assigned_attorney_id=None,
        full_name="Rosa Elena Garza",
        phone=None,
        email=None,
        contact_consent=False,
        provider=None,
        incident_description="Me operaron de la vesícula y quedé peor",
        injury=None,
        incident_date=None,
        incident_date_precision=None,
        incident_state="TX",
        case_type="surgical",
        severity=None,
        patient_died=False,
        patient_minor=False,
        has_lawyer=None,
        deadline=None,
        limitation=None,
        review_flags=[],
        language=language,
    )


def test_exports_name_the_intake_language() -> None:
    today = date(2026, 6, 1)
    row = next(csv.DictReader(io.StringIO(to_csv(export_lead("es"), today))))
    assert row["language"] == "Spanish"
    data = clio_payload(export_lead("es"), today)
    fields = {f["name"]: f["value"] for f in data["custom_fields"]}
    assert fields["Intake language"] == "Spanish"
    assert "Spanish-speaking client" in data["matter"]["data"]["description"]
    english = clio_payload(export_lead("en"), today)
    assert "Spanish" not in english["matter"]["data"]["description"]
    assert next(csv.DictReader(io.StringIO(to_csv(export_lead(None), today))))["language"] == (
        "English"
    )
