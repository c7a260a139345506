"""Re-encrypt every encrypted column under the primary key; re-key blind indexes.

Procedure (README, "Data and privacy"): put the new key first in
DATA_ENCRYPTION_KEYS, keeping the old one after it, restart every process, run
`intake-admin rotate-keys`, check with `intake-admin rotate-keys --check`, and
only then drop the old key. Columns are found from the metadata (every column
whose type is EncryptedText, in every table), so a table added later is rotated
without touching this module.

Rows are read and written as raw text in batches of one transaction each, keyed
on the primary key, so the run can be stopped and restarted at any time. Each
write is a compare-and-set on the old token: a row a live process changed in
the meantime is left alone (it was written under the primary key anyway).
Writes go through a bare table clause, so `updated_at` and other ORM hooks do
not fire: rotating keys must not restart any retention clock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Column, Table, and_, column, inspect, or_, select, table, tuple_, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import Text

from bot.config import ConfigError
from bot.store import crypto
from bot.store.schema import metadata
from bot.store.types import EncryptedText

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BlindIndex:
    """An HMAC look-up column, and where its plaintext can be found again.

    With a `source_column` (an encrypted column of the same row) the index is
    recomputed from the decrypted value. Without one (an SMS opt-out keeps only
    the HMAC, on purpose) it is translated: every plaintext the sourced indexes
    decrypt gives an old-key → new-key pair, and a row whose index is not among
    them cannot be re-keyed and is reported.
    """

    table: str
    index_column: str
    prefix: str  # what the writer feeds the HMAC before the value
    source_column: str | None = None


# Every blind index in the schema. A new one must be listed here, or re-keying
# BLIND_INDEX_KEY leaves it pointing nowhere (a test checks the list is complete).
# Sourced ones first: they build the translation for the others.
BLIND_INDEXES: tuple[BlindIndex, ...] = (
    BlindIndex("leads", "phone_index", "phone:", "phone"),
    BlindIndex("leads", "email_index", "email:", "email"),
    BlindIndex("sms_outbound", "phone_index", "phone:", "phone"),
    BlindIndex("sms_opt_outs", "phone_index", "phone:"),
    BlindIndex("sms_consents", "phone_index", "phone:"),
    BlindIndex("sms_languages", "phone_index", "phone:"),
)


@dataclass
class TableReport:
    table: str
    rotated: int = 0  # values re-encrypted under the primary key
    current: int = 0  # values already under the primary key
    changed_meanwhile: int = 0  # a live process rewrote the row first
    undecryptable: list[str] = field(default_factory=list)  # "pk:column", never values

    def swapped(self, written: bool, values: int) -> None:
        """Count one row's compare-and-set: rotated when it still held its old tokens
        (with --check, always), left alone when a live process rewrote it first."""
        if written:
            self.rotated += values
        else:
            self.changed_meanwhile += 1

    def logged(self) -> TableReport:
        log.info(
            "%s: %d rotated, %d already current, %d undecryptable",
            self.table,
            self.rotated,
            self.current,
            len(self.undecryptable),
        )
        return self


@dataclass
class RotationReport:
    tables: list[TableReport] = field(default_factory=list)
    skipped_tables: list[str] = field(default_factory=list)  # in the metadata, not migrated

    @property
    def undecryptable(self) -> int:
        return sum(len(t.undecryptable) for t in self.tables)

    @property
    def rotated(self) -> int:
        return sum(t.rotated for t in self.tables)

    @property
    def current(self) -> int:
        return sum(t.current for t in self.tables)


def encrypted_columns() -> dict[str, list[str]]:
    """Table name → names of its EncryptedText columns, for every mapped table."""
    found: dict[str, list[str]] = {}
    for tbl in metadata.sorted_tables:
        names = [c.name for c in tbl.columns if isinstance(c.type, EncryptedText)]
        if names:
            found[tbl.name] = names
    return found


def _ciphers(keys: tuple[str, ...]) -> tuple[Fernet, MultiFernet]:
    if not keys:
        raise ConfigError("DATA_ENCRYPTION_KEYS is not set.")
    try:
        fernets = [Fernet(k.encode()) for k in keys]
    except (ValueError, TypeError) as exc:
        raise ConfigError("DATA_ENCRYPTION_KEYS must hold Fernet keys.") from exc
    return fernets[0], MultiFernet(fernets)


def _rekeyed(
    token: str, place: str, primary: Fernet, multi: MultiFernet, result: TableReport
) -> str | None:
    """The token re-encrypted under the primary key, or None when there is nothing to
    write: it already is (counted as current) or no key opens it (`place` is reported)."""
    try:
        primary.decrypt(token.encode("ascii"))
        result.current += 1
        return None
    except InvalidToken:
        pass
    try:
        return multi.rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        result.undecryptable.append(place)
        return None


def _raw_table(tbl: Table, text_columns: list[str]) -> tuple[object, list[Column]]:
    """A bare clause over the table: the named columns as Text, no defaults or hooks."""
    pk = [column(c.name, c.type) for c in tbl.primary_key.columns]
    others = [column(n, Text()) for n in text_columns if n not in tbl.primary_key.columns]
    raw = table(tbl.name, *pk, *others)
    return raw, [raw.c[c.name] for c in tbl.primary_key.columns]


def _batches(
    engine: Engine,
    raw: object,
    pk: list[Column],
    cols: list[str],
    batch_size: int,
    required: list[str] | None = None,
) -> Iterator[list[tuple]]:
    """Keyset pagination over the primary key; each batch read in its own connection.

    Only rows where one of `required` (default: `cols`) is set are read.
    """
    last: tuple | None = None
    key = tuple_(*pk) if len(pk) > 1 else pk[0]
    while True:
        query = select(*pk, *(raw.c[name] for name in cols)).order_by(*pk).limit(batch_size)
        query = query.where(or_(*(raw.c[name].is_not(None) for name in required or cols)))
        if last is not None:
            query = query.where(key > (tuple_(*last) if len(pk) > 1 else last[0]))
        with engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(query)]
        if not rows:
            return
        yield rows
        last = rows[-1][: len(pk)]


def rotate_keys(
    engine: Engine,
    keys: tuple[str, ...] | None = None,
    batch_size: int = 500,
    check_only: bool = False,
) -> RotationReport:
    """Re-encrypt every value not yet under the primary key (or, with check_only, count them)."""
    from bot.config import get_settings

    primary, multi = _ciphers(keys if keys is not None else get_settings().data_encryption_keys)
    report = RotationReport()
    existing = set(inspect(engine).get_table_names())
    for name, cols in encrypted_columns().items():
        if name not in existing:
            report.skipped_tables.append(name)
            continue
        report.tables.append(
            _rotate_table(
                engine, metadata.tables[name], cols, primary, multi, batch_size, check_only
            )
        )
    return report


def _rotate_table(
    engine: Engine,
    tbl: Table,
    cols: list[str],
    primary: Fernet,
    multi: MultiFernet,
    batch_size: int,
    check_only: bool,
) -> TableReport:
    result = TableReport(tbl.name)
    raw, pk = _raw_table(tbl, cols)
    n_pk = len(pk)
    for rows in _batches(engine, raw, pk, cols, batch_size):
        with engine.begin() as conn:
            for row in rows:
                ident, values = row[:n_pk], row[n_pk:]
                changes: dict[str, str] = {}
                olds: dict[str, str] = {}
                for name, token in zip(cols, values, strict=True):
                    if token is None:
                        continue
                    place = f"{':'.join(map(str, ident))}:{name}"
                    new = _rekeyed(token, place, primary, multi, result)
                    if new is not None:
                        changes[name], olds[name] = new, token
                if not changes:
                    continue
                where = and_(
                    *(c == v for c, v in zip(pk, ident, strict=True)),
                    *(raw.c[name] == olds[name] for name in changes),
                )
                swap = update(raw).where(where).values(**changes)
                result.swapped(check_only or conn.execute(swap).rowcount == 1, len(changes))
    return result.logged()


TRACKER_EVENTS_TABLE = "events"  # Rasa's SQL tracker store (bot/rasa_platform/tracker_store.py)


def rotate_tracker_events(
    tracker_engine: Engine,
    keys: tuple[str, ...] | None = None,
    batch_size: int = 500,
    check_only: bool = False,
) -> TableReport:
    """Re-encrypt Rasa's tracker events under the primary key; encrypt rows still in clear.

    The tracker lives in its own database on SQLite (var/tracker.db) and is not in
    our metadata, so it gets its own pass. A row written before tracker
    encryption (JSON, starting "{") is encrypted here: this is how an existing
    installation's plain-text history is migrated. Same compare-and-set batches
    as the columns; `rotated` counts both kinds.
    """
    from bot.config import get_settings
    from bot.rasa_platform.tracker_store import is_encrypted

    primary, multi = _ciphers(keys if keys is not None else get_settings().data_encryption_keys)
    result = TableReport(f"{TRACKER_EVENTS_TABLE} (Rasa tracker)")
    if not inspect(tracker_engine).has_table(TRACKER_EVENTS_TABLE):
        return result
    raw = table(TRACKER_EVENTS_TABLE, column("id"), column("data", Text()))
    pk = [raw.c.id]
    sqlite = tracker_engine.dialect.name == "sqlite"
    in_clear = 0
    for rows in _batches(tracker_engine, raw, pk, ["data"], batch_size):
        with tracker_engine.begin() as conn:
            if sqlite:  # the old text is zeroed, not left in the file's free space
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            for ident, token in rows:
                if is_encrypted(token):
                    new = _rekeyed(token, f"{ident}:data", primary, multi, result)
                    if new is None:
                        continue
                else:
                    new = primary.encrypt(token.encode("utf-8")).decode("ascii")
                    in_clear += 1
                where = and_(raw.c.id == ident, raw.c.data == token)
                swap = update(raw).where(where).values(data=new)
                result.swapped(check_only or conn.execute(swap).rowcount == 1, 1)
    if in_clear and not check_only:
        _scrub_old_text(tracker_engine)
    return result.logged()


def _scrub_old_text(engine: Engine) -> None:
    """After plain text was encrypted in place, leave no copy of the old text behind.

    SQLite: rebuild the file and empty the WAL (free pages, old WAL frames).
    PostgreSQL: an UPDATE keeps the old row version until a vacuum; VACUUM FULL
    rewrites the table without them (a short exclusive lock on the events table).
    Either needs a moment with no other writer; if the server is busy it is logged
    and the next run tries again.
    """
    from sqlalchemy.exc import OperationalError

    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql(f"VACUUM FULL {TRACKER_EVENTS_TABLE}")
    except OperationalError as exc:
        log.warning("tracker table not compacted (%s); run rotate-keys again when idle", exc)


@dataclass
class ReindexReport:
    recomputed_from_old: int = 0  # the index matched the old key, as expected
    recomputed_unknown: int = 0  # matched neither key (or was empty): recomputed all the same
    current: int = 0  # already under the current key
    translated: int = 0  # an index without plaintext, moved through the translation
    unmatched: list[str] = field(default_factory=list)  # "table pk": could not be re-keyed
    conflicts: list[str] = field(default_factory=list)  # "table pk": new index already taken


def reindex_blind_indexes(
    engine: Engine,
    old_key: str,
    new_key: str | None = None,
    keys: tuple[str, ...] | None = None,
    batch_size: int = 500,
) -> ReindexReport:
    """Move every blind index from `old_key` to BLIND_INDEX_KEY (see BlindIndex). Re-runnable."""
    from bot.config import get_settings

    settings = get_settings()
    new_key = new_key if new_key is not None else settings.blind_index_key
    if not new_key:
        raise ConfigError("BLIND_INDEX_KEY is not set.")
    if old_key == new_key:
        raise ConfigError("--blind-index-key-old is the same as BLIND_INDEX_KEY; nothing to do.")
    _, multi = _ciphers(keys if keys is not None else settings.data_encryption_keys)
    report = ReindexReport()
    existing = set(inspect(engine).get_table_names())
    translation: dict[str, dict[str, str]] = {}  # prefix → {old hmac: new hmac}
    for spec in BLIND_INDEXES:
        if spec.table not in existing:
            continue
        if spec.source_column is not None:
            pairs = translation.setdefault(spec.prefix, {})
            _recompute(engine, spec, multi, old_key, new_key, batch_size, report, pairs)
        else:
            pairs = translation.get(spec.prefix, {})
            _translate(engine, spec, pairs, batch_size, report)
    return report


def _recompute(
    engine: Engine,
    spec: BlindIndex,
    multi: MultiFernet,
    old_key: str,
    new_key: str,
    batch_size: int,
    report: ReindexReport,
    pairs: dict[str, str],
) -> None:
    assert spec.source_column is not None
    cols = [spec.source_column, spec.index_column]
    raw, pk = _raw_table(metadata.tables[spec.table], cols)
    for rows in _batches(engine, raw, pk, cols, batch_size, [spec.source_column]):
        with engine.begin() as conn:
            for row in rows:
                ident, (token, stored) = row[: len(pk)], row[len(pk) :]
                try:
                    plain = multi.decrypt(token.encode("ascii")).decode("utf-8")
                except InvalidToken as exc:
                    raise crypto.DecryptionError(
                        f"{spec.table} {':'.join(map(str, ident))}: {spec.source_column} "
                        "does not decrypt with DATA_ENCRYPTION_KEYS"
                    ) from exc
                value = f"{spec.prefix}{plain}"
                wanted = crypto.blind_index(value, new_key)
                old = crypto.blind_index(value, old_key)
                pairs[old] = wanted
                if stored == wanted:
                    report.current += 1
                    continue
                if stored == old:
                    report.recomputed_from_old += 1
                else:
                    report.recomputed_unknown += 1
                where = and_(*(c == v for c, v in zip(pk, ident, strict=True)))
                conn.execute(update(raw).where(where).values({spec.index_column: wanted}))


def _translate(
    engine: Engine,
    spec: BlindIndex,
    pairs: dict[str, str],
    batch_size: int,
    report: ReindexReport,
) -> None:
    raw, pk = _raw_table(metadata.tables[spec.table], [spec.index_column])
    index_col = raw.c[spec.index_column]
    new_values = set(pairs.values())
    moved: set[str] = set()  # an index that is the key may come round again, moved
    for rows in _batches(engine, raw, pk, [spec.index_column], batch_size):
        for row in rows:
            ident, stored = row[: len(pk)], row[-1]
            where_text = f"{spec.table} {':'.join(map(str, ident))}"
            if stored in moved:
                continue
            if stored in new_values:
                report.current += 1
                continue
            if stored not in pairs:
                report.unmatched.append(where_text)
                continue
            where = and_(*(c == v for c, v in zip(pk, ident, strict=True)), index_col == stored)
            try:
                with engine.begin() as conn:
                    conn.execute(
                        update(raw).where(where).values({spec.index_column: pairs[stored]})
                    )
            except IntegrityError:
                report.conflicts.append(where_text)  # a row under the new key exists already
            else:
                report.translated += 1
                moved.add(pairs[stored])
