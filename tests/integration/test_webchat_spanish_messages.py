"""The web channel's own messages follow the visitor's language (issue 18).

Rasa's replies are translated elsewhere (bot/rasa_platform/nlg.py); these are the ones
the server writes itself: "one moment" when a turn fails, an expired chat, a limit, a
message too long or empty, and the notice /history shows once the lead is stored. A
real Sanic server on a free port runs the channel's blueprint over a scripted agent
and the encrypted SQL tracker store on SQLite.
"""

from __future__ import annotations

import asyncio
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

from bot.channels.sanitize import MAX_MESSAGE_CHARS
from bot.channels.web_limits import Limit, RequestLimits
from bot.channels.web_texts import ENGLISH, SPANISH
from bot.channels.webchat import SessionTokens, WebChatInput
from bot.devtools.stack import free_port
from bot.rasa_platform import server as rasa_server
from bot.rasa_platform.endpoints import tracker_store_config
from bot.rasa_platform.tracker_store import EncryptedSQLTrackerStore

ES = {"language": "es"}
DOMAIN = Domain.from_dict(
    {
        "slots": {
            n: {"type": "text", "mappings": [{"type": "custom"}]} for n in ("lead_id", "language")
        }
    }
)


class DownStore:
    """A tracker store whose database has just gone away."""

    async def retrieve(self, sender_id: str) -> None:
        raise ConnectionError("the database went away")


class Agent:
    """Scripted turns: "falla" raises, "silencio" says nothing, "enviar" stores the lead
    with the conversation's language (the metadata's, else the one the words are in),
    "se cayó" answers and then loses its tracker store."""

    def __init__(self, store: Any) -> None:
        self.tracker_store = store

    def is_ready(self) -> bool:
        return True

    async def handle(self, message: UserMessage) -> None:
        if message.text == "falla":
            raise RuntimeError("the action server is down")
        if message.text == "silencio":
            return
        tracker = await self.tracker_store.retrieve(message.sender_id) or DialogueStateTracker(
            message.sender_id, DOMAIN.slots
        )
        intent = {"name": "inform", "confidence": 1.0}
        tracker.update(UserUttered(message.text, intent, metadata=message.metadata))
        reply = "Gracias." if message.text == "enviar" else "¿Qué pasó?"
        tracker.update(BotUttered(reply))
        if message.text == "enviar":
            language = (message.metadata or {}).get("language", "es")
            tracker.update(SlotSet("language", language))
            tracker.update(SlotSet("lead_id", "L-18"))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_response(message.sender_id, {"text": reply})
        if message.text == "se cayó":
            self.tracker_store = DownStore()


Serve = Callable[..., Any]


@pytest.fixture
def serve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Serve:
    """Start the channel on a free port; returns (base URL, server)."""
    monkeypatch.setattr(Sanic, "test_mode", True)  # several apps in one test session

    async def start(sessions: int = 100, messages: int = 100) -> tuple[str, Any]:
        store = EncryptedSQLTrackerStore(
            DOMAIN, **tracker_store_config(f"sqlite:///{tmp_path / 'tracker.db'}").kwargs
        )
        agent = Agent(store)
        limits = RequestLimits(
            {
                "session": Limit("session", sessions, 3600),
                "message": Limit("message", messages, 60),
            }
        )
        # Tokens live 2 s, long enough for a turn, short enough to watch one expire.
        channel = WebChatInput(SessionTokens("s3cret-for-tests", 2), limits)
        app = Sanic(f"t{uuid.uuid4().hex[:8]}")
        app.config.REQUEST_MAX_SIZE = rasa_server.REQUEST_MAX_BYTES
        app.ctx.agent = agent
        app.blueprint(channel.blueprint(agent.handle), url_prefix="/webhooks/webchat")
        port = free_port()
        server = await app.create_server(
            host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
        )
        await server.startup()
        return f"http://127.0.0.1:{port}/webhooks/webchat", server

    return start


def run(serve: Serve, script: Callable[[httpx.AsyncClient, str], Any], **limits: int) -> None:
    async def go() -> None:
        base, server = await serve(**limits)
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                await script(client, base)
        finally:
            server.close()
            await server.wait_closed()

    asyncio.run(go())


async def _session(client: httpx.AsyncClient, base: str) -> dict[str, str]:
    token = (await client.post(f"{base}/session", json=ES)).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_a_failed_turn_says_one_moment_in_the_chosen_language(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        auth = await _session(client, base)
        for text in ("falla", "silencio"):  # an exception, and a turn with no reply
            es = await client.post(f"{base}/message", json={"text": text, **ES}, headers=auth)
            assert es.status_code == 503
            assert es.json() == {"error": SPANISH.one_moment, "retry": True}
        en = await client.post(
            f"{base}/message", json={"text": "falla", "language": "en"}, headers=auth
        )
        assert en.json()["error"] == ENGLISH.one_moment
        unchosen = await client.post(f"{base}/message", json={"text": "falla"}, headers=auth)
        assert unchosen.json()["error"] == ENGLISH.one_moment

    run(serve, script)


def test_an_expired_chat_is_told_in_the_chosen_language(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        auth = await _session(client, base)
        await asyncio.sleep(3.1)  # past the tokens' 2 s
        es = await client.post(f"{base}/message", json={"text": "hola", **ES}, headers=auth)
        assert es.status_code == 401 and es.json()["error"] == SPANISH.expired
        history = await client.get(f"{base}/history", params=ES, headers=auth)
        assert history.status_code == 401 and history.json()["error"] == SPANISH.expired
        en = await client.post(f"{base}/message", json={"text": "hello"}, headers=auth)
        assert en.json()["error"] == ENGLISH.expired

    run(serve, script)


def test_an_ended_chat_is_told_in_spanish(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        auth = await _session(client, base)
        assert (await client.post(f"{base}/end", headers=auth)).status_code == 204
        again = await client.post(f"{base}/message", json={"text": "hola", **ES}, headers=auth)
        assert again.status_code == 401 and again.json()["error"] == SPANISH.expired

    run(serve, script)


def test_the_limits_answer_in_spanish(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        auth = await _session(client, base)
        refused = await client.post(f"{base}/session", json=ES)
        assert refused.status_code == 429 and refused.json()["error"] == SPANISH.too_many
        english = await client.post(f"{base}/session", json={"language": "en"})
        assert english.json()["error"] == ENGLISH.too_many
        long = {"text": "a" * (MAX_MESSAGE_CHARS + 1), **ES}
        too_long = await client.post(f"{base}/message", json=long, headers=auth)
        assert too_long.status_code == 413 and too_long.json()["error"] == SPANISH.too_long
        # Only control characters: nothing is left once the text is cleaned.
        empty = await client.post(f"{base}/message", json={"text": "\x00\x01", **ES}, headers=auth)
        assert empty.status_code == 400 and empty.json()["error"] == SPANISH.empty

    run(serve, script, sessions=1)


def test_a_stored_lead_is_acknowledged_in_the_conversations_language(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        token = (await client.post(f"{base}/session")).json()["token"]  # no choice made
        auth = {"Authorization": f"Bearer {token}"}
        sent = await client.post(f"{base}/message", json={"text": "enviar"}, headers=auth)
        assert sent.status_code == 200
        # The page chose nothing: the conversation's language slot (Spanish) decides.
        history = (await client.get(f"{base}/history", headers=auth)).json()
        assert history == {
            "messages": [{"from": "assistant", "text": SPANISH.received}],
            "ended": True,
            "language": "es",
        }
        # A choice on the page wins over the slot.
        english = await client.get(f"{base}/history", params={"language": "en"}, headers=auth)
        assert english.json()["messages"][0]["text"] == ENGLISH.received
        ignored = await client.get(f"{base}/history", params={"language": "fr"}, headers=auth)
        assert ignored.json()["messages"][0]["text"] == SPANISH.received

    run(serve, script)


def test_without_a_choice_the_conversations_language_is_used_where_it_can_be_read(
    serve: Serve,
) -> None:
    """The visitor typed Spanish and never touched the toggle."""

    async def script(client: httpx.AsyncClient, base: str) -> None:
        token = (await client.post(f"{base}/session")).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        story = "me operaron de la rodilla y quedé peor que antes"
        assert (await client.post(f"{base}/message", json={"text": story}, headers=auth)).is_success
        # A turn that replied nothing: the tracker store answered, so it is read.
        silent = await client.post(f"{base}/message", json={"text": "silencio"}, headers=auth)
        assert silent.status_code == 503 and silent.json()["error"] == SPANISH.one_moment
        long = {"text": "a" * (MAX_MESSAGE_CHARS + 1)}
        too_long = await client.post(f"{base}/message", json=long, headers=auth)
        assert too_long.json()["error"] == SPANISH.too_long
        empty = await client.post(f"{base}/message", json={"text": "\x00"}, headers=auth)
        assert empty.json()["error"] == SPANISH.empty
        # A turn that raised may be a database outage: the tracker is not read again.
        failed = await client.post(f"{base}/message", json={"text": "falla"}, headers=auth)
        assert failed.json()["error"] == ENGLISH.one_moment

    run(serve, script)


def test_an_english_conversation_without_a_choice_stays_in_english(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        token = (await client.post(f"{base}/session")).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        story = "they operated on my knee and it got worse"
        assert (await client.post(f"{base}/message", json={"text": story}, headers=auth)).is_success
        silent = await client.post(f"{base}/message", json={"text": "silencio"}, headers=auth)
        assert silent.json()["error"] == ENGLISH.one_moment

    run(serve, script)


def test_each_reply_carries_the_conversations_language_without_a_choice(serve: Serve) -> None:
    """The page's own words follow it (chat.js); the server reads it, nobody chose it."""

    async def script(client: httpx.AsyncClient, base: str) -> None:
        started = (await client.post(f"{base}/session")).json()
        assert started["language"] == "en"  # nothing said yet
        auth = {"Authorization": f"Bearer {started['token']}"}
        story = "me operaron de la rodilla y quedé peor que antes"
        reply = await client.post(f"{base}/message", json={"text": story}, headers=auth)
        assert reply.status_code == 200
        assert reply.json() == {"messages": [{"text": "¿Qué pasó?"}], "language": "es"}
        history = (await client.get(f"{base}/history", headers=auth)).json()
        assert history["language"] == "es"
        assert [m["from"] for m in history["messages"]] == ["assistant", "visitor", "assistant"]
        # Once the lead is stored, /history tells the language its slot keeps.
        await client.post(f"{base}/message", json={"text": "enviar"}, headers=auth)
        ended = (await client.get(f"{base}/history", headers=auth)).json()
        assert ended["ended"] is True and ended["language"] == "es"

    run(serve, script)


def test_an_english_conversation_replies_with_english(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        token = (await client.post(f"{base}/session")).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        story = "the surgeon operated on the wrong knee last spring"
        reply = await client.post(f"{base}/message", json={"text": story}, headers=auth)
        assert reply.json()["language"] == "en"

    run(serve, script)


def test_the_language_follows_the_conversation_even_with_a_choice(serve: Serve) -> None:
    """With the toggle on Spanish the conversation is in Spanish, English words or not."""

    async def script(client: httpx.AsyncClient, base: str) -> None:
        started = (await client.post(f"{base}/session", json=ES)).json()
        assert started["language"] == "es"
        auth = {"Authorization": f"Bearer {started['token']}"}
        story = {"text": "the surgeon operated on the wrong knee", **ES}
        reply = await client.post(f"{base}/message", json=story, headers=auth)
        assert reply.json()["language"] == "es"

    run(serve, script)


def test_a_language_that_cannot_be_read_leaves_the_reply_without_it(serve: Serve) -> None:
    async def script(client: httpx.AsyncClient, base: str) -> None:
        auth = await _session(client, base)
        reply = await client.post(f"{base}/message", json={"text": "se cayó"}, headers=auth)
        assert reply.status_code == 200
        assert reply.json() == {"messages": [{"text": "¿Qué pasó?"}]}

    run(serve, script)
