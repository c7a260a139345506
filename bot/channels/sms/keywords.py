"""Carrier keywords (STOP, START, HELP) and the consent answer (YES/NO), in English and Spanish.

Like Twilio, a keyword counts only when it is the whole message ("Stop." is a
STOP; "please don't stop" is not), case-insensitive and without accents, so
ordinary answers in the intake are never taken for an opt-out.

Twilio itself blocks and confirms only its own English opt-out words; a Spanish
one (ALTO, PARAR, CANCELAR, BASTA, BAJA) is honoured here the same way, and the
channel confirms it itself (`carrier_confirms`).
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from bot.intake import replies
from bot.intake.classify import mentions_medical_care
from bot.intake.es import replies as replies_es


class Keyword(str, Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


# CTIA / Twilio defaults; OPTOUT and REVOKE are in the 2024 CTIA guidance too.
STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
)
TWILIO_STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
# What Spanish speakers text to opt out: "alto" and "parar" (stop), "cancelar", "basta"
# (enough), "baja" and "darme de baja" (unsubscribe, as Mexican carriers word it).
SPANISH_STOP_WORDS = frozenset(
    {"ALTO", "PARAR", "PARE", "CANCELAR", "BASTA", "BAJA", "DARME DE BAJA", "DETENER"}
)
START_WORDS = frozenset({"START", "UNSTOP"})
SPANISH_START_WORDS = frozenset({"COMENZAR", "INICIAR", "REANUDAR"})
HELP_WORDS = frozenset({"HELP", "INFO"})
SPANISH_HELP_WORDS = frozenset({"AYUDA", "AYUDAME", "INFORMACION"})
YES_WORDS = frozenset({"YES", "Y", "YEP", "YEAH", "OK", "OKAY", "SURE", "AGREE"}) | frozenset(
    {"YES PLEASE", "I AGREE", "YES I AGREE"}
)
# Accents are folded before comparing: "SÍ" is "SI", "ACEPTÓ" would be "ACEPTO".
SPANISH_YES_WORDS = frozenset(
    {
        "SI",
        "S",
        "CLARO",
        "OKEY",
        "DE ACUERDO",
        "ACEPTO",
        "SI ACEPTO",
        "SI POR FAVOR",
        "SI CLARO",
        "CLARO QUE SI",
        "ESTA BIEN",
        "SALE",
        "VA",
        "DALE",
    }
)
NO_WORDS = frozenset({"NO", "N", "NOPE", "NO THANKS", "NO THANK YOU"})
SPANISH_NO_WORDS = frozenset({"NO GRACIAS", "NEL", "NO ACEPTO", "MEJOR NO"})

_EVERYDAY_MAX_WORDS = 3
_HEDGED = re.compile(
    r"\b(?:BUT|MAYBE|IF|WAIT|PERO|QUIZ[AÁ]S|TAL VEZ|LUEGO|DESPU[EÉ]S|M[AÁ]S TARDE)\b|\?"
)
# A longer reply that opens with a plain yes and says nothing against it ("Yes I want to
# continue", "YES thanks for replying", "Sí señorita"): a yes. Any no, hedge or question in
# it and the prompt is sent again.
_OPENS_WITH_YES = re.compile(r"^(?:YES|YEP|YEAH|YEA|OK|OKAY|SURE|SÍ|SI(?=[,.!])|CLARO)\b")
_AGAINST = re.compile(
    r"\b(?:NO(?! PROBLEM| WORRIES)|NOT|DON'?T|DONT|NEVER|STOP|CANCEL|LATER|NOPE|NAH|NUNCA|"
    r"TODAV[IÍ]A)\b"
)
# Everyday words and marks that agree on a phone: "continue", "go ahead", a thumbs-up.
_AGREES = frozenset({"CONTINUE", "PROCEED", "GO AHEAD", "GO ON", "GO", "MHM", "MM HMM", "OKI"})
_THUMBS_UP = re.compile("[\U0001F44D\U0001F44C\u2705\u2714\u2611]")
_EDGES = re.compile(r"^[\s\"'.,!?()*-]+|[\s\"'.,!?()*-]+$")
_SPACES = re.compile(r"\s+")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", _EDGES.sub("", text or "")).upper()


def _unaccented(word: str) -> str:
    """ "SÍ" -> "SI", "NO MÁS" -> "NO MAS"; Ñ stays (no keyword has one)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(",", "")


def normalized(text: str) -> str:
    """The message as a keyword: trimmed of spaces and punctuation, upper case."""
    return _normal(text)


def keyword(text: str) -> Keyword | None:
    word = _normal(text)
    bare = _unaccented(word)
    if word in STOP_WORDS or word.replace(" ", "") in STOP_WORDS or bare in SPANISH_STOP_WORDS:
        return Keyword.STOP
    if word in START_WORDS or bare in SPANISH_START_WORDS:
        return Keyword.START
    if word in HELP_WORDS or bare in SPANISH_HELP_WORDS:
        return Keyword.HELP
    return None


def keyword_language(text: str) -> str | None:
    """ "es" for a Spanish keyword or consent word, "en" for an English one, else None,
    so the channel's own reply (HELP, consent, opt-out) is in the language it was asked in."""
    word = _normal(text)
    bare = _unaccented(word)
    spanish = SPANISH_STOP_WORDS | SPANISH_START_WORDS | SPANISH_HELP_WORDS | SPANISH_YES_WORDS
    if bare in spanish or bare in SPANISH_NO_WORDS:
        return "es"
    if keyword(text) is not None or word in YES_WORDS or word in NO_WORDS:
        return "en" if word != "NO" else None  # "no" is both
    return None


def carrier_confirms(text: str) -> bool:
    """Whether Twilio answers this opt-out itself (its own English words). For any other
    opt-out word the channel must send the one confirmation itself."""
    word = _normal(text)
    return word in TWILIO_STOP_WORDS or word.replace(" ", "") in TWILIO_STOP_WORDS


def consent_answer(text: str) -> bool | None:
    """True for yes, False for no, None for anything else (English or Spanish)."""
    word = _normal(text)
    bare = _unaccented(word)
    if word in YES_WORDS or bare in SPANISH_YES_WORDS:
        return True
    if word in NO_WORDS or bare in SPANISH_NO_WORDS:
        return False
    if word in _AGREES or (_THUMBS_UP.search(text or "") and not _AGAINST.search(word)):
        return True
    if (
        _OPENS_WITH_YES.match(word)
        and not _HEDGED.search(word)
        and not _AGAINST.search(word)
        and not mentions_medical_care(text)  # "yes my doctor left a sponge in me": a story
    ):
        return True
    # Everyday short replies ("ya", "yup", "go ahead", "nah"): a phone reply, not a keyword.
    # A hedge ("yes but", "ok?") is not an answer: the prompt is sent again.
    if len(word.split()) <= _EVERYDAY_MAX_WORDS and not _HEDGED.search(word):
        if replies.is_yes(text) and not replies.is_no(text):
            return True
        if replies.is_no(text) and not replies.is_yes(text):
            return False
        # In Spanish too: "Sí, está bien", "sí, de acuerdo" ("si" alone is also "if": the
        # Spanish reading knows when it is a yes).
        if replies_es.is_yes(text) and not replies_es.is_no(text):
            return True
        if replies_es.is_no(text) and not replies_es.is_yes(text):
            return False
    return None
