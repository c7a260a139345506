"""The language an intake was held in, as the attorney side shows it.

A lead keeps a language code ("en", "es"); the queue, the lead page, the exports
and the attorney's alert turn it into words here, so they all say the same
thing. A client who did not write in English may need an interpreter or a
Spanish-speaking attorney: that is what "Spanish-speaking client" tells them.
"""

from __future__ import annotations

from bot.intake.language import DEFAULT, LANGUAGES

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def lead_language(value: object) -> str:
    """The code to store on a lead from the conversation's answer; DEFAULT when unset
    or not a language the intake speaks."""
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or DEFAULT, code or DEFAULT)


def client_note(code: str | None) -> str | None:
    """The words "Spanish-speaking client" for a lead not taken in English; None for English."""
    if not code or code == DEFAULT:
        return None
    return f"{language_name(code)}-speaking client"


def client_note_forms(code: str | None) -> tuple[str, str]:
    """client_note() as every notice to an attorney words it: a suffix for a one-line
    text (" (Spanish-speaking client)") and a paragraph for an e-mail; both empty for
    English."""
    note = client_note(code)
    if note is None:
        return "", ""
    return f" ({note})", f"{note}: the intake was held in {language_name(code)}.\n\n"
