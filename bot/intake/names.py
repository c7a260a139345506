"""Does a reply look like a person's name? Used before a reply is kept as `full_name`.

A name is 1–4 words of letters (apostrophes, hyphens, accents and initials
allowed: O'Neil, Jean-Luc, José, Dana K.), not a sentence, not a greeting, a
yes/no, "I don't know", an age ("around fifty") or a sentence about care.
Ordinary words that are also names (Hope, Grace, King, Bill, Will, Faith,
Rose, Joy, Young, Baker) are names; the words refused below are those that
are never a name in a reply to "What is your full name?". nameparser does the
capitalisation (McDonald, O'Neil, de la Cruz); gender-guesser's list of first names
tells a lone lower-case name ("grace") from a lone word ("huh").
"""

from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector as gender_guesser
from nameparser import HumanName

from bot.intake import classify, conflicts, patient, replies

_PREFIX = re.compile(
    r"^\s*(?:(?:hi|hello|hey|ok|okay|sure|yes|yeah)\b[\s,.!]*)*"
    r"(?:(?:my\s+(?:full\s+|legal\s+)?name\s+is|my\s+name'?s|name\s*:|full\s+name\s*:|"
    r"i\s*am|i'm|im|it's|its|it\s+is|this\s+is|call\s+me|you\s+can\s+call\s+me|"
    r"i\s+go\s+by|the\s+name\s+is)\s+)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’\-.](?=[^\W\d_])|\.$)*\.?$", re.UNICODE)
_PARTICLES = frozenset(
    {
        "de",
        "la",
        "del",
        "della",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "le",
        "st",
        "st.",
        "bin",
        "al",
        "el",
        "du",
        "dos",
        "das",
        "mac",
        "ter",
        "y",
        "los",
        "las",
        "bint",
        "ibn",
        "abu",
        "ten",
        "zu",
        "vom",
    }
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md"})
# Words that never make up a name in this reply: function words, chat words, numbers and
# ages, "not telling". Names that are also words (hope, grace, will, bill...) are not here.
_NEVER = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "whom",
        "which",
        "whose",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "would",
        "should",
        "shall",
        "must",
        "might",
        "not",
        "no",
        "nope",
        "never",
        "none",
        "nothing",
        "yes",
        "yeah",
        "yep",
        "ok",
        "okay",
        "sure",
        "fine",
        "thanks",
        "thank",
        "please",
        "pls",
        "plz",
        "sorry",
        "hello",
        "hi",
        "hey",
        "bye",
        "goodbye",
        "help",
        "question",
        "questions",
        "ask",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "so",
        "if",
        "then",
        "than",
        "because",
        "about",
        "around",
        "approximately",
        "roughly",
        "maybe",
        "probably",
        "like",
        "just",
        "only",
        "also",
        "too",
        "very",
        "really",
        "still",
        "already",
        "again",
        "now",
        "later",
        "soon",
        "today",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "without",
        "into",
        "of",
        "by",
        "as",
        "up",
        "down",
        "out",
        "off",
        "over",
        "under",
        "after",
        "before",
        "want",
        "wanted",
        "need",
        "needed",
        "know",
        "think",
        "thought",
        "said",
        "say",
        "tell",
        "told",
        "call",
        "called",
        "go",
        "going",
        "went",
        "get",
        "got",
        "give",
        "gave",
        "take",
        "took",
        "make",
        "made",
        "let",
        "lets",
        "continue",
        "stop",
        "wait",
        "skip",
        "next",
        "back",
        "old",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "age",
        "aged",
        "mid",
        "early",
        "late",
        "ish",
        "or-so",
        "something",
        "somewhere",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "hundred",
        "newborn",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "name",
        "names",
        "full",
        "first",
        "last",
        "surname",
        "anonymous",
        "private",
        "rather",
        "prefer",
        "whatever",
        "same",
        "idk",
        "dunno",
        "unsure",
        "unknown",
        "n/a",
        "na",
        "lawyer",
        "attorney",
        "case",
        "claim",
        # injuries and body parts: "torn rotator cuff" is not a name
        "torn",
        "broken",
        "fractured",
        "injury",
        "injured",
        "hurt",
        "pain",
        "arm",
        "leg",
        "hip",
        "knee",
        "shoulder",
        "spine",
        "neck",
        "cuff",
        "palsy",
        "cancer",
        "stroke",
        "infection",
        "died",
        "dead",
        "passed",
        "sick",
        # contractions and words said after a name ("... im her mom", "... speaking"), and
        # "that's the house" left once a number is taken out: never a name.
        "that's",
        "thats",
        "there's",
        "what's",
        "i'm",
        "im",
        "i'd",
        "i'll",
        "i've",
        "he's",
        "she's",
        "we're",
        "you're",
        "they're",
        "speaking",
        "here's",
        "typing",
        "calling",
        "helping",
        "kindly",
        # who the visitor is, said in Spanish after the name ("..., la hija")
        "hija",
        "hijo",
        "esposa",
        "esposo",
        "mamá",
        "mama",
        "papá",
        "madre",
        "hermano",
        "hermana",
        "abuela",
        "abuelo",
        "nieta",
        "nieto",
        "sobrina",
        "sobrino",
        "patient",
        "fyi",
        "btw",
        "lol",
        "thx",
        "asap",
    ]
) | patient.NUMBER_WORDS
_NOT_A_NAME_PHRASE = re.compile(
    r"\b(?:don'?t|dont|do\s+not|can'?t|won'?t|didn'?t|isn'?t|wasn'?t|it'?s\s+(?:me|him|her))\b|"
    r"\?|!{2,}",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.Detector:
    """gender-guesser's list of ~40,000 first names (loaded once, about half a second)."""
    return gender_guesser.Detector(case_sensitive=False)


def _known_first_name(word: str) -> bool:
    return _first_names().get_gender(word.strip(".")) != "unknown"


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _strip(text: str) -> str:
    cleaned = " ".join(text.replace("’", "'").split()).strip(" ,!;:")
    cleaned = _PREFIX.sub("", cleaned, count=1).strip(" ,!;:")
    kept = re.search(r"\b(?:[A-Za-z]|[JjSs]r)\.$", cleaned)  # "Dana K.", "William Tate Jr."
    return cleaned if kept else cleaned.rstrip(".")


def _surname_that_is_a_word(core: list[str], token: str, index: int) -> bool:
    """ "Frank Early", "Ann Best": a capitalised word after a capitalised first name that
    is one, is a surname, whatever else the word means ("early sixties" stays an age).
    "Nguyễn Văn An": the last of three or more capitalised words, the others no words."""
    if (
        index >= 2
        and index == len(core) - 1
        and all(_is_cap(w) for w in core)
        and not any(w.lower() in _NEVER for w in core[:-1])
    ):
        return True
    return (
        index > 0
        and len(core) >= 2
        and _is_cap(token)
        and _is_cap(core[0])
        and core[0].lower() not in _NEVER
        and _known_first_name(core[0])
    )


def surname_after_first_name(previous: str, word: str) -> bool:
    """ "Ann Best", "Mary Fine": a capitalised word, no function word, right after a
    capitalised known first name is a surname, though the word also helps say a contact
    ("best number", "fine")."""
    return (
        word.isalpha()
        and _is_cap(word)
        and word.lower() not in _NEVER
        and _is_cap(previous)
        and previous.lower() not in _NEVER
        and _known_first_name(previous)
    )


_AGE_UNIT_WORDS = frozenset({"years", "year", "yrs", "yr", "old", "ish", "months", "weeks"})


def _number_inside_name(core: list[str]) -> bool:
    """ "Cody Two Bulls", "Mary Three Stars": a surname made of a number word and a noun,
    after a first name, as many Lakota and Dakota surnames are; not an age ("Joe, fifty")."""
    if len(core) < 3 or core[0].lower() in patient.NUMBER_WORDS or not _known_first_name(core[0]):
        return False
    found = False
    for i, token in enumerate(core):
        if token.lower() in patient.NUMBER_WORDS:
            after = core[i + 1].lower() if i + 1 < len(core) else ""
            if i == 0 or not after or after in patient.NUMBER_WORDS or after in _AGE_UNIT_WORDS:
                return False
            if after in _NEVER:
                return False
            found = True
    return found


def looks_like_name(text: str) -> bool:
    """Whether `text` (optionally "my name is …") is plausibly a person's name."""
    if not text or "@" in text or any(ch.isdigit() for ch in text):
        return False
    if _NOT_A_NAME_PHRASE.search(text) or replies.is_dont_know(text):
        return False
    cleaned = _strip(text)
    if not cleaned or replies.is_yes(cleaned) or replies.is_no(cleaned) or _only_chat(text):
        return False
    tokens = cleaned.replace(",", " ").split()
    core = [t for t in tokens if t.lower() not in _SUFFIXES]
    # "María Fernanda de la Rosa Villalobos": particles do not count toward the limit.
    said = [t for t in core if t.lower() not in _PARTICLES]
    if not 1 <= len(said) <= 4 or len(core) > 8 or len(tokens) > 9:
        return False
    letters = 0
    number_inside = _number_inside_name(core)
    for i, token in enumerate(tokens):
        low = token.lower()
        if number_inside and low in patient.NUMBER_WORDS:
            pass  # "Two" in "Cody Two Bulls"
        elif low in _NEVER and not _surname_that_is_a_word(core, token, i):
            return False
        if not _TOKEN.match(token):
            return False
        letters += sum(ch.isalpha() for ch in token)
    if letters < 2 or all(t.lower() in _PARTICLES for t in core):
        return False
    if len(core) == 1 and not _is_cap(core[0]) and not _known_first_name(core[0]):
        return False  # a lone lower-case word ("huh", "busy") is a name only if it is one
    if patient.age_words(cleaned) and not number_inside:
        return False  # "mid-sixties", "around fifty": an age, never a name
    # "broken hip", "nurse practitioner", "surgery": words about care, not a name.
    if classify.mentions_medical_care(cleaned):
        return False
    return not (cleaned.islower() and classify.classify_severity(cleaned) is not None)


# A name then a clause about it: "..., but everybody calls me Walt", "... though my friends
# call me Tolly", "... Bob for short", "... Gregory, officially". The clause is cut off.
_BREAK = re.compile(
    r"\s*[.;!]\s+|\s*,\s*|\s+[-\u2013\u2014]+\s*|\s*\(\s*|"
    r"\s+(?=(?:but|and|though|although|tho|aka|a\.k\.a\.?)\b)",
    re.IGNORECASE,
)
_ABOUT_THE_NAME = re.compile(
    r"\b(?:but|and|though|although|tho|aka|a\.k\.a|call|calls|called|go\s+by|goes\s+by|"
    r"going\s+by|known\s+as|nickname|for\s+short|short\s+for|prefer|officially|official|"
    r"legally|legal|formally|formal|on\s+paper|full\s+name|real\s+name|given\s+name|"
    r"birth\s+certificate|technically|on\s+my\s+(?:id|license|licence|passport))\b",
    re.IGNORECASE,
)
# The clause gives the formal name: "Gregory, officially", "Elizabeth Grant is my legal name".
_FORMAL = re.compile(
    r"\b(?:officially|official|legally|legal|formally|formal|on\s+paper|full\s+name|"
    r"real\s+name|given\s+name|birth\s+certificate|technically|on\s+my\s+(?:id|license|"
    r"licence|passport))\b",
    re.IGNORECASE,
)
# Titles that end in a full stop before a name ("Dr. Ann Lee"): no sentence ends there.
_ABBREVIATIONS = frozenset({"st", "dr", "mr", "mrs", "ms", "mx", "rev", "prof", "jr", "sr"})
_CLAUSE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "officially official legally legal formally formal paper full real given birth "
        "certificate technically id license licence passport name is my on it's its the for short",
    )
)


# Who the visitor is to the patient, said after the name: "Ronald Pike, his son", "Anh
# Nguyen (daughter)", "Tom Baker - patient's husband". Cut off; the relationship is asked
# and kept apart.
_ROLE_AFTER = re.compile(
    r"\s*(?:[,(/]|\s[-\u2013\u2014]+)\s*(?:(?:and\s+)?i'?m\s+|i\s+am\s+)?"
    r"(?:(?:his|her|their|my|the|the\s+patient'?s|patient'?s)\s+)?"
    r"(?:(?:step|half|grand|great[- ]grand)[- ]?)?(?:son|daughter|wife|husband|spouse|mother|mom|"
    r"mum|father|dad|sister|brother|child|kid|niece|nephew|aunt|uncle|partner|fianc[eé]e?|"
    r"caregiver|guardian|friend|cousin|parent|power\s+of\s+attorney|poa)\b\)?[\s.!]*$",
    re.IGNORECASE,
)
# The name spelled out after it: "greg halvorsen thats g r e g", "Greg Halvorsen, G-R-E-G",
# "... spelled H-A-L-V".
_SPELLED_AFTER = re.compile(
    r"[\s,.;:]*(?:(?:that'?s|thats|it'?s|its|spelled|spelt|spelling|as\s+in)\s+)?"
    r"(?<![^\W\d_])(?:[a-z](?:\s*[-.]\s*|\s+)){2,}[a-z]\.?[\s.!]*$",
    re.IGNORECASE,
)
# One name offered as enough: "Ray is fine", "just Ray", "Ray will do".
_ENOUGH = re.compile(
    r"^\s*(?:just\s+)?(?P<name>[^\W\d_][^\W\d_'-]*)\s*(?:is\s+fine|is\s+ok(?:ay)?|"
    r"is\s+good|is\s+enough|will\s+do|works|for\s+now)?[\s.!]*$",
    re.IGNORECASE,
)
_ENOUGH_SAID = re.compile(r"^\s*just\s|\b(?:is|will\s+do|works|for\s+now)\b", re.IGNORECASE)


def _trimmed(text: str) -> str:
    """The reply without a role, a spelling or "is fine" said around the name."""
    cleaned = " ".join(text.replace("\u2019", "'").split())
    for pattern in (_ROLE_AFTER, _SPELLED_AFTER):
        cut = pattern.sub("", cleaned)
        if cut != cleaned and looks_like_name(cut):
            cleaned = cut
    enough = _ENOUGH.match(cleaned)
    if enough and _ENOUGH_SAID.search(cleaned) and looks_like_name(enough.group("name")):
        return enough.group("name")
    return cleaned


def name_in(text: str) -> str:
    """The name in a reply, the words said before and after it cut off.

    Before it: chat and politeness words ("ok so", "yes sir", "good day po"), words that
    introduce it with or without "is" ("My name Minh Tran", "me? ...", "soy ...", "me
    llamo ..."), a title or rank ("Rev.", "SSG (ret)"). After it: a nickname or credential
    after a comma ("..., Maddie", "..., RN"), a politeness word ("... po"), and any clause
    (_clauses_cut). When what is left is still no name, the first run of name words said
    first or after words that introduce a name is kept ("Sam Reyes thanks for helping",
    "ph 555-880-1234 name is Darius Coleman"); a reply with none gives back what it said.
    """
    said = _before_name_cut(" ".join(text.replace("\u2019", "'").split()))
    said = _QUOTED_NICKNAME.sub(" ", said).replace("  ", " ")
    found = _after_name_cut(_clauses_cut(said))
    if looks_like_name(found) or declines(said):
        return found
    return _head_before_a_clause(said) or _first_name_run(said) or found


def _head_before_a_clause(said: str) -> str | None:
    """The name said first, before a comma, dash or full stop and a clause that is no name:
    "Omar Said - I'm the patient", "Lena Ivers, I'm the one who was hurt"."""
    for brk in _BREAK.finditer(said):
        head, tail = said[: brk.start()].strip(), said[brk.end() :]
        words = _strip(head).split()
        if brk.group(0).strip()[:1] == "." and words and words[-1].lower() in _ABBREVIATIONS:
            continue
        if len(words) < 2 or not brk.group(0).strip():
            continue
        head = _after_name_cut(head)
        if looks_like_name(head) and not looks_like_name(tail) and _said_first_as_name(head, ","):
            return head
        return None
    return None


# Chat and politeness words said before a name. "po" (Filipino), "oh" and "so" only in
# lower case or before a comma: "Oh" and "So" are also surnames ("Oh Min-su").
_CHAT_BEFORE = re.compile(
    r"^(?:(?:(?i:sure\s+thing|thank\s+you|hi|hello|hey|hiya|ok(?:ay)?|sure|yes|yeah|yep|"
    r"yup|well|um+|uh+|alright|of\s+course|no\s+problem|it'?s\s+ok(?:ay)?|that'?s\s+fine|"
    r"here\s+it\s+is|here\s+you\s+go|thanks|good\s+(?:day|morning|afternoon|evening)|"
    r"buen[oa]s(?:\s+(?:d[ií]as|tardes|noches))?|hola|sir|ma'?am|madam|señora?|"
    r"se[nñ]orita|please|(?:oh|so)(?=\s*[,.!]))|po|opo|oh|so)\b[\s,.!:\-]*|"
    r"(?i:me|mine|who\s*,?\s*me|my\s+name|who'?s\s+asking)\s*\?+\s*|"
    r"(?i:it'?s\s+me|me)\s*[,:\-]\s*)+"
)
# Words that introduce a name, with or without "is": "My name Minh Tran", "name: ...".
_INTRO = re.compile(
    r"^(?:my\s+(?:full\s+|legal\s+|real\s+|complete\s+)?name(?:\s+is|'s|\s*:|\s*-)?|"
    r"(?:full\s+|legal\s+)?name(?:\s+is|'s|\s*:|\s*-)|legal\s+name|the\s+name(?:'s|\s+is)|"
    r"i\s+am|i'm|im|it'?s|it\s+is|this\s+is|here\s+is|call\s+me|you\s+can\s+call\s+me|i\s+go\s+by|"
    r"(?:yo\s+)?soy|me\s+llamo|mi\s+nombre(?:\s+es|\s+completo\s+es)?|ako\s+(?:po\s+)?si)"
    r"(?:\s+|\s*(?<=[:\-])\s*)",
    re.IGNORECASE,
)
# Titles, ranks and offices before a name: the person's name is kept without them.
_TITLE = re.compile(
    r"^(?:dr|doctor|rev|reverend|pastor|father|fr|rabbi|imam|deacon|bishop|elder|sgt|"
    r"sergeant|ssg|sfc|msg|cpl|corporal|pvt|spc|lt|lieutenant|capt|captain|cpt|maj|major|"
    r"col|colonel|gen|cmdr|commander|adm|admiral|officer|ofc|det|detective|deputy|judge|hon|"
    r"prof|professor|mr|mrs|ms|miss|mx|mister|nurse|dra|sra|srta|sr|lic|licenciad[oa]|ing|"
    r"doña)\.?\s+(?:\(?ret(?:ired|\.)?\)?\s+)?",
    re.IGNORECASE,
)
_QUOTED_NICKNAME = re.compile(r"(?<=\s)[\"'“‘(]\s*[^\W\d_]+\s*[\"'”’)](?=\s)")
# After a comma: a credential or service ("Angela Brooks, RN", "..., USN retired").
_CREDENTIALS = re.compile(
    r"(?:\s+(?:RN|LPN|MD|M\.D\.|PhD|Ph\.D\.|DDS|DMD|PA-C|CNA|Esq\.?|USN|USMC|USAF)\b\.?|"
    r"\s*[,(]\s*(?:(?i:rn|lpn|np|md|m\.d\.|d\.?o\.?|ph\.?d\.?|dds|dmd|pa-?c|cna|esq|"
    r"cpa|jd|usn|usmc|usaf|uscg|usa|army|navy|air\s+force|marines?|ret(?:ired|\.)?|"
    r"veteran)\b[\s.,)]*)+)+$"
)
# After a name: "... is my name", "... po", "... para servirle".
_POLITE_AFTER = re.compile(
    r"(?:[\s,]+(?:po|(?i:(?:is|es)\s+(?:my|the|mi)\s+(?:full\s+|legal\s+|real\s+)?"
    r"(?:name|nombre)|sir|ma'?am|madam|please|thanks?|para\s+servir(?:le|te|les)|"
    r"a\s+(?:sus|tus)\s+[oó]rdenes|a\s+la\s+orden)))+[\s.!]*$"
)
# After a name, a widow's descriptor ("Caridad Rosales, viuda de Peña", "Vda. de Soto",
# "Mary Cole, widow of John Cole"): who she was married to, not her name; dropped as a
# courtesy title is (normalise_name). "de Soto" alone ("Ruiz de Soto") is a surname, kept.
_WIDOW_AFTER = re.compile(
    r"(?:\s*,\s*|\s+)(?i:viud[oa]|vda\.?|vdo\.?)\s+(?i:de|del)\s+[^,;]+[.!]*$|"
    r"(?:\s*,\s*|\s+)(?i:the\s+)?(?i:widow|widower)\s+of\s+[^,;]+[.!]*$"
)


def _before_name_cut(said: str) -> str:
    """The reply without chat words, words introducing a name, and a title before it."""
    while True:
        cut = _CHAT_BEFORE.sub("", said, count=1)
        cut = _INTRO.sub("", cut, count=1)
        title = _TITLE.match(cut)
        if title and len(cut[title.end() :].split()) >= 2:  # "Mrs. Pell" keeps its title
            cut = cut[title.end() :]
        cut = cut.strip(" ,")
        if not cut or cut == said:
            return said
        said = cut


def _after_name_cut(found: str) -> str:
    """A name without a credential, a politeness word, or a nickname after a comma."""
    for pattern in (_CREDENTIALS, _POLITE_AFTER, _WIDOW_AFTER):
        cut = pattern.sub("", found).strip(" ,")
        if cut != found and looks_like_name(cut):
            found = cut
    head, comma, nick = found.replace("/", ",").rpartition(",")
    nick = nick.strip(" .")
    first = _strip(head).split()
    if comma and len(first) == 1 and nick.split()[:1] == first and looks_like_name(nick):
        return nick  # "Me llamo Pedro, Pedro Salinas": the first name, then the full name
    if (
        comma
        and len(_strip(head).split()) >= 2
        and len(nick.split()) == 1
        and looks_like_name(head)
        and nick.lower() not in {w.lower() for w in _strip(head).split()}
        and (_known_first_name(nick) or _is_cap(nick))
    ):
        return head.strip()  # "Madison Fairbanks, Maddie": the legal name said first
    return found


# A run of name words ends at a word that is never a name, a number, or punctuation.
_RUN_END = re.compile(r"[,;:!?)(]|(?<![A-Z])(?<!\b[JjSs]r)\.(?=\s|$)")
_NOT_IN_RUN = frozenset({"para", "yo", "es", "su", "que", "con", "por", "ph", "tel", "cell"})
# Words that go on after a name said first: "... im her mom", "... thanks for helping".
_AFTER_A_NAME = frozenset(
    {
        "i",
        "im",
        "i'm",
        "and",
        "but",
        "here",
        "speaking",
        "calling",
        "thanks",
        "thank",
        "sorry",
        "please",
        "pls",
        "call",
        "text",
        "from",
        "on",
        "for",
        "my",
        "his",
        "her",
        "the",
        "para",
        "yo",
        "ph",
        "tel",
        "cell",
        "fyi",
        "btw",
        "lol",
        "thx",
        "patient",
    }
)


def _first_name_run(said: str) -> str | None:
    """The first run of two or more name words, said first or after words introducing a
    name or a number ("..., name is Darius Coleman"), if it looks like a name; else None.

    A run said first must look like a name on its own (a known first name, or every word
    capitalised) and end the reply, at punctuation or a number, or before a word that goes
    on after a name: "bad signal here sorry", "Mercy General did my surgery" give none."""
    words = said.split()
    start = 0
    while start < len(words):
        run: list[str] = []
        ender = ""
        for word in words[start:]:
            bare = word.strip(',;:!?()"')
            low = bare.lower().rstrip(".")
            if not bare or any(ch.isdigit() for ch in bare) or low in _NEVER or low in _NOT_IN_RUN:
                ender = "0" if any(ch.isdigit() for ch in bare) else low or ","
                break
            run.append(word)
            if _RUN_END.search(word):
                ender = ","
                break
        candidate = _after_name_cut(" ".join(run).strip(" ,;:!?()"))
        if len(run) >= 2 and looks_like_name(candidate):
            before = " ".join(words[:start])
            if _OWN_INTRO.search(before):
                return candidate  # "its for my mom, I'm Carmen Ortiz"
            if _SOMEONE_ELSES.search(before):
                return None  # "my dad's name is Bob Lee", "my mom, Ruth Abiola": not theirs
            if before and (_INTRODUCED.search(before) or any(ch.isdigit() for ch in before)):
                return candidate
            if not before and _said_first_as_name(candidate, ender):
                return candidate
        start += max(len(run), 1)
    return None


def _said_first_as_name(run: str, ender: str) -> bool:
    """A run said first is a name if it looks like one alone and the reply goes on the way
    it does after a name."""
    core = [w for w in run.split() if w.lower() not in _PARTICLES]
    if any(re.sub(r"'s$", "", w.lower().strip(".,")) in _PLACE_WORDS for w in run.split()):
        return False  # "Memorial Hermann, in Houston", "Saint Luke's, the ER": a place
    named = _known_first_name(core[0]) or all(_is_cap(w) for w in core)
    return named and (ender in {"", ",", "0"} or ender in _AFTER_A_NAME)


# Words in the names of hospitals and clinics, said where a name was asked.
_PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "saint st memorial general regional medical hospital clinic center centre health "
        "healthcare kaiser baptist methodist presbyterian university county community "
        "childrens urgent care",
    )
)


# Someone else's name said: "her name is ...", "my dad's name is ...", "my mom, ...".
_SOMEONE_ELSES = re.compile(
    r"\b(?:his|her|their|[^\W\d_]+'s)\s+(?:full\s+|legal\s+|real\s+)?name\b|"
    r"\b(?:my|mi|our)\s+(?:\w+\s+)?(?:son|daughter|wife|husband|mother|mom|father|dad|sister|"
    r"brother|hija|hijo|esposa|esposo|madre|padre|hermana|hermano|mam[aá]|pap[aá])\b",
    re.IGNORECASE,
)
# The visitor's own name just after: "I'm ...", "my name is ...", "soy ...".
_OWN_INTRO = re.compile(
    r"(?:\bi'?m|\bim|\bi\s+am|\bmy\s+(?:full\s+|legal\s+)?name(?:\s+is|'s)?|\bsoy|\bllamo|"
    r"\bthis\s+is)\s*[:,\-]?\s*$",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(
    r"(?:\bname(?:\s+is|'s)?|\bit'?s|\bits|\bthis\s+is|\bi'?m|\bi\s+am|\bsoy|"
    r"\bllamo|\bcall\s+me|@\S+|[:\-]|"
    # "soy la hija, Carmen Ortiz", "I'm his daughter, Carmen Ortiz": who, then the name
    r"\b(?:son|daughter|wife|husband|mother|mom|father|dad|sister|brother|patient|hija|hijo|"
    r"esposa|esposo|madre|padre|hermana|hermano|mam[aá]|pap[aá])\s*[,:\-])\s*$",
    re.IGNORECASE,
)


def _clauses_cut(text: str) -> str:
    """The name in a reply that goes on after it, the clause about it cut off.

    "Walter Brennick, but everybody calls me Walt" is Walter Brennick: the full name said
    first is the one kept, not the nickname. When the clause gives the formal given name
    ("Greg Pappas. Gregory, officially"; "Liz Grant. Elizabeth Grant is my legal name"),
    the formal name is kept instead (Gregory Pappas, Elizabeth Grant): an attorney needs
    the legal name, and the surname said first is kept with it. A reply with no such
    clause is returned as it is, less a role, a spelling or "is fine" said around it.
    """
    cleaned = _trimmed(text)
    if cleaned != " ".join(text.replace("\u2019", "'").split()):
        text = cleaned
    for brk in _BREAK.finditer(cleaned):
        head, tail = cleaned[: brk.start()], cleaned[brk.end() :]
        last = head.split()[-1].lower() if head.split() else ""
        if brk.group(0).strip()[:1] == "." and last in {"jr", "sr"}:
            continue  # "William Tate Jr. (goes by Billy)": the full stop is the suffix's
        aside = "(" in brk.group(0)  # "Samuel Ortiz (Sam)": a name in brackets is an aside
        # "Greg Pappas. Thanks for helping": a sentence after the name (not "Dana K. Smith").
        sentence = (
            brk.group(0).strip()[:1] in ".!;"
            and len(re.sub(r"[^\w]", "", head.split()[-1] if head.split() else "")) > 1
            and head.split()[-1].lower().strip(".") not in _ABBREVIATIONS
            and not looks_like_name(tail)
        )
        if _given_name_after(brk.group(0), head, tail):
            return _formal(head, tail)  # "Greg Pappas. Gregory.": the given name in full
        if _short_form_after(head, tail):
            return head  # "Gregory Vasquez. Greg.": the name gone by; the full one kept
        if len(_strip(head).split()) < 2 or not (aside or sentence or _ABOUT_THE_NAME.search(tail)):
            continue  # "Dana K. Smith", "Smith, John": the break is inside the name
        if not looks_like_name(head):
            continue
        return _formal(head, tail) if _FORMAL.search(tail) else head
    return text


def _given_name_after(brk: str, head: str, tail: str) -> bool:
    """A full name, a full stop, then one first name alone ("Greg Pappas. Gregory."): the
    given name said in full, as on paper. Not an initial ("Dana K. Smith") nor a surname."""
    said = _strip(head).split()
    alone = tail.strip(" .!").split()
    return (
        brk.strip()[:1] == "."
        and len(said) >= 2
        and len(said[-1].strip(".")) > 1
        and said[-1].lower().strip(".") not in _ABBREVIATIONS
        and len(alone) == 1
        and _is_cap(alone[0])
        and alone[0].lower() != said[-1].lower()
        # "Gregory Vasquez. Greg.": a short form of the name said in full is what the
        # visitor goes by, not the given name; the full name said first is kept.
        and not conflicts.short_form_of(alone[0], said[0])
        and alone[0].lower() not in _NEVER
        and _known_first_name(alone[0])
        and looks_like_name(head)
    )


def _short_form_after(head: str, tail: str) -> bool:
    """A full name, then a short form of its given name alone ("Gregory Vasquez. Greg."):
    the name the visitor goes by, said after the one on paper, which is the one kept."""
    said = _strip(head).split()
    alone = tail.strip(" .!").split()
    return (
        len(said) >= 2
        and len(alone) == 1
        and conflicts.short_form_of(alone[0], said[0])
        and looks_like_name(head)
    )


def _formal(head: str, tail: str) -> str:
    """The formal name a clause gives for the name said first, or that name."""
    said = _strip(head).split()
    words = [w.strip(" ,.;:!()") for w in tail.split()]
    words = [w for w in words if w and w.lower() not in _CLAUSE_WORDS and _TOKEN.match(w)]
    if not words or any(w.lower().split("'")[0] in _NEVER for w in words):  # "That's ..."
        return head
    if len(words) == 1 and (_is_cap(words[0]) or _known_first_name(words[0])):
        return " ".join([words[0], *said[1:]])  # "Gregory, officially": the given name
    same_surname = len(words) >= 2 and words[-1].lower() == said[-1].lower()
    if same_surname and looks_like_name(" ".join(words)):
        return " ".join(words)  # "Elizabeth Grant is my legal name": the same surname
    return head


_COURTESY = re.compile(r"^(?:mr|mrs|ms|miss|mx|mister|missus)\.?\s+", re.IGNORECASE)


def normalise_name(text: str) -> str:
    """The name as it should be kept: prefixes and a courtesy title ("Mrs.") dropped,
    capitalised as names are."""
    cleaned = _strip(text)
    untitled = _COURTESY.sub("", cleaned, count=1)
    if len(untitled.split()) >= 2:  # "Mrs. Pell" alone keeps its title: no first name
        cleaned = untitled
    if cleaned.islower() or cleaned.isupper():
        name = HumanName(cleaned)
        name.capitalize(force=True)
        # O'Neil and D'Angelo take a capital after the apostrophe; Keali'i does not.
        return _INNER_APOSTROPHE.sub(lambda m: m[1] + m[2].lower(), str(name))
    return cleaned


_INNER_APOSTROPHE = re.compile(r"([^\W\d_]{2,}')([^\W\d_])", re.UNICODE)


# Not giving a name: "I'd rather not give my name", "can I skip that?", "prefer not to say",
# "no names please", "I don't want to give my name yet", "do I have to?", "anonymous".
# A refusal is an answer to the name question, never a name to keep.
_REFUSAL = re.compile(
    r"\b(?:(?:i'?d|i\s+would|i'?m|i)\s+)?(?:rather|prefer(?:red)?|preferably)\s+not\b|"
    r"\bprefer\s+(?:to\s+)?(?:stay|remain|be|keep\s+it)\s+(?:anonymous|private)\b|"
    r"\banonym\w*|\ban[oó]nim\w*|"
    r"\b(?:(?:can|could|may|should)\s+(?:i|we)\s+|let'?s\s+|i'?(?:d|ll)\s+(?:like\s+to\s+)?|"
    r"just\s+|please\s+)skip\b|\bskip\s+(?:it|that|this|(?:the|my)\s+name|for\s+now)\b|"
    r"^\W*(?:skip|pass|next|no|nope|nah|omitir|saltar|paso|no\s+thanks?(?:\s+you)?|not\s+now|i'?ll\s+pass)\W*$|"
    r"\bno\s+names?\b|\bwithout\s+(?:(?:giving|a|my)\s+)*names?\b|"
    r"\b(?:don'?t|dont|do\s+not|won'?t|will\s+not|wouldn'?t|not|never|rather\s+not)\s+"
    r"(?:(?:really|want(?:ing)?|wanna|feel|like|comfortable|going|gonna|willing|ready|"
    r"to|with)\s+)*(?:give|giving|share|sharing|say|saying|tell|telling|provide|providing|"
    r"leave|leaving|put|putting|type|typing|disclose|disclosing|post|posting)\b|"
    r"\bnot\s+(?:giving|sharing|telling|saying|comfortable|ready)\b|"
    # "do I have to?", "do we need to answer that": not "how long do we have to sue", "what
    # do I have to pay", "when do we need to file" (a question about the deadline or the cost).
    r"(?<!\blong\s)(?<!\btime\s)(?<!\bwhen\s)(?<!\bmuch\s)(?<!\bwhat\s)(?<!\bsoon\s)"
    r"\b(?:do|must)\s+(?:i|we)\s+(?:have|need)\s+to\b(?!\s+(?:pay|sue|file|act|wait|go|"
    r"come|bring|sign|get|move|start|hurry|make)\b)|\b(?:is|it'?s)\s+(?:that|it|this|a\s+name)"
    r"\s+(?:really\s+)?(?:necessary|required|needed|mandatory)\b|"
    r"\b(?:keep|keeping)\s+(?:it|that|this|my\s+name)\s+(?:to\s+myself|private|secret)\b|"
    r"\bi'?ll\s+pass\b|\b(?:that'?s|it'?s)\s+(?:private|personal)\b|"
    r"\bnone\s+of\s+your\s+business\b|\bnot\s+yet\b|^\W*(?:maybe\s+)?later\W*$|"
    r"\bi\s+said\s+no\b|\bwhy\s+(?:do|would|does|should)\s+(?:you|they|it|i)\s+(?:need|want|have)\b|\bprefiero\s+no\b|\bno\s+quiero\b|\bsin\s+(?:dar\s+)?"
    r"(?:mi\s+)?nombre\b",
    re.IGNORECASE,
)


def declines(text: str) -> bool:
    """The reply declines to answer a personal question ("I'd rather not say", "skip",
    "none of your business"), whatever it asks: the name, or the age."""
    return bool(_REFUSAL.search(" ".join(text.replace("\u2019", "'").split())))


def refuses_name(text: str) -> bool:
    """The reply declines to give a name (now or at all) rather than giving one.

    A name said with it is a name ("Jo Park, but I'd rather not give my last name" is
    read by the name reader first); only a reply with no name in it is a refusal.
    """
    cleaned = " ".join(text.replace("\u2019", "'").split())
    return bool(cleaned) and not looks_like_name(cleaned) and bool(_REFUSAL.search(cleaned))


def _only_chat(text: str) -> bool:
    """ "Good day po", "yes ma'am": greetings and politeness words only, never a name."""
    return not _CHAT_BEFORE.sub("", " ".join(text.replace("\u2019", "'").split())).strip(" ,.!")


def name_to_keep(text: str) -> str | None:
    """After the question has been asked enough: the name to keep, flagged, or None.

    A reply the strict reader doubts may still hold a name ("My name Minh Tran" said
    twice): the name span is kept, or the whole reply when it may be a long or unusual
    name; never a refusal, a sentence, a number or greetings alone."""
    if refuses_name(text) or _only_chat(text):
        return None
    span = name_in(text)
    if span and looks_like_name(span):
        return normalise_name(span)[:120]
    for said in (text, span):
        if said and loosely_a_name(said):
            return " ".join(said.split())[:120]
    return None


def loosely_a_name(text: str) -> bool:
    """A reply that may be a name the strict reader doubts (a long or unusual one):
    words of letters only, none of them a word that is never a name, not a refusal.
    Kept, flagged for review, only when the question has been asked enough."""
    cleaned = _strip(text)
    tokens = cleaned.replace(",", " ").split()
    if not 1 <= len(tokens) <= 7 or refuses_name(text) or _NOT_A_NAME_PHRASE.search(text):
        return False
    if _only_chat(text):
        return False
    return all(_TOKEN.match(t) and t.lower() not in _NEVER for t in tokens)


# Words of a clause about how or when to reach the visitor, said beside a number or an
# address: "email is better during school hours", "txt is best", "call after 5", "mornings
# only". Such a clause never holds the name (the Spanish reader turns its words into these).
_ABOUT_REACHING = frozenset(
    re.findall(
        r"\S+",
        "better best prefer prefers preferred preferably easier easiest ideal during after "
        "before until till between anytime hours hour morning mornings afternoon afternoons "
        "evening evenings night nights tonight daytime weekday weekdays weekend weekends "
        "school work works working lunch shift o'clock pm a.m. p.m. usually always available "
        "busy reachable voicemail check answer monday mondays tuesday tuesdays wednesday "
        "wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays",
    )
)


def about_reaching(clause: str) -> bool:
    """Whether a clause said beside a contact is about how or when to reach the visitor
    ("email is better during school hours"), so holds no name. A capitalised word after a
    capitalised first name is a surname, whatever else it means ("Ann Best", "Tom Early")."""
    words = [w.strip(".,;:!?()\"'") for w in clause.replace("\u2019", "'").split()]
    words = [w for w in words if w]
    for i, word in enumerate(words):
        if word.lower() not in _ABOUT_REACHING:
            continue
        surname = (
            i > 0 and _is_cap(word) and _is_cap(words[i - 1]) and _known_first_name(words[i - 1])
        )
        if not surname:
            return True
    return False
