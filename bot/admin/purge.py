"""`intake-admin purge`: delete leads, answers and Rasa tracker events past retention.

Safe from cron: re-runnable, batched, exit 0 when there is nothing to do, and
every deletion is written to the audit log (counts and lead ids only). What is
kept and what goes is described in bot/services/retention.py and the README.
"""

from __future__ import annotations

import argparse
import sys

from bot.config import ConfigError, environment, get_settings, retention_days_from_env
from bot.services import retention
from bot.store.db import engine_for, get_engine


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "purge",
        help="delete data past the retention period (RETENTION_DAYS)",
        description=__doc__,
    )
    p.add_argument(
        "--older-than-days",
        type=int,
        help="retention period in days (default: RETENTION_DAYS from the environment)",
    )
    p.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    p.add_argument("--batch-size", type=int, default=200, help="rows per transaction")
    p.add_argument("--skip-tracker", action="store_true", help="leave Rasa's tracker events alone")
    p.set_defaults(handler=run)


def retention_days(explicit: int | None) -> int:
    """--older-than-days, else RETENTION_DAYS; no built-in default for a command that deletes."""
    if explicit is not None:
        days = explicit
    else:
        configured = retention_days_from_env(environment())
        if configured is None:
            raise ConfigError("Set RETENTION_DAYS or pass --older-than-days.")
        days = configured
    if days < 1:
        raise ConfigError(f"the retention period must be at least 1 day, got {days}")
    return days


def run(args: argparse.Namespace) -> int:
    settings = get_settings()
    settings.check_secrets()
    days = retention_days(args.older_than_days)
    if args.batch_size < 1:
        raise ConfigError("--batch-size must be at least 1")
    engine = get_engine()
    tracker = None
    if not args.skip_tracker:
        tracker = (
            engine
            if settings.tracker_database_url == settings.database_url
            else engine_for(settings.tracker_database_url)
        )
    report = retention.purge(
        engine, days, tracker_engine=tracker, dry_run=args.dry_run, batch_size=args.batch_size
    )
    for line in report.lines():
        print(line)
    if report.nothing_to_do:
        print("nothing to purge")
    sys.stdout.flush()
    return 0
