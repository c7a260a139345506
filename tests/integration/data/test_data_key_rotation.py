"""Key rotation on SQLite and PostgreSQL: written under A, rotated to B, readable with B alone."""

from __future__ import annotations

import json

import pytest
from cryptography.fernet import Fernet
from datalayer_helpers import EMAIL, NAME, PHONE, PROVIDER, STORY, add_answers, add_lead
from sqlalchemy import select, text

from bot import cli
from bot.services import key_rotation
from bot.store import crypto
from bot.store.models import IntakeAnswer, Lead
from bot.store.repositories import phone_lookup_key

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()

# Every encrypted value add_lead + add_answers write: 6 lead columns, 1 transcript,
# 2 answers x (value, raw_text) per lead, and 1 answer x 2 for the lone conversation.
PER_LEAD = 6 + 1 + 4


def _raw_tokens(engine) -> list[str]:
    tokens: list[str] = []
    with engine.connect() as conn:
        for table, cols in key_rotation.encrypted_columns().items():
            for col in cols:
                tokens += [
                    v
                    for (v,) in conn.execute(text(f"select {col} from {table}"))  # noqa: S608
                    if v is not None
                ]
    return tokens


def _read_everything(uow) -> list[tuple]:
    with uow() as u:
        leads = u.session.execute(select(Lead).order_by(Lead.id)).scalars().all()
        out = [
            (
                lead.full_name,
                lead.phone,
                lead.email,
                lead.provider,
                lead.incident_description,
                lead.injury,
                json.loads(lead.transcript.turns)[0]["text"],
            )
            for lead in leads
        ]
        answers = u.session.execute(select(IntakeAnswer.value, IntakeAnswer.raw_text)).all()
        return out + [tuple(a) for a in answers]


def test_every_encrypted_column_is_found_from_the_metadata() -> None:
    found = key_rotation.encrypted_columns()
    assert set(found["leads"]) == {
        "full_name",
        "phone",
        "email",
        "provider",
        "incident_description",
        "injury",
    }
    assert found["lead_transcripts"] == ["turns"]
    assert set(found["intake_answers"]) == {"value", "raw_text"}


def test_every_blind_index_column_is_registered() -> None:
    """A *_index column the rotation does not know about would break after a key change."""
    from bot.store.schema import metadata

    indexed = {
        (t.name, c.name)
        for t in metadata.sorted_tables
        for c in t.columns
        if c.name.endswith("_index")
    }
    # Registered tables that are not in this schema (a concern not installed) are skipped
    # by the rotation itself; every index column that does exist must be registered.
    registered = {
        (b.table, b.index_column) for b in key_rotation.BLIND_INDEXES if b.table in metadata.tables
    }
    assert indexed == registered


def test_rotation_moves_everything_to_the_new_key(engine, uow, use_env) -> None:
    use_env(DATA_ENCRYPTION_KEYS=KEY_A)
    add_lead(uow, "web-1")
    add_lead(uow, "web-2", qualification="not_qualified")
    add_answers(uow, "web-lone", 1)
    before = _read_everything(uow)
    assert before[0][:3] + before[0][3:5] == (NAME, PHONE, EMAIL, PROVIDER, STORY)
    with engine.connect() as conn:
        updated_before = conn.execute(text("select id, updated_at from leads order by id")).all()

    use_env(DATA_ENCRYPTION_KEYS=KEY_B)
    with pytest.raises(crypto.DecryptionError):
        _read_everything(uow)  # B alone cannot read A's data yet: the test means something

    use_env(DATA_ENCRYPTION_KEYS=f"{KEY_B},{KEY_A}")
    checked = key_rotation.rotate_keys(engine, check_only=True)
    assert checked.rotated == 2 * PER_LEAD + 2
    assert _raw_tokens(engine)  # check_only changed nothing:
    assert all(Fernet(KEY_A).decrypt(t.encode()) for t in _raw_tokens(engine))

    report = key_rotation.rotate_keys(engine, batch_size=2)
    assert (report.rotated, report.current, report.undecryptable) == (2 * PER_LEAD + 2, 0, 0)

    use_env(DATA_ENCRYPTION_KEYS=KEY_B)
    assert _read_everything(uow) == before
    tokens = _raw_tokens(engine)
    assert len(tokens) == 2 * PER_LEAD + 2
    for token in tokens:
        Fernet(KEY_B).decrypt(token.encode())  # raises if any value is still under A
    with engine.connect() as conn:
        assert conn.execute(text("select id, updated_at from leads order by id")).all() == (
            updated_before
        ), "rotation must not restart retention clocks"

    use_env(DATA_ENCRYPTION_KEYS=f"{KEY_B},{KEY_A}")
    again = key_rotation.rotate_keys(engine, batch_size=3)
    assert (again.rotated, again.current) == (0, 2 * PER_LEAD + 2)  # safe to re-run


def test_an_undecryptable_value_is_reported_and_left_alone(engine, uow, use_env) -> None:
    stranger = Fernet.generate_key().decode()
    use_env(DATA_ENCRYPTION_KEYS=stranger)
    add_answers(uow, "web-lost", 1)
    use_env(DATA_ENCRYPTION_KEYS=KEY_A)
    add_answers(uow, "web-ok", 1)
    with engine.connect() as conn:
        lost_before = conn.execute(
            text("select id, value from intake_answers where conversation_id = 'web-lost'")
        ).one()

    use_env(DATA_ENCRYPTION_KEYS=f"{KEY_B},{KEY_A}")
    report = key_rotation.rotate_keys(engine)
    table = next(t for t in report.tables if t.table == "intake_answers")
    assert table.rotated == 2
    assert sorted(table.undecryptable) == [f"{lost_before.id}:raw_text", f"{lost_before.id}:value"]
    assert all(NAME not in entry and STORY not in entry for entry in table.undecryptable)
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("select value from intake_answers where id = :i"), {"i": lost_before.id}
            ).scalar_one()
            == lost_before.value
        )


def test_blind_indexes_follow_a_new_blind_index_key(engine, uow, use_env) -> None:
    use_env(DATA_ENCRYPTION_KEYS=KEY_A, BLIND_INDEX_KEY="old-blind-key")
    first = add_lead(uow, "web-1")
    second = add_lead(uow, "web-2")
    with uow() as u:
        assert {x.id for x in u.leads.by_phone(PHONE)} == {first, second}

    use_env(BLIND_INDEX_KEY="new-blind-key")
    with uow() as u:
        assert u.leads.by_phone(PHONE) == []  # the look-up misses until re-indexed

    report = key_rotation.reindex_blind_indexes(engine, "old-blind-key", batch_size=1)
    # Each lead has two blind indexes: its phone and its e-mail.
    assert (report.recomputed_from_old, report.recomputed_unknown, report.current) == (4, 0, 0)
    with uow() as u:
        assert {x.id for x in u.leads.by_phone(PHONE)} == {first, second}
    with engine.connect() as conn:
        stored = set(conn.execute(text("select phone_index from leads")).scalars())
    assert stored == {crypto.blind_index(f"phone:{PHONE}", "new-blind-key")}
    assert phone_lookup_key(PHONE) in stored

    again = key_rotation.reindex_blind_indexes(engine, "old-blind-key")
    assert (again.recomputed_from_old, again.current) == (0, 4)


def test_rotate_keys_command(db_url, engine, uow, use_env, capsys, tmp_path) -> None:
    use_env(
        DATABASE_URL=db_url,
        TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 'no-tracker-yet.db'}",
        DATA_ENCRYPTION_KEYS=KEY_A,
        BLIND_INDEX_KEY="bk-1",
    )
    add_lead(uow, "web-1")
    use_env(DATA_ENCRYPTION_KEYS=f"{KEY_B},{KEY_A}", BLIND_INDEX_KEY="bk-2")

    assert cli.main(["rotate-keys", "--check"]) == 1
    assert cli.main(["rotate-keys", "--batch-size", "1", "--blind-index-key-old", "bk-1"]) == 0
    out = capsys.readouterr().out
    assert "leads: 6 rotated" in out and "blind indexes: 2 moved from the old key" in out
    assert cli.main(["rotate-keys", "--check"]) == 0

    use_env(DATA_ENCRYPTION_KEYS=KEY_B)
    with uow() as u:
        assert [lead.full_name for lead in u.leads.by_phone(PHONE)] == [NAME]


def test_sms_opt_outs_follow_a_new_blind_index_key(engine, uow, use_env) -> None:
    """An opt-out keeps only the HMAC; losing it would let us text someone who said STOP."""
    models_sms = pytest.importorskip(
        "bot.store.models_sms", reason="the SMS channel is not installed"
    )
    SmsConsent, SmsOptOut, SmsOutbound = (  # noqa: N806 - model classes
        models_sms.SmsConsent,
        models_sms.SmsOptOut,
        models_sms.SmsOutbound,
    )

    texter, stranger = "+12015550177", "+12015550999"
    use_env(DATA_ENCRYPTION_KEYS=KEY_A, BLIND_INDEX_KEY="old-blind-key")
    add_lead(uow, "web-1")  # PHONE is known through the lead
    with uow() as u:
        u.session.add(
            SmsOutbound(
                conversation_id="sms-1",
                phone=texter,
                phone_index=phone_lookup_key(texter),
                body="You are unsubscribed.",
            )
        )
        for number in (PHONE, texter, stranger):
            u.session.add(
                SmsOptOut(phone_index=phone_lookup_key(number), opted_out=True, keyword="STOP")
            )
        for event in ("asked", "given"):
            u.session.add(
                SmsConsent(
                    phone_index=phone_lookup_key(texter), conversation_id="sms-1", event=event
                )
            )
        u.commit()
    old_stranger = phone_lookup_key(stranger)

    use_env(BLIND_INDEX_KEY="new-blind-key")
    report = key_rotation.reindex_blind_indexes(engine, "old-blind-key", batch_size=1)
    assert (report.recomputed_from_old, report.translated) == (3, 4)  # + the lead's e-mail
    assert len(report.unmatched) == 1 and old_stranger in report.unmatched[0]
    with uow() as u:
        opted_out = set(u.session.execute(select(SmsOptOut.phone_index)).scalars())
        consents = set(u.session.execute(select(SmsConsent.phone_index)).scalars())
    assert opted_out == {phone_lookup_key(PHONE), phone_lookup_key(texter), old_stranger}
    assert consents == {phone_lookup_key(texter)}

    again = key_rotation.reindex_blind_indexes(engine, "old-blind-key")
    assert (again.recomputed_from_old, again.translated, len(again.unmatched)) == (0, 0, 1)
