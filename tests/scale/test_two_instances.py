"""Two Rasa servers behind nginx, sharing the PostgreSQL tracker store and the Redis lock store.

Messages for the same conversations are fired at both instances at once. The
Redis lock must serialise each conversation across instances, so in Rasa's
stored history every message appears exactly once, each is followed by its
own replies before the next message starts, and the replies each HTTP caller
got are exactly the ones stored after its message.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import secrets

import httpx
import pytest
from faults.cluster import Cluster, WebChat, sender_of
from support.intake_script import FULL_INTAKE, full_intake

pytestmark = pytest.mark.e2e

SCRIPT = FULL_INTAKE
CONVERSATIONS = 8
BURST = 6  # messages per conversation in flight at once, split over both instances


def _visible(events: list[dict]) -> list[tuple[str, str]]:
    """User messages and bot replies as the channel shows them, in stored order."""
    out = []
    for e in events:
        if e.get("event") == "user":
            out.append(("user", e.get("text") or ""))
        elif e.get("event") == "bot" and (e.get("text") or (e.get("data") or {}).get("buttons")):
            out.append(("bot", e.get("text") or ""))
    return out


def _turns(events: list[dict]) -> list[tuple[str, list[str], bool]]:
    """(user text, replies, completed) per stored user message.

    completed: the turn ended with action_listen before the next message
    started, i.e. no other message was handled in the middle of it.
    """
    turns: list[tuple[str, list[str], bool]] = []
    for e in events:
        kind = e.get("event")
        if kind == "user":
            turns.append((e.get("text") or "", [], False))
        elif turns and kind == "bot" and (e.get("text") or (e.get("data") or {}).get("buttons")):
            turns[-1][1].append(e.get("text") or "")
        elif turns and kind == "action" and e.get("name") == "action_listen":
            text, replies, _ = turns[-1]
            turns[-1] = (text, replies, True)
    return turns


async def _burst(urls: list[str], token: str, texts: list[str]) -> dict[str, list[str]]:
    async with httpx.AsyncClient(timeout=120) as http:

        async def send(url: str, text: str) -> tuple[str, httpx.Response]:
            r = await http.post(
                f"{url}/webhooks/webchat/message",
                json={"text": text},
                headers={"Authorization": f"Bearer {token}"},
            )
            return text, r

        results = await asyncio.gather(
            *(send(url, t) for url, t in zip(itertools.cycle(urls), texts))
        )
    out = {}
    for text, r in results:
        assert r.status_code == 200, f"{r.status_code}: {r.text[:300]}"
        out[text] = [m["text"] for m in r.json()["messages"]]
    return out


def test_concurrent_messages_for_the_same_conversations_stay_in_order(cluster: Cluster) -> None:
    lb = cluster.load_balancer()
    urls = [cluster.rasa_url(0), cluster.rasa_url(1)]
    chats = [WebChat(lb.url) for _ in range(CONVERSATIONS)]

    async def all_bursts() -> list[dict[str, list[str]]]:
        bursts = [[f"question {i} {secrets.token_hex(3)}" for i in range(BURST)] for _ in chats]
        return await asyncio.gather(
            *(_burst(urls, c.token, texts) for c, texts in zip(chats, bursts, strict=True))
        )

    answered = asyncio.run(all_bursts())
    for chat, got in zip(chats, answered, strict=True):
        turns = _turns(cluster.tracker_events(chat.sender_id()))
        sent = [t for t, _, _ in turns if t in got]
        assert sorted(sent) == sorted(got), f"lost or duplicated: stored {sent}, sent {list(got)}"
        for text, replies, completed in turns:
            if text in got:
                assert completed, f"{text!r} was interleaved with another message"
                assert replies == got[text], f"{text!r}: caller got {got[text]}, stored {replies}"


def test_an_intake_alternating_between_instances_completes(cluster: Cluster) -> None:
    """Every other turn on the other instance: the shared tracker carries the form."""
    urls = [cluster.rasa_url(0), cluster.rasa_url(1)]
    chat = WebChat(urls[1])
    replies: list[str] = []
    for url, text in zip(itertools.cycle(urls), SCRIPT[:-1]):
        replies = chat.say(url, text)
    # Read before the last answer: once the lead is stored the tracker is redacted.
    stored = [
        text for kind, text in _visible(cluster.tracker_events(chat.sender_id())) if kind == "user"
    ]
    assert stored[-len(SCRIPT) + 1 :] == list(SCRIPT[:-1])
    replies = chat.say(urls[(len(SCRIPT) - 1) % 2], SCRIPT[-1])
    assert "securely sent" in " ".join(replies)


def test_full_intakes_through_the_load_balancer(cluster: Cluster) -> None:
    """Several visitors at once through nginx, each to a stored lead, replies in order."""
    lb = cluster.load_balancer()

    async def say(http: httpx.AsyncClient, token: str, text: str) -> list[str]:
        r = await http.post(
            f"{lb.url}/webhooks/webchat/message",
            json={"text": text},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200, r.text[:300]
        return [m["text"] for m in r.json()["messages"]]

    # Distinct people: each gives their own number (one number is one person, issue 14).
    scripts = [full_intake(f"(201) 555-01{i:02d}") for i in range(CONVERSATIONS)]

    async def visitor(script: tuple[str, ...]) -> tuple[str, list[list[str]]]:
        async with httpx.AsyncClient(timeout=120) as http:
            r = await http.post(f"{lb.url}/webhooks/webchat/session")
            r.raise_for_status()
            token = r.json()["token"]
            return token, [await say(http, token, text) for text in script[:-1]]

    async def many() -> list[tuple[str, list[list[str]]]]:
        return await asyncio.gather(*(visitor(script) for script in scripts))

    async def confirm_all(tokens: list[str]) -> list[list[str]]:
        async with httpx.AsyncClient(timeout=120) as http:
            return await asyncio.gather(*(say(http, t, SCRIPT[-1]) for t in tokens))

    results = asyncio.run(many())
    # The stored turns are read before the last answer: once a lead is stored its
    # conversation is redacted in the tracker (bot/rasa_platform/tracker_store.py).
    for (token, got), script in zip(results, scripts, strict=True):
        turns = _turns(cluster.tracker_events(sender_of(token)))
        mine = [(t, r) for t, r, done in turns if t in script and done]
        assert [t for t, _ in mine] == list(script[:-1])
        assert [r for _, r in mine] == got
    confirmed = asyncio.run(confirm_all([token for token, _ in results]))
    results = [(token, [*got, last]) for (token, got), last in zip(results, confirmed, strict=True)]
    token_api = os.environ["LEAD_API_TOKEN"]
    leads = httpx.get(
        f"{cluster.web_url}/api/leads", headers={"Authorization": f"Bearer {token_api}"}
    ).json()["leads"]
    by_conversation = {lead["conversation_id"]: lead for lead in leads}
    for (token, got), script in zip(results, scripts, strict=True):
        assert "securely sent" in " ".join(got[-1])
        sender = sender_of(token)
        assert sender in by_conversation, "no lead stored"
        kept = [text for _, text in _visible(cluster.tracker_events(sender))]
        assert not any(text in kept for text in script), "visitor text kept after the lead"
