"""Fixtures for the attorney queue: a fresh database per test, seeded users and
leads, and the real web app (create_app) pointed at that database."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from bot.services import attorney_accounts as accounts
from bot.services.attorney_accounts import create_user
from bot.services.profile_store import current_profile
from bot.store import migrate
from bot.store.db import make_engine
from bot.store.models import Lead, Transcript
from bot.store.unit_of_work import UnitOfWork
from bot.web.app import create_app
from bot.web.attorney.config import AttorneyWebConfig

PASSWORD = "correct horse battery staple"
UowFactory = Callable[[], UnitOfWork]


def _factory(url: str, upgrade: bool = True) -> Iterator[UowFactory]:
    if upgrade:
        # "heads": sibling branches (0002/0004) may not be chained to ours yet.
        migrate.upgrade(url, "heads")
    engine = make_engine(url)
    maker = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    yield lambda: UnitOfWork(maker)
    engine.dispose()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2's real cost (~0.2 s a hash) is the point in production and only slows
    these tests, which sign in hundreds of times; the flow is the same."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", cheap)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", cheap.hash("dummy"))


@pytest.fixture
def att_uow(db_url: str) -> Iterator[UowFactory]:
    """A unit-of-work factory on SQLite and on PostgreSQL (parametrised by db_url)."""
    yield from _factory(db_url)


@pytest.fixture
def sqlite_uow(sqlite_url: str) -> Iterator[UowFactory]:
    yield from _factory(sqlite_url)


@pytest.fixture
def speed_uow(sqlite_uow: UowFactory, sqlite_url: str) -> Iterator[UowFactory]:
    """A second factory on sqlite_uow's database, with an engine of its own: the one the
    app's speed-to-lead pages are given (app.state.speed_uow_factory)."""
    yield from _factory(sqlite_url, upgrade=False)


class Seed:
    """Users and leads written straight through the unit of work."""

    def __init__(self, factory: UowFactory) -> None:
        self.factory = factory

    def user(
        self, role: str = "attorney", attorney_id: str | None = "a-reyes", name: str = "User"
    ) -> str:
        email = f"{uuid.uuid4().hex[:10]}@example.com"
        with self.factory() as uow:
            create_user(
                uow,
                email=email,
                name=name,
                role=role,
                password=PASSWORD,
                attorney_id=attorney_id,
                profile=current_profile(uow),
                actor="test",
            )
            uow.commit()
        return email

    def lead(self, **fields: Any) -> str:
        turns = fields.pop("turns", [{"sender": "visitor", "text": "hello", "at": None}])
        values: dict[str, Any] = {
            "conversation_id": f"web-{uuid.uuid4().hex}",
            "channel": "web",
            "full_name": "Pat Doe",
            "incident_state": "NY",
            "case_type": "surgical",
            "qualification": "qualified",
            "qualification_reasons": ["State NY is one the firm takes."],
            "priority": "normal",
            "deadline": date.today() + timedelta(days=200),
            "limitation": {
                "deadline": None,
                "open": True,
                "days_left": 200,
                "basis": "basis",
                "citation": "N.Y. C.P.L.R. 214-a",
                "explanation": "Two and a half years from the act.",
                "flags": [],
            },
        }
        values.update(fields)
        with self.factory() as uow:
            lead = Lead(**values)
            uow.leads.add(lead)
            uow.session.flush()
            lead.transcript = Transcript(turns=json.dumps(turns))
            uow.commit()
            return lead.id


@pytest.fixture
def seed(sqlite_uow: UowFactory) -> Seed:
    return Seed(sqlite_uow)


class Browser:
    """A TestClient that signs in like a browser and knows the page's CSRF token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def login(self, email: str, password: str = PASSWORD) -> Any:
        page = self.client.get("/attorney/login")
        token = csrf_in(page.text)
        response = self.client.post(
            "/attorney/login",
            data={"csrf_token": token, "email": email, "password": password},
            follow_redirects=False,
        )
        if response.status_code == 303:
            self.csrf = csrf_in(self.client.get("/attorney").text)
        return response

    def post(self, path: str, data: dict[str, str] | None = None, **kw: Any) -> Any:
        return self.client.post(
            path, data={"csrf_token": self.csrf, **(data or {})}, follow_redirects=False, **kw
        )

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(path, follow_redirects=False, **kw)

    @staticmethod
    def csrf_in(html: str) -> str:
        return csrf_in(html)


def csrf_in(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


@pytest.fixture
def app_for(sqlite_uow: UowFactory) -> Callable[..., Any]:
    """The real app (chat page and all), with the attorney pages on the test database."""

    def make(config: AttorneyWebConfig | None = None) -> Any:
        app = create_app()
        app.state.attorney_uow_factory = sqlite_uow
        app.state.attorney_config = config or AttorneyWebConfig()
        return app

    return make


@pytest.fixture
def browser_for(app_for: Callable[..., Any]) -> Callable[..., Browser]:
    def make(ip: str = "203.0.113.7", app: Any = None) -> Browser:
        # https: the session cookie is Secure by default, and httpx honours that.
        client = TestClient(app or app_for(), base_url="https://testserver", client=(ip, 50000))
        return Browser(client)

    return make
