"""The web app alone (no Rasa: these pages need none) on a free port with a throwaway
SQLite database, served by uvicorn in a thread, for real-browser tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.web_app import WebApp, served_web_app


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    with served_web_app(tmp_path_factory.mktemp("speed-web")) as app:
        yield app
