"""`intake-admin rotate-keys`: re-encrypt under the first key; re-key blind indexes.

Rotating DATA_ENCRYPTION_KEYS:
  1. put the new key first, keep the old one after it: DATA_ENCRYPTION_KEYS=NEW,OLD
  2. restart every process (new writes now use NEW)
  3. intake-admin rotate-keys            (re-runnable; batches of --batch-size rows)
  4. intake-admin rotate-keys --check    (exit 0 only when nothing is left under OLD)
  5. remove OLD: DATA_ENCRYPTION_KEYS=NEW, restart

Changing BLIND_INDEX_KEY: set the new key, restart, then
  intake-admin rotate-keys --blind-index-key-old OLD_KEY
(phone look-ups miss leads, and SMS opt-outs miss numbers, until this has run).
"""

from __future__ import annotations

import argparse
import sys

from bot.config import get_settings
from bot.services import key_rotation
from bot.store.db import get_engine


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "rotate-keys",
        help="re-encrypt every encrypted column under the first DATA_ENCRYPTION_KEYS key",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--batch-size", type=int, default=500, help="rows per transaction")
    p.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if any value is not yet under the first key",
    )
    p.add_argument(
        "--blind-index-key-old",
        metavar="OLD_KEY",
        help="also recompute blind indexes under the current BLIND_INDEX_KEY (OLD_KEY: the "
        "previous one, used to report how many rows moved)",
    )
    p.set_defaults(handler=run)


def _rotate_tracker(url: str, args: argparse.Namespace) -> key_rotation.TableReport | None:
    """Rasa's tracker events (their own database on SQLite): rotated, or encrypted if in clear."""
    from pathlib import Path

    from bot.services.retention import tracker_table_present
    from bot.store.db import make_engine

    if url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        return None  # Rasa never ran here; do not create an empty file
    tracker_engine = get_engine() if url == get_settings().database_url else make_engine(url)
    try:
        if not tracker_table_present(tracker_engine):
            return None
        return key_rotation.rotate_tracker_events(
            tracker_engine, batch_size=args.batch_size, check_only=args.check
        )
    finally:
        if tracker_engine is not get_engine():
            tracker_engine.dispose()


def run(args: argparse.Namespace) -> int:
    settings = get_settings()
    settings.check_secrets()
    if args.batch_size < 1:
        print("intake-admin: --batch-size must be at least 1", file=sys.stderr)
        return 2
    engine = get_engine()
    report = key_rotation.rotate_keys(engine, batch_size=args.batch_size, check_only=args.check)
    tracker = _rotate_tracker(settings.tracker_database_url, args)
    if tracker is not None:
        report.tables.append(tracker)
    for t in report.tables:
        verb = "need rotation" if args.check else "rotated"
        print(
            f"{t.table}: {t.rotated} {verb}, {t.current} already under the first key"
            + (f", {t.changed_meanwhile} rewritten meanwhile" if t.changed_meanwhile else "")
            + (f", {len(t.undecryptable)} UNDECRYPTABLE" if t.undecryptable else "")
        )
        for where in t.undecryptable[:20]:
            print(f"  undecryptable: {t.table} {where}", file=sys.stderr)
    for name in report.skipped_tables:
        print(f"{name}: not in the database (run `intake-admin db upgrade`)", file=sys.stderr)
    status = 0
    if report.undecryptable:
        print(
            f"{report.undecryptable} values decrypt with none of DATA_ENCRYPTION_KEYS; "
            "do not remove any key until they are explained.",
            file=sys.stderr,
        )
        status = 1
    if args.check and report.rotated:
        status = 1
    if args.blind_index_key_old and not args.check:
        r = key_rotation.reindex_blind_indexes(
            engine, args.blind_index_key_old, batch_size=args.batch_size
        )
        print(
            f"blind indexes: {r.recomputed_from_old} moved from the old key, "
            f"{r.recomputed_unknown} recomputed (matched neither key), "
            f"{r.translated} translated, {r.current} already current"
        )
        for what, rows in (("could not be re-keyed", r.unmatched), ("conflict", r.conflicts)):
            for where in rows[:20]:
                print(f"  {what}: {where}", file=sys.stderr)
        if r.unmatched or r.conflicts:
            print(
                f"{len(r.unmatched)} blind indexes matched no known plaintext and "
                f"{len(r.conflicts)} collided with a row already under the new key; "
                "those rows no longer match a phone number (see the README).",
                file=sys.stderr,
            )
            status = 1
    return status
