"""The SMS channel's guarantees, through the real Rasa server and dialogue."""

from __future__ import annotations

import re
import threading

import httpx
import pytest
from support.fake_twilio import Reply, Slow
from support.sms_stack import PUBLIC, SmsStack
from support.twilio_webhooks import WEBHOOK_PATH, new_number, new_sid
from twilio.request_validator import RequestValidator

pytestmark = pytest.mark.e2e

STORY = "The surgeon left a sponge inside me during my gallbladder surgery"


def consented(sms: SmsStack) -> str:
    number = new_number()
    sms.say(number, "hello")
    assert "what happened" in " ".join(sms.say(number, "yes")).lower()
    return number


def test_forged_or_misaddressed_signatures_get_403(sms_stack: SmsStack) -> None:
    hooks = sms_stack.hooks
    params = hooks.message_params(new_number(), "hello")
    forged = RequestValidator("wrong-token").compute_signature(PUBLIC + WEBHOOK_PATH, params)
    assert hooks.post(WEBHOOK_PATH, params, forged).status_code == 403
    assert hooks.post(WEBHOOK_PATH, params, None).status_code == 403
    local_url = sms_stack.stack.rasa_url + WEBHOOK_PATH  # what request.url would say
    assert hooks.post(WEBHOOK_PATH, params, hooks.sign(local_url, params)).status_code == 403
    assert sms_stack.outcome(params["MessageSid"]) is None
    assert sms_stack.fake.sent(params["From"]) == []


def test_a_replay_is_acknowledged_and_sends_nothing_again(sms_stack: SmsStack) -> None:
    number = consented(sms_stack)
    sid = new_sid()
    first = sms_stack.say(number, STORY, sid=sid)
    assert first and "provider" in " ".join(first).lower()
    for _ in range(2):
        _, response = sms_stack.hooks.message(number, STORY, sid=sid)
        assert response.status_code == 200 and "<Response/>" in response.text
    # The same ordered queue: the replays were handled first, and sent nothing.
    after = sms_stack.say(number, "Dr. Patel at St. Mary's")
    assert len(after) == 1 and "what injury" in after[0].lower()
    bodies = sms_stack.fake.bodies(number)
    assert sum("provider involved" in b for b in bodies) == 1


def test_two_messages_in_flight_get_replies_in_order(sms_stack: SmsStack) -> None:
    number = consented(sms_stack)
    before = len(sms_stack.fake.sent(number))
    # The first reply is slow to send: a channel without per-conversation order
    # would let the second message's reply overtake it.
    sms_stack.fake.script(Slow(1.0), to=number)
    _, r1 = sms_stack.hooks.message(number, STORY)
    sid2, r2 = sms_stack.hooks.message(number, "Dr. Patel at St. Mary's")
    assert (r1.status_code, r2.status_code) == (200, 200)
    sms_stack.wait_handled(sid2)
    bodies = [b.lower() for b in sms_stack.fake.bodies(number)[before:]]
    provider_q = next(i for i, b in enumerate(bodies) if "provider involved" in b)
    injury_q = next(i for i, b in enumerate(bodies) if "what injury" in b)
    assert provider_q < injury_q


def test_stop_then_silence_start_resumes_and_help_answers(sms_stack: SmsStack) -> None:
    number = consented(sms_stack)
    help_reply = " ".join(sms_stack.say(number, "HELP"))
    assert "Harbor & Vale" in help_reply and "555 010 0199" in help_reply
    assert sms_stack.say(number, "STOP") == []
    assert sms_stack.say(number, STORY) == []
    assert sms_stack.say(number, "help") == []
    [welcome] = sms_stack.say(number, "START")
    assert "Welcome back" in welcome
    resumed = " ".join(sms_stack.say(number, STORY)).lower()
    assert "provider" in resumed


def test_a_flood_is_throttled_and_others_are_still_served(sms_stack: SmsStack) -> None:
    throttled_before = sms_stack.health()["throttled"]
    flooder = new_number()
    sids = []
    for n in range(45):
        sid, response = sms_stack.hooks.message(flooder, f"message {n}")
        assert response.status_code == 200  # acknowledged, throttled or not
        sids.append(sid)
    other = new_number()
    assert "reply YES" in sms_stack.say(other, "hello")[0]
    health = sms_stack.wait_idle()
    admitted = [s for s in sids if sms_stack.recorded(s)]
    assert all(sms_stack.outcome(s) is not None for s in admitted)
    # The burst (20) plus at most a token or two refilled (6/min) while posting.
    assert 20 <= len(admitted) < 45
    assert health["throttled"] - throttled_before == 45 - len(admitted)
    # Each admitted message is handled: the consent prompt, the question put another way,
    # a note that we wait for a YES, then nothing more (no question is asked three times in
    # a row), so never more texts than messages.
    assert len(sms_stack.fake.sent(flooder)) == min(len(admitted), 3)
    log = (sms_stack.stack.log_dir / "honcho.log").read_text(errors="replace")
    assert len(re.findall(r"rate limit reached .*throttling", log)) == 1


def test_a_twilio_500_is_recorded_and_not_sent_again(sms_stack: SmsStack) -> None:
    number = consented(sms_stack)
    sms_stack.fake.script(Reply(500), to=number)
    assert sms_stack.say(number, STORY) == []
    attempts = [r for r in sms_stack.fake.attempts(number) if "provider" in r.body.lower()]
    assert [r.status_code for r in attempts] == [500]
    last = sms_stack.outbound(number)[-1]
    assert (last["status"], last["failure"], last["attempts"]) == ("unknown", "server_error", 1)


def test_status_callbacks_out_of_order_keep_the_latest_state(sms_stack: SmsStack) -> None:
    number = consented(sms_stack)
    sent = sms_stack.fake.sent(number)[-1]
    assert sent.status_callback and sent.status_callback.startswith(PUBLIC)
    for state in ("delivered", "sent"):
        assert sms_stack.hooks.status(sent.status_callback, sent.sid, state).status_code == 204
    row = next(r for r in sms_stack.outbound(number) if r["message_sid"] == sent.sid)
    assert row["status"] == "delivered"


def test_concurrent_conversations_do_not_mix(sms_stack: SmsStack) -> None:
    numbers = [consented(sms_stack) for _ in range(3)]
    sids: dict[str, str] = {}

    def text(number: str) -> None:
        sids[number], _ = sms_stack.hooks.message(number, STORY)

    threads = [threading.Thread(target=text, args=(n,)) for n in numbers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for number in numbers:
        sms_stack.wait_handled(sids[number])
        assert "provider involved" in sms_stack.fake.bodies(number)[-1].lower()


def test_the_channel_is_off_without_configuration(stack) -> None:  # noqa: ANN001
    """The plain stack (no TWILIO_*): 503 on the webhook, one log line, web chat unaffected."""
    base = f"{stack.rasa_url}/webhooks/twilio"
    assert httpx.post(f"{base}/webhook", data={"Body": "hi"}).status_code == 503
    assert httpx.get(f"{base}/").json() == {"status": "ok", "enabled": False}
    log = (stack.log_dir / "honcho.log").read_text(errors="replace")
    assert log.count("SMS channel off") == 1
    assert httpx.get(f"{stack.rasa_url}/webhooks/webchat/").json()["ready"] is True
