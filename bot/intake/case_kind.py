"""The kind of case, asked of the visitor when the story does not tell it.

Most stories name what went wrong ("they left a sponge in me", "the pharmacy gave
her ten times the dose"), and the classifier files them. Some do not ("my surgeon
messed up", "they hurt my mom at that place"): filed by guess, such a lead reaches
no attorney who takes that kind of case. An intake specialist would simply ask
which of a few kinds comes closest, so the intake does that, once, with a
numbered list (`OPTIONS`, in the order the question lists them in both languages).

The answer may be a number, an ordinal, the list's words, a few words of story
("they gave her the wrong pills"), or "not sure"; English and Spanish are read
alike, since a visitor may answer the list in either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type, told_case_type
from bot.intake.es import care_words
from bot.intake.es import replies as replies_es
from bot.intake.es.replies import plain_words
from bot.intake.slot_names import UNKNOWN

# The question's numbered list, in order (config/domain/responses.yml and
# config/locales/es.yml list them so; tests/unit/intake/test_case_kind.py checks it).
OPTIONS: tuple[CaseType, ...] = (
    CaseType.MISDIAGNOSIS,
    CaseType.SURGICAL,
    CaseType.MEDICATION,
    CaseType.BIRTH_INJURY,
    CaseType.ANESTHESIA,
    CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    CaseType.INFORMED_CONSENT,
    CaseType.OTHER,
)
_VALUES = frozenset(c.value for c in CaseType)

_ORDINALS = (
    ("first", "1st", "primero", "primera", "primer"),
    ("second", "2nd", "segundo", "segunda"),
    ("third", "3rd", "tercero", "tercera", "tercer"),
    ("fourth", "4th", "cuarto", "cuarta"),
    ("fifth", "5th", "quinto", "quinta"),
    ("sixth", "6th", "sexto", "sexta"),
    ("seventh", "7th", "septimo", "septima"),
    ("eighth", "8th", "last", "octavo", "octava", "ultimo", "ultima"),
)
# "2", "#2", "number 2", "option 2)", "the 2nd one", "la segunda", "opcion 2", "2 - surgery"
_NUMBER = re.compile(
    r"^\W*(?:(?:it(?:'s| is| was)|that(?:'s| is| was)|i(?:'d| would) (?:say|pick|go with)|"
    r"i (?:think|guess|suppose)|(?:probably|maybe|prob|mostly|definitely)|es|era|fue|la|el|"
    r"creo que|yo diria|"
    r"the|number|num|no\.?|option|choice|opcion|numero)\W+){0,4}"
    r"#?\s*([1-8])(?!\d)\b(?:\W+(?:one|option|la|el|opcion))?",
)
_ORDINAL = re.compile(
    r"^\W*(?:(?:it(?:'s| is| was)|that(?:'s| is| was)|the|la|el|es|era|fue|probably|"
    r"maybe|creo que)\W+){0,3}(" + "|".join(w for ws in _ORDINALS for w in ws) + r")\b"
    r"(?:\W+(?:one|option|opcion|choice))?\W*$"
)
_ORDINAL_INDEX = {w: i for i, ws in enumerate(_ORDINALS) for w in ws}
# The list's own words, in English and (folded) Spanish: a visitor echoes the option.
_LIST_WORDS: tuple[tuple[CaseType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            CaseType.INFORMED_CONSENT,
            r"\b(?:(?:not|never|nobody|no one|didn'?t|did not)\b.{0,30}"
            r"\b(?:told|tell|explain\w*|warn\w*)\b.{0,20}\brisks?\b|consent|"
            r"no (?:me|nos|le|les) (?:explicaron|dijeron|avisaron)|consentimiento|riesgos?)\b",
        ),
        (
            CaseType.ANESTHESIA,
            r"\b(?:an(?:a|e)?sth?esi\w*|anestesi\w*|epidural|sedat\w*|"
            r"put (?:me|him|her|them) under)\b",
        ),
        (
            CaseType.BIRTH_INJURY,
            r"\b(?:birth|childbirth|deliver\w*|labou?r|pregnan\w*|"
            r"parto|embarazo|nacimiento|nacio|dar a luz|c-?section|cesarea)\b",
        ),
        (
            CaseType.MEDICATION,
            r"\b(?:medicine|medication|meds?|drugs?|prescri\w*|pills?|"
            r"doses?|dosage|pharmac\w*|medicamentos?|medicinas?|receta|pastillas?|dosis|"
            r"farmacia)\b",
        ),
        (
            CaseType.MISDIAGNOSIS,
            r"\b(?:diagnos\w*|misdiagnos\w*|missed|late|delayed|"
            r"diagnostico|no (?:lo|la|le) (?:vieron|detectaron|encontraron)|tarde)\b",
        ),
        (
            CaseType.SURGICAL,
            r"\b(?:surg\w*|operat\w*|procedure|cirugia|operacion|opera\w*|"
            r"procedimiento)\b",
        ),
        (
            CaseType.NURSING_HOSPITAL_NEGLIGENCE,
            r"\b(?:neglect\w*|nurs\w*|staff|bed ?sores?|"
            r"pressure (?:sores?|ulcers?)|falls?|fell|ignored|descuido|enfermer\w*|personal|"
            r"ulceras?|caida|se cayo|asilo|casa de reposo)\b",
        ),
        (
            CaseType.OTHER,
            r"\b(?:something else|other|none of (?:those|these|them)|neither|"
            r"otra cosa|otro|otra|ninguna?)\b",
        ),
    )
)


@lru_cache(maxsize=512)
def needs_asking(story: str) -> bool:
    """The story (with the provider answer) names no kind of case the classifier can file.

    The form asks this on every turn (twice: Rasa's required slots, then ours) while the
    story stays the same, and the classifier takes milliseconds on a long story: remembered
    per story text, since the answer depends on the text alone."""
    return told_case_type(story) is None


def read(text: str) -> CaseType | str | None:
    """The kind picked: a CaseType, UNKNOWN for "not sure", None when the words say neither."""
    said = plain_words(text)
    if not said:
        return None
    number = _NUMBER.match(said)
    if number:
        return OPTIONS[int(number.group(1)) - 1]
    ordinal = _ORDINAL.match(said)
    if ordinal:
        return OPTIONS[_ORDINAL_INDEX[ordinal.group(1)]]
    told = told_case_type(care_words.to_english(said))
    if told is not None:  # a few words of story: "they gave her the wrong pills"
        return told
    for kind, words in _LIST_WORDS:
        if words.search(said):
            return kind
    if replies_es.is_dont_know(text):  # both languages' "not sure"
        return UNKNOWN
    return None


def case_type_of(story: str, answers: Mapping[str, object]) -> CaseType | None:
    """The lead's case type: the visitor's own pick, else what the story tells, else the
    classifier's fallback ("other" for a story about care, None otherwise).

    The pick is asked only when the story told no kind; words added later (the provider
    answer, a correction) may make the classifier guess one, but the visitor's choice
    from the list is better evidence than a guess from context words."""
    picked = answers.get("case_kind")
    if isinstance(picked, str) and picked in _VALUES:
        return CaseType(picked)
    return told_case_type(story) or classify_case_type(story)
