"""Was the care given by a government facility? Read from the story, or from the answer.

A VA, military or Indian Health Service facility, or a federally funded community
health center, is sued only under the Federal Tort Claims Act, whose two-year
administrative claim runs beside the state deadline; a county, city or state
hospital often needs a notice of claim within months. The law engine takes this
as `Facts.government` ("federal", "state", "local", "public" or None).

The intake asks "Was the care at a VA, military or other government-run hospital
or clinic, or a community health center?" only when the story does not already
say. So the story reader answers only when the words are clear, and keeps a
false "yes" out: "Richmond, VA" is a place, "an Army veteran" is a patient,
"the VA paid for it" is a payer, "Salvation Army clinic" and "Veterans Memorial
Hospital" are not federal. Conflicting cues (a VA and a private hospital in the
same story) are left for the question.

Pure Python: no Rasa, web or database imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Kind = Literal["federal", "state", "local", "public", "private", "unknown"]
GovernmentFact = Literal["federal", "state", "local", "public"]

_FACILITY = (
    r"(?:hospitals?|med(?:ical)?\s+cent(?:er|re)s?|med\s+ctr|clinics?|health\s*care|"
    r"health\s+(?:care\s+)?(?:system|cent(?:er|re)|clinic)|emergency\s+room|er\b|e\.r\.|"
    r"urgent\s+care|doctors?|docs?|physicians?|surgeons?|nurses?|facility|cboc|"
    r"outpatient|ward|infirmary|hospice|nursing\s+home|community\s+living\s+cent(?:er|re))"
)

# --- federal --------------------------------------------------------------------------
_VA_NAMED = re.compile(
    r"\b(?:veterans?'?\s+affairs|veterans?'?\s+administration|"
    r"veterans?'?\s+(?:hospital|medical\s+cent(?:er|re)|clinic|health\s*care|home)|"
    r"vamc|v\.a\.(?=\W|$)|va\s*(?:hospital|medical|med\b|clinic|health|healthcare|er\b|"
    r"emergency|doctors?|docs?|physicians?|surgeons?|nurses?|facility|outpatient|cboc|"
    r"nursing\s+home|community\s+living))",
    re.IGNORECASE,
)
# "the VA", "at VA", "to the VA": the article or preposition makes it an institution.
_VA_ARTICLE = re.compile(
    r"\b(?:[Tt]he|[Aa]t|[Aa]t\s+the)\s+(?:local\s+)?VA\b(?!\s*,?\s*\d{5})(?!\s+Beach)"
)
_VA_ARTICLE_LOWER = re.compile(r"\b(?:the|at)\s+va\b(?!\s*,?\s*\d{5})(?!\s+beach)", re.I)
# "Bay Pines VA", "Hines VA": a proper name right before an upper-case VA, not after a
# comma ("Richmond, VA") and not after "in"/"near" ("lives in Norfolk VA").
_VA_AFTER_NAME = re.compile(
    r"(?<![,\w])(?<!\bin\s)(?<!\bnear\s)(?<!\bof\s)"
    r"((?:[A-Z][a-z]+\.?\s+){1,3})VA\b(?!\s*,?\s*\d{5})"
)
_PLACE_WORDS = re.compile(r"\b(?:in|near|outside|around|from|of|live|lives|living|moved)\s+$")

_MILITARY = re.compile(
    r"\b(?:(?:military|army|navy|naval|air\s+force|marine\s+corps|coast\s+guard)\s+"
    r"(?:base\s+)?(?:community\s+)?(?:hospital|medical\s+cent(?:er|re)|health\s+clinic|clinic|"
    r"treatment\s+facility|doctors?|infirmary)|"
    r"(?:on|the)\s+(?:military\s+|army\s+|navy\s+|air\s+force\s+)?base\s+(?:hospital|clinic)|"
    r"walter\s+reed|brooke\s+army|bamc\b|madigan|tripler|landstuhl|womack|"
    r"military\s+treatment\s+facility|\bmtf\b)",
    re.IGNORECASE,
)
_IHS = re.compile(
    r"\b(?:indian\s+health\s+services?|tribal\s+(?:health\s+)?(?:clinic|hospital|"
    r"health\s+cent(?:er|re)|health\s+(?:program|facility))|IHS\b|i\.h\.s\.)",
    re.IGNORECASE,
)
_CHC = re.compile(
    r"\b(?:community\s+health\s+(?:cent(?:er|re)|clinic)s?|federally\s+(?:qualified|funded)\s+"
    r"health\s+(?:cent(?:er|re)|clinic)s?|fqhcs?\b|migrant\s+health\s+cent(?:er|re)|"
    r"health\s+care\s+for\s+the\s+homeless)",
    re.IGNORECASE,
)
_FEDERAL_OTHER = re.compile(
    r"\b(?:federal\s+(?:government\s+)?(?:hospital|clinic|medical\s+cent(?:er|re)|facility|"
    r"prison|detention)|(?:run|operated|owned)\s+by\s+the\s+federal\s+government|"
    r"nih\s+clinical\s+cent(?:er|re)|bureau\s+of\s+prisons)",
    re.IGNORECASE,
)

# --- state and local ------------------------------------------------------------------
_STATE = re.compile(
    r"\b(?:state\s+(?:run\s+|owned\s+|operated\s+)?(?:psychiatric\s+|mental\s+)?"
    r"(?:hospital|medical\s+cent(?:er|re)|clinic|prison|facility|institution)|"
    r"state[-\s](?:run|owned|operated)|(?:run|operated|owned)\s+by\s+the\s+state|"
    r"veterans?\s+home\s+run\s+by\s+the\s+state)",
    re.IGNORECASE,
)
_LOCAL = re.compile(
    r"\b(?:(?:the|a|our|their|my|this)\s+(?:county|city|municipal|parish|borough)\s+"
    r"(?:general\s+)?(?:hospital|medical\s+cent(?:er|re)|clinic|health\s+(?:department|clinic|"
    r"cent(?:er|re))|jail|emergency\s+room)|"
    r"(?:county|city|municipal|district)\s+(?:general\s+)?hospitals?\s+(?:system|district)|"
    r"(?:county|city)[-\s](?:run|owned|operated)|(?:run|operated|owned)\s+by\s+the\s+"
    r"(?:county|city|town|hospital\s+district)|hospital\s+district|hospital\s+authority|"
    r"health\s*\+\s*hospitals|h\+h\b|(?:county|city)\s+health\s+department|"
    r"bellevue\s+hospital|kings\s+county\s+hospital|elmhurst\s+hospital|stroger|"
    r"cook\s+county\s+(?:hospital|health)|parkland\s+(?:hospital|memorial)|grady\s+(?:hospital|"
    r"memorial)|jackson\s+memorial|harborview|denver\s+health|ben\s+taub|lac\s*\+\s*usc|"
    r"harris\s+health)",
    re.IGNORECASE,
)
# A county's own hospital by name: "Kern County Hospital", "Cooper County Memorial
# Hospital" (capitalised: a name, not "an Orange County hospital", a place).
_LOCAL_NAMED = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){1,3}(?:County|Parish)\s+(?:General\s+|Memorial\s+|Regional\s+)?"
    r"(?:Hospital|Medical\s+Cent(?:er|re)|Health\s+(?:System|Department))"
)
_PUBLIC = re.compile(
    r"\b(?:public\s+(?:hospital|clinic|medical\s+cent(?:er|re)|health\s+(?:clinic|department))|"
    r"government[-\s](?:run|owned|operated)|(?:run|operated|owned)\s+by\s+the\s+government|"
    r"government\s+(?:hospital|clinic|facility|doctors?))",
    re.IGNORECASE,
)

# --- private --------------------------------------------------------------------------
_PRIVATE = re.compile(
    r"\b(?:(?:hospital|clinic|practice|doctor|office|surgeon|place)\s+(?:was|is)\s+"
    r"(?:a\s+)?private\b|"
    r"private\s+(?:hospital|clinic|practice|doctor|physician|surgeon|"
    r"medical\s+(?:group|practice|cent(?:er|re))|facility|office)|privately\s+(?:owned|run)|"
    r"non[-\s]?va\b|kaiser|mayo\s+clinic|cleveland\s+clinic|"
    r"cedars[-\s]sinai|mount\s+sinai|mt\.?\s+sinai|nyu\s+langone|northwell|adventhealth|"
    r"advocate\s+(?:health|\w+\s+hospital)|ascension\s+(?:health|st\b|saint|\w+\s+hospital)|"
    r"(?:baptist|methodist|presbyterian|mercy|good\s+samaritan|adventist)\s+"
    r"(?:hospital|health|medical|regional)|sutter\s+(?:health|medical|\w+\s+hospital)|"
    r"providence\s+(?:hospital|health|medical)|christus|memorial\s+hermann|"
    r"banner\s+(?:health|\w+\s+medical)|intermountain\s+(?:health|medical|hospital)|"
    r"atrium\s+health|novant|sentara|beaumont\s+(?:hospital|health)|corewell|"
    r"piedmont\s+(?:hospital|health)|johns\s+hopkins|mass(?:achusetts)?\s+general|"
    r"brigham\s+and\s+women|upmc|geisinger|hca\b|dignity\s+health|scripps|hoag|hackensack|"
    r"rwjbarnabas|bon\s+secours)",
    re.IGNORECASE,
)
# "St. Luke's", "Saint Francis Hospital": church-named hospitals are private; "St. Louis"
# and "St. Cloud VA" are not hospital names.
_PRIVATE_SAINT = re.compile(
    r"\b(?:St\.?|Saint|ST\.?|st\.?)\s+[A-Za-z]+(?:'s\b|s'|\s+(?:(?!VA\b|va\b)[A-Za-z']+\s+)?"
    r"(?:[Hh]ospital|[Mm]edical|[Hh]ealth|[Rr]egional|[Cc]hildren'?s))"
)

# Kinds of care that are private nearly always, but that a county or federal service can run
# too (a county dental clinic, a community health center's pharmacy, a VA surgery center):
# "private" only when nothing in the story points to a government, so they never outweigh
# one. A retail pharmacy, a dental, chiropractic or cosmetic practice, a doctors' group or
# surgery centre by its name, a nursing home by its usual names, a church-named hospital.
_PRIVATE_PRACTICE = re.compile(
    r"\b(?:cvs|walgreens|rite\s*-?\s*aid|duane\s+reade|(?:walmart|wal-mart|costco|kroger|publix|"
    r"safeway|meijer|target|h-?e-?b)\s+(?:pharmacy|rx)|pharmacy|pharmacist|drug\s*store|"
    r"\w+\s+drugs?\b(?=\s+(?:on|in|at|store|pharmacy|$))|"
    r"dent(?:al|ist|istry)|orthodont\w*|oral\s+surg\w*|endodont\w*|periodont\w*|"
    r"chiropract\w*|med\s*-?\s*spa|medical\s+spa|plastic\s+surg\w*|cosmetic\s+surg\w*|"
    r"optometr\w*|lasik|physical\s+therapy|\bpt\s+(?:clinic|place|office)|"
    r"(?:associates|partners|medical\s+group|physicians\s+group|family\s+(?:practice|medicine)|"
    r"pediatrics|orthopa?edics|ob\s*-?\s*gyn|women'?s\s+health|dermatology|gastroenterology|"
    r"surgery\s+(?:center|centre)|surgical\s+(?:center|centre)|imaging|endoscopy\s+(?:center|"
    r"centre))\b|"
    r"(?:care\s+center|nursing\s+(?:and|&)\s+rehab\w*|rehabilitation\s+center|assisted\s+living|"
    r"senior\s+living|memory\s+care|manor|home\s+health)\b|"
    r"(?<!\bthe\s)(?<!\bof\s)\b(?:mercy|baptist|methodist|presbyterian|lutheran|adventist|"
    r"good\s+samaritan)\b(?!\s+of\b)|"
    r"\b(?:St\.?|Saint|ST\.?|st\.?)\s+(?:Agnes|Anne|Anthony|Barnabas|Bernard|Catherine|Clare|"
    r"Elizabeth|Francis|Jude|Luke|Margaret|Mary|Michael|Rose|Theresa|Vincent|Alexius|Dominic|"
    r"Josephs?|Joseph's)\b(?!\s*,?\s*(?:mo|missouri|mi|michigan)\b))",
    re.IGNORECASE,
)

# Any word that may make a practice a public one ("Cook County dental clinic", "the state
# university's pharmacy"): then a practice alone says nothing, and the question is asked.
_PUBLIC_HINT = re.compile(
    r"\b(?:county|city|state|municipal|public|district|parish|university|college|school|"
    r"jail|prison|detention|correction\w*|inmate|tribal|reservation|veteran\w*|va|military|"
    r"army|navy|air\s+force|federal|government|medicaid\s+clinic|community\s+health)\b",
    re.IGNORECASE,
)

# Cues that look like a government facility but are not one.
_NOT_FACILITY = re.compile(
    r"\b(?:salvation\s+army|veterans?\s+memorial|army\s+of|navy\s+federal|"
    r"penn\s+state\s+(?:health|hershey|hospital|medical))",
    re.IGNORECASE,
)
# The VA (or TRICARE) as payer or referrer: care was elsewhere.
_VA_PAYER = re.compile(
    r"\b(?:(?:the\s+)?va\s+(?:paid|pays|covered|covers|approved|referred|sent|authori[sz]ed|"
    r"benefits?|insurance|coverage|community\s+care|choice|disability|rating|claim)|"
    r"(?:through|via|thru|under)\s+(?:the\s+)?va(?:'s)?\s+(?:community\s+care|choice|"
    r"program|benefits?|insurance)|(?:paid|covered|approved|referred)\s+(?:for\s+)?"
    r"by\s+the\s+va|community\s+care\s+(?:program|network|provider))",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?:\bnot|\bnever|n't|\bno|\bnor|\bneither)\s+(?:(?:a|an|the|at|to|in|from|go|going|"
    r"went|been|even|really|actually|seen|treated|care|through|by|of|one|it)\s+){0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FacilityReading:
    """Who ran the facility, as far as the words say.

    kind: federal (VA, military, IHS or tribal, community health center), state,
    local (county, city, district), public (government, level not said), private,
    or unknown. `level_known` is False for a bare "yes" to the question: a
    government facility, but whether federal (FTCA) or state/local is not said.
    `understood` is False when an answer could not be read at all (ask again);
    "I don't know" is understood, with kind unknown.
    """

    kind: Kind
    evidence: str = ""
    level_known: bool = True
    understood: bool = True

    @property
    def government(self) -> GovernmentFact | None:
        """The value for bot.law.model.Facts.government (None: private or unknown)."""
        if self.kind in ("federal", "state", "local", "public"):
            return self.kind  # type: ignore[return-value]
        return None

    @property
    def is_clear(self) -> bool:
        """True when there is no need to ask the government-facility question."""
        return self.kind != "unknown"


UNKNOWN = FacilityReading("unknown", understood=False)


def _clean(text: str) -> str:
    return " ".join((text or "").replace("’", "'").split())


def _negated(text: str, start: int) -> bool:
    """A cue right after "not", "wasn't", "never", "no" in the same clause, or "non-"."""
    before = text[max(0, start - 40) : start]
    clause = re.split(r"[,.;:!?]|\bbut\b|\bit\s+was\b|\binstead\b", before)[-1]
    if re.search(r"non[-\s]?$", before, re.IGNORECASE):
        return True
    return bool(_NEGATION.search(clause))


def _spans_outside(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `pattern` that are not inside a not-a-facility or payer phrase."""
    blocked = [m.span() for m in _NOT_FACILITY.finditer(text)]
    blocked += [m.span() for m in _VA_PAYER.finditer(text)]
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(b0 <= start < b1 or b0 < end <= b1 for b0, b1 in blocked):
            continue
        found.append(match)
    return found


def _va_matches(text: str) -> list[re.Match[str]]:
    found = _spans_outside(text, _VA_NAMED)
    found += _spans_outside(text, _VA_ARTICLE)
    found += _spans_outside(text, _VA_ARTICLE_LOWER)
    for match in _spans_outside(text, _VA_AFTER_NAME):
        if _PLACE_WORDS.search(text[: match.start()]):
            continue  # "we live in Norfolk VA"
        found.append(match)
    return found


def _cues(text: str) -> dict[str, list[str]]:
    """Every unnegated cue in `text`, by the kind it points to."""
    groups: list[tuple[Kind, list[re.Match[str]]]] = [
        ("federal", _va_matches(text)),
        ("federal", _spans_outside(text, _MILITARY)),
        ("federal", _spans_outside(text, _IHS)),
        ("federal", _spans_outside(text, _CHC)),
        ("federal", _spans_outside(text, _FEDERAL_OTHER)),
        ("state", _spans_outside(text, _STATE)),
        ("local", _spans_outside(text, _LOCAL) + _spans_outside(text, _LOCAL_NAMED)),
        ("public", _spans_outside(text, _PUBLIC)),
        ("private", _spans_outside(text, _PRIVATE) + _spans_outside(text, _PRIVATE_SAINT)),
        ("practice", [] if _PUBLIC_HINT.search(text) else _spans_outside(text, _PRIVATE_PRACTICE)),
    ]
    cues: dict[str, list[str]] = {}
    for kind, matches in groups:
        for match in matches:
            if kind != "private" and _negated(text, match.start()):
                continue
            cues.setdefault(kind, []).append(match.group(0).strip())
    payer = [m.group(0) for m in _VA_PAYER.finditer(text)]
    if payer and "private" not in cues and not cues.keys() & {"federal", "state", "local"}:
        # "the VA paid for it" with no facility named: the care was not at the VA, but
        # where it was is not said either.
        cues.setdefault("payer", []).append(payer[0])
    return cues


def _decide(cues: dict[str, list[str]]) -> FacilityReading:
    government = [k for k in ("federal", "state", "local", "public") if k in cues]
    if "private" in cues and government:
        return FacilityReading("unknown", evidence="; ".join(sum(cues.values(), [])))
    if len(set(government) - {"public"}) > 1:
        return FacilityReading("unknown", evidence="; ".join(sum(cues.values(), [])))
    specific = [k for k in government if k != "public"]
    if specific:
        kind = specific[0]
        return FacilityReading(kind, evidence=cues[kind][0])  # type: ignore[arg-type]
    if "public" in cues:
        return FacilityReading("public", evidence=cues["public"][0], level_known=False)
    if "private" in cues:
        return FacilityReading("private", evidence=cues["private"][0])
    if "practice" in cues and "payer" not in cues:
        # A pharmacy, a dental practice, a surgery centre...: private, with nothing else said.
        return FacilityReading("private", evidence=cues["practice"][0])
    return FacilityReading("unknown", understood=bool(cues))


# The form asks this about the same story and provider several times a turn (each
# required_slots), about 1 ms each on a long story; the reading depends on the text alone.
@lru_cache(maxsize=1024)
def facility_from_story(text: str) -> FacilityReading:
    """Who ran the facility, when the story says so clearly; else kind "unknown".

    Only a clear reading counts ("the Bay Pines VA", "Cook County hospital",
    "St. Luke's"); a government and a private facility in one story, or a
    federal and a county one, stay unknown so the question is asked.
    """
    cleaned = _clean(text)
    if not cleaned:
        return FacilityReading("unknown")
    reading = _decide(_cues(cleaned))
    return reading if reading.kind != "unknown" else FacilityReading("unknown", reading.evidence)


_YES = re.compile(
    r"^(?:yes+|yeah|yea|yep|yup|ya|y|sure|correct|right|affirmative|it\s+was|it\s+is|"
    r"i\s+(?:think|believe)\s+so|probably|pretty\s+sure|definitely|absolutely|uh[-\s]?huh)\b",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^(?:no+|nope|nah|na|n|not\s+(?:at\s+all|really|that\s+i\s+know)|neither|none|negative|"
    r"i\s+don'?t\s+think\s+so|it\s+was(?:n'?t|\s+not))\b|"
    r"\b(?:none\s+of\s+(?:those|them|the\s+above)|private(?:ly)?|regular\s+(?:hospital|clinic|"
    r"doctor)|normal\s+(?:hospital|clinic|doctor)|(?:my\s+)?(?:own|family)\s+doctor'?s?\s+office)\b",
    re.IGNORECASE,
)
_DONT_KNOW = re.compile(
    r"\b(?:(?:i\s+)?(?:do\s*n'?t|dont|do\s+not)\s+know|not\s+sure|unsure|no\s+idea|idk|"
    r"no\s+clue|can'?t\s+(?:remember|recall|say)|don'?t\s+remember|maybe|perhaps|"
    r"possibly|who\s+knows|not\s+certain|dunno)\b",
    re.IGNORECASE,
)


# Short answers name the kind without a facility word: "VA", "military", "county".
# "in the city", "the state of Ohio", "an Army veteran" name a place or a person, not who ran
# the facility, so they are left out.
_NOT_A_PLACE = r"(?<!\bin )(?<!\bin the )(?<!\bfrom )(?<!\bfrom the )(?<!\bacross the )"
_ANSWER_WORDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "federal",
        re.compile(
            r"\b(?:va|v\.a\.|vamc|military|army|navy|naval|air\s+force|marines?|on\s+base|"
            r"ihs|tribal|federal(?:ly)?|fqhc)\b(?!\s+(?:veteran|vet|retiree|spouse|wife|husband|"
            r"son|daughter|family|brat|insurance|benefits?|tricare)\b)",
            re.I,
        ),
    ),
    (
        "local",
        re.compile(
            _NOT_A_PLACE + r"\b(?:county|city|municipal|parish|local\s+government)\b"
            r"(?!\s+of\b)(?!\s+(?:limits|line|center|centre|bus|street|water)\b)",
            re.I,
        ),
    ),
    (
        "state",
        re.compile(
            _NOT_A_PLACE + r"\bstate(?:[-\s](?:run|owned))?\b(?!\s+of\b)(?!\s+line\b)",
            re.I,
        ),
    ),
    ("public", re.compile(r"(?<!\bin )\b(?:public|government(?:[-\s]run)?)\b", re.I)),
)
_STATE_ABBREVIATION = re.compile(r"[A-Za-z]+,\s*VA\b|\bVA\s+\d{5}")


def _answer_word(text: str) -> FacilityReading | None:
    """A kind named by one word in an answer, when only one kind is named."""
    if _NOT_FACILITY.search(text) or _STATE_ABBREVIATION.search(text):
        return None
    kinds = []
    for kind, pattern in _ANSWER_WORDS:
        for match in _spans_outside(text, pattern):
            if not _negated(text, match.start()):
                kinds.append((kind, match.group(0)))
                break
    if len({k for k, _ in kinds}) != 1:
        return None
    kind, word = kinds[0]
    return FacilityReading(kind, evidence=word, level_known=kind != "public")


def facility_from_answer(text: str) -> FacilityReading:
    """Read the visitor's answer to the government-facility question.

    A named facility or kind wins over yes/no ("no, it was the county hospital"
    is local; "yes, the VA in Tampa" is federal). A bare yes is a government
    facility of unknown level ("public", `level_known` False: the FTCA may
    apply too, so the lead should say which). No is private. "Not sure" is
    unknown but understood; anything unreadable is not understood.
    """
    cleaned = _clean(text)
    if not cleaned:
        return UNKNOWN
    cues = _cues(cleaned)
    detail = _decide(cues)
    if detail.kind != "unknown":
        return detail
    if any(k in cues for k in ("federal", "state", "local", "public", "private")):
        return FacilityReading("unknown", evidence=detail.evidence)  # conflicting details
    lowered = cleaned.lower().strip(" .!")
    if _DONT_KNOW.search(lowered) and not re.search(r"\b(?:it\s+was|but)\b", lowered):
        return FacilityReading("unknown", evidence="not sure")
    if "payer" in cues:  # "the VA paid for it": care was not at the VA
        return FacilityReading("private", evidence=cues["payer"][0])
    if (word := _answer_word(cleaned)) is not None:
        return word
    if _NO.search(lowered):
        return FacilityReading("private", evidence="no")
    if _YES.search(lowered):
        return FacilityReading("public", evidence="yes", level_known=False)
    return UNKNOWN


def government_from_answer(text: str) -> GovernmentFact | None:
    """The `Facts.government` value for an answer (None: no, not sure, or unreadable)."""
    return facility_from_answer(text).government


def government_from_story(text: str) -> GovernmentFact | None:
    """The `Facts.government` value a story states clearly (None: private or unclear)."""
    return facility_from_story(text).government
