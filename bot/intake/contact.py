"""Phone numbers and e-mail addresses, found and normalised by kept libraries.

phonenumbers (Google's libphonenumber) validates and formats to E.164;
email-validator checks syntax without a DNS look-up (no network in the turn).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.intake.slot_names import UNKNOWN

_EMAIL_CANDIDATE = re.compile(r"[^\s@<>(),;:\"']+@[^\s@<>(),;:\"']+")
DEFAULT_REGION = "US"


@dataclass(frozen=True)
class Contact:
    phone: str | None = None  # E.164
    email: str | None = None

    @property
    def found(self) -> bool:
        return bool(self.phone or self.email)


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_SPOKEN_PART = (
    r"(?:(?:double|triple)\s+)?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b|\d+"
)
# A number said digit by digit, as voice typing writes it: "six oh eight five five five oh
# one two three", "three one five, 555, oh one four two", "double five".
_SPOKEN_RUN = re.compile(
    rf"\b(?:{_SPOKEN_PART})(?:[\s,.\-]+(?:{_SPOKEN_PART})){{4,}}", re.IGNORECASE
)
_SPOKEN_MIN_DIGITS = 7


def spoken_digits(text: str) -> str:
    """`text` with a number said in digit words written in figures ("six oh eight ..." ->
    "608..."); other words, and runs too short to be a phone number, are left as they are."""

    def figures(m: re.Match[str]) -> str:
        out = []
        for part in re.findall(rf"{_SPOKEN_PART}", m.group(0), re.IGNORECASE):
            words = part.lower().split()
            if words[0].isdigit():
                out.append(words[0])
            else:
                times = {"double": 2, "triple": 3}.get(words[0], 1)
                out.append(_DIGIT_WORDS[words[-1]] * times)
        digits = "".join(out)
        if len(digits) < _SPOKEN_MIN_DIGITS or not re.search(r"[a-z]", m.group(0), re.I):
            return m.group(0)
        return digits

    return _SPOKEN_RUN.sub(figures, text)


def find_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    text = spoken_digits(text)
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        if phonenumbers.is_valid_number(match.number):
            return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return None


def as_e164(phone: str | None, region: str = DEFAULT_REGION) -> str | None:
    """A stored or typed number in E.164, or None when it cannot be a number."""
    if not phone:
        return None
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def find_email(text: str) -> str | None:
    for candidate in _EMAIL_CANDIDATE.findall(text):
        try:
            result = validate_email(candidate.rstrip("."), check_deliverability=False)
        except EmailNotValidError:
            continue
        return result.normalized
    return None


def find_contact(text: str) -> Contact:
    return Contact(phone=find_phone(text), email=find_email(text))


def without_contact(text: str, region: str = DEFAULT_REGION, gap: str = " ") -> str:
    """`text` with every phone number and e-mail address in it taken out (what is left
    of "Jo Park, 312 555 0188" is the name); each is replaced by `gap` (a separator when
    the words on either side are read apart)."""
    text = spoken_digits(text)
    spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, region)]
    spans += [(m.start(), m.end()) for m in _EMAIL_CANDIDATE.finditer(text) if "@" in m.group()]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + gap + text[end:]
    return " ".join(text.split())


def looks_like_contact_attempt(text: str) -> bool:
    """Digits or an @ suggest the visitor tried to give a number or address."""
    text = spoken_digits(text)
    return "@" in text or sum(ch.isdigit() for ch in text) >= 5


def format_phone(e164: str) -> str:
    """(555) 010-0199 for US numbers, international format otherwise."""
    number = phonenumbers.parse(e164, None)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 1
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def someone_else(name_on_lead: str | None, name_now: str | None) -> bool:
    """Two full names that cannot be one person ("Carol Whitford" / "Kelsey Arnaud").

    A phone or e-mail seen again usually means the same person writing again, but a
    household shares a number: a different named person with another matter is a new
    lead, not a note on someone else's. A name missing on either side, or one the
    conflict matcher takes for the same person (a short form, one typo), or one spelt
    nearly alike ("Varga-Hunt" / "Varga Hunt", "Jon" / "John"), is not.
    """
    from rapidfuzz import fuzz

    from bot.intake.conflicts import PERSON, ListEntry, match_name, normalise

    if not (name_on_lead and name_now) or UNKNOWN in (name_on_lead, name_now):
        return False
    if match_name(ListEntry(id=0, name=name_on_lead, kind=PERSON), name_now) is not None:
        return False
    return fuzz.token_set_ratio(normalise(name_on_lead), normalise(name_now)) < 85


# The number the visitor is writing from, said instead of typed: "this number", "the one
# I'm texting from", "text me here"; "a este mismo número", "al cel de donde le escribo",
# "por aquí mismo". Read on folded text (lower case, no accents).
_THIS_NUMBER = re.compile(
    r"\b(?:(?:this|same|the\s+same)\s+(?:number|phone|cell|one|#)|this\s+(?:cell\s+)?phone|"
    r"(?:text|message|reach|contact|call)\s+me\s+(?:here|at\s+this\s+(?:number|one))|"
    # "text here", "txt me on here", "this 1", "the one im on", "use this one"
    r"(?:text|txt|texting|message|msg|call|reach)\s+(?:me\s+)?(?:on\s+|at\s+)?here\b|"
    r"(?:this|same)\s+1\b|(?:the\s+)?(?:one|number|phone)\s+i'?m\s+(?:on|using|texting\s+on)\b|"
    r"^\W*(?:just\s+)?(?:use|text|call)\s+this(?:\s+one)?\W*$|"
    r"(?:the\s+)?(?:number|one|phone)\s+i'?m\s+(?:texting|messaging|writing)(?:\s+you)?\s+from|"
    r"here\s+is\s+(?:fine|good|ok|best)|right\s+here|"
    # Spanish
    r"(?:a|al|en|por)?\s*(?:este|ese|el)\s+mismo(?:\s+(?:numero|cel|celular|telefono|tel|num))?"
    r"(?=\s*(?:$|[,.!;]|de\s+donde|desde|que|por|porfa|please|gracias))|"
    r"(?:a|al|en|por)\s+(?:este|ese)\s+(?:numero|cel|celular|telefono|tel|num|whats(?:app)?)|"
    r"^\W*(?:a\s+)?(?:este|ese)\s+(?:numero|cel|celular|telefono|tel|num)\b|"
    r"(?:al|el)\s+mismo\s+(?:numero|cel|celular|telefono|tel|num)|"
    r"(?:de|desde)\s+(?:donde|el\s+que|el\s+cual)\s+(?:le|les|los|las|te|lo|la)?\s*"
    r"(?:escribo|estoy\s+escribiendo|mando|estoy\s+mandando|texteo|mensajeo)|"
    r"(?:este|ese|al|el)\s+(?:que\s+)?(?:le|les|te)\s+(?:escribo|estoy\s+escribiendo|mando)|"
    r"(?:aqui|aca)\s+mismo|(?:mensaje|texto|textos|mensajes)\s+(?:aqui|aca)|"
    r"por\s+(?:aqui|aca)(?=\s*(?:$|[,.!;]|mismo|por\s+(?:texto|mensaje|favor)|porfa|esta\s+bien)))"
    r"(?!\w)"
)
_NOT_THIS_NUMBER = re.compile(
    r"\b(?:no|not|don'?t|dont|never|nunca)\b.{0,30}\b(?:number|numero|aqui|here)\b"
)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def this_number_words(text: str) -> str | None:
    """The words that give the number the visitor writes from ("a este mismo número",
    "this number"), as typed; None when there are none, when a number or address is typed
    too, or when they are said as a refusal ("no me llamen a este número")."""
    folded = _folded(text)
    if find_contact(text).found or _NOT_THIS_NUMBER.search(folded):
        return None
    found = _THIS_NUMBER.search(folded)
    if found is None:
        return None
    if len(folded) != len(text):  # a character folded into several: the folded words
        return found.group().strip()
    return text[found.start() : found.end()].strip()


def says_this_number(text: str) -> bool:
    """The reply gives the number the visitor writes from, in words (this_number_words)."""
    return this_number_words(text) is not None


def without_this_number(text: str) -> str:
    """`text` with the words that give the number taken out (what is left of "Ana Ruiz, a
    este número" is the name), an address typed beside them or not ("Jasmine Carrow, This
    number. jc@example.com": her name is not "Jasmine Carrow This")."""
    folded = _folded(text)
    if len(folded) != len(text):
        words = this_number_words(text)
        return " ".join(text.replace(words, " ").split()) if words else text
    kept = [text[m.start() : m.end()] for m in _THIS_NUMBER.finditer(folded)]
    for words in kept:
        text = text.replace(words, " ")
    return " ".join(text.split())
