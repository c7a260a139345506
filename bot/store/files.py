"""Owner-only database files: var/ is 0700, a SQLite file and its -wal/-shm are 0600.

The databases hold encrypted columns, but also what is not encrypted (ids,
timestamps, statuses) and, before issue 15, Rasa's tracker in clear: a backup
or another local account must not be able to read them. SQLite creates its
-wal and -shm files with the permissions of the database file, so creating
that file 0600 first is enough; files an older version left 0644 are fixed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from bot.config import VAR_DIR

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def owner_only_dir(path: Path) -> None:
    """Create `path` 0700; tighten the project's var/ directory if it exists already."""
    if not path.exists():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
    elif path.resolve() == VAR_DIR.resolve():
        os.chmod(path, 0o700)


def owner_only_sqlite(db: Path) -> None:
    """Create the SQLite file (and its directory) owner-only, before SQLite does."""
    owner_only_dir(db.parent)
    fd = os.open(db, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for path in (db, *(db.with_name(db.name + s) for s in SQLITE_SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, 0o600)
