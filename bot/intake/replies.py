"""Recognise short yes / no / don't-know replies in the words people really type.

Forms validate these in Python rather than trusting an NLU intent alone, so a
"yep" or "nah" on a phone never derails a required question.
"""

from __future__ import annotations

import re

# Whole replies that say yes without a yes word of _YES_WORDS below ("that's right", "go
# ahead"); a reply of yes words and their companions ("yes please", "ok that's fine") is
# read by is_yes's word rule, so it is not listed here.
_YES = {
    "affirmative",
    "all good",
    "all right",
    "everything is correct",
    "go ahead",
    "i consent",
    "it's correct",
    "its correct",
    "looks good",
    "looks right",
    "of course",
    "perfect",
    "please do",
    "right",
    "sounds good",
    "that is right",
    "that's right",
    "thats right",
    "you can",
    "you may",
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


# Words that say yes on their own, as typed on a phone ("ya ok", "k yes", "yesss", "aight");
# compared with repeated letters squeezed, so "yess", "okk" and "yeahhh" are read too.
_YES_WORDS = frozenset(
    [
        "yes",
        "y",
        "yeah",
        "yea",
        "yah",
        "ya",
        "yep",
        "yup",
        "sure",
        "ok",
        "okay",
        "k",
        "alright",
        "aight",
        "fine",
        "absolutely",
        "definitely",
        "correct",
        "agreed",
        "agree",
        "ofc",
        "yessir",
    ]
)
# Words that may sit beside a yes word in a short reply without changing it ("yes please go
# ahead", "ok that's fine", "sure, let's do it").
_YES_COMPANIONS = frozenset(
    [
        "please",
        "pls",
        "plz",
        "go",
        "ahead",
        "lets",
        "let's",
        "do",
        "it",
        "continue",
        "that's",
        "thats",
        "that",
        "is",
        "fine",
        "good",
        "sounds",
        "works",
        "all",
        "right",
        "sure",
        "thing",
        "of",
        "course",
        "i",
        "guess",
        "so",
        "then",
        "well",
        "oh",
        "cool",
        "great",
        "perfect",
    ]
)
_YES_REPLY_MAX_WORDS = 5


def _squeezed(word: str) -> str:
    """ "yesss" -> "yes", "okk" -> "ok": a letter typed again and again counts once."""
    return re.sub(r"(.)\1+", r"\1", word)


_YES_SQUEEZED = frozenset(_squeezed(w) for w in _YES_WORDS)


def is_yes(text: str) -> bool:
    t = _norm(text)
    if t in _YES:
        return True
    words = t.split()
    if not words:
        return False
    first = _squeezed(words[0])
    if first in {"yes", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "corect"} and not is_no(
        " ".join(words[1:])
    ):
        return True
    # A short reply made only of yes words and their companions, at least one a yes word.
    if len(words) > _YES_REPLY_MAX_WORDS or any(w in _NO_WORDS for w in words):
        return False
    squeezed = [_squeezed(w) for w in words]
    return any(w in _YES_SQUEEZED for w in squeezed) and all(
        w in _YES_SQUEEZED or word in _YES_COMPANIONS
        for w, word in zip(squeezed, words, strict=True)
    )


_NO_WORDS = frozenset(["no", "nope", "nah", "not", "don't", "dont", "never", "n"])


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
