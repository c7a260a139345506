"""Who was harmed: the visitor or someone else, how they are related, their age.

Relationship words are normalised ("mom" → "mother") so an attorney sees one
vocabulary, and so the assistant can say "your mother" back with care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from bot.intake import replies
from bot.intake.dates import DateParseError, parse_when
from bot.intake.number_words import TENS, UNITS
from bot.intake.slot_names import UNKNOWN
from bot.law.model import DateSpec

RELATIONSHIPS = {
    "mother": ("mom", "mother", "mum", "mommy", "momma", "mama", "ma"),
    "father": ("dad", "father", "daddy", "pops", "papa"),
    # "mijo", "mija": Spanish "mi hijo", "mi hija", said in English too.
    "son": ("son", "mijo"),
    "daughter": ("daughter", "mija"),
    "child": (
        "child",
        "kid",
        "kiddo",
        "baby",
        "infant",
        "newborn",
        "little one",
        "toddler",
        "preemie",
        "teenager",
        "teen",
    ),
    "husband": ("husband", "hubby"),
    "wife": ("wife",),
    "spouse": ("spouse",),
    "partner": ("partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee"),
    "brother": ("brother", "bro"),
    "sister": ("sister", "sis"),
    # Regional and family-language words: "meemaw" (Southern US), "nonna", "abuela".
    "grandmother": (
        "grandmother",
        "grandma",
        "granny",
        "nana",
        "gran",
        "grammy",
        "gramma",
        "meemaw",
        "mamaw",
        "memaw",
        "nonna",
        "abuela",
        "abuelita",
    ),
    "grandfather": (
        "grandfather",
        "grandpa",
        "granddad",
        "grandad",
        "gramps",
        "grampa",
        "grandpop",
        "pawpaw",
        "papaw",
        "peepaw",
        "nonno",
        "abuelo",
        "abuelito",
    ),
    "grandchild": ("grandson", "granddaughter", "grandchild", "grandbaby"),
    # Not "tia" for "tía": a TIA is a mini-stroke in a story.
    "aunt": ("aunt", "auntie"),
    "uncle": ("uncle", "tio"),
    "cousin": ("cousin",),
    "niece": ("niece",),
    "nephew": ("nephew",),
    "friend": ("friend", "best friend", "buddy", "roommate", "girlfriend's", "pal"),
    "coworker": ("coworker", "co-worker", "colleague", "boss", "employee", "employer"),
    "neighbor": ("neighbor", "neighbour"),
    "parent": ("parent",),
    "sibling": ("sibling",),
    "stepmother": ("stepmom", "stepmother"),
    "stepfather": ("stepdad", "stepfather"),
    "mother-in-law": ("mother-in-law", "mother in law"),
    "father-in-law": ("father-in-law", "father in law"),
}
_WORD_TO_REL = {w: rel for rel, words in RELATIONSHIPS.items() for w in words}
RELATIONSHIP_WORDS = frozenset(w for w in _WORD_TO_REL if " " not in w)
# Every relationship word, longest first (also for the story's "I lost my wife").
REL_PATTERN = "|".join(sorted((re.escape(w) for w in _WORD_TO_REL), key=len, reverse=True))


def relationship_of(word: str) -> str | None:
    """The relationship a relationship word names ("mama" -> "mother"), or None."""
    return _WORD_TO_REL.get(word.lower())


# "7 year old", "3-year-old", "16 yo", "7yo", "ten-month-old", "2 week old": an age as a noun.
# "Old" is needed after a word unit: "my 6 month checkup", "my two week stay" are not children.
_AGE_NOUN = (
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*[- ]?\s*(?:(?P<unit>years?|yrs?|months?|mos?|weeks?|"
    r"wks?|days?)\s*[- ]?\s*olds?|(?P<yo>y/?o)(?:\s*[- ]?\s*olds?)?)"
)
_MY_REL = re.compile(
    rf"\b(?:my|our)\s+(?:{_AGE_NOUN}\s+|late\s+|little\s+|elderly\s+|baby\s+|teenage\s+)?"
    # "my dad's", and as texted, "my dads" / "my moms": the possessive without its apostrophe.
    rf"(?P<rel>{REL_PATTERN})(?:'?s)?\b",
    re.IGNORECASE,
)
_SELF = re.compile(
    r"^\s*(me|myself|i\s+was|i\s+am|it\s+was\s+me|i\s+was\s+the\s+patient|me\s+personally|"
    r"yes|yeah|yep|yes\s+i\s+was|i\s+did|mine|self)\b",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b(\d{1,3})\s*(?:-|\s)?\s*(?:years?|yrs?|y/?o)\b(?:[- ]old)?|"
    r"\b(?:was|is|aged?|age)\s+(\d{1,3})\b(?!\s*-?\s*(?:months?|mos?|weeks?|wks?|days?|hours?)\b)|"
    r"^\s*(\d{1,3})\s*$",
    re.IGNORECASE,
)
_MONTHS_OLD = re.compile(
    r"\b(\d{1,2})\s*(?:-|\s)?\s*(?:months?|mos?|weeks?|wks?|days?)\b", re.IGNORECASE
)
_NEWBORN = re.compile(
    r"\b(newborn|new\s*born|infant|at\s+birth|during\s+(?:the\s+)?(?:delivery|birth|labor)|"
    # Not "she was born in 1935": a year of birth, for the age to be counted from.
    r"being\s+born|was\s+born(?!\s+(?:in|on|around|about|back\s+in|sometime\s+in)\b[^.;!?]{0,25}?"
    r"\b(?:19|20)\d\d\b)|c-?section|"
    # Not born yet: "she wasn't born yet", "still in the womb", "38 weeks pregnant with him",
    # "stillborn", "full term": the age at the time is 0.
    r"(?:not|\w*n'?t|never)\s+(?:(?:been|even|yet|quite)\s+)*born|unborn|still\s*-?\s*born|"
    r"born\s+(?:dead|still|sleeping)|just\s+(?:been\s+)?born|"
    r"(?:born|delivered)\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)|"
    r"(?:in|inside)\s+(?:the|my|her)\s+(?:womb|uterus|belly|tummy)|in\s+utero|still\s+inside|"
    r"(?:before|until)\s+(?:s?he|they|the\s+baby)\s+(?:was|were)\s+born|before\s+birth|"
    r"pregnant\s+with|weeks?\s+(?:of\s+)?gestation|full[\s-]*term|pre-?term|"
    r"fetus|foetus|fetal|stillbirth|"
    r"\d{1,2}\s*(?:-|\s)?\s*(?:hours?|hrs?|days?)\s*-?\s*old)\b",
    re.IGNORECASE,
)


_ME_LATER = re.compile(
    r"\b(?:it\s+was\s+me|it'?s\s+me|i\s+was\s+the\s+patient|i\s+am\s+the\s+patient|"
    r"i'?m\s+the\s+patient|about\s+me|myself)\b",
    re.IGNORECASE,
)
# "I'm her mom": the visitor names their own role, so the patient is the other side
# of it, read from the pronoun (his → male, her → female, their → either).
_I_AM_THEIR = re.compile(
    rf"\b(?:i'?m|i\s+am|im)\s+(his|her|their|the\s+patient'?s)\s+({REL_PATTERN})\b",
    re.IGNORECASE,
)
_OTHER_SIDE: dict[str, tuple[str, str, str | None]] = {  # role: (his, her, their)
    "mother": ("son", "daughter", "child"),
    "father": ("son", "daughter", "child"),
    "stepmother": ("son", "daughter", "child"),
    "stepfather": ("son", "daughter", "child"),
    "parent": ("son", "daughter", "child"),
    "son": ("father", "mother", "parent"),
    "daughter": ("father", "mother", "parent"),
    "child": ("father", "mother", "parent"),
    "husband": ("husband", "wife", "spouse"),  # "I'm her husband": she is the wife
    "wife": ("husband", "wife", "spouse"),
    "spouse": ("husband", "wife", "spouse"),
    "partner": ("partner", "partner", "partner"),
    "brother": ("brother", "sister", "sibling"),
    "sister": ("brother", "sister", "sibling"),
    "sibling": ("brother", "sister", "sibling"),
    "grandmother": ("grandchild", "grandchild", "grandchild"),
    "grandfather": ("grandchild", "grandchild", "grandchild"),
    "grandchild": ("grandfather", "grandmother", None),
    "aunt": ("nephew", "niece", None),
    "uncle": ("nephew", "niece", None),
    "niece": ("uncle", "aunt", None),
    "nephew": ("uncle", "aunt", None),
    "cousin": ("cousin", "cousin", "cousin"),
    "friend": ("friend", "friend", "friend"),
    "coworker": ("coworker", "coworker", "coworker"),
    "neighbor": ("neighbor", "neighbor", "neighbor"),
}

# Who may bring a claim: the patient, family, or a representative. A nurse writing about
# her patient, a friend, a coworker or a neighbour has no standing of their own; the lead
# is kept and flagged so an attorney can reach the family.
CAREGIVER_PROFESSIONAL = "caregiver_professional"
NO_STANDING = frozenset({CAREGIVER_PROFESSIONAL, "friend", "coworker", "neighbor", "no_standing"})
_PROFESSIONAL = re.compile(
    r"\b(?:i'?m|i\s+am|im|i\s+was|i\s+work\s+as)\s+(?:his|her|their|the\s+patient'?s|a|an|the)\s+"
    r"(?:(?:home\s+health|hospice|private|charge|floor|er|icu|travel)\s+)?(?:nurse|rn|lpn|cna|"
    r"caregiver|care\s*giver|aide|doctor|physician|therapist|case\s+manager|social\s+worker|"
    r"paramedic|emt|medical\s+assistant|pca)\b|"
    r"\b(?:my|our)\s+(?:patient|patients|client|clients|resident|residents)\b|"
    r"\bi\s+(?:work|worked)\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:nursing\s+home|hospital|"
    r"facility|clinic|care\s+home|assisted\s+living)\b[^.]{0,60}\b(?:resident|patient)\b",
    re.IGNORECASE,
)
# "I'm a nurse", "I'm an RN myself": the visitor's trade, said of no one in particular. Told
# with the visitor's own care ("they left a sponge in me", "I have a case") and of no one
# else (a he or a she, a patient, a resident), it is the nurse's own case, not a carer's.
_TRADE_ONLY = re.compile(r"^(?:i'?m|i\s+am|im|i\s+was|i\s+work\s+as)\s+(?:a|an|the)\s", re.I)
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|him|his|her|hers|he'?s|she'?s|patients?|residents?|clients?|"
    r"(?:a|the|this|an?\s+\w+)\s+(?:man|woman|lady|gentleman|boy|girl|child|baby))\b",
    re.IGNORECASE,
)
_OWN_CASE = re.compile(
    r"\b(?:i\s+(?:have|had|got|was|needed|lost|woke|ended\s+up|developed|suffered)|"
    r"i'?ve\s+(?:had|got|been)|(?:in|into|inside|to|on|gave|sent|told|treated|operated\s+on|"
    r"misdiagnosed|hurt|injured)\s+me|my\s+(?:own\s+)?(?:case|surgery|operation|procedure|"
    r"diagnosis|care|body|leg|arm|back|hip|knee|belly|abdomen|bowel|colon|stomach|liver|heart|"
    r"eyes?|spine|neck|shoulder|kidneys?|bladder|uterus|breasts?|face|head|skin|foot|hand))\b",
    re.IGNORECASE,
)
_ACQUAINTANCE = re.compile(
    # "a clinic a friend recommended", "a neighbor drove me": someone who helped, not whom
    # the visitor speaks for
    r"\b(?:a\s+friend(?:\s+of\s+mine)?|an?\s+(?:co-?worker|colleague|neighbou?r|acquaintance))\b"
    r"(?!\s+(?:had\s+|who\s+)?(?:recommended|suggested|referred|told|said|drove|took|sent|"
    r"gave|found|mentioned|went)\b)|"
    r"\b(?:"
    r"(?:just|only)\s+a\s+friend|someone\s+i\s+know|a\s+guy\s+i\s+know|"
    r"a\s+(?:lady|woman|man)\s+(?:from|at)\s+(?:my\s+)?(?:church|work))\b",
    re.IGNORECASE,
)
# "My sister told me to reach out", "my mom said I should ask": a passing mention.
_PASSING = re.compile(
    rf"\b(?:my|our)\s+({REL_PATTERN})\s+(?:\w+\s+)?(?:told|tells|said|says|suggested|"
    r"recommended|asked|wanted|wants|thinks|thought|encouraged|urged|made|found|mentioned|"
    r"insisted|pushed|convinced|gave\s+me|sent\s+me|helped\s+me|is\s+helping|"
    r"is\s+typing|is\s+here|"
    # "my grandson set this up for me", "my daughter is translating": the chat's helper
    r"set\s+(?:this|it)(?:\s+up)?|set\s+(?:the\s+\w+\s+up|up\s+the\s+\w+)|"
    r"put\s+this\s+(?:in|into|on)|"
    r"switched\s+(?:this|it)|translated|is\s+translating|translates|typed\s+this)\b[^.,;]{0,40}|"
    rf"\b(?:at|on)\s+my\s+({REL_PATTERN})'?s\s+(?:suggestion|advice|urging|insistence)\b",
    re.IGNORECASE,
)


def without_passing_mentions(text: str) -> str:
    """`text` with relatives mentioned only as advisers taken out ("my sister told me to ...")."""
    return _PASSING.sub(" ", text)


def no_standing_in(text: str) -> str | None:
    """The visitor's own role when it gives no standing: a professional carer or an acquaintance.

    None when a family tie is also named ("I'm her caregiver, she's my mom").
    """
    cleaned = without_passing_mentions(text)
    found, rel = reversed_relationship(cleaned)
    family = rel if found else _my_relative(cleaned)
    if family and family not in NO_STANDING:
        return None
    professional = _PROFESSIONAL.search(text)
    if professional and not (
        _TRADE_ONLY.match(professional.group(0))
        and _OWN_CASE.search(text)
        and not _SOMEONE_ELSE.search(text)
    ):
        return CAREGIVER_PROFESSIONAL
    m = _ACQUAINTANCE.search(text)
    if m:
        word = m.group(0).lower()
        if "friend" in word:
            return "friend"
        if "worker" in word or "colleague" in word or "work" in word:
            return "coworker"
        if "neighb" in word:
            return "neighbor"
        return "no_standing"
    return None


def lacks_standing(relationship: object) -> bool:
    """Whether a recorded relationship gives the visitor no claim of their own."""
    return relationship in NO_STANDING


def reversed_relationship(text: str) -> tuple[bool, str | None]:
    """(found, the patient's relationship to the visitor) for "I'm her mom"-style answers."""
    m = _I_AM_THEIR.search(text)
    if not m:
        return False, None
    role = _WORD_TO_REL[m.group(2).lower()]
    his, her, their = _OTHER_SIDE.get(role, (None, None, None))
    pronoun = m.group(1).lower()
    return True, his if pronoun == "his" else her if pronoun == "her" else their


# "my 7 year old", "our 3-year-old", "my 16 yo": a child named by age alone.
_MY_AGED = re.compile(rf"\b(?:my|our)\s+(?:little\s+)?{_AGE_NOUN}\b", re.IGNORECASE)
# "my little girl", "our baby boy": a daughter or a son.
_MY_BOY_GIRL = re.compile(r"\b(?:my|our)\s+(?:little|baby|young)\s+(boy|girl)\b", re.IGNORECASE)


def _aged_child(text: str) -> re.Match[str] | None:
    """The first "my <age>" that is a child's age (under 18), not "my 80 year old"."""
    for m in _MY_AGED.finditer(text):
        n = m.group("n")
        years = int(n) if n.isdigit() else _word_number(n)
        if years is None:
            continue
        if (m.group("unit") or "y").lower().startswith(("m", "w", "d")) or years < 18:
            return m
    return None


def my_relative_match(text: str) -> tuple[str, int] | None:
    """(relationship, where it is said) for "my <relative>", "my 7 year old", "my little girl"."""
    found = [(m.start(), _WORD_TO_REL[m.group("rel").lower()]) for m in [_MY_REL.search(text)] if m]
    aged = _aged_child(text)
    if aged:
        found.append((aged.start(), "child"))
    boy_girl = _MY_BOY_GIRL.search(text)
    if boy_girl:
        found.append(
            (boy_girl.start(), "son" if boy_girl.group(1).lower() == "boy" else "daughter")
        )
    if not found:
        return None
    # At one place the more telling word wins: "my 7yo daughter", "my baby girl".
    at, rel = min(found, key=lambda f: (f[0], f[1] == "child"))
    return rel, at


# --- Which relative is the patient: the one the care and the harm happened to. ---------
# "my husband had chest pain", "my wife bled", "they took our son to the ER": the subject
# (or the one brought to the care). A relative named only to set the scene ("the night
# before our daughter's wedding", "after our son was born", "when my mom was visiting") or
# one who brought the visitor ("my husband drove me to the ER") is not.
_TIME_BEFORE = re.compile(
    r"\b(?:after|before|when|whenever|while|since|until|till|once|as|the\s+(?:day|night|"
    r"morning|week|month)\s+(?:before|after))\s+$",
    re.IGNORECASE,
)
_BROUGHT_BEFORE = re.compile(
    r"\b(?:took|take|taking|brought|bring|rushed|drove|carried|wheeled|admitted|checked)\s+$",
    re.IGNORECASE,
)
_HARMED_AFTER = re.compile(
    r"^(?:\s+(?:just|suddenly|then|finally|also|actually|really|first|started|began|kept))*\s+"
    r"(?:bled|bleeds|collapsed|choked|fainted|fell|falls|died|passed|seized|coded|crashed|"
    r"stroked\s+out|stopped|woke|never\s+woke|broke|tore|swallowed|developed|suffered|"
    r"underwent|needed|nearly|almost|complained|ended\s+up|came\s+out\s+with|"
    r"started\s+(?:bleeding|having|to|seizing|vomiting|throwing)|began\s+(?:bleeding|having|to)|"
    r"(?:got|gets|became|was\s+getting)\s+(?:sick|sicker|worse|an?\b|infected|hurt|burned|"
    r"pneumonia|sepsis|septic|the\s+wrong|too\s+much|\w+ed\b)|"
    r"went\s+(?:in|into|to|under)|goes\s+(?:in|to)|"
    # Not "my parents can't talk about it": what they cannot bear to do, not a harm.
    r"(?:can'?t|couldn'?t|cannot|could\s+not)\s+(?:breathe|walk|move|"
    r"(?:talk|speak)(?!\s+(?:about|of)\b)|see|feel|eat|swallow|stand|wake)|"
    # "my brother checked himself into the psych unit": brought to the care by himself.
    r"(?:checked|admitted|signed|took)\s+(?:him|her|them)sel(?:f|ves)\s+(?:in|into|to)\b|"
    r"(?:has|had|have)\s+(?!(?:been|to|gone|come|moved|left|finished|just|already|always|"
    r"never|told|said|asked|called|done|planned|driven|taken|graduated|married|started\s+"
    r"school)\b)\w+|(?:has|had)\s+been\s+(?:in|on|sick|diagnosed|admitted|hospitali[sz]ed|"
    r"in\s+pain)|"
    r"(?:was|were|is|got)\s+(?:(?:just|then|finally|immediately|never)\s+)?(?:admitted|"
    r"hospitali[sz]ed|diagnosed|misdiagnosed|rushed|taken|transferred|discharged|sent|given|"
    r"prescribed|put|intubated|operated|treated|seen|born\s+with|hurt|injured|burned|"
    r"dropped|paralyzed|paralysed|slurring|bleeding|vomiting|seizing|shaking|sweating|"
    r"struggling|screaming|complaining|coughing|choking|hurting|limping|throwing\s+up|"
    r"passing\s+out|dying|in\s+(?:the\s+)?(?:hospital|icu|er|e\.r\.|emergency|nursing\s+home|"
    r"rehab|surgery|pain|a\s+coma))"
    r")\b",
    re.IGNORECASE,
)
# A visitor's helper: "my husband drove me to the ER", "my sister came with me".
_HELPER_AFTER = re.compile(
    r"^\s+(?:(?:drove|took|brought|rushed|walked|carried|came\s+with|went\s+with|was\s+with|"
    r"stayed\s+with|picked\s+up)\s+me)\b",
    re.IGNORECASE,
)
# What a possessive names: an event or someone else sets the scene ("our daughter's wedding",
# "my husband's sister"); the body or the care is the patient's ("my mom's hip", "my wife's
# doctor").
_SCENE_NOUNS = re.compile(
    r"^\s+(?:(?:\w+\s+){0,2})(?:wedding|graduation|birthday|party|funeral|memorial|wake|"
    r"recital|game|match|shower|reunion|baptism|christening|bar\s+mitzvah|bat\s+mitzvah|"
    r"quinceanera|anniversary|concert|play|practice|school|kindergarten|college|camp|house|"
    r"apartment|place|farm|work|job|office|car|graduation|first\s+day|vacation|trip|visit|"
    rf"{REL_PATTERN})'?s?\b",
    re.IGNORECASE,
)
_CARE_NOUNS = re.compile(
    r"^\s+(?:(?:\w+\s+){0,2})(?:head|heart|chest|arm|leg|hip|knee|back|neck|spine|brain|"
    r"lungs?|liver|kidneys?|bowel|colon|stomach|belly|skin|eyes?|face|hand|foot|feet|"
    r"shoulder|collarbone|skull|blood|pressure|sugar|surgery|operation|procedure|delivery|"
    r"labor|c-?section|birth|care|treatment|diagnosis|cancer|stroke|infection|symptoms?|"
    r"pain|doctor|surgeon|ob|obgyn|midwife|nurse|nurses|cardiologist|oncologist|dentist|"
    r"pediatrician|physician|psychiatrist|medications?|meds|prescription|dose|nursing\s+home|"
    r"hospital\s+(?:stay|bed|room)|biopsy|scan|x-?ray|mri|results|tumou?r|condition|body)\b",
    re.IGNORECASE,
)
# A sentence told for comparison, not about the harm: "my dad had a stroke in 2019 and the
# same hospital treated him well", "our oldest was born there with no problem".
BACKGROUND_SENTENCE = re.compile(
    r"\b(?:the\s+same\s+(?:thing|cancer|disease|condition|illness|problem|surgery|operation|"
    r"procedure|hospital|place|doctor|surgeon|clinic|er|ob|practice)|"
    r"went\s+(?:fine|well|smoothly|great|ok|okay)|(?:with\s+)?no\s+(?:problems?|issues?|"
    r"trouble|complications)|without\s+(?:a\s+hitch|any\s+(?:problems?|issues?|trouble))|"
    r"treated\s+(?:him|her|them|me|us)\s+(?:well|great|fine)|recovered\s+(?:fine|well|fully)|"
    r"was\s+uneventful)\b",
    re.IGNORECASE,
)
# SMS shorthand drops "my": "wife bled after ...", "husband had chest pain".
_BARE_REL = re.compile(rf"(?:^|[.!?\n]\s*)(?P<rel>{REL_PATTERN})\b", re.IGNORECASE)


_SON_DAUGHTER_NEXT = re.compile(r"\s+(son|daughter)\b", re.IGNORECASE)


@dataclass(frozen=True)
class RelativeMention:
    """A relative the visitor names, and what the story says of them.

    role: "harmed" (the subject of what happened, or the one brought to the care),
    "named" (named, nothing told), "scene" (named to place the story in time or place),
    "helper" (brought the visitor: "my husband drove me")."""

    relationship: str
    at: int
    end: int
    role: str


# Someone else's medicine handed to the visitor, who took it: "the pharmacy filled my
# roommate's pills for me", "they gave me my husband's insulin". The owner of the drug sets
# the scene; the one given it (and harmed) is the patient.
_DRUG_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:prescriptions?|pills|meds|medications?|medicines?|insulin|inhaler|"
    r"drugs?|dose|bottle|order)\b",
    re.IGNORECASE,
)
_GIVEN_TO_ME = re.compile(
    r"\b(?:gave|give|given|giving|handed|hand|filled|dispensed|sold|sent|mailed|delivered|"
    r"mixed\s+up)\s+(?:(?:me|us)\b|[^.;!?]{0,20}\b(?:for|to)\s+me\b)|"
    r"\b(?:instead\s+of\s+mine|not\s+mine|i\s+(?:took|swallowed|used|started\s+(?:taking|on)|"
    r"was\s+taking|had\s+been\s+taking|ended\s+up\s+taking))\b",
    re.IGNORECASE,
)


def _someone_elses_drug_given_me(text: str, start: int, end: int) -> bool:
    """ "gave me my neighbor's prescription ... I took it": the relative owns the drug only."""
    if not _DRUG_AFTER.match(text[end:]):
        return False
    sentence_start = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".;!?\n") if i != -1]
    return bool(_GIVEN_TO_ME.search(text, sentence_start, min(ends, default=len(text))))


_GIVEN_NAME_AFTER = re.compile(r"^,?\s+[A-Z][a-z]+(?:,(?=\s))?(?=\s)")


def _role(text: str, start: int, end: int) -> str:
    clause_start = max(text.rfind(c, 0, start) for c in ".,;:!?()\n") + 1
    before = text[clause_start:start]
    after = text[end:]
    if text[start:end].lower().endswith(("'s", "’s")) or (
        text[start:end].lower().endswith("s") and _CARE_NOUNS.match(after)
    ):
        if _someone_elses_drug_given_me(text, start, end):
            return "scene"
        if _CARE_NOUNS.match(after):
            return "harmed"
        return "scene" if _SCENE_NOUNS.match(after) else "named"
    # "my brother Eli checked himself in", "my mom, Rosa, fell": the name said after the
    # relative word is skipped to reach what the story says of them.
    named = _GIVEN_NAME_AFTER.match(after)
    if named:
        after = after[named.end() :]
    if _HELPER_AFTER.match(after):
        return "helper"
    sentence_end = min(
        (i for i in (text.find(c, end) for c in ".;!?\n") if i != -1), default=len(text)
    )
    sentence_start = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    if BACKGROUND_SENTENCE.search(text, sentence_start, sentence_end):
        return "scene"
    if _HARMED_AFTER.match(after) or _BROUGHT_BEFORE.search(before):
        return "harmed"
    if _TIME_BEFORE.search(before):
        return "scene"
    return "named"


def relative_mentions(text: str) -> list[RelativeMention]:
    """Every "my/our <relative>" (and "my 7 year old", "my little girl") in order of telling."""
    spans: dict[int, tuple[str, int]] = {}

    def add(at: int, end: int, rel: str) -> None:
        # At one place the more telling word wins: "my 7yo daughter", "my baby girl".
        old = spans.get(at)
        if old is None or (old[0] == "child" and rel != "child"):
            spans[at] = (rel, max(end, old[1]) if old else end)
        else:
            spans[at] = (old[0], max(end, old[1]))

    for m in _MY_REL.finditer(text):
        rel = _WORD_TO_REL[m.group("rel").lower()]
        # "my newborn daughter", "our infant son": the second word tells more.
        more = _SON_DAUGHTER_NEXT.match(text, m.end()) if rel == "child" else None
        if more:
            add(m.start(), more.end(), more.group(1).lower())
        else:
            add(m.start(), m.end(), rel)
    for m in _MY_AGED.finditer(text):
        n = m.group("n")
        years = int(n) if n.isdigit() else _word_number(n)
        unit = (m.group("unit") or "y").lower()
        if years is not None and (unit.startswith(("m", "w", "d")) or years < 18):
            add(m.start(), m.end(), "child")
    for m in _MY_BOY_GIRL.finditer(text):
        add(m.start(), m.end(), "son" if m.group(1).lower() == "boy" else "daughter")
    mentions = [
        RelativeMention(rel, at, end, _role(text, at, end)) for at, (rel, end) in spans.items()
    ]
    for m in _BARE_REL.finditer(text):
        at = m.start("rel")
        if at not in spans and _HARMED_AFTER.match(text[m.end() :]):
            mentions.append(
                RelativeMention(_WORD_TO_REL[m.group("rel").lower()], at, m.end(), "harmed")
            )
    return sorted(mentions, key=lambda r: r.at)


def patients_relative(text: str) -> RelativeMention | None:
    """The relative the care and the harm happened to: the first one the story makes the
    subject of what happened; else the first merely named; else the first named to set the
    scene (the caller decides whether the visitor's own harm outweighs it). None when the
    only relatives named brought the visitor."""
    mentions = relative_mentions(text)
    for role in ("harmed", "named", "scene"):
        found = next((r for r in mentions if r.role == role), None)
        if found is not None:
            return found
    return None


_HE = re.compile(r"\b(?:he|him|his|he'?s)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|she'?s)\b", re.IGNORECASE)


def son_or_daughter(text: str, relationship: str | None, at: int | None = None) -> str | None:
    """A child told of as "she" or "he" in the rest of that sentence is a daughter or a son,
    the words used when the visitor says "my daughter"; "child" when it is not said.
    `at`: where the child is named (the first "my <relative>" when not given)."""
    if at is None:
        found = my_relative_match(text)
        at = found[1] if found else None
    if relationship != "child" or at is None:
        return relationship
    sentence = re.split(r"[.!?\n]", text[at:], maxsplit=1)[0]
    he, she = bool(_HE.search(sentence)), bool(_SHE.search(sentence))
    if he != she:
        return "son" if he else "daughter"
    return relationship


# --- A birth story: the baby harmed is the patient, not the mother named first. -------
# "My wife was in labor 20 hours ... our daughter was gone" is the daughter's story; "my
# wife bled out after delivery, the baby is fine" is the wife's. Who may be the mother:
MOTHERLY = frozenset({"wife", "partner", "spouse", "daughter", "sister"})
_LABOR = (
    r"(?:in(?:to)?\s+(?:active\s+|early\s+|pre-?term\s+|premature\s+)?labou?r|pregnant|"
    r"delivering|induced|giving\s+birth|having\s+(?:a|the|our|my|her)\s+(?:baby|c-?section))"
)
# Right after "my wife": "was in labor", "went into labor", "gave birth", "'s c-section".
_GIVING_BIRTH_AFTER = re.compile(
    rf"^(?:,\s*who)?\s+(?:\w+\s+){{0,2}}?(?:was|were|is|went|had\s+been|got|being)\s+"
    rf"(?:\w+\s+){{0,3}}?{_LABOR}|"
    r"^\s+(?:\w+\s+)?(?:gave\s+birth|delivered|labou?red|had\s+(?:a|an|the|her|our)\s+"
    r"(?:\w+\s+)?(?:c-?section|baby|delivery|labou?r))\b|"
    r"^(?:'?s)?\s+(?:\w+\s+)?(?:labou?r|delivery|pregnancy|c-?section|water\s+broke|induction)\b",
    re.IGNORECASE,
)
_I_GIVING_BIRTH = re.compile(
    rf"\bi\s+(?:was|went|had\s+been|got)\s+(?:\w+\s+){{0,3}}?{_LABOR}|"
    r"\bi\s+(?:gave\s+birth|delivered|labou?red)\b|\bmy\s+(?:labou?r|delivery|pregnancy|"
    r"water\s+broke|induction)\b|\bi\s+had\s+(?:a|an|my)\s+(?:\w+\s+)?(?:c-?section|baby|"
    r"delivery)\b",
    re.IGNORECASE,
)
_FILLER = (
    r"(?:(?:just|then|also|finally|sadly|eventually|ultimately|already|basically|literally|"
    r"actually|tragically|unfortunately|now|still|had|ended\s+up)\s+){0,2}"
)
_CHILD_NOUN = re.compile(
    r"\b(?:our|my|the|her|their)\s+(?:(?:new\s*born|baby|little|infant|unborn|precious|"
    r"only|sweet|tiny)\s+)?(?P<noun>boy|girl|baby|son|daughter|newborn|infant|little\s+one|"
    r"grandson|granddaughter|grandbaby|twins?|child)\b|"
    r"\bone\s+of\s+(?:them|(?:the|our|my|her)\s+(?:twins|babies))\b",
    re.IGNORECASE,
)
_CHILD_HARM_AFTER = re.compile(
    rf"^(?:'?s)?\s+{_FILLER}(?:"
    r"(?:was|were|is)\s+" + _FILLER + r"(?:gone|dead|stillborn|still\s*-?\s*born|"
    r"born\s+(?:not|blue|gr[ae]y|limp|dead|still|sleeping|without|with|unresponsive|lifeless|"
    r"brain|barely|silent|floppy)|delivered\s+(?:dead|still|stillborn|not|blue|limp|without|"
    r"lifeless)|deprived|injured|hurt|paralyz|paralys|brain[-\s]damaged|stuck|not\s+breathing|"
    r"lost|taken\s+to\s+the\s+nicu|in\s+the\s+nicu|rushed|intubated|resuscitated|blue|limp|"
    r"lifeless|unresponsive|diagnosed|never\s+born)|"
    r"died|passed|didn'?t\s+(?:make\s+it|survive|breathe|cry|live|wake|have\s+a\s+heartbeat)|"
    r"did\s+not\s+(?:make\s+it|survive|breathe|live)|never\s+(?:breathed|took|cried|woke|made|"
    r"came\s+home|opened|had\s+a\s+chance)|got\s+stuck|came\s+out\s+(?!fine|healthy|ok|okay|"
    r"perfect)\w+|suffered|lost\s+oxygen|stopped\s+breathing|needed\s+(?:to\s+be\s+)?"
    r"(?:resuscitat|cpr|revived|cooling|cooled|the\s+nicu)|went\s+to\s+the\s+nicu|"
    r"(?:has|had)\s+(?!(?:been\s+)?(?:fine|no\b|a\s+healthy|healthy|ok|okay|perfect|to\s+wait|"
    r"been\s+doing)|his\s+first|her\s+first)\w+|"
    r"heart\s*(?:rate|beat)?\s+(?:stopped|dropped|crashed|was\s+gone)|"
    # "our son is now 3 and has cerebral palsy"
    r"(?:is|was)\s+(?:now\s+)?\d{1,2}\s+(?:\w+\s+)?and\s+(?:has|had)\s+(?!(?:been\s+)?(?:fine|no\b))"
    r"\w+)",
    re.IGNORECASE,
)
_CHILD_FINE = re.compile(
    r"\b(?:baby|son|daughter|boy|girl|twins|newborn|infant)\s+(?:is|was|were|are|'s)\s+"
    r"(?:\w+\s+)?(?:fine|ok|okay|healthy|perfect|alive|unharmed|doing\s+(?:well|great|fine|"
    r"good|ok))\b",
    re.IGNORECASE,
)
# A baby told of only by a pronoun, in words that fit only a baby being born.
_PRONOUN_CHILD_HARM = re.compile(
    r"\b(?:broke|fractured|dislocated|injured|damaged|crushed)\s+(?P<p>his|her)\s+(?:\w+\s+)?"
    r"(?:collarbone|clavicle|arm|shoulder|skull|neck|nerves?|brachial|humerus|head)\b|"
    r"\bpull(?:ing|ed)\s+(?P<p2>him|her)\s+out\b|"
    r"\b(?P<p3>he|she)\s+(?:was\s+(?:still\s*-?\s*born|born\s+(?:dead|still|blue|gr[ae]y|limp|"
    r"not|without|lifeless|unresponsive|with\s+(?:brain|no|hie))|delivered\s+(?:stillborn|dead|"
    r"blue|limp|not))|(?:now\s+)?(?:has|had)\s+(?:\w+\s+)?(?:erb'?s|cerebral\s+palsy|hie|"
    r"brain\s+(?:damage|bleed|injury)|brachial|hypoxic|skull\s+fracture|nerve\s+damage|seizures|palsy)|never\s+(?:took\s+a\s+breath|breathed|cried))\b|"
    r"\b(?:still\s*-?\s*born|stillbirth|no\s+(?:fetal\s+)?heartbeat|born\s+(?:dead|still|"
    r"sleeping))\b",
    re.IGNORECASE,
)
_PREGNANT_WITH = re.compile(r"\bpregnant\s+with\s+(him|her)\b", re.IGNORECASE)
# The mother's own harm ("she bled out", "she's paralyzed", "they tore her", "my uterus
# ruptured"); {s}, {o}, {p}: her subject, object and possessive words.
_MOTHER_HARM = (
    r"\b{s}\s*(?:(?:\w+\s+){{0,2}}?(?:bled|hemorrhag\w*|haemorrhag\w*|died|passed\s+away|coded|"
    r"(?:had|suffered|developed|got)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:stroke|seizures?|heart\s+"
    r"attack|hemorrhage|hysterectomy|infection|sepsis|eclampsia|pre-?eclampsia|aneurysm|"
    r"embolism|cardiac\s+arrest|blood\s+clot|clot|rupture|fistula)|(?:almost|nearly)\s+died|"
    r"lost\s+(?:(?:so\s+much|a\s+lot\s+of|too\s+much|\w+\s+liters?\s+of)\s+)?blood|"
    r"lost\s+(?:the|our|my|her)\s+(?:baby|pregnancy|uterus)|needed\s+(?:\w+\s+){{0,2}}"
    r"(?:surger(?:y|ies)|transfusions?|hysterectomy)|can'?t\s+(?:walk|feel|have\s+"
    r"(?:kids|children)))|(?:is\s+|was\s+|'s\s+|'m\s+|am\s+)(?:now\s+)?(?:paralyz|paralys|"
    r"septic|brain[-\s]damaged|in\s+a\s+coma|dead|incontinent))|"
    r"\b(?:cut|nicked|perforated|punctured|tore|ruptured|damaged|burned|paralyzed|injured)\s+"
    r"{o}\b(?!\s+(?:baby|son|daughter|boy|girl))|"
    r"\bleft\s+(?:a|an|the)\s+(?:\w+\s+){{0,2}}(?:inside|in)\s+{o}\b|"
    r"\b{p}\s+(?:uterus|womb|bladder|bowel|cervix|spine|blood\s+pressure|placenta|incision|"
    r"stitches|ureter)\s+(?:\w+\s+){{0,2}}?(?:ruptured|tore|burst|opened|went\s+through|"
    r"(?:was|got)\s+(?:cut|nicked|torn|perforated|infected))|"
    r"\b(?:cut|nicked|perforated|punctured|tore|damaged|burned)\s+{p}\s+(?:\w+\s+)?(?:uterus|"
    r"womb|bladder|bowel|cervix|spine|ureter|intestines?|artery)\b"
)
_SHE_HARMED = re.compile(_MOTHER_HARM.format(s=r"she(?=\W)", o="her", p="her"), re.IGNORECASE)
_I_HARMED = re.compile(_MOTHER_HARM.format(s=r"i(?=\W)", o="me", p="my"), re.IGNORECASE)
_CHILD_WORD = {"boy": "son", "girl": "daughter", "son": "son", "daughter": "daughter"}
_GRAND = {"grandson", "granddaughter", "grandbaby"}


@dataclass(frozen=True)
class BirthVerdict:
    """Who a birth story is about: "child" (with the child's relationship to the visitor)
    or "mother"."""

    who: str
    relationship: str | None = None


def gives_birth(text: str, mother: RelativeMention | None) -> bool:
    """Whether the mother (`None`: the visitor) is told in labor, pregnant or delivering."""
    if mother is None:
        return bool(_I_GIVING_BIRTH.search(text))
    return mother.relationship in MOTHERLY and bool(_GIVING_BIRTH_AFTER.match(text[mother.end :]))


def _child_relationship(text: str, start: int, harm_at: int) -> str:
    """son / daughter / child (grandchild said so) for the baby, from the nouns and
    pronouns the story uses after the birth is told."""
    nouns = [m for m in _CHILD_NOUN.finditer(text, start) if m.group("noun")]
    said = {_CHILD_WORD.get(m.group("noun").lower().split()[-1]) for m in nouns} - {None}
    if any(m.group("noun").lower() in _GRAND for m in nouns):
        return "grandchild"
    if len(said) == 1:
        return said.pop()  # type: ignore[return-value]
    carried = _PREGNANT_WITH.search(text)
    if carried:
        return "son" if carried.group(1).lower() == "him" else "daughter"
    return son_or_daughter(text, "child", harm_at) or "child"


def _after_visitor(relationship: str, mother: str | None) -> str | None:
    """The baby's relationship to the visitor, from the mother's: a daughter's baby is a
    grandchild; a sister's a nephew or niece (None when neither is said)."""
    if mother == "daughter":
        return "grandchild"
    if mother == "sister":
        return {"son": "nephew", "daughter": "niece"}.get(relationship)
    return relationship


_MOTHER_ONLY = re.compile(
    r"\b(?:bled|hemorrhag|haemorrhag|hysterectomy|eclampsia|uterus|womb|cervix|placenta|"
    r"baby|pregnancy|blood|transfusions?|incontinent|kids|children|bladder|ureter|stitches|"
    r"incision|me|my|cut|tore|nicked|perforated|punctured|ruptured|left)\b",
    re.IGNORECASE,
)
_GIRL_OR_BABY = re.compile(
    r"\b(?:daughter|girl|baby|newborn|infant|little\s+one|granddaughter|grandbaby|child)\b",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|saying|told\s+(?:her|me|us|him)|assured\s+(?:her|me|us)|thought|"
    r"promised)\s+(?:that\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _hers(text: str, end: int, m: re.Match[str]) -> bool:
    """Whether "she died" is the mother's: a harm only a mother has ("she bled out", "they
    tore her"), or no girl or baby told of between the mother and this "she"."""
    return bool(_MOTHER_ONLY.search(m.group(0))) or not _GIRL_OR_BABY.search(text, end, m.start())


def _child_fine(text: str) -> bool:
    """Whether the baby is told fine ("the baby is fine"), not as they told it ("they told
    her the baby was fine")."""
    return any(not _TOLD_BEFORE.search(text, 0, m.start()) for m in _CHILD_FINE.finditer(text))


def birth_verdict(text: str, mother: RelativeMention | None) -> BirthVerdict | None:
    """In a story where the mother (`None`: the visitor) gives birth: the child when only
    the child is told harmed, the mother when only she is; None when both or neither."""
    if not gives_birth(text, mother):
        return None
    start = mother.at if mother is not None else 0
    harms = [
        m.start()
        for m in _CHILD_NOUN.finditer(text, start)
        if _CHILD_HARM_AFTER.match(text[m.end() :])
    ]
    pronoun = _PRONOUN_CHILD_HARM.search(text, start)
    if pronoun:
        harms.append(pronoun.start())
    child_harmed = bool(harms) and not _child_fine(text)
    if mother is None:
        mother_harmed = bool(_I_HARMED.search(text))
    else:
        after = text[mother.at :]
        own = _MOTHER_HARM.format(s=re.escape(text[mother.at : mother.end]), o="her", p="her")
        mother_harmed = bool(re.search(own, after, re.IGNORECASE)) or any(
            _hers(text, mother.end, m) for m in _SHE_HARMED.finditer(text, mother.end)
        )
    if child_harmed and not mother_harmed:
        rel = _child_relationship(text, start, min(harms))
        return BirthVerdict("child", _after_visitor(rel, mother and mother.relationship))
    if mother_harmed and not child_harmed:
        return BirthVerdict("mother", mother.relationship if mother else None)
    return None


def _my_relative(text: str) -> str | None:
    found = my_relative_match(text)
    return found[0] if found else None


def _named_relative(text: str) -> str | None:
    """A relationship word anywhere ("mom", "the patient was her brother")."""
    words = re.findall(r"[a-z\-]+", text.lower())
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in _WORD_TO_REL:
                return _WORD_TO_REL[phrase]
    return None


def relationship_in(text: str) -> str | None:
    """The first "my <relative>" (or "I'm her <role>") in the text, normalised."""
    found, rel = reversed_relationship(text)
    return rel if found else _my_relative(text)


def bare_relationship(text: str) -> str | None:
    """A relationship answer with or without "my" ("mom", "it's my son")."""
    found, rel = reversed_relationship(text)
    return rel if found else son_or_daughter(text, _my_relative(text)) or _named_relative(text)


@dataclass(frozen=True)
class PatientAnswer:
    is_self: bool | None
    relationship: str | None = None


# "Who else? Me.", "who do you think? me", "who else would it be? my dad": a question not
# asked of us, then the answer; what follows it is read.
_RHETORICAL_WHO = re.compile(
    r"^\W*(?:(?:well|um+|uh+|lol|haha|so|i\s+mean|like|ok(?:ay)?)\W+)*who\s+"
    r"(?:else(?:\s+(?:would|could)\s+it\s+(?:be|have\s+been))?|do\s+you\s+think(?:\s+it\s+"
    r"(?:was|is|would\s+be))?|d'?you\s+think|would\s+it\s+be|could\s+it\s+be)"
    r"(?:\s+(?:lol|haha))?\s*\?+\s*",
    re.IGNORECASE,
)
# "who else but me?": the answer in the question.
_WHO_BUT_ME = re.compile(r"^\W*who\s+(?:else\s+)?but\s+me\b", re.IGNORECASE)
# "me, the mom", "I was, I'm the mother", "it was me, the dad": the visitor, then who they
# are; not "me, his mom" (the patient's mother) nor "me, the mom of the baby".
_ME_THE_ROLE = re.compile(
    r"^\W*(?:me|i\s+was|it\s+was\s+me|it'?s\s+me|yes\s+me|myself)\s*[,.;:!\u2013\u2014-]*\s*"
    r"(?:(?:i'?m|i\s+am|i\s+was)\s+)?the\s+([a-z]+)\b(?!\s+(?:of|to|for)\b|'s)",
    re.IGNORECASE,
)


def after_rhetorical_who(text: str) -> str | None:
    """What follows a question not asked of us ("Who else? Me." -> "Me."), or None."""
    m = _RHETORICAL_WHO.match(text.replace("’", "'"))
    rest = text[m.end() :].strip() if m else ""
    return rest if re.search(r"[^\W\d_]", rest) else None


def parse_patient(text: str) -> PatientAnswer | None:
    """Answer to "Were you the patient, or someone else?"."""
    text = after_rhetorical_who(text) or text
    if _WHO_BUT_ME.match(text):
        return PatientAnswer(True)
    standing = no_standing_in(text)
    if standing:
        return PatientAnswer(False, standing)
    role = _ME_THE_ROLE.match(text.replace("’", "'"))
    if (
        role
        and (role.group(1).lower() in RELATIONSHIP_WORDS or role.group(1).lower() == "patient")
        and not relationship_in(text[role.end() :])  # "me, the dad. my son was hurt"
    ):
        return PatientAnswer(True)
    text = without_passing_mentions(text)
    found, rel = reversed_relationship(text)
    if not found:
        rel = _my_relative(text) or _named_relative(text)
    if found or rel:
        # "I'm her mom" is someone else even when the other side of the role has no word here.
        return PatientAnswer(False, rel if found else son_or_daughter(text, rel))
    if _SELF.search(text) or replies.is_yes(text) or _ME_LATER.search(text):
        return PatientAnswer(True)
    if replies.is_no(text) or re.search(r"\bsomeone\s+else\b|\bnot\s+me\b", text, re.IGNORECASE):
        return PatientAnswer(False)
    return None


@dataclass(frozen=True)
class AgeAnswer:
    age: int | None = None
    birth_date: date | None = None
    approximate: bool = False  # "around fifty", "mid-sixties", "70 or so"


_DECADES = {
    **{w.replace("ty", "ties").replace("ie", "ie"): n for w, n in TENS.items()},
    "teens": 10,
    **{f"{n}s": n for n in range(10, 100, 10)},
    **{f"{n}'s": n for n in range(10, 100, 10)},
}
# Spelled-out numbers and decades ("sixty", "seventies"): an age, never part of a name.
NUMBER_WORDS = frozenset({*UNITS, *TENS, *(w for w in _DECADES if w.isalpha())})
_NUMBER_WORD = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r"|a\s+hundred)"
)
_HEDGE = re.compile(
    r"\b(?:around|about|approximately|approx|roughly|maybe|probably|like|nearly|almost|"
    r"close\s+to|give\s+or\s+take|or\s+so|ish|something|i\s+think|i\s+believe|i\s+guess|"
    r"not\s+sure|somewhere)\b|-ish\b|\+",
    re.IGNORECASE,
)
_DECADE = re.compile(
    r"\b(?P<part>early|mid|middle|late)?[\s-]*(?P<decade>teens|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties|[1-9]0'?s)\b",
    re.IGNORECASE,
)
_WORD_AGE = re.compile(
    rf"\b(?P<n>{_NUMBER_WORD})(?P<half>\s+and\s+a\s+half)?\b(?!\s+(?:months?|weeks?|days?))",
    re.IGNORECASE,
)
_YEAR_AND_HALF = re.compile(r"\ba\s+year\s+and\s+a\s+half\b|\b(?:18|eighteen)\s+months\b", re.I)
_HEDGED_NUMBER = re.compile(
    r"\b(?:about|around|approximately|approx|roughly|like|nearly|almost|maybe|probably|"
    r"close\s+to|over|under)\s+(\d{1,3})\b(?!\s*(?:months?|weeks?|days?|%))|"
    r"\b(\d{1,3})\s*(?:or\s+so|-?ish|something|\+|give\s+or\s+take)",
    re.IGNORECASE,
)
_MONTHS_AGE = re.compile(r"\b(\d{2})\s*(?:-|\s)?\s*months?\b", re.IGNORECASE)
_APOS_AGE = re.compile(
    r"\b(?:he|she|they|i|it)(?:'s|'re|'m|\s+is|\s+am|\s+are|\s+was|\s+were)\s+"
    r"(?:now\s+|currently\s+|today\s+)?(\d{1,3})\b",
    re.I,
)


def _word_number(words: str) -> int | None:
    parts = re.split(r"[\s-]+", words.lower().strip())
    if parts == ["a", "hundred"]:
        return 100
    total = 0
    for part in parts:
        if part in TENS:
            total += TENS[part]
        elif part in UNITS:
            total += UNITS[part]
        else:
            return None
    return total


def _hedged_age(text: str) -> AgeAnswer | None:
    """Ages said in words or decades: "mid-sixties", "in his forties", "around fifty"."""
    hedged = bool(_HEDGE.search(text))
    m = _DECADE.search(text)
    if m:
        raw = m.group("decade").lower().replace("'", "")
        base = _DECADES.get(raw) or _DECADES.get(raw.replace("ties", "ty"))
        if base is None:
            return None
        part = (m.group("part") or "").lower()
        offset = {"early": 2, "mid": 5, "middle": 5, "late": 8}.get(part, 5)
        if base == 10:  # teens: 13–19
            offset = {"early": 4, "late": 7}.get(part, 5)
        return AgeAnswer(age=base + offset, approximate=True)
    if _YEAR_AND_HALF.search(text):
        return AgeAnswer(age=1, approximate=hedged)
    months = _MONTHS_AGE.search(text)
    if months and not _AGE.search(text.replace(months.group(0), "")):
        return AgeAnswer(age=int(months.group(1)) // 12, approximate=hedged)
    word_months = re.search(rf"\b({_NUMBER_WORD})\s+(?:months?|weeks?|days?)\b", text, re.I)
    if word_months:
        n = _word_number(word_months.group(1))
        if n is not None and n < 120:
            return AgeAnswer(
                age=0 if "month" not in word_months.group(0).lower() else n // 12,
                approximate=hedged,
            )
    m = _HEDGED_NUMBER.search(text)
    if m:
        age = int(m.group(1) or m.group(2))
        return AgeAnswer(age=age, approximate=True) if 0 <= age <= 120 else None
    m = _APOS_AGE.search(text)
    if m:
        age = int(m.group(1))
        return AgeAnswer(age=age, approximate=hedged) if 0 <= age <= 120 else None
    w = _WORD_AGE.search(text)
    if w:
        n = _word_number(w.group("n"))
        if n is not None and 0 <= n <= 120:
            return AgeAnswer(age=n, approximate=hedged)
    return None


def number_words_as_figures(text: str) -> str:
    """ "he was sixteen, he's seventeen now" -> "he was 16, he's 17 now": ages said in words
    written in figures, so the age at the time can be told from today's."""

    def figures(m: re.Match[str]) -> str:
        n = _word_number(m.group("n"))
        return str(n) if n is not None and 0 <= n <= 120 and not m.group("half") else m.group(0)

    return _WORD_AGE.sub(figures, text)


def age_words(text: str) -> bool:
    """Whether `text` states an age in words or decades ("around fifty", "mid-sixties")."""
    return _hedged_age(text.replace("’", "'")) is not None


_LOOSE_NUMBER = re.compile(
    r"(?<![\d/.:$])(\d{1,3})(?P<vague>\s*-?\s*(?:something|ish|odd)\b)?(?![\d/:%.]\d)"
)
# What may stand around a bare number for it to be an age ("im 29", "74 I think", "he'd be
# 80 by now"); anything else ("3 surgeries", "room 214") leaves the number unread.
_AGE_FILLER = frozenset(
    {
        "i", "im", "i'm", "am", "he", "she", "they", "he's", "she's", "hes", "shes", "they're",
        "theyre", "is", "was", "were", "be", "would", "he'd", "she'd", "it", "it's", "its", "now",
        "then", "back", "at", "the", "time", "when", "happened", "think", "guess", "believe",
        "maybe", "probably", "about", "around", "like", "roughly", "approx", "approximately",
        "or", "so",
        "give", "take", "just", "only", "turned", "turning", "age", "aged", "years", "year", "yrs",
        "yr", "old", "y", "o", "yo", "um", "uh", "hmm", "ok", "okay", "yeah", "yes", "well", "lol",
        "pretty", "sure", "not", "exactly", "by", "and", "a", "something", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    }
)  # fmt: skip


def _loose_age(text: str) -> AgeAnswer | None:
    """A bare number with only filler and hedges around it: "im 29", "70-something, 74 I
    think" (the exact number beats the vague one)."""
    found = list(_LOOSE_NUMBER.finditer(text))
    if not found:
        return None
    rest = _LOOSE_NUMBER.sub(" ", text).lower()
    if any(w not in _AGE_FILLER for w in re.findall(r"[a-z']+", rest)):
        return None
    exact = {int(m.group(1)) for m in found if not m.group("vague")}
    vague = {int(m.group(1)) for m in found if m.group("vague")}
    picks = exact or vague
    if len(picks) != 1:
        return None
    age = picks.pop()
    approximate = bool(vague) or bool(_HEDGE.search(text))
    return AgeAnswer(age=age, approximate=approximate) if 0 <= age <= 120 else None


# "90 or 91", "62-63", "7 or 8 years old": two neighbouring ages, the first kept as hedged.
_AGE_EITHER = re.compile(
    r"^\W*(?:(?:he|she|they|i)(?:'s|'m|\s+was|\s+is|\s+were)\s+)?(?:about\s+|around\s+|maybe\s+)?"
    r"(\d{1,3})\s*(?:or|-|to|\u2013)\s*(\d{1,3})\b(?!\s*(?:-?\s*(?:months?|mos?|weeks?|wks?|days?|"
    r"%|/)))",
    re.IGNORECASE,
)


# "She was born in 1935", "born back in '61" is not a year: a year of birth with no day.
_BORN_YEAR = re.compile(
    r"\bborn\s+(?:in|back\s+in|around|about|sometime\s+in)\s+(?:(?:the\s+)?\w+\s+(?:of\s+)?)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _age_from_birth_year(text: str, incident: str | None, today: date) -> AgeAnswer | None:
    """A year of birth alone gives the age within one year: hedged."""
    m = _BORN_YEAR.search(text)
    if m is None:
        return None
    at = DateSpec.from_slot(incident).earliest if incident and incident != UNKNOWN else today
    age = at.year - int(m.group(1))
    return AgeAnswer(age=age, approximate=True) if 0 <= age <= 120 else None


def parse_age(text: str, incident: str | None, today: date) -> AgeAnswer | None:
    """An age at the time ("6", "she was 82", "8 months", "mid-sixties") or a date of birth.

    A hedged age ("around fifty", "70 or so", "early 30s", "90 or 91") keeps its
    (first) number and is marked `approximate`.
    """
    text = text.replace("’", "'")
    infant = _NEWBORN.search(text) or _MONTHS_OLD.search(text) and not _AGE.search(text)
    if infant and not _MONTHS_AGE.search(text):
        return AgeAnswer(age=0)
    either = _AGE_EITHER.search(text)
    if either and 0 < int(either.group(2)) - int(either.group(1)) <= 2:
        return AgeAnswer(age=int(either.group(1)), approximate=True)
    hedged = _hedged_age(text)
    if hedged is not None and (hedged.approximate or not _AGE.search(text)):
        # "sixty-something, 63 I think": the number said beats the words around it.
        loose = _loose_age(text) if re.search(r"\d", text) else None
        return loose or hedged
    m = _AGE.search(text)
    if m:
        age = int(next(g for g in m.groups() if g))
        if not 0 <= age <= 120:
            return None
        return AgeAnswer(age=age, approximate=bool(_HEDGE.search(text)))
    if hedged is not None:
        return hedged
    if re.search(r"\b(19|20)\d\d\b", text) or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", text):
        try:
            when = parse_when(text, today)
        except DateParseError:
            when = None
        if when is None or when.precision != "day":
            return _age_from_birth_year(text, incident, today)
        born = when.earliest
        at = DateSpec.from_slot(incident).earliest if incident and incident != UNKNOWN else today
        age = relativedelta(at, born).years
        return AgeAnswer(age=age, birth_date=born) if 0 <= age <= 120 else None
    return _loose_age(text)


# "65 - he just went on Medicare", "72, she had just retired": an age, then a clause after a
# dash, comma, semicolon or colon that says no other number. Not "3 - weeks after ...".
_AGE_THEN_CLAUSE = re.compile(
    r"^\W*(?P<n>\d{1,3})\s*(?:[-\u2013\u2014,;:])\s*(?P<rest>[^\d]*[^\W\d_][^\d]*)$"
)
_UNIT_FIRST = re.compile(
    r"^\W*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|times|percent|%|am|pm|"
    r"o'?clock|in\s+the\s+(?:morning|evening|afternoon))\b",
    re.IGNORECASE,
)


def age_before_a_clause(text: str) -> AgeAnswer | None:
    """A number that opens the answer, with a clause after it that tells about the patient
    and holds no other number: the number is the age (hedged when the clause hedges)."""
    m = _AGE_THEN_CLAUSE.match(text.replace("’", "'"))
    if m is None or _UNIT_FIRST.match(m.group("rest")):
        return None
    age = int(m.group("n"))
    if not 0 <= age <= 120:
        return None
    return AgeAnswer(age=age, approximate=bool(_HEDGE.search(m.group("rest"))))
