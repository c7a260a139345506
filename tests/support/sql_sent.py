"""The SQL a block of code sends, for tests that a use case saves a round trip."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@contextmanager
def sql_sent() -> Iterator[list[str]]:
    """Each statement sent meanwhile on any engine, lower-cased, spaces collapsed."""
    sent: list[str] = []

    def keep(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        sent.append(" ".join(statement.split()).lower())

    event.listen(Engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", keep)


def selects_from(sent: list[str], table: str) -> list[str]:
    """The SELECTs among `sent` that read `table`."""
    return [s for s in sent if s.startswith("select") and f" from {table}" in s]
