"""Recognise short yes / no / don't-know replies in the words people really type.

Forms validate these in Python rather than trusting an NLU intent alone, so a
"yep" or "nah" on a phone never derails a required question.
"""

from __future__ import annotations

import re

_YES = {
    "yes",
    "y",
    "yeah",
    "yea",
    "yah",
    "ya",
    "yep",
    "yup",
    "yes please",
    "sure",
    "ok",
    "okay",
    "k",
    "kk",
    "of course",
    "absolutely",
    "definitely",
    "correct",
    "that's right",
    "thats right",
    "right",
    "that is right",
    "that's correct",
    "thats correct",
    "affirmative",
    "please do",
    "go ahead",
    "fine",
    "that's fine",
    "thats fine",
    "sounds good",
    "yes it is",
    "yes that's right",
    "yes that is correct",
    "all good",
    "looks good",
    "looks right",
    "it's correct",
    "its correct",
    "all correct",
    "everything is correct",
    "perfect",
    "i agree",
    "i consent",
    "agreed",
    "yes you may",
    "yes you can",
    "you may",
    "you can",
    "sure thing",
}
_NO = {
    "no",
    "n",
    "nope",
    "nah",
    "no thanks",
    "no thank you",
    "not really",
    "don't",
    "dont",
    "do not",
    "i don't",
    "i dont",
    "negative",
    "no way",
    "rather not",
    "i'd rather not",
    "please don't",
    "please dont",
    "not now",
    "no it's not",
    "no its not",
    "that's wrong",
    "thats wrong",
    "wrong",
    "incorrect",
    "not correct",
    "that's not right",
    "thats not right",
    "no you may not",
    "you may not",
    "i do not consent",
    "no that's wrong",
}
_DONT_KNOW = re.compile(
    r"\b(i\s*(do\s*n[o']?t|dont|don't|dnt|do not)\s*(know|remember|recall|rember|no)|idk|"
    r"not sure|unsure|no idea|can'?t remember|cannot remember|can'?t recall|dunno|"
    r"don'?t know|forgot|no clue|not certain)\b",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w\s']+")


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.lower().replace("’", "'")).split())


def is_yes(text: str) -> bool:
    t = _norm(text)
    if t in _YES:
        return True
    first = t.split(" ", 1)[0] if t else ""
    return first in {"yes", "yeah", "yep", "yup", "sure", "ok", "okay", "correct"} and not is_no(
        t.split(" ", 1)[1] if " " in t else ""
    )


def is_no(text: str) -> bool:
    t = _norm(text)
    if t in _NO:
        return True
    first = t.split(" ", 1)[0] if t else ""
    return first in {"no", "nope", "nah", "incorrect", "wrong"}


def is_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text.replace("’", "'")))


def without_dont_know(text: str) -> str:
    """The text with its don't-know words taken out ("idk the name" -> " the name")."""
    return _DONT_KNOW.sub(" ", text.replace("’", "'"))
