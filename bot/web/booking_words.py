"""The booking page's words in the intake's language (issue 20): a visitor who spoke
Spanish in the chat gets the times and the page in Spanish too.

Each entry is plain text; the template escapes it and puts the time in <strong>
itself, so no translation carries markup.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lang": "en",
        "title": "Book a call",
        "heading": "Book a call with {firm}",
        "booked_before": "Your call is booked for",
        "booked_after": "An attorney will call you at the number you gave us.",
        "chosen_before": "You picked",
        "chosen_after": "Press “Book this time” to confirm, or choose another time.",
        "legend": "Choose a time (shown in your time zone)",
        "button": "Book this time",
        "no_slots": "There are no open times in the next two weeks. The firm will call you.",
        "choose": "Please choose one of the times.",
        "taken": "Sorry, that time was just taken. Please choose another one.",
        "gone": "Sorry, that time is no longer open. Please choose another one.",
    },
    "es": {
        "lang": "es",
        "title": "Reserve una llamada",
        "heading": "Reserve una llamada con {firm}",
        "booked_before": "Su llamada quedó reservada para el",
        "booked_after": "Un abogado le llamará al número que nos dio.",
        "chosen_before": "Eligió el",
        "chosen_after": "Pulse “Reservar esta hora” para confirmar, o elija otra hora.",
        "legend": "Elija una hora (en su hora local)",
        "button": "Reservar esta hora",
        "no_slots": ("No hay horarios libres en las próximas dos semanas. La firma le llamará."),
        "choose": "Por favor, elija uno de los horarios.",
        "taken": "Lo sentimos, alguien acaba de reservar esa hora. Por favor, elija otra.",
        "gone": "Lo sentimos, esa hora ya no está disponible. Por favor, elija otra.",
    },
}


def words_for(language: str | None) -> dict[str, str]:
    """The page's words for a lead's language; English for any other."""
    return WORDS.get(language or "en", WORDS["en"])
