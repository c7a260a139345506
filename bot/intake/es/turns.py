"""The words that show an interruption in Spanish, for the turn rule of bot/intake/turns.py:
a goodbye ("me tengo que ir, adiós"), a request for a person ("quiero hablar con un
abogado", "llámenme"), a question ("¿cuánto cuesta?")."""

from __future__ import annotations

import re

from bot.intake.es.replies import fold

_FAREWELL = re.compile(
    r"\b(?:adios|bye|chao|chau|hasta\s+(?:luego|pronto|manana|despues)|nos\s+vemos|"
    r"buenas\s+noches|me\s+tengo\s+que\s+ir|tengo\s+que\s+irme|ya\s+me\s+voy|me\s+voy|"
    r"luego\s+(?:sigo|regreso|vuelvo|le\s+escribo)|despues\s+(?:sigo|regreso|vuelvo|le\s+escribo)|"
    r"olvidelo|olvidalo|ya\s+no\s+quiero\s+seguir|eso\s+es\s+todo|terminar\s+(?:el\s+)?chat)\b"
)
_EXPLICIT_BYE = re.compile(r"\b(?:adios|bye|chao|chau)\b")
_FAREWELL_MAX_WORDS = 8
_PERSON = (
    r"(?:(?:con\s+)?(?:un|una|el|la|alguna|algun)\s+)?(?:persona|humano|alguien|abogad[oa]|"
    r"licenciad[oa]|agente|representante|asistente\s+legal|paralegal|operador[a]?|gente)"
)
_ASKS_FOR_PERSON = re.compile(
    rf"\b(?:hablar|platicar|comunicarme|conversar)\s+con\s+{_PERSON}\b|"
    r"\b(?:persona|humano)\s+(?:real|de\s+verdad)\b|"
    r"\b(?:llamenme|llameme|marquenme|me\s+pueden\s+llamar|me\s+puede\s+llamar|"
    r"que\s+me\s+llamen|que\s+alguien\s+me\s+llame)\b"
)
_QUESTION_START = re.compile(
    r"^\W*(?:como|que|quien|quienes|donde|cuando|cuanto|cuanta|cuantos|cuantas|por\s+que|"
    r"cual|cuales|es|son|esta|puedo|puede|pueden|tengo|tiene|hay|debo|se\s+puede)\b"
)


def _fold(text: str) -> str:
    return fold(text.replace("’", "'")).replace("ñ", "n")


def says_goodbye(text: str) -> bool:
    """An explicit "adiós", or a short farewell ("me tengo que ir", "luego sigo")."""
    folded = _fold(text)
    if not _FAREWELL.search(folded):
        return False
    return bool(_EXPLICIT_BYE.search(folded)) or len(text.split()) <= _FAREWELL_MAX_WORDS


def asks_for_person(text: str) -> bool:
    return bool(_ASKS_FOR_PERSON.search(_fold(text)))


def is_question(text: str) -> bool:
    return "?" in text or "¿" in text or bool(_QUESTION_START.match(_fold(text)))


_ABOUT_COST = re.compile(
    r"\b(?:cuesta|cuestan|costo|coste|costar|cobran|cobra|cobrar|cobro|cobrarian|honorarios|"
    r"tarifa|precio|pagar|pago|pagarles|gratis|gratuita|gratuito|cuanto\s+(?:me\s+)?"
    r"(?:va\s+a\s+)?(?:sale|saldria|costaria))\b"
)
_ABOUT_PRIVACY = re.compile(
    r"\b(?:confidencial\w*|privad[oa]s?|privacidad|secreto|"
    r"(?:quien|quienes|alguien|nadie)\s+(?:mas\s+)?(?:va\s+a\s+|puede\s+|van\s+a\s+|pueden\s+)?"
    r"(?:ve|vera|ver|lee|leer|leera)|compart\w+\s+(?:mis|mi|esto|esta)|vend\w+\s+(?:mis|mi))\b"
)


def asks_about(text: str) -> str | None:
    """ask_cost / ask_confidential when a question's words ask about it ("¿cuánto cobran?",
    "¿esto es confidencial?"), else None."""
    if not is_question(text):
        return None
    folded = _fold(text)
    if _ABOUT_COST.search(folded):
        return "ask_cost"
    if _ABOUT_PRIVACY.search(folded):
        return "ask_confidential"
    return None
