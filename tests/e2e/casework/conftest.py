"""The web app alone (the signing page and the attorney app need no Rasa) on a free
port with a throwaway SQLite database, served by uvicorn in a thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.web_app import WebApp, served_web_app

CaseworkApp = WebApp


@pytest.fixture(scope="module")
def casework_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    with served_web_app(tmp_path_factory.mktemp("casework-web")) as app:
        yield app
