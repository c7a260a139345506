"""A lead taken in Spanish, on SQLite and PostgreSQL and over HTTP: its language is
stored, shown in the queue and on the lead page (with the words typed beside the
values kept), exported, given by the API and told in the attorney's alert."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timezone

from sqlalchemy import create_engine, inspect, text

from bot.intake.lead_queue import Viewer
from bot.notify import outbox
from bot.notify.settings import notify_settings_from_env
from bot.services import attorney_leads as leads
from bot.services.intake import INCOMPLETE, Submission, submit_lead
from bot.services.lead_records import lead_record
from bot.services.profile_store import current_profile
from bot.store import migrate
from bot.store.models import IntakeAnswer, Lead

ADMIN = Viewer(user_id="u-admin", name="Admin", role="admin")
ALERTS = notify_settings_from_env(
    {
        "PUBLIC_APP_URL": "https://intake.example-firm.test/",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_FROM": "intake@example-firm.test",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": "not-used",
        "NOTIFY_SMS_FROM": "+15550100100",
    }
)


def spanish_answers(**more: object) -> dict[str, object]:
    return {
        "incident_description": "Me dejaron una gasa adentro después de la cesárea",
        "provider": "Hospital San Rafael",
        "injury": "una infección y otra cirugía",
        "incident_date": "2025-11",
        "incident_state": "NJ",
        "full_name": "Lucía Ramírez",
        **more,
    }


# --- the store, on both databases ----------------------------------------------


def test_submit_keeps_the_language_the_intake_was_held_in(att_uow) -> None:
    spanish = submit_lead(att_uow, Submission("web-es-1", "web", spanish_answers(language="es")))
    unset = submit_lead(att_uow, Submission("web-en-1", "web", spanish_answers()))
    unknown = submit_lead(att_uow, Submission("web-xx-1", "web", spanish_answers(language="pt")))
    with att_uow() as uow:
        assert uow.leads.get(spanish.lead_id).language == "es"
        assert uow.leads.get(unset.lead_id).language == "en"
        assert uow.leads.get(unknown.lead_id).language == "en"
        assert lead_record(uow.leads.get(spanish.lead_id))["language"] == "es"
        rows = {r.id: r for r in leads.queue(uow, ADMIN, today=date.today(), scope="all")}
    assert rows[spanish.lead_id].language == "es" and rows[unset.lead_id].language == "en"


def test_a_lead_finished_later_takes_the_language_of_its_finished_intake(att_uow) -> None:
    """A visitor who left mid-intake in English and came back to finish in Spanish."""
    partial = spanish_answers(language="en", full_name=None, incident_state=None)
    first = submit_lead(
        att_uow, Submission("web-later-1", "web", partial, review_flags=(INCOMPLETE,))
    )
    with att_uow() as uow:
        assert uow.leads.get(first.lead_id).language == "en"
    submit_lead(att_uow, Submission("web-later-1", "web", spanish_answers(language="es")))
    with att_uow() as uow:
        assert uow.leads.get(first.lead_id).language == "es"


def test_the_attorney_alert_for_a_spanish_lead_says_so(att_uow) -> None:
    bodies = {}
    for language in ("es", "en"):
        with att_uow() as uow:
            lead = Lead(
                conversation_id=f"web-alert-{language}",
                channel="web",
                qualification="qualified",
                priority="urgent",
                assigned_attorney_id="a-reyes",
                incident_state="NY",
                language=language,
            )
            uow.leads.add(lead)
            queued = outbox.enqueue_for_lead(uow, lead, current_profile(uow), ALERTS)
            uow.commit()
            bodies[language] = {m.channel: m.body for m in queued}
    assert set(bodies["es"]) == {"email", "sms"}
    assert all("Spanish-speaking client" in body for body in bodies["es"].values())
    assert not any("Spanish" in body for body in bodies["en"].values())


def test_leads_from_before_the_migration_are_english(db_url: str) -> None:
    migrate.upgrade(db_url, "0007_conflicts_authorizations")
    engine = create_engine(db_url, future=True)
    now = datetime(2026, 1, 5, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(
            text(
                "insert into leads (id, conversation_id, channel, created_at, updated_at, status,"
                " contact_consent, patient_died, patient_minor, out_of_scope, priority) values"
                " ('old-lead', 'web-old', 'web', :now, :now, 'new', false, false, false, false,"
                " 'normal')"
            ),
            {"now": now},
        )
    migrate.upgrade(db_url, "heads")
    with engine.connect() as conn:
        assert conn.execute(text("select language from leads")).scalar_one() == "en"
    assert "sms_languages" in inspect(engine).get_table_names()
    migrate.downgrade(db_url, "0007_conflicts_authorizations")
    assert "sms_languages" not in inspect(engine).get_table_names()
    assert "language" not in {c["name"] for c in inspect(engine).get_columns("leads")}
    engine.dispose()


# --- over HTTP (SQLite) ------------------------------------------------------------


def spanish_lead_with_answers(seed) -> tuple[str, str]:
    """A Spanish lead and an English one, both in a-reyes's states; the Spanish one
    has its answers in the answer log, as typed."""
    conversation = "sms-es-http"
    spanish = seed.lead(
        conversation_id=conversation,
        channel="twilio",
        full_name="Lucía Ramírez",
        incident_state="NJ",
        incident_date="2025-03-03",
        incident_date_precision="day",
        language="es",
    )
    english = seed.lead(full_name="Pat English", language="en")
    with seed.factory() as uow:
        for field, value, raw in [
            ("incident_state", "NY", "en Nueva York"),
            ("incident_state", "NJ", "perdón, era en Nueva Jersey <b>ojo</b>"),
            ("incident_date", "2025-03-03", "el 3 de marzo del año pasado"),
            ("full_name", "Lucía Ramírez", "Lucía Ramírez"),
        ]:
            uow.session.add(
                IntakeAnswer(
                    conversation_id=conversation,
                    channel="twilio",
                    field=field,
                    value=value,
                    raw_text=raw,
                )
            )
        uow.commit()
    return spanish, english


def test_the_queue_marks_a_spanish_speaking_client(browser_for, seed) -> None:
    spanish, english = spanish_lead_with_answers(seed)
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    page = b.get("/attorney").text
    spanish_row = page.split(f'data-lead-id="{spanish}"')[1].split("</li>")[0]
    english_row = page.split(f'data-lead-id="{english}"')[1].split("</li>")[0]
    assert "ES · Spanish-speaking client" in spanish_row
    assert "Spanish" not in english_row
    api = {row["id"]: row for row in b.get("/attorney/api/queue").json()["leads"]}
    assert (api[spanish]["language"], api[english]["language"]) == ("es", "en")


def test_the_lead_page_shows_the_language_and_the_words_typed(browser_for, seed) -> None:
    spanish, english = spanish_lead_with_answers(seed)
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    page = b.get(f"/attorney/leads/{spanish}").text
    assert 'id="lead-language">Spanish-speaking client<' in page
    assert "Language of the intake</dt><dd" in page and "Spanish (Spanish-speaking client)" in page
    # The value kept and, beside it, what the client typed (escaped like all visitor text).
    when = page.split("<dt>When</dt>")[1].split("</dd>")[0]
    assert "2025-03-03" in when and "el 3 de marzo del año pasado" in when
    state = page.split("<dt>State</dt>")[1].split("</dd>")[0]
    assert "(NJ)" in state and "perdón, era en Nueva Jersey &lt;b&gt;ojo&lt;/b&gt;" in state
    assert "en Nueva York" not in state  # corrected: only the latest words
    name = page.split("<dt>Name</dt>")[1].split("</dd>")[0]
    assert "typed:" not in name  # typed as kept
    english_page = b.get(f"/attorney/leads/{english}").text
    assert 'id="lead-language"' not in english_page and "typed:" not in english_page
    assert b.get(f"/attorney/api/leads/{spanish}").json()["language"] == "es"


def test_exports_carry_the_intake_language(browser_for, seed) -> None:
    spanish, _ = spanish_lead_with_answers(seed)
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    [row] = csv.DictReader(io.StringIO(b.post(f"/attorney/leads/{spanish}/export/csv").text))
    assert row["language"] == "Spanish"
    clio = json.loads(b.post(f"/attorney/leads/{spanish}/export/clio").text)
    assert {"name": "Intake language", "field_type": "text_line", "value": "Spanish"} in clio[
        "custom_fields"
    ]
    assert "Spanish-speaking client" in clio["matter"]["data"]["description"]
