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
from bot.intake.dates import DateParseError, decode, parse_when

RELATIONSHIPS = {
    "mother": ("mom", "mother", "mum", "mommy", "momma", "mama", "ma"),
    "father": ("dad", "father", "daddy", "pops", "papa"),
    "son": ("son",),
    "daughter": ("daughter",),
    "child": ("child", "kid", "baby", "infant", "newborn", "little one", "toddler"),
    "husband": ("husband", "hubby"),
    "wife": ("wife",),
    "spouse": ("spouse",),
    "partner": ("partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee"),
    "brother": ("brother", "bro"),
    "sister": ("sister", "sis"),
    "grandmother": ("grandmother", "grandma", "granny", "nana", "gran"),
    "grandfather": ("grandfather", "grandpa", "granddad", "grandad"),
    "grandchild": ("grandson", "granddaughter", "grandchild", "grandbaby"),
    "aunt": ("aunt", "auntie"),
    "uncle": ("uncle",),
    "cousin": ("cousin",),
    "niece": ("niece",),
    "nephew": ("nephew",),
    "friend": ("friend",),
    "parent": ("parent",),
    "sibling": ("sibling",),
    "stepmother": ("stepmom", "stepmother"),
    "stepfather": ("stepdad", "stepfather"),
    "mother-in-law": ("mother-in-law", "mother in law"),
    "father-in-law": ("father-in-law", "father in law"),
}
_WORD_TO_REL = {w: rel for rel, words in RELATIONSHIPS.items() for w in words}
_REL_PATTERN = "|".join(sorted((re.escape(w) for w in _WORD_TO_REL), key=len, reverse=True))
_MY_REL = re.compile(
    rf"\b(?:my|our)\s+(?:\w+[- ]year[- ]old\s+|late\s+|little\s+|elderly\s+)?"
    rf"({_REL_PATTERN})(?:'s)?\b",
    re.IGNORECASE,
)
_SELF = re.compile(
    r"^\s*(me|myself|i\s+was|i\s+am|it\s+was\s+me|i\s+was\s+the\s+patient|me\s+personally|"
    r"yes|yeah|yep|yes\s+i\s+was|i\s+did|mine|self)\b",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b(\d{1,3})\s*(?:-|\s)?\s*(?:years?|yrs?|y/?o)\b(?:[- ]old)?|"
    r"\b(?:was|is|aged?|age)\s+(\d{1,3})\b|"
    r"^\s*(\d{1,3})\s*$",
    re.IGNORECASE,
)
_MONTHS_OLD = re.compile(
    r"\b(\d{1,2})\s*(?:-|\s)?\s*(?:months?|mos?|weeks?|wks?|days?)\b", re.IGNORECASE
)
_NEWBORN = re.compile(
    r"\b(newborn|new\s*born|infant|at\s+birth|during\s+(?:the\s+)?(?:delivery|birth|labor)|"
    r"being\s+born|was\s+born|c-?section)\b",
    re.IGNORECASE,
)


# "I'm her mom": the visitor names their own role, so the patient is the other side
# of it, read from the pronoun (his → male, her → female, their → either).
_I_AM_THEIR = re.compile(
    rf"\b(?:i'?m|i\s+am|im)\s+(his|her|their|the\s+patient'?s)\s+({_REL_PATTERN})\b",
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
}


def reversed_relationship(text: str) -> tuple[bool, str | None]:
    """(found, the patient's relationship to the visitor) for "I'm her mom"-style answers."""
    m = _I_AM_THEIR.search(text)
    if not m:
        return False, None
    role = _WORD_TO_REL[m.group(2).lower()]
    his, her, their = _OTHER_SIDE.get(role, (None, None, None))
    pronoun = m.group(1).lower()
    return True, his if pronoun == "his" else her if pronoun == "her" else their


def _my_relative(text: str) -> str | None:
    m = _MY_REL.search(text)
    return _WORD_TO_REL[m.group(1).lower()] if m else None


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
    return rel if found else _my_relative(text) or _named_relative(text)


@dataclass(frozen=True)
class PatientAnswer:
    is_self: bool | None
    relationship: str | None = None


def parse_patient(text: str) -> PatientAnswer | None:
    """Answer to "Were you the patient, or someone else?"."""
    found, rel = reversed_relationship(text)
    if not found:
        rel = _my_relative(text) or _named_relative(text)
    if found or rel:
        # "I'm her mom" is someone else even when the other side of the role has no word here.
        return PatientAnswer(False, rel)
    if _SELF.search(text) or replies.is_yes(text):
        return PatientAnswer(True)
    if replies.is_no(text) or re.search(r"\bsomeone\s+else\b|\bnot\s+me\b", text, re.IGNORECASE):
        return PatientAnswer(False)
    return None


@dataclass(frozen=True)
class AgeAnswer:
    age: int | None = None
    birth_date: date | None = None


def parse_age(text: str, incident: str | None, today: date) -> AgeAnswer | None:
    """An age at the time ("6", "she was 82", "8 months") or a date of birth."""
    if _NEWBORN.search(text) or _MONTHS_OLD.search(text) and not _AGE.search(text):
        return AgeAnswer(age=0)
    m = _AGE.search(text)
    if m:
        age = int(next(g for g in m.groups() if g))
        return AgeAnswer(age=age) if 0 <= age <= 120 else None
    if re.search(r"\b(19|20)\d\d\b", text) or re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", text):
        try:
            when = parse_when(text, today)
        except DateParseError:
            return None
        if when.precision != "day":
            return None
        born = when.earliest
        at = decode(incident).earliest if incident and incident != "unknown" else today
        age = relativedelta(at, born).years
        return AgeAnswer(age=age, birth_date=born) if 0 <= age <= 120 else None
    return None
