"""The Twilio HTTP client always carries a timeout (twilio 8.2 would pass None: no limit)."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.channels.sms.sender import _TimedClient


class _Response:
    status = 201
    headers: dict[str, str] = {}

    async def text(self) -> str:
        return "{}"


class _Session:
    def __init__(self) -> None:
        self.kwargs: dict[str, Any] = {}

    async def request(self, **kwargs: Any) -> _Response:
        self.kwargs = kwargs
        return _Response()


def test_a_request_without_a_timeout_gets_the_clients() -> None:
    client = _TimedClient(pool_connections=False, timeout=7.0)
    session = _Session()
    client.session = session  # type: ignore[assignment]
    asyncio.run(client.request("POST", "http://127.0.0.1/x", data={"Body": "hi"}))
    assert session.kwargs["timeout"] == 7.0
    asyncio.run(client.request("POST", "http://127.0.0.1/x", timeout=2.0))
    assert session.kwargs["timeout"] == 2.0
