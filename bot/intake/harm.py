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


def harm_in(text: str) -> str | None:
    """The clause of the story that states the harm, or None if it does not say it clearly."""
    for pattern in (_CONNECTED, _SUFFERED):
        for match in pattern.finditer(text):
            harm = _NEXT_CLAUSE.sub("", match.group("harm")).strip(" ,")
            if _CARE_ONLY.match(harm):
                continue
            said = _NEXT_CLAUSE.sub("", match.group(0)).strip(" ,")
            return (said if len(harm.split()) < 3 else harm)[:MAX_HARM_CHARS]
    return None
