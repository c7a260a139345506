"""Fuzz the Twilio SMS webhook (bot/channels/twilio_sms.py) through the real Rasa server.

Signed messages with random bodies, senders and media counts; `/intent{...}`
injections from numbers that have consented (so they reach Rasa); unsigned
and garbage posts; oversized bodies; random status callbacks. Results: never
a 5xx, no traceback in any log, and no slot holds an injected value.

The webhook answers Twilio at once and the turn runs afterwards, so the
injection check waits until each injected message is recorded as handled.
Uses the SMS engineer's signing helper (tests/support/twilio_webhooks.py).
"""

from __future__ import annotations

import os
import time

import httpx
import pytest
from faults.cluster import Cluster
from fuzz.checks import injection_problems, log_problems
from fuzz.strategies import any_text, header_values, injections, odd_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from support.twilio_webhooks import WEBHOOK_PATH, TwilioWebhooks, new_sid

from bot.channels.sms.service import conversation_id

pytestmark = pytest.mark.e2e

CI_EXAMPLES = int(os.environ.get("FUZZ_CI_EXAMPLES", "300"))
SLOW_EXAMPLES = int(os.environ.get("FUZZ_SLOW_EXAMPLES", "10000"))
STATUS_PATH = "/webhooks/twilio/status"
CONSENTED = tuple(f"+1201555{n:04d}" for n in range(9100, 9104))

# Random texts go to the first two consented numbers, injections to the other two, so a
# random STOP cannot silence the numbers the injection check relies on.
CHATTY, INJECTED = CONSENTED[:2], CONSENTED[2:]
senders = st.one_of(
    st.sampled_from(CHATTY), st.text(max_size=20), st.from_regex(r"\+1[2-9]\d{9}", fullmatch=True)
)
messages = st.one_of(
    st.tuples(
        st.just("signed"),
        st.fixed_dictionaries(
            {
                "From": senders,
                "Body": st.one_of(any_text, odd_text, st.text(min_size=1500, max_size=2500)),
                "NumMedia": st.one_of(st.just("0"), st.text(max_size=5)),
            }
        ),
    ),
    st.tuples(st.just("inject"), st.tuples(st.sampled_from(INJECTED), injections())),
    st.tuples(
        st.just("unsigned"),
        st.tuples(
            st.dictionaries(st.text(max_size=15), st.text(max_size=50), max_size=6),
            st.one_of(st.none(), header_values),
        ),
    ),
    st.tuples(st.just("raw"), st.binary(max_size=400)),
    st.tuples(st.just("huge"), st.integers(min_value=65 * 1024, max_value=70 * 1024)),
    st.tuples(
        st.just("status"),
        st.fixed_dictionaries(
            {
                "MessageSid": st.one_of(st.text(max_size=40), st.just(new_sid())),
                "MessageStatus": st.text(max_size=15),
                "ErrorCode": st.text(max_size=8),
            }
        ),
    ),
)


class SmsTarget:
    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.hooks = TwilioWebhooks(
            cluster.rasa_url(0),
            cluster.env["TWILIO_PUBLIC_URL"],
            cluster.twilio_token,
            cluster.twilio_account,
            cluster.env["TWILIO_FROM_NUMBER"],
        )
        assert cluster.pg is not None
        self.db = create_engine(cluster.pg.url, future=True)
        self.injected: list[tuple[str, str, str, str]] = []  # (sid, number, sentinel, body)
        self.log_marks = {n: p.log_size() for n, p in cluster.processes.items()}
        for number in CONSENTED:  # consent first, so later texts reach Rasa
            for body in ("hi", "YES"):
                sid, r = self.hooks.message(number, body)
                assert r.status_code == 200, r.text
                self.wait_handled(sid)

    def outcome(self, sid: str) -> str | None:
        with self.db.connect() as conn:
            return conn.execute(
                text("select outcome from sms_inbound where message_sid = :s"), {"s": sid}
            ).scalar_one_or_none()

    def wait_handled(self, sid: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            outcome = self.outcome(sid)
            if outcome is not None:
                return outcome
            time.sleep(0.2)
        raise AssertionError(f"SMS {sid} not handled in {timeout:.0f}s")

    def send(self, kind: str, payload) -> httpx.Response:
        h = self.hooks
        if kind == "signed":
            params = h.message_params(payload["From"], payload["Body"])
            params["NumMedia"] = payload["NumMedia"]
            r = h.post(WEBHOOK_PATH, params, h.sign(h.public_url + WEBHOOK_PATH, params))
            if payload["From"] in CHATTY and r.status_code == 200:
                self.wait_handled(params["MessageSid"])  # one turn at a time: no queue pile-up
            return r
        if kind == "inject":
            number, (body, mark) = payload
            sid, r = h.message(number, body)
            self.injected.append((sid, number, mark, body))
            if r.status_code == 200:
                self.wait_handled(sid)
            return r
        if kind == "unsigned":
            params, signature = payload
            return h.post(WEBHOOK_PATH, params, signature)
        if kind == "raw":
            return h.http.post(
                h.base_url + WEBHOOK_PATH,
                content=payload,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": "x",
                },
            )
        if kind == "huge":
            params = h.message_params(CONSENTED[0], "x" * payload)
            return h.post(WEBHOOK_PATH, params, h.sign(h.public_url + WEBHOOK_PATH, params))
        if kind == "status":
            return h.post(STATUS_PATH, payload, h.sign(h.public_url + STATUS_PATH, payload))
        raise AssertionError(kind)

    def close(self) -> None:
        self.hooks.close()
        self.db.dispose()


def exercise(target: SmsTarget, kind: str, payload) -> None:
    r = target.send(kind, payload)
    assert r.status_code < 500, f"{kind} {payload!r:.200}: {r.status_code} {r.text[:300]}"
    if kind == "unsigned":
        assert r.status_code in (400, 403), r.status_code
    if kind == "huge":
        assert r.status_code == 413, r.status_code


def check_aftermath(target: SmsTarget) -> None:
    for sid, *_ in target.injected:
        target.wait_handled(sid)
    marks: dict[str, dict[str, str]] = {}
    for _, number, mark, body in target.injected:
        marks.setdefault(number, {})[mark] = body
    problems = []
    for number in (*CHATTY, *INJECTED):
        events = target.cluster.tracker_events(conversation_id(number))
        problems += injection_problems(events, marks.get(number, {}))
    problems += log_problems(target.cluster, target.log_marks)
    assert not problems, "\n".join(problems[:10])
    assert not target.cluster.dead(), target.cluster.dead()


@pytest.fixture
def sms(cluster: Cluster):
    target = SmsTarget(cluster)
    yield target
    target.close()


_common = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


def test_twilio_webhook_fuzz_sample(sms: SmsTarget) -> None:
    @settings(max_examples=CI_EXAMPLES, derandomize=True, **_common)
    @given(messages)
    def run(msg) -> None:
        exercise(sms, *msg)

    run()
    check_aftermath(sms)


@pytest.mark.slow
def test_twilio_webhook_fuzz_full(sms: SmsTarget) -> None:
    @settings(max_examples=SLOW_EXAMPLES, **_common)
    @given(messages)
    def run(msg) -> None:
        exercise(sms, *msg)

    run()
    check_aftermath(sms)


def test_a_body_that_is_not_utf8_is_refused_without_a_traceback(cluster: Cluster) -> None:
    """Sanic logs "Failed when parsing form" with a traceback for each such post: log flooding."""
    rasa = cluster.processes["rasa1"]
    since = rasa.log_size()
    r = httpx.post(
        f"{cluster.rasa_url(0)}{WEBHOOK_PATH}",
        content=b"From=%2B12015550100&Body=\xff\xfe",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert r.status_code in (400, 403), r.status_code
    time.sleep(0.2)  # the log line is written after the response
    assert "Failed when parsing form" not in rasa.log_text(since)
