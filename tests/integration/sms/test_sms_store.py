"""The SMS tables on SQLite and PostgreSQL: de-duplication, opt-outs, consent, status."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from bot.services.sms_records import SmsRecords
from bot.store.models_sms import SmsConsent, SmsInbound, SmsLanguage, SmsOptOut, SmsOutbound
from bot.store.schema import metadata
from bot.store.unit_of_work import UnitOfWork

PHONE = "+12015550147"
SMS_TABLES = {
    t.__tablename__ for t in (SmsInbound, SmsOutbound, SmsOptOut, SmsConsent, SmsLanguage)
}


@pytest.fixture
def store(uow_factory: Callable[[], UnitOfWork]) -> SmsRecords:
    return SmsRecords(uow_factory)


def test_a_message_sid_is_accepted_once(store: SmsRecords) -> None:
    assert store.admit("SM1", "sms-a", "idx") == (True, False, None, None)
    assert store.admit("SM1", "sms-a", "idx") == (False, False, None, None)
    assert store.inbound_outcome("SM1") is None
    store.finish_inbound("SM1", "rasa")
    assert store.inbound_outcome("SM1") == "rasa"


def test_opt_out_and_back_in(store: SmsRecords) -> None:
    assert not store.is_opted_out("idx")
    store.set_opt_out("idx", True, "STOP", "SM1")
    assert store.is_opted_out("idx")
    store.record_consent("idx", "sms-a", "given", "SM0", "reply YES")
    assert store.admit("SM9", "sms-a", "idx") == (True, True, "given", None)
    store.set_opt_out("idx", False, "START", "SM2")
    assert not store.is_opted_out("idx")


def test_consent_is_an_append_only_record(store: SmsRecords) -> None:
    assert store.consent_state("idx") is None
    store.record_consent("idx", "sms-a", "asked", "SM1", "reply YES")
    store.record_consent("idx", "sms-a", "given", "SM2", "reply YES")
    assert store.consent_state("idx") == "given"
    history = store.consent_history("idx")
    assert [(c.event, c.message_sid, c.wording) for c in history] == [
        ("asked", "SM1", "reply YES"),
        ("given", "SM2", "reply YES"),
    ]


def test_outbound_is_suppressed_for_an_opted_out_number(store: SmsRecords) -> None:
    store.set_opt_out("idx", True, "STOP", None)
    oid, allowed = store.begin_outbound("sms-a", PHONE, "idx", "hello", "SM1")
    assert not allowed
    assert store.outbound(oid).status == "suppressed"
    _, held = store.begin_outbound("sms-a", PHONE, "other", "hello", "SM1", hold=True)
    assert not held


def test_the_conversation_language_is_kept_per_number(store: SmsRecords) -> None:
    assert store.language("idx-es") is None
    store.set_language("idx-es", "es")
    assert store.language("idx-es") == "es"
    admitted = store.admit("SM-es", "sms-es", "idx-es")
    assert admitted.fresh and admitted.language == "es"
    store.set_language("idx-es", "en")  # a later switch replaces it: one row per number
    assert store.language("idx-es") == "en"
    assert store.language("someone-else") is None


def test_only_the_opt_out_confirmation_reaches_an_opted_out_number(store: SmsRecords) -> None:
    store.set_opt_out("idx-alto", True, "ALTO", "SM1")
    _, ordinary = store.begin_outbound("sms-a", PHONE, "idx-alto", "next question", "SM1")
    oid, confirmation = store.begin_outbound(
        "sms-a", PHONE, "idx-alto", "ya no le enviaremos", "SM1", hold=True, confirms_opt_out=True
    )
    assert not ordinary and confirmation
    assert store.outbound(oid).status == "pending"


def test_status_never_moves_back(store: SmsRecords) -> None:
    oid, allowed = store.begin_outbound("sms-a", PHONE, "idx", "hello", "SM1")
    assert allowed and store.outbound(oid).status == "pending"
    store.finish_outbound(oid, "queued", "SMout1", 1, None, None)
    assert store.apply_status("SMout1", None, "delivered", None) == "updated"
    assert store.apply_status("SMout1", None, "sent", None) == "stale"
    # The API answer recorded late must not undo a callback either.
    store.finish_outbound(oid, "queued", "SMout1", 1, None, None)
    row = store.outbound(oid)
    assert row.status == "delivered" and row.message_sid == "SMout1"


def test_a_callback_finds_a_message_whose_send_timed_out(store: SmsRecords) -> None:
    oid, _ = store.begin_outbound("sms-a", PHONE, "idx", "hello", "SM1")
    store.finish_outbound(oid, "unknown", None, 1, "timeout", None)
    assert store.apply_status("SMlate", oid, "sent", None) == "updated"
    row = store.outbound(oid)
    assert (row.status, row.message_sid, row.failure) == ("sent", "SMlate", "timeout")
    # An id that already has another sid is not hijacked by a forged-looking pairing.
    assert store.apply_status("SMother", oid, "delivered", None) == "unknown"


def test_unknown_statuses_and_messages_are_ignored(store: SmsRecords) -> None:
    assert store.apply_status("SMnope", None, "delivered", None) == "unknown"
    oid, _ = store.begin_outbound("sms-a", PHONE, "idx", "hello", "SM1")
    store.finish_outbound(oid, "queued", "SMx", 1, None, None)
    assert store.apply_status("SMx", None, "exploded", None) == "unknown"
    assert store.apply_status("SMx", None, "undelivered", "30003") == "updated"
    assert store.outbound(oid).error_code == "30003"


def test_phone_and_body_are_encrypted_at_rest(
    store: SmsRecords, uow_factory: Callable[[], UnitOfWork]
) -> None:
    store.begin_outbound("sms-a", PHONE, "idx", "Who was the provider?", "SM1")
    with uow_factory() as uow:
        raw = uow.session.execute(text("select phone, body from sms_outbound")).all()
    assert raw and all(PHONE not in r.phone and "provider" not in r.body for r in raw)


def test_the_migration_matches_the_models(uow_factory: Callable[[], UnitOfWork]) -> None:
    uow = uow_factory()
    with uow._factory() as session:
        ctx = MigrationContext.configure(session.connection())
        diffs = compare_metadata(ctx, metadata)
    ours = [d for d in diffs if SMS_TABLES & set(str(d).split("'"))]
    assert ours == []
