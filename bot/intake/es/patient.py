"""Who the patient was and their age, said in Spanish ("mi mamá", "mi abuelita", "unos 45").

Relationships come out in the English vocabulary of bot/intake/patient.py ("mother"),
so an attorney sees one list whatever the language. Ages are put in the English words
bot/intake/patient.py reads ("cuarenta y tantos" -> "forties", "como 60 años" ->
"about 60 years"), and that parser (hedges, months, age now or then) does the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.intake import patient as english
from bot.intake.dates import DateParseError
from bot.intake.es import dates as spanish_dates
from bot.intake.es.replies import fold

# Folded Spanish word -> relationship as kept (English). Diminutives ("abuelita", "mamita",
# "hijito") are read by their stem below.
RELATIONSHIPS: dict[str, str] = {
    "mama": "mother",
    "madre": "mother",
    "mami": "mother",
    "ama": "mother",  # "mi amá" (only after "mi": alone it is "loves", "ama de casa")
    "mai": "mother",  # Dominican, Puerto Rican
    "jefa": "mother",  # Mexican; beside words about work it is a boss (_AT_WORK)
    "dona": "mother",  # "mi doña"
    "vieja": "mother",  # "mi vieja"
    "papa": "father",
    "padre": "father",
    "papi": "father",
    "apa": "father",
    "pai": "father",
    "viejo": "father",  # "mi viejo"
    "viejos": "parent",  # "mis viejos"
    # Not "jefe": "mi jefe" is as often "my boss" ("le contó a mi jefe mi diagnóstico");
    # "mi jefecito" is read, as "papá", in _norm.
    "mama grande": "grandmother",  # Mexican: a grandmother, not a mother
    "papa grande": "grandfather",
    "mijo": "son",  # "mi hijo", said as one word ("mijo", "mi'jo", "mijito")
    "mija": "daughter",
    "chamaco": "son",
    "chamaca": "daughter",
    "senora": "wife",  # "mi señora"
    "senora madre": "mother",  # "mi señora madre": formal, a mother
    "hijo": "son",
    "hija": "daughter",
    "hijos": "child",
    "bebe": "child",
    "nino": "child",
    "nina": "child",
    "nene": "child",
    "nena": "child",
    "criatura": "child",
    "recien nacido": "child",
    "recien nacida": "child",
    "esposo": "husband",
    "marido": "husband",
    "esposa": "wife",
    "mujer": "wife",
    "pareja": "partner",
    "novio": "partner",
    "novia": "partner",
    "prometido": "partner",
    "prometida": "partner",
    "hermano": "brother",
    "hermana": "sister",
    "abuela": "grandmother",
    "abue": "grandmother",
    "abuelo": "grandfather",
    "nieto": "grandchild",
    "nieta": "grandchild",
    "tia": "aunt",
    "tio": "uncle",
    "primo": "cousin",
    "prima": "cousin",
    "sobrina": "niece",
    "sobrino": "nephew",
    "amigo": "friend",
    "amiga": "friend",
    "companero de trabajo": "coworker",
    "companera de trabajo": "coworker",
    "vecino": "neighbor",
    "vecina": "neighbor",
    "suegra": "mother-in-law",
    "suegro": "father-in-law",
    "madrastra": "stepmother",
    "padrastro": "stepfather",
    "cunado": "brother-in-law",
    "cunada": "sister-in-law",
    # Spanglish: "mi dad", "mi mom" in a Spanish sentence.
    "dad": "father",
    "daddy": "father",
    "mom": "mother",
    "mommy": "mother",
    "grandma": "grandmother",
    "grandpa": "grandfather",
}
_STEMS = sorted(RELATIONSHIPS, key=len, reverse=True)
_REL = "|".join(re.escape(w) for w in _STEMS)
# "mamita", "abuelito", "hijita": the diminutive of a relationship word.
_DIMINUTIVE = re.compile(r"\b(\w+?)(?:it|cit)([oa])s?\b")
_MY_REL = re.compile(
    rf"\b(?:mi|mis|nuestr[oa]s?)\s+(?:querid[oa]\s+|difunt[oa]\s+|pobre\s+|propi[oa]\s+)?({_REL})s?\b"
)
# Words that are a relationship only after "mi" ("mi mujer", "mi jefa"): alone they are
# "a woman", "a boss".
_ONLY_WITH_MY = frozenset(
    {"mujer", "jefa", "ama", "dona", "vieja", "viejo", "viejos", "senora", "chamaco", "chamaca"}
)
# "mi jefa del trabajo", "mi jefa me despidió": a boss, not a mother.
_AT_WORK = re.compile(
    r"\b(?:trabajo|trabaj\w+|chamba|jale|empresa|oficina|compania|negocio|despid\w+|empleo|"
    r"emplead[oa]s?|turno|gerente|patron|supervisor[a]?|fabrica|tienda)\b"
)
_ANY_REL = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in _STEMS if w not in _ONLY_WITH_MY) + r")s?\b"
)
# "soy su mamá": the visitor names their own role; the patient is the other side of it.
_I_AM_THEIR = re.compile(rf"\b(?:yo\s+)?soy\s+(?:su|la|el)\s+({_REL})\b(?:\s+de(?:l)?\s+\w+)?")
_OTHER_SIDE = {
    "mother": "child",
    "father": "child",
    "stepmother": "child",
    "stepfather": "child",
    "son": "parent",
    "daughter": "parent",
    "child": "parent",
    "husband": "wife",
    "wife": "husband",
    "partner": "partner",
    "brother": "sibling",
    "sister": "sibling",
    "grandmother": "grandchild",
    "grandfather": "grandchild",
    "aunt": "nephew",
    "uncle": "nephew",
    "cousin": "cousin",
    "friend": "friend",
    "neighbor": "neighbor",
    "coworker": "coworker",
}
_PROFESSIONAL = re.compile(
    r"\b(?:soy|era|trabajo\s+como)\s+(?:su|la|el|una?)\s+(?:enfermer[oa]|cuidador[a]?|"
    r"asistente|auxiliar|doctor[a]?|medic[oa]|terapeuta|trabajador[a]?\s+social|paramedico)\b|"
    r"\bmis?\s+(?:paciente|pacientes|cliente|clientes|residente|residentes)\b",
)
_ACQUAINTANCE = re.compile(
    r"\b(?:un|una)\s+(?:amig[oa]|conocid[oa]|vecin[oa]|compañer[oa]|companer[oa])\b|"
    r"\b(?:solo|nomas|nada\s+mas)\s+(?:un|una)\s+amig[oa]\b"
)
# "mi hermana me dijo que les escribiera": a relative named only as the one who advised.
_PASSING = re.compile(
    rf"\b(?:mi|mis)\s+({_REL})s?\s+(?:\w+\s+)?(?:me\s+)?(?:dijo|dijeron|recomendo|sugirio|"
    r"pidio|insistio|quiere|quiso|esta\s+escribiendo|me\s+ayuda|me\s+esta\s+ayudando)\b[^.,;]{0,40}"
)
# A relative named only as the one who set up, typed or translated this chat ("mi nieto me
# puso esto en español", "mi hija me está traduciendo", "mi hijo escribe por mí"): the
# helper, never the patient; the care and the harm belong to whoever is named next.
_CHAT_HELPER = re.compile(
    rf"\b(?:mi|mis)\s+({_REL})s?\s+(?:\w+\s+)?(?:me\s+|nos\s+)?(?:lo\s+|la\s+)?"
    r"(?:(?:puso|pone|cambio|configuro|abrio|instalo|encontro|busco|paso|mando|dejo|preparo)"
    r"\s+(?:\w+\s+){0,2}?(?:esto|este\s+chat|esta\s+pagina|la\s+pagina|el\s+chat|el\s+programa|"
    r"la\s+aplicacion|la\s+computadora|el\s+telefono|el\s+celular|el\s+enlace|el\s+link|"
    r"en\s+espanol|en\s+ingles)|tradujo|traduce|(?:esta|estan)\s+traduciendo|"
    r"(?:escribe|escribio|esta\s+escribiendo|teclea|esta\s+tecleando)\s+(?:esto\s+)?"
    r"(?:por|para)\s+mi|ayudo\s+(?:a\s+escribir|con\s+(?:esto|la\s+computadora|el\s+chat)))\b"
    r"[^.,;]{0,40}"
)
# A relative who only took the visitor to care ("mi esposo me llevó al hospital", "mi hija
# me acompañó", "mi hermano me recogió"): the visitor's helper, not the patient.
_BROUGHT_ME = re.compile(
    rf"\b(?:mi|mis)\s+({_REL})s?\s+(?:\w+\s+)?(?:me|nos)\s+(?:llevo|llevaron|trajo|trajeron|"
    r"acompano|acompanaron|recogio|recogieron|fue\s+a\s+recoger|vino\s+a\s+recoger)\b"
)
# The visitor's own care told in the first person ("fui al quiropráctico", "me hizo un
# ajuste", "me operaron"), read only once a relative was set aside as a helper.
_MY_OWN_CARE = re.compile(
    r"\b(?:(?:yo\s+)?fui\s+(?:al|a\s+la|a\s+una?|con\s+(?:el|la|un|una))\s|me\s+(?:hizo|hicieron|"
    r"opero|operaron|atendio|atendieron|reviso|revisaron|receto|recetaron|inyecto|inyectaron|"
    r"diagnostico|diagnosticaron|dio|dieron|puso|pusieron|lastimo|lastimaron|corto|cortaron|"
    r"internaron|mandaron|mando|dijo\s+que\s+(?:era|estaba|no\s+era)))"
)


def without_helpers(folded: str) -> str:
    """Normalised text with relatives named only as helpers (set up the chat, took the
    visitor to care) taken out."""
    return _BROUGHT_ME.sub(" ", _CHAT_HELPER.sub(" ", folded))


def helper_then_own_care(text: str) -> bool:
    """A relative named only as the visitor's helper (set up this chat, took the visitor to
    care) and the care told as the visitor's own ("fui al quiropráctico ... mi esposo me
    llevó al hospital"): the visitor is the patient. No other relative may be left."""
    t = _PASSING.sub(" ", _norm(text))
    return (
        bool(_BROUGHT_ME.search(t) or _CHAT_HELPER.search(t))
        and _relationship_of(without_helpers(t)) is None
        and bool(_MY_OWN_CARE.search(t))
    )


_SELF = re.compile(
    r"^\W*(?:yo|fui\s+yo|era\s+yo|yo\s+mism[oa]|yo\s+fui|yo\s+era|a\s+mi|soy\s+yo|"
    r"yo\s+era\s+(?:el|la)\s+paciente|yo\s+soy\s+(?:el|la)\s+paciente|el\s+paciente\s+soy\s+yo|"
    r"la\s+paciente\s+soy\s+yo|mi\s+propia\s+atencion|fue\s+a\s+mi|a\s+mi\s+mism[oa])\b"
)
# "mijo", "mija" are also said to the listener ("yo, mija"): beside the visitor's own "yo"
# they are an endearment, not the patient.
_ENDEARMENT = re.compile(r"\bmij(?:[oa]|it[oa])s?\b")
_CHILD_WORD = re.compile(r"\bhij[oa]s?\b|\bmi\s+mij[oa]\b")
_SOMEONE_ELSE = re.compile(r"\b(?:otra\s+persona|alguien\s+mas|no\s+fui\s+yo|no\s+era\s+yo)\b")


def _norm(text: str) -> str:
    folded = fold(text.replace("’", "'")).replace("ñ", "n")
    # "mi jefecita", "mi jefecito": a parent said with love, never a boss.
    folded = re.sub(
        r"\bjefecit([oa])s?\b", lambda m: "papa" if m.group(1) == "o" else "mama", folded
    )
    folded = re.sub(r"\bmi'j([oa])\b", r"mij\1", folded)  # "mi'jo", "mi'ja"
    return _DIMINUTIVE.sub(_undiminish, folded)


def _undiminish(m: re.Match[str]) -> str:
    """ "abuelita" -> "abuela", "papito" -> "papa", "hijito" -> "hijo"; other words kept."""
    stem = m.group(1)
    # "mamacita" -> "mama"; "madrecita" -> "madre"; "viejita" -> "vieja".
    bases = (stem, stem[:-1]) if stem.endswith("e") else (stem,)
    for word in (
        stem,
        *(base + ending for base in bases for ending in (m.group(2), "a", "e", "o")),
    ):
        if word in RELATIONSHIPS and len(word) > 2:
            return word
    return m.group(0)


def _word(found: str) -> str:
    return RELATIONSHIPS[found]


def no_standing_in(text: str) -> str | None:
    """The visitor's own role when it gives no claim: a professional carer or an
    acquaintance; None when a family tie is also named."""
    t = _norm(text)
    family = relationship_in(text)
    if family and family not in english.NO_STANDING:
        return None
    if _PROFESSIONAL.search(t):
        return english.CAREGIVER_PROFESSIONAL
    m = _ACQUAINTANCE.search(t)
    if m:
        word = m.group(0)
        if "amig" in word:
            return "friend"
        if "vecin" in word:
            return "neighbor"
        if "compan" in word:
            return "coworker"
        return "no_standing"
    return None


def _relationship_of(t: str) -> str | None:
    mine = _I_AM_THEIR.search(t)
    if mine:
        return _OTHER_SIDE.get(_word(mine.group(1)))
    for m in _MY_REL.finditer(t):
        if m.group(1) == "jefa" and _AT_WORK.search(t):
            continue  # "mi jefa del trabajo": a boss
        return _word(m.group(1))
    return None


def relationship_in(text: str) -> str | None:
    """The first "mi <pariente>" (or "soy su <papel>"), in the English vocabulary; a
    relative who only set up this chat never, one who only took the visitor to care only
    when no one else is named and the visitor tells no care of their own."""
    t = _CHAT_HELPER.sub(" ", _PASSING.sub(" ", _norm(text)))
    found = _relationship_of(_BROUGHT_ME.sub(" ", t))
    if found is None and _BROUGHT_ME.search(t) and not _MY_OWN_CARE.search(t):
        found = _relationship_of(t)  # "mi esposo me llevó ... a él le dolía el pecho"
    return found


def bare_relationship(text: str) -> str | None:
    """A relationship answer with or without "mi" ("mamá", "es mi hijo")."""
    found = relationship_in(text)
    if found:
        return found
    m = _ANY_REL.search(without_helpers(_PASSING.sub(" ", _norm(text))))
    return _word(m.group(1)) if m else None


# "¿Pues quién más? Yo", "¿quién va a ser? yo misma": a question not asked of us, then the
# answer; what follows it is read.
_RHETORICAL_WHO = re.compile(
    r"^\W*(?:(?:pues|pos|y|bueno|ay|este|o\s+sea)\W+)*quien\s+"
    r"(?:mas(?:\s+(?:va\s+a\s+ser|podria\s+ser|seria|iba\s+a\s+ser))?|otr[oa]|si\s+no|"
    r"cree(?:s|\s+usted)?|crees\s+tu|va\s+a\s+ser|podria\s+ser|seria|iba\s+a\s+ser)"
    r"\s*\?+\s*(?:(?:pues|pos|bueno)\W+)?"
)
# "Yo, la mamá", "fui yo, la mamá", "yo, soy la mamá": the visitor, then who they are; not
# "yo, su mamá" (the patient's mother) nor "yo, la mamá de la niña".
_ME_THE_ROLE = re.compile(
    r"^\W*(?:yo|fui\s+yo|era\s+yo|soy\s+yo)\W+(?:(?:soy|era|fui)\s+)?(?:la|el)\s+(\w+)\b"
    r"(?!\s+(?:de|del)\b)"
)


def after_rhetorical_who(text: str) -> str | None:
    """What follows a question not asked of us ("¿Pues quién más? Yo" -> "yo"), folded;
    None when there is none."""
    folded = fold(text.replace("’", "'"))
    m = _RHETORICAL_WHO.match(folded)
    rest = folded[m.end() :].strip() if m else ""
    return rest if re.search(r"[^\W\d_]", rest) else None


def parse_patient(text: str, is_yes: bool, is_no: bool) -> english.PatientAnswer | None:
    """Answer to "¿Usted era el paciente?" (`is_yes`/`is_no`: the Spanish reply readings)."""
    rest = after_rhetorical_who(text)
    if rest:
        text, is_yes, is_no = rest, False, False
    standing = no_standing_in(text)
    if standing:
        return english.PatientAnswer(False, standing)
    said = _norm(text)
    role = _ME_THE_ROLE.match(said)
    if (
        role
        and (role.group(1) in RELATIONSHIPS or role.group(1) == "paciente")
        and not relationship_in(said[role.end() :])  # "yo, la mamá, pero fue mi bebé"
    ):
        return english.PatientAnswer(True)
    rel = bare_relationship(text)
    t = _norm(text)
    if rel and _SELF.search(t) and _ENDEARMENT.search(t) and not _CHILD_WORD.search(t):
        return english.PatientAnswer(True)  # "Yo, mi'ja, es sobre mí": "mija" is said to us
    if rel or _I_AM_THEIR.search(t):
        return english.PatientAnswer(False, rel)
    if _SELF.search(t) or is_yes:
        return english.PatientAnswer(True)
    if is_no or _SOMEONE_ELSE.search(t):
        return english.PatientAnswer(False)
    return None


_UNIT_TEXT = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos "
    "veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve"
)
_UNITS = _UNIT_TEXT.split()
_UNIT_VALUE = {w: i for i, w in enumerate(_UNITS)} | {"un": 1, "una": 1, "veintiun": 21}
_TENS = {
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
_DECADE_WORD = {
    10: "teens",
    20: "twenties",
    30: "thirties",
    40: "forties",
    50: "fifties",
    60: "sixties",
    70: "seventies",
    80: "eighties",
    90: "nineties",
}
_NUMBER_WORDS = re.compile(
    r"\b(?:("
    + "|".join(_TENS)
    + r")(?:\s+y\s+("
    + "|".join(_UNITS[1:10])
    + r"))?|(cien)|("
    + "|".join(sorted(_UNIT_VALUE, key=len, reverse=True))
    + r"))\b"
)
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\b(?:recien\s+nacid[oa]|al\s+nacer|en\s+el\s+parto|cuando\s+naci[oó])\b", "newborn"),
        (
            r"\b(?:unos|unas|como|mas\s+o\s+menos|alrededor\s+de|aproximadamente|casi|cerca\s+de|"
            r"por\s+ahi\s+de|yo\s+creo\s+que|creo\s+que)\b",
            "about",
        ),
        (r"\b(?:tenia|tenían|tenia\s+como)\b", "was"),
        (r"\b(?:tiene|cumplio|cumple)\b", "is"),
        # "ahorita tengo 61": the visitor's own age, said as today's or then's.
        (r"\btengo\b", "i'm"),
        (r"\b(?:ahorita|ahora\s+mismo|ahora|hoy|actualmente|hoy\s+en\s+dia|ya)\b", "now"),
        (r"\b(?:pero|aunque)\b", "but"),
        (
            r"\b(?:en\s+ese\s+entonces|entonces|en\s+ese\s+tiempo|en\s+ese\s+momento|"
            r"cuando\s+paso(?:\s+esto)?)\b",
            "at the time",
        ),
        # with the diminutives said of the old and the small: "81 añitos", "3 mesecitos"
        (r"\banos\b|\bano\b|\banitos?\b", "years"),
        (r"\bmeses\b|\bmes\b|\bmesecitos?\b", "months"),
        (r"\bsemanas\b|\bsemana\b|\bsemanitas?\b", "weeks"),
        (r"\bdias\b|\bdia\b|\bdiitas?\b|\bdiecitos?\b", "days"),
        (r"\by\s+medio\b", "and a half"),
    ]
]


def _number_value(m: re.Match[str]) -> int | None:
    if m.group(1):
        return _TENS[m.group(1)] + (_UNIT_VALUE.get(m.group(2), 0) if m.group(2) else 0)
    if m.group(3):
        return 100
    return _UNIT_VALUE.get(m.group(4))


def _birth_date(text: str, today: date) -> date | None:
    """A date of birth said in Spanish ("nació el 3 de marzo de 1980", "14/03/1980")."""
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    try:
        when = spanish_dates.parse_when(text, today)
    except DateParseError:
        return None
    return when.earliest if when.precision == "day" else None


_EN_MONTHS = ("january", "february", "march", "april", "may", "june") + (
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_EN = dict(zip(spanish_dates.MONTHS, _EN_MONTHS, strict=True)) | {"setiembre": "september"}
_MES = "|".join(_MONTH_EN)
# "nació en 1950", "nací en el 49", "nació en marzo del 62": a year of birth (two figures
# are the last century's unless that is over a hundred years ago).
_BORN_IN = re.compile(
    r"\b(?:naci|nacio|nacimos|nacieron|nacida|nacido)\s+(?:en|por)\s+(?:el\s+)?(?:ano\s+)?"
    rf"(?:(?P<mes>{_MES})\s+(?:de(?:l)?\s+)?(?:el\s+)?(?:ano\s+)?)?'?(?P<year>\d{{4}}|\d{{2}})\b"
)
# "cumplí 81 en marzo": the birthday reached that month; "cumple 94 en enero", "iba a
# cumplir 27", "va a cumplir 59", "cumplía 46": the next birthday, not the age.
_BIRTHDAYS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            rf"\b(?:cumpli|cumplio|cumplimos)\s+(\d{{1,3}})\s+(?:(?:en|el\s+pasado)\s+)?({_MES})\b"
        ),
        lambda m: f"turned {m.group(1)} in {_MONTH_EN[m.group(2)]}",
    ),
    (re.compile(r"\b(?:iba|ibamos)\s+a\s+cumplir\b|\bcumplia\b"), lambda m: "was about to turn"),
    (re.compile(r"\b(?:va|vamos)\s+a\s+cumplir\b"), lambda m: "turning"),
    (
        re.compile(rf"\bcumple\s+(\d{{1,3}})\s+(?:en|el|para|este|esta|la|a)\b(?:\s+({_MES})\b)?"),
        lambda m: f"turns {m.group(1)} in" + (f" {_MONTH_EN[m.group(2)]}" if m.group(2) else ""),
    ),
]


def _birth_year(m: re.Match[str], today: date) -> str:
    year = int(m.group("year"))
    if year < 100:
        year += 2000 if 2000 + year <= today.year else 1900
    month = f"{_MONTH_EN[m.group('mes')]} of " if m.group("mes") else ""
    return f"born in {month}{year}"


def age_to_english(text: str, today: date) -> str:
    """The Spanish age answer in the English words bot/intake/patient.py reads."""
    t = fold(text.replace("’", "'")).replace("ñ", "n")
    born = _birth_date(text, today)
    if born is not None:
        return f"born {born.month}/{born.day}/{born.year}"
    t = re.sub(r"\b(?:un\s+)?ano\s+y\s+medio\b", "a year and a half", t)
    # "cuarenta y tantos", "sesenta y pico", "treinta y pocos": a decade; fused as typed
    # too ("setentaitantos", "cincuentaipico", "70itantos").
    t = re.sub(
        r"\b(" + "|".join(_TENS) + r"|veinte)\s*(?:y|i|e)\s*(tantos|pico|algo|pocos|muchos)\b",
        lambda m: (
            {"pocos": "early ", "muchos": "late "}.get(m.group(2), "")
            + _DECADE_WORD[_TENS.get(m.group(1), 20)]
        ),
        t,
    )
    t = re.sub(
        r"\b(?:los\s+)?(\d0)\s*(?:y|i|e)\s*(tantos|pico|algo|pocos|muchos)\b",
        lambda m: {"pocos": "early ", "muchos": "late "}.get(m.group(2), "") + f"{m.group(1)}s",
        t,
    )
    t = _NUMBER_WORDS.sub(lambda m: str(_number_value(m) or m.group(0)), t)
    t = re.sub(r"\b(\d{1,3})\s+y\s+pico\b", r"\1-ish", t)
    t = _BORN_IN.sub(lambda m: _birth_year(m, today), t)
    for pattern, said in _BIRTHDAYS:
        t = pattern.sub(said, t)
    # "turning 59 en agosto", "turn 46 el mes siguiente": the time of that birthday.
    t = re.sub(r"\b(turn(?:s|ing|ed)?\s+\d{1,3})\s+(?:en|para|el|la|a|este|esta)\b", r"\1 in", t)
    t = re.sub(rf"\bin\s+({_MES})\b", lambda m: "in " + _MONTH_EN[m.group(1)], t)
    # "43 o 44": a doubt; "44 creo": a hedge; "dice que 79", "según él, 66": relayed.
    # "78, no, perdón, 79", "78, digo, 79", "45, no, espere, 46": an age corrected as said.
    t = re.sub(r"\bperdon[ae]?\b", "sorry", t)
    t = re.sub(r"\b(?:mejor\s+dicho|digo|quise\s+decir|quiero\s+decir)\b", "i mean", t)
    t = re.sub(r"\bespera(?:te|me)?\b|\bespere(?:me)?\b", "wait", t)
    t = re.sub(r"\b(?:bueno|ay|ah|este)\s*,?\s*(?=no\b)", "", t)
    t = re.sub(r"\b(?:tal\s+vez|quizas?|a\s+lo\s+mejor)\b", "maybe", t)
    # "41 creo, o 40", "57, o tal vez 58": the other age said after a doubt.
    t = re.sub(
        r"\b(\d{1,3})((?:\s+(?:creo|pienso|supongo))?)\s*,?\s+o\s+(?:(?:maybe|igual|hasta)\s+)?"
        r"(?=\d)",
        r"\1\2, or maybe ",
        t,
    )
    t = re.sub(r"\b(\d{1,3})\s+(?:pienso|supongo)\b", r"\1 i think", t)
    t = re.sub(r"(?<!\bque\s)\bcreo\b(?!\s+que\b)", "i think", t)
    t = re.sub(r"\b(?:me\s+|nos\s+)?dic(?:e|en|en\s+ellos|e\s+ella|e\s+el)\s+que\b", "says", t)
    t = re.sub(r"\bsegun\s+(?:el|ella|ellos|ellas|mi\s+\w+|su\s+\w+)\s*,?", "says ", t)
    # "ya estaba en Medicare": "ya" before a past is "already", not today's age.
    t = re.sub(r"\bya\s+(?=(?:estaba|tenia|era|habia|iba|estuvo|fue)\b)", "already ", t)
    for pattern, words in _PHRASES:
        t = pattern.sub(words, t)
    return " ".join(t.split())
