"""A person completes an intake by SMS through the real stack; the lead API shows it."""

from __future__ import annotations

import pytest
from support.sms_stack import SmsStack
from support.tracker_time import age_conversation, tracker_db
from support.twilio_webhooks import new_number

pytestmark = pytest.mark.e2e

STORY = "The ER sent me home with antacids and two days later I had a heart attack"
PROVIDER = "Dr. Gomez at Mercy General Hospital"
INJURY = "permanent heart damage"
NAME = "Dana Whitfield"
PHONE = "(201) 555-0147"

# The intake's questions may change order or grow; answer whichever is asked.
ANSWERS = [
    ("is all of this correct", "yes"),
    ("government-run", "no"),
    ("what happened", STORY),
    ("were you the patient", "me"),
    ("how old", "45"),
    ("lawyer", "no"),
    ("provider", PROVIDER),
    ("injury", INJURY),
    ("harm", INJURY),
    ("when did this happen", "about two years ago"),
    ("first learn", "last year in the fall"),
    ("realise", "last year in the fall"),
    ("state", "new jersey"),
    ("full name", NAME),
    ("all right for someone", "yes"),
    ("phone number or email", PHONE),
]
DONE = ("securely sent", "saved for our legal team")


def answer_for(replies: list[str]) -> str:
    last = replies[-1].lower()
    for cue, answer in ANSWERS:
        if cue in last:
            return answer
    raise AssertionError(f"no scripted answer for: {replies[-1]!r}")


def test_sms_intake_from_consent_to_a_stored_lead(sms_stack: SmsStack) -> None:
    number = new_number()
    [prompt] = sms_stack.say(number, "Hi, can someone help me?")
    assert "reply YES" in prompt and "Msg & data rates may apply" in prompt

    replies = sms_stack.say(number, "YES")
    joined = " ".join(replies)
    assert "attorney-client relationship" in joined and "what happened" in joined.lower()
    assert all(len(r) <= 320 for r in replies)
    assert all("\u2019" not in r and "\u2014" not in r for r in replies)

    summary = ""
    for _ in range(25):
        replies = sms_stack.say(number, answer_for(replies))
        assert replies, "no reply"
        assert all(len(r) <= 320 for r in replies)
        joined = " ".join(replies)
        if "is all of this correct" in joined.lower():
            summary = joined
        if any(done in joined for done in DONE):
            break
    else:
        raise AssertionError(f"intake did not finish; last replies: {replies}")

    lead = next(x for x in sms_stack.leads() if x["full_name"] == NAME)
    assert lead["channel"] == "twilio"
    assert lead["conversation_id"].startswith("sms-")
    assert number not in lead["conversation_id"] and number[2:] not in lead["conversation_id"]
    assert lead["phone"] == "+12015550147"
    assert lead["incident_state"] == "NJ"
    statuses = {row["status"] for row in sms_stack.outbound(number)}
    assert statuses == {"queued"}  # every reply recorded as accepted by (fake) Twilio

    # Privacy: the read-back over SMS repeats nothing medical (rendered by the action
    # server for channel "twilio": bot/intake/summary.py).
    assert NAME in summary
    for secret in ("antacids", "heart", "Gomez", "Mercy"):
        assert secret not in summary


def test_a_story_texted_before_yes_is_the_story_and_not_asked_again(
    sms_stack: SmsStack,
) -> None:
    number = new_number()
    first = "the walk-in clinic told me my chest pain was anxiety and it was a heart attack"
    [prompt] = sms_stack.say(number, first)
    assert "reply YES" in prompt
    replies = sms_stack.say(number, "yes")
    joined = " ".join(replies)
    assert "attorney-client relationship" in joined
    assert "in your own words" not in joined.lower()  # already told
    for _ in range(25):
        assert "in your own words" not in replies[-1].lower()
        answer = answer_for(replies)  # another number: one person's leads are merged
        replies = sms_stack.say(number, "(201) 555-0163" if answer == PHONE else answer)
        if any(done in " ".join(replies) for done in DONE):
            break
    else:
        raise AssertionError(f"intake did not finish; last replies: {replies}")
    lead = next(x for x in sms_stack.leads() if x["phone"] == "+12015550163")
    assert lead["incident_description"] == first
    assert lead["channel"] == "twilio"
    assert lead["case_type"] == "misdiagnosis"


def test_texting_again_after_two_idle_hours_reads_back_only_what_is_safe(
    sms_stack: SmsStack,
) -> None:
    from bot.channels.sms.service import conversation_id

    number = new_number()
    sms_stack.say(number, "hello")
    replies = sms_stack.say(number, "YES")
    replies = sms_stack.say(
        number, "Dr. Gomez at Mercy General in New Jersey missed my heart attack last march"
    )
    question = replies[-1]
    age_conversation(tracker_db(sms_stack.stack), conversation_id(number), 2 * 3600)

    replies = sms_stack.say(number, "hi again")
    joined = " ".join(replies)
    assert "Welcome back" in joined
    assert "New Jersey" in joined  # the state is read back ...
    for secret in ("heart", "Gomez", "Mercy"):  # ... nothing medical is
        assert secret not in joined
    assert replies[-1] == question  # and the same question comes again
