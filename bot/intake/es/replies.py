"""Sí / no / no sé in the words people really type in Spanish ("si claro", "ajá", "nel").

"si" without its accent is also "if" ("si me acuerdo bien, fue en marzo"), so it is a yes
only alone, before a comma, or before words that go with a yes. "no sé" starts with "no"
but is never a no. The English buttons' payloads ("Yes", "No", "Not sure") read too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.intake import replies as english

_YES = frozenset(
    {
        "si",
        "sip",
        "sii",
        "siii",
        "claro",
        "claro que si",
        "por supuesto",
        "aja",
        "ajam",
        "ok",
        "okey",
        "okay",
        "va",
        "sale",
        "dale",
        "orale",
        "andale",
        "simon",
        "bueno",
        "esta bien",
        "de acuerdo",
        "correcto",
        "exacto",
        "asi es",
        "eso es",
        "cierto",
        "afirmativo",
        "seguro",
        "obvio",
        "todo bien",
        "todo correcto",
        "esta correcto",
        "todo esta bien",
        "todo esta correcto",
        "ta bien",
        "ta bueno",
        "todo ta bien",
        "esta todo bien",
        "esta todo correcto",
        "asi esta bien",
        "acepto",
        "estoy de acuerdo",
        "perfecto",
        "adelante",
        "puede",
        "pueden",
        "yes",
    }
)
# Words after a "si" without accent that make it a yes ("si claro", "si, señora").
_AFTER_SI = frozenset(
    {
        "claro",
        "ta",
        "sta",
        "senor",
        "senora",
        "senorita",
        "por",
        "correcto",
        "exacto",
        "gracias",
        "yo",
        "fui",
        "era",
        "es",
        "esta",
        "todo",
        "pueden",
        "puede",
        "acepto",
        "asi",
        "eso",
        "tengo",
        "tiene",
        "murio",
        "fallecio",
        "ya",
        "ok",
        "okey",
        "bueno",
        "de",
        "perfecto",
        "seguro",
        "lo",
        "la",
        # Whom the yes is said to ("si señorita", "si seño", "si doctora", "si mija"): a
        # conditional "si" is followed by its clause, never by a form of address.
        "seno",
        "senito",
        "doctor",
        "doctora",
        "licenciado",
        "licenciada",
        "lic",
        "mija",
        "mijo",
        "joven",
        "amiga",
        "amigo",
        "sigamos",
        "seguimos",
        "continuemos",
        "continuar",
    }
)
_NO = frozenset(
    {
        "no",
        "nop",
        "nope",
        "nel",
        "nelson",
        "nah",
        "negativo",
        "para nada",
        "claro que no",
        "de ninguna manera",
        "no gracias",
        "mejor no",
        "prefiero que no",
        "incorrecto",
        "no es correcto",
        "no esta bien",
        "esta mal",
        "eso no",
        "todavia no",
        "aun no",
        "ninguno",
        "ninguna",
        "nadie",
        "nunca",
        "tampoco",
        "no acepto",
    }
)
_NO_FIRST = frozenset({"no", "nel", "nop", "negativo", "incorrecto"})
_DONT_KNOW = re.compile(
    r"\b(?:no\s+s[eé](?=\s*$|\s*[,.!?;]|\s+(?:bien|exactamente|exacto|la\s+verdad|"
    r"el\s+nombre|la\s+fecha|el\s+d[ií]a|cu[aá]l|cu[aá]ndo|cu[aá]nto|qu[eé]|c[oó]mo|"
    r"d[oó]nde|qui[eé]n|si|nada|decir\w*|muy\s+bien|de\s+eso|todav[ií]a|ahorita|ahora|"
    r"con\s+seguridad|seguro))|no\s+s[eé]\b(?=.*\?\s*$)|"
    r"nose\b|ni\s+idea|ni\s+s[eé]\b|qui[eé]n\s+sabe|no\s+(?:me\s+)?(?:acuerdo|recuerdo)|"
    r"ya\s+no\s+(?:me\s+)?(?:acuerdo|recuerdo)|ni\s+me\s+acuerdo|no\s+estoy\s+segur[oa]|"
    r"no\s+(?:tengo|tenemos)\s+(?:ni\s+)?(?:la\s+menor\s+)?idea|no\s+sabr[ií]a(?:\s+decir\w*)?|"
    r"se\s+me\s+olvid[oó]|desconozco|no\s+lo\s+s[eé]|no\s+sabemos|no\s+s[eé]\s+bien|"
    r"no\s+estoy\s+segur[oa]|not\s+sure)\b",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w\s]+")


def fold(text: str) -> str:
    """Lower case without accents, ñ kept ("¡Sí, Señora!" -> "¡si, señora!")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ñ", "\0"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "ñ")


class Phrases:
    """Spanish phrases and the English words each becomes, replaced in order (a later
    phrase sees the earlier ones' English): how a Spanish answer reaches an English reader."""

    def __init__(self, pairs: Iterable[tuple[str, str]], flags: int = 0) -> None:
        self._table = [(re.compile(pattern, flags), words) for pattern, words in pairs]

    def to_english(self, text: str) -> str:
        for pattern, words in self._table:
            text = pattern.sub(words, text)
        return text


def plain(text: str) -> str:
    """Folded, and ñ as n too: how the Spanish patterns are written ("señor" -> "senor")."""
    return fold(text).replace("ñ", "n")


def plain_words(text: str) -> str:
    """plain(), with "¿" and "¡" as spaces, a curly apostrophe straight, and one space
    between words: a short answer read alike in English and Spanish ("¿Para qué?" ->
    "para que?")."""
    said = plain(text.replace("’", "'")).replace("¿", " ").replace("¡", " ")
    return " ".join(said.split())


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text.replace("’", "'"))).split())


def is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text.replace("’", "'"))) or english.is_dont_know(text)


def without_dont_know(text: str) -> str:
    """The text with its don't-know words taken out ("no sé el nombre" -> " el nombre")."""
    return _DONT_KNOW.sub(" ", text.replace("’", "'"))


def is_yes(text: str) -> bool:
    t = _norm(text)
    if t in _YES:
        return True
    if t in _NO or re.search(r"\bque\s+no\b", t) or _DONT_KNOW.match(text.strip()):
        return False
    words = t.split()
    if not words:
        return False
    accented = re.match(r"^\W*s[íÍ]\b", text.strip())
    rest = " ".join(words[1:])
    if words[0] == "si":
        comma = re.match(r"^\W*s[iíÍI]\s*[,.!;]", text.strip())
        if accented or comma or words[1].replace("ñ", "n") in _AFTER_SI:
            return not is_no(rest)
        return False
    if words[0] in _YES_FIRST:
        return not is_no(rest) and not _DONT_KNOW.search(rest)
    # "nada, todo está bien" (nothing to change, all is right), said at the summary.
    return bool(_NOTHING_ALL_RIGHT.match(t)) or _english_yes(text, words)


# English yes words that are Spanish words too ("ya" is "already", "y" is "and"): a reply
# with one of them is not read as an English yes.
_SPANISH_TOO = frozenset({"ya", "y"})


def _english_yes(text: str, words: list[str]) -> bool:
    """A plain English yes in a Spanish conversation ("sure", "yeah we do"): Spanglish."""
    return english.is_yes(text) and not _SPANISH_TOO.intersection(words)


# A first word that is a yes whatever follows, unless a no does ("simón, sí", "yeah sí,
# está bien", "dale pues").
_YES_FIRST = frozenset(
    {"claro", "correcto", "exacto", "aja", "ok", "okey", "okay", "yes", "yeah", "yep", "yup"}
    | {"simon", "sip", "sale", "dale", "orale", "andale"}
)
_NOTHING_ALL_RIGHT = re.compile(
    r"^(?:no\s+)?(?:nada|ninguno|ninguna)\s+(?:gracias\s+)?(?:ya\s+)?"
    r"(?:(?:todo\s+)?(?:esta|ta)\s+(?:todo\s+)?(?:bien|correcto)|todo\s+(?:bien|correcto)|"
    r"asi\s+(?:esta\s+bien|dejelo|dejalo))(?:\s+gracias)?$"
)


# "no entiendo", "disculpe, no le entendí": the question was not understood, no answer
# to it (its "no" is the verb's, as "no sé"'s is).
_NOT_UNDERSTOOD = re.compile(
    r"^(?:(?:disculpe|disculpa|perdon|perdone|eh|mm+|oiga|este|es\s+que)\s+)*no\s+"
    r"(?:le\s+|te\s+|les\s+|lo\s+)?(?:entiendo|entendi|entiendi|comprendo|comprendi|capto|"
    r"capte|le\s+entiendo)\b"
)


def not_understood(text: str) -> bool:
    """The visitor says they did not understand the question ("no entiendo")."""
    return bool(_NOT_UNDERSTOOD.match(_norm(text)))


def is_no(text: str) -> bool:
    if is_dont_know(text) or not_understood(text):
        return False
    t = _norm(text)
    if t in _NO:
        return True
    first = t.split(" ", 1)[0] if t else ""
    # A plain English no in a Spanish conversation ("Nope, no lawyer", "nah"): Spanglish.
    return first in _NO_FIRST or english.is_no(text)
