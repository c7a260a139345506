"""Subcommands of `intake-admin`: each module here defines `register(subparsers)`.

The package itself holds how every subcommand reports a failure: one line on
stderr and exit code 1.
"""

from __future__ import annotations

import sys


def fail(message: str) -> int:
    print(f"intake-admin: {message}", file=sys.stderr)
    return 1


def database_not_ready(exc: Exception) -> int:
    """The tables are missing or unreachable: say which command makes them."""
    return fail(
        f"the database is not ready ({exc.__class__.__name__}); run `intake-admin db upgrade`"
    )
