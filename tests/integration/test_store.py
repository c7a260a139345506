"""Storage on SQLite and PostgreSQL: migrations, encryption at rest, one unit of work."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from support.sql_sent import selects_from, sql_sent

from bot.intake.profile import load_profile
from bot.services import intake as service
from bot.store import migrate

PROFILE = load_profile(Path(__file__).resolve().parents[2] / "config" / "firm_profile.yml")
PHONE = "+12015550123"
EMAIL = "maria.lopez@example.com"
STORY = "The surgeon left a sponge inside my abdomen after the operation"
ANSWERS = {
    "incident_description": STORY,
    "provider": "Dr. Patel at St. Mary's Hospital",
    "injury": "I needed a second surgery and had a severe infection",
    "incident_date": "2025-03",
    "incident_state": "NJ",
    "full_name": "Maria Lopez",
    "contact_consent": True,
    "contact": PHONE,
    "phone": PHONE,
    "email": EMAIL,
}


def submission(conversation_id: str = "web-abc", **extra: object) -> service.Submission:
    return service.Submission(
        conversation_id=conversation_id,
        channel="webchat",
        answers={**ANSWERS, **extra},
        transcript=(service.Turn("visitor", STORY), service.Turn("assistant", "Thank you.")),
    )


def test_migrations_go_up_down_and_up_again(db_url: str) -> None:
    migrate.upgrade(db_url)
    engine = create_engine(db_url, future=True)
    assert {"leads", "intake_answers", "lead_transcripts", "audit_log"} <= set(
        inspect(engine).get_table_names()
    )
    migrate.downgrade(db_url, "base")
    assert "leads" not in inspect(engine).get_table_names()
    migrate.upgrade(db_url)
    assert "leads" in inspect(engine).get_table_names()
    engine.dispose()


def test_submit_stores_lead_transcript_and_audit_in_one_go(uow_factory) -> None:
    result = service.submit_lead(uow_factory, submission(), PROFILE, date(2026, 11, 22))
    assert result.created
    with uow_factory() as uow:
        lead = uow.leads.get(result.lead_id)
        assert lead is not None
        assert (lead.full_name, lead.phone, lead.email) == ("Maria Lopez", PHONE, EMAIL)
        assert lead.incident_state == "NJ" and lead.incident_date == "2025-03"
        assert lead.limitation and lead.limitation["deadline"] == lead.deadline.isoformat()
        assert lead.qualification in {"qualified", "review", "not_qualified"}
        assert lead.qualification_reasons
        assert json.loads(lead.transcript.turns)[0]["text"] == STORY
        entries = uow.audit.entries(lead_id=lead.id)
        # Created, then checked against the firm's conflict list (issue 19).
        assert sorted(e.action for e in entries) == ["lead.conflict_checked", "lead.created"]
        assert [x.id for x in uow.leads.by_phone(PHONE)] == [lead.id]


def test_a_new_lead_and_its_transcript_are_stored_without_reading_back(uow_factory) -> None:
    """No SELECT for an earlier transcript or conflict check of a lead that is new."""
    with sql_sent() as sent:
        result = service.submit_lead(uow_factory, submission("web-new-1"), PROFILE)
    assert selects_from(sent, "lead_transcripts") == []
    assert selects_from(sent, "lead_conflict_checks") == []
    with uow_factory() as uow:
        lead = uow.leads.get(result.lead_id)
        assert [t["text"] for t in json.loads(lead.transcript.turns)] == [STORY, "Thank you."]
        assert uow.conflicts.check_for(lead.id).provider_text == ANSWERS["provider"]


@pytest.mark.parametrize(
    ("said", "precision"),
    [
        ("2025-01-15", "day"),
        ("2024-11", "month"),
        ("2023", "year"),
        ("2024-06-01..2024-08-31", "range"),
        ("unknown", None),
    ],
)
def test_the_lead_keeps_the_precision_its_date_answer_carries(
    uow_factory, said: str, precision: str | None
) -> None:
    # No precision slot: the column is read from the date's own text when stored.
    result = service.submit_lead(
        uow_factory, submission(incident_date=said), PROFILE, date(2026, 11, 22)
    )
    with uow_factory() as uow:
        assert uow.leads.get(result.lead_id).incident_date_precision == precision


def test_answers_from_before_the_one_date_type_still_store_their_precision(uow_factory) -> None:
    # A conversation that began earlier still has the old precision slot; the date wins.
    old = submission(incident_date="2025-02", incident_date_precision="day")
    result = service.submit_lead(uow_factory, old, PROFILE, date(2026, 11, 22))
    with uow_factory() as uow:
        lead = uow.leads.get(result.lead_id)
        assert (lead.incident_date, lead.incident_date_precision) == ("2025-02", "month")


def test_submitting_twice_from_one_conversation_creates_one_lead(uow_factory) -> None:
    first = service.submit_lead(uow_factory, submission(), PROFILE, date(2026, 11, 22))
    second = service.submit_lead(uow_factory, submission(), PROFILE, date(2026, 11, 22))
    assert (first.created, second.created) == (True, False)
    assert first.lead_id == second.lead_id
    with uow_factory() as uow:
        assert uow.leads.count() == 1


def test_a_failure_midway_leaves_nothing_written(uow_factory, monkeypatch) -> None:
    from bot.store.repositories import AuditLog

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(AuditLog, "append", explode)
    with pytest.raises(RuntimeError):
        service.submit_lead(uow_factory, submission(), PROFILE, date(2026, 11, 22))
    with uow_factory() as uow:
        assert uow.leads.count() == 0
        assert uow.session.execute(text("select count(*) from lead_transcripts")).scalar() == 0


def test_no_contact_details_kept_without_consent(uow_factory) -> None:
    result = service.submit_lead(
        uow_factory, submission(contact_consent=False), PROFILE, date(2026, 11, 22)
    )
    with uow_factory() as uow:
        lead = uow.leads.get(result.lead_id)
        assert (lead.phone, lead.email, lead.contact_consent) == (None, None, False)


def test_each_answer_is_kept_as_given(uow_factory) -> None:
    service.record_answer(uow_factory, "web-1", "webchat", {"incident_state": "NY"}, "new york")
    service.record_answer(uow_factory, "web-1", "webchat", {"incident_state": "NJ"}, "jersey")
    with uow_factory() as uow:
        assert uow.answers.latest("web-1") == {"incident_state": "NJ"}


def test_the_latest_answers_decrypt_the_values_only(uow_factory, monkeypatch) -> None:
    """The newest value of each field, None kept as None; the raw texts (not used by
    the readers of the latest answers) are not decrypted for them."""
    from bot.store import crypto

    said = [
        ({"incident_state": "NY", "injury": "a broken hip"}, "new york, broke my hip"),
        ({"incident_state": "NJ"}, "sorry, jersey"),
        ({"phone": None}, "no phone"),
        ({"injury": "a broken hip and a clot"}, "and a clot"),
    ]
    for values, raw in said:
        service.record_answer(uow_factory, "web-2", "webchat", values, raw)
    service.record_answer(uow_factory, "web-3", "webchat", {"injury": "other"}, "other")
    decrypted: list[str] = []
    real = crypto.decrypt

    def counted(token: str, keys=None) -> str:
        decrypted.append(token)
        return real(token, keys)

    monkeypatch.setattr(crypto, "decrypt", counted)
    with uow_factory() as uow:
        latest = uow.answers.latest("web-2")
    assert latest == {"incident_state": "NJ", "injury": "a broken hip and a clot", "phone": None}
    assert len(decrypted) == 4  # the four stored values, not the four raw texts


def test_sqlite_file_holds_no_plaintext_pii(sqlite_url: str) -> None:
    from sqlalchemy.orm import sessionmaker

    from bot.store.db import make_engine
    from bot.store.unit_of_work import UnitOfWork

    migrate.upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    service.submit_lead(lambda: UnitOfWork(factory), submission(), PROFILE, date(2026, 11, 22))
    service.record_answer(
        lambda: UnitOfWork(factory), "web-abc", "webchat", {"phone": PHONE}, PHONE
    )
    engine.dispose()  # checkpoint the WAL into the main file
    path = Path(sqlite_url.split("///", 1)[1])
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (PHONE, "2015550123", EMAIL, "sponge inside my abdomen", "Maria Lopez"):
        assert secret.encode() not in raw, secret


def test_postgres_tables_hold_no_plaintext_pii(pg_url: str) -> None:
    from sqlalchemy.orm import sessionmaker

    from bot.store.db import make_engine
    from bot.store.unit_of_work import UnitOfWork

    migrate.upgrade(pg_url)
    engine = make_engine(pg_url)
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    service.submit_lead(lambda: UnitOfWork(factory), submission(), PROFILE, date(2026, 11, 22))
    with engine.connect() as conn:
        dump = " ".join(
            str(conn.execute(text(f"select json_agg(t)::text from {table} t")).scalar())
            for table in ("leads", "lead_transcripts", "intake_answers", "audit_log")
        )
    engine.dispose()
    assert '"incident_state":"NJ"' in dump.replace(" ", "")  # the dump did read the rows
    for secret in (PHONE, "2015550123", EMAIL, "sponge inside my abdomen", "Maria Lopez"):
        assert secret not in dump, secret


def test_a_text_conversation_that_says_this_number_is_reached_at_the_number_it_texts_from(
    uow_factory,
) -> None:
    """ "this one", "a este mismo número": the lead's phone is the number the
    conversation texts from (the SMS channel's own record), only with consent."""
    from bot.services.sms_records import SmsRecords

    texting = "+16055550146"
    SmsRecords(uow_factory).begin_outbound("sms-this-one", texting, "idx-146", "reply YES", "SMa")
    said = {"contact": "this one", "phone": None, "email": None}
    result = service.submit_lead(
        uow_factory, submission("sms-this-one", **said), PROFILE, date(2026, 12, 3)
    )
    declined = service.submit_lead(
        uow_factory,
        submission("sms-no-contact", **said, contact_consent=False),
        PROFILE,
        date(2026, 12, 3),
    )
    SmsRecords(uow_factory).begin_outbound("sms-typed", texting, "idx-146", "reply YES", "SMb")
    typed = service.submit_lead(
        uow_factory, submission("sms-typed", phone=PHONE), PROFILE, date(2026, 12, 3)
    )
    web = service.submit_lead(
        uow_factory, submission("web-this-one", **said), PROFILE, date(2026, 12, 3)
    )
    with uow_factory() as uow:
        assert uow.leads.get(result.lead_id).phone == texting
        assert uow.leads.get(declined.lead_id).phone is None
        assert uow.leads.get(typed.lead_id).phone == PHONE  # a typed number wins
        assert uow.leads.get(web.lead_id).phone is None  # no texting number on the web
