"""The web channel's public edge (issue 15): rate limits, body size, ended and finished chats.

A real Sanic server on a free port with the channel's blueprint, an agent
whose turns are scripted, and the encrypted SQL tracker store on SQLite.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic

from bot.channels.web_limits import TOO_MANY, Limit, RequestLimits
from bot.channels.webchat import RECEIVED, SessionTokens, WebChatInput
from bot.devtools.stack import free_port
from bot.rasa_platform import server as rasa_server
from bot.rasa_platform.endpoints import tracker_store_config
from bot.rasa_platform.tracker_store import EncryptedSQLTrackerStore, decode_event_data

NAME, PHONE = "Wendeline Achterberg", "+16035550123"
DOMAIN = Domain.from_dict(
    {
        "slots": {
            n: {"type": "text", "mappings": [{"type": "custom"}]}
            for n in ("full_name", "phone", "lead_id")
        }
    }
)


class Agent:
    """Enough of Rasa's agent: a tracker store, and a turn that records what was said."""

    def __init__(self, store: Any) -> None:
        self.tracker_store = store

    def is_ready(self) -> bool:
        return True

    async def handle(self, message: UserMessage) -> None:
        tracker = await self.tracker_store.retrieve(message.sender_id) or DialogueStateTracker(
            message.sender_id, DOMAIN.slots
        )
        tracker.update(UserUttered(message.text, {"name": "inform", "confidence": 1.0}))
        if message.text.startswith("my name is"):
            tracker.update(SlotSet("full_name", message.text[11:]))
        if message.text.startswith("call"):
            tracker.update(SlotSet("phone", PHONE))
        reply = "Thanks, stored." if message.text == "submit" else f"Noted, {message.text}."
        tracker.update(BotUttered(reply))
        if message.text == "submit":
            tracker.update(SlotSet("lead_id", "L-9"))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_response(message.sender_id, {"text": reply})


Server = Callable[..., Any]


@pytest.fixture
def serve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Server:
    """Start the channel on a free port; returns (base URL, store, server)."""
    # Sanic's start-up "touch-up" rewrites its own methods once per process; in test
    # mode it keeps the originals, so several apps can start in one test session.
    monkeypatch.setattr(Sanic, "test_mode", True)

    async def start(limits: RequestLimits) -> tuple[str, EncryptedSQLTrackerStore, Any]:
        store = EncryptedSQLTrackerStore(
            DOMAIN, **tracker_store_config(f"sqlite:///{tmp_path / 'tracker.db'}").kwargs
        )
        agent = Agent(store)
        channel = WebChatInput(SessionTokens("s3cret-for-tests", 3600), limits)
        app = Sanic(f"t{uuid.uuid4().hex[:8]}")
        app.config.REQUEST_MAX_SIZE = rasa_server.REQUEST_MAX_BYTES
        app.ctx.agent = agent
        app.blueprint(channel.blueprint(agent.handle), url_prefix="/webhooks/webchat")
        port = free_port()
        server = await app.create_server(
            host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
        )
        await server.startup()
        return f"http://127.0.0.1:{port}/webhooks/webchat", store, server

    return start


async def _stop(server: Any) -> None:
    server.close()
    await server.wait_closed()


def _limits(sessions: int = 100, messages: int = 100, redis_url: str = "") -> RequestLimits:
    return RequestLimits(
        {"session": Limit("session", sessions, 3600), "message": Limit("message", messages, 60)},
        redis_url=redis_url,
    )


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_too_many_new_conversations_from_one_address_get_429(serve: Server) -> None:
    async def go() -> None:
        base, _, server = await serve(_limits(sessions=3))
        try:
            async with httpx.AsyncClient() as c:
                codes = [(await c.post(f"{base}/session")).status_code for _ in range(3)]
                assert codes == [200, 200, 200]
                refused = await c.post(f"{base}/session")
                assert refused.status_code == 429
                assert refused.json()["error"] == TOO_MANY
                assert refused.headers["retry-after"]
        finally:
            await _stop(server)

    run(go())


def test_too_many_messages_from_one_address_get_429(serve: Server) -> None:
    async def go() -> None:
        base, _, server = await serve(_limits(messages=2))
        try:
            async with httpx.AsyncClient() as c:
                token = (await c.post(f"{base}/session")).json()["token"]
                auth = {"Authorization": f"Bearer {token}"}
                for text in ("hello there", "my knee hurts"):
                    ok = await c.post(f"{base}/message", json={"text": text}, headers=auth)
                    assert ok.status_code == 200
                refused = await c.post(f"{base}/message", json={"text": "again"}, headers=auth)
                assert refused.status_code == 429 and "Too many requests" in refused.text
                assert (await c.get(f"{base}/history", headers=auth)).status_code == 429
        finally:
            await _stop(server)

    run(go())


def test_redis_counts_are_shared_between_processes() -> None:
    """Two limiters on one Redis (two Rasa instances): the second sees the first's count."""
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/14"
    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    address = f"198.51.100.{uuid.uuid4().int % 250}-{uuid.uuid4().hex[:6]}"

    async def go() -> list[bool]:
        first, second = _limits(sessions=2, redis_url=url), _limits(sessions=2, redis_url=url)
        try:
            return [
                await first.allow("session", address),
                await second.allow("session", address),
                await first.allow("session", address),
                await second.allow("session", f"{address}-other"),
            ]
        finally:
            await first.backend.close()
            await second.backend.close()

    assert run(go()) == [True, True, False, True]


def test_bodies_over_the_limit_are_refused_before_any_route(serve: Server) -> None:
    async def go() -> None:
        base, _, server = await serve(_limits())
        try:
            async with httpx.AsyncClient() as c:
                big = json.dumps({"text": "x" * (rasa_server.REQUEST_MAX_BYTES + 1)})
                r = await c.post(f"{base}/session", content=big)
                assert r.status_code == 413
        finally:
            await _stop(server)

    run(go())


def test_history_stops_showing_details_once_the_lead_is_stored(serve: Server) -> None:
    async def go() -> None:
        base, _, server = await serve(_limits())
        try:
            async with httpx.AsyncClient() as c:
                token = (await c.post(f"{base}/session")).json()["token"]
                auth = {"Authorization": f"Bearer {token}"}
                await c.post(f"{base}/message", json={"text": f"my name is {NAME}"}, headers=auth)
                before = (await c.get(f"{base}/history", headers=auth)).text
                assert NAME in before  # resuming mid-intake still works
                await c.post(f"{base}/message", json={"text": "submit"}, headers=auth)
                after = (await c.get(f"{base}/history", headers=auth)).json()
                assert after["messages"] == [{"from": "assistant", "text": RECEIVED}]
                assert NAME not in json.dumps(after)
        finally:
            await _stop(server)

    run(go())


def test_end_chat_revokes_the_token_and_clears_the_tracker(serve: Server) -> None:
    async def go() -> None:
        base, store, server = await serve(_limits())
        try:
            async with httpx.AsyncClient() as c:
                token = (await c.post(f"{base}/session")).json()["token"]
                auth = {"Authorization": f"Bearer {token}"}
                await c.post(f"{base}/message", json={"text": f"call {PHONE}"}, headers=auth)
                assert (await c.post(f"{base}/end", headers=auth)).status_code == 204
                assert (await c.get(f"{base}/history", headers=auth)).status_code == 401
                again = await c.post(f"{base}/message", json={"text": "hi"}, headers=auth)
                assert again.status_code == 401
        finally:
            await _stop(server)
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("select data from events").scalars().all()
        assert rows and PHONE not in json.dumps([decode_event_data(r) for r in rows])

    run(go())


def test_each_visitor_behind_the_local_proxy_has_their_own_count(serve: Server) -> None:
    """All traffic comes from 127.0.0.1 behind the proxy; X-Forwarded-For tells visitors apart."""

    async def go() -> None:
        base, _, server = await serve(_limits(sessions=1))
        try:
            async with httpx.AsyncClient() as c:

                def via_proxy(client: str) -> dict[str, str]:
                    return {"X-Forwarded-For": f"10.9.8.7, {client}"}  # the proxy's entry is last

                first = await c.post(f"{base}/session", headers=via_proxy("198.51.100.20"))
                other = await c.post(f"{base}/session", headers=via_proxy("198.51.100.21"))
                again = await c.post(f"{base}/session", headers=via_proxy("198.51.100.20"))
                assert [first.status_code, other.status_code, again.status_code] == [200, 200, 429]
        finally:
            await _stop(server)

    run(go())
