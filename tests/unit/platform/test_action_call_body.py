"""Action calls' request bodies (issue 17): the shared session sends exactly the text
json.dumps makes (as aiohttp's default does), only faster."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from bot.devtools.stack import free_port
from bot.rasa_platform import patches as rasa_patches

# Shaped like Rasa's action call: nested events, non-ASCII text, floats, None, booleans.
PAYLOAD: dict[str, Any] = {
    "next_action": "intake_form",
    "sender_id": "web-8f2c",
    "tracker": {
        "events": [
            {"event": "user", "text": "Señora Núñez — 3 días", "timestamp": 1.5e9},
            {"event": "slot", "name": "age", "value": 41.25, "timestamp": None},
            {"event": "slot", "name": "died", "value": False},
            {"event": "bot", "text": 'She said "why?"\nThen: ok', "data": {"buttons": []}},
        ],
        "slots": {"providers": ["Dr. O'Hara", {"clinic": "Elm"}], "empty": {}},
    },
    "domain": {"intents": ["inform", "greet"], "session_config": {"expire": 60}},
    "version": "3.6.21",
}


@pytest.fixture
def session_patch() -> Iterator[None]:
    saved = vars(EndpointConfig)["session"]
    rasa_patches.patch_shared_endpoint_session()
    yield
    EndpointConfig.session = saved


def test_the_body_is_json_dumps_text() -> None:
    assert rasa_patches.json_body(PAYLOAD) == json.dumps(PAYLOAD)
    looped: dict[str, Any] = {"a": []}
    looped["a"].append(looped)
    with pytest.raises(ValueError, match="Circular"):
        json.dumps(looped)
    with pytest.raises(RecursionError):  # still fails, with another error
        rasa_patches.json_body(looped)


async def _bodies_sent(calls: int) -> list[bytes]:
    received: list[bytes] = []

    async def handle(request: web.Request) -> web.Response:
        received.append(await request.read())
        assert request.content_type == "application/json"
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        for _ in range(calls):
            await endpoint.request(json=PAYLOAD, method="post")
        shared = endpoint.__dict__["_medmal_session"][1]
        assert shared._json_serialize is rasa_patches.json_body  # ours encoded them
        await rasa_patches.close_shared_sessions()
    finally:
        await runner.cleanup()
    return received


def test_the_action_server_receives_the_same_bytes(session_patch: None) -> None:
    bodies = asyncio.run(_bodies_sent(2))
    assert bodies == [json.dumps(PAYLOAD).encode()] * 2
    assert json.loads(bodies[0]) == PAYLOAD
