"""Each intake answer typed in Spanish, read into the same values and error codes as the
English parsers in bot/intake/answers.py (one parser per question).

Where the English reader can do the work once the Spanish words are put in English
(places, ages, names, contact details) it does; yes/no/no sé, dates, relationships and
the story's openers have Spanish readers of their own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date

from bot.intake import answers as english
from bot.intake import openers
from bot.intake.answers import Context, Parsed
from bot.intake.dates import DateParseError
from bot.intake.es import care_words, dates, patient, places, replies
from bot.intake.es.replies import Phrases, fold, plain


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
    words = _WORDS.findall(plain(text))
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
    if openers.is_opener(text) and not english.tells_care_or_harm(care_words.to_english(text)):
        return _fail("opener")  # "es una historia larga, le cuento", "¿es un robot?"
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


# "Déjeme ver", "un momento, lo busco en los papeles", "voy a preguntarle a mi tía": the
# visitor goes to look the name up. With nothing else said (or only a don't-know: "no sé
# el nombre de la agencia, déjeme ver") it is no provider: asked again, never kept.
_LET_ME_CHECK = re.compile(
    r"\b(?:dej(?:e|a|eme|ame)|permit(?:ame|eme)|espere(?:me)?|esperame)\s+(?:que\s+)?"
    r"(?:ver|veo|checar|checo|chequear|revisar|reviso|buscar|busco|fijarme|me\s+fijo|preguntar|"
    r"pregunto|le\s+pregunto)\b|\b(?:voy\s+a|tengo\s+que|deberia|hay\s+que)\s+(?:ver|checar|"
    r"chequear|revisar|buscar|fijarme|preguntar(?:le)?)\b|\b(?:lo|la|le)\s+(?:busco|checo|reviso|"
    r"pregunto)\b|\bun\s+(?:momento|momentito|segundo|segundito|minuto|minutito)\b|\ba\s+ver\b|"
    r"\bahorita\s+(?:lo\s+|le\s+)?(?:busco|checo|veo|reviso)\b"
)
# Where the name would be found and who knows it: no name either.
_WHERE_IT_IS_TEXT = (
    "agencia compania empresa papel papeles papeleria documentos recibo recibos tarjeta "
    "refri refrigerador tia tio mama papa hermana hermano prima primo esposo esposa hija hijo "
    "enfermera enfermeras enfermero casa su sus mi mis los las"
)
_WHERE_IT_IS = frozenset(_WHERE_IT_IS_TEXT.split())


def checking_only(text: str) -> bool:
    """A reply that goes to look the provider up and says no name: "déjeme ver", "no sé
    el nombre de la agencia, déjeme ver", "un momento, lo busco en los papeles"."""
    folded = fold(text).replace("ñ", "n")
    if not _LET_ME_CHECK.search(folded):
        return False
    rest = _LET_ME_CHECK.sub(" ", folded)
    if replies.is_dont_know(rest):
        rest = fold(replies.without_dont_know(rest))
    left = [w for w in _WORDS.findall(rest) if w not in _OPENERS]
    return not [w for w in left if w not in _ABOUT_THE_UNKNOWN and w not in _WHERE_IT_IS]


def parse_provider(text: str) -> Parsed:
    if checking_only(text):
        return _fail("dont_know")
    return english.described(
        "provider", text, min_letters=2, said=replies, only_dont_know=_dont_know_only
    )


def parse_injury(text: str) -> Parsed:
    return english.described(
        "injury",
        text,
        min_letters=3,
        said=replies,
        only_dont_know=_dont_know_only,
        no_refused=False,
    )


def _past_the_hedge(text: str, today: date) -> str:
    """ "No me acuerdo bien, por ahí de octubre": a don't-know that goes on to give a date is
    a hedge, and the date is the answer; with no date after it the don't-know stands. The
    day not known beside a month ("en diciembre, antes de navidad, no me acuerdo el día")
    leaves the month as said."""
    cut = dates.without_finer_not_known(text)
    if cut != text:
        try:
            dates.parse_when(cut, today)
        except DateParseError:
            pass
        else:
            return cut
    if not replies.is_dont_know(text):
        return text
    rest = replies.without_dont_know(text)
    try:
        dates.parse_when(rest, today)
    except DateParseError:
        return text
    return rest


def parse_incident_date(text: str, today: date) -> Parsed:
    return english.incident_date(
        _past_the_hedge(text, today), today, said=replies, when=dates.parse_when
    )


_RIGHT_NOW = re.compile(
    r"^\W*(?:apenas|ahorita|ahora|hoy|hace\s+poco|recien|recientemente|esta\s+semana|"
    r"esta\s+manana|me\s+acabo\s+de\s+enterar|acabo\s+de\s+(?:enterarme|saber))\b"
)
_WHEN_EVENT = re.compile(
    r"^\W*(?:cuando|despues\s+de\s+que|en\s+cuanto)\b.*\b(?:llegaron|dijeron|dieron|vi|vimos|"
    r"salieron|mostraron|explicaron|enteramos|entere)\b"
)


def parse_discovery_date(text: str, today: date, incident: object = None) -> Parsed:
    return english.discovery_date(
        _past_the_hedge(text, today),
        today,
        said=replies,
        when=dates.parse_when,
        right_now=lambda t: _RIGHT_NOW.search(plain(t)),
        just_an_event=lambda t: _WHEN_EVENT.search(plain(t)),
        incident=incident,
    )


def parse_death_date(text: str, today: date, incident: object = None) -> Parsed:
    """A date of death, or one told relative to the incident ("el mismo día")."""
    return english.death_date(text, today, incident, read=parse_incident_date)


def parse_state(text: str) -> Parsed:
    """A state or a city said in Spanish; the same values, candidates and errors as English."""
    said = places.to_english(text)
    parsed = english.parse_state(said)
    if parsed.error == "dont_know" or (not parsed.ok and replies.is_dont_know(text)):
        return _fail("dont_know") if parsed.error != "ambiguous_city" else parsed
    return parsed


def parse_yes_no(field_name: str, text: str) -> Parsed:
    return english.yes_no(field_name, text, replies)


def _after_a_question(text: str) -> str | None:
    """What follows a question the visitor asks back before answering ("¿Tengo que tener
    abogado ya? No, no tengo", "¿para qué lo necesitan? sí, falleció"), or None when no
    words follow one."""
    head, mark, rest = text.rpartition("?")
    if not mark or not re.search(r"[^\W\d_]", rest) or not re.search(r"[^\W\d_]", head):
        return None
    return rest


def _said_outright(
    field_name: str, text: str, no: Callable[[str], object], yes: Callable[[str], object]
) -> Parsed:
    """A yes/no question whose answer is often said in words of its own ("ya no tenemos
    abogado", "falleció"): those first (`no`, `yes` read the unaccented text), then sí/no.
    A question asked back first ("¿importa? no", "¿tengo que tener uno ya? no, no
    tengo") is passed over: what follows it is the answer, when it gives one. A bare sí/no
    after a question that says the thing itself answers that question: "¿se murió? no" is
    alive, and so is "¿que si sigue vivo? sí"."""
    after = _after_a_question(text)
    if after is not None:
        parsed = _said_outright(field_name, after, no, yes)
        if parsed.ok or parsed.error == "dont_know":
            asked = _said_in_words(text[: len(text) - len(after)], no, yes)
            if asked is None or not parsed.ok or _said_in_words(after, no, yes) is not None:
                return parsed
            return Parsed({field_name: asked if parsed.values[field_name] else not asked})
    if (said := _said_in_words(text, no, yes)) is not None:
        return Parsed({field_name: said})
    return parse_yes_no(field_name, text)


def _said_in_words(
    text: str, no: Callable[[str], object], yes: Callable[[str], object]
) -> bool | None:
    """The answer in a question's own words (`no`, `yes`), or None."""
    folded = plain(text)
    if no(folded):
        return False
    if yes(folded):
        return True
    return None


# "no tenemos idea" is a don't-know (replies._DONT_KNOW), never a no.
_NOT_AN_IDEA = r"(?!\s+(?:ni\s+)?(?:la\s+(?:menor\s+)?|una\s+)?idea\b)"
_NO_LONGER = re.compile(
    r"\bya\s+no\b|\b(?:no\s+(?:quiso|quisieron|acepto|aceptaron|tomo|tomaron))\b|"
    r"\b(?:dejo|dejaron|solto|soltaron)\s+(?:el|mi|nuestro)\s+caso\b|\bno\s+tenemos\b"
    + _NOT_AN_IDEA
    + r"|^\W*(?:nada|ninguno|nadie)\b"  # "nada, todo bien": no lawyer, not a yes
)
# A lawyer hired, said in more words: "ya tengo abogado", "contraté a uno la semana
# pasada", "firmamos con un bufete", "nos representa una abogada". Not after a no:
# "no contraté un abogado", "nunca firmamos con nadie" (_NO_LAWYER_STORY).
_HAS_ONE = re.compile(
    r"(?<!\bno\s)(?<!\bnunca\s)(?<!\btodavia\s)\b(?:ya\s+)?(?:tengo|tenemos|contrate|contratamos|"
    r"contrato|contrataron)\s+(?:(?:a\s+)?(?:un|una)\s+|a\s+)?(?:abogad[oa]|licenciad[oa]|bufete|"
    r"firma|uno|una)\b|"
    r"(?<!\bno\s)(?<!\bnunca\s)\b(?:firme|firmamos|firmo|firmaron)\s+con\s+(?:un|una|el|la|ellos|"
    r"ella|el)\b|\b(?:me|nos|lo|la|le)\s+(?:representa|representan|esta\s+representando|"
    r"lleva\s+el\s+caso)\b"
)
# A no told as a story, as the English reader's (answers._NO_LAWYER_STORY): consulted but
# never hired or signed ("consulté con una pero no la contraté", "nunca firmamos nada"),
# nobody called back, they turned the case down, still looking, only a consultation, and
# a no said last ("..., así que no", "entonces no"). "no tengo" said of a lawyer too.
_NOT_DONE = (
    r"\b(?:no|nunca|jamas)\s+(?:(?:lo|la|los|las|le|les|me|nos)\s+)?(?:(?:he|hemos|ha|han)\s+)?"
)
_NO_LAWYER_STORY = re.compile(
    _NOT_DONE + r"(?:contrat\w*|firm\w*)\b|"
    r"\bnadie\s+(?:me|nos)\s+(?:(?:ha|han|quiso)\s+)?(?:contest\w*|respond\w*|llam\w*|regres\w*|"
    r"hizo\s+caso|quiso|acepto|tomo)\b|"
    r"\b(?:rechaz\w*\s+|no\s+(?:quis\w*|acept\w*|agarr\w*)\s+(?:tomar\s+|agarrar\s+|llevar\s+)?)"
    r"(?:el|mi|nuestro|este|su)\s+caso\b|\bno\s+(?:habia|hay|tenia|teniamos|tengo)\s+caso\b|"
    r"\bno\s+(?:tengo|tenemos|tiene|tienen)" + _NOT_AN_IDEA + r"(?=\W*$|\s+(?:ningun\w*|abogad\w*|"
    r"licenciad\w*|uno|una|todavia|aun|por\s+(?:ahora|el\s+momento|ahorita)|a\s+nadie|nadie)\b)"
)
# ... and told more loosely: never called back, only a consultation, still looking, a no
# said last. A lawyer hired said beside these wins ("ya tengo uno, pero sigo buscando
# otro", "tenemos abogado pero no nos contesta": represented, however badly).
_NO_LAWYER_LOOSELY = re.compile(
    r"\b(?:nunca|no)\s+(?:me|nos)\s+(?:(?:ha|han)\s+)?(?:regres\w*|devolv\w*|contest\w*|"
    r"respond\w*|llam\w*|marc\w*|escrib\w*|hablaron)\b|"
    r"\b(?:solo|nomas|nada\s+mas|namas|solamente)\s+(?:fue\s+|tuve\s+|tuvimos\s+|hice\s+)?"
    r"(?:una\s+|la\s+)?(?:consult\w*|pregunt\w*)\b|"
    r"\b(?:estoy|estamos|ando|andamos|sigo|seguimos|todavia|aun)\s+(?:\w+\s+)?buscando\b|"
    r"(?:^|[,.;!?]\s*|\b)(?:asi\s+que|entonces|o\s+sea(?:\s+que)?|osea|por\s+eso|"
    r"por\s+lo\s+tanto|pues)\s+no\W*$|"
    # "el hospital no sé, nosotros no": the visitor's side answers no, said last
    r"(?:^|[,.;:!?]\s*|\b(?:pero|y)\s+)(?:nosotr[oa]s|yo|(?:mi|la)\s+familia|el|ella|"
    r"mi\s+(?!abogad|licenciad|defensor)\w+)\s+(?:todavia\s+|aun\s+)?no(?:\s+(?:tenemos|tengo|tiene|"
    r"tienen)(?:\s+(?:ninguno|abogado|todavia|aun))?)?\W*$|"
    # "pues no, todavía no", "la verdad no": a no after a filler (not "pues no sé")
    r"^\W*(?:pues|bueno|la\s+verdad|mm+|este)\W+no\b(?=\W*$|\s*[,.;!]|\s+(?:todavia|aun|tengo|"
    r"tenemos|he|hemos)\b)"
)


# A lawyer who left: "tenía uno pero me dejó", "el abogado renunció / se retiró del caso",
# "contraté uno pero se jubiló / falleció". No lawyer now, unless another was hired.
_GONE_VERB = (
    r"(?:ya\s+)?(?:(?:me|nos|lo|la|le|les)\s+)?(?:dejo|dejaron|solto|soltaron|abandono|abandonaron|"
    r"renuncio|renunciaron|se\s+retiro|se\s+retiraron|se\s+jubilo|murio|se\s+murio|fallecio|"
    r"se\s+echo\s+(?:para\s+|pa\s*)?(?:atras|tras)|se\s+rajo|se\s+salio|desistio|"
    r"no\s+quiso\s+seguir|ya\s+no\s+quiso)\b"
)
_LAWYER_LEFT = re.compile(
    r"\b(?:el|la|mi|nuestr[oa]|su)\s+(?:\w+\s+)?(?:abogad[oa]|licenciad[oa]|bufete|firma)\s+"
    r"(?:que\s+\w+\s+)?" + _GONE_VERB + "|"
    r"\b(?:tenia|teniamos|tuve|tuvimos|contrate|contratamos|habia|hubo|consegui|conseguimos)\s+"
    r"(?:uno|una|un\s+\w+|una\s+\w+|abogad[oa])\b[^.;!?]{0,30}?(?:,|\bpero\b|\by\b)\s*"
    r"(?:luego\s+|despues\s+)?" + _GONE_VERB + "|"
    r"\b(?:el|la)\s+primer[oa]\s+" + _GONE_VERB
)
_ANOTHER_NOW = re.compile(
    r"\b(?:contrate|contratamos|tengo|tenemos|conseguimos|consegui|encontramos|encontre)\s+"
    r"(?:a\s+)?(?:otr[oa]|(?:un|una)\s+nuev[oa])(?:\s+(?:abogad[oa]|licenciad[oa]))?\b"
)


# "Sí, tenemos uno (de derechos civiles)", "sí, ya tengo una": the lawyer said as "one"
# after a yes.
_YES_HAS_ONE = re.compile(
    r"^\W*(?:si+|sip|claro|ya)\b\W*(?:ya\s+)?(?:tengo|tenemos|contrate|contratamos|"
    r"tiene|tienen)\s+(?:a\s+)?(?:uno|una)\b"
)


def _has_one(folded: str) -> bool:
    if _YES_HAS_ONE.search(folded):
        return True
    return bool(_HAS_ONE.search(folded)) and not re.search(r"\bno\s+(?:tengo|tenemos)\b", folded)


# A lawyer for another matter, none for this one: "tiene un defensor público por lo de la
# pelea, pero pa esto no", "tenemos uno para el divorcio, para lo del hospital todavía no".
# A no for this case even beside a lawyer hired for the other.
_NONE_FOR_THIS = re.compile(
    r"\b(?:para|pa)\s+(?:esto|este\s+(?:caso|asunto|problema)|esta\s+demanda|la\s+demanda|"
    r"lo\s+(?:del?\s+(?:la\s+)?)?(?:hospital|doctor|doctora|medico|clinica|carcel|cirugia|operacion|"
    r"parto|insulina|negligencia|demanda)|lo\s+medico|lo\s+de\s+(?:ahora|aqui|mi\s+\w+))\s+"
    r"(?:todavia\s+|aun\s+)?no\b(?!\s+(?:se|sabemos|sabe|estoy|hay\s+problema))"
)


def _no_lawyer(folded: str) -> bool:
    if _NO_LONGER.search(folded) or _NO_LAWYER_STORY.search(folded):
        return True
    if _NONE_FOR_THIS.search(folded):
        return True
    return bool(_NO_LAWYER_LOOSELY.search(folded)) and not _has_one(folded)


# A don't-know that leans to no ("no sé, no creo", "no sé, creo que no", "no sé, mi tía no
# ha dicho nada de abogado"): the visitor knows of none, so no lawyer; "no sé" alone, or
# beside a lawyer hired, stays as it was.
_LEANING_NO = re.compile(
    r"\b(?:no\s+creo|creo\s+que\s+no|me\s+parece\s+que\s+no|parece\s+que\s+no|"
    r"(?:probablemente|seguramente|a\s+lo\s+mejor|yo\s+diria\s+que|yo\s+digo\s+que)\s+no|"
    r"lo\s+dudo|no\s+(?:que\s+yo\s+)?sepa|que\s+yo\s+sepa\s+no)\b(?!\s+(?:se|sabe|sabemos)\b)|"
    r"\b(?:nadie|no|nunca)\s+(?:\w+\s+){0,2}?(?:(?:ha|han|habia|habian)\s+)?(?:dicho|dijo|dijeron|"
    r"mencionado|menciono|mencionaron|hablado|hablo|hablaron)\s+(?:(?:nada\s+)?(?:de|del|sobre)\s+)?"
    r"(?:un\s+|una\s+|ningun\s+|ninguna\s+)?(?:abogad|licenciad|bufete)"
)


def leaning_no_after_dont_know(text: str) -> bool:
    """A don't-know said with a no the visitor leans to, and no lawyer hired beside it."""
    folded = plain(text)
    if not replies.is_dont_know(text) or _has_one(folded):
        return False
    return bool(_LEANING_NO.search(plain(replies.without_dont_know(text))))


def parse_has_lawyer(text: str) -> Parsed:
    """A lawyer who left is none; then a no told as a story, a lawyer hired, sí/no; an
    answer in English ("nope, no lawyer", "had one but he quit") is read by the English
    reader. A question asked back first ("¿tengo que tener uno ya? no, no tengo") is
    passed over by _said_outright."""
    folded = plain(text)
    if _LAWYER_LEFT.search(folded):
        return Parsed({"has_lawyer": bool(_ANOTHER_NOW.search(folded))})
    parsed = _said_outright("has_lawyer", text, no=_no_lawyer, yes=_has_one)
    if parsed.error == "dont_know" and leaning_no_after_dont_know(text):
        return Parsed({"has_lawyer": False})
    if parsed.ok or parsed.error == "dont_know" or replies.not_understood(text):
        return parsed
    in_english = english.parse_has_lawyer(text)
    return in_english if in_english.ok else parsed


_DIED = re.compile(
    r"\b(?:fallecio|murio|muri[oó]|se\s+murio|se\s+nos\s+fue|ya\s+no\s+esta\s+con\s+nosotros|"
    r"la\s+perdimos|lo\s+perdimos|en\s+paz\s+descanse|que\s+en\s+paz\s+descanse|q\.?e\.?p\.?d)\b"
)
_ALIVE = re.compile(
    r"\b(?:sigue|esta|continua)\s+(?:viv[oa]|con\s+nosotros|aqui)\b|\bsobrevivio\b|\bno\s+(?:murio|fallecio)\b|"
    r"^\W*(?:nada|no)\W+(?:\w+\W+)?(?:(?:todo|ya)\s+)?(?:esta|ta)\s+bien\b|^\W*nada\W+todo\s+bien\b"
)


def parse_patient_died(text: str) -> Parsed:
    return _said_outright("patient_died", text, no=_ALIVE.search, yes=_DIED.search)


def parse_patient_is_self(text: str) -> Parsed:
    answer = patient.parse_patient(text, replies.is_yes(text), replies.is_no(text))
    return english.patient_answer(answer)


# "yo mismo", "yo misma", "fui yo", "a mí": the visitor, said alone.
_SELF_ALONE = re.compile(
    r"^\W*(?:(?:pues|bueno|pos)\W+)?(?:yo(?:\s+mism[oa])?|(?:fui|era|soy)\s+yo(?:\s+mism[oa])?|"
    r"yo\s+(?:fui|era|soy)(?:\s+(?:el|la)\s+paciente)?|a\s+mi(?:\s+mism[oa])?|mi\s+persona|"
    r"(?:el|la)\s+paciente\s+(?:soy|era|fui)\s+yo|su\s+servidora?)(?:\W+pues)?\W*$"
)


def parse_relationship(text: str) -> Parsed:
    if _SELF_ALONE.match(fold(text)):
        return english.patient_is_self()
    known = patient.no_standing_in(text) or patient.bare_relationship(text)
    return english.relationship(text, known, replies)


def parse_patient_age(text: str, today: date, incident: object = None) -> Parsed:
    if replies.is_dont_know(text) and not any(ch.isdigit() for ch in text):
        # "setentaitantos, no sé exacto", "no sé bien, como cuarenta": the age said in
        # words beside the not knowing is the answer, hedged; with none it is not known.
        said = patient.age_to_english(replies.without_dont_know(text), today)
        if re.search(r"\d|ties\b|teens\b", said):
            found = english.parse_patient_age(said, today, incident)
            if found.ok:
                return Parsed({**found.values, "patient_age_approximate": True})
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
_AROUND_CONTACT = Phrases(
    [
        (r"\b(?:me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|soy|yo\s+soy)\b", "my name is"),
        (
            r"\b(?:si|sí|claro|ok|okey|por\s+supuesto|de\s+acuerdo|esta\s+bien|está\s+bien)\b",
            "sure",
        ),
        (r"\b(?:mi|mis)\b", "my"),
        (r"\b(?:celular|cel|telefono|teléfono|numero|número|tel)\b", "number"),
        (r"\b(?:correo(?:\s+electr[oó]nico)?|email|mail)\b", "email"),
        (
            r"\b(?:llamenme|llámenme|marquenme|márquenme|escribanme|escríbanme)\s+(?:al|a)\b",
            "call me",
        ),
        # "dilcia mejía, este número ...", "al mismo": words pointing at the contact,
        # never a surname (the English reader drops "this" and "same").
        (r"\b(?:est[ea]|es[ea]|aquel|aquella)\b", "this"),
        (r"\b(?:mism[oa])\b", "same"),
        (r"\b(?:es|son)\b", "is"),
        (r"\b(?:y|o)\b", "and"),
        (r"\b(?:al|a|en)\b", "at"),
        (r"\bgracias\b", "thanks"),
        # How or when to reach the visitor ("el correo es mejor en las mañanas"): the
        # English words names.about_reaching knows, so the clause is never the name.
        # Lower case only where the word is also a surname (Tarde, Noche, Mañana).
        (r"\b(?:mejor|preferible(?:mente)?|prefiero|prefiere)\b", "better"),
        (r"\b(?-i:mañanas?|mananas?)\b", "mornings"),
        (r"\b(?-i:tardes?)\b", "afternoons"),
        (r"\b(?-i:noches?)\b", "evenings"),
        (r"\b(?:durante|despu[eé]s|antes)\b", "during"),
        (r"\b(?-i:horas?|horario)\b", "hours"),
        (r"\b(?-i:trabajo|escuela)\b", "work"),
        (r"\b(?-i:entre\s+semana|fines?\s+de\s+semana)\b", "weekdays"),
    ],
    re.IGNORECASE,
)


def name_beside_contact(text: str) -> str | None:
    """The name given with a number or address in one Spanish answer, or None."""
    said = _AROUND_CONTACT.to_english(text)
    # "sí, soy Rosa Díaz ...": the name's lead words must open the answer to be read.
    return english.name_beside_contact(re.sub(r"^\W*(?:sure\W+)+", "", said))


def _declined(text: str) -> bool:
    return bool(re.search(r"\bprefiero\s+que\s+no\b", fold(text)))


def parse_consent(text: str) -> Parsed:
    """May the firm contact the visitor? "Ana Ruiz, a este mismo número" by text is a yes,
    the name, and the number written from, all at once (answers.consent reads
    contact.this_number_words in both languages)."""
    return english.consent(text, said=replies, name_beside=name_beside_contact, declined=_declined)


def parse_contact(text: str) -> Parsed:
    """A phone number or an address; or, by text, the number written from, said in words
    ("a este mismo número", "al cel de donde le escribo"): answers.parse_contact reads both
    languages' words and keeps them as said; the lead's phone is the texting number
    (bot/services/intake)."""
    return english.parse_contact(text)


_GOVERNMENT_WORDS = Phrases(
    [
        (r"\bno\s+se\b|\bno\s+estoy\s+segur[oa]\b|\bni\s+idea\b", "not sure"),
        (r"\b(?:de\s+)?(?:los\s+)?veteranos\b", "VA"),
        (r"\bmilitar\b|\bdel\s+ejercito\b|\bde\s+la\s+base\b", "military"),
        (
            r"\bcentro\s+de\s+salud\s+comunitario\b|\bclinica\s+comunitaria\b",
            "community health center",
        ),
        (r"\bdel\s+condado\b|\bcondal\b", "county"),
        (r"\bde\s+la\s+ciudad\b|\bmunicipal\b", "city"),
        (r"\bdel\s+estado\b|\bestatal\b", "state"),
        (r"\bdel\s+gobierno\b|\bpublico\b", "public"),
        (r"\bprivad[oa]\b", "private"),
        (r"\bindigena\b|\bde\s+la\s+reservacion\b|\bihs\b", "IHS"),
    ]
)


def parse_provider_government(text: str) -> Parsed:
    if replies.not_understood(text):
        return _fail("unparsed")  # "no entiendo": asked again, not a no
    folded = _GOVERNMENT_WORDS.to_english(plain(text))
    if replies.is_yes(text):
        folded = "yes " + folded
    elif replies.is_no(text):
        folded = "no " + folded
    return english.parse_provider_government(folded)


# A callback number is read the same in both languages.
parse_callback_phone = english.parse_callback_phone

PARSERS = english.parser_table(sys.modules[__name__])


def parse(field_name: str, text: str, today: date, context: Context | None = None) -> Parsed:
    return PARSERS[field_name](text, today, context or {})
