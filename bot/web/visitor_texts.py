"""The words of the pages a visitor opens from a follow-up link (/resume/<token>,
/book/<token>), one table per language the intake speaks: a visitor who chatted in
Spanish gets these pages in Spanish, everyone else in English.

The booking page's own words live in bot/web/booking_words.py; each table here adds
them to the expired-link page's, so a page looks up every word in one place. Entries
are plain text: templates escape them and put links and <strong> around them
themselves, so no translation carries markup.
"""

from __future__ import annotations

from bot.intake.language import EN, ES, LANGUAGES
from bot.web.booking_words import WORDS as BOOKING_WORDS

# link_expired.html: "chat" is a resume link, "booking" a booking link. Each paragraph
# is the text before its link, the link's words, and the text after it.
_EXPIRED: dict[str, dict[str, str]] = {
    EN: {
        "expired_title": "Link expired",
        "expired_heading": "This link has expired",
        "chat_before": (
            "For your privacy, links back to a conversation work only for a few days. You can"
        ),
        "chat_link": "start a new conversation",
        "chat_after": " at any time.",
        "booking_before": "This booking link is no longer valid. Please call the firm, or",
        "booking_link": "send us a message",
        "booking_after": ".",
    },
    ES: {
        "expired_title": "Enlace vencido",
        "expired_heading": "Este enlace ya venció",
        "chat_before": (
            "Por su privacidad, los enlaces para volver a una conversación solo funcionan "
            "unos días. Puede"
        ),
        "chat_link": "empezar una conversación nueva",
        "chat_after": " cuando guste.",
        "booking_before": (
            "Este enlace para reservar una llamada ya no es válido. Llame a la firma o"
        ),
        "booking_link": "escríbanos un mensaje",
        "booking_after": ". Con gusto le atendemos.",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    language: {**BOOKING_WORDS[language], **_EXPIRED[language]} for language in LANGUAGES
}


def texts_for(language: str | None) -> dict[str, str]:
    """Every visitor page's words in `language`; English for None or any other."""
    return TEXTS.get(language or EN, TEXTS[EN])
