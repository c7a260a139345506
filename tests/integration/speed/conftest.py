"""Fixtures for speed-to-lead tests: a migrated database (SQLite and PostgreSQL), a
speed unit of work over it, a firm profile in force, and builders for leads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timezone
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.intake.profile import load_profile
from bot.notify.settings import NotifySettings, SmtpSettings, TwilioSettings
from bot.services.profile_store import current_profile
from bot.store import migrate
from bot.store.db import make_engine
from bot.store.unit_of_work import UnitOfWork

ROOT = Path(__file__).resolve().parents[3]
PROFILE = load_profile(ROOT / "config" / "firm_profile.yml")
UTC = timezone.utc


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    migrate.upgrade(db_url)
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def uow(engine: Engine) -> Callable[[], UnitOfWork]:
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    make = lambda: UnitOfWork(factory)  # noqa: E731
    with make() as u:
        current_profile(u)  # seeds the firm profile from the YAML file
        u.commit()
    return make


@pytest.fixture
def notify() -> NotifySettings:
    return NotifySettings(
        public_app_url="https://intake.example",
        smtp=SmtpSettings(host="127.0.0.1", port=2525, sender="intake@firm.example"),
        twilio=TwilioSettings(account_sid="AC1", auth_token="t", from_number="+15005550006"),
    )
