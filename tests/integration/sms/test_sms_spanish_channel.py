"""The SMS channel in Spanish over HTTP: consent, HELP, the Spanish opt-out words and
the language handed to Rasa, with the real store, signatures and a fake Twilio."""

from __future__ import annotations

from support.sms_harness import FIRST_QUESTION, GREETING, Harness
from support.twilio_webhooks import new_number, new_sid

from bot.channels.sms import gsm
from bot.channels.sms.replies import Replies
from bot.channels.sms.service import START_TRIGGER, conversation_id
from bot.store.repositories import phone_lookup_key

FIRM = Replies("Test Firm", "+1 555 010 0199")
ES = FIRM.in_language("es")


def texted(text: str) -> str:
    """A text as it reaches the phone (GSM-7: accents it lacks are folded)."""
    return gsm.normalize(text)


def turns_of(sms: Harness, number: str) -> list[tuple[str, object]]:
    conv = conversation_id(number)
    return [(text, meta) for who, text, meta in sms.stub.metadata if who == conv]


STORY_ES = "Hola, mi mamá murió después de una operación"


def spanish_intake(sms: Harness) -> str:
    """A new number that wrote in Spanish and agreed to continue by text."""
    number = new_number()
    assert sms.say(number, STORY_ES) == [
        texted(ES.consent_prompt)
    ]
    assert GREETING in sms.say(number, "Sí")[0]
    return number


def test_a_first_text_in_spanish_is_asked_for_consent_in_spanish(sms: Harness) -> None:
    number = new_number()
    [prompt] = sms.say(number, "Buenas tardes, quisiera saber si tengo un caso")
    assert prompt == texted(ES.consent_prompt)
    assert "ALTO" in prompt and "AYUDA" in prompt
    yes = new_sid()
    replies = sms.say(number, "de acuerdo", sid=yes)
    assert GREETING in replies[0] and FIRST_QUESTION in " ".join(replies)
    assert turns_of(sms, number) == [(START_TRIGGER, {"language": "es"})]
    index = phone_lookup_key(number)
    history = sms.store.consent_history(index)
    assert [(c.event, c.wording) for c in history] == [
        ("asked", ES.consent_prompt),
        ("given", ES.consent_prompt),
    ]
    assert sms.store.language(index) == "es"
    assert sms.store.inbound_outcome(yes) == "consent_given"


def test_a_spanish_yes_to_the_english_prompt_records_the_english_wording(sms: Harness) -> None:
    number = new_number()
    assert sms.say(number, "hello") == [texted(FIRM.consent_prompt)]
    sms.say(number, "SÍ")
    history = sms.store.consent_history(phone_lookup_key(number))
    # What they agreed to is the prompt they were sent; from now on they get Spanish.
    assert [(c.event, c.wording) for c in history][-1] == ("given", FIRM.consent_prompt)
    assert turns_of(sms, number) == [(START_TRIGGER, {"language": "es"})]


def test_an_unclear_answer_to_consent_is_reminded_in_the_conversations_language(
    sms: Harness,
) -> None:
    number = new_number()
    sms.say(number, "Necesito ayuda con algo que le pasó a mi hijo en el hospital")
    assert sms.say(number, "mande?") == [texted(ES.consent_asked_again)]
    assert sms.say(number, "no gracias") == [texted(ES.consent_declined)]
    assert sms.store.consent_state(phone_lookup_key(number)) == "declined"
    assert turns_of(sms, number) == []


def test_help_answers_in_the_language_it_was_asked_in(sms: Harness) -> None:
    assert sms.say(new_number(), "AYUDA") == [texted(ES.help)]
    assert sms.say(new_number(), "help") == [texted(FIRM.help)]
    # HELP is a word every texter knows: it does not turn a Spanish conversation English.
    number = spanish_intake(sms)
    assert sms.say(number, "HELP") == [texted(ES.help)]


def test_a_spanish_opt_out_is_confirmed_once_and_then_nothing_is_sent(sms: Harness) -> None:
    number = spanish_intake(sms)
    index = phone_lookup_key(number)
    alto = new_sid()
    assert sms.say(number, "Alto", sid=alto) == [texted(ES.opted_out)]
    assert sms.store.is_opted_out(index)
    assert sms.store.inbound_outcome(alto) == "opted_out"
    # Twilio retries the same webhook: no second confirmation.
    sms.hooks.message(number, "Alto", alto)
    # Nothing else goes out, and nothing reaches the dialogue; another opt-out word is not
    # confirmed again.
    assert sms.say(number, "¿hola? ¿siguen ahí?") == []
    assert sms.say(number, "AYUDA") == []
    assert sms.say(number, "PARAR") == []
    sent = sms.fake.bodies(number)
    assert sent.count(texted(ES.opted_out)) == 1
    # The story texted before the "Sí" answered the story question (held_story.py).
    assert [t for t, _ in turns_of(sms, number)] == [START_TRIGGER, STORY_ES]
    # COMENZAR opts in again, in Spanish, and the intake goes on.
    assert sms.say(number, "comenzar") == [texted(ES.resumed)]
    assert not sms.store.is_opted_out(index)
    assert sms.say(number, "Fue en Houston") == ["You said: Fue en Houston"]


def test_twilios_own_stop_word_is_left_to_twilio_to_confirm(sms: Harness) -> None:
    number = spanish_intake(sms)
    assert sms.say(number, "STOP") == []
    assert sms.store.is_opted_out(phone_lookup_key(number))


def test_an_english_opt_out_twilio_does_not_know_is_confirmed_in_english(sms: Harness) -> None:
    number = sms.consented()
    assert sms.say(number, "OPTOUT") == [texted(FIRM.opted_out)]
    assert sms.say(number, "revoke") == []
    assert sms.store.is_opted_out(phone_lookup_key(number))


def test_every_turn_tells_rasa_the_conversations_language(sms: Harness) -> None:
    number = sms.consented()
    sms.say(number, "my surgeon left a sponge inside me")
    sms.say(number, "Perdón, prefiero escribir en español")
    sms.say(number, "45")  # tells no language: stays Spanish
    sms.say(number, "English please")
    assert turns_of(sms, number) == [
        (START_TRIGGER, {"language": "en"}),
        ("my surgeon left a sponge inside me", {"language": "en"}),
        ("Perdón, prefiero escribir en español", {"language": "es"}),
        ("45", {"language": "es"}),
        ("English please", {"language": "en"}),
    ]
    assert sms.store.language(phone_lookup_key(number)) == "en"


def test_a_failed_turn_is_reported_in_spanish(sms: Harness) -> None:
    number = spanish_intake(sms)
    sms.stub.failing.add("se me cortó la llamada con el doctor")
    assert sms.say(number, "se me cortó la llamada con el doctor") == [texted(ES.failed_turn)]
