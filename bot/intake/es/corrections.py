"""Corrections typed in Spanish ("perdón, era en Nueva Jersey", "la fecha está mal, fue en
mayo de 2023", "Kansas, no Misuri").

The cue words, the field names, the place names and the date words are put in English,
and bot/intake/corrections.py (the same swaps, notes and "changed" test) reads the rest,
so a correction gives the same values in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from bot.intake import corrections as english
from bot.intake.dates import DateParseError
from bot.intake.es import dates, places
from bot.intake.es.replies import Phrases, fold, plain

# What may follow an age said with its verb: its unit, or the sentence going on.
_AGE_FOLLOWS = (
    r"(?:anos?|anitos?|meses|mes|semanas?|dias?|y|e|o|u|no|pero|cuando|ya|en|el|la|entonces|"
    r"creo|mas|menos|apenas|nada|todavia|it|not|or|and|but|when|in|on|at|by|this|last|the|"
    r"years?|months?)\b"
)
_WORDS = Phrases(
    [
        (r"^\W*(?:perdon|perdona|perdone|disculpa|disculpe|lo\s+siento|ay|uy|ups)\b", "sorry"),
        (r"\bme\s+equivoque\b|\bme\s+confundi\b|\berror\s+mio\b", "my bad"),
        (r"\b(?:quise|quiero)\s+decir\b", "I meant"),
        (r"\b(?:en\s+realidad|de\s+hecho|la\s+verdad)\b", "actually"),
        (r"^\W*(?:espera|espere|un\s+momento)\b", "wait"),
        (r"\bcorreccion\b", "correction"),
        (r"\b(?:esta|estan)\s+(?:mal|equivocad[oa]s?|incorrect[oa]s?)\b", "is wrong"),
        (r"\bno\s+es\s+(?:correcto|cierto)\b", "is wrong"),
        (r"\b(?:el|mi|the)\s+estado\b", "the state"),
        (r"\b(?:la|mi|the)\s+fecha\b", "the date"),
        (r"\b(?:el|mi|the)\s+nombre\b", "the name"),
        (r"\b(?:el|mi|the)\s+(?:telefono|numero|celular|cel)\b", "the phone number"),
        (r"\b(?:el|mi|the)\s+correo(?:\s+electronico)?\b", "the email"),
        (r"\b(?:la|su|mi|the)\s+edad\b", "the age"),
        (r"\b(?:el|la|the)\s+(?:medic[oa]|doctor[a]?)\b", "the doctor"),
        (r"\b(?:la|mi|the)\s+lesion\b|\b(?:el|the)\s+dano\b", "the injury"),
        (r"\ben\s+(?:vez|lugar)\s+de\b", "instead of"),
        (r"\bno\s+(.+?)\s*,?\s+sino\s+(?:en\s+)?", r"not \1 but "),
        (r",\s*no\s+(?:en\s+)?", " not "),
        (r"(\d)\s+no\s+(?=\(?\d)", r"\1 not "),
        (r"\b(the\s+(?:phone\s+number|age|email))\s+(?:es|it\s+was)\b", r"\1 is"),
        (r"\b(?:deberia\s+ser|debe\s+ser)\b", "should be"),
        # Why they are sure: "me acuerdo porque ...", "lo sé porque ...", "porque ...".
        (
            r"\b(?:me\s+acuerdo|recuerdo|lo\s+se)\s+(?:bien\s+)?(?:porque|que)\b",
            "I remember because",
        ),
        (r"\bporque\b|\bya\s+que\b", "because"),
        (r"\bpero\b", "but"),
        # Where the care was: "el hospital está en Nuevo México", "la clínica queda en Yuma".
        (
            r"\b(?:el|la|the)\s+(?:hospital|clinica|clinic|consultorio|asilo)\s+"
            r"(?:esta|estaba|queda|quedaba)\s+(?:en|in)\b",
            "the hospital is in",
        ),
        # An age said with its verb ("tiene 56", "tenía 72", "ya cumplió 64"): "is 56"; not
        # a count of something else ("tiene 3 hijos", "tengo 2 puntos", "tengo 103 de fiebre").
        (
            r"\b(?:ya\s+)?(?:tiene|tenia|tengo|tenemos|cumplio|cumpli|cumple)\s+"
            rf"(?=\d{{1,3}}\b(?!\s+(?:de\s+)?(?!{_AGE_FOLLOWS})[a-z]{{2,}}))",
            "is ",
        ),
        # A birthday ("cumplió en octubre", "su cumpleaños fue el 3", "cumplió años en
        # mayo"): the English reader's "turned in", "birthday", so no care date is read there.
        (r"\bcumpleanos\b|\bcumpl(?:io|i|e|ia)\s+(?:(?:los\s+)?anos|anitos)\b", "birthday"),
        (r"\b(?:los\s+)?(?:cumplio|cumpli|cumple|cumplia)\b(?!\s+con\b)", "turned"),
        # "no tiene 30, tiene 31": the second age, not the first.
        (r"^\W*no\s+is\s+(\d{1,3})\s*,\s*is\s+(\d{1,3})\b", r"is \2 not \1"),
        # "perdón, no tiene 40, tiene 41": the same after a cue ("..., no" is "not" by now).
        (r"\bnot\s+is\s+(\d{1,3})\s*,\s*is\s+(\d{1,3})\b", r"is \2 not \1"),
        (r"\b(?:era|fue|es)\b", "it was"),
        (r"\bsino\b", "but"),
        # "..., y el estado es Oklahoma", "y también la fecha": each part corrects its field
        (r"\s*,?\s+(?:y|e)\s+(?:tambien\s+)?(?=(?:the|it|my|his|her)\b)", " and "),
        (r"\s*,?\s+y\s+tambien\s+", " and also "),
        (r"^\W*dos\s+cosas\b\W*", "two things: "),
        (r"\s+y\s+no\s+", " not "),  # "fue en Texas y no en Oklahoma"
        (r"\bno\b(?=\s*,)", "no"),
    ]
)


def to_english(text: str) -> str:
    """The correction's cue words, fields, places and dates in English."""
    said = places.to_english(text)
    t = fold(said).replace("ñ", "n")
    t = dates.date_words_to_english(t)
    t = _WORDS.to_english(t)
    # Keep the capitals of the English place names the place readers need.
    for name in re.findall(r"\b[A-Z][\w.']*(?:\s+[A-Z][\w.']*)*", said):
        t = re.sub(rf"\b{re.escape(name.lower())}\b", name, t)
    return " ".join(t.split())


def looks_like_correction(text: str) -> bool:
    return english.looks_like_correction(to_english(text))


def parse_correction(
    text: str, today: date, current: Mapping[str, object] | None = None
) -> english.Correction:
    """As corrections.parse_correction, for a correction typed in Spanish.

    "Nada, todo está bien" (nothing to change) corrects nothing; and a town is taken only
    as the visitor wrote it as a place, with a capital or after "en", "de", "a": everyday
    words are town names too ("nada" is Nada, Texas; "simón" is Simon, West Virginia).
    """
    if nothing_to_change(text):
        return english.Correction(None)
    found = english.parse_correction(to_english(text), today, current)
    if found.field in _DATE_FIELDS and found.values:
        refined = _date_with_its_year(text, today)
        if refined is not None and refined != found.values.get(found.field):
            changed = (current or {}).get(found.field) != refined
            return english.Correction(
                found.field, {**found.values, found.field: refined}, found.note, changed
            )
    city = (found.values or {}).get("incident_city")
    if (
        found.field == "incident_state"
        and isinstance(city, str)
        and not english.said_as_place(text, city, _PLACE_WORDS, plain)
    ):
        return english.Correction(None)
    return found


_DATE_FIELDS = frozenset({"incident_date", "discovery_date"})
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\bano\b")
_CLAUSES = re.compile(r"[,;:]|\s+y\s+|\s+sino\s+")


def _date_with_its_year(text: str, today: date) -> str | None:
    """The date of the last clause that is not negated and says its year, to a month or a
    day ("fue en marzo no en mayo, en marzo del año pasado": March of last year, not of
    this one; "no fue en junio, fue en julio del año pasado": July). None without one."""
    for clause in reversed(_CLAUSES.split(plain(text))):
        if re.search(r"\bno\b", clause) or not _YEAR_WORDS.search(clause):
            continue
        try:
            slot = dates.parse_when(clause, today).to_slot()
        except DateParseError:
            continue  # a clause the date reader refuses says no date
        if len(slot) >= len("2025-03") and ".." not in slot:
            return slot
        return None
    return None


# "nada", "ninguno", "no, nada que cambiar", "nada, ya está todo bien", "así déjelo",
# "no, eso es todo" (at "¿qué debo cambiar?": nothing more to change).
_NOTHING = re.compile(
    r"^\W*(?:no\W+)?(?:eso\s+(?:es|seria|era)\s+todo|(?:ya\s+)?es\s+todo|nada\s+mas|"
    r"nada|ninguno|ninguna|ningun\s+cambio|todo\s+(?:esta\s+|ta\s+)?bien|"
    r"todo\s+correcto|asi\s+(?:esta\s+bien|esta|dejelo|dejalo|dejalo\s+asi|quedo))\b"
)
_CUE = re.compile(
    r"\b(?:era|fue|es|son|eran|cambi\w*|corrig\w*|mal|equivoc\w*|error|sino|en\s+vez)\b|\d"
)


def nothing_to_change(text: str) -> bool:
    """The reply says there is nothing to change, and names nothing to change."""
    t = plain(text)
    said = _NOTHING.match(t)
    # The cue is looked for after the words that say "nothing": "eso es todo" is no change.
    return bool(said) and not _CUE.search(t[said.end() :])


# The Spanish words that put a place after them ("en Nada", "cerca de Simón").
_PLACE_WORDS = r"(?:en|de|a|al|del|cerca\s+de|por|desde|in|at)"
