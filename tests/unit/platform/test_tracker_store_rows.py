"""The encrypted tracker store with the save and read speed-ups (issue 17): many turns
read back exactly as saved, the same rows stock Rasa stores, encrypted on disk, and the
stored events counted only when the store cannot know them.

Run on SQLite and, when it is reachable, PostgreSQL (the row order there comes from a
sequence, and the rows go in as one executemany).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from sqlalchemy import create_engine, text

from bot.rasa_platform import patches as rasa_patches
from bot.rasa_platform.endpoints import tracker_store_config
from bot.rasa_platform.tracker_store import EncryptedSQLTrackerStore, decode_event_data

PATCHED = ("save", "_retrieve", "_additional_events")
SPEEDUPS = ("tracker_store_known_length", "tracker_store_bulk_insert")

DOMAIN = Domain.from_dict(
    {
        "intents": ["inform", "greet"],
        "slots": {
            name: {"type": "any", "mappings": [{"type": "custom"}]}
            for name in ("clinic", "visit_day", "turn_no")
        },
        "responses": {"utter_next": [{"text": "And then?"}]},
    }
)


@pytest.fixture
def stock_rasa() -> Iterator[None]:
    """Rasa's own save and read on SQLTrackerStore during the test, restored afterwards."""
    saved = {name: vars(SQLTrackerStore)[name] for name in PATCHED}
    for name in PATCHED:
        original = getattr(saved[name], rasa_patches._ORIGINAL, None)
        if original is not None:
            setattr(SQLTrackerStore, name, original)
    yield
    for name, value in saved.items():
        setattr(SQLTrackerStore, name, value)


def _store(db_url: str, tmp_path: Path, name: str) -> EncryptedSQLTrackerStore:
    url = f"sqlite:///{tmp_path / name}" if db_url.startswith("sqlite") else db_url
    config = tracker_store_config(url)
    return EncryptedSQLTrackerStore(DOMAIN, **config.kwargs)


BASE = time.time() + 3600  # after the action_listen create_tracker stamps with the clock


def _turn_events(turn: int) -> list[Any]:
    """One visitor turn as the processor logs it, timestamps fixed so two runs compare."""
    at = BASE + turn * 10
    events: list[Any] = [
        UserUttered(
            f"message {turn}: the clinic on Elm Street, a Tuesday",
            {"name": "inform", "confidence": 0.87},
            [{"entity": "clinic", "value": "Elm Street", "start": 14, "end": 24}],
            timestamp=at,
        ),
        SlotSet("turn_no", turn, timestamp=at + 1),
        SlotSet("visit_day", {"weekday": "Tuesday", "n": turn}, timestamp=at + 2),
        ActionExecuted("intake_form", policy="RulePolicy", confidence=1.0, timestamp=at + 3),
        BotUttered("And then? ü", {"elements": None}, {"utter_action": "utter_next"}, at + 4),
        ActionExecuted("action_listen", timestamp=at + 5),
    ]
    if turn == 0:
        events[:0] = [ActiveLoop("intake_form", timestamp=at - 1)]
    return events


async def _conversation(store: SQLTrackerStore, turns: int) -> list[list[dict[str, Any]]]:
    """`turns` turns as Rasa's processor runs them (read, add events, save), a session
    started again mid-way; what each read gave back."""
    reads: list[list[dict[str, Any]]] = []
    tracker = await store.get_or_create_tracker("visitor-1")  # new: saved by create_tracker
    for turn in range(turns):
        tracker = await store.retrieve("visitor-1")
        assert tracker is not None
        reads.append(_stamped_alike(tracker.events))
        if turn in (0, turns // 2):  # a (new) session starts within the turn
            at = BASE + turn * 10 - 3
            tracker.update(ActionExecuted("action_session_start", timestamp=at))
            tracker.update(SessionStarted(timestamp=at + 1))
            tracker.update(ActionExecuted("action_listen", timestamp=at + 2))
        for event in _turn_events(turn):
            tracker.update(event)
        await store.save(tracker)
    final = await store.retrieve("visitor-1")
    assert final is not None
    reads.append(_stamped_alike(final.events))
    return reads


def _stamped_alike(events: Any) -> list[dict[str, Any]]:
    """The events as dicts, the clock's timestamp on create_tracker's action_listen
    (the only one not fixed here) left out."""
    out = [event.as_dict() for event in events]
    for event in out:
        if event["timestamp"] < BASE - 60:
            event["timestamp"] = None
    return out


def _rows(store: SQLTrackerStore) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "select sender_id, type_name, timestamp, intent_name, action_name, data "
                "from events order by id"
            )
        ).all()
    return [(*row[:5], row[5]) for row in rows]


def test_many_turns_read_back_as_saved_and_stored_as_rasa_stores_them(
    db_url: str, tmp_path: Path, stock_rasa: None
) -> None:
    stock = _store(db_url, tmp_path, "stock.db")
    expected_reads = asyncio.run(_conversation(stock, 30))
    expected_rows = _rows(stock)
    if not db_url.startswith("sqlite"):  # one schema: the same table for both stores
        with stock.engine.begin() as conn:
            conn.execute(text("delete from events"))

    assert rasa_patches.install(only=SPEEDUPS) == list(SPEEDUPS)
    ours = _store(db_url, tmp_path, "ours.db")
    prepared = rasa_patches.latest_session_data.cache_info()
    reads = asyncio.run(_conversation(ours, 30))
    # Every turn's read went through the prepared statement, built at most once.
    after = rasa_patches.latest_session_data.cache_info()
    assert after.hits + after.misses - prepared.hits - prepared.misses == 30 + 2
    assert after.misses - prepared.misses <= 1

    assert reads == expected_reads
    rows = _rows(ours)
    assert len(rows) == len(expected_rows) > 30 * 6
    # Same columns, the same events in the same order (all but the first stamped here);
    # each value a Fernet token.
    assert [row[:2] + row[3:5] for row in rows] == [row[:2] + row[3:5] for row in expected_rows]
    assert rows[0][2] < BASE - 60 and [row[2] for row in rows[1:]] == [
        row[2] for row in expected_rows[1:]
    ]
    assert [decode_event_data(row[5]) for row in rows[1:]] == [
        decode_event_data(row[5]) for row in expected_rows[1:]
    ]
    assert all(row[5].startswith("gAAAAA") for row in rows)
    # The last read is the latest session only: the events after the second SessionStarted.
    assert [e["event"] for e in reads[-1][:2]] == ["session_started", "action"]
    assert len(reads[-1]) == 15 * 6 + 2


def test_nothing_readable_in_the_database_file(tmp_path: Path, stock_rasa: None) -> None:
    assert rasa_patches.install(only=SPEEDUPS) == list(SPEEDUPS)
    store = _store("sqlite://", tmp_path, "plain.db")
    asyncio.run(_conversation(store, 5))
    store.engine.dispose()
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("plain.db*"))
    assert b"Elm Street" not in raw and b"Tuesday" not in raw and b"message 3" not in raw
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from events")).scalar() > 30
    engine.dispose()


def test_the_stored_events_are_counted_only_when_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stock_rasa: None
) -> None:
    assert rasa_patches.install(only=SPEEDUPS) == list(SPEEDUPS)
    counts: list[int] = []
    real_query = SQLTrackerStore._event_query

    def counting_query(self: Any, session: Any, sender_id: str, **kw: Any) -> Any:
        query = real_query(self, session, sender_id, **kw)
        real_count = query.count
        query.count = lambda: counts.append(1) or real_count()
        return query

    monkeypatch.setattr(SQLTrackerStore, "_event_query", counting_query)
    store = _store("sqlite://", tmp_path, "counted.db")

    async def first_turn_and_resaves() -> Any:
        # As Rasa's processor starts a conversation: an empty tracker, saved (counted:
        # never read), then the session start and the turn, saved at the end of it.
        tracker = await store.get_or_create_tracker("visitor-2", append_action_listen=False)
        tracker.update(ActionExecuted("action_session_start", timestamp=BASE - 3))
        tracker.update(SessionStarted(timestamp=BASE - 2))
        tracker.update(ActionExecuted("action_listen", timestamp=BASE - 1))
        for event in _turn_events(0):
            tracker.update(event)
        await store.save(tracker)  # known from the save before
        # The next turn: read (known), saved twice (known from the save before).
        tracker = await store.retrieve("visitor-2")
        tracker.update(SlotSet("clinic", "Elm", timestamp=BASE + 100))
        await store.save(tracker)
        await store.save(tracker)
        tracker.update(SlotSet("clinic", "Oak", timestamp=BASE + 101))
        await store.save(tracker)
        return tracker

    tracker = asyncio.run(first_turn_and_resaves())
    assert counts == [1]  # the new conversation only
    read = asyncio.run(store.retrieve("visitor-2"))
    # The read is the session from its SessionStarted on; every event stored once.
    assert [e.as_dict() for e in read.events] == [e.as_dict() for e in tracker.events]
    assert len(_rows(store)) == len(tracker.events) + 1  # and action_session_start
