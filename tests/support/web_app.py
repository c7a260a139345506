"""The web app alone (no Rasa: the attorney, signing and booking pages need none) on a free
port with a throwaway SQLite database, served by uvicorn in a thread, for browser tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy.orm import sessionmaker

from bot.store import migrate
from bot.store.db import make_engine
from bot.store.unit_of_work import UnitOfWork
from bot.web.app import create_app
from bot.web.attorney.config import AttorneyWebConfig


@dataclass
class WebApp:
    url: str
    maker: sessionmaker
    app: Any

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.maker)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def served_web_app(folder: Path) -> Iterator[WebApp]:
    """The app on its own database in `folder`, until the block ends."""
    db_url = f"sqlite:///{folder / 'intake.db'}"
    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    maker = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    app = create_app()
    app.state.attorney_uow_factory = lambda: UnitOfWork(maker)
    app.state.speed_uow_factory = lambda: UnitOfWork(maker)
    app.state.attorney_config = AttorneyWebConfig()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "the web app did not start"
    try:
        yield WebApp(f"http://127.0.0.1:{port}", maker, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()
