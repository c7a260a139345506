"""Fixtures for the data-layer tests: a migrated engine on SQLite and PostgreSQL, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.config import get_settings
from bot.store import migrate
from bot.store.db import engine_for, make_engine
from bot.store.unit_of_work import UnitOfWork


@pytest.fixture
def use_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """Change settings mid-test (keys, URLs); the cached settings are re-read each time."""

    def apply(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()

    yield apply
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    migrate.upgrade(db_url)
    eng = make_engine(db_url)
    yield eng
    eng.dispose()
    engine_for(db_url).dispose()  # the one `intake-admin` made, if any


@pytest.fixture
def uow(engine: Engine) -> Callable[[], UnitOfWork]:
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    return lambda: UnitOfWork(factory)
