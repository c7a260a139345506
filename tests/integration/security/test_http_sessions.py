"""Action-server calls from the web loop and the SMS turn loop leave no session unclosed
(issue 15: "Unclosed client session" in the Rasa log after SMS turns)."""

from __future__ import annotations

import asyncio
import gc
import threading
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from bot.channels.sms.turns import TurnRunner
from bot.devtools.stack import free_port
from bot.rasa_platform import patches as rasa_patches


@pytest.fixture
def action_server() -> Any:
    """A stand-in action server on its own loop and thread."""
    loop = asyncio.new_event_loop()
    port = free_port()

    async def handle(request: web.Request) -> web.Response:
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", handle)
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}/webhook"
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def test_turns_on_two_loops_keep_one_session_each_and_close_them(
    action_server: str, monkeypatch: pytest.MonkeyPatch, install_speedups: Any
) -> None:
    install_speedups("shared_endpoint_session")
    created: list[aiohttp.ClientSession] = []
    real_init = aiohttp.ClientSession.__init__

    def counting_init(self: aiohttp.ClientSession, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        created.append(self)

    monkeypatch.setattr(aiohttp.ClientSession, "__init__", counting_init)
    endpoint = EndpointConfig(action_server)
    turns = TurnRunner("test-sms-turns")

    async def call() -> Any:
        return await endpoint.request(json={"next_action": "x"}, method="post")

    async def web_loop() -> None:
        for _ in range(4):  # web and SMS turns interleaved, as in the running server
            assert await call() == {"events": [], "responses": []}
            assert await turns.run(call) == {"events": [], "responses": []}
        turns.close()  # the SMS loop's session is closed before its loop stops
        await rasa_patches.close_shared_sessions()  # what the server does on stop

    unclosed: list[dict[str, Any]] = []
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(lambda _loop, context: unclosed.append(context))
    try:
        loop.run_until_complete(web_loop())
    finally:
        loop.close()
    gc.collect()
    assert len(created) == 2  # one per loop, not one per switch between them
    assert all(s.closed for s in created)
    assert not [c for c in unclosed if "Unclosed" in str(c.get("message", ""))]
