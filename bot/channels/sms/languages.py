"""The language of an SMS conversation after one more inbound text.

The channel answers its own texts (consent, HELP, the opt-out confirmation) in
it, remembers it per number, and hands it to Rasa with every turn.

A Spanish carrier keyword (ALTO, AYUDA, COMENZAR), or a Spanish consent word
while consent is being asked (SÍ, CLARO, DE ACUERDO), says the person writes
Spanish. The English ones (STOP, HELP, YES, OK) do not say English: they are
printed on every carrier notice and typed by everyone, so they keep the
conversation's language. Any other text goes by `language.next_language`, which
keeps the language on short or unclear messages ("ok", "45", a name).
"""

from __future__ import annotations

from bot.channels.sms import keywords
from bot.intake import language

DEFAULT = language.DEFAULT


def after(text: str, current: str | None, *, asking_consent: bool) -> str | None:
    """The conversation's language once `text` is read; None while nothing has told one
    (the channel then writes in DEFAULT)."""
    is_keyword = keywords.keyword(text) is not None
    if is_keyword or (asking_consent and keywords.consent_answer(text) is not None):
        return language.ES if keywords.keyword_language(text) == language.ES else current
    return language.next_language(text, current)
