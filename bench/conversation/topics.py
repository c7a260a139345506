"""What is the bot asking? Keyword rules over its texts (config/domain/*.yml wordings,
and the Spanish ones of config/locales/es.yml).

A turn's replies may hold several texts (an acknowledgement, guidance, then the
question), and over SMS they may be packed into one or split across several, so
the rules run over the turn's joined text and the question is the topic whose
cue appears LAST. Wordings that two date questions share ("I couldn't read that
as a date") are resolved by the date topic asked just before.

Text is compared lower-case with accents, ñ, ¿ and ¡ folded away: Spanish texts
lose some accents over SMS (GSM-7), so the Spanish cues are written without them.
"""

from __future__ import annotations

import re
import unicodedata

import us

# (topic, cue regexes). Lower-case text, straight quotes. Each cue is specific to
# one question or its re-asks; the greeting's "what happened to you" has no "?".
CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sms_consent", (r"reply yes", r"to continue by text")),
    ("story", (
        r"in your own words", r"more about what happened", r"what happened\?",
        r"tell me what happened",
    )),
    ("patient", (r"were you the patient", r"your own care, or someone else")),
    ("relationship", (r"who was the patient", r"how are you related to the patient")),
    ("died", (
        r"(?<!when )did (?:your [\w' -]+|the patient|they|he|she) pass away\?",
        r"yes or no\? did the patient",
    )),
    ("death_date", (
        r"when did (?:they|he|she) pass away", r"when did (?:your [\w' -]+) pass away",
    )),
    ("provider", (
        r"provider involved", r"even a partial answer helps",
        r"remember the hospital, clinic or pharmacy", r"who was the (?:doctor|provider)",
        r"remember the name of the hospital, clinic or doctor",
    )),
    ("injury", (r"injury or harm", r"describe the harm", r"what harm")),
    # Asked only when the story tells no kind of case: a numbered list.
    ("case_kind", (r"comes closest to what went wrong", r"couldn't tell which kind that was")),
    ("date", (
        r"when did this happen", r"date seems to be in the future",
        r"when did the treatment take place", r"when was (?:the|this) (?:treatment|surgery|visit)",
        r"rough idea when this happened",
    )),
    ("discovery", (
        r"first (?:learn|learned|find out|found out|realize|notice)",
        r"when did you (?:learn|find out|discover)",
        r"found out that something", r"discover(?:ed)? (?:that|the harm|something)",
        r"reali[sz]e something was wrong",
    )),
    ("government", (r"government-run", r"va, military")),
    ("state", (
        r"which u\.?s\.? state", r"which state was it in", r"more than one state",
        r"in which state", r"what state", r"work out the state",
        r"remember the state, or the city or town",
    )),
    ("age", (r"how old", r"age as a number", r"a rough age", r"date of birth")),
    ("lawyer", (
        r"already have a (?:lawyer|attorney)", r"has a lawyer already", r"lawyer already taken",
    )),
    ("name", (r"your full name", r"first and last name", r"what(?:'s| is) your name")),
    ("consent", (r"may someone from", r"may we contact you", r"may someone contact")),
    # Asked as "if it's all right to contact you, what's the best number or email?":
    # a person who agrees gives the number, one who does not says so (persona.py).
    ("consent_contact", (r"if it's all right for someone from", r"rather not be contacted")),
    # The same question when the name is not known yet: "...what's your name, and the best
    # phone number or email to reach you? (If you'd rather we didn't contact you, ...)".
    ("consent_name_contact", (
        r"your name, and the best phone number", r"rather we didn't contact",
    )),
    ("contact", (
        r"best phone number or email address", r"couldn't find a phone number or email in",
        r"number or address doesn't look complete",
    )),
    ("callback_phone", (
        r"phone number to call you", r"couldn't find a phone number in that",
        r"phone number or e-mail address in that",
        r"that number doesn't look complete",
    )),
    ("referral", (r"handles medical malpractice only", r"referral to a lawyer")),
    ("summary", (r"is all of this correct", r"is this (?:all )?correct\?")),
    ("change", (r"what should i change",)),
)

# The Spanish questions (config/locales/es.yml), folded as normalise() folds them.
# tests/unit/bench/test_conversation_topics_es.py reads every question in es.yml
# through these, web and SMS, so a reworded Spanish question fails there first.
CUES_ES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sms_consent", (r"responda si\b", r"para seguir (?:con su revision gratuita )?por mensaje")),
    ("story", (r"con sus propias palabras", r"contar un poco mas de lo que paso")),
    ("patient", (r"usted era el paciente", r"su propia atencion medica o la de otra persona")),
    ("relationship", (r"quien era el paciente", r"que parentesco tiene usted con el paciente")),
    ("died", (r"fallecio su [\w' -]+\?", r"el paciente fallecio\?")),
    ("death_date", (r"cuando fallecio",)),
    ("provider", (
        r"quien dio la atencion medica", r"aunque sea un dato parcial",
        r"se acuerda del hospital, la clinica o la farmacia",
        r"recuerda el nombre del hospital, la clinica o el doctor",
    )),
    ("injury", (r"que lesion o dano", r"describir el dano")),
    ("case_kind", (r"se parece mas a lo que salio mal", r"no supe cual de ellas era")),
    ("date", (
        # Not the age question's "...tenia usted cuando paso esto?".
        r"(?:^|[.!?:]\s+)cuando paso esto\?", r"lo mejor es la fecha exacta",
        r"cuando fue la atencion medica", r"idea aproximada de cuando paso",
    )),
    ("discovery", (
        r"se dio cuenta por primera vez", r"cuando se dio cuenta de que algo",
        r"se entero por primera vez", r"y mas o menos cuando fue eso\?",
    )),
    ("government", (r"hospital del va\b", r"era un lugar del gobierno")),
    ("state", (
        r"en que estado de los estados unidos", r"(?<!con ese nombre\. )en que estado fue",
        r"vi mas de un estado", r"se acuerda de la ciudad o el pueblo",
        r"recuerda el estado, o la ciudad o el pueblo",
    )),
    # "Hay más de un lugar con ese nombre. ¿En qué estado fue: Kansas o Misuri?"
    ("which_state", (r"con ese nombre\. en que estado fue",)),
    ("age", (r"que edad tenia", r"la edad en numeros", r"una edad aproximada")),
    ("lawyer", (r"ya tiene un abogado", r"ya hay un abogado llevando")),
    ("name", (r"cual es su nombre completo", r"escribir su nombre y apellido")),
    ("consent", (r"podemos comunicarnos con usted sobre lo que",)),
    ("consent_contact", (r"a que telefono o correo electronico le podemos escribir o llamar",)),
    ("consent_name_contact", (r"cual es su nombre, y a que telefono",)),
    ("contact", (
        r"a que numero de telefono o correo electronico le podemos contactar",
        r"podria escribir uno\b", r"ese numero o correo no parece estar completo",
    )),
    ("callback_phone", (
        r"a que numero de telefono le podemos llamar", r"podria escribirlo asi",
        r"ese numero no parece estar completo",
    )),
    ("referral", (r"solo lleva casos de negligencia medica", r"recomendarle un abogado")),
    ("summary", (r"esta todo correcto\?",)),
    ("change", (r"que debo cambiar\?",)),
)
_COMPILED = tuple(
    (topic, tuple(re.compile(c) for c in cues)) for topic, cues in (*CUES, *CUES_ES)
)

# Shared by the incident-date and death-date re-asks: the previous date topic decides.
SHARED_DATE_CUES = (
    re.compile(r"couldn't read that as a date"),
    re.compile(r"roughly what year was it, or how long ago"),
    re.compile(r"no pude entender eso como una fecha"),
    re.compile(r"mas o menos en que ano fue, o hace cuanto tiempo"),
)
DATE_TOPICS = ("date", "death_date", "discovery")

EMERGENCY_CUES = (
    re.compile(r"call 911 or go to the nearest emergency room"),
    re.compile(r"\b988\b"),
    re.compile(r"llame al 911 o vaya a la sala de emergencias"),
)
DONE_CUES = (
    "securely sent to our legal team",
    "saved for our legal team",
    "already with our team",
    "i've asked our team to call you",
    "noted that you'd like to speak with someone",
    "sorry we can't help with this one",
    "se envio de forma segura a nuestro equipo legal",
    "quedo guardada para nuestro equipo legal",
    "ya esta con nuestro equipo",
    "le pedi a nuestro equipo que le llame",
    "anote que le gustaria hablar con alguien",
    "siento no poder ayudarle con esto",
    # A goodbye mid-intake: the bot keeps what was given and says how to come back; a
    # person leaves there (before, the driver went on answering until the turn cap).
    "you can come back to this chat",
    "puede volver a esta conversacion",
)
DEFAULT_CUES = ("didn't quite follow", "no le entendi bien")
# Spanish names of states (folded) whose English name differs, for "Kansas o Misuri?".
STATE_NAMES_ES = (
    "nueva york", "nueva jersey", "nuevo mexico", "nuevo hampshire", "carolina del norte",
    "carolina del sur", "dakota del norte", "dakota del sur", "pensilvania", "luisiana",
    "misuri", "misisipi", "hawai", "virginia occidental", "distrito de columbia",
)
_STATE_NAMES = tuple(
    re.compile(r"\b" + re.escape(name) + r"\b")
    for name in (
        *(s.name.lower() for s in us.states.STATES_AND_TERRITORIES), *STATE_NAMES_ES
    )
)


def normalise(text: str) -> str:
    """Lower case, straight quotes, accents, ñ, ¿ and ¡ folded (Spanish over SMS)."""
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return (
        text.replace("¿", "").replace("¡", "")
        .lower()
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2014", "-")
    )


def classify(replies: list[str], previous: str | None = None) -> str | None:
    """The topic of the last question in a turn's replies, or None if none is recognised."""
    text = normalise(" \n".join(replies))
    best: tuple[int, str] | None = None
    for topic, cues in _COMPILED:
        for cue in cues:
            for m in cue.finditer(text):
                if best is None or m.start() >= best[0]:
                    best = (m.start(), topic)
    for cue in SHARED_DATE_CUES:
        for m in cue.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), previous if previous in DATE_TOPICS else "date")
    asked = _last_question(text)
    if (
        asked is not None
        and names_several_states(asked[1])
        and (best is None or best[0] <= asked[0] + len(asked[1]))
    ):
        return "which_state"  # "Springfield in Illinois or Missouri?"
    if best is None:
        return None
    return best[1]


def _last_question(text: str) -> tuple[int, str] | None:
    """(start, sentence) of the last sentence that ends with a question mark."""
    found = None
    for m in re.finditer(r"[^.?!\n]*\?", text):
        found = (m.start(), m.group(0))
    return found


def names_several_states(text: str) -> bool:
    """'Springfield in Illinois or Missouri?': a which-state question for an ambiguous city."""
    return sum(1 for p in _STATE_NAMES if p.search(text)) >= 2


def gave_emergency_guidance(replies: list[str]) -> bool:
    text = normalise(" ".join(replies))
    return any(c.search(text) for c in EMERGENCY_CUES)


def is_done(replies: list[str]) -> bool:
    """The conversation is over: a closing was said and no question follows it (after a
    callback is arranged mid-intake, the bot may go on to ask the rest)."""
    done = [i for i, r in enumerate(replies) if any(c in normalise(r) for c in DONE_CUES)]
    if not done:
        return False
    return classify(replies[done[-1] + 1 :]) is None


def is_default(replies: list[str]) -> bool:
    text = normalise(" ".join(replies))
    return any(c in text for c in DEFAULT_CUES)
