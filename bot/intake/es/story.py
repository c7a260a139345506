"""What a story told in Spanish states clearly, so the form does not ask it again.

A cautious subset of bot/intake/story.py: the state or city of the care (the Spanish place
words put in English for the shared place reader), one date (the Spanish date words put in
English for the shared date finder, those it would misread resolved from today in
es/story_dates.py, and those of a finding out or a death left out; two different dates are
left for the questions), who the patient was ("a mi mamá la operaron"), a death (with its
date when the story tells it relative to the care, "murió a los dos días":
es/after_care.py, placed from the story's one date as English does), and the harm as the
story tells it ("...y ahora no puede caminar": es/harm.py), with how serious it sounds
(the shared severity reader, over the story's care words put in English), so the injury
question is skipped as it is for an English story, and the provider when the story names
one clearly ("el doctor Ramírez", "en el Lincoln Hospital", "la Clínica San Rafael":
find_provider below, in the English reader's form, "Dr. Patel at Mercy Medical Center";
never a generic place or a relative's name). The age and the rest are asked.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from bot.intake import after_incident
from bot.intake import story as english
from bot.intake.classify import classify_severity
from bot.intake.es import after_care, care_words, dates, patient, places, story_dates
from bot.intake.es.harm import harm_in
from bot.intake.es.replies import fold

_DIED = re.compile(
    r"\b(?:fallecio|murio|se\s+murio|se\s+nos\s+fue|perdimos|muerte|funeral|velorio|"
    r"amanecio\s+muert[oa]|(?:habia|ha|haya|hubiera)\s+(?:fallecido|muerto))\b"
)
_NOT_DIED = re.compile(
    r"\b(?:casi|por\s+poco|pudo\s+haber|pensamos\s+que|miedo\s+(?:a|de)\s+que)\s+(?:\w+\s+){0,2}"
    r"(?:muri\w*|muere|fallec\w*)|"
    # a part of the body that died ("se me murió parte del pie", "se le murió el nervio")
    r"\b(?:se\s+(?:me|le|les|nos)\s+)?(?:murio|murieron|muri[oe]ndo)\s+(?:(?:una?|la|el|los|las)\s+)?"
    r"(?:parte|partes|pedazo|pedacito|pedazos|tejido|piel|nervio|nervios|dedo|dedos|pie|pierna|"
    r"mano|brazo|diente|dientes|muela|hueso|musculo|ojo|rinon|intestino|tripa|celulas|injerto)\b"
)
# "a mi mamá la operaron", "mi esposo estuvo internado": the patient named as the subject.
_ME = re.compile(r"^\W*(?:a\s+mi\s+me|yo\s+fui|me\s+(?:operaron|atendieron|internaron|dieron))\b")


def extract(text: str, today: date) -> dict[str, object]:
    """Slot values a Spanish story states clearly, in the English readers' values."""
    facts = english.place_facts(places.to_english(text))
    folded = fold(text.replace("’", "'")).replace("ñ", "n")
    found, death_dated = _care_dates(folded, today)
    died = _tells_death(folded)
    # With a death, a date may be the death's: asked, unless the death is told relative
    # to the care ("y murió a los dos días"), which makes the one date the care's, or has
    # its own date ("murió el 2 de enero"), which leaves the other one the care's.
    relative = _death_after_care(folded, today) if died else None
    if len(found) == 1 and (not died or relative is not None or death_dated):
        facts["incident_date"] = found[0]
    relationship = patient.no_standing_in(text) or patient.relationship_in(text)
    if relationship and _mother_is_the_patient(folded):
        facts["patient_is_self"] = True
    elif relationship:
        facts["patient_is_self"] = False
        facts["patient_relationship"] = relationship
        if died:
            facts["patient_died"] = True
            placed = relative and after_incident.place(relative, facts.get("incident_date"))
            if placed:
                facts["death_date"] = placed
    elif _ME.search(folded) or patient.helper_then_own_care(text):
        facts["patient_is_self"] = True
    provider = find_provider(text)
    if provider:
        facts["provider"] = provider  # "en el Lincoln Hospital": not asked again
    harm = harm_in(text)
    if harm:
        facts["injury"] = harm  # "...y ahora tiene daño cerebral": not asked again
    severity = classify_severity(care_words.to_english(text))
    if severity is not None:
        facts["story_severity"] = severity.value
    return facts


def _tells_death(folded: str) -> bool:
    """A death word not inside words that deny it ("casi se muere") or tell a part of the
    body dying ("se me murió parte del pie")."""
    denied = [m.span() for m in _NOT_DIED.finditer(folded)]
    return any(not any(a <= m.start() < b for a, b in denied) for m in _DIED.finditer(folded))


def _care_dates(folded: str, today: date) -> tuple[list[str], bool]:
    """The distinct dates a story may give its care (slot texts): those read in
    es/story_dates.py from today, then the rest put in English for the shared finder, with
    the words dating a finding out or a death left out, and those of the harm striking
    ("ayer me dio el infarto") unless no other date is left ("el 4 de julio le dio un ataque
    de asma y no lo llevaron a la enfermería": the care is the answer to it); and whether
    the death has a date."""
    found, death_dated = _care_dates_with(folded, today, harm=True)
    if not found:
        found, death_dated = _care_dates_with(folded, today, harm=False)
    return found, death_dated


def _care_dates_with(folded: str, today: date, harm: bool) -> tuple[list[str], bool]:
    text, deaths = story_dates.other_dates_blanked(folded, harm)
    text, later = story_dates.later_care(text, today)
    rest, own = story_dates.own_dates(text, today)
    found = [when.to_slot() for when in ([later] if later else []) + own]
    for slot in english.find_dates(dates.date_words_to_english(rest), today):
        if slot not in found:
            found.append(slot)
    if not found:
        born = story_dates.born_by_age(text, today)
        if born is not None:
            found.append(born.to_slot())  # "tiene 6 años ... falta de oxígeno al nacer"
    death_dated = any(
        english.find_dates(dates.date_words_to_english(said), today) for said in deaths
    )
    return found, death_dated


# A birth told as the time of the mother's own care ("cuando nació mi hija me pusieron la
# epidural y me picaron mal"): the child only dates it; the patient is the one writing,
# unless the care was done to the baby too ("le jalaron la cabeza", "el bebé no respiraba").
_BIRTH_CLAUSE = re.compile(
    r"\b(?:cuando|el\s+dia\s+(?:en\s+)?que)\s+(?:nacio|naciera)\s+mi\s+(?:hij[oa]|bebe|nin[oa])\b|"
    r"\b(?:en\s+el|durante\s+el|despues\s+del)\s+(?:parto|nacimiento)\s+de\s+mi\s+"
    r"(?:hij[oa]|bebe|nin[oa])\b|\bcuando\s+tuve\s+a\s+mi\s+(?:hij[oa]|bebe)\b"
)
_CARE_TO_ME = re.compile(
    r"\bme\s+(?:pusieron|picaron|cortaron|operaron|dejaron|hicieron|dieron|rompieron|desgarraron|"
    r"cosieron|inyectaron|quitaron|sacaron|lastimaron|anestesiaron|perforaron)\b|\bquede\s+con\b"
)
_CARE_TO_BABY = re.compile(
    r"\b(?:le|lo|la)\s+(?:jalaron|jalo|pusieron|dieron|cortaron|dejaron|lastimaron|rompieron|"
    r"quebraron|fracturaron|sacaron|aplastaron|torcieron)\b|"
    r"\b(?:el|la|mi)\s+(?:bebe|nin[oa]|hij[oa])\s+(?:no|quedo|tiene|nacio\s+(?:morad|sin|con))"
)


def _mother_is_the_patient(folded: str) -> bool:
    """The story's relative only dates a birth, and the care it tells was done to the writer."""
    birth = _BIRTH_CLAUSE.search(folded)
    if not birth:
        return False
    rest = folded[: birth.start()] + " " + folded[birth.end() :]
    if re.search(r"\bmi\s+(?:mama|madre|papa|padre|espos[oa]|herman[oa]|abuel[oa])\b", rest):
        return False
    return bool(_CARE_TO_ME.search(rest)) and not _CARE_TO_BABY.search(rest)


def _death_after_care(folded: str, today: date) -> after_incident.AfterIncident | None:
    """The time after the care a death is told in ("falleció esa misma noche"), from the
    first sentence about the death that tells one; None when none does, when it counts
    from something else than the care, or when a date is said after the death word
    ("murió el 5 de marzo, dos días después de la operación": the date is the death's)."""
    for sentence in re.split(r"(?<=[.;!?])\s+", folded):
        if not _tells_death(sentence):
            continue
        relative = after_care.after_care(sentence)
        if relative is None:
            continue
        if not relative.placed:
            return None
        rest = after_incident.without(after_care.to_english(sentence), relative)
        said = _DIED.search(rest)
        after_death = rest[said.end() :] if said else ""
        if english.find_dates(dates.date_words_to_english(after_death), today):
            return None
        return relative
    return None


# The provider, read only when the story names one clearly ("el doctor Ramírez", "en el
# Lincoln Hospital", "la Clínica San Rafael"): a wrong name on the lead costs more than
# asking, so a generic place ("el hospital", "la clínica de la esquina", "urgencias") or a
# word that may be no name (all-lowercase texts, after "el doctor") is left to the question.

# Spanish small words, which end a capitalised name ("el Memorial Hermann Y ...").
_FUNCTION_TEXT = """
    a al algo alla alli alguien aqui ahi antes apenas aquel aquella asi aun ayer bien bueno
    buena casi como con contra cual cuando de del desde despues donde durante e el ella ellos
    en entonces era eran es esa ese eso esta estaba estaban estas este esto estos estuvo fue
    fueron ha habia han hasta hay hoy jamas la las le les lo los luego mal mas me mi mis mismo
    misma muy nada nadie ni no nos nunca o otra otro para pero poco por porque pues que quien
    se segun si siempre sin sobre solo su sus tambien tampoco tan tanto te todavia todo
    toda tu u un una uno unos unas y ya yo
"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
# Words that follow "el doctor" and are no name: verbs, kinds of doctor, descriptions.
_COMMON_TEXT = """
    abrio acepto actuo aseguro atendio avisa aviso busco cambio checo cobro comento cometio
    confirmo corto creia creyo cree da daba decia decidio dejo descubrio detecto dice dijo
    dio diagnostico dira echo empezo encontro enojo equivoco escribio espero estaba examino
    explico falla fallo firmo grito hablo hace hacia hizo ignoro indico insistio interno
    llamo llego lo mando menciono miro nego noto nos olvido opera opero ordeno paso penso
    perforo pidio puede pudo puso pregunto quiso quito receto recomendo regano reviso
    rio saco sabe sabia salio sento siguio sugirio tardo tenia tiene toco tomo trato trajo
    tuvo vino vio volvio
    general familiar especialista cirujano cirujana residente interno interna tratante
    encargado encargada anestesiologo anestesiologa ortopedista ginecologo ginecologa
    pediatra cardiologo cardiologa urologo neurologo oncologo radiologo dentista partera
    enfermero enfermera medico medica nuevo nueva joven viejo vieja mayor principal particular
    privado privada americano americana mexicano mexicana latino latina hispano gringo gringa
    chino china indio india guapo guapa amable grosero grosera famoso famosa otros demas
    guardia turno cabecera confianza emergencia emergencias urgencias hospital clinica
    primario primaria personal regular habitual propio propia usual asignado asignada anterior
    actual pasado siguiente ultimo primer primero segundo tal dicho mencionado responsable
    cubano cubana dominicano dominicana colombiano colombiana venezolano peruano salvadoreno
    guatemalteco hondureno puertorriqueno ortopedico cirujano traumatologo obstetra
"""
_COMMON = _FUNCTION | frozenset(_COMMON_TEXT.split())
# Endings of verb forms and adverbs, never of the surname after "el doctor" in a lowercase text.
# Kinds of doctor too ("el doctor internista", "la doctora ginecologa").
_VERB_ENDINGS = (
    "aron",
    "ieron",
    "ando",
    "iendo",
    "aban",
    "mente",
    "aria",
    "eria",
    "iria",
    "ologo",
    "ologa",
    "ista",
    "iatra",
)
# Given names that a lowercase surname may follow ("el doctor juan perez").
_GIVEN_TEXT = (
    "juan jose maria luis carlos jorge miguel pedro pablo manuel antonio francisco javier "
    "ricardo roberto alberto eduardo fernando raul sergio victor hector oscar mario ana rosa "
    "carmen laura patricia elena isabel lucia sofia gabriela claudia monica veronica"
)
_GIVEN = frozenset(_GIVEN_TEXT.split())
_DOCTOR_ES = re.compile(
    r"(?<![\w.])(?i:doctora|doctor|(?:dra|dr)\.?)\s+(?P<first>[A-Za-zñÑ][\w'’-]*)"
    r"(?:\s+(?P<second>[A-Za-zñÑ][\w'’-]*))?"
)
# After the word that follows "el doctor", how it was done ("el doctor jalo muy duro", "la
# doctora empujo demasiado fuerte", "el doctor corto mal"): that word was a verb, no surname.
_HOW_IT_WAS_DONE = re.compile(
    r"\s+(?:muy|demasiado|tan|bien|mal|duro|durisimo|fuerte|fuertisimo|rapido|recio|"
    r"bruscamente|brusco|mucho|de\s+mas|de\s+golpe|sin\s+(?:cuidado|querer|avisar|"
    r"preguntar|permiso))\b",
    re.IGNORECASE,
)
_TITLES = frozenset({"doctor", "doctora", "dr", "dra", "dr.", "dra."})
# A relative who is a doctor is no provider ("mi hijo, el doctor Juan Pérez, dice que...").
_RELATIVE_BEFORE = re.compile(
    r"\b(?:mi|su|nuestr[oa])\s+(?:hij[oa]|herman[oa]|espos[oa]|prim[oa]|ti[oa]|sobrin[oa]|"
    r"cunad[oa]|cuñad[oa]|yerno|nuera|amig[oa]|papa|mama|padre|madre|abuel[oa]|novi[oa]|"
    r"vecin[oa]|pareja)\s*,?\s*(?:(?:el|la|que\s+es)\s+)?$",
    re.IGNORECASE,
)

# Words that make a capitalised name a place of care, in English names ("Lincoln Hospital",
# "Memorial Hermann", "St. Joseph's") or Spanish ones ("Clínica San Rafael").
_FACILITY_WORDS_ES_TEXT = (
    "hospital hospitals medical center centre clinic clinica policlinica sanatorio memorial "
    "health healthcare regional general methodist baptist presbyterian kaiser mercy saint st. "
    "st infirmary"
)
_FACILITY_WORDS_ES = frozenset(_FACILITY_WORDS_ES_TEXT.split())
# The Spanish heads a name follows ("Hospital General de ...", "Centro Médico ...").
_HEADS = frozenset({"hospital", "clinica", "policlinica", "sanatorio", "centro"})
# The lowercase facility words that may go with a capitalised name ("el Lincoln hospital").
_LOWER_FACILITY = frozenset({"hospital", "clinica", "clinic", "medical", "center", "centre"})
# Words in a facility phrase that say what kind of place it is, not which one.
_DESCRIPTORS_ES_TEXT = """
    hospital hospitals medical center centre clinic clinica policlinica sanatorio centro medico
    general regional memorial health healthcare saint st st. community county city university
    universitario universidad children's childrens women's womens emergency er urgent care
    urgencias emergencias emergencia sala condado ciudad estatal municipal comunitario
    comunidad infantil ninos nino mujer mujeres maternidad salud familiar veteranos va
    cancer oncologia ortopedia ortopedico pediatrico psiquiatrico rehabilitacion quirurgico
    cirugia dental ojos corazon especialidades privado publico nuevo viejo del de la los las
    """
_DESCRIPTORS_ES = frozenset(_DESCRIPTORS_ES_TEXT.split())
_INTRO = re.compile(
    r"(?<![\w.])(?i:en\s+el|en\s+la|en\s+los|a\s+la|de\s+la|desde\s+el|hasta\s+el|para\s+el|"
    r"por\s+el|del|al|en|el|la)\s+"
)
# A relative's workplace is no place of care ("mi hermana trabaja en el Hospital X").
_WORKS = re.compile(r"\btrabaj(?:a|aba|o|ó|an|aban)\s*$", re.IGNORECASE)
# Capitalised descriptors that with a place make a name ("Hospital General de Massachusetts").
_NAMED_BY_PLACE = frozenset({"general", "regional", "memorial"})
_TOKEN = re.compile(r"(?:St|Mt|Ste|st|mt)\.|[A-Za-zñÑ0-9][\w'’&-]*")
_CONNECTOR = re.compile(r"(?:de|del)(?:\s+(?:la|las|los))?\s+")


def _plain(text: str) -> str:
    """The text without accents, case and length kept, so a span found in it is the same
    span of the text as typed ("Clínica" -> "Clinica", "Núñez" -> "Nuñez")."""
    out = []
    for char in text:
        if char in "ñÑ":
            out.append(char)
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        out.append(base if len(base) == 1 else char)
    return "".join(out)


def _shows_names(plain: str) -> bool:
    """The text's capitals tell names: some word is capitalised where no sentence starts,
    and the text is not typed all in capitals or in Title Case ("Mi Mamá Fue Al Hospital",
    told by its small words capitalised)."""
    if plain == plain.upper():
        return False
    inside = []
    for m in re.finditer(r"[A-Za-zñÑ][\w'’.-]*", plain):
        before = plain[: m.start()].rstrip()
        if before and before[-1] not in '.!?¿¡:;"(':
            inside.append(m.group())
    small = [w for w in inside if w.lower() in _FUNCTION]
    if small and sum(w[0].isupper() for w in small) * 2 >= len(small) and len(small) > 1:
        return False
    return any(w[0].isupper() for w in inside)


def _folded(word: str) -> str:
    return word.lower().replace("ñ", "n")


def _is_place(words: str) -> bool:
    """A city or state ("Houston", "Nueva York"): the place reader's, not a name of care."""
    return bool(english.place_facts(places.to_english("en " + words)))


def _doctor_es(text: str, plain: str, names: bool) -> str | None:
    """ "el doctor Ramírez", "la Dra. Gómez", "el dr castillo" -> "Dr. Ramírez"; never the
    verb or word after "el doctor" ("el doctor me dijo", "la doctora de guardia")."""
    for m in _DOCTOR_ES.finditer(plain):
        if _RELATIVE_BEFORE.search(plain[: m.start()]):
            continue
        first = m.group("first")
        low = _folded(first)
        if low in _COMMON or low in _TITLES or low in _FACILITY_WORDS_ES or len(low) < 3:
            continue
        # In a text with capitals, a lowercase word is a name only after "dr"/"dra".
        title = plain[m.start() : m.start("first")].strip().lower().rstrip(".")
        if names and not first[0].isupper() and title not in ("dr", "dra"):
            continue
        if not names and (
            low.endswith(_VERB_ENDINGS) or _HOW_IT_WAS_DONE.match(plain, m.end("first"))
        ):
            continue
        end = m.end("first")
        second = m.group("second")
        if second:
            low2 = _folded(second)
            fits = (
                low2 not in _COMMON
                and low2 not in _FACILITY_WORDS_ES
                and low2 not in _TITLES
                and not low2.endswith(_VERB_ENDINGS)
            )
            if fits and (second[0].isupper() if names else low in _GIVEN):
                end = m.end("second")
        name = " ".join(w[:1].upper() + w[1:] for w in text[m.start("first") : end].split())
        return f"Dr. {name}"
    return None


def _facility_run(plain: str, start: int) -> tuple[int, int] | None:
    """The facility name that starts at `start` ("Lincoln Hospital", "Clínica San Rafael",
    "Hospital General de Massachusetts"), up to the first lowercase Spanish word, a doctor's
    title or a city ("del Kaiser de Fontana"); None when it names no place of care."""
    words: list[str] = []
    end = pos = start
    spanish = False
    while True:
        token = _TOKEN.match(plain, pos)
        if not token:
            break
        word = token.group()
        low = word.lower()
        if low in _TITLES:
            break
        if spanish and words and low in ("de", "del"):
            joined = _CONNECTOR.match(plain, pos)
            rest = (
                re.match(r"(?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*)*", plain[joined.end() :])
                if joined
                else None
            )
            if not rest or rest.group().split()[0].lower() in _FUNCTION | _TITLES:
                break
            lows = [_folded(w) for w in words]
            distinctive = any(w not in _DESCRIPTORS_ES for w in lows)
            if _is_place(rest.group()):
                if distinctive:
                    break  # "Hospital Mercy de Houston": the city is the place reader's
                if not any(w in _NAMED_BY_PLACE for w in lows):
                    return None  # "el Hospital de Houston", "Hospital de Niños de San Diego"
            words.extend(plain[pos : joined.end() + rest.end()].split())
            end = pos = joined.end() + rest.end()
        elif (word[0].isupper() and low not in _FUNCTION) or (
            low in _LOWER_FACILITY and (words or low in _HEADS)
        ):
            words.append(word)
            end = pos = token.end()
        else:
            break
        if len(words) == 1 and low in _HEADS and word[0].isupper():
            spanish = True
        space = re.match(r"[ \t]+", plain[pos:])
        if not space:
            break
        pos += space.end()
    lows = [_folded(w) for w in words]
    facility = any(w in _FACILITY_WORDS_ES for w in lows) or (
        "centro" in lows and any(w in ("medico", "quirurgico") for w in lows)
    )
    if not facility or all(w in _DESCRIPTORS_ES or w in _FUNCTION for w in lows):
        return None
    return start, end


def find_provider(text: str) -> str | None:
    """The provider a Spanish story names clearly ("Dr. Ramírez", "Lincoln Hospital",
    "Dr. Patel at Mercy Medical Center"), in the English reader's form; None otherwise."""
    plain = _plain(text.replace("’", "'"))
    names = _shows_names(plain)
    parts = [p for p in [_doctor_es(text, plain, names)] if p]
    if names:
        for intro in _INTRO.finditer(plain):
            if _WORKS.search(plain[: intro.start()]):
                continue
            span = _facility_run(plain, intro.end())
            if span and intro.group().split()[-1].lower() == "la":
                # "la" goes with a clinic, not a hospital: "la Mercy me llevó" is a woman.
                said = {_folded(w) for w in plain[span[0] : span[1]].split()}
                span = span if said & {"clinica", "policlinica", "clinic"} else None
            if span:
                name = text[span[0] : span[1]]
                parts.append(name[:1].upper() + name[1:])
                break
    return " at ".join(parts) if parts else None
