"""What the web chat server says itself, in each language the intake speaks.

Rasa's replies follow the conversation's language through config/locales and
bot/rasa_platform/nlg.py; these are the few messages the channel sends without
Rasa (an outage, an expired or finished chat, a limit), in JSON as {"error": ...}
or as the one message /history shows once the lead is stored. The page shows
them as they come, so each must be in the language the visitor chose
(bot/channels/webchat.py finds it; the SMS channel's own texts are in
bot/channels/sms/replies.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.channels.sanitize import MAX_MESSAGE_CHARS
from bot.channels.web_limits import TOO_MANY
from bot.intake.language import DEFAULT, EN, ES


@dataclass(frozen=True)
class WebTexts:
    one_moment: str  # 503: the turn failed; the page keeps the text and sends it again
    expired: str  # 401: the token expired or the visitor ended the chat
    received: str  # /history once the lead is stored, instead of the conversation
    too_many: str  # 429: the per-address limits (web_limits.py)
    too_long: str  # 413: over MAX_MESSAGE_CHARS
    empty: str  # 400: nothing left once the text is cleaned


ENGLISH = WebTexts(
    one_moment=(
        "One moment, please: I'm having trouble saving your answer. I'll try again shortly; "
        "nothing you typed is lost."
    ),
    expired="Your chat session has expired. Please start a new one.",
    received=(
        "Your information has been received by our legal team. For your privacy, the "
        "conversation is no longer shown here. You can start a new chat at any time."
    ),
    too_many=TOO_MANY,
    too_long=(
        f"That message is too long; please keep it under {MAX_MESSAGE_CHARS} characters, "
        "or send it in parts."
    ),
    empty="The message was empty.",
)

SPANISH = WebTexts(
    one_moment=(
        "Un momento, por favor: tuve un problema al guardar su respuesta. Lo vuelvo a "
        "intentar enseguida; no se perdió nada de lo que escribió."
    ),
    expired="Su sesión de chat venció. Por favor, empiece una nueva.",
    received=(
        "Nuestro equipo legal ya recibió su información. Por su privacidad, la conversación "
        "ya no se muestra aquí. Puede empezar un chat nuevo cuando quiera."
    ),
    too_many=(
        "Estamos recibiendo demasiadas solicitudes desde su red. Por favor, espere unos "
        "minutos y vuelva a intentarlo, o llame directamente a la firma."
    ),
    too_long=(
        f"Su mensaje es demasiado largo. Por favor, escríbalo en menos de {MAX_MESSAGE_CHARS} "
        "caracteres o envíelo en partes."
    ),
    empty="No nos llegó ningún texto. ¿Podría escribir su mensaje otra vez?",
)

TEXTS = {EN: ENGLISH, ES: SPANISH}


def in_language(language: str | None) -> WebTexts:
    """The channel's texts in `language`; English for None or a language we do not speak."""
    return TEXTS.get(language or DEFAULT, ENGLISH)
