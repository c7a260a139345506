"""Move a conversation back in time in Rasa's SQLite tracker store, as if the person had left.

Rasa decides a session has expired from the timestamp inside each stored
event's JSON (not the column), so both are moved. The JSON is encrypted at rest
(bot/rasa_platform/tracker_store.py): decrypted, moved and encrypted again.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from bot.rasa_platform.tracker_store import decode_event_data, encrypt_event_data


def tracker_db(stack: Any) -> Path:
    """The stack's tracker file: tracker.db beside its SQLite database (bot/devtools/stack.py)."""
    return Path(stack.database_url.removeprefix("sqlite:///")).parent / "tracker.db"


def age_conversation(db: Path, sender: str, seconds: float) -> None:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, data FROM events WHERE sender_id = ?", (sender,)).fetchall()
        assert rows, f"no events for {sender}"
        for row_id, data in rows:
            event = decode_event_data(data)
            event["timestamp"] -= seconds
            conn.execute(
                "UPDATE events SET data = ?, timestamp = timestamp - ? WHERE id = ?",
                (encrypt_event_data(json.dumps(event)), seconds, row_id),
            )
