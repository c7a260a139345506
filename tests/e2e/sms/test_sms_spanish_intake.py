"""A person completes a whole intake in Spanish by SMS through the real stack (issue 18):
consent in Spanish, every reply from Rasa in Spanish (the channel passes the
conversation's language as message metadata), and the stored lead says so."""

from __future__ import annotations

from datetime import date

import pytest
from support.sms_stack import SmsStack
from support.spanish_intake import Visitor, finished, fold
from support.twilio_webhooks import new_number

from bot.intake.language import detect

pytestmark = pytest.mark.e2e


def test_a_whole_intake_in_spanish_by_sms(sms_stack: SmsStack) -> None:
    number = new_number()
    visitor = Visitor("Graciela Paredes Luna", "(505) 555-0172")
    [prompt] = sms_stack.say(number, "Buenas tardes, creo que a mi papá lo operaron mal")
    assert "responda si" in fold(prompt)

    replies = sms_stack.say(number, "SÍ")
    opening = fold(" ".join(replies))
    assert "asistente de admision" in opening
    # The story texted before consent is kept: the next question follows from it, in Spanish.
    assert detect(replies[-1]).language == "es", replies[-1]
    assert all(len(r) <= 320 for r in replies)

    summary = ""
    for _ in range(25):
        replies = sms_stack.say(number, visitor.answer(replies))
        assert replies, "no reply"
        assert all(len(r) <= 320 for r in replies)
        if "esta todo correcto" in fold(" ".join(replies)):
            summary = " ".join(replies)
        if finished(replies):
            break
    else:
        raise AssertionError(f"the Spanish SMS intake did not finish; last replies: {replies}")

    lead = next(x for x in sms_stack.leads() if x["full_name"] == visitor.name)
    assert lead["channel"] == "twilio"
    assert lead["language"] == "es"
    assert lead["phone"] == "+15055550172"
    assert lead["incident_state"] == "NM"
    assert lead["incident_date"] == f"{date.today().year - 1}-03"
    assert lead["case_type"] == "surgical"
    # Over SMS the read-back repeats nothing medical, in Spanish too.
    assert visitor.name in summary
    for secret in ("vesícula", "Salas", "San Rafael", "infección"):
        assert secret not in summary
