"""Which language a visitor writes in: English or Spanish, from short phone messages.

Two readings, cheapest first. Words that belong to one language only ("el", "que",
"hola"; "the", "was", "hello") decide most messages, including one-word ones, and
ignore names ("Maria Lopez", "Mercy General" tell nothing). For longer text without
such words, lingua (its English and Spanish profiles ship inside the package, so it
runs offline) gives a confidence. Anything too short or mixed is "unknown", and the
conversation keeps its current language: "ok", "no", "45", a phone number or a name
never switch it.

An explicit request ("English please", "¿en español?", "no hablo inglés") always
wins, in either direction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

EN = "en"
ES = "es"
LANGUAGES = (EN, ES)
DEFAULT = EN

# Mid-intake a visitor types hospital names, places and English loanwords, so a switch
# needs a sentence in the other language read with confidence; the first reading of a
# conversation only needs a lean.
SWITCH_CONFIDENCE = 0.9
SWITCH_MIN_WORDS = 3
FIRST_CONFIDENCE = 0.6
_LINGUA_MIN_CONFIDENCE = 0.85

# Words of one language only (accents folded). Not: "a", "me", "no", "son", "he", "ok",
# "mi", "doctor", "hospital", which both languages use.
_SPANISH_TEXT = """
    el la los las lo le les del al en que qué y o un una unos unas es está estaba esta
    este estos estas ese esa eso esto fue era eran estan estoy soy somos tengo tiene
    tenia tenía tuvo hay había habia hace hizo dijo dijeron mi mis tu tus su sus nos
    nuestro nuestra yo él ella ellos ellas usted ustedes con para por pero porque cuando
    donde dónde como cómo muy mas más sin sobre entre desde hasta también tambien ya
    todavía todavia aún nada algo alguien nadie todo toda todos todas otro otra mucho
    mucha poco pues entonces después despues antes ahora ahorita aquí aqui allí alli ahí
    hola gracias buenas buenos dias días tardes noches bueno sí claro ajá aja nel órale
    orale dale vale okey oiga disculpe perdón perdon favor ayuda quiero quería queria
    necesito puede puedo pueden sé se sabe saber murió murio muerto muerta falleció
    fallecio operaron operación operacion cirugía cirugia médico medico médica medica
    enfermera doctora mamá mama papá papa madre padre hijo hija hijos esposo esposa
    marido hermano hermana abuela abuelo abuelita abuelito tía tio tío tia bebé bebe
    niño nino niña nina año años ano anos mes meses semana semanas día pasado pasada
    ayer hoy mañana dolor dolía dolia pierna brazo cabeza pecho estómago estomago
    mismo misma mismos mismas
"""
_ENGLISH_TEXT = """
    the an of to in is was were are am be been being it its it's that this these those
    and or but with for from at by on my mine your our their his her him she he's she's
    they we you i i'm im i've i'd what when where who whom why how which did do does
    don't dont didn't didnt doesn't can't cant couldn't won't would could should have has
    had not yes yeah yep yup hi hello hey thanks thank please sure okay just about after
    before then there here because went got get told said say says tell know think
    mom mother dad father son's daughter husband wife brother sister grandma grandpa
    baby kid child died passed away surgery doctor's nurse hurt pain leg arm head chest
    year years ago month months week weeks day days last yesterday today tomorrow
    whats what's sup up
"""
_SPANISH_WORDS = frozenset(_SPANISH_TEXT.split())
_ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())
# A single word that says the language on its own when nothing else is typed.
_SPANISH_ALONE = frozenset({"si", "sí", "nel", "simon", "simón", "nop", "ándale", "andale"})
_ENGLISH_ALONE = frozenset({"yes", "yeah", "yep", "yup", "nope", "nah", "hi", "hello", "hey"})

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_SPANISH_MARKS = re.compile(r"[ñ¿¡]", re.IGNORECASE)

# An explicit request, said to us: the language alone ("English please", "¿en español?",
# "in english?"), or a request or a statement about oneself with it ("can we do this in
# English", "I don't speak Spanish", "¿puede ser en español?", "no hablo inglés"). A
# language named in a story is not one: "the nurse only spoke English", "me explicaron
# todo en inglés", "mi mamá no habla inglés" are about someone else, and in a long
# message a request is not told apart from the story, so only REQUEST_MAX_WORDS count.
REQUEST_MAX_WORDS = 12
_PLEASE_EN = r"(?:\W+(?:please|pls|plz|only))?"
_PLEASE_ES = r"(?:\W+(?:por\s+favor|porfa|porfavor|please|nom[aá]s|solamente))?"
_SPANISH = r"espa[nñ]ol"
_INGLES = r"ingl[eé]s"
_WANTS_ENGLISH = re.compile(
    rf"^\W*(?:(?:in\s+|to\s+)?english{_PLEASE_EN}|(?:en\s+|a\s+)?{_INGLES}{_PLEASE_ES})\W*$|"
    r"\benglish\W+(?:please|pls|plz|only)\b|"
    r"\b(?:can|could|may|shall)\s+(?:we|you|i)\s+(?:please\s+)?(?:\w+\s+){0,3}?"
    r"(?:in|to|into)\s+english\b|"
    r"\b(?:switch|change|go|continue|carry\s+on|keep\s+going|answer|reply|respond|write|"
    r"talk|speak|chat)\s+(?:back\s+)?(?:(?:to\s+me|with\s+me)\s+)?(?:in|to|into)\s+english\b|"
    r"\b(?:i|we)(?:'d|\s+would|\s+want|\s+prefer|\s+need|\s+rather)\b[^.?!]{0,20}\benglish\b|"
    r"\b(?:do|can|could)\s+(?:you|u)\s+(?:\w+\s+)?speak\s+english\b|"
    rf"\b(?:puede|pueden|podemos|podr[ií]a|podr[ií]amos|se\s+puede|quiero|quisiera|prefiero|"
    rf"necesito|mejor|cambi\w*|sigamos|seguir|continuar|h[aá]bleme|escr[ií]bame|responda|"
    rf"conteste)\b[^.?!]{{0,20}}\b(?:en|a)\s+{_INGLES}|"
    rf"(?:[¿?]|^\W*)\s*(?:usted\s+)?habla(?:s|n)?\s+(?:usted\s+)?{_INGLES}|"
    rf"^\W*(?:yo\s+)?(?:s[oó]lo\s+|solamente\s+)?hablo\s+{_INGLES}|"
    rf"\bno\s+(?:hablo|entiendo|s[eé]|leo)\s+(?:bien\s+|mucho\s+)?(?:el\s+)?{_SPANISH}\b|"
    r"\b(?:i\s+|i'm\s+|im\s+)(?:don'?t|do\s+not|can'?t|cannot|not)\s+(?:speak|read|"
    r"understand|good\s+(?:at|with))\s+spanish\b|"
    r"\b(?:i\s+)?(?:only|just)\s+speak\s+english\b|^\W*no\s+spanish\b",
    re.IGNORECASE,
)
_WANTS_SPANISH = re.compile(
    rf"^\W*(?:(?:en\s+|al\s+)?{_SPANISH}{_PLEASE_ES}|(?:in\s+|to\s+)?spanish{_PLEASE_EN})\W*$|"
    rf"\b{_SPANISH}\W+(?:por\s+favor|porfa|porfavor|please)\b|"
    rf"\b(?:puede|pueden|podemos|podr[ií]a|podr[ií]amos|se\s+puede|quiero|quisiera|prefiero|"
    rf"necesito|mejor|cambi\w*|sigamos|seguir|continuar|h[aá]bleme|escr[ií]bame|responda|"
    rf"conteste|hay\s+alguien)\b[^.?!]{{0,20}}\b(?:en|al)\s+{_SPANISH}|"
    rf"(?:[¿?]|^\W*)\s*(?:usted\s+)?habla(?:s|n)?\s+(?:usted\s+)?{_SPANISH}|\bse\s+habla\s+{_SPANISH}|"
    rf"^\W*(?:yo\s+)?(?:s[oó]lo\s+|solamente\s+)?hablo\s+{_SPANISH}|"
    r"\b(?:can|could|may|shall)\s+(?:we|you|i)\s+(?:please\s+)?(?:\w+\s+){0,3}?"
    r"(?:in|to|into)\s+spanish\b|\bspanish\s+(?:please|pls|plz|only)\b|"
    r"\b(?:switch|change|go|continue|carry\s+on|answer|reply|respond|write|talk|speak|chat)"
    r"\s+(?:back\s+)?(?:(?:to\s+me|with\s+me)\s+)?(?:in|to|into)\s+spanish\b|"
    r"\b(?:i|we)(?:'d|\s+would|\s+want|\s+prefer|\s+need|\s+rather)\b[^.?!]{0,20}\bspanish\b|"
    r"\b(?:do|can|could)\s+(?:you|u)\s+(?:\w+\s+)?speak\s+spanish\b|"
    rf"\bno\s+(?:hablo|entiendo|s[eé]|leo)\s+(?:bien\s+|mucho\s+)?(?:el\s+)?{_INGLES}|"
    r"\b(?:i\s+|i'm\s+|im\s+)(?:don'?t|do\s+not|can'?t|cannot|not)\s+(?:speak|read|"
    r"understand|good\s+(?:at|with))\s+english\b|"
    r"\b(?:i\s+)?(?:only|just)\s+speak\s+spanish\b|\bno\s+english\b",
    re.IGNORECASE,
)


_NOT_ENGLISH = re.compile(
    r"\bno\s+(?:hablo|entiendo|s[eé]|leo)\s+(?:bien\s+|mucho\s+)?(?:el\s+)?ingl|"
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:speak|read|understand)\s+english\b|\bno\s+english\b",
    re.IGNORECASE,
)
_NOT_SPANISH = re.compile(
    r"\bno\s+(?:hablo|entiendo|s[eé]|leo)\s+(?:bien\s+|mucho\s+)?(?:el\s+)?espa|"
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:speak|read|understand)\s+spanish\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Detection:
    """What a message says about its language.

    `language` is None when the message tells nothing ("ok", "45", a name): keep the
    current language. `requested` marks an explicit request to switch.
    """

    language: str | None
    confidence: float = 0.0
    requested: bool = False


def _fold(text: str) -> str:
    """Lower case without accents ("Mamá" -> "mama"); ñ is kept apart as a Spanish mark."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ñ", "\0"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "ñ")


_SPANISH_FOLDED = frozenset(_fold(w) for w in _SPANISH_WORDS)
_ENGLISH_FOLDED = frozenset(_fold(w) for w in _ENGLISH_WORDS)


# Asked of every visitor message on every turn (conversation_language replays them all);
# the answer depends on the text alone.
@lru_cache(maxsize=4096)
def requested_language(text: str) -> str | None:
    """The language the visitor asks for outright, or None.

    A negated request counts for the other language ("no hablo inglés" is Spanish).
    A language named in a story ("the doctor only spoke English") is no request.
    """
    text = text.replace("’", "'")
    if len(text.split()) > REQUEST_MAX_WORDS:
        return None
    spanish = bool(_WANTS_SPANISH.search(text))
    english = bool(_WANTS_ENGLISH.search(text))
    if spanish and english:
        # "no hablo inglés, en español por favor", "I don't speak Spanish": the negation decides.
        if _NOT_ENGLISH.search(text):
            return ES
        if _NOT_SPANISH.search(text):
            return EN
        return None
    return ES if spanish else EN if english else None


# Where a message's clauses part: "Marleny Cux, 615 555 0154, si puede ser en español".
_CLAUSE_END = re.compile(r"[,;.!?¿¡]+|\s+(?:pero|but|and|y)\s+", re.IGNORECASE)
# Words left around a request cut out of its clause: "615 555 0154 si puede ser en
# español por favor" keeps the number, not "si ... por favor".
_FILLER_BEFORE = re.compile(
    r"(?:\W+|\b(?:si|s[ií]|if|and|y|o|or|but|pero|also|tambi[eé]n|please|por\s+favor))*\W*$",
    re.IGNORECASE,
)
_FILLER_AFTER = re.compile(
    r"^(?:\W+|\b(?:please|pls|plz|only|por\s+favor|porfa|porfavor|gracias|thanks?|"
    r"thank\s+you|nom[aá]s|solamente)\b)*",
    re.IGNORECASE,
)


def besides_request(text: str) -> str:
    """The message without its request about the language: the answer given with it.

    "marleny cux, 615 555 0154, si puede ser en español por favor" -> "marleny cux, 615
    555 0154"; "english please" -> "". A request says how to talk, never what to drop:
    the name or number said with it is still the answer.
    """
    kept: list[str] = []
    start = 0
    for end in [*_CLAUSE_END.finditer(text), None]:
        clause = text[start : end.start() if end else len(text)]
        separator = end.group(0) if end else ""
        start = end.end() if end else len(text)
        if requested_language(clause) is None:
            kept.append(clause + separator)
            continue
        found = _WANTS_SPANISH.search(clause) or _WANTS_ENGLISH.search(clause)
        if found is None:  # a negation read across both patterns: the clause is the request
            continue
        before = _FILLER_BEFORE.sub("", clause[: found.start()])
        after = _FILLER_AFTER.sub("", clause[found.end() :])
        rest = " ".join(part for part in (before.strip(), after.strip()) if part)
        if rest:
            kept.append(rest + separator)
    rest = re.sub(r"(?:\s+(?:and|y|but|pero))+\s*$", "", "".join(kept).strip(), flags=re.I)
    return re.sub(r"^[\W_]+|[\s,;:.¿¡]+$", "", rest)


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


def _content(text: str) -> list[str]:
    """The words that can tell a language: capitalised words inside a sentence (names,
    places, hospitals) are left out unless they are one language's own word."""
    words = _words(text)
    shouting = text == text.upper()
    kept = []
    for i, word in enumerate(words):
        folded = _fold(word)
        if word.isupper() and len(word) > 1 and not shouting:
            continue  # "LA", "NY", "ER", "ICU": codes, not words
        own = folded in _SPANISH_FOLDED or folded in _ENGLISH_FOLDED
        if word[:1].isupper() and not own and (i > 0 or len(words) == 1 or word.isupper()):
            continue
        if word[:1].isupper() and not own and i == 0 and words[1:2] and words[1][:1].isupper():
            continue  # "Maria Lopez", "Mercy General": a name from the first word
        kept.append(folded)
    return kept


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH).build()


def warm() -> None:
    """Load lingua's two language models now (about a second), not on a visitor's turn."""
    _detector().compute_language_confidence_values("hola")


def _lingua(text: str) -> tuple[str | None, float]:
    from lingua import Language

    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    best = values[0]
    if best.value <= 0.0:
        return None, 0.0
    return (ES if best.language == Language.SPANISH else EN), float(best.value)


# The first messages are read again on each turn (conversation_language replays them),
# lingua at about 0.3 ms each; the reading depends on the text alone.
@lru_cache(maxsize=4096)
def detect(text: str) -> Detection:
    """The language of one message, or an unknown reading (see Detection)."""
    asked = requested_language(text)
    if asked:
        return Detection(asked, 1.0, requested=True)
    words = _content(text)
    if not words:
        return Detection(None)
    spanish = sum(1 for w in words if w in _SPANISH_FOLDED)
    english = sum(1 for w in words if w in _ENGLISH_FOLDED)
    if spanish and spanish == words.count("yo"):
        # "yo" with no other Spanish word is the English greeting ("yo", "yo whats up"),
        # not Spanish evidence; "yo tengo dolor" still counts it with "tengo".
        spanish = 0
        words = [w for w in words if w != "yo"] or words
    if _SPANISH_MARKS.search(text):
        spanish += 1
    if len(words) == 1 and not (spanish or english):
        if words[0] in _SPANISH_ALONE:
            return Detection(ES, 0.7)
        if words[0] in _ENGLISH_ALONE:
            return Detection(EN, 0.7)
        return Detection(None)
    if spanish != english and min(spanish, english) == 0:
        lean = ES if spanish else EN
        hits = max(spanish, english)
        confidence = {1: 0.7, 2: 0.85}.get(hits, 0.95)
        if len(words) >= SWITCH_MIN_WORDS and hits >= 2:
            said, sure = _lingua(" ".join(words))
            if said == lean:
                confidence = max(confidence, min(sure, 0.99))
            elif said and sure >= _LINGUA_MIN_CONFIDENCE:
                confidence = 0.6  # the words and the profile disagree: a lean only
        return Detection(lean, confidence)
    # Both languages' words: one that has three times as many, and three more, wins
    # ("Hola, my mom died at the hospital"; "mi mom se murió en el hospital").
    fewer, more = sorted((spanish, english))
    if fewer > 0 and more - fewer >= 3 and more >= 3 * fewer:
        return Detection(ES if spanish > english else EN, 0.85)
    # Both languages' words, or none: lingua decides, if it is sure enough.
    if len(words) < 2:
        return Detection(None)
    said, sure = _lingua(" ".join(words))
    if said is None or sure < _LINGUA_MIN_CONFIDENCE:
        return Detection(None, sure)
    if spanish and english and (ES if spanish > english else EN) != said:
        return Detection(None, sure)
    return Detection(said, sure)


def next_language(text: str, current: str | None) -> str | None:
    """The conversation's language after `text`: `current` unless the message asks for
    another one, or (before any language is set) leans to one, or (once set) is a whole
    sentence read with confidence in the other language. None: not known yet; the
    caller answers in DEFAULT."""
    found = detect(text)
    if found.requested:
        return found.language
    if found.language is None or found.language == current:
        return current
    if current is None:
        return found.language if found.confidence >= FIRST_CONFIDENCE else None
    sentence = len(_content(text)) >= SWITCH_MIN_WORDS
    return found.language if sentence and found.confidence >= SWITCH_CONFIDENCE else current


# Detection reads this many of a conversation's first messages (those with words); after
# them only an explicit choice changes the language, so an intake is not flipped midway
# by a hospital's name or a quoted sentence.
DETECT_MESSAGES = 3


@lru_cache(maxsize=2048)
def conversation_language(
    messages: tuple[tuple[str, str | None], ...], start: str | None = None
) -> str:
    """The language to answer in after `messages`: (text, chosen) per visitor message,
    oldest first, where `chosen` is a language picked outside the words (the web page's
    toggle, the SMS channel's own reading) or None.

    Replayed from the start, so the action server and the response generator agree
    without sharing state. A choice counts when it is new (the toggle sends its value
    with every message; "English please" typed afterwards still wins); a typed request
    counts at any time; detection reads the first DETECT_MESSAGES messages only when no
    choice was made. Commands ("/start_intake") and empty texts (a history redacted once
    the lead was stored) are not words. `start`: the language already settled before
    `messages` (kept from a redacted history); only a choice or a request changes it.
    """
    current: str | None = start if start in LANGUAGES else None
    settled = current is not None
    chosen_before: str | None = None
    told = 0
    for text, chosen in messages:
        if chosen in LANGUAGES and chosen != chosen_before:
            current, settled = chosen, True
        if chosen in LANGUAGES:
            chosen_before = chosen
        if not text.strip() or text.startswith("/"):
            continue
        asked = requested_language(text)
        if asked:
            current, settled = asked, True
            continue
        told += 1
        if not settled and told <= DETECT_MESSAGES:
            current = next_language(text, current)
    return current or DEFAULT
