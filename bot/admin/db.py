"""`intake-admin db upgrade|downgrade|current`: schema migrations."""

from __future__ import annotations

import argparse

from bot.store import migrate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("db", help="database migrations")
    p.add_argument("action", choices=["upgrade", "downgrade", "current"])
    p.add_argument("revision", nargs="?", help="target revision (default: head / one step)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "upgrade":
        migrate.upgrade(revision=args.revision or "heads")
    elif args.action == "downgrade":
        migrate.downgrade(revision=args.revision or "-1")
    else:
        migrate.current()
    return 0
