"""`intake-admin`: operator commands, one module per concern in bot/admin/.

Each module in bot.admin defines `register(subparsers)` and sets a `handler`
default that takes the parsed args and returns an exit code, so new commands
are added without touching this file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import bot.admin
from bot.config import ConfigError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intake-admin", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(bot.admin.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"bot.admin.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except ConfigError as exc:
        print(f"intake-admin: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
