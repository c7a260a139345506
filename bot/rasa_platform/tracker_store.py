"""Rasa's SQL tracker store, with each event's JSON encrypted at rest (issue 15).

Rasa keeps every event of a conversation (what the visitor typed, each slot
value: name, phone, e-mail, the story) in the `data` column of its `events`
table, in clear. EncryptedSQLTrackerStore is SQLTrackerStore with that column
mapped through EncryptedEventData: Fernet (bot/store/crypto.py), with the same
DATA_ENCRYPTION_KEYS and the same rotation (`intake-admin rotate-keys`) as our
encrypted columns. Everything else of Rasa's store is unchanged, so the speed-ups
on SQLTrackerStore (bot/rasa_platform/patches.py: pooled SQLite, the known row count,
the read) apply to it as they are: they read `event.data`, which the column
type has already decrypted.

Rows written before encryption was turned on are JSON (they start with "{");
a Fernet token never does (it starts "gAAAAA"). Those rows are read as they
are, and `intake-admin rotate-keys` encrypts them: the migration path.

The other columns stay readable, and hold no visitor text: sender ids are
random ("web-...") or keyed HMACs ("sms-..."), type names, timestamps, intent
names from our domain (a leading "/" is stripped from visitor text, see
bot/channels/sanitize.py), action and slot names.

Once a lead is stored (the `lead_id` slot is set), the conversation's stored
events are redacted (redact_event): the visitor's words, the bot's replies
(the summary repeats the answers) and every slot value but KEPT_SLOTS. What is
left is what a later visit needs: that a lead exists (action_session_start
then does not resume the intake), and the flags the closing replies read.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, _create_sequence
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import Text, TypeDecorator

from bot.store import crypto
from bot.store.files import owner_only_sqlite

log = logging.getLogger(__name__)

DECRYPTED_CACHE_SIZE = 8192  # events: the sessions of some 40 visitors mid-intake, ~15 MB
FERNET_PREFIX = "gAAAAA"  # a Fernet token's version byte (0x80) and the timestamp's high bytes
EVENTS_TABLE = "events"
# Rows per redaction UPDATE: three bound values a row (the WHEN's id and token, the IN
# list's id), under SQLite's oldest limit of 999 a statement.
REDACT_BATCH = 300

# Slots a conversation keeps once its lead is stored: no visitor text, no contact
# detail, no medical fact. action_session_start reads lead_id (no resume once a
# lead exists); the closing replies read the flags (actions/submit.py).
KEPT_SLOTS = frozenset(
    {
        "lead_id",
        "firm_name",
        "requested_slot",
        "callback_requested",
        "contact_consent",
        "out_of_scope",
        "submit_failed",
        "summary_confirmed",
        "correction_prompted",
        "resumed",
        "language",  # the closing replies after the visit are in its language
    }
)
LEAD_SLOT = "lead_id"


def is_encrypted(raw: str) -> bool:
    return raw.startswith(FERNET_PREFIX)


def encrypt_event_data(plain: str, keys: tuple[str, ...] | None = None) -> str:
    return crypto.encrypt(plain, keys)


def decrypt_event_data(raw: str, keys: tuple[str, ...] | None = None) -> str:
    """The event's JSON text: decrypted, or as stored when written before encryption."""
    if not is_encrypted(raw):
        return raw
    return _decrypt_cached(raw) if keys is None else crypto.decrypt(raw, keys)


@functools.lru_cache(maxsize=DECRYPTED_CACHE_SIZE)
def _decrypt_cached(token: str) -> str:
    """Every turn reads the whole session back (200+ events late in an intake), each one
    decrypted again: measured at about half the cost of a turn's tracker read. A token
    always decrypts to the same text, so recent ones are remembered, in this process's
    memory only (where Rasa holds the conversation anyway), never on disk."""
    return crypto.decrypt(token)


def decode_event_data(raw: str, keys: tuple[str, ...] | None = None) -> dict[str, Any]:
    """One stored `data` value as the event dict (for tools and tests reading the table)."""
    return json.loads(decrypt_event_data(raw, keys))


class EncryptedEventData(TypeDecorator):
    """Text column holding a Fernet token of the event's JSON; old JSON rows read as they are."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None or (isinstance(value, str) and is_encrypted(value)):
            return value
        return encrypt_event_data(str(value))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else decrypt_event_data(value)


_Base: Any = declarative_base()


class EncryptedSQLEvent(_Base):
    """Rasa's SQLEvent (the same table and columns), `data` encrypted."""

    __tablename__ = EVENTS_TABLE

    id = sa.Column(sa.Integer, _create_sequence(EVENTS_TABLE), primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    type_name = sa.Column(sa.String(255), nullable=False)
    timestamp = sa.Column(sa.Float)
    intent_name = sa.Column(sa.String(255))
    action_name = sa.Column(sa.String(255))
    data = sa.Column(EncryptedEventData)


def redact_event(event: dict[str, Any]) -> dict[str, Any] | None:
    """The event without visitor text or slots outside KEPT_SLOTS; None if nothing to remove."""
    kind = event.get("event")
    out = dict(event)
    if kind == "user":
        parse = event.get("parse_data") or {}
        out.update(text="", metadata={})
        out["parse_data"] = {
            "intent": parse.get("intent") or {},
            "entities": [],
            "text": "",
            "message_id": parse.get("message_id"),
        }
    elif kind == "bot":
        utter = (event.get("metadata") or {}).get("utter_action")
        out.update(text="", data={}, metadata={"utter_action": utter} if utter else {})
    elif kind == "slot":
        if event.get("name") in KEPT_SLOTS or event.get("value") is None:
            return None
        out["value"] = None
    elif kind == "entities":
        if not event.get("entities"):
            return None
        out["entities"] = []
    else:
        return None
    return None if out == event else out


def _owner_only(db: str | None, dialect: str) -> None:
    if dialect == "sqlite" and db and db != ":memory:":
        owner_only_sqlite(Path(db))


def _secure_delete(dbapi_conn: Any, _record: Any = None) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


class RedactionMarks:
    """Per conversation, the highest event row this process has already redacted.

    Row ids only grow for a conversation (PostgreSQL sequences; SQLite reuses an id
    only after the table's newest rows are deleted, and retention purges only old
    conversations). A mark is still forgotten after `ttl` seconds, far shorter than
    any retention, so a conversation purged and begun again is scanned in full;
    forgetting costs one full scan, never a row left unredacted.
    """

    def __init__(self, size: int = 4096, ttl: float = 1800.0) -> None:
        self.size, self.ttl = size, ttl
        self._marks: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def checked_up_to(self, sender_id: str) -> int:
        """The row id up to which `sender_id`'s events are redacted (0: none known)."""
        mark = self._marks.get(sender_id)
        if mark is None or time.monotonic() - mark[1] > self.ttl:
            self._marks.pop(sender_id, None)
            return 0
        return mark[0]

    def checked(self, sender_id: str, row_id: int) -> None:
        """Every row of `sender_id` up to `row_id` is redacted."""
        self._marks[sender_id] = (row_id, time.monotonic())
        self._marks.move_to_end(sender_id)
        while len(self._marks) > self.size:
            self._marks.popitem(last=False)


class EncryptedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with encrypted events, redacted once the lead is stored.

    Configured by bot/rasa_platform/endpoints.py
    (`type: bot.rasa_platform.tracker_store.EncryptedSQLTrackerStore`).
    """

    Base = _Base
    SQLEvent = EncryptedSQLEvent

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Before SQLite creates the file: owner-only (0600, in a 0700 directory).
        _owner_only(kwargs.get("db"), kwargs.get("dialect", "sqlite"))
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # Text a redaction overwrites is zeroed, not left in the file's free pages.
            sa.event.listen(self.engine, "connect", _secure_delete)
        self._redacted = RedactionMarks()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        if tracker.get_slot(LEAD_SLOT):
            self.redact_conversation(tracker.sender_id)

    def redact_conversation(self, sender_id: str) -> int:
        """Rewrite the conversation's stored events through redact_event; the number changed.

        Rows are updated in place, never deleted: Rasa (and the known-length
        speed-up) count a conversation's rows to find the events still to save.
        Every save after the lead runs this, so rows this process has already
        checked are skipped (RedactionMarks), and the changed rows are written by
        one UPDATE per REDACT_BATCH rows (redaction_update): the whole conversation was
        read, decrypted and rewritten row by row on each of those turns (a tenth of the
        Rasa server's busy time at 40 visitors, README "Capacity"), and then as an
        executemany, which psycopg2 sends as one statement, and one round trip on the
        server's event loop, per row (some 150 in the turn that stores the lead).
        """
        ev = self.SQLEvent
        after = self._redacted.checked_up_to(sender_id)
        with self.session_scope() as session:
            rows = session.execute(
                sa.select(ev.id, ev.data)
                .where(
                    ev.sender_id == sender_id,
                    ev.id > after,
                    ev.type_name.in_(("user", "bot", "slot", "entities")),
                )
                .order_by(ev.id)
            ).all()
            changed: dict[int, str] = {}
            for row_id, data in rows:
                redacted = redact_event(json.loads(data))
                if redacted is not None:
                    changed[row_id] = encrypt_event_data(json.dumps(redacted))
            if changed:
                items = list(changed.items())
                for start in range(0, len(items), REDACT_BATCH):
                    session.execute(
                        redaction_update(ev.__table__, dict(items[start : start + REDACT_BATCH]))
                    )
                session.commit()
        if rows:
            self._redacted.checked(sender_id, rows[-1][0])
        if changed:
            log.info(
                "tracker %s: %d events redacted after the lead was stored", sender_id, len(changed)
            )
        return len(changed)


def redaction_update(table: sa.Table, tokens: dict[int, str]) -> sa.sql.Update:
    """One UPDATE setting each row's `data` to its token (already encrypted):
    `data = CASE id WHEN ... END WHERE id IN (...)`, which every dialect we run on
    takes (SQLite, PostgreSQL), unlike UPDATE ... FROM (VALUES ...)."""
    whens = {row_id: sa.literal(token, Text) for row_id, token in tokens.items()}
    return (
        sa.update(table)
        .where(table.c.id.in_(list(tokens)))
        .values(data=sa.case(whens, value=table.c.id))
    )
