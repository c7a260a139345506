"""Each intake answer typed in Spanish, read into the same values and error codes as the
English parsers in bot/intake/answers.py (one parser per question).

Where the English reader can do the work once the Spanish words are put in English
(places, ages, names, contact details) it does; yes/no/no sé, dates, relationships and
the story's openers have Spanish readers of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.intake import answers as english
from bot.intake import contact
from bot.intake.answers import UNKNOWN, Context, Parsed
from bot.intake.dates import DateParseError
from bot.intake.es import dates, patient, places, replies
from bot.intake.es.replies import fold
from bot.law.model import DateSpec


def _fail(code: str) -> Parsed:
    return Parsed(error=code)


# Words that tell nothing about what happened: "hola, necesito ayuda", "tengo una pregunta
# sobre un caso", "creo que el doctor se equivocó".
_OPENER_TEXT = """
    hola buenas buenos dias tardes noches que tal oiga disculpe perdon ayuda ayudar ayudenme
    necesito necesita quiero queria quisiera tengo tenemos una un unos unas pregunta preguntas
    consulta caso casos demanda demandar abogado abogados abogada informacion saber si sobre
    de del el la los las lo le me mi mis yo nosotros con para por que a al en es era fue ser
    hay hablar alguien alguna algo pasa paso esto eso este esta por favor gracias ok okey si
    no bueno pues este creo pienso posible posiblemente negligencia medica medico medicos
    doctor doctora doctores hospital enfermera mal error errores equivoco equivocaron
    problema problemas situacion hicieron hizo cosa cosas muy como y o pero puede pueden
    podria podrian ustedes usted
"""
_OPENERS = frozenset(_OPENER_TEXT.split())
_WORDS = re.compile(r"[a-zñ]+")


def story_facts_words(text: str) -> list[str]:
    """The words of a Spanish story that tell something (not greetings or hedges)."""
    words = _WORDS.findall(fold(text).replace("ñ", "n"))
    return [w for w in words if w not in _OPENERS and w not in patient.RELATIONSHIPS]


def parse_story(text: str) -> Parsed:
    facts = story_facts_words(text)
    if not facts and (replies.is_yes(text) or replies.is_no(text)):
        return _fail("too_short")
    value = english.parse_free_text(text, min_letters=3)
    if value is None or not facts:
        return _fail("opener")
    bare = " ".join(_WORDS.findall(fold(text)))
    if text.rstrip().endswith("?") and len(bare.split()) <= 8 and len(facts) <= 2:
        return _fail("opener")  # "¿es confidencial?": a question, not the story
    if len(facts) == 1 and len(re.findall(r"[^\W\d_]", text)) < 8:
        return _fail("too_short")
    return Parsed({"incident_description": value})


# What a don't-know is about ("no sé cómo se llamaba el doctor"): nothing to keep.
_UNKNOWN_TEXT = (
    "se llamaba llama llamaban llamo nombre nombres recuerdo acuerdo cual quien quienes "
    "exacto exactamente bien ahorita ahora todavia clinica cirujano lugar sitio lesion dano "
    "cuanto grave"
)
_ABOUT_THE_UNKNOWN = frozenset(_UNKNOWN_TEXT.split())


def _dont_know_only(text: str) -> bool:
    rest = fold(replies.without_dont_know(text))
    left = [w for w in _WORDS.findall(rest) if w not in _OPENERS]
    left = [w for w in left if w not in _ABOUT_THE_UNKNOWN]
    return not left


def parse_provider(text: str) -> Parsed:
    if replies.is_dont_know(text) and (len(text.split()) <= 6 or _dont_know_only(text)):
        return _fail("dont_know")
    value = english.parse_free_text(text, min_letters=2)
    if value is None or replies.is_yes(text) or replies.is_no(text):
        return _fail("unparsed")
    return Parsed({"provider": value})


def parse_injury(text: str) -> Parsed:
    if replies.is_dont_know(text) and (len(text.split()) <= 6 or _dont_know_only(text)):
        return _fail("dont_know")
    value = english.parse_free_text(text, min_letters=3)
    if value is None or replies.is_yes(text):
        return _fail("unparsed")
    return Parsed({"injury": value})


def parse_incident_date(text: str, today: date) -> Parsed:
    if replies.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        return _fail("dont_know")
    try:
        when = dates.parse_when(text, today)
    except DateParseError as exc:
        return _fail(exc.code)
    return Parsed({"incident_date": when.to_slot()})


_RIGHT_NOW = re.compile(
    r"^\W*(?:apenas|ahorita|ahora|hoy|hace\s+poco|recien|recientemente|esta\s+semana|"
    r"esta\s+manana|me\s+acabo\s+de\s+enterar|acabo\s+de\s+(?:enterarme|saber))\b"
)
_WHEN_EVENT = re.compile(
    r"^\W*(?:cuando|despues\s+de\s+que|en\s+cuanto)\b.*\b(?:llegaron|dijeron|dieron|vi|vimos|"
    r"salieron|mostraron|explicaron|enteramos|entere)\b"
)


def parse_discovery_date(text: str, today: date) -> Parsed:
    if replies.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        return Parsed({"discovery_date": UNKNOWN})
    try:
        when = dates.parse_when(text, today)
    except DateParseError as exc:
        folded = fold(text).replace("ñ", "n")
        if _RIGHT_NOW.search(folded):
            return Parsed({"discovery_date": DateSpec.exact(today).to_slot()})
        if exc.code == "unparsed" and _WHEN_EVENT.search(folded):
            return _fail("no_date")
        return _fail(exc.code)
    return Parsed({"discovery_date": when.to_slot()})


def parse_death_date(text: str, today: date) -> Parsed:
    parsed = parse_incident_date(text, today)
    if not parsed.ok:
        return parsed
    return Parsed({"death_date": parsed.values["incident_date"]})


def parse_state(text: str) -> Parsed:
    """A state or a city said in Spanish; the same values, candidates and errors as English."""
    said = places.to_english(text)
    parsed = english.parse_state(said)
    if parsed.error == "dont_know" or (not parsed.ok and replies.is_dont_know(text)):
        return _fail("dont_know") if parsed.error != "ambiguous_city" else parsed
    return parsed


def parse_yes_no(field_name: str, text: str) -> Parsed:
    if replies.is_yes(text):
        return Parsed({field_name: True})
    if replies.is_no(text):
        return Parsed({field_name: False})
    if replies.is_dont_know(text):
        return _fail("dont_know")
    return _fail("yes_no")


_NO_LONGER = re.compile(
    r"\bya\s+no\b|\b(?:no\s+(?:quiso|quisieron|acepto|aceptaron|tomo|tomaron))\b|"
    r"\b(?:dejo|dejaron|solto|soltaron)\s+(?:el|mi|nuestro)\s+caso\b|\bno\s+tenemos\b"
)
_HAS_ONE = re.compile(
    r"\b(?:ya\s+)?(?:tengo|tenemos|contrate|contratamos)\s+(?:un|una|a\s+un)?\s*abogad[oa]\b"
)


def parse_has_lawyer(text: str) -> Parsed:
    folded = fold(text).replace("ñ", "n")
    if _NO_LONGER.search(folded):
        return Parsed({"has_lawyer": False})
    if _HAS_ONE.search(folded) and not re.search(r"\bno\s+(?:tengo|tenemos)\b", folded):
        return Parsed({"has_lawyer": True})
    return parse_yes_no("has_lawyer", text)


_DIED = re.compile(
    r"\b(?:fallecio|murio|muri[oó]|se\s+murio|se\s+nos\s+fue|ya\s+no\s+esta\s+con\s+nosotros|"
    r"la\s+perdimos|lo\s+perdimos|en\s+paz\s+descanse|que\s+en\s+paz\s+descanse|q\.?e\.?p\.?d)\b"
)
_ALIVE = re.compile(
    r"\b(?:sigue|esta|continua)\s+(?:viv[oa]|con\s+nosotros|aqui)\b|\bsobrevivio\b|\bno\s+(?:murio|fallecio)\b"
)


def parse_patient_died(text: str) -> Parsed:
    folded = fold(text).replace("ñ", "n")
    if _ALIVE.search(folded):
        return Parsed({"patient_died": False})
    if _DIED.search(folded):
        return Parsed({"patient_died": True})
    return parse_yes_no("patient_died", text)


def parse_patient_is_self(text: str) -> Parsed:
    answer = patient.parse_patient(text, replies.is_yes(text), replies.is_no(text))
    if answer is None:
        return _fail("unparsed")
    values: dict[str, object] = {"patient_is_self": answer.is_self}
    if answer.relationship:
        values["patient_relationship"] = answer.relationship
    return Parsed(values)


def parse_relationship(text: str) -> Parsed:
    rel = patient.no_standing_in(text) or patient.bare_relationship(text)
    if rel:
        return Parsed({"patient_relationship": rel})
    value = english.parse_free_text(text, min_letters=3)
    if value is None or replies.is_yes(text) or replies.is_no(text) or replies.is_dont_know(text):
        return _fail("unparsed")
    return Parsed({"patient_relationship": value[:80]})


def parse_patient_age(text: str, today: date, incident: object = None) -> Parsed:
    if replies.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        return _fail("dont_know")
    return english.parse_patient_age(patient.age_to_english(text, today), today, incident)


_NAME_PREFIX = re.compile(
    r"^\W*(?:hola[\s,]*)?(?:me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|soy|yo\s+soy|"
    r"nombre\s*:)\s+",
    re.IGNORECASE,
)


def parse_name(text: str) -> Parsed:
    return english.parse_name(_NAME_PREFIX.sub("", text))


# The Spanish words around a name and a number, in the English ones
# answers.name_beside_contact takes out ("sí, soy Rosa Díaz y mi cel es ...").
_AROUND_CONTACT: list[tuple[str, str]] = [
    (r"\b(?:me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|soy|yo\s+soy)\b", "my name is"),
    (r"\b(?:si|sí|claro|ok|okey|por\s+supuesto|de\s+acuerdo|esta\s+bien|está\s+bien)\b", "sure"),
    (r"\b(?:mi|mis)\b", "my"),
    (r"\b(?:celular|cel|telefono|teléfono|numero|número|tel)\b", "number"),
    (r"\b(?:correo(?:\s+electr[oó]nico)?|email|mail)\b", "email"),
    (r"\b(?:llamenme|llámenme|marquenme|márquenme|escribanme|escríbanme)\s+(?:al|a)\b", "call me"),
    (r"\b(?:es|son)\b", "is"),
    (r"\b(?:y|o)\b", "and"),
    (r"\b(?:al|a|en)\b", "at"),
    (r"\bgracias\b", "thanks"),
]


def name_beside_contact(text: str) -> str | None:
    """The name given with a number or address in one Spanish answer, or None."""
    said = text
    for pattern, words in _AROUND_CONTACT:
        said = re.sub(pattern, words, said, flags=re.IGNORECASE)
    # "sí, soy Rosa Díaz ...": the name's lead words must open the answer to be read.
    return english.name_beside_contact(re.sub(r"^\W*(?:sure\W+)+", "", said))


def parse_consent(text: str) -> Parsed:
    given = contact.find_contact(text)
    if given.found and not replies.is_no(text):
        values: dict[str, object] = {"contact_consent": True, **english.parse_contact(text).values}
        name = name_beside_contact(text)
        if name:
            values["full_name"] = name
        return Parsed(values)
    if replies.is_yes(text):
        return Parsed({"contact_consent": True})
    if replies.is_no(text) or re.search(r"\bprefiero\s+que\s+no\b", fold(text)):
        return Parsed({"contact_consent": False})
    return _fail("yes_no")


_GOVERNMENT_WORDS: list[tuple[str, str]] = [
    (r"\bno\s+se\b|\bno\s+estoy\s+segur[oa]\b|\bni\s+idea\b", "not sure"),
    (r"\b(?:de\s+)?(?:los\s+)?veteranos\b", "VA"),
    (r"\bmilitar\b|\bdel\s+ejercito\b|\bde\s+la\s+base\b", "military"),
    (r"\bcentro\s+de\s+salud\s+comunitario\b|\bclinica\s+comunitaria\b", "community health center"),
    (r"\bdel\s+condado\b|\bcondal\b", "county"),
    (r"\bde\s+la\s+ciudad\b|\bmunicipal\b", "city"),
    (r"\bdel\s+estado\b|\bestatal\b", "state"),
    (r"\bdel\s+gobierno\b|\bpublico\b", "public"),
    (r"\bprivad[oa]\b", "private"),
    (r"\bindigena\b|\bde\s+la\s+reservacion\b|\bihs\b", "IHS"),
]


def parse_provider_government(text: str) -> Parsed:
    folded = fold(text).replace("ñ", "n")
    for pattern, words in _GOVERNMENT_WORDS:
        folded = re.sub(pattern, words, folded)
    if replies.is_yes(text):
        folded = "yes " + folded
    elif replies.is_no(text):
        folded = "no " + folded
    return english.parse_provider_government(folded)


PARSERS: dict[str, Callable[[str, date, Context], Parsed]] = {
    "incident_description": lambda t, _d, _c: parse_story(t),
    "patient_is_self": lambda t, _d, _c: parse_patient_is_self(t),
    "patient_relationship": lambda t, _d, _c: parse_relationship(t),
    "patient_died": lambda t, _d, _c: parse_patient_died(t),
    "death_date": lambda t, d, _c: parse_death_date(t, d),
    "provider": lambda t, _d, _c: parse_provider(t),
    "injury": lambda t, _d, _c: parse_injury(t),
    "incident_date": lambda t, d, _c: parse_incident_date(t, d),
    "discovery_date": lambda t, d, _c: parse_discovery_date(t, d),
    "incident_state": lambda t, _d, _c: parse_state(t),
    "provider_government": lambda t, _d, _c: parse_provider_government(t),
    "patient_age": lambda t, d, c: parse_patient_age(t, d, c.get("incident_date")),
    "has_lawyer": lambda t, _d, _c: parse_has_lawyer(t),
    "full_name": lambda t, _d, _c: parse_name(t),
    "contact_consent": lambda t, _d, _c: parse_consent(t),
    "contact": lambda t, _d, _c: english.parse_contact(t),
    "callback_phone": lambda t, _d, _c: english.parse_callback_phone(t),
}


def parse(field_name: str, text: str, today: date, context: Context | None = None) -> Parsed:
    return PARSERS[field_name](text, today, context or {})
