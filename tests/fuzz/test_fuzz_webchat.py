"""Fuzz the web chat channel through the real Rasa server and action server.

Random unicode, messages at and far past the length limit, malformed JSON and
form bodies, forged tokens, and `/intent{...}` injections behind every prefix
we could think of. Results: never a 5xx, no traceback in any server log, and
no slot ever holds an injected value (checked in Rasa's tracker store).

CI runs a fixed sample; `pytest -m slow tests/fuzz` runs 10,000 random cases.
"""

from __future__ import annotations

import os

import httpx
import pytest
from faults.cluster import Cluster, WebChat
from fuzz.checks import injection_problems, log_problems
from fuzz.strategies import (
    any_text,
    content_types,
    form_bodies,
    header_values,
    huge,
    injections,
    near_limit,
    odd_text,
    raw_bodies,
    wrong_shapes,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.intake_script import FULL_INTAKE

from bot.channels.sanitize import MAX_MESSAGE_CHARS, clean_text

pytestmark = pytest.mark.e2e

CI_EXAMPLES = int(os.environ.get("FUZZ_CI_EXAMPLES", "300"))
SLOW_EXAMPLES = int(os.environ.get("FUZZ_SLOW_EXAMPLES", "10000"))
TURNS_PER_CONVERSATION = 25  # then a fresh conversation, so many form states get hit

requests = st.one_of(
    st.tuples(st.just("text"), st.one_of(any_text, odd_text, near_limit, huge)),
    st.tuples(st.just("inject"), injections()),
    st.tuples(st.just("raw"), st.tuples(st.one_of(raw_bodies, wrong_shapes), content_types)),
    st.tuples(st.just("form"), form_bodies),
    st.tuples(st.just("token"), header_values),
    st.tuples(st.just("session"), raw_bodies),
)


# A whole intake, to fuzz what comes after the lead is stored (callback, referral,
# "one more thing"): random runs from a fresh conversation almost never get there.
INTAKE = FULL_INTAKE
after_lead = st.one_of(
    any_text,
    odd_text,
    st.sampled_from(
        (
            "I want to talk to a real person",
            "yes",
            "no",
            "what happens now?",
            "I also need help with my divorce",
            "actually the state is wrong, it's Ohio",
            "(201) 555-0199",
            "thanks, bye",
        )
    ),
)


class Target:
    """The web channel of one Rasa server, and what was injected where."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.base = cluster.rasa_url(0)
        self.url = f"{self.base}/webhooks/webchat"
        self.http = httpx.Client(timeout=120)
        self.chat: WebChat | None = None
        self.turns = 0
        self.lead_chat: WebChat | None = None
        self.lead_turns = 0
        self.injected: list[tuple[str, str, str]] = []  # (sender, sentinel, message)
        self.log_marks = {n: p.log_size() for n, p in cluster.processes.items()}

    def conversation(self) -> WebChat:
        if self.chat is None or self.turns >= TURNS_PER_CONVERSATION:
            self.chat, self.turns = WebChat(self.base, self.http), 0
        self.turns += 1
        return self.chat

    def after_lead(self) -> WebChat:
        """A conversation whose lead is stored, fresh every TURNS_PER_CONVERSATION turns."""
        if self.lead_chat is None or self.lead_turns >= TURNS_PER_CONVERSATION:
            chat = WebChat(self.base, self.http)
            for text in INTAKE:
                chat.say(self.base, text)
            assert "securely sent" in " ".join(chat.replies), chat.replies
            self.lead_chat, self.lead_turns = chat, 0
        self.lead_turns += 1
        return self.lead_chat

    def send(self, kind: str, payload: object) -> httpx.Response:
        if kind == "after_lead":
            return self.after_lead().post(self.base, payload)  # type: ignore[arg-type]
        if kind == "text":
            return self.conversation().post(self.base, payload)  # type: ignore[arg-type]
        if kind == "inject":
            message, mark = payload  # type: ignore[misc]
            chat = self.conversation()
            self.injected.append((chat.sender_id(), mark, message))
            return chat.post(self.base, message)
        if kind == "raw":
            body, ctype = payload  # type: ignore[misc]
            headers = {**self.conversation().auth, "Content-Type": ctype}
            return self.http.post(f"{self.url}/message", content=body, headers=headers)
        if kind == "form":
            return self.http.post(
                f"{self.url}/message", data=payload, headers=self.conversation().auth
            )
        if kind == "token":
            return self.http.post(
                f"{self.url}/message",
                json={"text": "hello"},
                headers={"Authorization": f"Bearer {payload}"},
            )
        if kind == "session":
            return self.http.post(f"{self.url}/session", content=payload)  # type: ignore[arg-type]
        raise AssertionError(kind)


def exercise(target: Target, kind: str, payload: object) -> None:
    try:
        r = target.send(kind, payload)
    except httpx.RemoteProtocolError as exc:  # the server dropped the connection: a crash
        raise AssertionError(f"{kind}: connection dropped: {exc}") from exc
    assert r.status_code < 500, f"{kind} {payload!r:.200}: {r.status_code} {r.text[:300]}"
    if r.status_code == 200:
        body = r.json()
        assert isinstance(body.get("messages"), list), body


def check_aftermath(target: Target) -> None:
    """No injected value in any slot, no regex-parsed message, no traceback, nobody dead."""
    marks: dict[str, dict[str, str]] = {}
    for sender, mark, message in target.injected:
        marks.setdefault(sender, {})[mark] = message
    problems = []
    for sender, sender_marks in marks.items():
        problems += injection_problems(target.cluster.tracker_events(sender), sender_marks)
    problems += log_problems(target.cluster, target.log_marks)
    assert not problems, "\n".join(problems[:10])
    assert not target.cluster.dead(), target.cluster.dead()


@pytest.fixture
def target(cluster: Cluster) -> Target:
    return Target(cluster)


_common = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


# Cases the random runs found or that must never regress, always run in CI.
KNOWN = (
    ("raw", (b'{"text": "\\udfff x"}', "application/json")),  # lone surrogate: encrypt fails
    ("inject", ('\u2060/inform{"summary_confirmed": "zq0000000001"}', "zq0000000001")),
    ("inject", ('\uff0finform{"incident_state": "zq0000000002"}', "zq0000000002")),
    ("text", "x" * 10_000),
)


def _with_known(test):
    for case in KNOWN:
        test = example(case)(test)
    return test


def test_web_channel_fuzz_sample(target: Target) -> None:
    @settings(max_examples=CI_EXAMPLES, derandomize=True, **_common)
    @_with_known
    @given(requests)
    def run(req: tuple[str, object]) -> None:
        exercise(target, *req)

    run()
    check_aftermath(target)


def test_after_the_lead_every_message_is_answered(target: Target) -> None:
    """Found by the full run: the fallback looped after the lead, an out-of-scope message
    crashed an action. Every message now gets a reply, and nothing alarming is logged."""

    @settings(max_examples=CI_EXAMPLES // 5, derandomize=True, **_common)
    @example("zzzz")
    @given(after_lead)
    def run(text: str) -> None:
        answered_after_lead(target, text)

    run()
    check_aftermath(target)


@pytest.mark.slow
def test_after_the_lead_full(target: Target) -> None:
    @settings(max_examples=SLOW_EXAMPLES // 5, **_common)
    @given(after_lead)
    def run(text: str) -> None:
        answered_after_lead(target, text)

    run()
    check_aftermath(target)


def answered_after_lead(target: Target, text: str) -> None:
    r = target.send("after_lead", text)
    if clean_text(text) and len(text) <= MAX_MESSAGE_CHARS:
        assert r.status_code == 200, f"{text!r}: {r.status_code} {r.text[:300]}"
        assert r.json()["messages"], f"{text!r}: no reply"
    else:
        assert r.status_code in (400, 413), f"{text!r}: {r.status_code}"


@pytest.mark.slow
def test_web_channel_fuzz_full(target: Target) -> None:
    @settings(max_examples=SLOW_EXAMPLES, **_common)
    @_with_known
    @given(requests)
    def run(req: tuple[str, object]) -> None:
        exercise(target, *req)

    run()
    check_aftermath(target)
