"""In-process benchmarks of the store: throwaway secrets and a throwaway PostgreSQL schema.

Shared by bench/authorization_turn.py and bench/submit_turn.py. Call
`bench_environment()` before importing anything of `bot` (settings are read once,
then cached), then run inside `throwaway_schema()`: a fresh schema of the machine's
PostgreSQL (as the capacity stack uses), migrated, dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


def bench_environment(**extra: str) -> None:
    """Fresh keys for this run (never the developer's), plus `extra` variables."""
    from cryptography.fernet import Fernet

    os.environ.update(
        {
            "APP_ENV": "test",
            "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "BLIND_INDEX_KEY": secrets.token_urlsafe(16),
            "WEBCHAT_SECRET": secrets.token_urlsafe(16),
            "LEAD_API_TOKEN": secrets.token_urlsafe(16),
            "RASA_TELEMETRY_ENABLED": "false",
            **extra,
        }
    )


@contextmanager
def throwaway_schema(admin_url: str = ADMIN_URL) -> Iterator[str]:
    """The URL of a new, migrated schema; the schema is dropped on the way out."""
    from sqlalchemy import create_engine, text

    from bot.store import migrate

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, future=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = f"{admin_url}?options=-csearch_path%3D{schema}"
        migrate.upgrade(url)
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
