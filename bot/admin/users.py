"""`intake-admin create-user | list-users | disable-user | enable-user | reset-password`.

Staff accounts for the attorney queue. The first admin can only come from here
(the web app has no sign-up page). Passwords are read with getpass (never from
argv, which lands in shell history and `ps`), or from the first line of stdin
with --password-stdin for scripts.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime, timezone

from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.admin import database_not_ready, fail
from bot.intake.lead_queue import ROLES
from bot.services.attorney_accounts import (
    AccountError,
    check_password_rules,
    create_user,
    list_users,
    normalise_email,
    set_active,
    set_password,
)
from bot.services.profile_store import current_profile
from bot.store.unit_of_work import UnitOfWork

ACTOR = "cli"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("create-user", help="create an attorney-queue account")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--attorney-id",
        help="id of the attorney in the firm profile (required for --role attorney)",
    )
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin's first line"
    )
    p.set_defaults(handler=run_create)

    p = subparsers.add_parser("list-users", help="list attorney-queue accounts")
    p.set_defaults(handler=run_list)

    for name, active in (("disable-user", False), ("enable-user", True)):
        p = subparsers.add_parser(
            name,
            help=("disable an account and end its sessions" if not active else "enable an account"),
        )
        p.add_argument("--email", required=True)
        p.set_defaults(handler=run_set_active, active=active)

    p = subparsers.add_parser(
        "reset-password", help="set a new password for an account and end its sessions"
    )
    p.add_argument("--email", required=True)
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=run_reset_password)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password (12+ characters): ")
    check_password_rules(first)
    if getpass.getpass("Password again: ") != first:
        raise AccountError("The two passwords differ.")
    return first


def run_create(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args.password_stdin)
        with UnitOfWork() as uow:
            profile = current_profile(uow)
            user = create_user(
                uow,
                email=args.email,
                name=args.name,
                role=args.role,
                password=password,
                attorney_id=args.attorney_id,
                profile=profile,
                actor=ACTOR,
            )
            uow.commit()
            print(f"created {user.role} {user.email} (id {user.id})")
    except AccountError as exc:
        return fail(str(exc))
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    return 0


def run_list(args: argparse.Namespace) -> int:
    try:
        with UnitOfWork() as uow:
            users = list_users(uow)
            rows = [
                (
                    u.email,
                    u.name,
                    u.role,
                    u.attorney_id or "-",
                    "active" if u.active else "disabled",
                )
                for u in users
            ]
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    if not rows:
        print(
            "no accounts yet; create the first admin with `intake-admin create-user --role admin`"
        )
        return 0
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    try:
        with UnitOfWork() as uow:
            user = uow.users.by_email(normalise_email(args.email))
            if user is None:
                return fail(f"no account for {args.email}")
            revoked = set_active(
                uow, user, args.active, actor=ACTOR, now=datetime.now(timezone.utc)
            )
            uow.commit()
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    state = "enabled" if args.active else f"disabled ({revoked} session(s) ended)"
    print(f"{args.email}: {state}")
    return 0


def run_reset_password(args: argparse.Namespace) -> int:
    try:
        with UnitOfWork() as uow:
            user = uow.users.by_email(normalise_email(args.email))
            if user is None:
                return fail(f"no account for {args.email}")
            password = _read_password(args.password_stdin)
            set_password(uow, user, password, actor=ACTOR, now=datetime.now(timezone.utc))
            uow.commit()
    except AccountError as exc:
        return fail(str(exc))
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    print(f"{args.email}: password changed; existing sessions ended")
    return 0
