"""Understand a correction typed in plain words at the summary.

"the state is wrong, it's New Jersey" → incident_state = NJ;
"wrong date" → clear the date so it is asked again.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from bot.intake import answers, contact, names, patient, states
from bot.law.model import DateSpec

FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "incident_state": ("state",),
    "incident_date": ("date", "when", "day", "month", "year"),
    "full_name": ("name", "spelled", "spelling", "surname", "misspelled", "misspelt", "spelt"),
    "contact": ("phone", "number", "email", "e-mail", "contact", "cell", "mobile", "address"),
    "provider": (
        "doctor",
        "provider",
        "hospital",
        "clinic",
        "surgeon",
        "nurse",
        "facility",
        "dr",
        "physician",
        "practice",
    ),
    "injury": ("injury", "injuries", "injured", "hurt", "harm", "damage"),
    "incident_description": ("what happened", "story", "description", "details"),
    "contact_consent": ("consent", "permission"),
    "patient_age": ("age",),
}
_CUE = re.compile(
    r"(?:\bit'?s\b|\bit\s+is\b|\bshould\s+be\b|\bis\s+actually\b|\bwas\s+actually\b|"
    r"\bactually\b|\bi\s+meant\b|\bmeant\b|\bchange\s+it\s+to\b|\bnot\b.*?\bbut\b|"
    r"\bis\b|\bwas\b|\bto\b|:|->|=)",
    re.IGNORECASE,
)
_STRUCTURED = ("incident_state", "incident_date", "contact")
_LOOKS_LIKE = re.compile(
    r"^\s*(?:(?:no|oh|ah|um+|uh+|hmm+|ok|okay|oh\s+no)[\s,.!]+)?"
    r"(sorry|actually|wait|hold\s+on|scratch\s+that|oops|correction|my\s+bad|i\s+meant|"
    r"i\s+made\s+a\s+mistake|i\s+was\s+wrong|no,?\s+the|i\s+misspoke|"
    # "I should correct that, I was 70 then", "let me correct something": said of an answer
    r"(?:i\s+(?:should|need\s+to|have\s+to|gotta|must|want\s+to|wanna)|let\s+me|"
    r"i'?d\s+like\s+to)\s+correct|"
    r"that'?s\s+wrong|the\s+\w+(\s+\w+)?\s+(is|was)\s+(wrong|incorrect|not\s+right))\b",
    re.IGNORECASE,
)


# "the age is 67 not 76", "my number's 555-0142 not ...": the field named before the value.
_NAMED_FIELD = re.compile(
    r"^(?:(?:my|the|his|her|their)\s+)?(?:age|number|phone(?:\s+number)?|cell|mobile)"
    r"(?:'s|\s+is|\s+was|\s+should\s+be)?\s*:?\s*",
    re.IGNORECASE,
)


def looks_like_correction(text: str) -> bool:
    """Cue words that mark a correction of an earlier answer, not an answer."""
    if _LOOKS_LIKE.search(text):
        return True
    # "58 not 85", "it's 555-0142 not 555-0124": a number swapped for another.
    for swap in _SWAPS:
        for m in swap.finditer(text):
            new = _NAMED_FIELD.sub("", _LEAD.sub("", m.group("new").strip())).strip(" ,.!")
            new = _AGE_SUBJECT.sub("", new).strip(" ,.!")
            old = m.group("old").strip(" ,.!")
            new_digits, old_digits = _DIGITS.sub("", new), _DIGITS.sub("", old)
            ages = _AGE_NUMBER.match(new) and _AGE_NUMBER.match(old)
            phones = (
                len(new_digits) >= 7
                and len(old_digits) >= 4
                and len(re.findall(r"[A-Za-z]", new + old)) <= 3
            )
            if ages or phones:
                return True
    # "Kansas not Missouri": a state swapped for another, with no cue word.
    for swap in _SWAPS:
        for m in swap.finditer(text):
            new, old = m.group("new").strip(" ,.!"), m.group("old").strip(" ,.!")
            if (
                len(new.split()) <= 3
                and states.find_state(_LEAD.sub("", new))
                and states.find_state(old)
            ):
                return True
    return False


@dataclass(frozen=True)
class Correction:
    """Which answer a correction changes, to what, and any detail said with it.

    `note` keeps extra words that are not the new value ("the hospital is in
    Wichita"); `changed` says whether the new values differ from the current
    ones (only then "I've updated that" is true).
    """

    field: str | None  # None: we could not tell which answer is meant
    values: dict[str, object] | None = None  # None: ask that question again
    note: str | None = None
    changed: bool = False


_MONTHS_ALT = "|".join(
    sorted(
        {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m} | {"sept"},
        key=len,
        reverse=True,
    )
)
# "it was Kansas not Missouri", "not Indiana but Ohio", "Ohio instead of Indiana".
_SWAPS = (
    re.compile(
        r"\bnot\s+(?P<old>[^,.;!?]+?)\s*,?\s+(?:but|it'?s|it\s+was|it\s+is)\s+(?P<new>[^,.;!?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?P<new>[^,.;!?]+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?P<old>[^,.;!?]+)",
        re.IGNORECASE,
    ),
)
# Cue words before the detail kept as a note ("wait, ... the clinic is in Toledo").
_NOTE_LEAD = re.compile(
    r"^\s*(?:(?:sorry|oops|wait|actually|correction|my\s+bad|no|hold\s+on|hang\s+on|also|and|"
    r"it\s+was|it'?s)\b[\s,:!-]*)+",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^\s*(?:(?:sorry|oops|wait|actually|correction|my\s+bad|no|hold\s+on|i\s+meant|"
    r"i\s+mean|it\s+was|it'?s|its|it\s+is|should\s+be|the\s+\w+\s+(?:is|was))\b[\s,:!-]*)+",
    re.IGNORECASE,
)


_AGE_NUMBER = re.compile(r"^(?:age\s+|aged\s+)?(\d{1,3})(?:\s*(?:years?\s+old|yrs?|y/?o))?$", re.I)
_DIGITS = re.compile(r"\D")


# Who the age is said of, before the number: "I'm 31, not 13", "one thing: she was 66".
_AGE_SUBJECT = re.compile(
    r"^(?:.*:\s*)?(?:(?:i'?m|im|i\s+am|i\s+was|(?:he|she|they)(?:'s|'re|\s+is|\s+was|\s+were|"
    r"\s+are))\s+)",
    re.IGNORECASE,
)


def _number_swap(
    new: str, old: str, current: Mapping[str, object] | None
) -> tuple[str, dict[str, object]] | None:
    """ "61 not 16" corrects the age; "it's 555-0142 not 555-0124" corrects the phone;
    "I'm 31, not 13" the age too (said of someone).

    A phone given in part (the last seven digits) keeps the area code already stored.
    """
    current = current or {}
    new = _AGE_SUBJECT.sub("", new).strip(" .,!")
    new_age, old_age = _AGE_NUMBER.match(new), _AGE_NUMBER.match(old.strip(" .,!"))
    if new_age and old_age:
        age = int(new_age.group(1))
        if 0 <= age <= 120:
            return "patient_age", {"patient_age": age, "patient_minor": age < 18}
        return None
    new_digits, old_digits = _DIGITS.sub("", new), _DIGITS.sub("", old)
    if len(new_digits) < 7 or len(old_digits) < 4 or len(new_digits) > 15:
        return None
    if len(re.findall(r"[A-Za-z]", new)) > 3:
        return None
    phone = contact.find_phone(new)
    stored = current.get("phone") or current.get("contact")
    if phone is None and isinstance(stored, str) and stored.startswith("+"):
        stored_digits = _DIGITS.sub("", stored)
        if len(new_digits) < len(stored_digits):
            phone = contact.find_phone("+" + stored_digits[: -len(new_digits)] + new_digits)
    if phone is None:
        return None
    return "contact", {"contact": phone, "phone": phone}


def _name_swap(new: str, old: str, current: Mapping[str, object] | None) -> str | None:
    """ "It's Guidry not Guidrey": one word of the name kept, put right."""
    stored = str((current or {}).get("full_name") or "").split()
    old, new = old.strip(" .,!"), new.strip(" .,!")
    if not stored or len(new.split()) != 1 or len(old.split()) != 1:
        return None
    lowered = [w.lower() for w in stored]
    if old.lower() not in lowered or not re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", new):
        return None
    words = [*stored]
    words[lowered.index(old.lower())] = new[0].upper() + new[1:]
    return " ".join(words)


# A date cut at its own comma: "May 8, 2025" before "not March" leaves only "2025" as the
# new value; "not March, it was May 8, 2025" leaves "May 8". The cut part is put back.
_DAY_BEFORE_YEAR = re.compile(
    rf"(?:\b(?:{_MONTHS_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?:{_MONTHS_ALT})\.?)\s*,\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER_DAY = re.compile(r"^\s*,\s*(?:19|20)\d\d\b")
_STARTS_WITH_YEAR = re.compile(r"^\s*(?:19|20)\d\d\b")
_ENDS_WITH_DAY = re.compile(
    rf"(?:\b(?:{_MONTHS_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_ALT}))\.?\s*$",
    re.IGNORECASE,
)


def _whole_date(text: str, m: re.Match[str]) -> tuple[str, tuple[int, int]]:
    """The new value with the part of its date a comma cut off put back, and the span."""
    start, end = m.start("new"), m.end("new")
    new = text[start:end]
    head = _DAY_BEFORE_YEAR.search(text[:start])
    if head and _STARTS_WITH_YEAR.match(new):
        start = head.start()
    tail = _YEAR_AFTER_DAY.match(text[end:])
    if tail and _ENDS_WITH_DAY.search(new):
        end += tail.end()
    return text[start:end], (min(start, m.start()), max(end, m.end()))


def _swap(
    text: str, today: date, current: Mapping[str, object] | None = None
) -> tuple[str, dict[str, object], tuple[int, int]] | None:
    """A "new, not old" correction whose new value says which field it is."""
    matches = [m for swap in _SWAPS for m in swap.finditer(text)]
    for m in matches:
        new, span = _whole_date(text, m)
        if span != m.span():
            parsed = answers.parse("incident_date", new.strip(" .,!"), today)
            if parsed.ok:
                return "incident_date", parsed.values, span
        new = m.group("new").strip()
        new = _LEAD.sub("", new).strip(" .,!")
        new = _NAMED_FIELD.sub("", new).strip(" .,!")
        if new and _OLD_IS_A_DAY.match(m.group("old")):
            # "She fell the night of the 7th, not the 6th": a day put right by a day keeps
            # the month and year of the date given, whatever words stand around it.
            day = _day_in_stored_month(new, today, current)
            if day:
                return "incident_date", day, m.span()
        if not new or len(new.split()) > 5:
            continue
        numbers = _number_swap(new, m.group("old"), current)
        if numbers:
            return numbers[0], numbers[1], m.span()
        renamed = _name_swap(new, m.group("old"), current)
        if renamed:
            return "full_name", {"full_name": renamed}, m.span()
        code = states.find_state(new) if len(new.split()) <= 3 else None
        if code:
            return "incident_state", {"incident_state": code}, m.span()
        day = _day_in_stored_month(new, today, current, alone=True)
        if day:
            return "incident_date", day, m.span()
        parsed = answers.parse("incident_date", _in_stored_year(new, today, current), today)
        if parsed.ok:
            return "incident_date", parsed.values, m.span()
    return None


_SOME_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:ago|last|this|yesterday|today)\b", re.I)
_MONTH_AND_DAY = re.compile(
    rf"^\s*(?:on\s+)?(?:the\s+)?(?:(?:{_MONTHS_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?(?:{_MONTHS_ALT})\.?)\s*$",
    re.IGNORECASE,
)


def _in_stored_year(new: str, today: date, current: Mapping[str, object] | None) -> str:
    """ "May 8, not March 8" with March 8, 2025 stored: May 8 of that year, not of this one
    (only a month and day said, and that day of the stored year not after today)."""
    stored = str((current or {}).get("incident_date") or "")
    if not re.match(r"^(?:19|20)\d\d-\d\d", stored) or _SOME_YEAR.search(new):
        return new
    if not _MONTH_AND_DAY.match(new):
        return new
    year = int(stored[:4])
    if year >= today.year:
        return new
    return f"{new.strip()}, {year}"


_APOLOGY = re.compile(
    r"^(?:(?:my|a)\s+(?:mistake|bad|error)|sorry(?:\s+about\s+that)?|thanks?(?:\s+you)?|"
    r"i\s+(?:mixed|got)\s+(?:it|them)\s+(?:up|mixed\s+up|wrong)|typo)\W*$",
    re.IGNORECASE,
)


# Words that only say the old date was wrong, and a verb left dangling once the new value
# is cut out ("the CT was"): no detail worth keeping as a note.
_WRONG_SAID = re.compile(
    r"\b(?:(?:the|that)\s+)?(?:date|day|month|year)(?:'s|\s+is|\s+was)?\s+(?:wrong|off|"
    r"incorrect|not\s+right)\b|\b(?:you\s+have|you\s+got|you'?ve\s+got)\s+the\s+"
    r"(?:date|day|month|year)\s+wrong\b|\bwrong\s+(?:date|day|month|year)\b|"
    r"\bthat'?s\s+not\s+right\b",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:\s+|^)(?:was|is|were|on|happened|it|should\s+be|actually|the\s+date)(?=\W*$)",
    re.IGNORECASE,
)


def _note(text: str, span: tuple[int, int]) -> str | None:
    after = text[span[1] :].strip(" ,.;:-!")
    rest = after or text[: span[0]].strip(" ,.;:-!")
    rest = _WRONG_SAID.sub(" ", rest)
    rest = _NOTE_LEAD.sub("", rest.strip(" ,.;:-!")).strip(" ,.;:-!")
    while (cut := _DANGLING.sub("", rest).strip(" ,.;:-!")) != rest:
        rest = cut
    rest = " ".join(rest.split()).strip(" ,.;:-!")
    if _APOLOGY.match(rest):
        return None
    return rest if len(re.findall(r"[A-Za-z]", rest)) >= 6 else None


def _differs(values: dict[str, object] | None, current: Mapping[str, object] | None) -> bool:
    if values is None:
        return False
    if current is None:
        return True
    return any(current.get(k) != v for k, v in values.items())


# "I was in the hospital that weekend", "we went to the clinic": a care place someone was
# in or went to, told beside a correction of something else, does not name the provider
# answer ("the hospital was Mercy, not St. Luke's" does).
_WAS_AT_CARE = re.compile(
    r"\b(?:in|at|to|from|into|out\s+of|inside)\s+(?:the|a|an)\s+"
    r"(?:hospital|clinic|facility|er)\b(?!\s+(?:is|was|should|'s|name|not)\b)",
    re.IGNORECASE,
)


def _fields_named(text: str) -> list[str]:
    low = f" {_WAS_AT_CARE.sub(' ', text.lower())} "
    named = []
    for field, words in FIELD_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            named.append(field)
    return named


def _tail(text: str) -> str:
    parts = _CUE.split(text)
    return parts[-1].strip(" .,!;") if len(parts) > 1 else ""


# Why the visitor is sure, told after the new value: "because ...", "I remember since ...";
# it ends at the sentence's end or at a "but" that goes on to the new value ("I said
# Virginia because that's where we live, but the hospital is in West Virginia").
_REASON = re.compile(
    r"\s*[,;-]?\s*\b(?:i\s+(?:remember|know|recall)(?:\s+(?:because|cause|since|that))?|because|"
    r"'?cause|cuz)\b[^.;!?]*?(?=\s*,?\s*\b(?:but|however|though)\b|[.;!?]|$)",
    re.IGNORECASE,
)


def parse_correction(
    text: str, today: date, current: Mapping[str, object] | None = None
) -> Correction:
    """The field a correction names (or whose new value it gives), its new values, a note.

    `current` (the slots so far) lets `changed` tell a real change from a repeat. "Nothing,
    everything is fine" corrects nothing; a town is taken only as written as a place (with
    its capital, or after "in", "at", "from"): everyday words are towns too ("fine" is Fine,
    New York; "nothing, everything is fine" moved a lead there).
    """
    if nothing_to_change(text):
        return Correction(None, None)
    reasoned = _REASON.sub("", text).strip(" ,;")
    if reasoned and reasoned != text.strip(" ,;"):
        # "it was July 1, I remember because the 4th was that weekend and I was in the
        # hospital": the value is said before the reason; the reason corrects nothing.
        cut = parse_correction(reasoned, today, current)
        if cut.field and cut.values and _differs(cut.values, current):
            return cut
    found = _checked(_parse(text, today, current), text)
    opened = _LOOKS_LIKE.sub("", text, count=1).strip(" ,.!")
    if not found.values and opened and opened != text.strip(" ,.!"):
        # "um actually she'd just turned 54": the words after the cue hold the value.
        found = _checked(_parse(opened, today, current), opened)
    # "Two things: it was August 12 not 13, and the state is New Hampshire": each clause
    # that corrects another field is applied too.
    read = [_checked(_parse(clause, today, current), clause) for clause in _clauses(text)]
    each = [c for c in read if c.field and c.values]
    if len({c.field for c in each}) >= 2 or not (found.field and found.values):
        # Clause by clause: each value is read from its own words, not the whole message.
        found = each[0] if each else found
    else:
        each = []
    values = dict(found.values or {})
    notes = [found.note] if found.note else []
    for more in each[1:]:
        if more.field not in values:
            values.update({k: v for k, v in (more.values or {}).items() if k not in values})
            if more.note and more.note not in notes:
                notes.append(more.note)
    merged = _in_the_year_given(values or found.values, current, text)
    changed = _differs(merged, current)
    return Correction(found.field, merged, "; ".join(notes) or None, changed)


def is_a_correction(correction: Correction, asked: str, current: Mapping[str, object]) -> bool:
    """Whether a message read as a correction corrects anything, at the question `asked`.

    At the question it names it does ("sorry, Ohio not Indiana" at the state question).
    Elsewhere only an answer already given can be corrected; the message is otherwise the
    answer to the question asked. "sorry I'm not sure how to start this. my mom died at the
    hospital ..." at the story question was read as a correction of a provider never given,
    and the story question came back for ever (blind t13_09).
    """
    if correction.field == asked:
        return True
    return current.get(correction.field or "") not in (None, "")


_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b|\byears?\b|\b'\d\d\b", re.IGNORECASE)


def _in_the_year_given(
    values: dict[str, object] | None, current: Mapping[str, object] | None, text: str
) -> dict[str, object] | None:
    """A day corrected in the month of the date given, with no year said, keeps that date's
    year: "it was September 13, not the 12th" about 2025-09-12 is 2025-09-13, not the
    September 13 most recently past."""
    if not values or not current or _YEAR_SAID.search(text):
        return values
    fixed = dict(values)
    for field in ("incident_date", *_OTHER_DATES):
        new, given = values.get(field), current.get(field)
        if not (isinstance(new, str) and isinstance(given, str)):
            continue
        same_month_other_year = new[5:7] == given[5:7] and new[:4] != given[:4]
        if (
            re.fullmatch(r"\d{4}-\d\d-\d\d", new)
            and re.match(r"\d{4}-\d\d", given)
            and same_month_other_year
        ):
            fixed[field] = f"{given[:4]}{new[4:]}"
    return fixed


_OTHER_DATES = ("death_date", "discovery_date")


def the_date_given(current: Mapping[str, object] | None) -> str | None:
    """The one date field answered while the care's date is not yet known, or None.

    "Sorry, it was May 7 in the early morning", said after the date of death and before
    any question about the care's date, corrects the date of death; read as the incident
    date, it had filled that question unasked with the day of the death."""
    now = current or {}
    if now.get("incident_date"):
        return None
    given = [f for f in _OTHER_DATES if now.get(f) not in (None, "unknown")]
    return given[0] if len(given) == 1 else None


def to_the_date_given(
    read: Callable[[Mapping[str, object]], Correction], current: Mapping[str, object] | None
) -> Correction:
    """`read` (a correction reader given the answers so far), a date it corrects moved to
    the date already given (the_date_given); the reader sees that date as the one to
    correct, so "the 14th, not the 13th" keeps its month."""
    field = the_date_given(current)
    if field is None:
        return read(current or {})
    now = dict(current or {})
    found = read({**now, "incident_date": now[field]})
    if found.field != "incident_date" or not found.values:
        return found
    values = {k.replace("incident_date", field, 1): v for k, v in found.values.items()}
    return Correction(field, values, found.note, _differs(values, current))


# A birthday told ("she turned 29 in October", "her birthday was the 3rd", "he had a
# birthday in May"): when the patient grew a year older, never when the care was.
_BIRTHDAY_TALK = re.compile(
    r"\bturn(?:ed|s|ing)\s+(?:\d{1,3}\b|in\b|on\b|at\b)|\bbirthdays?\b|\bb-?days?\b",
    re.IGNORECASE,
)


def _checked(found: Correction, text: str) -> Correction:
    """No correction where its town is an everyday word not written as a place, nor a
    date taken from a birthday ("Sorry, he's 29 not 28. He turned 29 in October." put the
    care in October): the date is corrected only where the date itself is named."""
    city = (found.values or {}).get("incident_city")
    if found.field == "incident_state" and isinstance(city, str) and not said_as_place(text, city):
        return Correction(None, None)
    if (
        found.field in ("incident_date", *_OTHER_DATES)
        and _BIRTHDAY_TALK.search(text)
        and not re.search(r"\bdates?\b", text, re.IGNORECASE)
    ):
        return Correction(None, None)
    return found


# Where one correction ends and another begins: a sentence, a semicolon, or "and" / "also"
# before a new subject ("..., and the state is ...", "also the date ...").
_CLAUSE_BREAK = re.compile(
    r"(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])"
    r"[.;!?]\s+|\s*,?\s+(?:and|also|plus)\s+(?=(?:the|it|its|it's|my|his|her|their|also|"
    r"that)\b)|,\s*(?:also|plus)\s+",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[str]:
    """The parts of a message that may each correct a field; one part: none."""
    parts = [p.strip(" ,") for p in _CLAUSE_BREAK.split(text) if p and p.strip(" ,")]
    return parts if len(parts) > 1 else []


# "nothing", "no changes", "nope, all good", "everything's correct", "looks fine to me",
# "no, that's all" (at "what should I change?": nothing more to change).
_NOTHING = re.compile(
    r"^\W*(?:(?:no|nope|nah)\W+)?(?:nothing(?:\s+(?:else|more|to\s+(?:change|fix|correct)))?|"
    r"that'?s\s+(?:all|it|everything)|no\s+changes?|"
    r"none|all\s+(?:good|fine|correct|right|set)|everything(?:'s|\s+is|\s+looks)?\s+"
    r"(?:fine|good|correct|right|ok(?:ay)?|accurate)|(?:it\s+|that\s+)?looks?\s+(?:good|right|"
    r"fine|correct))\b",
    re.IGNORECASE,
)
# Words that name a change after all: "nothing else, but the date was May".
_CHANGE_CUE = re.compile(
    r"\b(?:was|were|should|wrong|incorrect|change\s+(?:it|the)|but|actually|instead|except)\b|\d",
    re.IGNORECASE,
)


def nothing_to_change(text: str) -> bool:
    """The reply says there is nothing to change, and names nothing to change."""
    cleaned = text.replace("\u2019", "'")
    said = _NOTHING.match(cleaned)
    # The cue is looked for after the words that say "nothing": "that's all" is no change.
    return bool(said) and not _CHANGE_CUE.search(cleaned[said.end() :])


# Words that put a place after them: "it was in Bend", "from Salem".
PLACE_WORDS = r"(?:in|at|from|near|outside|around|to)"


def said_as_place(
    text: str, city: str, place_words: str = PLACE_WORDS, fold: Callable[[str], str] = str.lower
) -> bool:
    """`city` is in the text with its capital, or after one of `place_words` (compared on
    `fold`ed text: the Spanish reader passes its own words and accent folding)."""
    first = city.split()[0]
    if re.search(rf"\b{re.escape(first)}", text):
        return True  # written with its capital
    return bool(re.search(rf"\b{place_words}\s+{re.escape(fold(first))}\b", fold(text)))


_MONTHS = "|".join(
    sorted(
        {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m} | {"sept"},
        key=len,
        reverse=True,
    )
)
_TIME_UNITS = (
    r"(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|times?|am|pm|"
    r"percent|pounds?|lbs?|mg|ml|units?|degrees?|miles?|feet|ft|inches|stitches)"
)
# "3 in the morning", "4 o'clock", "9 at night": an hour.
_CLOCK = r"(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|o'?clock|[ap]\.m\.)"
# An age said in a sentence: "he was 66 then", "she'd have turned 67", "66 years old",
# "aged 40". A number followed by a time unit ("was 3 weeks later"), a separator
# ("was 12/14"), more digits ("is 201 555 0123") or a month ("was 5 March") is a date, a
# span or a phone number, not an age; "the 28th" never matches (no word boundary in it).
_AGE_TALK = re.compile(
    r"\b(?:was|is|were|turned|turns|turning|be|been|'s|'d\s+have\s+turned)\s+"
    r"(?:still\s+|only\s+|just\s+|already\s+|about\s+|almost\s+|nearly\s+)?"
    rf"\d{{1,3}}\b(?![/:.\-]?\s*\d)(?!\s*['’\"%])(?!\s*{_CLOCK})(?!\s*(?:{_TIME_UNITS}|of|{_MONTHS})\b(?!\s+old))|"
    r"\b\d{1,3}\s*(?:years?|yrs?)(?:\s+|-)old\b|\b\d{1,3}\s*y/?o\b|\bage[ds]?\s+\d{1,3}\b",
    re.IGNORECASE,
)


def _age_correction(
    text: str, today: date, current: Mapping[str, object] | None
) -> Correction | None:
    """A sentence about the patient's age is an age correction, even with a month or
    "when" in it ("he was 66 when it happened, he'd have turned 67 in October" is not a
    date of October 1967). When the word "date" or another answer is named, the reader
    of that answer decides. A temperature read out ("my temp is 103") is no age."""
    if not _AGE_TALK.search(answers.without_temperature(text)) or re.search(
        r"\bdates?\b", text, re.IGNORECASE
    ):
        return None
    if set(_fields_named(text)) - {"incident_date", "patient_age"}:
        return None  # "the injury is wrong, his heart was 35 ...": another answer named
    context = {"incident_date": (current or {}).get("incident_date")}
    parsed = answers.parse("patient_age", text, today, context)
    if parsed.ok:
        return Correction("patient_age", parsed.values)
    if _SURELY_AN_AGE.search(text):  # "he'd have turned 67": an age, which one unclear
        return Correction("patient_age", None)  # so the age is asked again
    return None  # "it was 3 in the morning": maybe no age at all


_SURELY_AN_AGE = re.compile(
    r"\b(?:turn(?:ed|s|ing)?\s+\d|\d+\s*(?:years?|yrs?)(?:\s+|-)old|birthday|bday|b-day|"
    r"age[ds]?\b)",
    re.IGNORECASE,
)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ALT = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?"
)
# "Saturday the 28th", "sat, the 28th", "the 28th": a day of the month with no month.
_BARE_DAY = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY_ALT})\.?\s*,?\s+)?(?:the\s+)?\b(?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:{_MONTHS}|week|weekend|month)\b)",
    re.IGNORECASE,
)
# The day put right is not the new one: "..., not the 27th", "instead of Friday the 27th".
_OLD_DAY = re.compile(
    rf"\b(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?(?:(?:{_WEEKDAY_ALT})\.?\s*,?\s+)?"
    r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b)?",
    re.IGNORECASE,
)
_MONTH_SAID = re.compile(rf"\b(?:{_MONTHS})\b\.?(?!\s*(?:be|have)\b)", re.IGNORECASE)
# The old value is a day of the month alone: "not the 6th", "instead of Friday the 27th".
_OLD_IS_A_DAY = re.compile(
    rf"^\s*(?:the\s+)?(?:(?:{_WEEKDAY_ALT})\.?\s*,?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s*$",
    re.IGNORECASE,
)


def _day_in_stored_month(
    text: str, today: date, current: Mapping[str, object] | None, *, alone: bool = False
) -> dict[str, object] | None:
    """ "It should be Saturday the 28th": a day said without a month keeps the month and
    year of the date already stored (a stored range: the month in it where that day falls,
    matching the weekday if one is said). `alone`: the text must be only that day."""
    stored = (current or {}).get("incident_date")
    if not stored or _MONTH_SAID.search(text):
        return None
    try:
        spec = DateSpec.from_slot(str(stored))
    except ValueError:
        return None
    rest = _OLD_DAY.sub(" ", text)
    found = list(_BARE_DAY.finditer(rest))
    if len({m.group("day") for m in found}) != 1:
        return None
    m = found[0]
    if alone and len(re.findall(r"[A-Za-z]", rest[: m.start()] + rest[m.end() :])) > 3:
        return None
    day = int(m.group("day"))
    weekday = None
    if m.group("weekday"):
        short = m.group("weekday").lower()[:3]
        weekday = next(i for i, name in enumerate(_WEEKDAY_NAMES) if name.startswith(short))
    months: list[date] = []
    first = spec.earliest.replace(day=1)
    while first <= spec.latest:
        months.append(first)
        first = (first + timedelta(days=32)).replace(day=1)
    around = [(months[0] - timedelta(days=1)).replace(day=1), (months[-1] + timedelta(days=32))]

    def days_in(firsts: list[date]) -> list[date]:
        return [
            f.replace(day=day)
            for f in firsts
            if day <= calendar.monthrange(f.year, f.month)[1] and f.replace(day=day) <= today
        ]

    def fits(d: date) -> tuple[bool, date]:  # inside the stored span first, then the latest
        return spec.earliest <= d <= spec.latest, d

    stored_days = days_in(months)
    if weekday is not None:
        said = [d for d in stored_days if d.weekday() == weekday] or [
            d for d in days_in([f.replace(day=1) for f in around]) if d.weekday() == weekday
        ]
        stored_days = said or stored_days
    if not stored_days:
        return None
    best = max(stored_days, key=fits)
    return {"incident_date": DateSpec.exact(best).to_slot()}


# The field named first, then its value: "My age. 31.", "my name - Ann Lee", "the age is 40".
_FIELD_SAID = re.compile(
    r"^\W*(?:(?:my|the|his|her|their)\s+)?(?:(?:full|last|first)\s+)?(?:age|name)"
    r"(?:'s|\s+is|\s+was|\s+should\s+be)?\s*[.:,\-]*\s*",
    re.IGNORECASE,
)
# Words about the answer, not a new value: "my name is spelled wrong", "age is off".
_NOT_A_VALUE = re.compile(
    r"\b(?:wrong|incorrect|not\s+right|off|misspel\w*|spelled|spelt|typo|mistake|mixed\s+up)\b",
    re.IGNORECASE,
)
# A name spelled out letter by letter: "G-U-I-D-R-Y", "g u i d r y", "G.U.I.D.R.Y".
_SPELLED = re.compile(r"(?<![A-Za-z])([A-Za-z](?:\s*[-.]\s*[A-Za-z]|\s[A-Za-z]){2,})(?![A-Za-z])")
_WHICH_PART = re.compile(r"\b(?P<part>last|first|sur|family|middle)\s*-?\s*name\b", re.IGNORECASE)
_NAME_VALUE = re.compile(
    r"\b(?:it'?s|it\s+is|is|should\s+be|spelled|spelt|not\s+\S+\s*,?\s*but)\s+"
    r"(?P<value>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2})",
)


def _name_correction(text: str, current: Mapping[str, object] | None) -> str | None:
    """A name put right at the summary: the whole name ("my name is Ann Lee"), or one part
    of the name already kept ("my last name is spelled Guidry, G-U-I-D-R-Y"). Letters
    spelled out are the spelling meant; the other part of the name is kept."""
    stored = str((current or {}).get("full_name") or "").split()
    spelled = _SPELLED.search(text)
    word = None
    if spelled:
        letters = re.sub(r"[^A-Za-z]", "", spelled.group(1))
        word = letters.capitalize() if len(letters) >= 2 else None
    said = [m["value"] for m in _NAME_VALUE.finditer(text)]
    said = [v for v in said if v.lower() not in {"wrong", "right", "correct", "spelled"}]
    if word is None and said:
        value = said[-1]
        if len(value.split()) >= 2 or not stored:
            return value if names.looks_like_name(value) else None
        word = value
    if word is None or not stored:
        return None
    part = _WHICH_PART.search(text)
    kind = part["part"].lower() if part else ""
    if kind == "first":
        index = 0
    elif kind in {"last", "sur", "family"} or len(stored) == 1:
        index = len(stored) - 1
    else:  # the part of the stored name the new spelling is closest to
        index = max(
            range(len(stored)),
            key=lambda i: difflib.SequenceMatcher(None, stored[i].lower(), word.lower()).ratio(),
        )
    if len(stored) < 2 and kind in {"last", "sur", "family"}:
        return None  # only one name kept: which part this is stays unclear
    new = [*stored]
    new[index] = word
    return " ".join(new)


# "I live in Kentucky but the hospital was in Memphis": where the care was, said as a
# place after the care (or "it") was somewhere; the other place is only where they live.
_CARE_WAS_IN = re.compile(
    r"\b(?:hospital|clinic|surgery|operation|procedure|treatment|care|office|er|facility|"
    r"nursing\s+home|it|that|this|all\s+of\s+(?:it|this)|everything)\s+"
    r"(?:was|were|is|happened|took\s+place|was\s+done)\s+(?:actually\s+|really\s+)?"
    r"(?:in|over\s+in|down\s+in|up\s+in|out\s+in)\s+(?P<place>[^.;!?]+)",
    re.IGNORECASE,
)


_WHEN_WORD = re.compile(
    rf"\s*(?:the\s+)?(?:{_MONTHS_ALT}|spring|summer|fall|autumn|winter|\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:morning|evening|night)|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _care_place(text: str, today: date) -> Correction | None:
    """The state of a place the care is said to have been in, or None."""
    for m in _CARE_WAS_IN.finditer(text):
        if _WHEN_WORD.match(m.group("place")):
            continue  # "it happened in August": a time, not a town named August
        parsed = answers.parse("incident_state", m.group("place"), today)
        if parsed.ok:
            return Correction("incident_state", parsed.values)
    return None


# Who the patient is, put right at the read-back: "he's actually my stepdad, not my dad",
# "not my mom, my aunt", "the patient is my grandmother", "she's my stepmom" (the whole reply).
_REL = rf"(?:my|our)\s+(?P<rel>{patient.REL_PATTERN})\b"
_OLD_REL = rf"(?:my|our)\s+(?:{patient.REL_PATTERN})\b"
_RELATIONSHIP_SAID = (
    re.compile(
        r"\b(?:he|she|they|it|the\s+patient|that)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+"
        rf"(?:actually\s+|really\s+|in\s+fact\s+)?{_REL}(?:\s*,?\s*(?:and\s+)?not\s+{_OLD_REL})?",
        re.IGNORECASE,
    ),
    re.compile(rf"\bnot\s+{_OLD_REL}\s*[,;-]*\s*(?:but\s+|it'?s\s+|it\s+was\s+)?{_REL}", re.I),
    re.compile(rf"\b(?:it'?s|it\s+was|it\s+is)\s+{_REL}\s*,?\s*not\s+{_OLD_REL}", re.I),
)
# A reply that is the relationship alone, after "what should I change?": "he's my stepfather".
_ONLY_RELATIONSHIP = re.compile(
    r"^\W*(?:(?:no|sorry|oh|actually)\W+)*(?:he|she|the\s+patient)(?:'s|\s+is|\s+was)\s+"
    rf"(?:actually\s+)?{_REL}\W*$",
    re.IGNORECASE,
)


def _relationship_correction(text: str) -> Correction | None:
    said = " ".join(text.replace("\u2019", "'").split())
    for pattern in _RELATIONSHIP_SAID:
        m = pattern.search(said)
        if m and (
            "not" in m.group(0).lower().split()
            or _ONLY_RELATIONSHIP.match(said)
            or re.search(r"\b(?:actually|really|in\s+fact|the\s+patient)\b", m.group(0), re.I)
        ):
            rel = patient.relationship_of(m.group("rel"))
            if rel:
                return Correction(
                    "patient_relationship", {"patient_relationship": rel, "patient_is_self": False}
                )
    return None


# "Dr. Pruitt is my family doctor who sent me there. The surgeon was Dr. Halloran": the
# doctor given for the role, not the words that tell who the first one is.
_ROLE_WAS = re.compile(
    r"\b(?:the\s+)?(?:actual\s+|real\s+|operating\s+|right\s+)?(?:surgeon|doctor|physician|"
    r"provider|specialist|one)\s+(?:who\s+(?:did|operated|performed|treated|saw)\s+(?:on\s+)?(?:it|me|him|"
    r"her|them|the\s+\w+)\s+)?(?:was|is|should\s+be|were)\s+(?:actually\s+|really\s+)?"
    r"(?P<new>(?:dr\.?|doctor)\s+[A-Za-z][\w'-]+(?:\s+[A-Z][\w'-]+)?)",
    re.IGNORECASE,
)
_DR_NAME = re.compile(r"\b(?:dr\.?|doctor)\s+(?P<surname>[A-Za-z][\w'-]+)", re.IGNORECASE)


def _doctor_for_role(text: str, current: Mapping[str, object] | None) -> Correction | None:
    """The doctor a correction names for the role ("the surgeon was Dr. Halloran"); in the
    provider answer so far, in place of the doctor the correction names as someone else
    ("Dr. Pruitt is my family doctor"), so the hospital said with it stays."""
    m = _ROLE_WAS.search(text)
    if not m:
        return None
    new = m.group("new").strip(" .,")
    said = str((current or {}).get("provider") or "")
    for old in _DR_NAME.finditer(said):
        surname = old.group("surname")
        if surname.lower() != new.split()[-1].lower() and re.search(
            rf"\b{re.escape(surname)}\b", text[: m.start()] + text[m.end() :], re.IGNORECASE
        ):
            return Correction("provider", {"provider": said.replace(old.group(0), new, 1)})
    return Correction("provider", {"provider": new})


# An age now, said alone after the age at the time ("I was 64 when they did it. I'm 65
# now."): no new value for any answer. Its "now" was read as today's date and replaced the
# incident date.
_AGE_NOW_ALONE = re.compile(
    r"^\W*(?:and\s+)?(?:i'?m|im|i\s+am|(?:s?he|they)(?:'?s|\s+is|'?re|\s+are)|(?:s?he|they)\s+(?:is|are))"
    r"\s+(?:about\s+|almost\s+|nearly\s+)?\d{1,3}(?:\s*(?:years?|yrs?)(?:[\s-]+old)?)?\s*,?\s*"
    r"(?:now|today|these\s+days)\W*$",
    re.IGNORECASE,
)


def _parse(text: str, today: date, current: Mapping[str, object] | None = None) -> Correction:
    if _AGE_NOW_ALONE.match(text):
        return Correction(None, None)
    related = _relationship_correction(text)
    if related:
        return related
    swapped = _swap(text, today, current)
    if swapped:
        field, values, span = swapped
        return Correction(field, values, _note(text, span))
    role = _doctor_for_role(text, current)
    if role:
        return role
    age = _age_correction(text, today, current)
    if age:
        return age
    place = _care_place(text, today)
    if place:
        return place
    named = _fields_named(text)
    if len(named) > 1 and "incident_date" in named and "incident_state" in named:
        named = [n for n in named if n != "incident_date"] if "state" in text.lower() else named
    if len(named) == 1:
        field = named[0]
        if field == "incident_date" and (day := _day_in_stored_month(text, today, current)):
            return Correction(field, day)
        if field == "full_name" and (name := _name_correction(text, current)):
            return Correction(field, {"full_name": name})
        candidates = (_tail(text), text) if field in _STRUCTURED else (_tail(text),)
        # "My age. 31.", "My name: Ann Lee": the value after the field's own words.
        after = _FIELD_SAID.sub("", text).strip(" .,!:;-")
        if after and after != text.strip(" .,!:;-") and not _NOT_A_VALUE.search(after):
            candidates = (after, *candidates)
        for candidate in candidates:
            if not candidate or (field not in _STRUCTURED and _NOT_A_VALUE.search(candidate)):
                continue
            parsed = answers.parse(field, candidate, today)
            if parsed.ok:
                return Correction(field, parsed.values)
        return Correction(field, None)
    # No field named: a lone new value ("New Jersey", "march 2023") says which.
    day = _day_in_stored_month(_tail(text) or text, today, current, alone=True)
    if day:
        return Correction("incident_date", day)
    for field in _STRUCTURED:
        parsed = answers.parse(field, _tail(text) or text, today)
        if parsed.ok:
            return Correction(field, parsed.values)
    return Correction(None, None)
