"""The SMS channel over HTTP: signatures, replays, order, opt-out, consent, floods, failures."""

from __future__ import annotations

import logging
import threading

import httpx
import pytest
from sqlalchemy.exc import OperationalError
from support.fake_twilio import Reply, Slow
from support.sms_harness import FIRST_QUESTION, GREETING, PUBLIC, TOKEN, Harness
from support.twilio_webhooks import WEBHOOK_PATH, new_number, new_sid
from twilio.request_validator import RequestValidator

from bot.channels.sms.replies import Replies
from bot.channels.sms.service import START_TRIGGER, conversation_id
from bot.channels.twilio_sms import EMPTY_TWIML, TwilioSmsInput
from bot.services.sms_records import Admission
from bot.store.repositories import phone_lookup_key

# The harness firm (support/sms_harness.py).
FIRM = Replies("Test Firm", "+1 555 010 0199")


def test_a_correct_signature_is_acknowledged_with_empty_twiml(sms: Harness) -> None:
    _, response = sms.hooks.message(new_number(), "hello")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    assert response.text == EMPTY_TWIML
    sms.drain()


def test_a_forged_signature_is_refused_and_nothing_happens(sms: Harness) -> None:
    number = new_number()
    params = sms.hooks.message_params(number, "hello")
    forged = RequestValidator("not-the-token").compute_signature(PUBLIC + WEBHOOK_PATH, params)
    assert sms.hooks.post(WEBHOOK_PATH, params, forged).status_code == 403
    assert sms.hooks.post(WEBHOOK_PATH, params, None).status_code == 403
    tampered = {**params, "Body": "STOP"}
    good = sms.hooks.sign(PUBLIC + WEBHOOK_PATH, params)
    assert sms.hooks.post(WEBHOOK_PATH, tampered, good).status_code == 403
    sms.drain()
    assert sms.store.inbound_outcome(params["MessageSid"]) is None
    assert sms.fake.sent(number) == []


def test_a_signature_for_the_servers_own_url_is_refused(sms: Harness) -> None:
    """Behind a proxy the local URL differs from Twilio's; only the public one is valid."""
    params = sms.hooks.message_params(new_number(), "hello")
    local = sms.hooks.sign(sms.base_url + WEBHOOK_PATH, params)
    assert sms.hooks.post(WEBHOOK_PATH, params, local).status_code == 403


def test_refused_signatures_are_logged_without_flooding_the_log(
    sms: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    params = sms.hooks.message_params(new_number(), "hello")
    sms.channel.refusals._last = float("-inf")
    with caplog.at_level(logging.WARNING, logger="bot.channels.twilio_sms"):
        for _ in range(5):
            assert sms.hooks.post(WEBHOOK_PATH, params, "bad").status_code == 403
    assert len([r for r in caplog.records if "X-Twilio-Signature" in r.getMessage()]) == 1


def test_first_text_asks_for_consent_and_yes_starts_the_intake(sms: Harness) -> None:
    number = new_number()
    [prompt] = sms.say(number, "hi there")
    assert "reply YES" in prompt
    assert "Msg & data rates may apply. Reply STOP to opt out" in prompt
    assert sms.stub.seen == [] or all(s[0] != conversation_id(number) for s in sms.stub.seen)
    yes_sid = new_sid()
    replies = sms.say(number, "Yes", sid=yes_sid)
    assert GREETING in replies[0] and FIRST_QUESTION in " ".join(replies)
    conv = conversation_id(number)
    assert (conv, START_TRIGGER, "twilio") in sms.stub.seen
    history = sms.store.consent_history(phone_lookup_key(number))
    assert [c.event for c in history] == ["asked", "given"]
    assert history[1].message_sid == yes_sid and "reply YES" in (history[1].wording or "")
    assert sms.store.inbound_outcome(yes_sid) == "consent_given"


def test_no_is_recorded_and_nothing_reaches_the_dialogue(sms: Harness) -> None:
    number = new_number()
    sms.say(number, "hi")
    [reply] = sms.say(number, "no")
    assert "won't continue by text" in reply and "+1 555 010 0199" in reply
    assert sms.store.consent_state(phone_lookup_key(number)) == "declined"
    [reminder] = sms.say(number, "what?")
    assert "Reply YES" in reminder
    assert all(s[0] != conversation_id(number) for s in sms.stub.seen)


def test_visitor_text_is_sanitised_before_rasa(sms: Harness) -> None:
    number = sms.consented()
    sms.say(number, '/inform{"incident_state": "CA"}')
    conv = conversation_id(number)
    texts = [t for c, t, _ in sms.stub.seen if c == conv]
    assert texts[-1] == 'inform{"incident_state": "CA"}'


def test_the_conversation_id_is_not_the_phone_number(sms: Harness) -> None:
    number = new_number()
    conv = conversation_id(number)
    assert conv.startswith("sms-") and len(conv) == 36
    assert number not in conv and number[1:] not in conv
    assert conv == conversation_id(number)


def test_a_replayed_webhook_is_acknowledged_but_sends_nothing_again(sms: Harness) -> None:
    number = sms.consented()
    sid = new_sid()
    first = sms.say(number, "the ER sent me home", sid=sid)
    assert first == ["You said: the ER sent me home"]
    for _ in range(3):
        _, response = sms.hooks.message(number, "the ER sent me home", sid=sid)
        assert response.status_code == 200 and response.text == EMPTY_TWIML
    # The same ordered queue: the replays were handled before this, and sent nothing.
    assert sms.say(number, "barrier") == ["You said: barrier"]
    conv = conversation_id(number)
    assert [t for c, t, _ in sms.stub.seen if c == conv].count("the ER sent me home") == 1


def test_concurrent_replays_are_processed_once(sms: Harness) -> None:
    number = sms.consented()
    before = len(sms.fake.sent(number))
    sid = new_sid()
    codes: list[int] = []

    def post() -> None:
        codes.append(sms.hooks.message(number, "same", sid=sid)[1].status_code)

    threads = [threading.Thread(target=post) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sms.drain()
    assert codes == [200] * 5
    assert sms.fake.bodies(number)[before:] == ["You said: same"]


def test_replies_keep_the_order_of_the_messages_even_when_the_first_turn_is_slow(
    sms: Harness,
) -> None:
    number = sms.consented()
    sms.stub.delays["first, slow"] = 0.5
    # Both are acknowledged before the first turn ends: they are in flight together.
    _, r1 = sms.hooks.message(number, "first, slow")
    _, r2 = sms.hooks.message(number, "second, fast")
    assert (r1.status_code, r2.status_code) == (200, 200)
    sms.drain()
    bodies = sms.fake.bodies(number)
    assert bodies.index("You said: first, slow") < bodies.index("You said: second, fast")


def test_stop_then_nothing_is_sent_until_start(sms: Harness) -> None:
    number = sms.consented()
    stop_sid = new_sid()
    assert sms.say(number, "STOP", sid=stop_sid) == []  # Twilio itself confirms the opt-out
    assert sms.store.is_opted_out(phone_lookup_key(number))
    assert sms.store.inbound_outcome(stop_sid) == "opted_out"
    assert sms.say(number, "are you there?") == []
    assert sms.say(number, "HELP") == []
    conv = conversation_id(number)
    assert "are you there?" not in [t for c, t, _ in sms.stub.seen if c == conv]
    [welcome] = sms.say(number, "START")
    assert "Welcome back" in welcome
    assert not sms.store.is_opted_out(phone_lookup_key(number))
    assert sms.say(number, "I'm back") == ["You said: I'm back"]


def test_stop_holds_replies_still_queued_for_earlier_messages(sms: Harness) -> None:
    number = sms.consented()
    sms.stub.delays["slow before stop"] = 0.5
    sms.hooks.message(number, "slow before stop")
    sms.hooks.message(number, "stop")
    sms.drain()
    assert "You said: slow before stop" not in sms.fake.bodies(number)
    conv = conversation_id(number)
    suppressed = [o for o in sms.store.outbound_for(conv) if o.status == "suppressed"]
    assert [o.body for o in suppressed] == ["You said: slow before stop"]


def test_help_gives_the_firms_name_and_phone(sms: Harness) -> None:
    number = new_number()
    [reply] = sms.say(number, "help")
    assert "Test Firm" in reply and "+1 555 010 0199" in reply and "STOP" in reply


def test_a_flood_is_throttled_and_the_server_stays_responsive(
    sms: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    flooder = new_number()
    sids = []
    with caplog.at_level(logging.WARNING, logger="bot.channels.sms.service"):
        for n in range(30):
            sid, response = sms.hooks.message(flooder, f"spam {n}")
            assert response.status_code == 200
            sids.append(sid)
        sms.drain()
    handled = [s for s in sids if sms.store.inbound_outcome(s) is not None]
    assert len(handled) == 8  # the burst; the clock is frozen, so nothing refills
    health = httpx.get(f"{sms.base_url}/webhooks/twilio/").json()
    assert health["pending"] == 0 and health["throttled"] >= 22
    throttle_logs = [r for r in caplog.records if "rate limit" in r.getMessage()]
    assert len(throttle_logs) == 1
    # Another person is served normally meanwhile, and a STOP from the flooder still counts.
    other = new_number()
    assert "reply YES" in sms.say(other, "hello")[0]
    sms.say(flooder, "STOP")
    assert sms.store.is_opted_out(phone_lookup_key(flooder))


def test_a_500_from_twilio_is_recorded_and_not_sent_again(sms: Harness) -> None:
    number = sms.consented()
    sms.fake.script(Reply(500), to=number)
    assert sms.say(number, "about my surgery") == []
    attempts = [r for r in sms.fake.attempts(number) if "about my surgery" in r.body]
    assert [r.status_code for r in attempts] == [500]
    conv = conversation_id(number)
    row = [o for o in sms.store.outbound_for(conv) if "about my surgery" in o.body][0]
    assert (row.status, row.failure, row.error_code, row.attempts) == (
        "unknown",
        "server_error",
        "20500",
        1,
    )
    assert sms.say(number, "next") == ["You said: next"]  # the conversation goes on


def test_a_429_is_retried_and_recorded_once_sent(sms: Harness) -> None:
    number = sms.consented()
    sms.fake.script(Reply(429), to=number)
    assert sms.say(number, "retry me") == ["You said: retry me"]
    conv = conversation_id(number)
    row = [o for o in sms.store.outbound_for(conv) if o.body == "You said: retry me"][0]
    assert (row.status, row.attempts) == ("queued", 2) and row.message_sid


def test_status_callbacks_out_of_order_never_move_back(sms: Harness) -> None:
    number = sms.consented()
    sms.say(number, "track me")
    sent = [r for r in sms.fake.sent(number) if r.body == "You said: track me"][0]
    assert sent.status_callback and sent.status_callback.startswith(PUBLIC)
    for state in ("delivered", "sent", "queued"):
        assert sms.hooks.status(sent.status_callback, sent.sid, state).status_code == 204
    row = sms.store.outbound(sent.status_callback.rsplit("o=", 1)[1])
    assert row.status == "delivered"


def test_a_status_callback_must_be_signed(sms: Harness) -> None:
    number = sms.consented()
    sms.say(number, "sign me")
    sent = [r for r in sms.fake.sent(number) if r.body == "You said: sign me"][0]
    path = "/webhooks/twilio/status?" + sent.status_callback.split("?", 1)[1]
    forged = httpx.post(
        sms.base_url + path,
        data={"MessageSid": sent.sid, "MessageStatus": "failed"},
        headers={"X-Twilio-Signature": "forged"},
    )
    assert forged.status_code == 403
    assert sms.store.outbound(sent.status_callback.rsplit("o=", 1)[1]).status == "queued"


def test_a_timed_out_send_is_settled_by_its_status_callback(sms: Harness) -> None:
    number = sms.consented()
    sms.fake.script(Slow(4.0), to=number)  # longer than send_timeout (2 s): the client gives up
    sms.say(number, "slow api")  # Twilio took it; our client had given up by then
    assert sms.fake.wait_for(lambda f: any(r.body == "You said: slow api" for r in f.sent()), 10)
    sent = [r for r in sms.fake.sent(number) if r.body == "You said: slow api"][0]
    outbound_id = sent.status_callback.rsplit("o=", 1)[1]
    assert sms.store.outbound(outbound_id).status == "unknown"
    assert sms.hooks.status(sent.status_callback, sent.sid, "delivered").status_code == 204
    row = sms.store.outbound(outbound_id)
    assert (row.status, row.message_sid) == ("delivered", sent.sid)
    assert len([r for r in sms.fake.attempts(number) if r.body == "You said: slow api"]) == 1


def test_a_failed_turn_is_reported_to_the_person_and_logged(
    sms: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    number = sms.consented()
    sms.stub.failing.add("break the turn")
    sid = new_sid()
    with caplog.at_level(logging.ERROR, logger="bot.channels.sms.service"):
        [reply] = sms.say(number, "break the turn", sid=sid)
    assert "something went wrong" in reply
    assert sms.store.inbound_outcome(sid) == "turn_failed"
    assert any("Rasa turn failed" in r.getMessage() for r in caplog.records)


def test_a_database_blip_is_retried_not_dropped(
    sms: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    number = sms.consented()
    real_admit = sms.store.admit
    failures = [OperationalError("insert", {}, Exception("database is locked"))]

    def flaky_admit(*args: object) -> Admission:
        if failures:
            raise failures.pop()
        return real_admit(*args)

    monkeypatch.setattr(sms.store, "admit", flaky_admit)
    with caplog.at_level(logging.WARNING, logger="bot.channels.sms.service"):
        assert sms.say(number, "still there?") == ["You said: still there?"]
    assert any("retrying" in r.getMessage() for r in caplog.records)


def test_long_replies_are_gsm7_and_split(sms: Harness) -> None:
    number = sms.consented()
    long_text = "\u201cIt\u2019s\u201d \u2014 " + "I waited for hours. " * 30
    replies = sms.say(number, long_text)
    assert len(replies) >= 2 and all(len(r) <= 320 for r in replies)
    assert all("\u2019" not in r and "\u2014" not in r for r in replies)


def test_an_empty_mms_gets_a_plain_answer(sms: Harness) -> None:
    number = sms.consented()
    [reply] = sms.say(number, "   ")
    assert "only read text" in reply


def test_without_configuration_the_channel_is_off_with_one_log_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in (
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
        "TWILIO_FROM_NUMBER",
        "TWILIO_MESSAGING_SERVICE_SID",
        "TWILIO_PUBLIC_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.INFO, logger="bot.channels"):
        harness = Harness(None, None).start()
    try:
        lines = [r.getMessage() for r in caplog.records if r.name.startswith("bot.channels")]
        assert len(lines) == 1 and lines[0].startswith("SMS channel off")
        params = harness.hooks.message_params(new_number(), "hello")
        signature = harness.hooks.sign(PUBLIC + WEBHOOK_PATH, params)
        assert harness.hooks.post(WEBHOOK_PATH, params, signature).status_code == 503
        health = httpx.get(f"{harness.base_url}/webhooks/twilio/")
        assert health.json() == {"status": "ok", "enabled": False}
        assert harness.channel.service is None
    finally:
        harness.stop()


def test_partial_configuration_is_a_warning_naming_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC1")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    for name in ("TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID", "TWILIO_PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.INFO, logger="bot.channels"):
        TwilioSmsInput().blueprint(lambda m: None)  # type: ignore[arg-type, return-value]
    [record] = [r for r in caplog.records if r.name.startswith("bot.channels")]
    assert record.levelno == logging.WARNING and "TWILIO_PUBLIC_URL" in record.getMessage()


def test_a_story_texted_before_consent_answers_what_happened(sms: Harness) -> None:
    number = new_number()
    conv = conversation_id(number)
    story = "the urgent care sent my wife home with a sprain and her ankle was broken"
    [prompt] = sms.say(number, story)
    assert "reply YES" in prompt
    assert all(c != conv for c, _, _ in sms.stub.seen)  # nothing reaches Rasa before YES
    replies = sms.say(number, "yes")
    mine = [t for c, t, _ in sms.stub.seen if c == conv]
    assert mine == [START_TRIGGER, story]
    # The greeting, not the story question it already answered, then the next question.
    assert GREETING in replies[0]
    assert FIRST_QUESTION not in " ".join(replies)
    assert f"You said: {story}" in replies[-1]
    assert sms.channel.service.held_stories.take(conv) is None  # taken once


def test_a_greeting_before_consent_is_not_held_and_no_drops_a_story(sms: Harness) -> None:
    greeter, decliner = new_number(), new_number()
    sms.say(greeter, "hello, can you help me?")
    assert FIRST_QUESTION in " ".join(sms.say(greeter, "YES"))
    sms.say(decliner, "my mother's hip surgery was botched at st luke's in march")
    sms.say(decliner, "no")
    assert sms.channel.service.held_stories.take(conversation_id(decliner)) is None
    assert all(c != conversation_id(decliner) for c, _, _ in sms.stub.seen)


def test_unclear_consent_replies_are_asked_once_more_and_then_not_again(sms: Harness) -> None:
    """No question is asked three times in a row: the question put another way, a note that
    we wait for a YES, then silence; a YES still starts the intake afterwards."""
    number = new_number()
    sms.say(number, "hello is this the law office")
    unclear = ["huh", "what is this", "who are you", "hmm"]
    answers = [sms.say(number, text) for text in unclear]
    assert answers[0] == [FIRM.consent_asked_again]
    assert answers[1] == [FIRM.consent_waiting]
    assert answers[2] == [] and answers[3] == []
    index = phone_lookup_key(number)
    events = [c.event for c in sms.store.consent_history(index)]
    assert events == ["asked", "reminded", "reminded"]
    assert all(s[0] != conversation_id(number) for s in sms.stub.seen)
    replies = sms.say(number, "yess")
    assert GREETING in replies[0]
    assert sms.store.consent_state(index) == "given"


def test_a_new_consent_prompt_starts_the_reminders_afresh(sms: Harness) -> None:
    number = new_number()
    sms.say(number, "hi")
    sms.say(number, "huh")
    sms.say(number, "STOP")
    sms.say(number, "START")
    assert sms.store.consent_state(phone_lookup_key(number)) == "asked"
    assert sms.say(number, "what?") == [FIRM.consent_asked_again]
