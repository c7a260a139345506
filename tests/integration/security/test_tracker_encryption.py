"""Rasa's tracker events are encrypted at rest, on SQLite and PostgreSQL (issue 15).

The store is built the way the server builds it (bot/rasa_platform/endpoints.py, Rasa's
create_tracker_store on our module path), with the speed-ups installed.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from rasa.core.tracker_store import create_tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text
from sqlalchemy import event as sa_event

from bot.rasa_platform import tracker_store as tracker_store_mod
from bot.rasa_platform.endpoints import tracker_store_config
from bot.rasa_platform.tracker_store import (
    EncryptedSQLTrackerStore,
    RedactionMarks,
    decode_event_data,
    is_encrypted,
    redact_event,
)
from bot.services import key_rotation

STORY = "the surgeon left a sponge inside my abdomen after the hernia repair"
NAME = "Ottoline Brackenridge"
PHONE = "+16175550199"
EMAIL = "ottoline.b@example.org"
SECRETS = (STORY, NAME, PHONE, EMAIL, "sponge", "Brackenridge", "5550199")

DOMAIN = Domain.from_dict(
    {
        "intents": ["inform", "start_intake"],
        "slots": {
            name: {"type": "text", "mappings": [{"type": "custom"}]}
            for name in ("incident_description", "full_name", "phone", "email", "lead_id")
        },
        "responses": {"utter_thanks": [{"text": "Thank you."}]},
    }
)


def _events(lead: bool = False) -> list[Any]:
    events = [
        ActionExecuted("action_listen"),
        UserUttered(STORY, {"name": "inform", "confidence": 0.9}, [{"entity": "x", "value": NAME}]),
        SlotSet("incident_description", STORY),
        BotUttered(f"So {NAME}, at {PHONE} or {EMAIL}: is that right?"),
        UserUttered(f"yes, {EMAIL}", {"name": "inform", "confidence": 0.9}),
        SlotSet("full_name", NAME),
        SlotSet("phone", PHONE),
        SlotSet("email", EMAIL),
    ]
    if lead:
        events += [BotUttered("Thank you."), SlotSet("lead_id", "L-17")]
    return events


def _store(url: str) -> EncryptedSQLTrackerStore:
    store = create_tracker_store(tracker_store_config(url), DOMAIN)
    inner = getattr(store, "_tracker_store", store)
    assert isinstance(inner, EncryptedSQLTrackerStore), type(inner)  # no silent fallback
    return inner


def _tracker_url(db_url: str, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'var' / 'tracker.db'}" if db_url.startswith("sqlite") else db_url


def _raw_rows(url: str) -> list[str]:
    engine = create_engine(url, future=True)
    with engine.connect() as conn:
        rows = list(conn.execute(text("select data from events order by id")).scalars())
    engine.dispose()
    return rows


def _raw_bytes(url: str) -> bytes:
    """Every byte SQLite keeps for the database (file, WAL, shared memory), or the rows."""
    if url.startswith("sqlite"):
        db = Path(url.split("///", 1)[1])
        return b"".join(
            p.read_bytes() for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()
        )
    return "\n".join(_raw_rows(url)).encode()


def _pg_table_file_bytes(url: str) -> bytes:
    """The events table's file as PostgreSQL keeps it on disk, dead row versions included
    (after a CHECKPOINT, so every page is written out)."""
    engine = create_engine(url, future=True)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("CHECKPOINT")
            data_dir = conn.exec_driver_sql("SHOW data_directory").scalar_one()
            relative = conn.exec_driver_sql("SELECT pg_relation_filepath('events')").scalar_one()
    finally:
        engine.dispose()
    return Path(data_dir, relative).read_bytes()


def test_events_are_stored_encrypted_and_read_back(
    db_url: str, tmp_path: Path, speedups: None
) -> None:
    url = _tracker_url(db_url, tmp_path)
    store = _store(url)
    tracker = DialogueStateTracker.from_events("web-enc-1", _events(), DOMAIN.slots)
    asyncio.run(store.save(tracker))

    raw = _raw_bytes(url)
    assert raw, "nothing stored"
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert all(is_encrypted(r) for r in _raw_rows(url))

    again = asyncio.run(store.retrieve("web-enc-1"))
    assert again is not None
    assert again.get_slot("phone") == PHONE and again.get_slot("full_name") == NAME
    assert [e.as_dict()["event"] for e in again.events] == [
        e.as_dict()["event"] for e in tracker.events
    ]
    # The next turn (the known-length speed-up) appends only the new event.
    again.update(SlotSet("email", "other@example.org"))
    asyncio.run(store.save(again))
    assert len(_raw_rows(url)) == len(tracker.events) + 1


def test_sqlite_files_are_owner_only(tmp_path: Path, speedups: None) -> None:
    url = f"sqlite:///{tmp_path / 'fresh' / 'tracker.db'}"
    store = _store(url)
    asyncio.run(store.save(DialogueStateTracker.from_events("web-p", _events(), DOMAIN.slots)))
    db = Path(url.split("///", 1)[1])
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_old_plaintext_rows_still_read_and_rotation_encrypts_them(
    db_url: str, tmp_path: Path, speedups: None
) -> None:
    """A tracker written by Rasa's own store before the upgrade: read, then migrated."""
    url = _tracker_url(db_url, tmp_path)
    if url.startswith("sqlite"):
        Path(url.split("///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    plain = create_tracker_store(tracker_store_config(url, store_type="SQL"), DOMAIN)
    asyncio.run(plain.save(DialogueStateTracker.from_events("web-old", _events(), DOMAIN.slots)))
    plain.engine.dispose()
    assert NAME in "".join(_raw_rows(url))  # what the issue found

    store = _store(url)
    old = asyncio.run(store.retrieve("web-old"))
    assert old is not None and old.get_slot("email") == EMAIL

    engine = create_engine(url, future=True)
    first = key_rotation.rotate_tracker_events(engine)
    assert first.rotated == len(_events()) and not first.undecryptable
    assert all(is_encrypted(r) for r in _raw_rows(url))
    assert NAME.encode() not in _raw_bytes(url)
    if not url.startswith("sqlite"):
        # An UPDATE leaves the old row version in the table file until a vacuum.
        assert NAME.encode() not in _pg_table_file_bytes(url)
    again = asyncio.run(store.retrieve("web-old"))
    assert again is not None and again.get_slot("full_name") == NAME
    engine.dispose()


def test_rotation_moves_tracker_events_to_the_new_key(
    sqlite_url: str, tmp_path: Path, speedups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _tracker_url(sqlite_url, tmp_path)
    old_key = os.environ["DATA_ENCRYPTION_KEYS"].split(",")[0]
    store = _store(url)
    asyncio.run(store.save(DialogueStateTracker.from_events("web-rot", _events(), DOMAIN.slots)))
    new_key = Fernet.generate_key().decode()
    both = (new_key, old_key)

    engine = create_engine(url, future=True)
    check = key_rotation.rotate_tracker_events(engine, keys=both, check_only=True)
    assert check.rotated == len(_events())
    done = key_rotation.rotate_tracker_events(engine, keys=both)
    assert done.rotated == len(_events()) and done.current == 0
    assert key_rotation.rotate_tracker_events(engine, keys=both, check_only=True).rotated == 0
    engine.dispose()
    # Only the new key is needed now.
    for raw in _raw_rows(url):
        assert decode_event_data(raw, (new_key,))["event"]
        with pytest.raises(Exception):  # noqa: B017,PT011 - any refusal will do
            decode_event_data(raw, (old_key,))


def test_a_stored_lead_leaves_no_visitor_text_or_contact_in_the_tracker(
    db_url: str, tmp_path: Path, speedups: None
) -> None:
    url = _tracker_url(db_url, tmp_path)
    store = _store(url)
    tracker = DialogueStateTracker.from_events("web-lead", _events(), DOMAIN.slots)
    asyncio.run(store.save(tracker))
    before = asyncio.run(store.retrieve("web-lead"))
    assert before is not None and before.get_slot("full_name") == NAME  # kept until the lead

    before.update(BotUttered("Thank you."))
    before.update(SlotSet("lead_id", "L-17"))
    asyncio.run(store.save(before))

    after = asyncio.run(store.retrieve("web-lead"))
    assert after is not None
    assert after.get_slot("lead_id") == "L-17"  # what a later visit needs
    for slot in ("incident_description", "full_name", "phone", "email"):
        assert after.get_slot(slot) is None, slot
    decoded = json.dumps([decode_event_data(r) for r in _raw_rows(url)])
    for secret in SECRETS:
        assert secret not in decoded, secret
    assert len(_raw_rows(url)) == len(_events()) + 2  # rows kept (Rasa counts them)
    assert all(is_encrypted(r) for r in _raw_rows(url))  # rewritten rows are encrypted too
    # A later turn is stored as usual, and redacted as it goes.
    after.update(UserUttered(f"call me on {PHONE}", {"name": "inform", "confidence": 1.0}))
    asyncio.run(store.save(after))
    assert PHONE not in json.dumps([decode_event_data(r) for r in _raw_rows(url)])


def _saved_with_lead(store: EncryptedSQLTrackerStore, sender: str) -> DialogueStateTracker:
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, _events(), DOMAIN.slots)))
    tracker = asyncio.run(store.retrieve(sender))
    assert tracker is not None
    tracker.update(SlotSet("lead_id", "L-31"))
    asyncio.run(store.save(tracker))
    return tracker


def test_after_the_lead_a_turn_redacts_only_its_own_rows(
    db_url: str, tmp_path: Path, speedups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every save after the lead redacts; a later turn reads its own new rows, not the whole
    conversation again (that was a tenth of the Rasa server's busy time)."""
    store = _store(_tracker_url(db_url, tmp_path))
    tracker = _saved_with_lead(store, "web-later")
    seen: list[str] = []

    def counting(event: dict[str, Any]) -> dict[str, Any] | None:
        seen.append(event["event"])
        return redact_event(event)

    monkeypatch.setattr(tracker_store_mod, "redact_event", counting)
    tracker.update(UserUttered(f"and my e-mail is {EMAIL}", {"name": "inform", "confidence": 1.0}))
    tracker.update(BotUttered(f"Noted, {NAME}."))
    asyncio.run(store.save(tracker))
    assert seen == ["user", "bot"]
    decoded = json.dumps([decode_event_data(r) for r in _raw_rows(_tracker_url(db_url, tmp_path))])
    assert EMAIL not in decoded and NAME not in decoded


def test_the_lead_turn_redacts_in_one_statement_not_one_per_row(
    db_url: str, tmp_path: Path, speedups: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The turn that stores the lead rewrites the whole conversation: sent as an
    executemany, psycopg2 made that one statement, and one round trip on the Rasa
    server's event loop, per row (about 150 at the end of an intake)."""
    monkeypatch.setattr(tracker_store_mod, "REDACT_BATCH", 3)  # several batches, below
    url = _tracker_url(db_url, tmp_path)
    store = _store(url)
    long_story = [*_events(), *_events()[1:]]  # 15 events, 14 of them to redact
    asyncio.run(store.save(DialogueStateTracker.from_events("web-one", long_story, DOMAIN.slots)))
    tracker = asyncio.run(store.retrieve("web-one"))
    assert tracker is not None
    sent: list[tuple[str, bool]] = []

    def on_execute(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool
    ) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            sent.append((statement, executemany))

    sa_event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        tracker.update(SlotSet("lead_id", "L-40"))
        asyncio.run(store.save(tracker))
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", on_execute)
    redacted = [e for e in long_story if redact_event(e.as_dict()) is not None]
    assert len(redacted) == 14
    assert [many for _, many in sent] == [False] * 5  # ceil(14 / 3) statements, none per row
    decoded = [decode_event_data(r) for r in _raw_rows(url)]
    assert len(decoded) == len(long_story) + 1
    for secret in SECRETS:
        assert secret not in json.dumps(decoded), secret
    assert all(is_encrypted(r) for r in _raw_rows(url))
    # Each row kept its own event (the CASE matched ids, not positions).
    assert [d["event"] for d in decoded] == [e.as_dict()["event"] for e in tracker.events]
    slots = [d.get("name") for d in decoded if d["event"] == "slot"]
    assert slots == [e.key for e in tracker.events if isinstance(e, SlotSet)]
    again = asyncio.run(store.retrieve("web-one"))
    assert again is not None and again.get_slot("lead_id") == "L-40"


def test_two_servers_saving_one_conversation_leave_nothing_unredacted(
    db_url: str, tmp_path: Path, speedups: None
) -> None:
    """Behind nginx a conversation's turns reach either Rasa server: each server's marks
    cover only rows it checked, so rows the other wrote are still redacted."""
    url = _tracker_url(db_url, tmp_path)
    first, second = _store(url), _store(url)
    _saved_with_lead(first, "web-both")
    for n, store in enumerate((second, first, second)):
        tracker = asyncio.run(store.retrieve("web-both"))
        assert tracker is not None
        tracker.update(UserUttered(f"{NAME} again, number {n}: {PHONE}", {"name": "inform"}))
        tracker.update(SlotSet("phone", PHONE))
        asyncio.run(store.save(tracker))
        decoded = json.dumps([decode_event_data(r) for r in _raw_rows(url)])
        for secret in (NAME, PHONE):
            assert secret not in decoded, (n, secret)


def test_redaction_marks_are_forgotten_after_their_time_and_beyond_their_size() -> None:
    marks = RedactionMarks(size=2, ttl=60.0)
    marks.checked("a", 10)
    marks.checked("b", 20)
    assert (marks.checked_up_to("a"), marks.checked_up_to("b")) == (10, 20)
    marks.checked("c", 30)  # "a" is the oldest: dropped, so "a" is scanned in full again
    assert (marks.checked_up_to("a"), marks.checked_up_to("c")) == (0, 30)
    stale = RedactionMarks(ttl=0.0)
    stale.checked("d", 40)
    assert stale.checked_up_to("d") == 0  # past its time: a full scan, never a row skipped


def test_redaction_keeps_what_a_later_visit_needs() -> None:
    assert redact_event({"event": "slot", "name": "lead_id", "value": "L-1"}) is None
    assert redact_event({"event": "slot", "name": "injury", "value": "lost an eye"}) == {
        "event": "slot",
        "name": "injury",
        "value": None,
    }
    user = redact_event(
        {
            "event": "user",
            "text": "my wife was misdiagnosed",
            "parse_data": {"intent": {"name": "inform"}, "text": "my wife was misdiagnosed"},
        }
    )
    assert user is not None and "misdiagnosed" not in json.dumps(user)
    assert user["parse_data"]["intent"] == {"name": "inform"}
    assert redact_event({"event": "action", "name": "action_listen"}) is None


def test_rotate_keys_command_covers_the_tracker(
    tmp_path: Path, speedups: None, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from bot import cli
    from bot.config import get_settings
    from bot.store import migrate

    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    db_url = f"sqlite:///{tmp_path / 'intake.db'}"
    tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    migrate.upgrade(db_url)
    env = {"DATABASE_URL": db_url, "TRACKER_DATABASE_URL": tracker_url}
    for name, value in {**env, "DATA_ENCRYPTION_KEYS": old_key}.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        store = _store(tracker_url)
        events = _events()
        asyncio.run(store.save(DialogueStateTracker.from_events("web-cli", events, DOMAIN.slots)))
        store.engine.dispose()

        monkeypatch.setenv("DATA_ENCRYPTION_KEYS", f"{new_key},{old_key}")
        get_settings.cache_clear()
        assert cli.main(["rotate-keys", "--check"]) == 1
        assert cli.main(["rotate-keys"]) == 0
        assert f"events (Rasa tracker): {len(events)} rotated" in capsys.readouterr().out
        assert cli.main(["rotate-keys", "--check"]) == 0
        for raw in _raw_rows(tracker_url):
            decode_event_data(raw, (new_key,))
    finally:
        get_settings.cache_clear()
