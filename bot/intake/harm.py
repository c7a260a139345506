"""The harm a story states, so the injury question is not asked again.

Most people say what the care did to them in the same breath as what went wrong:
"...and now I can barely walk", "...she has nerve damage", "...he lost his leg",
"...and I was in the hospital for two weeks". When the story says it in so many
words, that clause is the answer to "what injury or harm resulted?". Anything
less clear is left for the question: a wrong guess here would skip it.
"""

from __future__ import annotations

import re

MAX_HARM_CHARS = 200

# Words that name a harm (a result), not only the act ("they operated on the wrong knee").
_HARM_WORDS = (
    r"damage[sd]?|disab\w*|paraly\w*|palsy|amputat\w*|blind\w*|deaf\w*|numb\w*|infect\w*|"
    r"sepsis|septic|failure|cancer|tumou?r|stage\s+(?:[1-4]|i{1,3}v?|iv)|brain|stroke|coma|"
    r"surger(?:y|ies)|operations?|hospital\w*|icu|intensive\s+care|dialysis|transplant|scar\w*|"
    r"crooked|walk\w*|pain\w*|herniat\w*|fracture\w*|broken|bleed\w*|hemorrhag\w*|seizures?|"
    r"died|dead|death|chemo\w*|colostomy|feeding\s+tube|wheelchair|ventilator|"
    r"(?:lost|lose)\s+(?:(?:my|his|her|their|the|a|an)\s+)?(?:\w+\s+)?"
    r"(?:leg|arm|foot|hand|eye|sight|vision|hearing|kidney|testicle|toe|finger|baby|uterus|"
    r"ovary|ability|job|voice|teeth|tooth)"
)
_BODY = (
    r"leg|arm|foot|hand|eye|sight|vision|hearing|kidney|testicle|toe|finger|baby|uterus|"
    r"ovary|voice|teeth|tooth|bowel|colon|spleen|breast"
)
# A result introduced by a connector: "... and now ...", "left me with ...".
_CONNECTED = re.compile(
    r"(?:(?:\b(?:and|so)|,)\s+now\b|\b(?:left\s+(?:me|him|her|them|us)\s+with|"
    r"(?:which|that)\s+(?:left\s+(?:me|him|her|them)\s+with|caused|led\s+to|needed|required)|"
    r"ended\s+up\s+(?:with|in|on|needing)|resulting\s+in|it\s+healed|healed)\b)"
    rf"(?P<harm>[^.;!?]*?\b(?:{_HARM_WORDS})\b[^.;!?,]*)",
    re.IGNORECASE,
)
# A result said of the patient: "she has nerve damage", "he lost his leg".
_SUFFERED = re.compile(
    r"\b(?:i|he|she|they|we|my\s+\w+)\s+(?:now\s+)?"
    r"(?:ha[sd]|have|developed|suffered|got|needed|need|lost)\s+"
    rf"(?P<harm>(?:\w+\s+){{0,4}}?(?:{_HARM_WORDS}|{_BODY})\b[^.;!?,]*)",
    re.IGNORECASE,
)


# "a routine surgery" states the care, not a harm.
_CARE_ONLY = re.compile(
    r"^\s*(?:a|an|my|his|her|the)?\s*(?:routine\s+)?(?:surgery|operation|c-?section|procedure|"
    r"appointment|visit|scan|x-?ray|mri|ct)\b",
    re.IGNORECASE,
)


# Where a stated harm ends: a new clause with its own subject ("... and the hospital ...").
_NEXT_CLAUSE = re.compile(
    r"\s+(?:and|but|because|after|when|since|even\s+though)\s+"
    r"(?:the|they|he|she|i|it|we|my|his|her|nobody|no\s+one)\b.*$",
    re.IGNORECASE,
)


# Parts of the body (and senses) a lasting harm is said of.
_PART = (
    rf"{_BODY}|legs|arms|feet|hands|eyes|ears?|eardrum|lungs?|skull|spine|back|neck|shoulder|"
    r"knee|hip|jaw|face|mouth|bladder|liver|heart|nerves?|artery|veins?|bones?|skin|wrist|"
    r"ankle|fingers|thumbs?|toes|eyelids?|stomach|intestines?|womb|brain|memory|speech|balance|"
    r"ribs?|pelvis|cervix|prostate|kidneys|gums|tongue|lips?|nose|elbow|muscles?|tendons?"
)
# A part said to be lastingly wrong: "my hand is useless now", "arm's been numb ever since",
# "her vision is worse than before".
_LASTING = re.compile(
    rf"(?P<harm>\b(?:(?:my|his|her|their|the\s+baby'?s)\s+)?(?:\w+\s+)?(?:{_PART})"
    r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been)|'s\s+been|'s|s\s+been)\s+(?:now\s+|still\s+|"
    r"permanently\s+|completely\s+|totally\s+)?(?:useless|worse|numb|weak|paraly[sz]ed|"
    r"deformed|disfigured|crooked|scarred|ruined|gone|dead|damaged|destroyed|shot|messed\s+up)"
    r"\b[^.;!?]*)",
    re.IGNORECASE,
)
# A lost ability, said as lasting: "now I can't feel my legs", "she can't swallow anymore".
_ABILITY = (
    r"walk|see|hear|feel|move|use|lift|close|open|eat|swallow|talk|speak|breathe|work|sleep|"
    r"stand|sit|drive|bend|grip|hold|read|remember|taste|smell|pee|urinate|have\s+(?:kids|"
    r"children|babies)|get\s+pregnant|play|run|type|write|chew|straighten|raise"
)
_LOST_ABILITY = re.compile(
    r"(?P<harm>\b(?:(?:now|since\s+then|ever\s+since|still|and)\s+)?(?:i|he|she|they|we|my\s+\w+)\s+"
    r"(?:can'?t|cannot|can\s+no\s+longer|can\s+not|couldn'?t|could\s+no\s+longer|"
    r"(?:is|am|are|was|'m|'s)\s+(?:no\s+longer\s+able|unable)\s+to)\s+(?:\w+\s+)?"
    rf"(?:{_ABILITY})\b[^.;!?]*)",
    re.IGNORECASE,
)
_LASTING_CUE = re.compile(
    r"\b(?:now|anymore|any\s+more|ever\s+since|since\s+then|since\s+the|no\s+longer|"
    r"permanent\w*|for\s+good|still|at\s+all|all\s+the\s+way)\b",
    re.IGNORECASE,
)
# A part injured, named with what was done to it: "collapsed my lung", "fractured his skull".
_PART_INJURED = re.compile(
    r"(?P<harm>\b(?:collapsed|punctured|perforated|fractured|broke|ruptured|burst|blew\s+out|"
    r"tore|severed|burned|burnt|crushed|dislocated|paralyzed|blinded)\s+(?:my|his|her|their|the|"
    rf"our\s+\w+'?s?)\s+(?:\w+\s+)?(?:{_PART})\b[^.;!?,]*)",
    re.IGNORECASE,
)
# The worst outcomes, said plainly: "never woke up", "he stopped breathing".
_OUTCOME = re.compile(
    r"(?P<harm>\b(?:never\s+woke\s+up|stopped\s+breathing|lost\s+(?:a\s+lot\s+of|so\s+much)\s+"
    r"blood|went\s+into\s+(?:cardiac\s+arrest|a\s+coma|(?:septic\s+)?shock|organ\s+failure)|"
    r"(?:had|suffered)\s+(?:a\s+)?(?:heart\s+attack|cardiac\s+arrest|pulmonary\s+embolism|"
    r"brain\s+bleed|miscarriage|stillbirth)|got\s+(?:meningitis|pneumonia|gangrene|sepsis))"
    r"\b[^.;!?,]*)",
    re.IGNORECASE,
)


# A clause does not start with a conjunction ("and she can't walk anymore") nor end on a
# word that needs more after it ("... because of the adhesions and", "... in her").
_LEADING = re.compile(
    r"^(?:(?:and|but|so|then|also|plus|or|which|that|because|as|while|though|although|yet|"
    r"um+|uh+|like|well)\b[\s,]*)+",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:[\s,;:-]+(?:and|or|but|so|then|the|a|an|of|to|without|in|on|at|for|from|by|"
    r"into|onto|my|his|their|our|your|because|that|which|who|when|where|while|"
    r"until|very|really|just|as|like|than|even|also|he|she|they|i|we|um+|uh+))+"
    r"[\s,;:-]*$|"
    r"[\s,;:-]+$",
    re.IGNORECASE,
)
# Where a clause may end when the whole is too long to keep.
_CLAUSE_END = re.compile(r"\s*,\s*|\s+(?:and|but|so|which|because|while)\s+", re.IGNORECASE)
_MIN_WORDS = 2


def clean_clause(harm: str) -> str | None:
    """The harm as a clean clause: no leading conjunction, no dangling last words, not
    cut inside a clause when too long; None when nothing clean is left (the injury
    question is then asked, rather than a fragment kept)."""
    text = " ".join(harm.split()).strip(" ,;:-")
    text = _LEADING.sub("", text)
    if len(text) > MAX_HARM_CHARS:
        ends = [m.start() for m in _CLAUSE_END.finditer(text) if m.start() <= MAX_HARM_CHARS]
        if not ends:
            return None
        text = text[: ends[-1]]
    previous = None
    while previous != text:
        previous, text = text, _DANGLING.sub("", text)
    if len(re.findall(r"[^\W\d_]+", text)) < _MIN_WORDS:
        return None
    return text


def _lasting(match: re.Match[str]) -> bool:
    """A lost ability counts when it is said to last ("now", "anymore", "ever since")."""
    return bool(_LASTING_CUE.search(match.group(0)))


def harm_in(text: str) -> str | None:
    """The clause of the story that states the harm, or None if it does not say it clearly."""
    found = _stated_harm(text)
    if found is not None:
        return found
    for pattern in (_LASTING, _LOST_ABILITY, _PART_INJURED, _OUTCOME):
        for match in pattern.finditer(text):
            if pattern is _LOST_ABILITY and not _lasting(match):
                continue
            harm = clean_clause(_NEXT_CLAUSE.sub("", match.group("harm")))
            if harm is not None:
                return harm
    return None


def _stated_harm(text: str) -> str | None:
    """A harm word in a result clause ("... and now ...") or said of the patient."""
    for pattern in (_CONNECTED, _SUFFERED):
        for match in pattern.finditer(text):
            harm = _NEXT_CLAUSE.sub("", match.group("harm")).strip(" ,")
            if _CARE_ONLY.match(harm):
                continue
            said = _NEXT_CLAUSE.sub("", match.group(0)).strip(" ,")
            kept = clean_clause(said if len(harm.split()) < 3 else harm)
            if kept is not None:
                return kept
    return None
