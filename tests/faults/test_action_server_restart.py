"""The action server is killed mid-form and restarted: the form resumes at the same question.

The form's state lives in Rasa's tracker (PostgreSQL here), not in the action
server, so a crash there must cost the visitor at most the message sent while
it was down, never their place in the form or an answer already given.
"""

from __future__ import annotations

import httpx
import pytest
from faults.cluster import Cluster, WebChat

pytestmark = pytest.mark.e2e

STORY = "The ER sent me home with antacids, but it turned out my heart was the problem"


def said(replies: list[str]) -> str:
    return " ".join(replies).lower()


def test_form_resumes_at_the_same_question_after_an_action_server_crash(
    cluster: Cluster,
) -> None:
    base = cluster.rasa_url(0)
    chat = WebChat(base)
    assert "provider" in said(chat.say(base, STORY))
    assert "injury" in said(chat.say(base, "Dr. Gomez at Mercy General Hospital"))

    actions = cluster.processes["actions"]
    actions.kill()
    try:
        during = chat.post(base, "permanent heart damage")
    finally:
        actions.start()
        actions.wait_ready()
    # Rasa logs the failed action and carries on; the visitor must not see a server error
    # (a 503 asking the page to send again, as for a database outage, is fine).
    assert _calm(during), f"HTTP {during.status_code}: {during.text[:300]}"

    # Still at the injury question: the answer is taken and the next question follows,
    # and what was given before the crash is still there.
    assert "when did this happen" in said(chat.say(base, "permanent heart damage"))
    assert "which u.s. state" in said(chat.say(base, "about two years ago"))
    slots = _slots(cluster, chat.sender_id())
    assert slots.get("injury") == "permanent heart damage", slots
    assert slots.get("provider"), slots
    assert not cluster.dead(), cluster.dead()


def test_visitor_hears_one_moment_while_the_action_server_is_down(cluster: Cluster) -> None:
    """Not silence: Rasa logs the failed action and replies nothing, which looks like a
    broken site to a frightened visitor. The channel turns that into 503 "one moment"
    with retry, and the page's resend, once the server is back, gets the next question."""
    base = cluster.rasa_url(0)
    chat = WebChat(base)
    chat.say(base, STORY)
    actions = cluster.processes["actions"]
    actions.kill()
    try:
        during = chat.post(base, "Dr. Gomez at Mercy General Hospital")
    finally:
        actions.start()
        actions.wait_ready()
    assert during.status_code == 503, f"HTTP {during.status_code}: {during.text[:300]}"
    assert _calm(during) and "one moment" in during.json()["error"].lower()
    assert "injury" in said(chat.say(base, "Dr. Gomez at Mercy General Hospital"))


def _calm(r: httpx.Response) -> bool:
    """200, or 503 with a message for the visitor and a request to send again."""
    if r.status_code == 200:
        return True
    if r.status_code != 503:
        return False
    body = r.json()
    return bool(body.get("error")) and body.get("retry") is True


def _slots(cluster: Cluster, sender_id: str) -> dict:
    slots: dict = {}
    for event in cluster.tracker_events(sender_id):
        if event.get("event") == "slot":
            slots[event["name"]] = event.get("value")
    return slots
