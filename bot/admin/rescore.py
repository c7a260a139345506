"""`intake-admin rescore [--apply]`: the command line of bot/services/rescore.py."""

from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.admin import database_not_ready, fail
from bot.services.rescore import rescore
from bot.store.unit_of_work import UnitOfWork


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "rescore",
        help="qualify stored leads again with the firm profile in force (dry run by default)",
    )
    p.add_argument("--apply", action="store_true", help="store the new tiers (default: dry run)")
    p.add_argument(
        "--scope", choices=("all", "open", "closed"), default="all", help="which leads (all)"
    )
    p.add_argument("--quiet", action="store_true", help="print the summary only")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = rescore(UnitOfWork, today=date.today(), apply=args.apply, scope=args.scope)
    except ValueError as exc:
        return fail(str(exc))
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    if not args.quiet:
        for change in report.changes or []:
            print(change.line())
    print(report.summary(applied=args.apply))
    return 0
