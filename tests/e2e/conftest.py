"""End-to-end fixtures: the real stack (bot.devtools.stack), a chatting visitor, and
Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.devtools.stack import Stack, start_stack

__all__ = ["Chat", "Stack", "start_stack"]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with start_stack(tmp_path_factory.mktemp("stack")) as s:
        yield s


class Chat:
    """A visitor talking to the web channel over HTTP."""

    def __init__(self, stack: Stack, language: str | None = None) -> None:
        """`language`: what the page's language toggle sends with every message, if chosen."""
        self.base = f"{stack.rasa_url}/webhooks/webchat"
        self.language = {"language": language} if language else {}
        r = httpx.post(f"{self.base}/session", json=self.language, timeout=60)
        r.raise_for_status()
        self.token = r.json()["token"]
        self.replies: list[str] = [m["text"] for m in r.json()["messages"]]

    def say(self, text: str) -> list[str]:
        r = httpx.post(
            f"{self.base}/message",
            json={"text": text, **self.language},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=60,
        )
        r.raise_for_status()
        self.replies = [m["text"] for m in r.json()["messages"]]
        return self.replies

    def last(self) -> str:
        return "\n".join(self.replies)


@pytest.fixture
def chat(stack: Stack) -> Chat:
    return Chat(stack)


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian chromium (a Playwright Browser), one per test module; tests open
    their own pages or contexts and close them."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (`.ci/run` does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
