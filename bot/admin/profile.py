"""`intake-admin profile show | import FILE | history`: the firm profile in the database.

Once the profile lives in the database (seeded from FIRM_PROFILE on first use),
editing the YAML file changes nothing; `profile import` is how a file edit, kept
in version control, becomes the profile in force.
"""

from __future__ import annotations

import argparse

import yaml
from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.admin import database_not_ready, fail
from bot.services import profile_store
from bot.store.unit_of_work import UnitOfWork


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("profile", help="show, import or list versions of the firm profile")
    sub = p.add_subparsers(dest="profile_action", required=True)
    sub.add_parser("show", help="print the profile in force as YAML")
    imp = sub.add_parser("import", help="validate a YAML file and make it the profile in force")
    imp.add_argument("path")
    sub.add_parser("history", help="list saved versions")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        with UnitOfWork() as uow:
            if args.profile_action == "show":
                row = profile_store.current_version(uow)
                uow.commit()
                print(f"# version {row.version} ({row.source}, {row.created_by})")
                print(yaml.safe_dump(row.data, sort_keys=False, allow_unicode=True), end="")
            elif args.profile_action == "history":
                for row in profile_store.history(uow, limit=50):
                    when = f"{row.created_at:%Y-%m-%d %H:%M}"
                    print(f"{row.version}\t{when}\t{row.source}\t{row.created_by}")
            else:
                with open(args.path, encoding="utf-8") as handle:
                    data = yaml.safe_load(handle)
                current = profile_store.current_version(uow).version
                _, version = profile_store.save_profile(
                    uow, data, based_on=current, actor="cli", source=profile_store.SOURCE_CLI
                )
                uow.audit.append("cli", "profile.updated", None, {"version": version})
                uow.commit()
                print(f"imported {args.path} as version {version}")
    except (ValueError, profile_store.ProfileConflict, OSError, yaml.YAMLError) as exc:
        return fail(str(exc))
    except (OperationalError, ProgrammingError) as exc:
        return database_not_ready(exc)
    return 0
