"""Turn "March 2024", "about two years ago" or "summer 2022" into a date range.

People rarely know the exact day. We keep what they said as a range with a
precision (day, month, year or range), as bot.law's DateSpec, the one date type
from the chat to the engine, so the limitation engine can use the earliest
possible date and say so, instead of inventing a precise day.
dateparser does the parsing, preferring past dates; this module only cleans
the words around a date and handles vague phrases dateparser does not.
"""

from __future__ import annotations

import calendar
import difflib
import re
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays as us_holidays
from dateparser.date import DateDataParser
from dateparser.search import search_dates
from dateutil.easter import easter
from dateutil.relativedelta import SA, SU, TU, relativedelta

from bot.intake.number_words import TENS, UNITS
from bot.law.model import DateSpec

_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}
_FILLER = re.compile(
    r"\b(about|around|approximately|approx|roughly|maybe|probably|sometime|some time|"
    r"i think|i believe|it was|it happened|this happened|happened|on|in|during|at|"
    r"the date was|back in|circa|or so|ish|like|u+h+|u+m+|i guess|i want to say|i'?d say)\b",
    re.IGNORECASE,
)
# Counts said in words; shared with the reader of times after the incident (after_incident).
SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_NUMBER_WORDS = {
    **SMALL_NUMBERS,
    "a couple of": 2,
    "a couple": 2,
    "couple": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 4,
}
_AGO = re.compile(
    r"\b(?P<n>\d+|a couple of|a couple|couple of|couple|a few|few|several|an|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year|yr|mo|mth|wk)s?\s+(?:ago|back|earlier)\b",
    re.IGNORECASE,
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_SEASON = re.compile(
    r"\b(?:(?P<part>early|late|mid|middle\s+of|beginning\s+of|end\s+of|start\s+of)\s+)?"
    r"(?:(?:the|this)\s+)?(?P<rel>last|this\s+past|past|this|previous)?\s*"
    r"(?P<season>spring|summer|fall|autumn|winter)(?:time)?"
    r"(?P<before_last>\s+before\s+last)?(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_SEASONS_AGO = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|a\s+couple\s+of|a\s+couple|couple\s+of)\s+"
    r"(?P<season>springs?|summers?|falls?|autumns?|winters?)\s+(?:ago|back|before)\b",
    re.IGNORECASE,
)
_PART_OF_YEAR = re.compile(
    r"\b(?P<which>early|late|mid|middle\s+of|beginning\s+of|end\s+of|start\s+of|"
    r"(?:the\s+)?(?:tail|very)\s+end\s+of|(?:the\s+)?(?:first|early|latter|last|later)\s+part\s+of|"
    r"(?:the\s+)?(?:first|second|last|back)\s+half\s+of)\s+(?:the\s+year\s+)?(?:of\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_UNITS = {"yr": "year", "mo": "month", "mth": "month", "wk": "week"}
# Holidays people anchor memories to. Dates come from the `holidays` package (US
# federal holidays), dateutil's Easter, or a fixed day; never a hand table of years.
_FIXED = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's": (1, 1),
    "new years": (1, 1),
    "new year": (1, 1),
    "halloween": (10, 31),
    "fourth of july": (7, 4),
    "4th of july": (7, 4),
    "july 4th": (7, 4),
    "july fourth": (7, 4),
    "independence day": (7, 4),
    "st. patrick's": (3, 17),
    "st. patricks": (3, 17),
    "saint patrick's": (3, 17),
    "saint patricks": (3, 17),
    "valentine's": (2, 14),
    "valentines": (2, 14),
    "valentine": (2, 14),
    "st patrick's": (3, 17),
    "st patricks": (3, 17),
    "groundhog day": (2, 2),
    "groundhog's day": (2, 2),
    "cinco de mayo": (5, 5),
    "boxing day": (12, 26),
    # Three Kings Day (Epiphany), said in English or Spanish words.
    "three kings day": (1, 6),
    "three kings' day": (1, 6),
    "día de reyes": (1, 6),
    "dia de reyes": (1, 6),
    "día de los reyes": (1, 6),
    "dia de los reyes": (1, 6),
    "epiphany": (1, 6),
    # The Day of the Dead is kept on November 1 and 2; the 2nd is its own day, as is All
    # Souls'; All Saints' is the 1st.
    "día de los muertos": (11, 2),
    "dia de los muertos": (11, 2),
    "day of the dead": (11, 2),
    "all souls day": (11, 2),
    "all souls' day": (11, 2),
    "all saints day": (11, 1),
    "all saints' day": (11, 1),
    # State days kept on a fixed date: Utah's Pioneer Day, Hawaii's Kamehameha Day, Texas
    # Independence Day; and a few days every calendar marks.
    "pioneer day": (7, 24),
    "kamehameha day": (6, 11),
    "texas independence day": (3, 2),
    "flag day": (6, 14),
    "earth day": (4, 22),
    "april fools day": (4, 1),
    "april fools' day": (4, 1),
    # The solstices and equinoxes, on the day they fall on most years (a day either way
    # in some): "a week before the solstice in June", "around the fall equinox".
    "summer solstice": (6, 21),
    "winter solstice": (12, 21),
    "spring equinox": (3, 20),
    "vernal equinox": (3, 20),
    "fall equinox": (9, 22),
    "autumn equinox": (9, 22),
    "autumnal equinox": (9, 22),
}
_FIXED_PLAIN = frozenset(k.replace("'", "") for k in _FIXED)
# Days counted from Easter (dateutil's, Western): Mardi Gras is 47 days before it.
_FROM_EASTER = {
    "mardi gras": -47,
    "fat tuesday": -47,
    "shrove tuesday": -47,
    "ash wednesday": -46,
    "palm sunday": -7,
    "good friday": -2,
    "easter": 0,
}
# Days set by a rule no holiday calendar carries.
_BY_RULE = frozenset(
    {
        "election day",
        "election night",
        "super bowl",
        "superbowl",
        "black friday",
        "cyber monday",
        "kentucky derby",
        "derby day",
        "indy 500",
        "indianapolis 500",
        "tax day",
        "michigan ohio state game",
    }
)
# Days that do not come every year: the latest one on or before the year said.
_OCCASIONAL = {
    # The men's World Cup final (said plainly), and the women's.
    "world cup final": (
        date(2002, 6, 30),
        date(2006, 7, 9),
        date(2010, 7, 11),
        date(2014, 7, 13),
        date(2018, 7, 15),
        date(2022, 12, 18),
        date(2026, 7, 19),
    ),
    "women's world cup final": (
        date(2011, 7, 17),
        date(2015, 7, 5),
        date(2019, 7, 7),
        date(2023, 8, 20),
    ),
    # Solar eclipses seen across the United States: the total ones of 2017 and 2024, the
    # annular one of October 2023.
    "solar eclipse": (date(2017, 8, 21), date(2023, 10, 14), date(2024, 4, 8)),
}
_OCCASIONAL_PLAIN = frozenset(k.replace("'", "") for k in _OCCASIONAL)
_GAME_DAYS = frozenset({"michigan ohio state game"})
# Days known by name said in other words: "when taxes were due", "the tax deadline" (tax
# day); "the big Ohio State-Michigan game"; "the FIFA world cup final"; "the total solar
# eclipse", "the eclipse"; "the same weekend as" a day (the weekend of it).
_EVENT_WORDS = (
    (
        re.compile(
            r"\b(?:when\s+)?(?:(?:my|our|the)\s+)?taxes\s+(?:were|was|are|is)\s+due\b|"
            r"\b(?:the\s+)?(?:tax|taxes|irs)\s+(?:filing\s+)?(?:deadline|due\s+date)\b",
            re.IGNORECASE,
        ),
        "tax day",
    ),
    (
        re.compile(
            r"\b(?:big\s+)?(?:(?:michigan|u\s+of\s+m|um)\s*(?:-|/|vs\.?|v\.?|versus|and|at)?\s*"
            r"(?:ohio\s+state|osu)|(?:ohio\s+state|osu)\s*(?:-|/|vs\.?|v\.?|versus|and|at)?\s*"
            r"michigan)(?:\s+football)?\s+game\b",
            re.IGNORECASE,
        ),
        "michigan ohio state game",
    ),
    (
        re.compile(
            r"\b(?:fifa\s+)?(?P<women>women'?s\s+)?(?:fifa\s+)?world\s+cup\s+final\b",
            re.IGNORECASE,
        ),
        "world cup final",
    ),
    (
        re.compile(
            r"\b(?:great\s+american\s+|total\s+|annular\s+|big\s+)?(?:solar\s+)?eclipse\b",
            re.IGNORECASE,
        ),
        "solar eclipse",
    ),
    (
        # "the June solstice", "the solstice in June", "the longest day of the year"
        re.compile(
            r"\b(?:june|summer)\s+solstice\b|\bsolstice\s+(?:in|of)\s+june\b|"
            r"\blongest\s+day\s+of\s+(?:the|that)\s+year\b",
            re.IGNORECASE,
        ),
        "summer solstice",
    ),
    (
        re.compile(
            r"\b(?:december|winter)\s+solstice\b|\bsolstice\s+(?:in|of)\s+december\b|"
            r"\bshortest\s+day\s+of\s+(?:the|that)\s+year\b",
            re.IGNORECASE,
        ),
        "winter solstice",
    ),
    (
        re.compile(
            r"\b(?:march\s+equinox|equinox\s+(?:in|of)\s+march)\b",
            re.IGNORECASE,
        ),
        "spring equinox",
    ),
    (
        re.compile(r"\bseptember\s+equinox\b|\bequinox\s+(?:in|of)\s+september\b", re.I),
        "fall equinox",
    ),
    (
        re.compile(r"\b(?:the\s+)?same\s+(?P<what>weekend|day|week)\s+(?:as|of)\b", re.I),
        "the {what} of",
    ),
)


def _event_words(text: str) -> str:
    """Days known by name put in the words the holiday reader knows."""
    for pattern, name in _EVENT_WORDS:

        def put(m: re.Match[str], name: str = name) -> str:
            groups = m.groupdict()
            if groups.get("women"):
                return "women's " + name
            return name.format(what=(groups.get("what") or "").lower())

        text = pattern.sub(put, text)
    # "June, a week before the solstice": the solstice of the month said beside it.
    if re.search(r"\bsolstice\b", text, re.I) and not re.search(
        r"\b(?:summer|winter)\s+solstice\b", text, re.I
    ):
        months = {m.lower() for m in re.findall(r"\b(june|july|december|january)\b", text, re.I)}
        if months and months <= {"june", "july"}:
            text = re.sub(r"\bsolstice\b", "summer solstice", text, flags=re.I)
        elif months and months <= {"december", "january"}:
            text = re.sub(r"\bsolstice\b", "winter solstice", text, flags=re.I)
    return text


# Holidays that are one day, not a season ("around Christmas" is the holidays; "around
# the 4th of July" is that day, give or take two).
_SINGLE_DAYS = frozenset(
    {
        "fourth of july",
        "4th of july",
        "july 4th",
        "july fourth",
        "independence day",
        "halloween",
        "valentine's",
        "valentines",
        "valentine",
        "st patrick's",
        "st patricks",
        "groundhog day",
        "groundhog's day",
        "cinco de mayo",
        "mardi gras",
        "fat tuesday",
        "shrove tuesday",
        "ash wednesday",
        "palm sunday",
        "election day",
        "election night",
        "super bowl",
        "superbowl",
        "black friday",
        "cyber monday",
        "kentucky derby",
        "derby day",
        "indy 500",
        "indianapolis 500",
        "boxing day",
        "three kings day",
        "three kings' day",
        "día de reyes",
        "dia de reyes",
        "día de los reyes",
        "dia de los reyes",
        "epiphany",
        "día de los muertos",
        "dia de los muertos",
        "day of the dead",
        "all souls day",
        "all souls' day",
        "all saints day",
        "all saints' day",
        "pioneer day",
        "kamehameha day",
        "texas independence day",
        "flag day",
        "earth day",
        "april fools day",
        "april fools' day",
        "summer solstice",
        "winter solstice",
        "spring equinox",
        "vernal equinox",
        "fall equinox",
        "autumn equinox",
        "autumnal equinox",
        "mlk",
        "martin luther king",
        "martin luther king jr",
        "michigan ohio state game",
        *_OCCASIONAL,
    }
)
_FEDERAL = {
    "thanksgiving": "Thanksgiving",
    "labor day": "Labor Day",
    "memorial day": "Memorial Day",
    "mlk day": "Martin Luther King",
    # "over MLK weekend": the name without "day", said with a weekend or alone.
    "mlk": "Martin Luther King",
    "martin luther king": "Martin Luther King",
    "martin luther king jr": "Martin Luther King",
    "martin luther king day": "Martin Luther King",
    "presidents day": "Washington's Birthday",
    "presidents' day": "Washington's Birthday",
    "martin luther king jr day": "Martin Luther King",
    "martin luther king jr. day": "Martin Luther King",
    "mlk jr day": "Martin Luther King",
    "mlk jr. day": "Martin Luther King",
    "president's day": "Washington's Birthday",
    "columbus day": "Columbus Day",
    "indigenous peoples' day": "Columbus Day",
    "indigenous people's day": "Columbus Day",
    "veterans day": "Veterans Day",
    "veteran's day": "Veterans Day",
    "juneteenth": "Juneteenth",
    "washington's birthday": "Washington's Birthday",
    "washingtons birthday": "Washington's Birthday",
}
_HOLIDAY_NAMES = sorted(
    [
        *_FIXED,
        *_FEDERAL,
        *_FROM_EASTER,
        *_BY_RULE,
        *_OCCASIONAL,
        "mother's day",
        "mothers day",
        "father's day",
        "fathers day",
    ],
    key=len,
    reverse=True,
)
_WEEKDAY_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_COUNT = r"(?:\d|a\s+couple\s+of|a\s+couple|couple|two|three|four|five|a\s+few|several)"
_HOLIDAY = re.compile(
    r"(?P<lead>\b(?:(?:the\s+)?(?:day|night|morning|evening|afternoon|week|weekend|"
    + _WEEKDAY_WORDS
    + r")\s+"
    r"(?:after|before|of)|"
    r"(?:right|just|shortly|soon|the\s+days?)\s+(?:after|before)|"
    r"(?:a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a)"
    r"\s+(?:days?|weeks?)\s+(?:after|before)|after|before|around|about|near|on|over|during|"
    r"at)\s+)?"
    r"(?:(?:the\s+)?(?P<rel>last|this\s+past|past|this|previous)\s+)?"
    r"(?:(?P<count>" + _COUNT + r")\s+)?(?:the\s+)?"
    r"\b(?P<name>" + "|".join(re.escape(n).replace("'", "'?") for n in _HOLIDAY_NAMES) + r")"
    r"(?:'?s|es)?(?P<suffix>\s+(?:eve|day|weekend|morning|night|evening|afternoon|break|"
    r"holidays?|time|week|dinner|sunday))?(?P<before_last>\s+before\s+last)?(?P<ago>\s+ago)?"
    r"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_NEXT = re.compile(
    r"\b(?:next|coming|upcoming)\s+(?:week|month|year|spring|summer|fall|autumn|winter|"
    r"christmas|thanksgiving|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# Public: story.py finds holiday phrases in a story with the same pattern.
HOLIDAY_PHRASE = _HOLIDAY
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTH_NAMES = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
# "beginning of October", texted "beginning october"; "the first/last part of October".
_MONTH_PART = re.compile(
    r"\b(?P<part>(?:early|first|later?|latter|last|middle)\s+part\s+of|"
    r"(?:the\s+)?(?:first|1st|front|second|2nd|back|latter|last)\s+half\s+(?:of|in)|"
    r"(?:the\s+)?(?:first|last|final)\s+(?:(?:few|couple(?:\s+of)?|several|\d{1,2}|two|three|four|"
    r"five|six|seven|ten)\s+)?days\s+(?:of|in)|"
    r"early|late|mid|middle(?:\s+of)?|beginning(?:\s+of)?|end(?:\s+of)?|start(?:\s+of)?|"
    r"(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+(?:full\s+)?"
    r"week\s+(?:of|in))[\s-]+"
    r"(?:(?:the\s+)?(?:month\s+of\s+))?(?P<month>"
    + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    # "start October 3rd": the day said is finer than the part of the month.
    + r")\.?(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)(?:\s*,?\s*(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_WEEK_OF_MONTH = re.compile(r"(?:the\s+)?(\w+)\s+(?:full\s+)?week")
_WEEK_ORDINALS: dict[str, int | None] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": None,
    "final": None,
}
_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?\s*,?\s*(?:of\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_NTH_ONLY = re.compile(
    r"^\s*(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s+of\s+(?P<which>this|last|the)\s+month)?\s*$",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(r"\b(last|this|past)\s+(?:year|yr)\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\s*(?:(?:19|20)\d\d)\s*$")
_EARLIEST_PLAUSIBLE = date(1900, 1, 1)


def describe(when: DateSpec) -> str:
    """The date as the English read-back says it ("March 2024", "March 10, 2024")."""
    if when.precision == "day":
        return when.earliest.strftime("%B %-d, %Y")
    if when.precision == "month":
        return when.earliest.strftime("%B %Y")
    if when.precision == "year":
        return str(when.earliest.year)
    return (
        f"between {when.earliest.strftime('%B %-d, %Y')} and {when.latest.strftime('%B %-d, %Y')}"
    )


class DateParseError(ValueError):
    """Why an answer is not a usable date: code is 'unparsed', 'future' or 'too_old'."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_month = DateSpec.month
_year = DateSpec.year


def _range(a: date, b: date) -> DateSpec:
    """A span said in words; kept as a range even when it is one day, as said."""
    return DateSpec(min(a, b), max(a, b), "range")


_BARE_MONTH = re.compile(
    r"\b(?:in|of|during|around)\s+(january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)


_AND_A_HALF = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>years?|yrs?|months?)\s+(?:and|&|n)\s+(?:a\s+)?half\b|"
    r"\b(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|&|n)\s+(?:a\s+)?half\s+"
    r"(?P<unit3>years?|yrs?|months?)\b|"
    r"\b(?P<half>half\s+a)\s+(?P<unit2>year|month)\b",
    re.IGNORECASE,
)


def _in_months(m: re.Match[str]) -> str:
    """ "two and a half years" as months ("30 months"), "a month and a half" as weeks."""
    if m.group("half"):
        return "6 months" if m.group("unit2").lower() == "year" else "2 weeks"
    raw = (m.group("n") or m.group("n3")).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    if (m.group("unit") or m.group("unit3")).lower().startswith("month"):
        return f"{n * 4 + 2} weeks"
    return f"{n * 12 + 6} months"


# "6 months ago almost exactly", "exactly a year ago", "two years ago to the day": that
# day, give or take two (a count of days stays one day).
_EXACTLY = re.compile(r"\b(?:exactly|to\s+the\s+day|on\s+the\s+dot)\b", re.IGNORECASE)


_AGO_TODAY = re.compile(r"\s+today\b", re.IGNORECASE)  # after "ago" or "back"
_HEDGED = re.compile(r"\b(?:about|around|like|maybe|roughly|approx\w*|abt|almost|over)\s+$", re.I)


def _ago(match: re.Match[str], today: date) -> DateSpec:
    raw = match.group("n").lower()
    unit = _UNITS.get(match.group("unit").lower(), match.group("unit").lower())
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    counted = raw.isdigit() or raw in SMALL_NUMBERS or raw in {"a", "an", "one"}
    if (
        _AGO_TODAY.match(match.string, match.end())
        and not match.group(0).lower().endswith("earlier")
        and counted
        and not _HEDGED.search(match.string[: match.start()])
    ):
        # "a week ago today", "3 months ago today": that very day, counted back.
        return DateSpec.exact(today - relativedelta(**{f"{unit}s": n}))
    if _EXACTLY.search(match.string) and unit in {"week", "month", "year"} and counted:
        centre = today - relativedelta(**{f"{unit}s": n})
        return _range(centre - timedelta(days=2), min(centre + timedelta(days=2), today))
    month_said = _BARE_MONTH.search(match.string)
    if match.group("unit").lower() in {"year", "yr"} and month_said:
        # "two years ago in March" keeps the month said.
        month = _MONTH_NAMES[month_said.group(1).lower()]
        return _month(today.year - n, month)
    vague = not raw.isdigit() and raw in {
        "a couple of",
        "a couple",
        "couple",
        "couple of",
        "a few",
        "few",
        "several",
    }
    if unit == "day":
        centre = today - timedelta(days=n)
        return (
            DateSpec.exact(centre)
            if not vague
            # "a couple of days ago" is two to four days back, not yesterday; "a few" two to five
            else _range(today - timedelta(days=n + 2), today - timedelta(days=max(n - 1, 2)))
        )
    if unit == "week":
        centre = today - timedelta(weeks=n)
        # A count said is a count rounded: "about three weeks ago" is half a week either
        # side of it (four days), a longer count looser, up to a week either side (15% of
        # it); "a couple of weeks" and "a few" are no count, so a week either side.
        days = 7 if vague else min(7, max(4, round(n * 7 * 0.15)))
        return _range(centre - timedelta(days=days), min(centre + timedelta(days=days), today))
    if unit == "month":
        if not vague and n <= 3:
            # "about a month ago", "two months ago": two weeks either side, not the month
            # before and after it; "a month ago" is not the two months up to today.
            centre = today - relativedelta(months=n)
            return _range(centre - timedelta(days=14), min(centre + timedelta(days=14), today))
        # "a couple of months ago" is about two months back, give or take one; it does
        # not reach today.
        spread = 1
        return _range(
            today - relativedelta(months=n + spread),
            min(today - relativedelta(months=max(n - spread, 0)), today),
        )
    # "a year ago", "about a year ago": a season either side of the day a year back (three
    # months), a longer count a month looser for each year more, up to half a year either
    # side; a whole year wide had reached from one summer to the next. "A couple of years",
    # "a few" are no count, so a year either side.
    spread_months = 12 if vague else min(6, 2 + n)
    centre = today - relativedelta(years=n)
    return _range(
        centre - relativedelta(months=spread_months),
        min(centre + relativedelta(months=spread_months), today),
    )


def _season_range(season: str, y: int) -> tuple[date, date]:
    """A season of year `y`; winter y runs from December y to February y+1."""
    if season == "winter":
        return date(y, 12, 1), date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
    first, last = _SEASONS[season]
    return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])


def _latest_started(season: str, today: date) -> int:
    """The year of the most recent `season` that has begun by today."""
    y = today.year
    while _season_range(season, y)[0] > today:
        y -= 1
    return y


def _seasons_ago(text: str, today: date) -> DateSpec | None:
    """ "two summers ago": counted back from the last whole one ("one summer ago" is it)."""
    m = _SEASONS_AGO.search(text)
    if not m:
        return None
    raw = " ".join(m.group("n").lower().split())
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    season = m.group("season").lower().rstrip("s")
    season = "fall" if season == "autumn" else season
    y = _latest_started(season, today)
    if _season_range(season, y)[1] >= today:
        y -= 1
    return _range(*_season_range(season, y - (n - 1)))


# A month named anywhere ("It was October, a year ago", "this past October"). "May",
# "March", "Jan", "April", "June" and "August" are also verbs, names or an adjective, so
# those only after a word that makes them a month ("in May", "last March", "was June").
_ANY_MONTH = re.compile(
    r"\b(?:(?P<rel>this\s+past|last|past|previous)\s+|"
    r"(?P<lead>in|of|during|around|early|late|mid|that|was|it'?s|since|by|this)\s+)?"
    r"(?P<month>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?",
    re.IGNORECASE,
)
_MONTHS_NEEDING_A_LEAD = frozenset({"may", "march", "mar", "jan", "april", "june", "august"})


def _named_month(text: str) -> tuple[int, bool] | None:
    """The one month named in `text`, and whether it was said as the last one ("this
    past October", "last March"); None when no month or two different months are named."""
    found: dict[int, bool] = {}
    for m in _ANY_MONTH.finditer(text):
        word = m.group("month").lower()
        if word in _MONTHS_NEEDING_A_LEAD and not (m.group("rel") or m.group("lead")):
            continue
        month = _MONTH_NAMES[word]
        found[month] = found.get(month, False) or bool(m.group("rel"))
    return next(iter(found.items())) if len(found) == 1 else None


def _month_of_season(text: str, start: date, said_year: int | None) -> tuple[bool, DateSpec | None]:
    """A month named with a season is the finer answer: "two winters ago, in January" is
    that January (of that winter), "the winter of 2024, in January" January 2024 (the year
    said). Returns (a month was named, the month within the season or None if it is not
    one of the season's months)."""
    said = _named_month(_SEASON.sub(" ", text))
    if said is None:
        return False, None
    month = said[0]
    firsts = [start + relativedelta(months=k) for k in range(3)]
    for first in firsts:
        if first.month == month:
            return True, _month(said_year if said_year is not None else first.year, month)
    return True, None


def _season(text: str, today: date, year_hint: int | None) -> DateSpec | None:
    if year_hint is None and (ago := _seasons_ago(text, today)):
        named, month = _month_of_season(text, ago.earliest, None)
        return month if named else ago
    for m in _SEASON.finditer(text):
        season = m.group("season").lower()
        season = "fall" if season == "autumn" else season
        rel = " ".join((m.group("rel") or "").lower().split())
        if m.group("year"):
            y = int(m.group("year"))
        elif rel in {"last", "this past", "past", "previous"}:
            y = _latest_started(season, today)
            a, b = _season_range(season, y)
            if b >= today:  # still in it: "last summer" is the one before
                y -= 1
        elif rel == "this":
            y = _latest_started(season, today)
        elif year_hint is not None:
            y = year_hint
        else:
            y = _latest_started(season, today)
            if (today - _season_range(season, y)[0]).days < 30:
                y -= 1  # "in the winter", said in early December, is the last one
        if m.group("before_last"):
            y -= 1
        a, b = _season_range(season, y)
        said_year = int(m.group("year")) if m.group("year") else year_hint
        named, month = _month_of_season(text, a, said_year)
        if named:  # "spring break in March": the month said is the finer answer
            return month
        part = " ".join((m.group("part") or "").lower().split())
        if part:
            months = [a + relativedelta(months=k) for k in range(3)]
            pick = {"early": 0, "beginning of": 0, "start of": 0, "mid": 1, "middle of": 1}
            first = months[pick.get(part, 2)]
            a = first
            b = first + relativedelta(months=1) - timedelta(days=1)
        return _range(a, b)
    return None


# A rough part of a year said first, then the month(s) meant: "early 2025, I think January",
# "late 2024, maybe november", "mid 2025... june or july", "towards the end of 2023".
_ROUGH_PART_OF_YEAR = re.compile(
    r"\b(?:early|late|mid|middle|beginning|start|end|(?:tail|very)\s+end|"
    r"(?:first|second|last|back)\s+half|(?:first|early|latter|last|later)\s+part|"
    r"towards?\s+the\s+end|near\s+the\s+end)"
    r"(?:\s*-\s*|\s+)(?:(?:in|of)\s+)?(?:the\s+year\s+)?(?:of\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A month after it: a clause word before, or the clause or an "or" after ("I may be wrong"
# is no May).
_MONTH_AFTER_ROUGH = re.compile(
    r"(?:[,.;:\-!?(]|\b(?:say|like|maybe|probably|around|think|was|in|either|or|"
    r"believe|guess|about)\b|^)\s*(?P<month>"
    + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    + r")\b\.?"
    r"(?=\s*(?:$|[,.;:!?)\-]|or\b|i\b|maybe\b|probably\b|or\s+so\b|i\s+think\b))",
    re.IGNORECASE,
)


def _months_after_rough_part(raw: str) -> DateSpec | None:
    """The month or two named after a rough part of the year, in the year said: "early
    2025, I think January" is January 2025, "it was in early 2025, January or February"
    January to February 2025 (not of this year). A day said beside them is left to the
    readers of days."""
    m = _ROUGH_PART_OF_YEAR.search(raw)
    if not m:
        return None
    rest = raw[m.end() :]
    if _MONTH_DAY.search(rest) or re.search(r"\d", rest):
        return None
    said = _MONTH_AFTER_ROUGH.finditer(rest)
    months = sorted({_MONTH_NAMES[f.group("month").lower()] for f in said})
    if not months or len(months) > 2:
        return None
    y = int(m.group("year"))
    if len(months) == 1:
        return _month(y, months[0])
    return _range(date(y, months[0], 1), date(y, months[1], calendar.monthrange(y, months[1])[1]))


def _part_of_year(text: str) -> DateSpec | None:
    """ "early 2023", "the tail end of 2025"; two said ("late 2023 early 2024") span both."""
    spans = [_one_part_of_year(m) for m in _PART_OF_YEAR.finditer(text)]
    if not spans:
        return None
    return spans[0] if len(spans) == 1 else _range(spans[0].earliest, spans[-1].latest)


def _one_part_of_year(m: re.Match[str]) -> DateSpec:
    y, which = int(m.group("year")), " ".join(m.group("which").lower().split())
    which = which.removeprefix("the ")
    if which.endswith("half of"):  # "the first half of 2024": January to June
        first = which.startswith("first")
        if first:
            return _range(date(y, 1, 1), date(y, 6, 30))
        return _range(date(y, 7, 1), date(y, 12, 31))
    if which.startswith(("early", "beginning", "start", "first")):
        return _range(date(y, 1, 1), date(y, 4, 30))
    if which.startswith(("late", "end", "tail", "very", "latter", "last", "later")):
        return _range(date(y, 9, 1), date(y, 12, 31))
    return _range(date(y, 5, 1), date(y, 8, 31))


@lru_cache(maxsize=512)
def holiday_date(name: str, year: int) -> date:
    """The day a holiday fell on in `year` (US federal calendar, Easter, fixed days)."""
    key = " ".join(name.lower().replace("’", "'").split())
    if key in _FIXED:
        month, day = _FIXED[key]
        return date(year, month, day)
    if key.replace("'", "") in {k.replace("'", "") for k in _FIXED}:
        month, day = next(
            v for k, v in _FIXED.items() if k.replace("'", "") == key.replace("'", "")
        )
        return date(year, month, day)
    plain = key.replace("'", "")
    if key in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[key])
    if key in {"election day", "election night"}:  # the Tuesday after the first Monday
        return date(year, 11, 2) + relativedelta(weekday=TU(+1))
    if key in {"black friday", "cyber monday"}:  # the Friday and Monday after Thanksgiving
        thanksgiving = holiday_date("thanksgiving", year)
        return thanksgiving + timedelta(days=1 if key == "black friday" else 4)
    if key in {"super bowl", "superbowl"}:
        # The second Sunday of February since 2022, the first from 2004 to 2021; before
        # that late January (the last Sunday of January, near enough for a deadline).
        if year >= 2022:
            return date(year, 2, 1) + relativedelta(weekday=SU(+2))
        if year >= 2004:
            return date(year, 2, 1) + relativedelta(weekday=SU(+1))
        return date(year, 1, 31) + relativedelta(weekday=SU(-1))
    if key.replace("'", "") in {k.replace("'", "") for k in _OCCASIONAL}:
        days = next(v for k, v in _OCCASIONAL.items() if k.replace("'", "") == plain)
        held = [d for d in days if d.year <= year]
        return held[-1] if held else days[0]
    if key == "tax day":
        # April 15, or the next working day: not a weekend nor Emancipation Day in
        # Washington (April 16, kept on the Friday before or the Monday after a weekend).
        emancipation = date(year, 4, 16)
        if emancipation.weekday() >= 5:
            emancipation += timedelta(days=-1 if emancipation.weekday() == 5 else 1)
        d = date(year, 4, 15)
        while d.weekday() >= 5 or d == emancipation:
            d += timedelta(days=1)
        return d
    if key == "michigan ohio state game":  # "the Game": the Saturday after Thanksgiving
        return holiday_date("thanksgiving", year) + timedelta(days=2)
    if key in {"kentucky derby", "derby day"}:  # the first Saturday of May
        return date(year, 5, 1) + relativedelta(weekday=SA(+1))
    if key in {"indy 500", "indianapolis 500"}:  # the Sunday before Memorial Day
        return holiday_date("memorial day", year) - timedelta(days=1)
    if key.replace("'", "") == "mothers day":  # second Sunday of May
        return date(year, 5, 1) + relativedelta(weekday=SU(+2))
    if key.replace("'", "") == "fathers day":  # third Sunday of June
        return date(year, 6, 1) + relativedelta(weekday=SU(+3))
    wanted = next((v for k, v in _FEDERAL.items() if k.replace("'", "") == plain), None)
    if wanted is None:
        raise KeyError(name)
    calendar_year = us_holidays.US(years=year)
    return next(d for d, n in sorted(calendar_year.items()) if wanted in n and "observed" not in n)


_DAY_WORDS = {"day", "morning", "night", "evening", "afternoon", "dinner", "sunday"}
_WEEKDAYS = _WEEKDAY_WORDS.split("|")


def weekday_after(day: date, weekday: int) -> date:
    """The first `weekday` (0 = Monday) strictly after `day`."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def weekday_before(day: date, weekday: int) -> date:
    """The last `weekday` (0 = Monday) strictly before `day`."""
    return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)


_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY_WORDS})\b", re.IGNORECASE)


def _holiday(text: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A date by a holiday; counted from this year's holiday it would still be to come
    ("two weeks after Thanksgiving", said on December 3), so it is last year's."""
    when = _holiday_in(text, today, year_hint)
    m = _HOLIDAY.search(text)
    said_this = m is not None and (m.group("rel") or "").lower() == "this"  # "this Christmas"
    if when is not None and when.earliest > today and m and not (m.group("year") or year_hint):
        if said_this:
            return when
        return _holiday_in(text, today, year_hint, years_back=1)
    return when


def _holiday_in(
    text: str, today: date, year_hint: int | None, years_back: int = 0
) -> DateSpec | None:
    m = _HOLIDAY.search(text)
    if not m:
        return None
    name = m.group("name").lower()
    suffix = (m.group("suffix") or "").strip().lower()
    if suffix == "eve" and name in {"christmas", "xmas", "new year's", "new years", "new year"}:
        name = "christmas eve" if name in {"christmas", "xmas"} else "new year's eve"
        suffix = ""
    rel = " ".join((m.group("rel") or "").lower().split())
    count_raw = (m.group("count") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    elif year_hint is not None and not rel and not m.group("ago"):
        year = year_hint  # "March 2024, the weekend after Easter": the year said wins
    else:
        year = today.year if holiday_date(name, today.year) <= today else today.year - 1
        years_ago = _AGO.search(text)
        if years_ago and years_ago.group("unit").lower() in {"year", "yr"}:
            # "Halloween two years ago": that holiday, that many years back.
            raw_n = years_ago.group("n").lower()
            n_years = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
            year = today.year - n_years
        if rel == "this":
            year = today.year
        back = 0
        if m.group("ago"):
            raw = " ".join(count_raw.split()) or "a"
            n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
            back = n - 1  # one Christmas ago is the last one
        if m.group("before_last"):
            back += 1
        year -= back
        if not (years_ago or rel or back) and (_SEASON.search(text) or _SEASONS_AGO.search(text)):
            # "two winters ago, just after New Year's": the holiday in that winter.
            season = _season(text, today, None)
            for y in (season.earliest.year, season.latest.year) if season else ():
                if season and season.earliest <= holiday_date(name, y) <= season.latest:
                    year = y
                    break
    centre = holiday_date(name, year - years_back)
    said_year = m.group("year") or year_hint is not None
    if said_year and name.replace("'", "") in _OCCASIONAL_PLAIN and centre.year != year:
        return None  # "the eclipse in 2020": none that year
    lead = " ".join((m.group("lead") or "").lower().split())
    if suffix == "eve":
        return DateSpec.exact(centre - timedelta(days=1))
    weekday = re.match(rf"(?:the\s+)?({_WEEKDAY_WORDS})\s+(after|before)", lead)
    if weekday:  # "the Friday before Memorial Day": that one day
        wanted = _WEEKDAYS.index(weekday.group(1))
        if weekday.group(2) == "after":
            d = weekday_after(centre, wanted)
        else:
            d = weekday_before(centre, wanted)
        return DateSpec.exact(d)
    weekday_of = re.fullmatch(rf"(?:the\s+)?({_WEEKDAY_WORDS})\s+of", lead)
    if weekday_of:  # "the Sunday of Columbus Day weekend": that day of the long weekend
        return _weekday_near(_long_weekend(centre), _WEEKDAYS.index(weekday_of.group(1)))
    if re.fullmatch(r"(?:the\s+)?(?:day|night|morning|evening|afternoon)\s+of", lead):
        return DateSpec.exact(centre)  # "the morning of the 4th of July": that day
    if suffix == "weekend" and (week := re.fullmatch(r"(?:the\s+)?week\s+(before|after)", lead)):
        start, end = _long_weekend(centre)  # "the week before Memorial Day weekend"
        if week.group(1) == "before":
            return _range(start - timedelta(days=7), start - timedelta(days=1))
        return _range(end + timedelta(days=1), end + timedelta(days=7))
    n_days = re.fullmatch(
        r"(?:(?:right|just|shortly|soon)\s+|(?:the\s+)?(?:days?|nights?)\s+|"
        r"(?:a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several)\s+days\s+)?(before|after)",
        lead,
    )
    if suffix == "weekend" and n_days:
        # "right before Labor Day weekend", "the days before Memorial Day weekend": the
        # weekdays before (or after) the long weekend, not the weekend itself; "the day
        # before Labor Day weekend" is the one day before it starts.
        start, end = _long_weekend(centre)
        if n_days.group(1) == "before":
            last = start - timedelta(days=1)
            if re.match(r"(?:the\s+)?(?:day|night)\s", lead):
                return DateSpec.exact(last)
            return _range(last - timedelta(days=min(last.weekday(), 4)), last)
        first = end + timedelta(days=1)
        if re.match(r"(?:the\s+)?(?:day|night)\s", lead):
            return DateSpec.exact(first)
        return _range(first, first + timedelta(days=max(4 - first.weekday(), 0)))
    if lead.startswith(("the day after", "day after")):
        d = centre + timedelta(days=1)
        return DateSpec.exact(d)
    if lead.startswith(("the day before", "day before", "the night before", "night before")):
        d = centre - timedelta(days=1)
        return DateSpec.exact(d)
    if "weekend" in lead or suffix == "weekend":
        if "before" in lead:
            sat = weekday_before(centre, 5)
            return _range(sat, sat + timedelta(days=1))
        if "after" in lead:
            sat = weekday_after(centre, 5)
            return _range(sat, sat + timedelta(days=1))
        if name in _GAME_DAYS and centre.weekday() >= 5:
            # a game on a Saturday is no holiday: its weekend is that Saturday and Sunday
            return _range(
                centre - timedelta(days=centre.weekday() - 5),
                centre + timedelta(6 - centre.weekday()),
            )
        return _range(*_long_weekend(centre))  # the long weekend the holiday belongs to
    n_units = re.match(
        r"(\S+(?:\s+(?:few|couple(?:\s+of)?))?)\s+(days?|weeks?)\s+(after|before)", lead
    )
    if n_units and not lead.startswith("the"):
        raw = n_units.group(1)
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 3)
        unit = 7 if n_units.group(2).startswith("week") else 1
        sign = 1 if n_units.group(3) == "after" else -1
        mid = centre + timedelta(days=sign * n * unit)
        if unit == 1 and (raw.isdigit() or raw in SMALL_NUMBERS):
            return DateSpec.exact(mid)  # "three days after Christmas": a count, one day
        spread = 3 if unit == 7 else 2  # "a week before": that week's middle, give or take
        return _range(mid - timedelta(days=spread), mid + timedelta(days=spread))
    week_beside = re.fullmatch(r"(?:sometime\s+)?(?:the\s+)?week\s+(before|after)", lead)
    if (
        week_beside
        and suffix in {"", "day"}  # "the week before Thanksgiving Day" is that holiday's too
        and name.replace("'", "") not in _FIXED_PLAIN
        and 1 <= centre.weekday() <= 5
    ):
        # "the week before Thanksgiving": a holiday set on a Tuesday to a Saturday has a
        # week of its own ("Thanksgiving week", Sunday to Saturday), and the week before or
        # after it is the calendar week beside that one, not the seven days up to it.
        sunday = centre - timedelta(days=(centre.weekday() + 1) % 7)
        step = -7 if week_beside.group(1) == "before" else 7
        return _range(sunday + timedelta(days=step), sunday + timedelta(days=step + 6))
    if "week" in lead or suffix == "week":
        if "before" in lead:
            return _range(centre - timedelta(days=7), centre - timedelta(days=1))
        if "after" in lead:
            return _range(centre + timedelta(days=1), centre + timedelta(days=7))
        if name.replace("'", "") in _FIXED_PLAIN:
            # "the week of Christmas", "Fourth of July week": a holiday on a fixed date falls
            # on any weekday, and its week is the calendar week (Sunday to Saturday) it is in.
            sunday = centre - timedelta(days=(centre.weekday() + 1) % 7)
            return _range(sunday, sunday + timedelta(days=6))
        return _range(centre - timedelta(days=3), centre + timedelta(days=3))
    if lead.endswith("after"):
        return _range(centre + timedelta(days=1), centre + timedelta(days=7))
    if lead.endswith("before"):
        return _range(centre - timedelta(days=7), centre - timedelta(days=1))
    if (
        name in {"christmas", "xmas"}
        and not suffix
        and (lead == "at" or (not lead and _AT_CHRISTMAS.search(text[: m.start()])))
    ):
        # "at Christmas", "for Christmas" ("en Navidad", "para Navidad"): the day, give or
        # take one (Christmas Eve is the feast for many); bare "Christmas" and "around
        # Christmas" are left as the season around it.
        return _range(centre - timedelta(days=1), centre + timedelta(days=1))
    one_day = name.endswith(("day", "eve", "friday")) or name in {"juneteenth", *_SINGLE_DAYS}
    if lead == "on" or suffix in _DAY_WORDS or (one_day and lead in {"", "at"} and not suffix):
        return DateSpec.exact(centre)
    if lead in {"around", "about", "near"} and name in _SINGLE_DAYS and not suffix:
        # "around the 4th of July": a fixed day, give or take two.
        return _range(centre - timedelta(days=2), centre + timedelta(days=2))
    if lead in {"around", "about", "near"} or suffix in {"break", "holiday", "holidays", "time"}:
        return _range(centre - timedelta(days=7), centre + timedelta(days=7))
    return _range(centre - timedelta(days=3), centre + timedelta(days=3))


# "in Christmas" is how "en Navidad" reaches this reader; "for Christmas", "para Navidad".
_AT_CHRISTMAS = re.compile(r"\b(?:in|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _long_weekend(centre: date) -> tuple[date, date]:
    """The long weekend a holiday belongs to: Saturday to a Monday holiday, a Thursday
    holiday to Sunday, a Friday holiday to Sunday (not the Thursday before it), otherwise
    the day either side (a Saturday holiday's Friday off, a Sunday one's Monday)."""
    if centre.weekday() == 0:
        return centre - timedelta(days=2), centre
    if centre.weekday() == 3:
        return centre, centre + timedelta(days=3)
    if centre.weekday() == 4:
        return centre, centre + timedelta(days=2)
    return centre - timedelta(days=1), centre + timedelta(days=1)


def _weekday_near(span: tuple[date, date], wanted: int, way: str = "") -> DateSpec | None:
    """A weekday told against a day or a few days (a weekend): "before" is the last one
    before them, "after" the first one after, and with no direction the one inside them,
    or else the one at most two days off ("the wedding was the Saturday, so the Friday
    night"). A weekday three or more days off either way is no nearer one; None."""
    first, last = span
    if way and (last - first).days > 3:  # "around Halloween" give or take: its middle
        first = last = first + (last - first) / 2
    if way == "before":
        return DateSpec.exact(weekday_before(first, wanted))
    if way == "after":
        return DateSpec.exact(weekday_after(last, wanted))
    if (last - first).days <= 6:
        inside = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        hit = next((d for d in inside if d.weekday() == wanted), None)
        if hit is not None:
            return DateSpec.exact(hit)
        before = weekday_before(first, wanted)
        after = weekday_after(last, wanted)
        near = min((first - before, before), (after - last, after))
        return DateSpec.exact(near[1]) if near[0].days <= 2 else None
    return None


def _month_parts(text: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Two parts of months said together ("end of April or early May", "late Dec early
    Jan"): the span from the first to the last."""
    found = list(_MONTH_PART.finditer(text))
    if len(found) < 2:
        return None
    spans = [_one_month_part(m, today, year_hint) for m in found]
    first, last = min(s.earliest for s in spans), max(s.latest for s in spans)
    return _range(first, last) if (last - first).days <= 100 else None


# "October I think, could've been late September", "March, or maybe early April": a
# month said, then another offered in its place.
_OFFERED_INSTEAD = re.compile(
    r"\bor\b|\b(?:could|might|may|would)(?:'?ve|\s+have)?\s+been\b|\bmaybe\b|\bpossibly\b|"
    r"\bperhaps\b|\bif\s+not\b",
    re.IGNORECASE,
)


def _may_the_verb(raw: str, m: re.Match[str]) -> bool:
    """ "it may have been", "I may or may not remember": the verb, not the month."""
    before = raw[: m.start()].lower()
    return bool(
        re.search(r"\b(?:i|you|we|they|he|she|it|this|that|which|who|there)\s+$", before)
        or re.match(
            r"\s+(?:or\s+may|have|be|not|well|also|remember|recall|know)\b", raw[m.end() :], re.I
        )
    )


def _month_alternatives(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Two months said as alternatives, either with a part ("October, could've been late
    September", "late June 2025 or July"): both, as one span in one stretch of the calendar
    (the second month beside the first, over New Year if need be), whichever is said
    first. None without exactly two months, with a day said, or when they are far apart."""
    said = [
        m
        for m in _MONTH_WORD.finditer(raw)
        if not (m.group(0).lower() == "may" and _may_the_verb(raw, m))
    ]
    if len(said) != 2 or len({_MONTH_NAMES[m.group(0).lower().rstrip(".")] for m in said}) != 2:
        return None
    between = raw[said[0].end() : said[1].start()]
    if not _OFFERED_INSTEAD.search(between) or _MONTH_DAY.search(raw):
        return None
    if re.search(r"\d", _ANY_YEAR.sub(" ", raw)):
        return None  # a day or a count said beside them: not two months alone
    parts = {m.start("month"): m for m in _MONTH_PART.finditer(raw)}
    years = [int(y) for y in _ANY_YEAR.findall(raw)]
    first_month = _MONTH_NAMES[said[0].group(0).lower().rstrip(".")]
    if len(set(years)) == 1:
        y = years[0]
    elif not years and year_hint is not None:
        y = year_hint
    elif not years:
        y = today.year if date(today.year, first_month, 1) <= today else today.year - 1
    else:
        return None
    spans = []
    for k, m in enumerate(said):
        month = _MONTH_NAMES[m.group(0).lower().rstrip(".")]
        year = y
        if k == 1 and abs(month - first_month) > 6:  # "December or January": over New Year
            year = y + 1 if month < first_month else y - 1
        part = parts.get(m.start())
        if part is not None:
            spans.append(
                _range(*_part_days(" ".join(part.group("part").lower().split()), year, month))
            )
        else:
            spans.append(_month(year, month))
    first, last = min(sp.earliest for sp in spans), max(sp.latest for sp in spans)
    if (last - first).days > 75:
        return None
    if not years and year_hint is None and max(sp.earliest for sp in spans) > today:
        # "December or January", said in December: the pair before, not one to come
        return _month_alternatives(raw, today, y - 1)
    return _range(first, last)


def _month_part(text: str, today: date, year_hint: int | None) -> DateSpec | None:
    m = _MONTH_PART.search(text)
    if not m:
        return None
    return _one_month_part(m, today, year_hint)


def _one_month_part(m: re.Match[str], today: date, year_hint: int | None) -> DateSpec:
    month = _MONTH_NAMES[m.group("month").lower().rstrip(".")]
    if m.group("year"):
        y = int(m.group("year"))
    elif year_hint is not None:
        y = year_hint
    else:
        y = today.year if date(today.year, month, 1) <= today else today.year - 1
    part = " ".join(m.group("part").lower().split())
    span = _part_days(part, y, month)
    if not m.group("year") and year_hint is None and span[0] > today:
        # "the end of December", said on December 3: last year's, not one to come.
        span = _part_days(part, y - 1, month)
    return _range(*span)


_EXACT_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _part_days(part: str, y: int, month: int) -> tuple[date, date]:
    """The days of a part of a month: a week or a half of it, or its first, middle or last
    ten."""
    last = calendar.monthrange(y, month)[1]
    if part.endswith(("days of", "days in")):
        # "the last 10 days of May" is those ten; "the last few days" its last five.
        said = part.split()[-3]
        n = int(said) if said.isdigit() else _EXACT_COUNTS.get(said, 5)
        n = min(max(n, 1), last)
        if "first" in part.split():
            return date(y, month, 1), date(y, month, n)
        return date(y, month, last - n + 1), date(y, month, last)
    if "half" in part.split():  # "the first half of March": 1-15; the second: 16 on
        if part.split()[-3] in {"first", "1st", "front"}:
            return date(y, month, 1), date(y, month, 15)
        return date(y, month, 16), date(y, month, last)
    week = _WEEK_OF_MONTH.match(part)
    if week:  # "the second week of March": days 8-14; the last week: the final seven
        n = _WEEK_ORDINALS[week.group(1)]
        first = last - 6 if n is None else 1 + 7 * (n - 1)
        return date(y, month, first), date(y, month, min(first + 6, last))
    first_word = part.split()[0]
    if first_word in {"early", "first", "beginning", "start"}:
        return date(y, month, 1), date(y, month, 10)
    if first_word in {"mid", "middle"}:
        return date(y, month, 10), date(y, month, 20)
    return date(y, month, 20), date(y, month, last)


def _nth_only(text: str, today: date) -> DateSpec | None:
    """ "the 14th": the most recent 14th on or before today (or of the month said)."""
    m = _NTH_ONLY.match(text)
    if not m:
        return None
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    anchor = today.replace(day=1)
    if m.group("which") == "last":
        anchor -= relativedelta(months=1)
    elif m.group("which"):  # "the 19th of this month": this month's, or one still to come
        if day > calendar.monthrange(anchor.year, anchor.month)[1]:
            return None
        if anchor.replace(day=day) > today:
            raise DateParseError("future")
        return DateSpec.exact(anchor.replace(day=day))
    for _ in range(3):
        if day <= calendar.monthrange(anchor.year, anchor.month)[1]:
            d = anchor.replace(day=day)
            if d <= today:
                return DateSpec.exact(d)
        anchor -= relativedelta(months=1)
    return None


# "took 2 tablets on the 5th", "at 3pm on the 9th", "2 months ago on the 10th": a day said
# by its number alone inside a sentence; the other numbers there are counts or times.
_DAY_IN_STORY = re.compile(
    r"\b(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?P<which>this|last|the)\s+month)?"
    # not "the 3rd or 4th time": a place in a row
    r"(?!\s*(?:or|and|to|-)\s*\d{1,2}(?:st|nd|rd|th)\s+(?:times?|visits?|surger\w*|tr\w+|rounds?)\b)"
    r"(?=\s*(?:$|[,.;:!?)]|(?:at|in|around|about|when|and|or|after|before|i|we|he|she|they|"
    r"my|it|that|this|last|then|so|because|but|was|were|is|while|with|for|from|until|till|"
    r"though|her|his|him|our|the|a|an|of\s+(?:this|last|the)\s+month|\d+\s+(?:months?|mos?)\s+"
    r"ago)\b))",
    re.IGNORECASE,
)
_MONTH_BACK = re.compile(
    r"\b(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"months?\s+(?:ago|back)|(?P<rel>last|this|past)\s+month)\b",
    re.IGNORECASE,
)


# "4.13", "on 13.4", "3-4": a month and day in figures alone, joined by a dot or a dash
# (a library reads "4.13" as a time of day); month first unless only day first fits.
_SHORT_FIGURES_ALONE = re.compile(r"^\s*(?:on\s+)?(?P<a>\d{1,2})[.\-](?P<b>\d{1,2})\s*[.!?]*\s*$")


def _short_figures_alone(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    m = _SHORT_FIGURES_ALONE.match(raw)
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if 1 <= a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _explicit_day(f"{calendar.month_name[month]} {day}", today, year_hint)


def _day_in_story(raw: str, today: date) -> DateSpec | None:
    """One "the Nth" in a sentence with no month, year or figures-date named: the most
    recent such day, or that day of the month said ("two months ago on the 10th")."""
    if _MONTH_WORD.search(raw) or _ANY_YEAR.search(raw) or re.search(r"\d\s*[/.\-]\s*\d", raw):
        return None
    said = {int(m.group("day")): m for m in _DAY_IN_STORY.finditer(raw)}
    if len(said) > 1 and not _MONTH_BACK.search(raw):
        # "we went back on the 3rd and again on the 10th": the visits, in the most recent
        # month where both have come.
        first_day, last_day = min(said), max(said)
        anchor = today.replace(day=1)
        for _ in range(3):
            fits = last_day <= calendar.monthrange(anchor.year, anchor.month)[1]
            if fits and anchor.replace(day=last_day) <= today:
                return _range(anchor.replace(day=first_day), anchor.replace(day=last_day))
            anchor -= relativedelta(months=1)
        return None
    if len(said) != 1:
        return None
    day, m = next(iter(said.items()))
    which = (m.group("which") or "").lower()
    back = _MONTH_BACK.search(raw)
    if back is None and not which:
        return _nth_only(f"the {day}", today)
    if back is not None and back.group("n"):
        raw_n = back.group("n").lower()
        months = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    else:
        rel = back.group("rel").lower() if back is not None else which
        months = 0 if rel in {"this", "the"} else 1
    first = today.replace(day=1) - relativedelta(months=months)
    if day > calendar.monthrange(first.year, first.month)[1] or first.replace(day=day) > today:
        return None
    return DateSpec.exact(first.replace(day=day))


def _holiday_within_month(text: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A holiday, kept consistent with a month and year also said ("May 2023, Memorial Day")."""
    when = _holiday(text, today, year_hint)
    if when is None or year_hint is None:
        return when
    said = _MONTH_YEAR.search(text)
    month = _MONTH_NAMES[said.group(1).lower()] if said else None
    if month is None:
        return when
    whole = _month(year_hint, month)
    if when.latest < whole.earliest or when.earliest > whole.latest:
        return _range(min(when.earliest, whole.earliest), max(when.latest, whole.latest))
    return when


# A two-digit number standing alone: not part of 3/14/67 or 10-67, not '67, not the 24th.
_BARE_TWO_DIGITS = re.compile(r"(?<![\d'’/.\-])(\d{2})(?![\d/.\-]?\d)(?!\s*(?:st|nd|rd|th)\b)")


def _year_from_two_digits(said: str, d: date) -> bool:
    """Whether dateparser made a bare two-digit number the year ("turned 67 in October" as
    October 1967, "it was 99" as 1999). Such a number is an age or a count far more often
    than a year; only 3/14/67 or '67 (a separator or an apostrophe) says a year."""
    if _ANY_YEAR.search(said):
        return False
    return any(
        int(m.group(1)) == d.year % 100 and int(m.group(1)) != d.day
        for m in _BARE_TWO_DIGITS.finditer(said)
    )


def _month_alone(text: str) -> bool:
    """A month named with no day: no figure, no first, no weekday, no day word."""
    return bool(
        _MONTH_WORD.search(text)
        and not re.search(r"\d|\b(?:first|1st|today|tonight|yesterday|ago|day|night)\b", text, re.I)
        and not _WEEKDAY.search(text)
    )


# What is left of "years back", "for years and years, no one date", "hours": a unit with no
# count, which the date library made the first of this month.
_UNIT_ALONE = re.compile(
    r"^\W*(?:(?:the|and|many|so|for|of|some|on|at|in|over)\W+)*(?:years?|yrs?|hours?|hrs?|"
    r"months?|weeks?|days?|decades?)(?:\W+(?:and|the|on|at|in|years?|yrs?|hours?|hrs?|months?|"
    r"weeks?|days?|decades?))*\W*$",
    re.IGNORECASE,
)


_ONE_DAY = re.compile(r"^\W*(?:one|a)\s+day(?:\s+(?:at|on|in|when|while|as))?\W*$", re.I)


# "years ago", "many months ago", "years back", "weeks back": a time back with no count
# (dateparser made "years back" a Tuesday).
_UNCOUNTED_AGO = re.compile(r"\bago\b|\b(?:years|yrs|months|weeks|days|ages)\s+back\b", re.I)


def _dateparser(text: str, today: date) -> DateSpec | None:
    # Relative words ("yesterday") count from the caller's today, not the clock.
    settings = {**_SETTINGS, "RELATIVE_BASE": datetime.combine(today, datetime.min.time())}
    if _SOME_WEEKDAY.match(text):
        return None  # "a Sunday" is no particular one (dateparser made it a January)
    if _UNIT_ALONE.match(text):
        return None
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if _year_from_two_digits(text, d):
        return None
    if data.period == "month" or (d.day == 1 and _month_alone(text)):
        # "This September, on a scan": a month ("a" is no first of it)
        return _month(d.year, d.month)
    if data.period == "year":
        return _year(d.year)
    if data.period == "week":
        return _range(d - timedelta(days=3), d + timedelta(days=3))
    return DateSpec.exact(d)


_FULL_MONTHS = [m.lower() for m in calendar.month_name if m]
# "yeer", "yaer", "yera": the word "year" mistyped on a phone.
_YEAR_TYPO = re.compile(r"\b(?:yeer|yaer|yera|yeaer|yearr|yer)(s?)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{5,}")
# An explicit month and day ("October 30", "Oct. 30th", "30 October").
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:days?|weeks?|months?|years?|:))|"
    r"\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>"
    + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "the Fourth" (capitalised) is Independence Day; "the fourth" may be any month's 4th, but
# not said with "over" ("over the 4th"): a holiday, not a day.
_THE_FOURTH = re.compile(
    r"\bthe\s+Fourth\b(?!\s+of\b)|(?<=\bover\s)the\s+(?:4th|fourth)\b(?!\s+of\b)"
)
# "around the fourth", "the week of the 4th", "the weekend of the fourth", in any case: words
# people put round a holiday, not round a day of the month, so July 4 too. Not after "on"
# ("on the 4th" is a day of the month), and see _july_fourth for when it stays a day.
_AROUND_THE_FOURTH = re.compile(
    r"\b(?:around|about|near|(?:the\s+)?(?:long\s+)?week(?:end)?\s+of)\s+"
    r"(?P<fourth>the\s+(?:4th|fourth))\b(?!\s+of\b)",
    re.IGNORECASE,
)
_OTHER_MONTH = re.compile(
    r"\b(?:january|february|march|april|may|june|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|aug|sep|sept|oct|nov|dec)\b"
    r"(?!\s+(?:have|has|had|be|been|not|i|we|you|he|she|they|it|was|said)\b)",
    re.IGNORECASE,
)


_FIREWORKS = re.compile(r"\b(?:fireworks?|firecrackers?|sparklers?)\b", re.IGNORECASE)
_BARE_FOURTH = re.compile(r"\bthe\s+(?:4th|fourth)\b(?!\s+of\b)", re.IGNORECASE)


def _july_fourth(text: str, today: date) -> str:
    """ "the Fourth" said as a holiday, written out as "the 4th of July".

    Conservative rule: a month other than July named in the answer ("in March, around the
    fourth") keeps the 4th a day of that month. Otherwise the capitalised "the Fourth", and
    "over the 4th", are July 4. Lower-case "the fourth/4th" after "around", "about", "near",
    "week of" or "weekend of" is July 4 too, unless this month's 4th went by in the last ten
    days (today is the 4th to the 14th), where the day of this month is the plain meaning.
    "on the 4th" and "the 4th" alone stay a day of the month, unless fireworks are said
    beside it (not New Year's).
    """
    if _OTHER_MONTH.search(text):
        return text
    text = _THE_FOURTH.sub("the 4th of July", text)
    if _FIREWORKS.search(text) and not re.search(r"\bnew\s+years?\b", text, re.IGNORECASE):
        # "on the 4th, during the fireworks": the fireworks make the Fourth of July.
        return _BARE_FOURTH.sub("the 4th of July", text)
    if today.month != 7 and 4 <= today.day <= 14:
        return text
    return _AROUND_THE_FOURTH.sub(
        lambda m: m.group(0)[: m.start("fourth") - m.start()] + "the 4th of July", text
    )


# Weekdays as people shorten them in a text ("last tues", "thurs night"). "mon", "sat" and
# "sun" are ordinary words too, so those three only next to a word that makes them a day.
_WEEKDAY_SHORT = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
_WEEKDAY_ABBREVIATION = re.compile(
    r"\b(?P<lead>(?:last|past|this|that|on|early|late|next)\s+)?"
    r"(?P<day>tues?|weds?|thu(?:rs?)?|fri|mon|sat|sun)\.?"
    r"(?P<trail>\s+(?:night|morning|afternoon|evening|before|after|last|\d))?(?=\W|$)",
    re.IGNORECASE,
)


_ORDINARY_WORDS = frozenset({"sat", "sun", "mon"})
_SOME_WEEKDAY = re.compile(rf"\s*a\s+(?:{_WEEKDAY_WORDS})\b", re.IGNORECASE)
_MONTH_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


# "mon or tue", "fri/sat", "sat and sun": a short weekday beside another is a day.
_SHORT_DAY = rf"(?:tues?|weds?|thu(?:rs?)?|fri|mon|sat|sun|{_WEEKDAY_WORDS})\.?"
_PAIRED_AFTER = re.compile(rf"\s*(?:or|and|&|/|-)\s*{_SHORT_DAY}\b", re.IGNORECASE)
_PAIRED_BEFORE = re.compile(rf"\b{_SHORT_DAY}\s*(?:or|and|&|/|-)\s*$", re.IGNORECASE)


def _weekday_words(text: str) -> str:
    """ "last tues", "thurs night", "sat before last": the weekday spelt out."""

    def spell(m: re.Match[str]) -> str:
        day = m.group("day").lower()
        paired = _PAIRED_AFTER.match(m.string, m.end()) or _PAIRED_BEFORE.search(
            m.string, 0, m.start()
        )
        if day in {"mon", "sat", "sun"} and not (m.group("lead") or m.group("trail") or paired):
            return m.group(0)  # "we sat there", "the sun": a word, not a day
        return (m.group("lead") or "") + _WEEKDAY_SHORT[day] + (m.group("trail") or "")

    return _WEEKDAY_ABBREVIATION.sub(spell, text)


# "begining", "beggining", "beginnin", "biginning", "beg of": "beginning" as texted.
_BEGINNING_TYPO = re.compile(
    r"\b(?:b[ei]g+[aeiu]n+[aeiu]n+(?:g|in)?|b[ei]gin+ing|beg(?=\s+of\b))\b", re.IGNORECASE
)
_ORDINAL_UNITS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_ORDINAL_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
# "first" 1 ... "twentieth" 20, "twenty-first"/"twenty first" 21 ... "thirty-first" 31.
_ORDINAL_WORDS: dict[str, int] = (
    {w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)}
    | {w: i for i, w in enumerate(_ORDINAL_TEENS, start=10)}
    | {"twentieth": 20, "thirtieth": 30, "thirty[- ]?first": 31}
    | {f"twenty[- ]?{w}": i for i, w in enumerate(_ORDINAL_UNITS, start=21)}
)
_ORDINAL_ALT = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_MONTH_WORDS_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
# "the first of October", "October the first": a day said in words, as digits.
_ORDINAL_OF_MONTH = re.compile(
    rf"\b(?P<ord>{_ORDINAL_ALT})\s+of\s+(?P<month>{_MONTH_WORDS_ALT})\b|"
    rf"\b(?P<month2>{_MONTH_WORDS_ALT})\.?\s+(?:the\s+)?(?P<ord2>{_ORDINAL_ALT})\b"
    r"(?!\s+(?:week|weekend|part|half|few|couple|time|of))",
    re.IGNORECASE,
)

# "the first of the month", "the fifth of last month": a day of a month said by its place.
_ORDINAL_OF_SAID_MONTH = re.compile(
    rf"\b(?P<ord>{_ORDINAL_ALT})\s+of\s+(?P<which>the|this|last)\s+month\b", re.IGNORECASE
)

# "on the twenty third", "it was the third": a day in words with no month, where nothing
# follows that makes it a place in a row ("the third time", "the first surgery").
_ORDINAL_ALONE = re.compile(
    rf"\bthe\s+(?P<ord>{_ORDINAL_ALT})\b(?=\s*(?:$|[,.;!?]|(?:at|in|around|when|and|or|i|we)\b))",
    re.IGNORECASE,
)


def _ordinal_number(word: str) -> int:
    low = re.sub(r"[- ]+", " ", word.lower())
    for pattern, n in _ORDINAL_WORDS.items():
        if re.fullmatch(pattern.replace("[- ]?", " ?"), low):
            return n
    return 0


def _ordinal_days(text: str) -> str:
    """ "the first of October" as "the 1st of October": the first is a day, not the
    first days of the month (that is "the beginning of October")."""

    def digits(m: re.Match[str]) -> str:
        n = _ordinal_number(m.group("ord") or m.group("ord2"))
        verb_like = m.group("month2") and m.group("month2").lower() in {"may", "march", "mar"}
        if verb_like and n <= 3:
            return m.group(0)  # "I may first call", "march second": verbs, not dates
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n not in {11, 12, 13} else 0, "th")
        if m.group("ord"):
            return f"{n}{suffix} of {m.group('month')}"
        return f"{m.group('month2')} {n}{suffix}"

    text = _ORDINAL_OF_MONTH.sub(digits, text)
    text = _ORDINAL_OF_SAID_MONTH.sub(
        lambda m: f"{_ordinal_number(m.group('ord'))}th of {m.group('which')} month", text
    )

    def alone(m: re.Match[str]) -> str:
        if _THE_FOURTH.match(m.group(0)):
            return m.group(0)  # "the Fourth" capitalised is the 4th of July
        return f"the {_ordinal_number(m.group('ord'))}th"

    return _ORDINAL_ALONE.sub(alone, text)


# Words shortened in a text message, spelt out: "2wks", "6mos", "3 mnths", "a cpl weeks",
# "yday", "day b4", "2k24". A number glued to its unit is parted first.
_GLUED_UNIT = re.compile(
    r"\b(\d+)(?=(?:wks?|weeks?|mos?|mnths?|mths?|months?|yrs?|years?|days?|dys?|hrs?)\b)",
    re.IGNORECASE,
)
_TEXTED_WORDS = {
    r"mnths?|mths|mos|monts": "months",
    r"wks": "weeks",
    r"wk": "week",
    r"dys": "days",
    r"cpl|cple|coupl|cupple": "couple",
    r"yday|yest|ystrdy|yesterdy|yestarday|yesteday": "yesterday",
    r"b4": "before",
    r"nye": "new year's eve",
    r"nite|nitee|nigth": "night",
    r"tonite|2nite|2night": "tonight",
    r"wkend|wknd|weeknd": "weekend",
    # Holidays texted short or misspelt: "thurs b4 thxgiving", "the day after xmass".
    r"th(?:a?n?x|a?n?ks|nks|nx)\s?giv(?:ing|in|n)|thanksgivin|thanksgving|tgiving|turkey\s+day": (
        "thanksgiving"
    ),
    r"x-mas|xmass|chrismas|christmass|crhistmas|chistmas": "christmas",
    r"haloween|hallowen|holloween|halloweeen": "halloween",
}
_TEXTED = re.compile(
    r"\b(?:" + "|".join(f"(?P<w{i}>{k})" for i, k in enumerate(_TEXTED_WORDS)) + r")\b",
    re.IGNORECASE,
)
_TEXTED_VALUES = list(_TEXTED_WORDS.values())
_TWO_K_YEAR = re.compile(r"\b2k(\d\d)\b", re.IGNORECASE)  # "jan 2k24": 2024
_FULL_WEEKDAYS = _WEEKDAY_WORDS.split("|")


# "lst wk sometime, prob wed or thurs": "lst" is "last" when a weekday of that week is said
# (a bare "lst week" stays as it was read: see round 15's STILL_MISSED).
_LST_WEEK_WEEKDAY = re.compile(
    r"\blst(?=\s+(?:wk|week)\b.*\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    + _WEEKDAY_WORDS
    + r")\b)",
    re.IGNORECASE,
)


def _texting(text: str) -> str:
    """Texted shorthand spelt out, so the readers below see ordinary words."""
    text = _LST_WEEK_WEEKDAY.sub("last", text)
    text = _TWO_K_YEAR.sub(r"20\1", _GLUED_UNIT.sub(r"\1 ", text))
    return _TEXTED.sub(lambda m: _TEXTED_VALUES[int(m.lastgroup[1:])], text)


def _fix_typos(text: str) -> str:
    """Month names, "year" and "beginning" mistyped ("febuary", "septmber", "this yeer",
    "begining") read as meant, weekdays shortened as in a text spelt out, and a day in
    words beside a month ("the first of October") put in digits.

    Only close misspellings of a full month or weekday name are corrected (difflib ratio
    >= 0.85), so a surname such as "Marsh" is not turned into March.
    """
    text = _texting(text)
    text = _weekday_words(_YEAR_TYPO.sub(lambda m: "year" + m.group(1), text))
    text = _BEGINNING_TYPO.sub("beginning", text)

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _MONTH_NAMES:
            return word
        if low in _FULL_WEEKDAYS:
            return word
        close = difflib.get_close_matches(low, _FULL_MONTHS + _FULL_WEEKDAYS, n=1, cutoff=0.85)
        if not close or low.startswith(close[0]):
            return word  # "Augusta" is a city, not August misspelt
        return close[0]

    return _ordinal_days(_WORD.sub(fix, text))  # after the months are spelt right


def _weekday_in_month(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A weekday said with a date ("Tuesday last, the 24th of November"): that date; with
    only a month ("a Tuesday in March"): that month, not a guessed day."""
    day = _explicit_day(raw, today, year_hint)
    if day is None and not _MONTH_WORD.search(raw):
        day = _weekday_and_day(raw, today, year_hint)
    if day is not None or any(ch.isdigit() for ch in raw if year_hint is None):
        return day
    m = _BARE_MONTH.search(raw)
    if not m or year_hint is not None and _MONTH_DAY.search(raw):
        return None
    month = _MONTH_NAMES[m.group(1).lower()]
    y = year_hint if year_hint is not None else today.year
    if year_hint is None and date(y, month, 1) > today:
        y -= 1
    return _month(y, month)


_BARE_ORDINAL_DAY = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _weekday_in_week_of_month(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """ "the first week of February, it was a Tuesday": that week (the weekday in it is
    picked after, as in any week), not the whole month a weekday beside a month is. None
    without a week of a month and one or two weekdays ("a Monday or Tuesday")."""
    m = _MONTH_PART.search(raw)
    if not m or not _WEEK_OF_MONTH.match(" ".join(m.group("part").lower().split())):
        return None
    if not 1 <= len({w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}) <= 2:
        return None
    week = _one_month_part(m, today, year_hint)
    return week if week.latest <= today else None  # a week not over yet: as before


def _weekday_and_day(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """ "Sunday night the 8th": the most recent 8th that fell on a Sunday."""
    wd, nth = _WEEKDAY.search(raw), _BARE_ORDINAL_DAY.search(raw)
    if not (wd and nth):
        return None
    wanted, day = _WEEKDAYS.index(wd.group(0).lower()), int(nth.group(1))
    anchor = today.replace(day=1) if year_hint is None else date(year_hint, 12, 1)
    for _ in range(14):
        if day <= calendar.monthrange(anchor.year, anchor.month)[1]:
            d = anchor.replace(day=day)
            if d <= today and d.weekday() == wanted:
                return DateSpec.exact(d)
        anchor -= relativedelta(months=1)
        if year_hint is not None and anchor.year != year_hint:
            break
    return None


def _explicit_day(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A month and day said outright, which beats a holiday named beside it
    ("Halloween, well the day before, October 30")."""
    holiday = _HOLIDAY.search(raw)
    name_at = holiday.span("name") if holiday else (-1, -1)
    m = next(
        (x for x in _MONTH_DAY.finditer(raw) if x.end() <= name_at[0] or x.start() >= name_at[1]),
        None,
    )
    if not m:
        return None
    month = _MONTH_NAMES[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= 31:
        return None
    year = year_hint if year_hint is not None else today.year
    if day > calendar.monthrange(year, month)[1]:
        return None
    d = date(year, month, day)
    if year_hint is None and d > today:
        if day > calendar.monthrange(year - 1, month)[1]:
            return None
        d = date(year - 1, month, day)
    return DateSpec.exact(d)


_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
# A part of a month at either end of a span: "mid", "the middle of", "the end of".
_SPAN_PART = (
    r"early|late|mid|(?:the\s+)?(?:middle|beginning|start|end)\s+of(?:\s+the\s+month\s+of)?"
)
# "from around March to October 2025", "between june and august", "sept-oct 2025", "either
# May or June": a span of months, or two months offered, read as the span covering both.
_MONTH_SPAN = re.compile(
    r"\b(?:(?P<lead>from|between|either)\s+)?(?:around\s+|about\s+)?"
    rf"(?:(?P<pa>{_SPAN_PART})\s+)?(?P<a>{_MONTH_ALT})\.?"
    rf"(?:\s+(?P<ya>(?:19|20)\d\d))?\s*(?P<join>to|and|until|till|through|thru|into|or|-|–|/)\s*"
    r"(?:around\s+|about\s+|maybe\s+|roughly\s+|approximately\s+)?"
    rf"(?:(?P<pb>{_SPAN_PART})\s+)?(?P<b>{_MONTH_ALT})\.?"
    r"(?:\s*,?\s*(?:of\s+)?(?P<yb>(?:19|20)\d\d))?\b(?!\s*\d)",
    re.IGNORECASE,
)
_SPAN_START = {"early": 1, "mid": 10, "late": 20}
_SPAN_END = {"early": 10, "mid": 20}


def _span_part(said: str | None) -> str:
    """ "the middle of" is "mid", "the beginning of" "early", "the end of" "late"."""
    word = re.sub(r"^the\s+", "", (said or "").lower()).split(" ")[0] if said else ""
    return {"middle": "mid", "beginning": "early", "start": "early", "end": "late"}.get(word, word)


def _month_span(raw: str, today: date) -> DateSpec | None:
    """A span of months said outright; a month past today falls in the year before."""
    m = _MONTH_SPAN.search(raw)
    if not m:
        return None
    a, b = _MONTH_NAMES[m.group("a").lower()], _MONTH_NAMES[m.group("b").lower()]
    if m.group("join").lower() == "and" and (m.group("lead") or "").lower() != "between":
        return None  # "June and then August": two things said, not a span
    if a == b and not (m.group("ya") or m.group("yb")):
        return None  # "I may or may not": a verb, not a month
    if m.group("yb"):
        yb = int(m.group("yb"))
    else:
        yb = today.year if date(today.year, b, 1) <= today else today.year - 1
    ya = int(m.group("ya")) if m.group("ya") else (yb if a <= b else yb - 1)
    last = calendar.monthrange(yb, b)[1]
    first_day = _SPAN_START.get(_span_part(m.group("pa")), 1)
    last_day = _SPAN_END.get(_span_part(m.group("pb")), last)
    return _range(date(ya, a, first_day), min(date(yb, b, last_day), today))


# "Dec 1-3, 2025", "the 5th or 6th of June", "from the 2nd to the 9th of May": days offered
# or a stay, as the span covering them.
_DAY_NUMBER = r"(?:the\s+)?(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_DAY_JOIN = r"\s*(?:-|–|to|or|through|thru|until|till|and|&)\s*"
_DAY_SPAN = re.compile(
    rf"\b{_DAY_NUMBER.format('d1')}{_DAY_JOIN}{_DAY_NUMBER.format('d2')}\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH_ALT})\b\.?|"
    rf"\b(?P<month2>{_MONTH_ALT})\.?\s+{_DAY_NUMBER.format('d3')}{_DAY_JOIN}"
    rf"{_DAY_NUMBER.format('d4')}\b(?!\s*(?:days?|weeks?|months?|years?|:|/|am|pm|hours?))",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"^\s*,?\s*(?:of\s+|in\s+)?((?:19|20)\d\d)\b")
# Two years offered or a span of years: "either 2021 or 2022", "2021-2022", "from 2019 to 2021".
_YEAR_SPAN = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s*(?:-|–|to|or|/|through|thru|until|till|and)\s*"
    r"(?P<b>(?:19|20)\d\d)\b(?![-/.]\d)",
    re.IGNORECASE,
)


# "between the 3rd and the 5th", "from the 3rd to the 5th": two days of a month not named,
# said as days ("3rd", "the 5th"), the most recent month they both fit by today.
_BARE_DAY_SPAN = re.compile(
    r"\b(?:between|from)?\s*the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|or|through|thru|"
    r"until|till|and|&)\s*(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:time|times|visit|surgery|day|week|floor|grade|dose|round|try|attempt)s?\b)",
    re.IGNORECASE,
)


def _bare_day_span(raw: str, today: date) -> DateSpec | None:
    m = _BARE_DAY_SPAN.search(raw)
    if not m or _MONTH_WORD.search(raw) or _ANY_YEAR.search(raw) or "/" in raw:
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    first = today.replace(day=1)
    for _ in range(3):
        last = calendar.monthrange(first.year, first.month)[1]
        if 1 <= d1 < d2 <= last and first.replace(day=d1) <= today:
            return _range(first.replace(day=d1), min(first.replace(day=d2), today))
        first -= relativedelta(months=1)
    return None


def _day_span(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    m = _DAY_SPAN.search(raw)
    if not m:
        return _bare_day_span(raw, today) if year_hint is None else None
    month = _MONTH_NAMES[(m.group("month") or m.group("month2")).lower()]
    d1 = int(m.group("d1") or m.group("d3"))
    d2 = int(m.group("d2") or m.group("d4"))
    after = _YEAR_AFTER.match(raw[m.end() :])
    y = int(after.group(1)) if after else year_hint
    if y is None:
        y = today.year if date(today.year, month, 1) <= today else today.year - 1
        if date(y, month, min(d1, 28)) > today:
            y -= 1
    last = calendar.monthrange(y, month)[1]
    if not 1 <= d1 < d2 <= last:
        return None
    return _range(date(y, month, d1), min(date(y, month, d2), today))


def _year_span(raw: str) -> DateSpec | None:
    m = _YEAR_SPAN.search(raw)
    season_before = m and re.search(
        r"\b(?:spring|summer|fall|autumn|winter)\s*(?:of\s+)?$", raw[: m.start()], re.I
    )
    if not m or season_before:
        return None  # "winter 2023-2024" is the one winter
    a, b = int(m.group("a")), int(m.group("b"))
    if not 0 < b - a <= 10:
        return None
    return _range(date(a, 1, 1), date(b, 12, 31))


# Public: story.py reads a story's dates through the same spelling fixes.
fix_typos = _fix_typos


_BEFORE_LAST = re.compile(
    rf"\b(?:the\s+)?(?P<unit>{_WEEKDAY_WORDS}|week(?:end)?|month|year)\s+before\s+last\b",
    re.IGNORECASE,
)


def _before_last(raw: str, today: date) -> DateSpec | None:
    """ "the Tuesday before last", "the week/weekend/month/year before last": the one before
    the most recent, not the most recent (which a date library reads it as)."""
    m = _BEFORE_LAST.search(raw)
    if not m:
        return None
    unit = m.group("unit").lower()
    if unit in _WEEKDAYS:
        latest = weekday_before(today, _WEEKDAYS.index(unit))
        return DateSpec.exact(latest - timedelta(days=7))
    if unit == "week":  # the calendar week two weeks back, Monday to Sunday
        monday = today - timedelta(days=today.weekday() + 14)
        return _range(monday, monday + timedelta(days=6))
    if unit == "weekend":
        saturday = weekday_before(today, 5) - timedelta(days=7)
        return _range(saturday, saturday + timedelta(days=1))
    if unit == "month":
        year, month = (
            (today.year, today.month - 2) if today.month > 2 else (today.year - 1, today.month + 10)
        )
        return _month(year, month)
    return _year(today.year - 2)


# "last June", "this past May": the most recent such month before this one (a library
# reads "last June" as nothing when June is this month).
_LAST_NAMED_MONTH = re.compile(
    r"\b(?:this\s+past|last|past|previous)\s+(?P<month>january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b(?!\.?\s*\d)(?!\s+(?:have|has|be|been|not)\b)",
    re.IGNORECASE,
)
# "wednesday last week", "the friday of last week": that day of the calendar week before.
_WEEKDAY_LAST_WEEK = re.compile(
    rf"\b(?:(?:the\s+|on\s+)?(?P<a>{_WEEKDAY_WORDS})\s+(?:of\s+|in\s+)?last\s+week|"
    rf"last\s+week\s*,?\s*(?:on\s+)?(?:the\s+)?(?P<b>{_WEEKDAY_WORDS}))\b",
    re.IGNORECASE,
)
# "over the holidays", "during the holiday season": Christmas to New Year's.
_THE_HOLIDAYS = re.compile(r"\bthe\s+holidays?(?:\s+season)?\b|\bholiday\s+season\b", re.I)


def _last_named_month(raw: str, today: date) -> DateSpec | None:
    m = _LAST_NAMED_MONTH.search(raw)
    if not m or _ANY_YEAR.search(raw):
        return None
    month = _MONTH_NAMES[m.group("month").lower()]
    return _month(today.year if month < today.month else today.year - 1, month)


def _weekday_last_week(raw: str, today: date) -> DateSpec | None:
    m = _WEEKDAY_LAST_WEEK.search(raw)
    if not m:
        return None
    monday = today - timedelta(days=today.weekday() + 7)
    wanted = _WEEKDAYS.index((m.group("a") or m.group("b")).lower())
    two = re.search(
        rf"\b(?P<x>{_WEEKDAY_WORDS})\s*(?:or|to|through|thru|-|–|or\s+maybe)\s*(?P<y>{_WEEKDAY_WORDS})\b",
        raw,
        re.IGNORECASE,
    )
    if two:
        # "last week, thu or fri", "last week, monday to wednesday": both, and the days between
        days = sorted(monday + timedelta(days=_WEEKDAYS.index(two.group(k).lower())) for k in "xy")
        if days[0] != days[-1]:
            return _range(days[0], days[-1])
    return DateSpec.exact(monday + timedelta(days=wanted))


# "last week", "sometime last wk", "it was last week I think": the answer is only that, so
# it means the calendar week before this one. Parts of it ("late last week"), a weekday of it
# (_weekday_last_week) and "the last week of May" are read by their own rules.
_LAST_WEEK = re.compile(
    r"^\W*(?:(?:it\s+(?:was|happened)|that\s+was|this\s+was|sometime|some\s+time|just|"
    r"around|about|like|maybe|probably|i\s+think|i\s+believe|um+|uh+)\W*)*"
    r"last\s+w(?:ee)?k(?:\W+(?:i\s+think|i\s+believe|maybe|probably))*\W*$",
    re.IGNORECASE,
)


def _last_calendar_week(raw: str, today: date) -> DateSpec | None:
    """ "last week": Monday to Sunday of the calendar week before this one, as every writer
    of the blind rounds reads it (the seven days around a week back differ from it on every
    weekday but Thursday: said on a Monday they would miss all of last week's first half)."""
    if not _LAST_WEEK.match(raw):
        return None
    monday = today - timedelta(days=today.weekday() + 7)
    return _range(monday, monday + timedelta(days=6))


def _the_holidays(raw: str, today: date, year_hint: int | None = None) -> DateSpec | None:
    if not _THE_HOLIDAYS.search(raw) or _HOLIDAY.search(raw) or _MONTH_WORD.search(raw):
        return None
    y = today.year if date(today.year, 12, 20) <= today else today.year - 1
    years = {int(x) for x in _ANY_YEAR.findall(raw)}
    if len(years) == 1:
        y = years.pop()
    elif year_hint is not None:
        y = year_hint  # "the winter before last, over the holidays": that winter's
    return _range(date(y, 12, 20), min(date(y + 1, 1, 2), today))


def _years_ago_month(raw: str, today: date) -> DateSpec | None:
    """ "two years ago in March", "it was October, a year ago", "a year ago this past
    October": that month, N years back.

    The rule: a month said plainly is counted in calendar years (March of today's year
    minus N); a month said as the last one ("this past October", "last March") is the
    most recent such month before this one, then N years further back. So on December 3,
    2026, "a year ago this past October" is October 2025 and "two years ago in March"
    March 2024.
    """
    ago = _AGO.search(raw)
    if not ago or ago.group("unit").lower() not in {"year", "yr"}:
        return None
    said = _named_month(raw[: ago.start()] + " " + raw[ago.end() :])
    if said is None:
        return None
    month, as_last = said
    raw_n = ago.group("n").lower()
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    if as_last:
        latest = today.year if month < today.month else today.year - 1
        return _month(latest - n, month)
    return _month(today.year - n, month)


_UNDER_100 = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:oh[\s-]+)?(?:one|two|three|four|five|six|seven|eight|nine))"
)
# "twenty twenty-two", "nineteen ninety-nine", "two thousand (and) nineteen": a year in words.
_YEAR_IN_WORDS = re.compile(
    rf"\b(?:(?P<century>nineteen|twenty)[\s-]+(?P<rest>{_UNDER_100})|"
    rf"two\s+thousand(?:\s+and)?(?:[\s-]+(?P<rest2>{_UNDER_100}))?)\b",
    re.IGNORECASE,
)


def _words_under_100(words: str) -> int:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in TENS:
            total += TENS[w]
        elif w in UNITS:
            total += UNITS[w]
    return total


def _year_words(m: re.Match[str]) -> str:
    if m.group("century"):
        rest = m.group("rest")
        if not re.search(r"[\s-]", rest) and 1 <= UNITS.get(rest.lower(), 0) <= 9:
            return m.group(0)  # "twenty two" is a number, not 2002
        base = 1900 if m.group("century").lower() == "nineteen" else 2000
        return str(base + _words_under_100(rest))
    return str(2000 + _words_under_100(m.group("rest2") or ""))


# "back in '19", "Sept. 8 '25", "oct. of '24": a year with its century left off (not 5'10").
_APOSTROPHE_YEAR = re.compile(r"(?<![\w'’])['’](\d\d)\b(?!['’\"])")
# "Mar 4th, 25": a two-digit year after a month and day and a comma.
_MONTH_DAY_SHORT_YEAR = re.compile(
    rf"\b(?P<md>(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\s*,\s*(?P<yy>\d\d)\b(?![\d/:.])",
    re.IGNORECASE,
)

# "11 Aug 25", as charts write it: day, month, two-digit year.
_DAY_MONTH_SHORT_YEAR = re.compile(
    rf"\b(?P<dm>\d{{1,2}}\s+(?:{_MONTH_ALT})\.?),?\s+(?P<yy>\d\d)\b(?![\d/:.])"
    r"(?!\s*(?:am|pm|mg|ml|%|years?|yrs?|days?|weeks?|months?|hours?|h)\b)",
    re.IGNORECASE,
)


def _full_years(text: str, today: date) -> str:
    """Years said short or in words written out in full: a two-digit year is this century's
    unless that would be after this year ('99 is 1999, '19 is 2019)."""

    def century(yy: str) -> str:
        n = int(yy)
        return str(2000 + n if n <= today.year % 100 else 1900 + n)

    text = _YEAR_IN_WORDS.sub(_year_words, text)
    text = _APOSTROPHE_YEAR.sub(lambda m: century(m.group(1)), text)
    text = _DAY_MONTH_SHORT_YEAR.sub(lambda m: f"{m.group('dm')} {century(m.group('yy'))}", text)
    text = _SEASON_SHORT_YEAR.sub(lambda m: f"{m.group('season')} {century(m.group('yy'))}", text)
    text = _BACK_IN_SHORT_YEAR.sub(lambda m: f"{m.group('lead')} {century(m.group('yy'))}", text)
    text = _MONTH_OF_SHORT_YEAR.sub(
        lambda m: (
            f"{m.group('month')} {century(m.group('yy'))}"
            if int(m.group("yy")) <= today.year % 100
            else m.group(0)
        ),
        text,
    )
    return _MONTH_DAY_SHORT_YEAR.sub(lambda m: f"{m.group('md')}, {century(m.group('yy'))}", text)


# "back in 21", "way back in 09": "back in" dates what follows, so two figures are a year
# (a bare "in 85" stays an age or a count).
_BACK_IN_SHORT_YEAR = re.compile(
    r"\b(?P<lead>back\s+in)\s+(?P<yy>\d{2})\b"
    r"(?!\s*(?:st|nd|rd|th|days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|"
    r"times?|%|/|-|:|[.,]\d))",
    re.IGNORECASE,
)
# "march of 24", "oct of 25": "of" before two figures after a month makes them its year,
# not its day; only a year of this century gone by ("September of 49" may be an age).
_MONTH_OF_SHORT_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_ALT})\.?\s+of\s+(?P<yy>\d{{2}})\b"
    r"(?!\s*(?:st|nd|rd|th|days?|weeks?|months?|years?|yrs?|hours?|hrs?|%|/|-|:|[.,]\d))",
    re.IGNORECASE,
)
# "spring 24, may", "summer 23", "spring of 23": a season with two figures after it is that
# year's season, not a count ("summer 23 days" stays a count, "the 24th" a day).
_SEASON_SHORT_YEAR = re.compile(
    r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<yy>\d{2})\b"
    r"(?!\s*(?:st|nd|rd|th|days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|"
    r"times?|%|/|-|:|[.,]\d))",
    re.IGNORECASE,
)


_COUNT_WORDS = (
    r"\d+|a\s+couple\s+of|a\s+couple|couple\s+of|couple|a\s+few|few|several|an|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve"
)
# "over a year ago", "less than a month ago", "within the last year", "almost 3 years ago".
_BOUNDED = re.compile(
    r"\b(?:(?P<past>(?:with)?in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past)|"
    r"during\s+the\s+(?:last|past)|sometime\s+in\s+the\s+(?:last|past)|^\s*(?:the\s+)?past|"
    r"^\s*(?:the\s+)?last(?=\s+(?:\d|few|couple|several|two|three|four|five|six)))\s+"
    rf"(?:(?P<n_past>{_COUNT_WORDS})\s+)?|"
    r"(?P<how>(?:just|a\s+little|a\s+bit|a\s+little\s+bit|well)\s+(?:over|under)|over|more\s+than|"
    r"longer\s+than|less\s+than|under|not\s+even|not\s+quite|almost|nearly|going\s+on|"
    r"close\s+to)\s+(?:about\s+|like\s+)?"
    rf"(?P<n>{_COUNT_WORDS})\s+)"
    r"(?P<unit>day|week|wk|month|mo|year|yr)s?\b(?P<tail>\s+(?:ago|back|now|before))?",
    re.IGNORECASE,
)


def _bounded(raw: str, today: date) -> DateSpec | None:
    """A time said as a bound: more than N back is the unit before N; less than N back is
    from N back to today; almost N back is N back and a little after."""
    m = _BOUNDED.search(raw)
    if not m:
        return None
    how = " ".join((m.group("how") or "").lower().split())
    been = re.search(r"\bbeen\s*$", raw[: m.start()], re.IGNORECASE)  # "it's been over a year"
    hedge = {"almost", "nearly", "going on"}
    if how and not (m.group("tail") or been) and how not in hedge:
        return None  # "more than 2 weeks in the hospital": a length, not when
    raw_n = " ".join((m.group("n") or m.group("n_past") or "a").lower().split())
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    unit = _UNITS.get(m.group("unit").lower(), m.group("unit").lower())

    def back(k: float) -> date:
        if unit == "day":
            return today - timedelta(days=round(k))
        if unit == "week":
            return today - timedelta(days=round(7 * k))
        months = k * (12 if unit == "year" else 1)
        whole = int(months)
        return today - relativedelta(months=whole) - timedelta(days=round((months - whole) * 30))

    # "almost two years", "a little over a year": a quarter of the unit for one or two of
    # it (almost a year is nine months or more, not six), half of it for more.
    near = 0.25 if n <= 2 and unit in {"month", "year"} else 0.5
    if m.group("past") or how in {"less than", "under", "not even"}:
        return _range(back(n), today)
    if how in {"almost", "nearly", "not quite", "going on", "close to"} or how.endswith("under"):
        return _range(back(n), back(n - near))
    if how.split()[0] in {"just", "a"}:
        return _range(back(n + near), back(n))  # "just over a year ago": not two years back
    return _range(back(n + 1), back(n))


# "the early 2010s", "the late 90s", "mid 2000s": a decade or a part of one.
_DECADE = re.compile(
    r"\b(?:(?P<part>early|mid|middle|late)[\s-]+(?:of\s+)?)?(?P<the>the\s+)?"
    r"(?P<apos>['’])?(?P<dec>(?:19|20)\d0|\d0)['’]?s\b",
    re.IGNORECASE,
)
_SOMEONES = re.compile(r"\b(?:his|her|my|their|your|our|in\s+his|in\s+her)\s*$", re.IGNORECASE)


def _decade(raw: str, today: date) -> DateSpec | None:
    for m in _DECADE.finditer(raw):
        dec = m.group("dec")
        if len(dec) == 2:
            # "the 90s" is a decade; "her late 40s" or "in his 20s" is an age.
            if _SOMEONES.search(raw[: m.start()]) or not (
                m.group("the") or m.group("apos") or m.group("part")
            ):
                continue
            bare_part = m.group("part") and not (m.group("the") or m.group("apos"))
            if bare_part and re.search(r"\b(?:was|were|is|he|she|i)\s*$", raw[: m.start()], re.I):
                continue
            n = int(dec)
            start = 2000 + n if n <= today.year % 100 else 1900 + n
        else:
            start = int(dec)
        part = (m.group("part") or "").lower()
        first, last = {"early": (0, 3), "mid": (3, 6), "middle": (3, 6), "late": (7, 9)}.get(
            part, (0, 9)
        )
        if start + first > today.year:
            return None
        return _range(date(start + first, 1, 1), min(date(start + last, 12, 31), today))
    return None


# "the whole month of August" is August.
_WHOLE_MONTH_OF = re.compile(r"\b(?:the\s+)?(?:whole|entire|full)\s+month\s+of\s+", re.I)
# "this past jan", "last sept": an abbreviation after a word that makes it a month.
_LAST_ABBREVIATED = re.compile(
    r"\b(?P<rel>this\s+past|last|past|previous)\s+(?P<abbr>jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
    r"nov|dec)\b\.?",
    re.IGNORECASE,
)
# "Feb 2025ish", "2019-ish", "the 5th-ish": the hedge glued to the date.
_ISH = re.compile(r"(?<=[\w])[\s-]?ish\b", re.IGNORECASE)
# "the end of last month", "early this month": that month by name.
_PART_OF_RELATIVE_MONTH = re.compile(
    r"\b(?P<part>early|late|mid|middle\s+of|beginning\s+of|end\s+of|start\s+of|"
    r"(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+of)\s+"
    r"(?:the\s+)?"
    r"(?P<rel>last|this|past|previous)\s+month\b",
    re.IGNORECASE,
)
# An age or a stage said instead of a date: "my 40th birthday", "8 months pregnant",
# "2 years old", "her late 40s" (a count of years that is no time back).
_AGE_PHRASE = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|bday|b-day|anniversary)\b|"
    r"\b(?:his|her|my|their|our|your)\s+(?:(?:early|mid|middle|late)[\s-]+)?\d0['’]?s\b|"
    r"\b(?:\d{1,2}|a\s+few|a\s+couple(?:\s+of)?|one|two|three|four|five|six|seven|eight|nine)"
    r"[\s-]+(?:years?|yrs?|months?|weeks?|days?)[\s-]+(?:old|pregnant|along|postpartum)\b|"
    r"\b(?:\d{1,2}|one|two|three|four|six|eight)[\s-]+(?:week|month|year|day)s?[\s-]+"
    r"(?:check\s*-?\s*ups?|appointment|appt|visit|follow\s*-?\s*up|scan|ultrasound|mark|"
    r"post\s*-?\s*op)\b",
    re.IGNORECASE,
)


_PART_OF_THE_YEAR = re.compile(
    r"\b(?P<part>early|late|mid|middle\s+of|beginning\s+of|end\s+of|start\s+of|"
    r"(?:first|second)\s+half\s+of)\s+the\s+year\b(?!\s+(?:before|after|of|in|\d))",
    re.IGNORECASE,
)
# "a month or two ago", "2 or 3 weeks back": the span from the nearer to the farther.
_EITHER_AGO = re.compile(
    rf"\b(?P<n1>{_COUNT_WORDS})\s+(?:(?P<u1>day|week|wk|month|mo|year|yr)s?\s+)?"
    rf"(?:or|to|-)\s*(?P<n2>{_COUNT_WORDS})\s+(?:(?P<u2>day|week|wk|month|mo|year|yr)s?\s+)?"
    r"(?:ago|back)\b",
    re.IGNORECASE,
)


def _either_ago(raw: str, today: date) -> DateSpec | None:
    m = _EITHER_AGO.search(raw)
    if not m or not (m.group("u1") or m.group("u2")):
        return None
    unit_word = (m.group("u2") or m.group("u1")).lower()
    unit = _UNITS.get(unit_word, unit_word)
    ns = []
    for key in ("n1", "n2"):
        raw_n = " ".join(m.group(key).lower().split())
        ns.append(int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1))
    near, far = min(ns), max(ns)
    if near == far:
        return None

    # Half a unit either side: "a month or two ago" runs from 2.5 months back to 2 weeks.
    if unit in {"day", "week"}:
        size = 7 if unit == "week" else 1
        lo = today - timedelta(days=int(far * size + size / 2 + 0.5))
        hi = today - timedelta(days=int(near * size - size / 2 + 0.5))
    else:
        months = 12 if unit == "year" else 1
        half = timedelta(days=182 if unit == "year" else 15)
        lo = today - relativedelta(months=far * months) - half
        hi = today - relativedelta(months=near * months) + half
    return _range(lo, min(hi, today))


# "1.5 years ago", "2 1/2 years": a half said in figures.
_HALF_IN_FIGURES = re.compile(r"\b(\d+)(?:\.5|\s+1/2|½)\s*(?=(?:years?|yrs?|months?)\b)", re.I)
_FORTNIGHT = re.compile(r"\b(?:a|one)\s+fortnight\b", re.IGNORECASE)
# The pandemic as people date by it: its start is spring 2020; "during covid" 2020-2021;
# "right before covid hit" the first months of 2020, up to the shutdowns of mid-March.
_PANDEMIC = re.compile(
    r"\b(?P<before>(?:right|just|shortly|a\s+little|a\s+bit|not\s+long|a\s+few\s+weeks)\s+"
    r"before\s+(?:the\s+)?(?:start\s+of\s+)?)?"
    r"(?P<start>(?:the\s+)?(?:start|beginning|begining|first\s+months?)\s+of\s+(?:the\s+)?|"
    r"(?:when|right\s+when|just\s+as)\s+)?(?:covid(?:-?19)?|the\s+pandemic|(?:the\s+)?lockdowns?|"
    r"corona(?:virus)?)(?P<hit>\s+hit|\s+started|\s+began)?\b",
    re.IGNORECASE,
)


# "because the next month everything shut down", "and the month after they closed the
# schools": a step told inside the story, from the time already said, not a date of its own
# (and not the future "next month").
_STORY_NEXT = re.compile(
    r"[,;]?\s*\b(?:because|cause|cuz|coz|since|and|then|so|but|as|when)\s+(?:then\s+|like\s+)?"
    r"(?:the\s+(?:very\s+)?(?:next|following)\s+(?:month|year|week)|the\s+(?:month|year|week)\s+after)"
    r"(?=\s+(?:everything|every|we|they|i|he|she|it|the|all|things|there|covid|schools?|our|my|"
    r"his|her|is|was|were|when|that)\b)[^.;!?]*",
    re.IGNORECASE,
)
# A month named beside "right before covid" ("February, right before covid"): that month of
# the pandemic's first winter; November and December are 2019's.
_MONTH_BEFORE_PANDEMIC = re.compile(
    r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    r"(?P<day>\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)?",
    re.IGNORECASE,
)


def _pandemic_year(raw: str) -> str:
    """ "February, I think, right before covid": the month said, with the year it must be."""
    m = _PANDEMIC.search(raw)
    if not m or not m.group("before") or _ANY_YEAR.search(raw):
        return raw
    months = list(_MONTH_BEFORE_PANDEMIC.finditer(raw))
    named = {_MONTH_NAMES[x.group("month").lower()] for x in months}
    if len(named) != 1 or len(_MONTH_WORD.findall(raw)) != len(months):
        return raw
    month = named.pop()
    year = 2019 if month > 3 else 2020
    # March only up to the shutdowns of mid-March; the pandemic said is then read no more
    # ("feb 18th right before covid" is not the days before the 18th).
    said = "early march" if month == 3 and not months[0].group("day") else "{}"
    raw = raw[: m.start()] + " " + raw[m.end() :]
    return _MONTH_BEFORE_PANDEMIC.sub(lambda x: said.format(x.group(0)) + f" {year}", raw)


# "before covid", "pre-pandemic", "after the lockdowns", "since covid": a side of the
# pandemic with no nearness said, which is any time before it (or after it), not the
# pandemic itself ("right before covid", "a few weeks before covid" stay read).
_OPEN_SIDE_OF_PANDEMIC = re.compile(
    r"(?<!right\s)(?<!just\s)(?<!soon\s)(?<!shortly\s)(?<!long\s)"
    r"(?:\b(?:before|after|since)\s+|\b(?:pre|post)[\s-]*)(?:the\s+)?$",
    re.IGNORECASE,
)


def _pandemic(raw: str, today: date) -> DateSpec | None:
    m = _PANDEMIC.search(raw)
    if not m:
        return None
    if not m.group("before") and _OPEN_SIDE_OF_PANDEMIC.search(raw[: m.start()]):
        return None
    if m.group("before"):
        return _range(date(2020, 1, 1), date(2020, 3, 15))
    if m.group("start") or m.group("hit"):
        return _range(date(2020, 3, 1), date(2020, 5, 31))
    return _range(date(2020, 3, 1), min(date(2021, 12, 31), today))


# Parts of a day: "last night" is yesterday, "the night before last" the day before.
_PARTS_OF_DAYS = (
    (re.compile(r"\b(?:the\s+)?(?:night|evening)\s+before\s+last\b", re.I), "2 days ago"),
    (re.compile(r"\blast\s+(?:night|evening)\b", re.I), "yesterday"),
    (re.compile(r"\b(?:tonight|this\s+(?:morning|evening|afternoon))\b", re.I), "today"),
)


# "early to mid March", "mid-late may": both parts of the month said, so both are read.
_TWO_PARTS_OF_A_MONTH = re.compile(
    r"\b(?P<a>early|mid|late)\s*(?:to|-|/|or)\s*(?P<b>early|mid|late)[\s-]+"
    rf"(?P<month>{_MONTH_WORDS_ALT})\b",
    re.IGNORECASE,
)
_YEARS_AGO_THIS_MONTH = re.compile(
    r"(?P<ago>\b(?:years?|yrs?)\s+(?:ago|back))\s*,?\s*(?:this|in\s+this|the\s+same)\s+month\b",
    re.IGNORECASE,
)
_EARLIER_IN_THE_YEAR = re.compile(
    r"\bearlier\s+in\s+the\s+(?P<unit>year|month|week)\b", re.IGNORECASE
)


def _plain_words(text: str, today: date) -> str:
    """Wordings the readers below do not know, put as ones they do."""
    text = _TWO_PARTS_OF_A_MONTH.sub(r"\g<a> \g<month> to \g<b> \g<month>", text)
    text = _EARLIER_IN_THE_YEAR.sub(r"earlier this \g<unit>", text)
    # "two years ago this month": this month's name, that many years back.
    text = _YEARS_AGO_THIS_MONTH.sub(
        lambda m: f"{m.group('ago')} in {calendar.month_name[today.month]}", text
    )
    for pattern, plain in _PARTS_OF_DAYS:
        text = pattern.sub(plain, text)
    text = _HALF_IN_FIGURES.sub(r"\1 and a half ", text)
    text = _FORTNIGHT.sub("two weeks", text)
    text = _PART_OF_THE_YEAR.sub(lambda m: f"{m.group('part')} {today.year}", text)
    text = _AGE_PHRASE.sub(" ", text)
    text = _WHOLE_MONTH_OF.sub("", text)
    text = _ISH.sub("", text)
    text = _LAST_ABBREVIATED.sub(
        lambda m: f"{m.group('rel')} {calendar.month_name[_MONTH_NAMES[m.group('abbr').lower()]]}",
        text,
    )

    def month_named(m: re.Match[str]) -> str:
        first = today.replace(day=1)
        if m.group("rel").lower() != "this":
            first -= relativedelta(months=1)
        return f"{m.group('part')} {calendar.month_name[first.month]} {first.year}"

    return _PART_OF_RELATIVE_MONTH.sub(month_named, text)


_WEEKEND_JUST_GONE = re.compile(
    r"\b(?:last|this\s+past|past|over\s+the|on\s+the|that)\s+weekend\b(?!\s+(?:before|after|of))",
    re.IGNORECASE,
)

_WEEKENDS_AGO = re.compile(
    r"\b(?P<n>\d|a\s+couple\s+of|a\s+couple|couple|a|one|two|three|four|five)\s+weekends?\s+"
    r"(?:ago|back)\b",
    re.IGNORECASE,
)


def _last_weekend(raw: str, today: date) -> DateSpec | None:
    """ "last weekend", "this past weekend", "over the weekend": the Saturday and Sunday
    just gone."""
    ago = _WEEKENDS_AGO.search(raw)
    if not (ago or _WEEKEND_JUST_GONE.search(raw)):
        return None
    saturday = weekday_before(today, 5)
    if ago:  # "2 weekends ago": the Saturday and Sunday that many weekends back
        raw_n = " ".join(ago.group("n").lower().split())
        n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
        saturday -= timedelta(weeks=n - 1)
    return _range(saturday, min(saturday + timedelta(days=1), today))


# A date in figures with its year: 6/9/25, 10.23.25, 23.10.2025, 2025-12-03, 2024/11/02.
_NUMERIC_FULL = re.compile(
    r"(?<![\d/.\-])(?:(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})|"
    r"(?P<iy>(?:19|20)\d\d)[/.\-](?P<im>\d{1,2})[/.\-](?P<id>\d{1,2}))(?![\d/\-]|\.\d)"
)


def _numeric_days(raw: str, today: date) -> list[date]:
    """Dates written in figures with a year, month first unless only day first fits."""
    found: list[date] = []
    for m in _NUMERIC_FULL.finditer(raw):
        if m.group("iy"):
            y, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            month, day = int(m.group("a")), int(m.group("b"))
            if month > 12 >= day:
                month, day = day, month
            y = int(m.group("y"))
            if y < 100:
                y += 2000 if y <= today.year % 100 else 1900
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(y, month)[1]:
            d = date(y, month, day)
            if d not in found:
                found.append(d)
    return found


def _numeric_day(raw: str, today: date) -> DateSpec | None:
    """One date in figures with its year is the day meant, whatever else is said ("the 2nd
    surgery was on 6/9/25")."""
    found = _numeric_days(raw, today)
    return DateSpec.exact(found[0]) if len(found) == 1 else None


# School and holiday breaks people date things by: (first month, day), (last month, day).
_SCHOOL_TIMES = re.compile(
    r"\b(?P<spring>spring\s+break)|"
    r"(?P<winter>winter\s+break|holiday\s+break|winter\s+vacation)|"
    r"(?P<start>(?:before|when|after|right\s+before|just\s+before)?\s*school\s+(?:started|"
    r"starts|began|went\s+back)|(?:the\s+)?start\s+of\s+(?:the\s+)?school(?:\s+year)?|"
    r"back\s+to\s+school|(?:the\s+)?first\s+(?:day|week)\s+of\s+school)|"
    r"(?P<end>(?:the\s+)?end\s+of\s+(?:the\s+)?school\s+year|school\s+(?:let|got)\s+out|"
    r"(?:the\s+)?last\s+(?:day|week)\s+of\s+school)\b",
    re.IGNORECASE,
)
_SCHOOL_SPANS = {
    "spring": ((3, 1), (4, 15)),
    "start": ((8, 1), (9, 10)),
    "end": ((5, 15), (6, 20)),
}


# A school term and a part of it: "the first week of fall semester", "spring term
# midterms", "finals week of the fall semester", "summer session". US terms run on their
# own calendar, not the seasons': ((first month, day), (last month, day)) for each part.
_TERM_SPANS = {
    "fall": {
        "whole": ((8, 15), (12, 20)),
        "start": ((8, 15), (9, 7)),
        "second": ((8, 22), (9, 14)),
        "mid": ((9, 25), (10, 31)),
        "end": ((11, 25), (12, 20)),
        "finals": ((12, 1), (12, 20)),
    },
    "spring": {
        "whole": ((1, 8), (5, 20)),
        "start": ((1, 8), (1, 31)),
        "second": ((1, 15), (2, 7)),
        "mid": ((2, 20), (3, 31)),
        "end": ((4, 20), (5, 20)),
        "finals": ((4, 27), (5, 15)),  # the last week of April to mid-May
    },
    "summer": {
        "whole": ((5, 15), (8, 20)),
        "start": ((5, 15), (6, 10)),
        "second": ((5, 22), (6, 17)),
        "mid": ((6, 20), (7, 20)),
        "end": ((7, 25), (8, 20)),
        "finals": ((8, 1), (8, 20)),
    },
}
_SCHOOL_TERM = re.compile(
    r"\b(?P<term>fall|autumn|spring|summer)\s+(?:semester|term|session|quarter|trimester|"
    r"classes|finals|midterms?)\b|\bsemester\b",
    re.IGNORECASE,
)
# A college term's finals said before the term ("finals week last spring", "during final
# exams in the fall of 2024", "last spring's finals"): that term's finals. "exam" is one
# only as "exam week" ("my exam last spring" is a medical exam).
_FINALS_OF_TERM = re.compile(
    r"\b(?:finals?|final\s+exams?|exams?\s+week)(?:\s+week)?\s*,?\s+(?:(?:of|in|during|for)\s+)?"
    r"(?:the\s+)?(?:(?:last|this|past)\s+)?(?P<term>fall|autumn|spring)\b(?!\s+break\b)|"
    r"\b(?P<term2>fall|autumn|spring)'?s\s+finals\b",
    re.IGNORECASE,
)
_TERM_PARTS = (
    ("finals", re.compile(r"\bfinals?\b|\bexam\s+week\b|\blast\s+(?:day|week)\b", re.I)),
    ("mid", re.compile(r"\bmid-?terms?\b|\bmiddle\s+of\b|\bmid-?(?:semester|term)\b", re.I)),
    ("second", re.compile(r"\bsecond\s+week\b|\b2nd\s+week\b", re.I)),
    (
        "start",
        re.compile(
            r"\b(?:first|1st|opening)\s+(?:day|days|week|couple\s+of\s+weeks)\b|\b(?:start|"
            r"beginning|began|begin|started|starting)\b",
            re.I,
        ),
    ),
    ("end", re.compile(r"\bend(?:ing|ed)?\b|\bclose\b|\blast\s+couple\b", re.I)),
)


def _school_term(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A school term (its part narrowing it): the term of the year said, or the most recent
    one begun. "semester" alone names no term and is left to the other readers."""
    m = _SCHOOL_TERM.search(raw)
    finals = _FINALS_OF_TERM.search(raw)
    if not (m and m.group("term")) and not finals:
        return None
    if _HOLIDAY.search(raw) or _MONTH_DAY.search(raw):
        return None  # "the Thursday after MLK Day, the first week of spring term": the finer day
    if m and m.group("term"):
        term = m.group("term").lower().replace("autumn", "fall")
        word = m.group(0).lower()
        part = "finals" if word.endswith("finals") else "mid" if "midterm" in word else "whole"
    else:
        assert finals is not None
        term = (finals.group("term") or finals.group("term2")).lower().replace("autumn", "fall")
        part = "finals"
    if part == "whole":
        part = next((name for name, rx in _TERM_PARTS if rx.search(raw)), "whole")
    (m1, d1), (m2, d2) = _TERM_SPANS[term][part]
    y = year_hint if year_hint is not None else today.year
    if year_hint is None and date(y, *_TERM_SPANS[term]["whole"][0]) > today:
        y -= 1
    start, end = date(y, m1, d1), date(y, m2, d2)
    if start > today:
        return None
    return _range(start, min(end, today))


# An age at the time beside a birth date: "she was about 3 weeks old, she was born sept 2",
# "born in may, he was 2 months old". The care was the birth plus the age.
_AGE_OLD = re.compile(
    r"\b(?:(?P<hedge>about|around|roughly|almost|nearly|approximately|approx|like|maybe)\s+)?"
    r"(?:(?:only|just|barely)\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+(?P<unit>days?|weeks?|wks?|months?|mos?)[\s-]+old\b",
    re.IGNORECASE,
)
_BIRTH_SAID = re.compile(r"\bborn\b|\bbirthday\b|\bdate\s+of\s+birth\b|\bdob\b", re.IGNORECASE)


def _age_from_birth(raw: str, today: date) -> DateSpec | None:
    """The birth date read from the rest, moved on by the age: days exactly, weeks give or
    take two days, months give or take four (a birth in a month stays a month); "about"
    widens it (two days, a week, two weeks). Without a year said, a birth that would put
    the care after today is last year's."""
    ages = list(_AGE_OLD.finditer(raw))
    if len(ages) != 1 or not _BIRTH_SAID.search(raw):
        return None
    m = ages[0]
    rest = (raw[: m.start()] + " " + raw[m.end() :]).strip()
    try:
        born = parse_when(rest, today)
    except DateParseError:
        return None
    if born.precision not in {"day", "month", "range"} or (born.latest - born.earliest).days > 31:
        return None
    said = m.group("n").lower()
    n = int(said) if said.isdigit() else SMALL_NUMBERS[said]
    unit = m.group("unit").lower()[0]
    hedged = bool(m.group("hedge"))

    def moved(years_back: int) -> tuple[date, date]:
        a, b = born.earliest, born.latest
        if years_back:
            a, b = a - relativedelta(years=years_back), b - relativedelta(years=years_back)
        if unit == "m":
            step = relativedelta(months=n)
            if born.precision == "month":
                a2 = a + step
                return a2, a2 + relativedelta(day=31)
            return a + step, b + step
        step = timedelta(days=n * (7 if unit == "w" else 1))
        return a + step, b + step

    a, b = moved(0)
    if a > today and not _ANY_YEAR.search(rest):
        a, b = moved(1)
    slack = {"d": 2 if hedged else 0, "w": 7 if hedged else 2, "m": 14 if hedged else 4}[unit]
    if unit == "m" and born.precision == "month" and not hedged:
        slack = 0
    a, b = a - timedelta(days=slack), b + timedelta(days=slack)
    if a > today:
        return None
    if a == b:
        return DateSpec.exact(a)
    if unit == "m" and born.precision == "month" and not hedged:
        return _month(a.year, a.month)
    return _range(a, min(b, today))


def _winter_break(y: int) -> tuple[date, date]:
    """The winter break that starts in December of `y`, by the days it falls on: from the
    Saturday before Christmas week (the last one on or before the 23rd) to the Sunday after
    New Year's Day (the first one on or after January 2)."""
    start = date(y, 12, 23) - timedelta(days=(date(y, 12, 23).weekday() - 5) % 7)
    back = date(y + 1, 1, 2)
    return start, back + timedelta(days=(6 - back.weekday()) % 7)


def _school_time(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Spring break is March to mid-April, winter break (_winter_break) round New Year,
    school starting August to early September, the end of the school year late May to
    June: the most recent one begun, or the year said."""
    m = _SCHOOL_TIMES.search(raw)
    if not m:
        return None
    if m.lastgroup == "winter":
        y = year_hint if year_hint is not None else today.year
        if year_hint is None and _winter_break(y)[0] > today:
            y -= 1
        start, end = _winter_break(y)
        return _range(start, min(end, today))
    (m1, d1), (m2, d2) = _SCHOOL_SPANS[m.lastgroup or "start"]
    y = year_hint if year_hint is not None else today.year
    if year_hint is None and date(y, m1, d1) > today:
        y -= 1
    start = date(y, m1, d1)
    end = date(y + (1 if m2 < m1 else 0), m2, d2)
    return _range(start, min(end, today))


# Words that make a date the care asked about, and words that make it something else.
_CARE_WORDS = re.compile(
    r"\b(?:surger(?:y|ies)|operat(?:ion|ed)|procedure|appointment|appt|visit|exam|scan|mri|"
    r"ct|x-?ray|ultrasound|biopsy|shot|injection|vaccine|deliver(?:y|ed)|c-?section|birth|"
    r"misdiagnos\w*|diagnos\w*|prescri\w*|treated|seen|saw\s+(?:the|a|dr|doctor)|test|"
    r"colonoscopy|mammogram|surgeon|er\s+visit|anesthe\w*|epidural|implant\w*)\b",
    re.IGNORECASE,
)
_NOT_CARE_WORDS = re.compile(
    r"\b(?:went\s+in|came\s+in|admitted|discharged|sent\s+home|moved|birthday|bday|wedding|"
    r"graduation|died|passed|infection|showed\s+up|started|noticed|found\s+out|got\s+worse|"
    r"symptoms?|pain|fell)\b",
    re.IGNORECASE,
)
_STAY = re.compile(r"\b(?:from|between|admitted|discharged|until|till|through)\b", re.I)
# A dose, a score or a pressure in figures, not a date: "percocet 5/10", "pain was 8/10".
_NOT_A_DATE_BEFORE = re.compile(
    r"\b(?:percocet|norco|vicodin|oxy\w*|hydrocodone|dose|dosage|mg|bp|pressure|pain|score|"
    r"rated|rating|level|scale|apgar|ratio|vision|eyes?)\s*(?:was|is|of|at|a|an|around|about)?\s*$",
    re.IGNORECASE,
)
_NOT_A_DATE_AFTER = re.compile(
    r"\s*(?:mg|mcg|ml|units?|tabs?|tablets?|pills?|doses?|pain|vision)\b", re.IGNORECASE
)
_NUMERIC_SHORT = re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")


_NEIGHBOUR_DAYS = 3  # "aug 9 ... the 8th": days this close before one said are its month's


# The words joining a span's two ends: "Dec 24 2024 to Jan 6", "between ... and ...".
_SPAN_JOIN = re.compile(
    r"^\s*,?\s*(?:(?:19|20)\d\d\s*,?\s*)?(?:to|and|until|till|til|thru|through|-|\u2013|"
    r"(?:and\s+)?(?:released|discharged|sent\s+home|went\s+home|came\s+home|out)(?:\s+on)?)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _first_such_day_from(day: date, start: date) -> date | None:
    """The first date on or after `start` with `day`'s month and day (None for a 29 February
    that the year reached has not got): where a span's yearless end falls."""
    try:
        first = day.replace(year=start.year)
        return first if first >= start else first.replace(year=start.year + 1)
    except ValueError:
        return None


def _after_span_start(
    raw: str, found: list[tuple[int, int, DateSpec]], at: int, end: DateSpec
) -> DateSpec:
    """A span's end said without its year ("from Dec 24, 2024 to Jan 6") is the first such
    day after its start, not that day in the start's year (before the start) or in this one."""
    before = [f for f in found if f[1] <= at]
    if not before or end.precision != "day":
        return end
    a, b, start = max(before)
    if not _SPAN_JOIN.match(raw[b:at]) or end.earliest >= start.earliest:
        return end
    rolled = _first_such_day_from(end.earliest, start.earliest)
    # Only across the turn of a year ("Dec 28 - Jan 2"): "March 3 and March 1" are two
    # days said out of order, not a year apart.
    if rolled is None or (rolled - start.earliest).days > 183:
        return end
    return DateSpec.exact(rolled)


def _end_after_start(said: str, start: DateSpec, end: DateSpec) -> DateSpec:
    """The end of "from Christmas Eve 2024 to January 6", said without a year, is the first
    such day after the start, not the latest one (January 6 of this year)."""
    if _ANY_YEAR.search(said) or end.precision != "day" or end.earliest < start.earliest:
        return end
    day = _first_such_day_from(end.earliest, start.earliest)
    return DateSpec.exact(day) if day is not None and day != end.earliest else end


def _mentions(raw: str, today: date, year_hint: int | None) -> list[tuple[int, int, DateSpec]]:
    """Each date named in the answer with where it is: a date in figures, a month and day,
    a bare "the 5th" after one of those (the same month), or a month said alone."""
    found: list[tuple[int, int, DateSpec]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _NUMERIC_FULL.finditer(raw):
        days = _numeric_days(m.group(0), today)
        if days:
            found.append((m.start(), m.end(), DateSpec.exact(days[0])))
            taken.append(m.span())
    for m in _NUMERIC_SHORT.finditer(raw):
        month, day = int(m.group("a")), int(m.group("b"))
        if _NOT_A_DATE_BEFORE.search(raw[: m.start()]) or _NOT_A_DATE_AFTER.match(raw[m.end() :]):
            continue  # "percocet 5/10", "pain 7/10", "bp 150/90": a dose or a score
        if free(*m.span()) and 1 <= month <= 12 and 1 <= day <= 31:
            spec = _explicit_day(f"{calendar.month_name[month]} {day}", today, year_hint)
            if spec is not None:
                found.append((m.start(), m.end(), spec))
                taken.append(m.span())
    for m in _MONTH_DAY.finditer(raw):
        if not free(*m.span()):
            continue
        after = _YEAR_AFTER.match(raw[m.end() :])
        year = int(after.group(1)) if after else year_hint
        spec = _explicit_day(m.group(0), today, year)
        if spec is not None and not after:
            spec = _after_span_start(raw, found, m.start(), spec)
        if spec is not None:
            found.append((m.start(), m.end(), spec))
            taken.append(m.span())
    if found:
        said = list(found)  # the days said with a month or in figures
        for m in _BARE_ORDINAL_DAY.finditer(raw):
            before = [f for f in found if f[1] <= m.start()]
            if not free(*m.span()) or not before:
                continue
            prev = max(before)[2].earliest
            day = int(m.group(1))
            same = [
                f[2].earliest
                for f in said
                if f[1] <= m.start() and f[2].precision == "day" and f[2].earliest.day == day
            ]
            if same:
                # "born aug 9 ... so the 9th": that day said again, never a month later.
                found.append((m.start(), m.end(), DateSpec.exact(max(same))))
                taken.append(m.span())
                continue
            # "aug 9 ... went in the 8th": a day or three before is the same month's;
            # further back ("jan 28, discharged the 3rd") is the next month's.
            later = day < prev.day - _NEIGHBOUR_DAYS
            d = prev.replace(day=1) + relativedelta(months=1 if later else 0)
            if day <= calendar.monthrange(d.year, d.month)[1] and d.replace(day=day) <= today:
                found.append((m.start(), m.end(), DateSpec.exact(d.replace(day=day))))
                taken.append(m.span())
    elif year_hint is None:
        for m in _ANY_MONTH.finditer(raw):
            word = m.group("month").lower()
            if word in _MONTHS_NEEDING_A_LEAD and not (m.group("rel") or m.group("lead")):
                continue
            month = _MONTH_NAMES[word]
            y = today.year if date(today.year, month, 1) <= today else today.year - 1
            found.append((m.start(), m.end(), _month(y, month)))
    return sorted(found, key=lambda f: f[0])


# The words that settle on the last day said: "so the 9th", "so really the 9th", "I guess
# the 9th", "which makes it the 9th", "so it was the 12th".
_SETTLED = re.compile(
    r"(?:\bso|\bi\s+guess|\b(?:which|that)\s+makes\s+it|\bmaking\s+it|\bmeaning)"
    r"(?:\s+(?:it\s+was|it'?s|it\s+is|really|technically|actually|basically|i\s+guess|"
    r"that\s+makes\s+it|that'?s|on))*\s*(?:the\s+)?$",
    re.IGNORECASE,
)


# The harm found, diagnosed or showing, said with its own date after the care's: "they didn't
# find the sponge until Oct 2", "diagnosed w/ the infection 8/1", "the rash showed up 3/9",
# "a scan caught it in june". Not "misdiagnosed" (that is the care), nor "showed up at" (going in).
_FINDING_WORDS = re.compile(
    r"\b(?:f(?:i|ou)nd(?:s|ing)?|discover\w*|diagnos\w*|dx(?:'?d)?|realiz\w*|realis\w*|"
    r"notic(?:e|ed|ing)|caught|detected|spotted|learn(?:ed|t)|turned\s+out|came\s+back|"
    r"confirmed|appeared|(?:saw|seen)\s+(?:that|it\b|(?:the|a)\s+\w+\s+(?:was|were|had))|"
    r"show(?:ed|n|s|ing)?(?!\s+up\s+(?:at|to|in)\b)(?:\s+up|\s+signs?)?\b)",
    re.IGNORECASE,
)
# The care itself: an act, a visit, a stay, going in.
_CARE_ACT = re.compile(
    r"\b(?:surger(?:y|ies)|operat(?:ion|ed)|procedure|appointment|appt|visit|exam|"
    r"colonoscopy|endoscopy|biopsy|injection|shot|vaccine|deliver(?:y|ed)|c-?section|"
    r"misdiagnos\w*|prescri\w*|treated|seen\s+(?:by|at|in)|went\s+in|came\s+in|"
    r"put\s+in|implant\w*|replac\w*|repair\w*|removal|removed|stitch\w*|cast|er|"
    r"urgent\s+care|clinic|hospital|dentist|extraction|pulled|filling|root\s+canal|"
    r"epidural|anesthe\w*|transfusion|iv|dose|medication|meds|pills?|infusion)\b",
    re.IGNORECASE,
)
# Both dates are the care: a stay or a delay from one to the other, a birth or a death.
_BOTH_CARE = re.compile(
    r"\b(?:from|between|since|admitted|discharged|stay\w*|delay\w*|wait\w*|kept|"
    r"born|birthday|bday|died|passed)\b",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r"^\s*,?\s*(?:is|was|that'?s|thats)?\s*when\b", re.IGNORECASE)


def _finding_said(lead: str) -> bool:
    """Whether the words before a date end on a finding, not on the care."""
    finds = [m.end() for m in _FINDING_WORDS.finditer(lead)]
    cares = [m.end() for m in _CARE_ACT.finditer(lead) if not _FINDING_WORDS.match(lead, m.start())]
    return bool(finds) and max(finds) > max(cares, default=-1)


def _care_before_finding(raw: str, found: list[tuple[int, int, DateSpec]]) -> DateSpec | None:
    """Of dates said with the care and with the harm found, diagnosed or showing later, the
    care's (their span when several): the window is the care, not when it came to light.
    None unless the answer names the care, every finding comes after it, and neither a stay
    nor a delay from one date to the other ("from A to B") makes both the care."""
    if _BOTH_CARE.search(raw) or not _CARE_ACT.search(raw):
        return None
    care: list[DateSpec] = []
    finding: list[DateSpec] = []
    prev = 0
    for i, (a, b, spec) in enumerate(found):
        lead = raw[prev:a]
        if i == len(found) - 1 and not _FINDING_WORDS.search(lead):
            tail = raw[b:]
            if _WHEN_AFTER.match(tail):
                lead = tail  # "surgery 3/2 and 4/9 is when they found it"
        (finding if _finding_said(lead) else care).append(spec)
        prev = b
    if not care or not finding:
        return None
    first = min(s.earliest for s in care)
    last = max(s.latest for s in care)
    if last > min(s.earliest for s in finding) or last == max(s.latest for s in finding):
        return None  # found before (or with) the care: not this story
    return care[0] if len(set(care)) == 1 else _range(first, last)


# Several visits listed, then the one that went wrong picked by its place: "Three visits:
# oct 5, oct 19 and nov 2. The wrong prescription was from the second one", "seen 3/2, 3/9
# and 3/16, it happened at the last appointment".
_LIST_PLACE = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip
_PICKED_PLACE = re.compile(
    r"\b(?:was|were|happened|occurred|came|from|at|during|in|on|it\s+was)\s+(?:at\s+|from\s+|"
    r"during\s+|in\s+)?(?:the|that)\s+(?P<place>first|1st|second|2nd|third|3rd|fourth|4th|"
    r"fifth|5th|last|final|middle)\s+(?:one|visit|appointment|appt|time|trip|surgery|"
    r"procedure|operation|shot|dose|injection|session|round|exam|day)\b",
    re.IGNORECASE,
)


def _nth_listed(raw: str, found: list[tuple[int, int, DateSpec]]) -> DateSpec | None:
    """The date at the place said ("the second one") among those listed before it, in the
    order said; None when the place is not among them or no list comes before it."""
    m = _PICKED_PLACE.search(raw)
    if not m:
        return None
    listed = [f[2] for f in found if f[1] <= m.start()]
    if len(listed) < 2 or len(set(listed)) < len(listed):
        return None
    place = m.group("place").lower()
    if place in {"last", "final"}:
        return listed[-1]
    if place == "middle":
        return listed[1] if len(listed) == 3 else None
    n = _LIST_PLACE[place]
    return listed[n - 1] if n <= len(listed) else None


def _several_dates(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Two or more dates in one answer. The one said with the care ("the surgery was the
    5th") is the answer when the others are said with something else (going in, an
    infection, a birthday); otherwise a stay or two visits, read as the span of them all."""
    found = _mentions(raw, today, year_hint)
    if len({f[2] for f in found}) < 2:
        return None
    a, b, spec = found[-1]
    if (
        spec.precision == "day"
        and _SETTLED.search(raw[found[-2][1] : a])
        and not raw[b:].strip(" .!?")
    ):
        # "aug 9. well i went in the 8th, ... so the 9th": the day the answer settles on.
        return spec
    picked = _care_before_finding(raw, found) or _nth_listed(raw, found)
    if picked is not None:
        return picked
    care: list[DateSpec] = []
    other = 0
    start = 0
    for a, b, spec in found:
        said = raw[start:a] or raw[b:]
        start = b
        if _CARE_WORDS.search(said):
            care.append(spec)
        elif _NOT_CARE_WORDS.search(said):
            other += 1
    specs = [f[2] for f in found]
    first, last = min(s.earliest for s in specs), max(s.latest for s in specs)
    far_apart = (last - first).days > 366  # "I was born 4/5/1980 and the surgery was ..."
    if len(care) == 1 and (other or far_apart) and not _STAY.search(raw):
        return care[0]
    if far_apart or all(f[2].precision == "month" for f in found):
        return None  # months alone: a span of them is read by _month_span
    return _range(first, min(last, today))


# A stay or a run of days in which one clause singles out the day of the act: "I was in
# from the 8th to the 15th of October, the transfusion was the 10th", "admitted 9/3, died
# 9/20, the wrong dose was given on the 11th": that day, not the stay and not its last day.
_ACT_DAY = re.compile(
    r"\b(?:the|her|his|my|their|our|that)\s+(?P<act>[a-z][a-z\-']*(?:\s+[a-z][a-z\-']*){0,2}?)"
    r"\s+(?:(?:was|were|got)\s+(?:done|given|made|written|ordered|signed|started|stopped|"
    r"put\s+in|placed|missed|botched|performed|pulled|switched|changed)|was|were|happened|"
    r"occurred|took\s+place)\s+(?:on\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# What is not the act but the stay around it, or a day of another kind.
_NOT_AN_ACT = re.compile(
    r"\b(?:admi\w*|discharg\w*|stay|death|funeral|wake|burial|birthday|bday|wedding|"
    r"release\w*|move|day|night|week|date|first|last|one|other|time|baby|due)\b",
    re.IGNORECASE,
)
_ACT_BARE_DAY = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:" + _MONTH_ALT + r")\b)"
    r"(?!\s+(?:floor|time|visit|grade|dose|round|week|day|try|attempt)s?\b)",
    re.IGNORECASE,
)


def _stay_days(raw: str, today: date, year_hint: int | None) -> list[tuple[int, date]]:
    """The days an answer names outright, each with where it is said: in figures, by
    month and day (a bare "the 10th" after one of those, that month's), a span of days of
    a month (both ends), or a holiday's own day."""
    days = [
        (f[0], f[2].earliest) for f in _mentions(raw, today, year_hint) if f[2].precision == "day"
    ]
    span = _DAY_SPAN.search(raw)
    when = _day_span(raw, today, year_hint) if span else None
    if span and when is not None:
        days += [(span.start(), when.earliest), (span.start(), when.latest)]
    for m in _HOLIDAY.finditer(raw):
        if m.group("lead") and m.group("lead").strip().lower() not in {"on", "at", "over"}:
            continue  # "two days after Labor Day" is no day of the stay itself
        try:
            day = _holiday(m.group(0), today, year_hint)
        except KeyError:
            continue
        if day is not None and day.precision == "day":
            days.append((m.start(), day.earliest))
    return days


def _act_day_in_stay(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Of a stay or run of days, the day one clause gives the act ("the <act> was (on) the
    10th"): said with its month, that day; said as a bare day, the one of that number
    inside the stay. None with no other day named, or a bare day the stay does not hold."""
    for m in _ACT_DAY.finditer(raw):
        if _NOT_AN_ACT.search(m.group("act")):
            continue
        rest = raw[m.end() :]
        full = _MONTH_DAY.match(rest) or _NUMERIC_FULL.match(rest) or _NUMERIC_SHORT.match(rest)
        bare = None if full else _ACT_BARE_DAY.match(rest)
        if not (full or bare):
            continue
        said = full or bare
        assert said is not None
        start, end = m.end() + said.start(), m.end() + said.end()
        masked = raw[: m.start()] + " " * (end - m.start()) + raw[end:]
        others = [d for _, d in _stay_days(masked, today, year_hint)]
        if not others:
            continue
        first, last = min(others), max(others)
        if full:
            spec = next(
                (f[2] for f in _mentions(raw, today, year_hint) if f[0] == start),
                None,
            )
            if spec is not None and spec.precision == "day" and first != last:
                return spec
            continue
        day = int(said.group("day"))
        inside = []
        month = first.replace(day=1)
        while month <= last:
            if day <= calendar.monthrange(month.year, month.month)[1]:
                d = month.replace(day=day)
                if first <= d <= min(last, today):
                    inside.append(d)
            month += relativedelta(months=1)
        if len(inside) == 1:
            return DateSpec.exact(inside[0])
    return None


# "admitted on the 2nd, and it happened his third night there", "on day 4 of her stay": a
# day counted in a stay from the admission said before it.
_NTH_ALT = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
)
_NTH_OF_STAY = re.compile(
    rf"\b(?:(?:(?:his|her|my|their|our|the)\s+|(?<=\bhappen\s)|(?<=\bhappened\s)|(?<=\bon\s))"
    rf"(?P<nth>{_NTH_ALT})(?:\s*(?:or|to|-|/)\s*"
    rf"(?P<nth2>{_NTH_ALT}))?\s+(?:full\s+)?(?:night|day|morning|evening)|"
    r"\bday\s+(?P<num>\d{1,2})\b)"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:there|in|of\s+(?:his|her|my|their|the)\s+stay|at|on|when|"
    r"he|she|they|i|we|it|that|the|a|his|her|my|their|someone|somebody|nurses?|doctors?|"
    r"staff)\b)",
    re.IGNORECASE,
)
_NTH_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _nth_day_of_stay(raw: str, today: date) -> DateSpec | None:
    """The Nth day or night of a stay whose admission day is said before it: that day,
    counted from the admission as day one (a night is the evening of its day)."""
    m = _NTH_OF_STAY.search(raw)
    if not m or not re.search(rf"\b(?:{_EVENT_KINDS['in']})\b", raw[: m.start()], re.I):
        return None
    said = (m.group("nth") or "").lower()
    n = int(m.group("num") or re.sub(r"\D", "", said) or _NTH_WORDS.get(said, 0))
    other = (m.group("nth2") or "").lower()
    last = int(re.sub(r"\D", "", other) or _NTH_WORDS.get(other, 0)) if other else n
    if not 1 <= n <= last <= min(n + 7, 60):
        return None
    admitted = _admission_day(raw[: m.start()], today)
    if admitted is None:
        return None
    first, final = admitted + timedelta(days=n - 1), admitted + timedelta(days=last - 1)
    if final > today:
        return None
    return DateSpec.exact(first) if first == final else _range(first, final)


def _admission_day(head: str, today: date) -> date | None:
    """The day a stay began, said before the day counted in it: the day said right after
    "went in" / "admitted" ("I went in Sept 21 and got out Oct 2"), else the words before
    the count read as a whole ("admitted on the 2nd, and it happened ...")."""
    event = re.search(rf"\b(?:{_EVENT_KINDS['in']})\b", head, re.I)
    if event:
        clause = _CLAUSE_END.split(head[event.end() :], maxsplit=1)[0]
        if re.search(r"\d", clause):
            try:
                said = _read_when(clause, today)
            except DateParseError:
                said = None
            if said is not None and said.precision == "day":
                return said.earliest
            # "in hospital from November 3 to November 10": the stay's span, its first day.
            stay_span = said is not None and (said.latest - said.earliest).days <= 60
            if stay_span and event.group(0).lower().endswith("from"):
                return said.earliest  # type: ignore[union-attr]
    return _head_day(head, today)


def _head_day(raw_head: str, today: date) -> date | None:
    """The words before a counted day, read as the admission's day (None unless a day)."""
    head = re.sub(
        r"[\s,;]*(?:and|but|then)?\s*(?:it|this|that)?\s*(?:happened|was)?\s*$",
        "",
        raw_head,
        flags=re.I,
    )
    try:
        admitted = _read_when(head, today)
    except DateParseError:
        return None
    return admitted.earliest if admitted.precision == "day" else None


# An act counted from another event of the same answer whose day is said: "admitted on
# Labor Day and died on the 12th. The DNR was written two days after he came in": two
# days after the admission, not the death.
_EVENT_KINDS = {
    "in": r"admitted|admission|came\s+in|went\s+in|got\s+there|arrived|arrival|checked\s+in|"
    r"(?:is|was|were|been|stayed|stay)\s+in\s+(?:the\s+)?hospital\s+from|"
    r"brought\s+(?:him|her|me|them)\s+in|(?:was|were)\s+brought\s+in|taken\s+in",
    "out": r"discharged|discharge|released|sent\s+home|went\s+home|came\s+home|got\s+out",
    "death": r"died|passed\s+away|passed|death|passing",
}
_EVENT_ALT = "|".join(f"(?P<{k}>{v})" for k, v in _EVENT_KINDS.items())
_FROM_EVENT = re.compile(
    r"\b(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?)|the\s+(?:(?:next|following)\s+)?(?P<the>day|night|morning|"
    r"evening|afternoon))\s+(?P<dir>after|before)\s+"
    r"(?:(?:he|she|i|we|they|mom|dad|my\s+\w+|the\s+patient)\s+)?"
    r"(?:(?:was|got|had|been|being|were)\s+)?(?:(?:his|her|my|the|their|our)\s+)?"
    r"(?:" + _EVENT_ALT + r")\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?]|,|\b(?:and|but|then)\b", re.IGNORECASE)


def _event_day(raw: str, kind: str, skip: tuple[int, int], today: date) -> date | None:
    """The one day said beside an event of this kind elsewhere in the answer: in the
    clause after its word ("admitted on Labor Day"), else in the clause before it ("on
    the 3rd she was admitted")."""
    said = _stay_days(raw[: skip[0]] + " " * (skip[1] - skip[0]) + raw[skip[1] :], today, None)
    days: set[date] = set()
    for e in re.finditer(rf"\b(?:{_EVENT_KINDS[kind]})\b", raw, re.IGNORECASE):
        if skip[0] <= e.start() < skip[1]:
            continue
        cut = _CLAUSE_END.search(raw, e.end())
        ends = list(_CLAUSE_END.finditer(raw, 0, e.start()))
        clauses = [
            (e.end(), cut.start() if cut else len(raw)),
            (ends[-1].end() if ends else 0, e.start()),
        ]
        for lo, hi in clauses:
            found = {d for at, d in said if lo <= at < hi}
            if len(found) == 1:
                days |= found
                break
    return days.pop() if len(days) == 1 else None


def _offset_from_event(raw: str, today: date) -> DateSpec | None:
    m = _FROM_EVENT.search(raw)
    if not m:
        return None
    kind = next(k for k in _EVENT_KINDS if m.group(k))
    said = _event_day(raw, kind, m.span(), today)
    if said is None:
        return None
    sign = -1 if m.group("dir").lower() == "before" else 1
    if m.group("the"):
        n, unit = 1, 1
    else:
        raw_n = m.group("n").lower()
        n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
        unit = 7 if m.group("unit").lower().startswith("week") else 1
    d = said + timedelta(days=sign * n * unit)
    if d > today:
        return None
    if unit == 7:  # a count of weeks is told loosely: give or take three days
        return _range(d - timedelta(days=3), min(d + timedelta(days=3), today))
    return DateSpec.exact(d)


# "two days later", "three days after the surgery, which was June 2nd", "the next morning
# after the surgery on 2/11/25": a day counted from the one date said.
_OFFSET = re.compile(
    r"\b(?:(?P<n>\d+|a\s+couple\s+of|a\s+couple|a\s+few|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|years?|yrs?)|(?:the\s+)?(?:next|following)\s+"
    r"(?P<next>day|morning|night|evening|afternoon)|"
    # "a day or two after", "2 or 3 days later": the days between.
    r"(?P<n1>a|\d|one|two|three|four|five)\s+(?:days?\s+or\s+(?P<n2>\d|two|three|four|five|six)|"
    r"or\s+(?P<n3>\d|two|three|four|five|six)\s+days?)|"
    # "the day after my surgery on 4/11", "the weekend after": counted from the date said;
    # "day after my surgery, which was ...": the same, texted without its "the".
    r"(?:the\s+|^)(?P<the>day|morning|night|evening|afternoon|week|weekend))\s+"
    r"(?P<dir>later|after|afterwards?|before|earlier)\b"
    # "the day before yesterday", "the week before last": read elsewhere, not counted.
    r"(?!\s+(?:yesterday|today|tomorrow|last|day)\b)",  # "day after day": no offset
    re.IGNORECASE,
)


# "..., then the next morning": a day after the anchor said before it.
_NEXT_PART_OF_DAY = re.compile(
    r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening|afternoon)\b"
    r"(?!\s+(?:after|before)\b)",
    re.IGNORECASE,
)


def _anchor_before(head: str, today: date) -> date | None:
    """The one day a holiday said before a count back to it names ("the Tuesday before
    Thanksgiving, and two days later"); None for no holiday or more than a day."""
    if not _HOLIDAY.search(head) or _mentions(head, today, None):
        return None
    try:
        anchor = parse_when(head, today)
    except DateParseError:
        return None
    return anchor.earliest if anchor.precision == "day" else None


def _next_day_after_holiday(raw: str, today: date) -> DateSpec | None:
    """ "New Year's Day, then the next morning": the day after the holiday's day."""
    m = _NEXT_PART_OF_DAY.search(raw)
    if not m:
        return None
    said = _anchor_before(raw[: m.start()], today)
    after = raw[m.end() :]
    if said is None and not (_mentions(after, today, None) or _BARE_ORDINAL_DAY.search(after)):
        # "on Sunday Sept 13, and I went in the next day": the day after the one date said.
        found = _mentions(raw[: m.start()], today, None)
        if len(found) == 1 and found[0][2].precision == "day":
            said = found[0][2].earliest
    if said is None or said + timedelta(days=1) > today:
        return None
    return DateSpec.exact(said + timedelta(days=1))


# Which of several dates is the one: "..., the 23rd, that's the day he got the wrong dose";
# "first visit 1/6, follow up 1/20. the follow up is when he missed it".
_POINTER = re.compile(
    r"\b(?:that'?s|that\s+is|that\s+was|this\s+was|which\s+(?:is|was)|it\s+was)\s+"
    r"(?:the\s+(?:day|date|night|morning|one|visit)|when)\b",
    re.IGNORECASE,
)
_LABEL_POINTER = re.compile(
    r"\bthe\s+(?P<label>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+(?:is|was)\s+"
    r"(?:when|the\s+(?:day|date|one|visit))\b",
    re.IGNORECASE,
)


def _pointed_date(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """Of several days said, the one the answer points at: the day said just before
    "that's the day", or the day said beside the label "the <label> is when" names."""
    found = [f for f in _mentions(raw, today, year_hint) if f[2].precision == "day"]
    if len({f[2].earliest for f in found}) < 2:
        return None
    label = _LABEL_POINTER.search(raw)
    if label:
        words = label.group("label").lower()
        near = [
            f
            for f in found
            if words in raw[max(0, f[0] - 30) : f[0]].lower() and f[0] < label.start()
        ]
        if len(near) == 1:
            return near[0][2]
    pointer = _POINTER.search(raw)
    if pointer:
        before = [f for f in found if f[1] <= pointer.start()]
        between = raw[before[-1][1] : pointer.start()] if before else ""
        if before and not re.search(r"[.;!?]", between) and len(between) < 40:
            return before[-1][2]
    return None


def _offset_day(raw: str, today: date) -> DateSpec | None:
    m = _OFFSET.search(raw)
    if not m:
        return None
    rest = raw[: m.start()] + " " + raw[m.end() :]
    found = _mentions(rest, today, None)
    way = m.group("dir").lower()
    # "the night before it", "the day after that": back to the date said before.
    pointing_back = re.match(r"\s+(?:it|that|this|then)\b", raw[m.end() :], re.IGNORECASE) or (
        # "January 9th. It was the morning after.": the day after the one said before
        re.match(r"\s*(?:[.!?;]|$)", raw[m.end() :])
        and re.search(r"\b(?:it|that|this)\s+(?:was|is)\s+$", raw[: m.start()], re.IGNORECASE)
    )
    back_to_it = way in {"later", "earlier"} or way.startswith("afterward") or bool(pointing_back)
    if len(found) == 1 and found[0][2].precision == "day":
        if back_to_it != (found[0][0] < m.start()):
            return None  # "a few days later, on the 9th": the date said is the later one
        said = found[0][2].earliest
    elif back_to_it and (anchor := _anchor_before(raw[: m.start()], today)) is not None:
        said = anchor  # "Labor Day, and two days later": counted from the holiday
    else:
        return None
    sign = -1 if way in {"before", "earlier"} else 1
    if m.group("n1"):
        near, far = (
            _NUMBER_WORDS.get(w, 1) if not w.isdigit() else int(w)
            for w in (m.group("n1").lower(), (m.group("n2") or m.group("n3")).lower())
        )
        if near >= far:
            return None
        ends = (said + timedelta(days=sign * near), said + timedelta(days=sign * far))
        first, last = min(ends), max(ends)
        return _range(first, min(last, today)) if first <= today else None
    if m.group("the"):
        unit = m.group("the").lower()
        if unit == "week":  # the seven days after (or before) the day said
            first, last = said + timedelta(days=1), said + timedelta(days=7)
            if sign < 0:
                first, last = said - timedelta(days=7), said - timedelta(days=1)
        elif unit == "weekend":
            first = weekday_after(said, 5) if sign > 0 else weekday_before(said, 5)
            last = first + timedelta(days=1)
        else:
            first = last = said + timedelta(days=sign)
        if first > today:
            return None
        return DateSpec.exact(first) if first == last else _range(first, min(last, today))
    unit = (m.group("unit") or "day").lower()
    if unit.startswith(("month", "year", "yr")):
        # "two months after the surgery on 3/4/25": about then, half a month either side.
        raw_n = " ".join(m.group("n").lower().split())
        n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
        months = n * (1 if unit.startswith("month") else 12)
        centre = said + relativedelta(months=sign * months)
        half = timedelta(days=10 if unit.startswith("month") else 182)
        if centre > today:
            return None
        return _range(centre - half, min(centre + half, today))
    if m.group("next"):
        if sign < 0:
            return None
        days = 1
    else:
        raw_n = " ".join(m.group("n").lower().split())
        n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
    d = said + timedelta(days=sign * days)
    if d > today:
        return None
    if m.group("unit") and m.group("unit").lower().startswith("week"):
        # "6 weeks after July 4th": a count of weeks is told loosely; give or take three
        # days, as a count of weeks from a holiday is. A count of days stays one day.
        return _range(d - timedelta(days=3), min(d + timedelta(days=3), today))
    return DateSpec.exact(d)


# "right after my birthday which is march 2", "just before the 14th", "the week after
# 5/3/25": a little after (or before) one day said outright, never that day itself.
_CLOSE_TO_A_DAY = re.compile(
    r"\b(?P<how>right|just|shortly|soon|not\s+long|the\s+week|the\s+(?:few\s+)?days)\s+(?P<dir>after|before)\b(?!\s+(?:that|it|this|then)\b)",
    re.IGNORECASE,
)


def _close_to_a_day(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A few days after (or before) the one day said: "right/just" one to four days,
    "shortly/soon/not long" or "the days" one to seven, "the week" the seven days."""
    m = _CLOSE_TO_A_DAY.search(raw)
    if not m or _HOLIDAY.search(raw):
        return None
    found = {f[2] for f in _mentions(raw, today, year_hint)}
    if len(found) != 1:
        return None
    said = found.pop()
    if said.precision != "day":
        return None
    how = " ".join(m.group("how").lower().split())
    far = 4 if how in {"right", "just"} else 7
    first, last = said.earliest + timedelta(days=1), said.earliest + timedelta(days=far)
    if m.group("dir").lower() == "before":
        first, last = said.earliest - timedelta(days=far), said.earliest - timedelta(days=1)
    if first > today:
        return None
    return _range(first, min(last, today))


def _bare_day_by_holiday(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """ "juneteenth, the 19th", "labor day weekend, the 31st": a bare day said beside one
    holiday is a day of the holiday's month (within three days of it), not of this month."""
    days = list(_BARE_ORDINAL_DAY.finditer(raw))
    holidays_said = list(_HOLIDAY.finditer(raw))
    if len(days) != 1 or len(holidays_said) != 1 or _MONTH_WORD.search(raw):
        return None
    if re.search(r"\d\s*[/.\-]\s*\d", raw) or days[0].start() < holidays_said[0].start():
        return None
    rest = raw[: days[0].start()] + " " + raw[days[0].end() :]
    try:
        near = _holiday(rest, today, year_hint)
    except (KeyError, ValueError, StopIteration):
        return None
    if near is None or (near.latest - near.earliest).days > 7:
        return None
    n = int(days[0].group(1))
    for first in {near.earliest.replace(day=1), near.latest.replace(day=1)}:
        if n > calendar.monthrange(first.year, first.month)[1]:
            continue
        d = first.replace(day=n)
        if near.earliest - timedelta(days=3) <= d <= near.latest + timedelta(days=3):
            return DateSpec.exact(d) if d <= today else None
    return None


def _ago_with_year(m: re.Match[str], today: date, year_hint: int | None) -> DateSpec:
    """ "about 3 yrs ago, 2023 i think": the year said beats years counted back."""
    if year_hint is not None and m.group("unit").lower() in {"year", "yr"}:
        return _year(year_hint)
    return _ago(m, today)


# "2 Fridays ago": the second most recent Friday; "two tuesday ago" (the plural dropped, as
# a learner of English says it) the same.
_WEEKDAYS_AGO = re.compile(
    rf"\b(?P<n>\d|a\s+couple\s+of|a\s+couple|two|three|four|five)\s+(?P<day>{_WEEKDAY_WORDS})s?\s+"
    r"(?:ago|back)\b",
    re.IGNORECASE,
)


# "Tuesday, not this one, before", "not this wednesday, the one before", "a monday, not this
# past one but the one before": the one a week before the most recent such day.
_WEEKDAY_NOT_THIS_ONE = re.compile(
    rf"\b(?:(?P<day>{_WEEKDAY_WORDS})\b[\s,;.-]*(?:but\s+|and\s+)?not\s+(?:this|that|the\s+last)"
    r"(?:\s+past)?\s+one|not\s+(?:this|the\s+last|last)(?:\s+past)?\s+"
    rf"(?P<day2>{_WEEKDAY_WORDS}))\b[\s,;.-]*(?:but\s+|it\s+was\s+|rather\s+)?"
    r"(?:the\s+(?:one|week)\s+(?:just\s+)?before(?:\s+that)?\b|"
    r"(?:just\s+)?before\b(?!\s+(?:that|it|then)\b))",
    re.IGNORECASE,
)


def _weekday_not_this_one(raw: str, today: date) -> DateSpec | None:
    """ "Tuesday, not this one, before": "this one" is the most recent such day (today on
    that weekday), and the one meant is the week before it."""
    m = _WEEKDAY_NOT_THIS_ONE.search(raw)
    if not m:
        return None
    wanted = _WEEKDAYS.index((m.group("day") or m.group("day2")).lower())
    latest = today - timedelta(days=(today.weekday() - wanted) % 7)
    return DateSpec.exact(latest - timedelta(days=7))


def _weekdays_ago(raw: str, today: date) -> DateSpec | None:
    m = _WEEKDAYS_AGO.search(raw)
    if not m:
        return None
    raw_n = " ".join(m.group("n").lower().split())
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    wanted = _WEEKDAYS.index(m.group("day").lower())
    latest = weekday_before(today, wanted)
    return DateSpec.exact(latest - timedelta(weeks=n - 1))


# "two weeks ago, the thursday", "3 weeks ago on the monday", "three weeks ago sunday", "a
# month ago, a monday": the one such weekday nearest the day that many weeks (or the month)
# back (within three days of it either way); the last count said wins ("two weeks ago, no
# wait three weeks ago"). Counting in a calendar week (Sunday to Saturday) had put "three
# weeks ago sunday", said on a Friday, nearly four weeks back, and "a week ago Friday",
# said on a Monday, three days back.
_WEEKS_AGO = re.compile(
    r"\b(?P<n>\d|a\s+couple\s+of|a\s+couple|an?|one|two|three|four|five|six)\s+"
    r"(?P<unit>weeks?|months?)\s+(?:ago|back)\b",
    re.IGNORECASE,
)
# A count back said loosely, before it ("about 3 weeks ago", "like a month ago") or after
# it ("3 weeks ago or so", "a month ago, more or less"): the weekday said may be either
# of the two around the day counted back, not only the nearer one.
_HEDGE_BEFORE_COUNT = re.compile(
    r"\b(?:about|around|like|maybe|roughly|approx\w*|abt|more\s+or\s+less|give\s+or\s+take)"
    r"\s+$",
    re.IGNORECASE,
)
_HEDGE_AFTER_COUNT = re.compile(
    r"\s*,?\s*(?:or\s+so|or\s+thereabouts|more\s+or\s+less|give\s+or\s+take|about|"
    r"roughly|approx\w*)\b",
    re.IGNORECASE,
)


def _weekday_weeks_ago(raw: str, today: date) -> DateSpec | None:
    counts = list(_WEEKS_AGO.finditer(raw))
    said = {w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}
    if not counts or not said or len(said) > 2 or _MONTH_WORD.search(raw):
        return None
    if re.search(r"\b(?:last|past|previous|this)\s+week\b|\bweekend\b", raw, re.IGNORECASE):
        return None
    count = counts[-1]
    raw_n = " ".join(count.group("n").lower().split())
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    if count.group("unit").lower().startswith("month"):
        if n != 1:
            return None  # two months and more are past six weeks: the count's own range
        back = today - relativedelta(months=1)
    else:
        back = today - timedelta(weeks=n)
    if _HEDGE_BEFORE_COUNT.search(raw[: count.start()]) or _HEDGE_AFTER_COUNT.match(
        raw, count.end()
    ):
        # "about three weeks ago, a Tuesday": the Tuesday on or before the day three weeks
        # back and the one after it are both that loose count; the span of the two.
        before = [back - timedelta(days=(back.weekday() - _WEEKDAYS.index(w)) % 7) for w in said]
        after = [d if d == back else d + timedelta(days=7) for d in before]
        days = sorted(d for d in before + after if d <= today)
    else:
        days = sorted(
            back + timedelta(days=(_WEEKDAYS.index(w) - back.weekday() + 3) % 7 - 3) for w in said
        )
    if not days or days[-1] > today:
        return None
    return DateSpec.exact(days[0]) if days[0] == days[-1] else _range(days[0], days[-1])


def _weekdays_in_week(raw: str, when: DateSpec) -> DateSpec:
    """ "the week before Thanksgiving, thu or fri": of a week read, the one or two weekdays
    said in it (each falls once in a week)."""
    if when.precision != "range" or not 5 <= (when.latest - when.earliest).days <= 7:
        return when
    said = {w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}
    if not said or len(said) > 2 or re.search(r"\bweekend\b", raw, re.IGNORECASE):
        return when
    width = (when.latest - when.earliest).days
    span = [when.earliest + timedelta(days=k) for k in range(width + 1)]
    days = sorted(d for d in span if _WEEKDAYS[d.weekday()] in said)
    if len(days) != len(said):
        return when
    return DateSpec.exact(days[0]) if len(days) == 1 else _range(days[0], days[-1])


def _weekdays_in_month_part(raw: str, when: DateSpec) -> DateSpec:
    """ "a Monday in early June", "one Tuesday or Wednesday in late March": of a part of a
    month read (more than a week, at most half a month), the days from the first to the
    last that fell on a weekday said, not the part's edges, which may be other weekdays."""
    if when.precision != "range" or not 8 <= (when.latest - when.earliest).days <= 15:
        return when
    if not _MONTH_PART.search(raw) or re.search(r"\bweekends?\b", raw, re.IGNORECASE):
        return when
    said = {w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}
    if not said or len(said) > 2:
        return when
    width = (when.latest - when.earliest).days
    span = [when.earliest + timedelta(days=k) for k in range(width + 1)]
    days = [d for d in span if _WEEKDAYS[d.weekday()] in said]
    if not days:
        return when
    return DateSpec.exact(days[0]) if len(days) == 1 else _range(days[0], days[-1])


def _weekdays_in_count(raw: str, when: DateSpec) -> DateSpec:
    """ "10 or 11 days ago, a tuesday", "a few weeks ago, I want to say a wednesday": of
    the days a count back allows (more than two days, at most a month), the first to the
    last that fell on the one or two weekdays said, not the count's edges."""
    if when.precision != "range" or not 2 <= (when.latest - when.earliest).days <= 31:
        return when
    plain = _weekday_words(_HOLIDAY.sub(" ", raw))
    if not _AGO.search(raw) or _MONTH_WORD.search(raw) or _ANY_YEAR.search(raw):
        return when
    if re.search(r"\b(?:weekends?|before|after|since|until|till|between|every)\b", plain, re.I):
        return when
    said = {w.lower() for w in _WEEKDAY.findall(plain)}
    if not said or len(said) > 2:
        return when
    width = (when.latest - when.earliest).days
    days = [
        when.earliest + timedelta(days=k)
        for k in range(width + 1)
        if _WEEKDAYS[(when.earliest + timedelta(days=k)).weekday()] in said
    ]
    if not days:
        return when
    return DateSpec.exact(days[0]) if len(days) == 1 else _range(days[0], days[-1])


# "4 or so years", "a year or so": the count, said loosely.
_OR_SO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+so\s+"
    r"(?=(?:days?|weeks?|months?|years?|yrs?)\b)",
    re.IGNORECASE,
)
_COUNT_OF_UNITS = re.compile(
    rf"\b(?:{_COUNT_WORDS})\s+(?:days?|weeks?|months?|years?|yrs?)\b(?!\s+(?:ago|back|earlier|"
    r"old|later|after|before))",
    re.IGNORECASE,
)


# "2 months ago maybe 3", "three weeks back, or four": a second count said after the first.
_AGO_THEN_ANOTHER = re.compile(
    rf"\b(?P<n1>{_COUNT_WORDS})\s+(?P<unit>(?:day|week|wk|month|mo|year|yr)s?)\s+(?P<ago>ago|back)"
    r"\s*[,.]?\s*(?:or\s+)?(?:maybe|possibly|perhaps|or|could\s+(?:have\s+)?be(?:en)?|"
    r"might\s+(?:have\s+)?be(?:en)?)\s+(?:even\s+|more\s+like\s+)?"
    r"(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:[/.:\-]\d|(?:day|week|wk|month|mo|year|yr)s?\b|(?:st|nd|rd|th)\b))",
    re.IGNORECASE,
)


def _loose_ago(text: str) -> str:
    """ "a while ago, maybe 4 or so years": the count said after "ago" is the time back;
    "2 months ago maybe 3" is "2 or 3 months ago"."""
    text = _AGO_THEN_ANOTHER.sub(r"\g<n1> or \g<n2> \g<unit> \g<ago>", text)
    text = _OR_SO.sub(r"about \1 ", text)  # still loose: "3 or so weeks ago, a tuesday"
    ago = re.search(r"\bago\b", text, re.I)
    if ago and not _AGO.search(text):
        m = _COUNT_OF_UNITS.search(text, ago.end())  # after it: "3 days in" before is a stay
        if m:
            text = text[: m.end()] + " ago" + text[m.end() :]
    return text


# A date taken back inside the answer: "march 3rd, no wait, march 5th", "the 12th.
# actually the 13th", "april 2022, sorry i mean april 2023".
_TAKEN_BACK = re.compile(
    r"(?:\b(?:no+,?\s+wait|wait,?\s+no+|sorry,?\s+i\s+meant?|i\s+meant?|no+,?\s+sorry|"
    r"sorry,?\s+no+|actually|correction|scratch\s+that|make\s+that|my\s+bad|oops)\b|"
    r"[,.;!?\-]\s*(?:nope|wait|sorry|oops)\b|"
    # "2/14/2024 sorry 2/16/2024": a sorry straight after figures, with no comma
    r"(?<=\d)\s+(?:sorry|oops|wait)\b|"
    # a "no" that takes a date back, not "no one", "no complications"
    r"[,.;!?\-]\s*no+\b(?=\s*[,.;!\-]|\s+(?:wait|sorry|actually|it\s+was|it'?s|i\s+mean|make\s+it|"
    rf"the\s+\d|\d|(?:{_MONTH_WORDS_ALT})\b|"
    # "tuesday, no wednesday": a weekday standing alone after the "no", not "no saturday hours"
    rf"(?:{_WEEKDAY_WORDS}|mon|tues?|wed|thu|thurs?|fri|sat|sun)\b"
    r"(?=\s*(?:[,.;:!?\-]|$|because\b|bc\b|cause\b|since\b|i\s+think\b)))))"
    r"(?:[\s,.;:!\-]*(?:no+|sorry|wait|i\s+meant?|it\s+was|actually)\b)*[\s,.;:!\-]*",
    re.IGNORECASE,
)
TAKEN_BACK = _TAKEN_BACK  # for the story reader: a date corrected inside the story
# What the corrected part must name to be a date of its own: figures, a month, a year.
_DATE_SIGNAL = re.compile(r"\d|\b(?:" + _MONTH_WORDS_ALT + r")\b", re.IGNORECASE)


_SPACED_SLASH = re.compile(r"(?<=\d)\s+/\s*(?=\d)|(?<=\d)\s*/\s+(?=\d)")
# "6/17/206", "3/2/225", "6/17/2O26": a day in figures whose year lost a digit or was typed
# with a letter O; only a year of this century can be meant.
_TYPO_YEAR_DAY = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>2[0-9oO][0-9oO]|(?=[0-9]*[oO])2[0oO][0-9oO]{2})\b"
)


# "6/17/2062", "march 3rd, 20226", "june 2052": a year of four figures after this one whose
# two figures swapped make a recent year, or one of five with a figure typed twice.
_TYPO_FULL_YEAR = re.compile(
    rf"(?:(?<=\d[/.\-])|\b(?:{_MONTH_WORDS_ALT})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)"
    r"(?P<y>2\d{3,4})\b",
    re.IGNORECASE,
)
_RECENT_YEARS = 10  # a swapped year is read only as one of the last ten


def _year_typed_wrong(said: str, today: date) -> int | None:
    """The year a future or five-figure year plainly is: "2062" 2026 (two figures swapped,
    read only as a year of the last ten), "20226" 2026 (a figure typed twice; failing that,
    one figure too many); None when it is a year as it stands or no one year fits."""
    if len(said) == 4:
        if int(said) <= today.year:
            return None
        swapped = {
            int(said[:i] + said[i + 1] + said[i] + said[i + 2 :]) for i in range(len(said) - 1)
        }
        fits = {y for y in swapped if today.year - _RECENT_YEARS <= y <= today.year}
        return fits.pop() if len(fits) == 1 else None
    doubled = {
        int(said[:i] + said[i + 1 :]) for i in range(len(said) - 1) if said[i] == said[i + 1]
    }
    dropped = {int(said[:i] + said[i + 1 :]) for i in range(len(said))}
    for candidates in (doubled, dropped):
        fits = {y for y in candidates if 1900 <= y <= today.year}
        if len(fits) == 1:
            return fits.pop()
    return None


def _typo_full_year(m: re.Match[str], today: date) -> str:
    year = _year_typed_wrong(m.group("y"), today)
    return m.group(0) if year is None else m.group(0)[: -len(m.group("y"))] + str(year)


def _typo_year(m: re.Match[str], today: date) -> str:
    """The year a typo plainly is ("206" 2026, "225" 2025, "2O26" 2026); one that would be
    after today gives the most recent such day before it, never a future date."""
    said = re.sub("[oO]", "0", m.group("y"))
    if len(said) == 4:
        year = int(said)
    else:  # "206" lost the 2 of "2026", "225" the 0 of "2025"
        year = 2020 + int(said[2]) if said[1] == "0" else 2000 + int(said[1:])
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if a <= 12 else (b, a)
    try:
        said_day = date(min(year, today.year), month, day)
        if said_day > today:  # after today: the most recent such day before it
            said_day = said_day.replace(year=said_day.year - 1)
    except ValueError:
        return m.group(0)  # no such day: left for the readers to refuse
    return f"{said_day.month}/{said_day.day}/{said_day.year}"


# "last friday, no sorry, the friday before that", "the 3rd, no, the day after that": the
# correction counted from the date taken back.
_STEP_FROM_THAT = re.compile(
    r"^(?:(?:it\s+was|i\s+think|maybe|more\s+like)\s+)*(?:the\s+)?"
    rf"(?P<what>day|week|weekend|month|{_WEEKDAY_WORDS})\s+(?P<way>before|after)"
    r"(?:\s+(?:that|that\s+one|it))?$",
    re.IGNORECASE,
)


def _step_from(first: DateSpec, bare: str, today: date) -> DateSpec | None:
    """A correction said as a step from the date taken back: the day, week or month before
    or after it, or the weekday said before or after it (each day it could be moved)."""
    m = _STEP_FROM_THAT.match(bare.strip(" ,.;:!?"))
    if not m or (first.latest - first.earliest).days > 31:
        return None
    what, sign = m.group("what").lower(), -1 if m.group("way").lower() == "before" else 1
    if what == "month":
        if first.precision != "month":
            return None
        start = first.earliest + relativedelta(months=sign)
        spec = _month(start.year, start.month)
    elif what in {"day", "week"}:
        step = timedelta(days=sign * (1 if what == "day" else 7))
        spec = _range(first.earliest + step, first.latest + step)
    elif what == "weekend":
        return None
    else:
        wd = _WEEKDAYS.index(what)

        def moved(d: date) -> date:
            gap = ((d.weekday() - wd) if sign < 0 else (wd - d.weekday())) % 7
            return d + timedelta(days=sign * (gap or 7))

        spec = _range(moved(first.earliest), moved(first.latest))
    if spec.earliest > today:
        return None
    if spec.earliest == spec.latest:
        return DateSpec.exact(spec.earliest)
    return spec if spec.latest <= today else DateSpec(spec.earliest, today, "range")


def _taken_back(text: str, today: date) -> DateSpec | None:
    """The date said last when an earlier one is taken back; a bare day ("the 12th, no the
    11th") or a date without a year keeps the month or year said first."""
    marks = list(_TAKEN_BACK.finditer(text))
    if not marks:
        return None
    head, tail = text[: marks[-1].start()].strip(" ,.;:-"), text[marks[-1].end() :].strip()
    holidays = bool(_HOLIDAY.search(tail) and _HOLIDAY.search(head))
    if head and _STEP_FROM_THAT.match(step := _weekday_words(tail).strip(" ,.;:!?")):
        try:
            return _step_from(parse_when(head, today), step, today)
        except DateParseError:
            return None
    weekdays = bool(_WEEKDAY.search(_weekday_words(head)) and _WEEKDAY.search(_weekday_words(tail)))
    if not head or not (_DATE_SIGNAL.search(head) or holidays or weekdays):
        return None
    if not _DATE_SIGNAL.search(tail) and not (holidays or weekdays):
        # "halloween, no wait, the day after halloween": a holiday taken back for another.
        return None
    try:
        first = parse_when(head, today)
    except DateParseError:
        return None
    bare = tail.strip(" .!?")
    remark = re.match(r"((?:19|20)\d\d)\s*[,;:!\-]+\s*(\D*)$", bare)
    if (
        remark
        and not _DATE_SIGNAL.search(remark.group(2))
        and not _RELATIVE_YEAR.search(remark.group(2))
    ):
        bare = remark.group(1)  # "october 2023 -- sorry, 2024, i always mix those up"
    ago = _AGO.search(head)
    if re.fullmatch(r"\d{1,2}", bare) and ago is not None:
        # "3 weeks ago, no wait, 4": the count taken back, not the 4th of a month.
        tail = head[: ago.start("n")] + bare + head[ago.end("n") :]
        try:
            return parse_when(tail, today)
        except DateParseError:
            return None
    if _YEAR_ONLY.match(bare) and first.precision in {"day", "month"}:
        # "march 2024, no, 2023": the same month or day, in the year said after.
        try:
            moved = first.earliest.replace(year=int(bare))
        except ValueError:
            return None
        spec = (
            DateSpec.exact(moved) if first.precision == "day" else _month(moved.year, moved.month)
        )
        return spec if spec.latest <= today else None
    nth = _NTH_ONLY.match(bare)
    days = {int(d) for d in _BARE_ORDINAL_DAY.findall(bare)} or (
        {int(nth.group("day"))} if nth else set()
    )
    plain_day = not (
        _MONTH_WORD.search(bare)
        or _ANY_YEAR.search(bare)
        or "/" in bare
        or re.search(r"\bmonth\b", bare, re.I)
    )
    if first.precision == "day" and plain_day and len(days) == 1:
        # "march 3rd - wait, it might have been the 4th": that day of the month said first.
        day = days.pop()
        if not 1 <= day <= calendar.monthrange(first.earliest.year, first.earliest.month)[1]:
            return None
        d = first.earliest.replace(day=day)
        return DateSpec.exact(d) if d <= today else None
    ordinals = list(_BARE_ORDINAL_DAY.finditer(bare))
    if first.precision == "day" and plain_day and len(days) > 1:
        last = ordinals[-1]
        if _SETTLED.search(bare[: last.start()]) and not bare[last.end() :].strip():
            # "may 18th, no wait, I got there the 17th ... so it was the 18th": the day
            # settled on, in the month said first.
            try:
                d = first.earliest.replace(day=int(last.group(1)))
            except ValueError:
                return None
            return DateSpec.exact(d) if d <= today else None
    if first.precision == "day" and len(days) == 1 and not _MONTH_WORD.search(bare):
        year = _ANY_YEAR.search(bare)
        if (
            year
            and "/" not in bare
            and _ANY_YEAR.sub(" ", bare).strip(" ,.") == bare[: year.start()].strip(" ,.")
        ):
            # "August 3rd, no sorry the 5th, 2025": the month said first, that day and year.
            try:
                d = date(int(year.group(1)), first.earliest.month, days.pop())
            except ValueError:
                return None
            return DateSpec.exact(d) if d <= today else None
    years = set(_ANY_YEAR.findall(head))
    if not _ANY_YEAR.search(tail) and len(years) == 1:
        tail = f"{tail} {years.pop()}"
    elif (
        not _ANY_YEAR.search(tail)
        and not _RELATIVE_YEAR.search(tail)
        and _RELATIVE_YEAR.search(head)
        and first.earliest.year == first.latest.year
    ):
        # "halloween last year, no wait, the day after": the year said first still holds.
        tail = f"{tail} {first.earliest.year}"
    try:
        return parse_when(tail, today)
    except DateParseError:
        return None


# Stretches of the year known by name, not by month: "tax season", "during March Madness",
# "the first week of the year". Each maps a year to its first and last day.
_NAMED_STRETCH = re.compile(
    r"\b(?P<name>tax\s+season|tax\s+time|march\s+madness|"
    r"(?:the\s+)?(?:first|1st|opening|last|final)\s+week\s+of\s+"
    r"(?:(?:the\s+)?(?:new\s+)?year\b|(?=(?:19|20)\d\d\b)))"
    r"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _stretch_days(name: str, y: int) -> tuple[date, date]:
    key = " ".join(name.lower().split())
    if key.startswith("tax"):
        return date(y, 1, 15), date(y, 4, 15)  # returns open in January, due April 15
    if key.startswith("march"):
        # The NCAA tournament: Selection Sunday (the Sunday on or after March 11) to the
        # final, the Monday three weeks later.
        selection = date(y, 3, 11) + relativedelta(weekday=SU(+1))
        return selection, selection + timedelta(days=22)
    if re.search(r"\b(?:last|final)\b", key):
        return date(y, 12, 25), date(y, 12, 31)
    return date(y, 1, 1), date(y, 1, 7)


# The stages of the NCAA tournament, as days after Selection Sunday.
_STAGE_DAYS = {
    "first four": (2, 3),
    "first round": (4, 5),
    "second round": (6, 7),
    "sweet sixteen": (11, 12),
    "sweet 16": (11, 12),
    "elite eight": (13, 14),
    "elite 8": (13, 14),
    "final four": (20, 20),
}
_TOURNAMENT_STAGE = re.compile(
    r"\b(?:first\s+four|first\s+round|second\s+round|sweet\s+(?:sixteen|16)|elite\s+(?:eight|8)|"
    r"final\s+four)\b",
    re.IGNORECASE,
)


def _named_stretch(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A stretch of the year by its name; with no year said, the latest one begun."""
    m = _NAMED_STRETCH.search(raw)
    if not m:
        return None
    said = int(m.group("year")) if m.group("year") else year_hint
    y = said if said is not None else today.year
    first, last = _stretch_days(m.group("name"), y)
    stage = _TOURNAMENT_STAGE.search(raw)
    if stage and m.group("name").lower().startswith("march"):
        # "march madness, the first round": the Thursday and Friday after Selection Sunday.
        begin, end = _STAGE_DAYS[" ".join(stage.group(0).lower().split())]
        first, last = first + timedelta(days=begin), first + timedelta(days=end)
    if said is None and last > today and re.search(r"\b(?:last|final)\b", m.group("name"), re.I):
        first, last = _stretch_days(m.group("name"), y - 1)  # the last week of a year ended
    elif said is None and first > today:
        first, last = _stretch_days(m.group("name"), y - 1)
    if first > today:
        return None
    return _range(first, min(last, today))


# Religious holidays on a lunar or lunisolar calendar, from the calendars the `holidays`
# package carries (no hand table of years). A Jewish holiday begins at sundown the evening
# before its first day, so its span starts that evening ("the first night of Hanukkah").
_RELIGIOUS = re.compile(
    r"(?:\b(?P<lead>(?:right|just|shortly|soon|straight)\s+|(?:the\s+)?(?:day|night|week)\s+|"
    r"(?P<n>\d+|a|one|two|three|four|five|six|seven|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?)"
    r"\s+(?P<unit>days?|weeks?)\s+)?(?P<way>after|before)\s+(?:the\s+)?(?:end\s+of\s+)?)?"
    r"\b(?:(?:the\s+)?(?P<first>first|1st)\s+(?P<part>day|night|evening|seder)\s+of\s+)?"
    r"(?P<name>passover|pesach|pesaj|ramadan|ramad[aá]n|eid\s+al[\s-]+fitr|eid\s+al[\s-]+adha|"
    r"eid\s+ul[\s-]+(?:fitr|adha)|diwali|deepavali|rosh\s+hashann?ah?|yom\s+kippur|"
    r"hanukk?ah|chanukk?ah|(?:lunar|chinese)\s+new\s+year)\b"
    r"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _religious_days(name: str, y: int) -> tuple[date, date, date] | None:
    """(first evening or day, first day, last day) of a religious holiday in year y."""
    from holidays.calendars.chinese import _ChineseLunisolar
    from holidays.calendars.hebrew import _HebrewLunisolar
    from holidays.calendars.hindu import _HinduLunisolar
    from holidays.calendars.islamic import _IslamicLunar

    key = " ".join(name.lower().replace("-", " ").split())
    try:
        if key in {"passover", "pesach", "pesaj"}:
            d = _HebrewLunisolar().passover_date(y)
            return (d - timedelta(days=1), d, d + timedelta(days=7)) if d else None
        if key.startswith("rosh"):
            d = _HebrewLunisolar().rosh_hashanah_date(y)
            return (d - timedelta(days=1), d, d + timedelta(days=1)) if d else None
        if key.startswith("yom"):
            d = _HebrewLunisolar().yom_kippur_date(y)
            return (d - timedelta(days=1), d, d) if d else None
        if key.startswith(("hanuk", "chanuk")):
            days = [d for d in _HebrewLunisolar().hanukkah_date(y) if d.year == y]
            d = days[0] if days else None
            return (d - timedelta(days=1), d, d + timedelta(days=7)) if d else None
        if key.startswith("ramad"):
            start = [d for d, _ in _IslamicLunar().ramadan_beginning_dates(y) if d.year == y]
            if not start:
                return None
            eid = [d for d, _ in _IslamicLunar().eid_al_fitr_dates(y) if d > start[0]]
            end = eid[0] - timedelta(days=1) if eid else start[0] + timedelta(days=29)
            return start[0], start[0], end
        if key.startswith("eid"):
            cal = _IslamicLunar()
            dates = cal.eid_al_fitr_dates(y) if "fitr" in key else cal.eid_al_adha_dates(y)
            days = [d for d, _ in dates if d.year == y]
            return (days[0], days[0], days[0]) if days else None
        if key in {"diwali", "deepavali"}:
            d, _ = _HinduLunisolar().diwali_india_date(y)
            return (d, d, d) if d else None
        d, _ = _ChineseLunisolar().lunar_new_year_date(y)
        return (d, d, d) if d else None
    except (KeyError, ValueError, TypeError):
        return None


def _step_beside(m: re.Match[str], first: date, last: date) -> DateSpec:
    """A step after a holiday of several days counted from its last day, a step before it
    from its first: "right after Hanukkah" is the seven days after it ends, "the day
    before Passover" the day before its first day, "two days after Ramadan" that one day,
    "a week after" a week on, give or take three days."""
    after = m.group("way").lower() == "after"
    lead = " ".join((m.group("lead") or "").lower().split())
    if m.group("unit"):
        raw = " ".join(m.group("n").lower().split())
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 3)
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        mid = last + timedelta(days=days) if after else first - timedelta(days=days)
        if days < 7 and (raw.isdigit() or raw in SMALL_NUMBERS or raw in {"a", "one"}):
            return DateSpec.exact(mid)
        return _range(mid - timedelta(days=3), mid + timedelta(days=3))
    if lead.split()[-1:] in (["day"], ["night"]):
        return DateSpec.exact(last + timedelta(days=1) if after else first - timedelta(days=1))
    if after:
        return _range(last + timedelta(days=1), last + timedelta(days=7))
    return _range(first - timedelta(days=7), first - timedelta(days=1))


def _religious(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """A religious holiday by name: its whole span, or the first day (or night) said; with
    no year said, the latest one begun."""
    m = _RELIGIOUS.search(raw)
    if not m:
        return None
    said = int(m.group("year")) if m.group("year") else year_hint
    y = said if said is not None else today.year
    days = _religious_days(m.group("name"), y)
    if said is None and (days is None or days[0] > today):
        days = _religious_days(m.group("name"), y - 1)
    if days is None or days[0] > today:
        return None
    evening, first, last = days
    if m.group("way"):
        step = _step_beside(m, first, last)
        if said is None and step.earliest > today:
            earlier = _religious_days(m.group("name"), y - 1)
            if earlier is None:
                return None
            step = _step_beside(m, earlier[1], earlier[2])
        return step if step.earliest <= today else None
    part = (m.group("part") or "").lower()
    if part:
        return DateSpec.exact(evening if part in {"night", "evening", "seder"} else first)
    if evening == last:
        return DateSpec.exact(first)
    return _range(evening, min(last, today))


# "Q1 2024", "the second quarter of last year", "sometime in q3": three months of a year.
_QUARTER = re.compile(
    r"\b(?:q(?P<q>[1-4])|(?:the\s+)?(?P<word>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"quarter)\b(?:\s*,?\s*(?:of\s+)?(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _quarter(raw: str, today: date) -> DateSpec | None:
    m = _QUARTER.search(raw)
    if not m:
        return None
    q = int(m.group("q")) if m.group("q") else _QUARTER_WORDS.get(m.group("word").lower(), 4)
    y = int(m.group("year")) if m.group("year") else today.year
    if not m.group("year") and date(y, 3 * q - 2, 1) > today:
        y -= 1  # the most recent such quarter that has begun
    last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    return _range(date(y, 3 * q - 2, 1), min(last, today))


_WEEK_OF_A_DAY = re.compile(
    rf"\bweek\s+of\s+(?:the\s+)?(?:\d|(?:{_MONTH_WORDS_ALT})\b)", re.IGNORECASE
)
# "the week of my 70th birthday. my birthday is August 12", "our anniversary week, June 3":
# the week around the occasion's day said beside it (read in the words as typed, before an
# age phrase like "70th birthday" is taken out).
_WEEK_OF_AN_OCCASION = re.compile(
    r"\bweek\s+of\s+(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:birthday|bday|b-day|"
    r"anniversary|wedding)\b|\b(?:birthday|bday|b-day|anniversary|wedding)\s+week\b",
    re.IGNORECASE,
)
# "between Christmas and New Year's", "from Thanksgiving to Christmas": two holidays said
# as the ends of a span (a holiday reader alone would keep only the first).
_BETWEEN_TWO = re.compile(
    r"\b(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|through|thru)\s+(?P<b>.+)$",
    re.IGNORECASE,
)


# The words that make two holidays the ends of a span: "between Christmas and New Year's",
# "from Thanksgiving to Christmas", "after Thanksgiving but before Christmas".
_BEFORE_FIRST_HOLIDAY = re.compile(r"\b(?:between|from|after)\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_HOLIDAYS = re.compile(
    r"^\s*,?\s*(?:and|to|until|till|through|thru|-|–|but|and\s+before|but\s+before)\s*$",
    re.IGNORECASE,
)


_YEARS_BACK = re.compile(r"\b(\d+|a|one|two|three|four|five|six)\s+years?\s+ago\b", re.I)


def _holiday_day(m: re.Match[str], year: int) -> date:
    day = holiday_date(m.group("name"), year)
    suffix = (m.group("suffix") or "").strip().lower()
    return day - timedelta(days=1) if suffix == "eve" else day


def _between_holidays(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """The days from one holiday to the next one named: "between Christmas and New Year's
    last year" is December 26 to 31, 2025, the days between (the year said is the first
    holiday's; the second is the next one after it), not a week round the first; "from
    Christmas to New Year's" keeps both holidays."""
    found = list(_HOLIDAY.finditer(raw))
    if len(found) != 2:
        return None
    a, b = found
    lead_a = (a.group("lead") or "").strip().lower()
    lead_b = (b.group("lead") or "").strip().lower()
    if lead_a not in {"", "after"} or lead_b not in {"", "before"}:
        return None
    if lead_a != "after" and not _BEFORE_FIRST_HOLIDAY.search(raw[: a.start()]):
        return None
    if not _BETWEEN_HOLIDAYS.match(raw[a.end() : b.start()]):
        return None
    try:
        said = a.group("year") or (year_hint if year_hint is not None else None)
        if said is None and (back := _YEARS_BACK.search(raw)):
            n = back.group(1).lower()  # "two years ago": that holiday, two years back
            said = today.year - (int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1))
        if said is not None:
            first = _holiday_day(a, int(said))
        else:
            first = _holiday_day(a, today.year)
            if first > today:
                first = _holiday_day(a, today.year - 1)
        last = _holiday_day(b, first.year)
        if last <= first:
            last = _holiday_day(b, first.year + 1)
    except (KeyError, ValueError, StopIteration):
        return None
    if first > today or (last - first).days > 366:
        return None
    between = re.search(r"\bbetween\s+(?:the\s+)?$", raw[: a.start()], re.IGNORECASE)
    if (between or lead_a == "after") and (last - first).days > 1:
        first += timedelta(days=1)  # "between Christmas and New Year's": the days between
    if (between or lead_b == "before") and (last - first).days > 0:
        last -= timedelta(days=1)
    if first > today:
        return None
    return _range(first, min(last, today))


def _dated_holiday_starts_span(raw: str) -> bool:
    """ "between Christmas Eve 2024 and January 6": a span opened by a holiday with its year."""
    m = _BETWEEN_TWO.search(raw.strip(" .!?"))
    return bool(m and _HOLIDAY.search(m.group("a")) and _ANY_YEAR.search(m.group("a")))


def _between_two(raw: str, today: date) -> DateSpec | None:
    m = _BETWEEN_TWO.search(raw.strip(" .!?"))
    if not m:
        return None
    try:
        first, last = parse_when(m.group("a"), today), parse_when(m.group("b"), today)
    except DateParseError:
        return None
    last = _end_after_start(m.group("b"), first, last)
    if first.earliest > last.latest or (last.latest - first.earliest).days > 366:
        return None
    return _range(first.earliest, min(last.latest, today))


# "the first day of spring": the equinox or solstice that starts the astronomical season,
# one day, not the season. The day drifts by one across years; the usual one is kept.
_SEASON_STARTS = {
    "spring": (3, 20),
    "summer": (6, 21),
    "fall": (9, 22),
    "autumn": (9, 22),
    "winter": (12, 21),
}
_FIRST_DAY_OF_SEASON = re.compile(
    r"\b(?:the\s+)?(?:very\s+)?(?:first|1st|opening)\s+day\s+of\s+(?:(?:the|this)\s+)?"
    r"(?P<rel>last|this\s+past|past|previous)?\s*(?P<season>spring|summer|fall|autumn|winter)"
    r"(?:time)?(?P<before_last>\s+before\s+last)?"
    r"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


def _first_day_of_season(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """The first day of a season: that equinox or solstice, the year said or the most
    recent one on or before today (a year earlier for "last" said on the day itself)."""
    m = _FIRST_DAY_OF_SEASON.search(raw)
    if not m:
        return None
    month, day = _SEASON_STARTS[m.group("season").lower()]
    if m.group("year") or year_hint is not None:
        return DateSpec.exact(date(int(m.group("year") or year_hint), month, day))
    y = today.year if date(today.year, month, day) <= today else today.year - 1
    if m.group("rel") and date(y, month, day) == today:
        y -= 1
    if m.group("before_last"):
        y -= 1
    return DateSpec.exact(date(y, month, day))


# A month said as a clause of its own ("A couple months back. Early October.", "spring
# break, march", "last fall, maybe october"): there even "may" or "march", also verbs,
# are the month.
_MONTH_CLAUSE = re.compile(
    r"(?:^|[,.;:!?(]|\b(?:maybe|probably|like|in|around|during|was|think))\s*"
    rf"(?P<month>{_MONTH_ALT})\.?\s*(?=$|[,.;:!?)]|\s+(?:i\s+think|maybe|probably)\b)",
    re.IGNORECASE,
)
# The vague words a finer date may sharpen: a count back, a season, a school break.
_VAGUE_WORDS = re.compile(
    r"\b(?:ago|back|earlier)\b|\b(?:spring|summer|fall|autumn|winter)\b|\bbreak\b",
    re.IGNORECASE,
)


def _finer_inside(
    raw: str, when: DateSpec, today: date, year_in_words: bool = False
) -> DateSpec | None:
    """A vague span said beside a finer date that lies within it or meets it ("a couple
    months back, early October", "spring break, march", "last fall, maybe october"): the
    finer date is what was meant, the vague words a first rough guess. Only one month may
    be named, and only beside a count back, a season, a school break or a bare year, so
    spans said outright ("March or April", "the 3rd to the 5th of May") are kept."""
    if when.precision not in {"range", "year"}:
        return None
    if when.precision == "range" and not (
        year_in_words
        or _VAGUE_WORDS.search(raw)
        # "during tax season, ... early April": a part of a month or a day said beside a
        # season of the calendar (a bare month beside it may be after it: kept as said)
        or (
            re.search(r"\bseason\b", raw, re.IGNORECASE)
            and (_MONTH_PART.search(raw) or _MONTH_DAY.search(raw))
        )
    ):
        return None  # ("two years ago, April, after tax season": the count back is vague)
    if _DAY_SPAN.search(raw) or _MONTH_SPAN.search(raw) or _HOLIDAY.search(raw):
        return None
    if len({_MONTH_NAMES[m.group("month").lower()] for m in _ANY_MONTH.finditer(raw)}) != 1:
        return None
    days = list(_MONTH_DAY.finditer(raw))
    parts = list(_MONTH_PART.finditer(raw))
    named = _named_month(raw)
    clause = _MONTH_CLAUSE.search(raw)

    def finer(y: int) -> tuple[date, date] | None:
        if len(days) == 1:
            d = days[0]
            month = _MONTH_NAMES[(d.group("month") or d.group("month2")).lower()]
            day = int(d.group("day") or d.group("day2"))
            if not 1 <= day <= calendar.monthrange(y, month)[1]:
                return None
            return date(y, month, day), date(y, month, day)
        if len(parts) == 1 and not days:
            p = parts[0]
            month = _MONTH_NAMES[p.group("month").lower().rstrip(".")]
            return _part_days(" ".join(p.group("part").lower().split()), y, month)
        if not (days or parts) and (named or clause):
            month = named[0] if named else _MONTH_NAMES[clause.group("month").lower()]
            return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
        return None

    # A month named beside "two months back" (two weeks either side) is as wide as that
    # span but is the calendar month remembered, so it wins; a few days' slack allows it.
    width = (when.latest - when.earliest).days + 3
    for y in range(min(when.latest, today).year, when.earliest.year - 1, -1):
        span = finer(y)
        if span is None:
            continue
        a, b = span
        if a <= min(when.latest, today) and b >= when.earliest and (b - a).days < width:
            whole_month = a.day == 1 and b == a + relativedelta(months=1) - timedelta(days=1)
            return _month(y, a.month) if whole_month else DateSpec.between(a, b)
    return None


# "the Saturday", "that Friday night", "the Thursday before (it)": a weekday said as its own
# clause, with no date of its own after it, so counted from an anchor said elsewhere.
_WEEKDAY_CLAUSE = re.compile(
    rf"(?:\bon\s+)?\b(?:the|that)\s+(?P<day>{_WEEKDAY_WORDS})"
    r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"(?:\s+(?P<way>before|after)(?:\s+(?:it|that|this|then))?)?"
    r"(?=\s*(?:$|[,.;:!?)\-]|(?:i|i'?m|he|she|we|they|it|and|when|so|but|is|was|that|"
    r"night|morning)\b))",
    re.IGNORECASE,
)
# What makes an anchor: a holiday, a month and day, a date in figures.
_NAMED_ANCHOR = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:"
    + _MONTH_WORDS_ALT
    + r")\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
_HEDGE_BEFORE_ANCHOR = re.compile(
    r"\b(?:around|about|near|roughly|approximately)\s+(?=\S)", re.IGNORECASE
)


# A missed-care story told from the first visit or complaint to a later outcome: "I first
# showed them the sore around Easter. The amputation was July 2", "I first went in about
# the lump in March, they finally diagnosed it in August". The care that went wrong began
# at the first visit: its day, not the outcome's.
_FIRST_CARE = re.compile(
    r"\b(?:first|1st)\s+(?:(?:showed|show|went|go|told|tell|complained|saw|see|brought|took|"
    r"mentioned|reported|called|visited|asked|raised|went\s+to|came\s+in)\b)|"
    r"\b(?:the\s+)?(?:first|1st)\s+(?:time\s+(?:i|we|he|she|they|my\s+\w+)\s+(?:showed|went|told|"
    r"complained|saw|brought|took|mentioned|reported|called|asked|raised)|"
    r"(?:visit|appointment|appt|complaint)\b)",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:amputat\w*|died|passed\s+away|death|finally|diagnos\w*|turned\s+out|found\s+out|"
    r"too\s+late|by\s+the\s+time|(?:surgery|operation)\s+to\s+(?:fix|repair|correct|remove)|"
    r"lost\s+(?:the|his|her|my)\s+\w+)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _first_care_before_outcome(raw: str, today: date) -> DateSpec | None:
    """The day of the first visit or complaint, when the answer tells a later outcome;
    None when the first one has no day of its own or the outcome's day is not later."""
    m = _FIRST_CARE.search(raw)
    if not m:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(raw, 0, m.start())]
    start = ends[-1] if ends else 0
    end_m = _SENTENCE_END.search(raw, m.end())
    stop = end_m.start() if end_m else len(raw)
    outcome = _OUTCOME.search(raw, m.end())
    if not outcome:
        return None
    head = raw[start : min(stop, outcome.start())]
    if _OUTCOME.search(head):
        return None  # "after he died I first went in": the first one is not the care
    cut = re.search(r"(?:,\s*|\s+)(?:and|but|then|so)\s*$", head, re.IGNORECASE)
    head = head[: cut.start()] if cut else head
    try:
        first = parse_when(head, today)
    except DateParseError:
        return None
    tail = raw[outcome.start() :]
    try:
        later = (
            parse_when(tail, today) if _DATE_SIGNAL.search(tail) or _HOLIDAY.search(tail) else None
        )
    except DateParseError:
        later = None
    if later is not None and later.latest < first.earliest:
        return None  # the outcome said before the first visit: not this story
    return first


# "The Monday after my birthday, which is August 1st", "the friday before july 4", "the
# Saturday after 10/10": a weekday counted from the one day said after it, the first such
# weekday after it (or the last before it), never that day itself.
_WEEKDAY_FROM_DAY = re.compile(
    rf"\b(?:the|that)\s+(?P<day>{_WEEKDAY_WORDS})"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+(?P<way>after|before)\s+"
    r"(?!(?:last|that|it|this|then)\b)",
    re.IGNORECASE,
)


def _weekday_from_said_day(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """The weekday after (or before) the one day said in the words after it; a holiday
    there is left to the holiday reader, more than one day to the others."""
    m = _WEEKDAY_FROM_DAY.search(raw)
    if not m:
        return None
    rest = raw[m.end() :]
    cut = re.search(r"[.;!?](?:\s|$)", rest)
    rest = rest[: cut.start()] if cut else rest
    if _HOLIDAY.search(rest):
        return None  # "the Friday before Memorial Day": read with the holiday
    said = {f[2] for f in _mentions(rest, today, year_hint) if f[2].precision == "day"}
    if len(said) != 1:
        return None
    anchor = said.pop().earliest
    wanted = _WEEKDAYS.index(m.group("day").lower())
    for _ in range(2):
        if m.group("way").lower() == "after":
            d = weekday_after(anchor, wanted)
        else:
            d = weekday_before(anchor, wanted)
        if d <= today or year_hint is not None or _ANY_YEAR.search(rest):
            return DateSpec.exact(d)
        # "the Monday after December 3rd", said on December 4: last year's
        if (anchor.month, anchor.day) == (2, 29):
            return None
        anchor = anchor.replace(year=anchor.year - 1)
    return None


# "This September, on a CT scan, the 22nd", "in March, at the clinic, the 14th I think": a
# month said first and its day said alone at the end of a later clause.
_MONTH_THEN_ITS_DAY = re.compile(
    r"^(?P<head>[^.;!?]{0,30}?\b(?:"
    + _MONTH_WORDS_ALT
    + r")\b\.?(?:\s*,?\s*(?:19|20)\d\d)?)\s*,\s*(?P<between>[^.;!?\d]{3,50}?),?\s+"
    r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?P<tail>\s*,?\s*(?:i\s+think|i\s+believe|i\s+guess|maybe|or\s+so)?\s*[.!?]?\s*)$",
    re.IGNORECASE,
)


def _month_then_its_day(raw: str, today: date) -> DateSpec | None:
    """That day of the month said first, the clause between them telling what happened."""
    m = _MONTH_THEN_ITS_DAY.search(raw.strip())
    if not m or len(_ANY_MONTH.findall(raw)) != 1:
        return None
    if _HOLIDAY.search(m.group("between")) or _WEEKDAY.search(m.group("between")):
        return None
    if re.search(
        r"\b(?:around|about|like|maybe|roughly|approximately|circa|near|close\s+to|or\s+so)\s*$",
        m.group("between"),
        re.IGNORECASE,
    ):
        return None  # "in July, around the 12th": a hedged day, read by the readers of one
    try:
        return _read_when_said(f"{m.group('head')} the {int(m.group('day'))}th", today)
    except DateParseError:
        return None


# "The Monday after my retirement party. The party was the last Friday of June", "the
# friday before school started. school started august 19": a weekday counted from an event
# whose day a later sentence gives, that sentence naming the event again.
_WEEKDAY_FROM_EVENT = re.compile(
    rf"\b(?:the|that)\s+(?P<day>{_WEEKDAY_WORDS})"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+(?P<way>after|before)\s+"
    r"(?P<event>[^.;!?]{3,60}?)\s*(?:[.;!?](?:\s|$)|$)",
    re.IGNORECASE,
)
_NOT_EVENT_WORDS = frozenset(
    [
        "after",
        "before",
        "that",
        "this",
        "then",
        "when",
        "were",
        "they",
        "them",
        "their",
        "there",
        "with",
        "from",
        "into",
        "have",
        "been",
        "just",
        "right",
        "week",
        "weekend",
        "days",
        "what",
        "which",
        "about",
        "around",
        "while",
        "your",
        "ours",
    ]
)


def _weekday_from_event_said_later(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """The weekday after (or before) an event told without its day, the day given in a later
    sentence that names the event again (a word of it, four letters or more)."""
    m = _WEEKDAY_FROM_EVENT.search(raw)
    if not m:
        return None
    event = m.group("event")
    if _DATE_SIGNAL.search(event) or _HOLIDAY.search(event) or _WEEKDAY.search(event):
        return None  # a day said with the event: read by the readers of a day said
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", event)} - _NOT_EVENT_WORDS
    if not words:
        return None
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")", re.I)
    for sentence in re.split(r"[.;!?](?:\s+|$)", raw[m.end() :]):
        if not named.search(sentence) or not (
            _DATE_SIGNAL.search(sentence) or _HOLIDAY.search(sentence)
        ):
            continue
        try:
            said = _read_when_said(sentence, today)
        except DateParseError:
            return None
        if said.precision != "day":
            return None
        wanted = _WEEKDAYS.index(m.group("day").lower())
        d = _weekday_near((said.earliest, said.latest), wanted, m.group("way").lower())
        return d if d is not None and d.earliest <= today else None
    return None


def _weekday_by_anchor(raw: str, today: date) -> DateSpec | None:
    """A weekday told as the day against an anchor named in another clause: "the wedding
    was Saturday the 19th, so it was the Friday night" (the 18th), "Easter weekend, the
    Saturday", "around Halloween, the Thursday before". The anchor is read alone (a hedge
    before it dropped: the anchor's own day is what the weekday counts from)."""
    found = list(_WEEKDAY_CLAUSE.finditer(raw))
    if not found:
        return None
    m = found[-1]
    rest = (raw[: m.start()] + " " + raw[m.end() :]).strip()
    if not (_HOLIDAY.search(rest) or _NAMED_ANCHOR.search(rest)):
        return None
    before = raw[max(0, m.start() - 3) : m.start()]
    after = raw[m.end() : m.end() + 40]
    if (
        not m.group("way")
        and not re.search(r"[,.;:!?\-]\s*$", before)
        and re.match(
            rf"\s*,?\s*(?:the\s+)?\d|\s*,?\s*(?:{_MONTH_WORDS_ALT})\b", after, re.IGNORECASE
        )
    ):
        return None  # "the Friday, March 13th": the weekday of the date said, not another
    way = (m.group("way") or "").lower()
    if way and re.match(r"\s+(?:i|i'?m|he|she|we|they|you)\b", raw[m.end() :], re.IGNORECASE):
        # "The Monday after we moved in. The kids were off for Columbus Day": after an
        # event of its own, not after the day named elsewhere, which names the day itself.
        way = ""
    hm = _HOLIDAY.search(rest)
    if (
        way
        and hm
        and (hm.group("suffix") or "").strip().lower() == "weekend"
        and not hm.group("lead")
    ):
        # "Super Bowl weekend. The Saturday before.": before the holiday's own day, not
        # before the weekend's first day.
        rest = rest[: hm.start("suffix")] + rest[hm.end("suffix") :]
    try:
        anchor = parse_when(_HEDGE_BEFORE_ANCHOR.sub("", rest), today)
    except DateParseError:
        return None
    wanted = _WEEKDAYS.index(m.group("day").lower())
    return _weekday_near((anchor.earliest, anchor.latest), wanted, way)


# "the last Sunday of August", "the first Monday in June 2025", "the second weekend of
# October": a weekday (or weekend) counted in a month.
_NTH_OF_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+"
    rf"(?P<day>{_WEEKDAY_WORDS}|weekend)\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<month>{_MONTH_WORDS_ALT})\b\.?(?:\s*,?\s*(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_NTH = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}


def _nth_weekday(y: int, month: int, wanted: int, nth: int | None) -> date | None:
    """The nth `wanted` weekday of a month (None: the last); None if there is no such."""
    days = [
        date(y, month, d)
        for d in range(1, calendar.monthrange(y, month)[1] + 1)
        if date(y, month, d).weekday() == wanted
    ]
    if nth is None:
        return days[-1]
    return days[nth - 1] if nth <= len(days) else None


def _nth_of_month(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """That day, or that Saturday and Sunday, of the year said, or the most recent one on
    or before today."""
    m = _NTH_OF_MONTH.search(raw)
    if not m:
        return None
    month = _MONTH_NAMES[m.group("month").lower()]
    nth = _NTH.get(m.group("ord").lower())
    weekend = m.group("day").lower() == "weekend"
    wanted = 5 if weekend else _WEEKDAYS.index(m.group("day").lower())
    said = int(m.group("year")) if m.group("year") else year_hint
    for y in [said] if said is not None else [today.year, today.year - 1]:
        d = _nth_weekday(y, month, wanted, nth)
        if d is None or (said is None and d > today):
            continue
        return _range(d, d + timedelta(days=1)) if weekend else DateSpec.exact(d)
    return None


# A weekday's place in a month said apart from the month: "last month on a monday, the
# first one", "in october, the last sunday of it", "early last month, a friday, the 1st or
# 2nd friday": that weekday (or those two) of the month the rest names.
_ORD_WORDS = r"first|1st|second|2nd|third|3rd|fourth|4th|last|final"
_LOOSE_NTH = re.compile(
    rf"\b(?:the\s+)?(?P<a>{_ORD_WORDS})(?:\s+or\s+(?:the\s+)?(?P<b>{_ORD_WORDS}))?\s+"
    rf"(?:(?P<day>{_WEEKDAY_WORDS})|one(?=\s*(?:[,.;!?]|$)))\b"
    r"(?:\s+(?:of|in)\s+(?:it|that\s+month|the\s+month))?",
    re.IGNORECASE,
)


def _loose_nth_weekday(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    m = _LOOSE_NTH.search(raw)
    said = {w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}
    if not m or len(said) != 1 or _NTH_OF_MONTH.search(raw) or _HOLIDAY.search(raw):
        return None
    rest = _WEEKDAY.sub(" ", raw[: m.start()] + " " + raw[m.end() :])
    rest = re.sub(r"\b(?:on\s+)?an?\s*(?=[,;.]|$)|\bi\s+think\b", " ", rest, flags=re.I)
    if re.search(r"\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", _ANY_YEAR.sub(" ", rest)):
        return None
    try:
        month = parse_when(rest, today)
    except DateParseError:
        return None
    if (month.earliest.year, month.earliest.month) != (month.latest.year, month.latest.month):
        return None
    if (month.latest - month.earliest).days < 6:
        return None
    wanted = _WEEKDAYS.index(said.pop())
    days = []
    for word in filter(None, (m.group("a"), m.group("b"))):
        nth = _NTH.get(word.lower())
        d = _nth_weekday(month.earliest.year, month.earliest.month, wanted, nth)
        if d is None or d > today:
            return None
        days.append(d)
    days.sort()
    return DateSpec.exact(days[0]) if days[0] == days[-1] else _range(days[0], days[-1])


# "she'd been there since the 14th of March": the start of a stay; the date or holiday
# said elsewhere in the answer is the event asked about.
_SINCE = re.compile(r"\bsince\s+[^,;.!?]*?(?=\s*(?:[,;.!?]|\band\b|\bbut\b|$))", re.I)


def _beside_since(raw: str, today: date) -> DateSpec | None:
    """The date told beside a "since ..." clause, when it is not before the stay began
    ("there since the 14th of March; the sore was Easter weekend")."""
    m = _SINCE.search(raw)
    if not m:
        return None
    rest = (raw[: m.start()] + " " + raw[m.end() :]).strip(" ,;.")
    if not (_HOLIDAY.search(rest) or _NAMED_ANCHOR.search(rest) or _MONTH_DAY.search(rest)):
        return None
    try:
        later = parse_when(rest, today)
    except DateParseError:
        return None
    try:
        start = parse_when(m.group(0), today)
    except DateParseError:
        return later
    return later if later.latest >= start.earliest else None


# Round 9: a date told by reference to another one said in the same answer.
_MONTHS_RE = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
# "the day before", "the Tuesday after", "two days after": an offset that a date said
# after it, in a clause of its own, can take back.
_SMALL_OFFSET = re.compile(
    rf"\b(?:(?:the\s+)?(?:day|night|morning|evening|afternoon|{_WEEKDAY_WORDS})|"
    r"(?:\d|one|two|three|four|five|six|seven)\s+days?)\s+(?:before|after)\b",
    re.IGNORECASE,
)
# A day and month said outright at the end of the answer, after a comma, dash or stop:
# "..., the day before, February 13", "... - so September 8th."
_OUTRIGHT_DAY_AT_END = re.compile(
    r"[,;.:\-–—]\s*(?:(?:so|actually|really|i\s+think|i\s+mean|which\s+(?:was|is|would\s+be)|"
    r"that\s+(?:was|is|would\s+be)|that'?s|it\s+was|or|well|making\s+it)\b[\s,]*)*"
    rf"(?P<date>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_RE})\b\.?|"
    rf"(?:{_MONTHS_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
    r"(?:\s*,?\s*(?:19|20)\d\d)?\s*[.!?]*\s*(?:i\s+think|i\s+believe)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


def _outright_day_beside_offset(text: str, today: date) -> DateSpec | None:
    """ "Halloween, well the day before, the 30th of October": the day and month said
    outright, after "the day before / after <holiday>", is the day meant; the offset
    is not counted again from it. A date that is the holiday's own day ("the day after
    Labor Day, September 7th") is the anchor restated, and left to the readers below."""
    end = _OUTRIGHT_DAY_AT_END.search(text)
    if end is None:
        return None
    head = text[: end.start()]
    offset = _SMALL_OFFSET.search(head)
    holiday = _HOLIDAY.search(head)
    if offset is None or holiday is None:
        return None
    try:
        said = parse_when(text[end.start("date") :], today)
    except DateParseError:
        return None
    if said.precision != "day":
        return None
    try:
        if holiday_date(holiday.group("name").lower(), said.earliest.year) == said.earliest:
            return None
    except (KeyError, ValueError, LookupError):
        pass
    return said


# "... that weekend", "... that night": the date or holiday said just before.
_THAT_REFERENCE = re.compile(
    r"\bthat\s+(?P<what>weekend|day|night|evening|afternoon|morning)\b"
    r"(?!\s+(?:before|after|of)\b)",
    re.IGNORECASE,
)


def _that_reference(raw: str, today: date) -> DateSpec | None:
    """ "Around Easter. He prescribed it that weekend.": the weekend of the holiday (or
    date) said before, not the last weekend before today; "that day / night" its day."""
    m = _THAT_REFERENCE.search(raw)
    if not m:
        return None
    head = raw[: m.start()]
    if not (_HOLIDAY.search(head) or _NAMED_ANCHOR.search(head)):
        return None
    said = _HEDGE_BEFORE_ANCHOR.sub("", head)
    hm = _HOLIDAY.search(head)
    lead = " ".join((hm.group("lead") or "").lower().split()) if hm else ""
    if hm and lead in {"", "around", "about", "near", "on", "over", "during", "at"}:
        said = "on " + head[hm.start("rel") if hm.group("rel") else hm.start("name") : hm.end()]
    try:
        anchor = parse_when(said, today)  # "right around Easter": Easter's own day
    except DateParseError:
        return None
    if m.group("what").lower() != "weekend":
        return anchor if (anchor.latest - anchor.earliest).days <= 2 else None
    if anchor.earliest != anchor.latest:
        return anchor if (anchor.latest - anchor.earliest).days <= 3 else None
    d = anchor.earliest
    if _HOLIDAY.search(head):
        first, last = _long_weekend(d)
    elif d.weekday() == 6:
        first, last = d - timedelta(days=1), d
    else:
        first = d + timedelta(days=(5 - d.weekday()) % 7)
        last = first + timedelta(days=1)
    return _range(first, last) if first <= today else None


# "last Tuesday", said on a Wednesday: this week's Tuesday or last week's.
_LAST_WEEKDAY = re.compile(
    rf"(?<!the\s)\blast\s+(?P<day>{_WEEKDAY_WORDS})\b(?!\s+(?:of|in|before|after|week)\b)",
    re.IGNORECASE,
)


def _last_weekday_this_week(raw: str, today: date) -> DateSpec | None:
    """ "last Tuesday" said on a Wednesday: people mean yesterday or the Tuesday of the
    week before, so both, and the days between. A weekday not yet reached this week
    (Sunday to today) is unambiguous and left to the readers below."""
    m = _LAST_WEEKDAY.search(raw)
    if not m or _DATE_SIGNAL.search(raw) or _HOLIDAY.search(raw):
        return None
    wanted = _WEEKDAYS.index(m.group("day").lower())
    if today.weekday() == 6 or not wanted < today.weekday():
        return None  # Sunday starts the week: "last Sunday" on a Wednesday is three days back
    this_week = today - timedelta(days=today.weekday() - wanted)
    return _range(this_week - timedelta(days=7), this_week)


# "in March, about the middle of the month", "the middle of the month, in July".
_MIDDLE_OF_THE_MONTH = re.compile(
    r"\b(?:(?:the\s+)?middle\s+of\s+the\s+month|mid[\s-]?month)\b", re.IGNORECASE
)


def _middle_of_said_month(raw: str, today: date, year_hint: int | None) -> DateSpec | None:
    """The middle of the one month named elsewhere in the answer: its 10th to 20th."""
    if not _MIDDLE_OF_THE_MONTH.search(raw):
        return None
    said = _named_month(_MIDDLE_OF_THE_MONTH.sub(" ", raw))
    if said is None:
        return None
    month = said[0]
    y = year_hint
    if y is None:
        y = today.year if date(today.year, month, 10) <= today else today.year - 1
    first = date(y, month, 10)
    return _range(first, min(date(y, month, 20), today)) if first <= today else None


# "a year ago last month", "two years ago this past spring": a period said as the last
# one, that many years further back.
_YEARS_AGO_LAST = re.compile(
    r"\b(?P<rel>this\s+past|last|past|previous|this)\s+"
    r"(?P<what>month|week|spring|summer|fall|autumn|winter)\b",
    re.IGNORECASE,
)


def _years_ago_last(raw: str, today: date) -> DateSpec | None:
    ago = _AGO.search(raw)
    if not ago or ago.group("unit").lower() not in {"year", "yr"}:
        return None
    m = _YEARS_AGO_LAST.search(raw)
    if not m or _ANY_YEAR.search(raw) or _MONTH_WORD.search(raw):
        return None
    raw_n = ago.group("n").lower()
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    what, rel = m.group("what").lower(), " ".join(m.group("rel").lower().split())
    if what == "month":
        first = today.replace(day=1) - relativedelta(months=0 if rel == "this" else 1)
        first -= relativedelta(years=n)
        return _month(first.year, first.month)
    if what == "week":
        if rel == "this":
            return None
        sunday = today - timedelta(days=(today.weekday() + 1) % 7 + 7)
        sunday -= relativedelta(years=n)
        return _range(sunday, sunday + timedelta(days=6))
    season = _season(f"{m.group('rel')} {what}", today, None)
    if season is None:
        return None
    return _range(season.earliest - relativedelta(years=n), season.latest - relativedelta(years=n))


# How long something went on, not when: "left on the floor for almost a day", "in the ICU
# for three weeks", "waited for hours". Counted back only when it runs up to now ("I've had
# this pain for two years", "for 2 years now"), which _without_durations leaves alone.
_DURATION = re.compile(
    r"\bfor\s+(?:(?:about|almost|nearly|over|around|like|maybe|roughly|just|only|close\s+to|"
    r"more\s+than|less\s+than|at\s+least|a\s+good|the\s+next|another|a\s+whole|a\s+full|"
    rf"whole|full|long)\s+)*(?:(?:{_COUNT_WORDS})\s+)?(?:(?:whole|full|long|more)\s+)?"
    r"(?:hours?|hrs?|minutes?|mins?|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?)\b"
    r"(?:\s+(?:or\s+(?:so|two|three|more)|and\s+a\s+half))?"
    r"(?!\s+(?:ago|back|earlier|now))",
    re.IGNORECASE,
)
# A clause that runs up to now: "I've been", "has had", "it's been".
_UP_TO_NOW = re.compile(
    r"\b(?:been|have|has|'ve|ve|ive|weve|theyve|youve)\b[^.;!?]*$", re.IGNORECASE
)


def _without_durations(text: str) -> str:
    """The answer without the lengths of time in it, unless one runs up to now."""

    def cut(m: re.Match[str]) -> str:
        return m.group(0) if _UP_TO_NOW.search(text[: m.start()]) else " "

    return _DURATION.sub(cut, text)


# A time said with no count and no date: "it's been years", "months and months", "ages".
# A date library reads "years" as a day of this month; nothing here can be counted.
_UNCOUNTED = re.compile(
    r"^\W*(?:(?:oh|well|um+|uh+|honestly|gosh|god|it'?s|it\s+is|it\s+has|it'?s\s+been|been|"
    r"has\s+been|for|like|so|many|so\s+many|too\s+many|quite\s+some|some|"
    # "it's been going on for years", "this has been happening for months"
    r"this|that|it|has|have|had|going\s+on|happening|ongoing|on\s+and\s+off|still|"
    r"dealing\s+with|suffering|struggling|with|in\s+pain)\W+)*"
    r"(?P<unit>years|months|weeks|ages|decades|forever)(?:\s+and\s+(?P=unit))?"
    r"(?:\s+(?:now|already|at\s+least|probably|and\s+counting|on\s+end))*\W*$",
    re.IGNORECASE,
)


def _weekday_picks(raw: str, when: DateSpec) -> DateSpec:
    """ "the 8th of april or maybe the 9th, it was a wednesday": of two or three days told
    as alternatives, the one that fell on the weekday said."""
    if when.precision != "range" or (when.latest - when.earliest).days > 2:
        return when
    if not re.search(r"\bor\b", raw, re.IGNORECASE):
        return when
    said = {w.lower() for w in _WEEKDAY.findall(_HOLIDAY.sub(" ", raw))}
    if len(said) != 1:
        return when
    wanted = _WEEKDAYS.index(said.pop())
    days = [
        when.earliest + timedelta(days=k)
        for k in range((when.latest - when.earliest).days + 1)
        if (when.earliest + timedelta(days=k)).weekday() == wanted
    ]
    return DateSpec.exact(days[0]) if len(days) == 1 else when


# An age at the time said beside an age now, a birth year or a birth date: "when she was
# 3, she's 7 now", "I was 45 at the time, born 1970", "in 3rd grade, she's in 6th now".
# An age is never a day of this month (a date library reads "I was 12" as the 12th).
_AGE_THEN = re.compile(
    r"\b(?:was|were|tenía|tenia|turned|aged?)\s+(?:(?:about|around|like|maybe|only|just)\s+)?"
    r"(?P<n>\d{1,3})(?!\s*(?:(?:years?|yrs?)\s+)?(?:ago|back|before|after|earlier|later|prior)\b)"
    r"(?!\s*(?:(?:st|nd|rd|th)\b|[/.:\-]\d|%|\s*(?:am|pm|o'?clock|"
    r"days?|weeks?|wks?|months?|mos?|weeks?|lbs?|pounds|kg|percent|mg|ml)\b))"
    r"(?:\s*(?:years?|yrs?|a[ñn]os)(?:[\s-]+old)?)?\b"
    rf"(?!\s*(?:of\s+)?(?:{_MONTH_WORDS_ALT})\b)",
    re.IGNORECASE,
)
_AGE_NOW = re.compile(
    r"\b(?:i'?m|im|i\s+am|(?:s?he|they)(?:'?s|\s+is|'?re|\s+are)|is|are|turns?|tiene|tengo)\s+"
    r"(?:(?:about|around|like|almost|nearly)\s+)?(?P<n>\d{1,3})"
    r"(?:\s*(?:years?|yrs?|años)(?:[\s-]+old)?)?\s*,?\s*(?:now|today|ahora|these\s+days)\b"
    # "now I'm 32", "now 32", "ahora tengo 32": the age now said after the word.
    r"|\b(?:now|today|ahora|these\s+days)\s*,?\s*(?:i'?m|im|i\s+am|(?:s?he|they)(?:'?s|\s+is|"
    r"'?re|\s+are)|tiene|tengo)?\s*(?:(?:about|around|like|almost|nearly)\s+)?(?P<n2>\d{1,3})"
    r"(?!\s*(?:days?|weeks?|wks?|months?|mos?|hours?|hrs?|%|lbs?|pounds|kg|mg)\b)"
    r"(?!\s*(?:st|nd|rd|th)\b|[/.:\-]\d)",
    re.IGNORECASE,
)
_BORN_YEAR = re.compile(r"\bborn\s+(?:in\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[/.\-]\d)", re.I)
_GRADE = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)\s+grade"
_GRADE_THEN_NOW = re.compile(
    r"\bin\s+"
    + _GRADE.format("then")
    + r"\b.*?\b(?:in\s+)?"
    + _GRADE.format("now")
    + r"\s*(?:now|this\s+year)\b",
    re.IGNORECASE,
)
_YEAR_ALTERNATIVES = re.compile(
    r"^(?:(?:19|20)\d\d|[\s,?/]|or|maybe|possibly|perhaps|probably|i\s+think|so|like|"
    r"around|about|in|or\s+so)+$",
    re.IGNORECASE,
)


def _age_then(raw: str, today: date) -> DateSpec | None:
    """An age then beside an age now (two years wide: a birthday may fall either side), a
    birth year (Jan 1 of the year turned to the day before the next birthday at the
    latest) or a birth date; a school grade then beside one now (that school year)."""
    grades = _GRADE_THEN_NOW.search(raw)
    if grades:
        back = int(grades.group("now")) - int(grades.group("then"))
        if back < 0:
            return None
        start = (today.year if today.month >= 8 else today.year - 1) - back
        return _range(date(start, 8, 1), min(date(start + 1, 6, 30), today))
    then = list(_AGE_THEN.finditer(raw))
    if len(then) != 1:
        return None
    n = int(then[0].group("n"))
    now = _AGE_NOW.search(raw)
    if now and now.start() != then[0].start():
        back = int(now.group("n") or now.group("n2")) - n
        if back < 0 or n > 120:
            return None
        return _range(
            today - relativedelta(years=back + 1) + timedelta(days=1),
            today - relativedelta(years=max(back - 1, 0)) - timedelta(days=1 if back else 0),
        )
    if not re.search(r"\bborn\b|\bnac(?:i[oó]|ió)\b", raw, re.IGNORECASE):
        return None
    year = _BORN_YEAR.search(raw)
    if year and len(set(_ANY_YEAR.findall(raw))) == 1:
        y = int(year.group("y")) + n
        return _range(date(y, 1, 1), min(date(y + 1, 12, 30), today))
    rest = raw[: then[0].start()] + " " + raw[then[0].end() :]
    rest = re.sub(r"\b(?:s?he|i|they)\s+(?:was|were)\s+born\b|\bborn\b", " ", rest, flags=re.I)
    try:
        born = parse_when(rest, today)
    except DateParseError:
        return None
    if (born.latest - born.earliest).days > 366:
        return None
    # Born in a month ("born april 2022"): from the first birthday it could be (the 1st)
    # to the day before the next after the last it could be (the 30th, a year on).
    first = born.earliest + relativedelta(years=n)
    if first > today:
        return None
    last = born.latest + relativedelta(years=n + 1) - timedelta(days=1)
    return _range(first, min(last, today))


def _without_age(raw: str) -> str:
    """The answer without an age said alone ("I was 12, so like 2014"): no day of it."""
    gone = _AGE_THEN.sub(" ", raw)
    return re.sub(r"^\W*(?:i|s?he|they|we)\s+(?=\W)", " ", gone, flags=re.IGNORECASE)


def _year_alternatives(raw: str) -> DateSpec | None:
    """Years said as alternatives ("2014? maybe 2015", "2019 or 2020"): the span of them."""
    years = sorted({int(y) for y in _ANY_YEAR.findall(raw)})
    cleaned = " ".join(_FILLER.sub(" ", raw).split()).strip(" ,.?!")
    if len(years) < 2 or years[-1] - years[0] > 3 or not _YEAR_ALTERNATIVES.match(cleaned):
        return None
    return _range(date(years[0], 1, 1), date(years[-1], 12, 31))


# "the night of 9/30 into 10/1, around 2am": a night across two days, with an hour after
# midnight said, is the second day.
_NIGHT_INTO = re.compile(r"\bnight\b.*?\b(?:into|to|going\s+into)\b", re.IGNORECASE)
_SMALL_HOURS = re.compile(
    r"\b(?:(?:[1-5]|12)(?::\d\d)?\s*(?:am|a\.m\.)|(?:0[0-5])[0-5]\d\s*(?:hrs?|hours)?)(?!\w)|"
    r"\b(?:early|wee)\s+hours\b",
    re.IGNORECASE,
)


def _after_midnight(raw: str, when: DateSpec) -> DateSpec:
    if when.precision != "range" or (when.latest - when.earliest).days != 1:
        return when
    if _NIGHT_INTO.search(raw) and _SMALL_HOURS.search(raw):
        return DateSpec.exact(when.latest)
    return when


_WEEKDAY_RUN = re.compile(
    rf"\b(?P<a>{_WEEKDAY_WORDS})\s*(?:to|through|thru|till|until|-|–)\s*(?P<b>{_WEEKDAY_WORDS})\b",
    re.IGNORECASE,
)


def _weekday_run(raw: str, when: DateSpec) -> DateSpec:
    """ "thanksgiving break 2024, the kids were off wed to fri", "last week, mon to wed":
    the run of weekdays said, taken nearest the middle of the span read."""
    m = _WEEKDAY_RUN.search(raw)
    width = (when.latest - when.earliest).days
    if not m or when.precision != "range" or not 3 <= width <= 15:
        return when
    mid = when.earliest + timedelta(days=width // 2)
    a, b = (_WEEKDAYS.index(m.group(k).lower()) for k in ("a", "b"))
    start = min(
        (mid + timedelta(days=k) for k in range(-3, 4) if (mid + timedelta(days=k)).weekday() == a),
        key=lambda d: abs((d - mid).days),
    )
    end = start + timedelta(days=(b - a) % 7)
    if start < when.earliest or end > when.latest or start == end:
        return when
    return _range(start, end)


# "when I was 8 months pregnant, due date was April 10 2025": counted back from the due
# date (forty weeks). Month N of a pregnancy is the four weeks that end 9 - N four-week
# months before the due date; week N the seven days from 40 - N weeks before it.
_PREGNANT_AT = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)[\s-]*"
    r"(?P<unit>months?|mos?|weeks?|wks?)[\s-]+(?:pregnant|along)\b",
    re.IGNORECASE,
)
_DUE_DATE = re.compile(
    r"\b(?:(?:my|her|our|the|baby'?s?)\s+)?(?:due\s+date|was\s+due|due)\b"
    r"(?:\s*(?:was|is|of|on|for|:|-))*\s*",
    re.IGNORECASE,
)


def _pregnant_by_due(raw: str, today: date) -> DateSpec | None:
    """A stage of a pregnancy said beside its due date (in the past): the days of that
    stage, counted back from the due date."""
    m = _PREGNANT_AT.search(raw)
    due = _DUE_DATE.search(raw)
    if not m or not due:
        return None
    end = m.start() if m.start() > due.end() else len(raw)
    said = re.split(r"[.;!?]", raw[due.end() : end])[0].strip(" ,")
    if not said:
        return None
    try:
        when = parse_when(said, today)
    except DateParseError:
        return None
    if when.precision not in {"day", "month"}:
        return None
    n_said = m.group("n").lower()
    n = int(n_said) if n_said.isdigit() else SMALL_NUMBERS[n_said]
    if m.group("unit").lower().startswith("m"):
        if not 1 <= n <= 9:
            return None
        lo = when.earliest - timedelta(days=28 * (10 - n))
        hi = when.latest - timedelta(days=28 * (9 - n))
    else:
        if not 4 <= n <= 42:
            return None
        lo = when.earliest - timedelta(weeks=40 - n)
        hi = when.latest - timedelta(weeks=40 - n) + timedelta(days=6)
    if lo > today:
        return None
    return _range(lo, min(hi, today))


# "in January, after the Dia de Reyes", "in July, after the 4th", "in december before
# christmas": a month named with a day inside it said after or before it is the rest of
# that month after the day, or the month up to it, not the month's first day nor the week
# by the day. The year is the one said, else the last whose day has gone by.
_MONTH_AROUND_DAY = re.compile(
    r"^(?:.*?\b(?:in|during|sometime\s+in|some\s+time\s+in|it\s+was)\s+)?"
    r"(?:the\s+month\s+of\s+)?(?P<month>"
    + "|".join(sorted((m for m in _MONTH_NAMES if len(m) > 2), key=len, reverse=True))
    + r")\b(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?\s*,?\s*(?:but\s+|sometime\s+|some\s+time\s+)?"
    r"(?:(?:right|just|shortly|soon|sometime|some\s+time)\s+)?(?P<way>after|before)\s+"
    r"(?P<said>[^.;!?]+?)\s*(?:[.;!?]\s*)?$",
    re.IGNORECASE,
)
_LEAD_WITH_TIME = re.compile(
    r"\d|\b(?:ago|back|last|past|this|previous|before|after|year|years|winters?|summers?)\b",
    re.IGNORECASE,
)
_NTH_DAY_SAID = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)


def _month_around_day(raw: str, today: date) -> DateSpec | None:
    """A month named with a day in it said after or before that day ("in January, after
    the Dia de Reyes"): the days of that month after the day, or before it."""
    m = _MONTH_AROUND_DAY.match(raw.strip())
    if not m:
        return None
    lead = raw.strip()[: m.start("month")]
    if _LEAD_WITH_TIME.search(lead) or _SEASON.search(lead) or _WEEKDAY.search(lead):
        return None  # "two winters ago, it was january right after new years": that winter's
    month = _MONTH_NAMES[m.group("month").lower()]
    said = m.group("said").strip(" ,")
    nth = _NTH_DAY_SAID.match(said)
    holiday = None if nth else _HOLIDAY.fullmatch(said)
    if nth is None and (holiday is None or holiday.group("lead") or holiday.group("rel")):
        return None
    if holiday and (holiday.group("suffix") or "").strip().lower() not in {"", "day", "eve"}:
        return None
    said_year = m.group("year") or (holiday.group("year") if holiday else None)

    def day_in(year: int) -> date | None:
        if nth:
            n = int(nth.group("day"))
            return date(year, month, n) if 1 <= n <= calendar.monthrange(year, month)[1] else None
        try:
            return _holiday_day(holiday, year)
        except KeyError:
            return None

    years = [int(said_year)] if said_year else [today.year, today.year - 1]
    for year in years:
        day = day_in(year)
        if day is None or day.month != month:
            return None
        if day > today and not said_year:
            continue
        last = date(year, month, calendar.monthrange(year, month)[1])
        if m.group("way").lower() == "after":
            lo, hi = day + timedelta(days=1), last
        else:
            lo, hi = date(year, month, 1), day - timedelta(days=1)
        if lo > hi or lo > today:
            return None
        return _range(lo, min(hi, today))
    return None


# "The biopsy was June 30th, 2025. Sick by the Fourth of July.": the first day said is what
# happened; a later clause "by <day>" or "until <day>" is a later state (sick by, in the ER
# by, sick until), not the care's, so the answer is that first day, not a span to the later
# one. A stay said with from, between, admitted or a hospital keeps its span.
_LATER_STATE = re.compile(
    r"(?P<cut>[.;,]|\s+and\b|\s+but\b)(?P<tail>[^.;,]*?\b(?:by|until|till|til)\s+"
    r"(?:the\s+)?(?:\d|(?:"
    + "|".join(sorted((m for m in _MONTH_NAMES if len(m) > 2), key=len, reverse=True))
    + r")\b|(?:4th|fourth)\s+of\s+july\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the\s+weekend|the\s+next|that)\b))",
    re.IGNORECASE,
)
_HEAD_STAY = re.compile(
    r"\b(?:from|between|since|admitted|hospital\w*|icu|stayed|stay|inpatient|through|thru)\b",
    re.IGNORECASE,
)


def _first_day_before_later_state(raw: str, today: date) -> DateSpec | None:
    """A day said, then a later clause "sick by <day>" or "until <day>": the first day."""
    m = _LATER_STATE.search(raw)
    if not m:
        return None
    head = raw[: m.start("cut")].strip(" ,")
    if not head or _HEAD_STAY.search(head):
        return None
    if _CARE_WORDS.search(m.group("tail")) or re.search(r"n't|\bnot\b|\bnever\b", m.group("tail")):
        return None  # "they didn't do the scan until the tuesday after": that is the care
    if not re.search(r"\d", head) and not _MONTH_WORD.search(head):
        return None
    try:
        first = parse_when(head, today)
    except DateParseError:
        return None
    if first.precision != "day" or first.earliest != first.latest:
        return None
    return first


# "monday this week", "this week monday", "tuesday last week": said as "monday of this week",
# which is read already.
_WEEKDAY_OF_WEEK = re.compile(
    rf"\b(?:on\s+)?(?P<wd>{_WEEKDAY_WORDS})\s*,?\s+(?P<week>this|last|past|previous)\s+week\b|"
    rf"\b(?P<week2>this|last|past|previous)\s+week\s*,?\s+(?:on\s+)?(?P<wd2>{_WEEKDAY_WORDS})\b",
    re.IGNORECASE,
)


def _weekday_of_week(m: re.Match[str]) -> str:
    return f"{m.group('wd') or m.group('wd2')} of {m.group('week') or m.group('week2')} week"


def _month_year_to_its_day(text: str) -> str:
    """ "mid March 2025, a few days after March 9": a month said with its year once and a
    day of the same month said without one is that year's day ("March 9, 2025"), not this
    year's. Only with one year in the answer and every day of that month without a year."""
    years = set(_ANY_YEAR.findall(text))
    said = _MONTH_YEAR.search(text)
    if len(years) != 1 or said is None:
        return text
    month = _MONTH_NAMES[said.group(1).lower().rstrip(".")]
    year = years.pop()
    out, at = "", 0
    for m in _MONTH_DAY.finditer(text):
        name = (m.group("month") or m.group("month2") or "").lower()
        if _MONTH_NAMES.get(name) != month or m.start() < said.end():
            continue
        if _YEAR_AFTER.match(text[m.end() :]):
            return text
        out, at = out + text[at : m.end()] + f", {year}", m.end()
    return out + text[at:]


# "early July 2025, the Wednesday after the holiday weekend": with one month named that has
# one long weekend of a holiday, "the holiday weekend" or "the long weekend" is that one.
_HOLIDAY_WEEKEND = re.compile(r"\b(?:the\s+)?(?:holiday|long)\s+weekend\b", re.IGNORECASE)
_LONG_WEEKEND_OF_MONTH = {5: "memorial day", 7: "4th of july", 9: "labor day", 11: "thanksgiving"}


def _holiday_weekend_of_month(text: str) -> str:
    """ "the holiday weekend" said with one month that has one: that holiday's weekend."""
    if not _HOLIDAY_WEEKEND.search(text) or _HOLIDAY.search(text):
        return text
    months = {_MONTH_NAMES[w.lower().rstrip(".")] for w in _MONTH_WORD.findall(text)}
    if len(months) != 1 or (month := months.pop()) not in _LONG_WEEKEND_OF_MONTH:
        return text
    return _HOLIDAY_WEEKEND.sub(f"the {_LONG_WEEKEND_OF_MONTH[month]} weekend", text, count=1)


# "the sunday after her 80th birthday. she was born nov 3 1946": the birthday is the birth
# date moved on by the years; a day or a weekday just before or after it is counted from it.
_NTH_BIRTHDAY = re.compile(
    r"(?:\b(?:the\s+)?(?P<wd>day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?P<way>after|before)\s+)?(?:\b(?:on|at)\s+)?\b(?:(?:his|her|my|their|our|your|the)\s+)?"
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b",
    re.IGNORECASE,
)
_BORN_ON = re.compile(
    r"(?:\b(?:he|she|i|they|we|you|mom|dad|it)\s+(?:was|were|is)\s+)?\bborn\s+(?:on\s+)?"
    r"(?P<said>[^.;!?]+?)(?=,(?!\s*\d)|\s+and\b|[.;!?]|$)",
    re.IGNORECASE,
)


# The age now beside an Nth birthday's month and day: "my 50th birthday, march 3rd. I'm 51
# now", "turned 61 this year".
_AGE_NOW_OR_TURNED = re.compile(
    rf"{_AGE_NOW.pattern}|\bturned\s+(?P<n3>\d{{1,3}})\s+this\s+year\b", re.IGNORECASE
)


def _birthday_by_age_now(
    raw: str, m: re.Match[str], today: date
) -> tuple[date, list[tuple[int, int]]] | None:
    """The Nth birthday's own day from its month and day said beside it and the age now:
    the year the person turned N, counted back from the last birthday before today. With
    where the day and the age are said (to be taken out of the words); None otherwise."""
    ages = list(_AGE_NOW_OR_TURNED.finditer(raw))
    days = [d for d in _MONTH_DAY.finditer(raw) if d.end() <= m.start() or d.start() >= m.end()]
    if len(ages) != 1 or len(days) != 1:
        return None
    age = ages[0]
    now = int(age.group("n") or age.group("n2") or age.group("n3"))
    nth = int(m.group("n"))
    said = days[0]
    month = _MONTH_NAMES[(said.group("month") or said.group("month2")).lower().rstrip(".")]
    day_of_month = int(said.group("day") or said.group("day2"))
    if not 0 <= now - nth <= 100:
        return None
    try:
        this_year = date(today.year, month, day_of_month)
    except ValueError:
        return None
    if age.group("n3"):  # "turned 61 this year": this year's birthday made the age now
        turned_now = today.year
    else:
        turned_now = today.year if this_year <= today else today.year - 1
    try:
        return this_year.replace(year=turned_now - (now - nth)), [said.span(), age.span()]
    except ValueError:
        return None


def _nth_birthday(raw: str, today: date) -> DateSpec | None:
    """An Nth birthday beside the birth date: that day, or the day or weekday said just
    before or after it; other words around it ("a few days after her 80th birthday") are
    read with the birthday put as its date."""
    found = list(_NTH_BIRTHDAY.finditer(raw))
    born_said = _BORN_ON.search(raw)
    if len(found) != 1:
        return None
    m = found[0]
    if not born_said:
        by_age = _birthday_by_age_now(raw, m, today)
        if by_age is None:
            return None
        day, taken_out = by_age
    elif born_said.start() < m.end() < born_said.end():
        return None
    else:
        taken_out = [born_said.span()]
        try:
            born = parse_when(born_said.group("said").strip(" ,"), today)
        except DateParseError:
            return None
        if born.precision != "day":
            return None
        day = born.earliest + relativedelta(years=int(m.group("n")))
    wd = (m.group("wd") or "").lower()
    if not wd:
        # The birthday put as its date, the birth taken out: "a few days after November 3,
        # 2026".
        said = f" {day.strftime('%B')} {day.day}, {day.year} "
        cut = sorted([(m.start(), m.end(), said), *((a, b, " ") for a, b in taken_out)])
        told, at = "", 0
        for start, end, put in cut:
            told, at = told + raw[at:start] + put, end
        try:
            return parse_when(told + raw[at:], today)
        except DateParseError:
            return None
    after = (m.group("way") or "").lower() == "after"
    if wd == "day":
        day += timedelta(days=1 if after else -1)
    elif wd:
        wanted = _WEEKDAYS.index(wd)
        day = weekday_after(day, wanted) if after else weekday_before(day, wanted)
    return None if day > today else DateSpec.exact(day)


# Words only a Spanish answer about a date has: a Spanish month or weekday ("mayo" beside
# "de", "en" or a figure, not the clinic), a count back ("hace dos semanas"), "ayer",
# "del año pasado", a Spanish holiday. Such an answer typed into the English conversation
# is read by the Spanish reader (bot/intake/es/dates.py) first.
_SPANISH_DATE_WORDS = re.compile(
    r"\b(?:enero|febrero|marzo|abril|junio|julio|agosto|sept?iembre|octubre|noviembre|"
    r"diciembre|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hace|ayer|anteayer|"
    r"antier|navidad|acci[oó]n\s+de\s+gracias|semanas?|pasad[oa]|verano|invierno|primavera|"
    r"oto[nñ]o|principios|mediados|finales|"
    r"(?:de|en|el)\s+mayo|mayo\s+(?:de|del)\b|\d{1,2}\s+de\s+mayo)\b",
    re.IGNORECASE,
)
_IN_SPANISH: ContextVar[bool] = ContextVar("_IN_SPANISH", default=False)


# "earlier this month", "earlier in the week", "earlier this year": the part of it gone by
# before today, so not today ("earlier today" is today).
_EARLIER_THIS = re.compile(
    r"\b(?:earlier|previously|before\s+now)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)


def _before_today(raw: str, when: DateSpec, today: date) -> DateSpec:
    """A stretch said to be "earlier this week/month/year" ends the day before today."""
    m = _EARLIER_THIS.search(raw)
    if not m or not (when.earliest < today <= when.latest):
        return when
    return DateSpec(when.earliest, today - timedelta(days=1), "range")


def _names_a_stretch(raw: str, holidays: bool = True) -> bool:
    """Whether the answer names a stretch or day of the calendar that takes its year from
    elsewhere (tax season, spring break, a semester, Passover, the holidays, Thanksgiving)."""
    found = (
        _NAMED_STRETCH.search(raw)
        or _SCHOOL_TIMES.search(raw)
        or _SCHOOL_TERM.search(raw)
        or _RELIGIOUS.search(raw)
        or _THE_HOLIDAYS.search(raw)
    )
    return bool(found or holidays and _HOLIDAY.search(raw))


# "the year before last", as the year an answer is in ("the year before last, at
# Thanksgiving"), not "the year before last Christmas".
_YEAR_BEFORE_LAST = re.compile(
    r"\b(?:the\s+)?year\s+before\s+last\b(?=\s*(?:[,.;:!?]|$)|\s+(?:in|at|during|around|"
    r"over|on|for|when|and|but|i|it|we|my|he|she|they|right|just|sometime|maybe|probably)\b)",
    re.IGNORECASE,
)
# A winter stretch said in its December, not its January or February.
_DECEMBER_SIDE = re.compile(
    r"\b(?:december|dec|christmas|xmas|hanukk?ah|chanukk?ah|the\s+holidays?|holiday\s+season|"
    r"(?:last|final)\s+week\s+of)\b",
    re.IGNORECASE,
)


def _stated_year(raw: str, today: date) -> tuple[int | None, str]:
    """The year an answer states in words ("the year before last", "the spring before
    last", "last fall", "two springs ago"), for a stretch named beside it without one; the
    answer with "the year before last" put as its figures. (None, raw) when none is said."""
    m = _YEAR_BEFORE_LAST.search(raw)
    if m:
        y = today.year - 2
        return y, raw[: m.start()] + str(y) + raw[m.end() :]
    ago = _seasons_ago(raw, today)
    if ago is not None:
        a, b = ago.earliest, ago.latest
    else:
        for s in _SEASON.finditer(raw):
            rel = " ".join((s.group("rel") or "").lower().split())
            if s.group("year") or not (rel or s.group("before_last")):
                continue
            season = s.group("season").lower()
            season = "fall" if season == "autumn" else season
            y = _latest_started(season, today)
            if rel != "this" and _season_range(season, y)[1] >= today:
                y -= 1  # still in it: "last summer" is the one before
            if s.group("before_last"):
                y -= 1
            a, b = _season_range(season, y)
            break
        else:
            return None, raw
    if a.year == b.year:
        return a.year, raw
    # A winter runs over New Year: the year of a month named in it ("two winters ago, in
    # January, once the holidays were over"), else its December for Christmas or the
    # holidays, else its January on.
    named = _named_month(_SEASON.sub(" ", raw))
    if named is not None:
        return (a.year if named[0] >= a.month else b.year), raw
    return (a.year if _DECEMBER_SIDE.search(raw) else b.year), raw


def holiday_after_incident(text: str, when: DateSpec, incident: DateSpec) -> DateSpec | None:
    """A discovery told by a holiday with no year ("on Mother's Day, when he got sick", of a
    birth the week before it, last year): the first one on or after the incident's first
    day when it came within a month of the incident and `when` (the latest one before
    today) is a later year's; a holiday months after the incident ("around Halloween", of
    a surgery in August of last year) stays the latest. None when the reading stands."""
    found = list(_HOLIDAY.finditer(text))
    if len(found) != 1 or _ANY_YEAR.search(text) or _AGO.search(text):
        return None
    m = found[0]
    if m.group("rel") or m.group("count") or m.group("ago") or m.group("before_last"):
        return None
    if re.search(r"\b(?:last|this|past|previous)\s+(?:year|yr)\b", text, re.IGNORECASE):
        return None
    for year in range(incident.earliest.year, when.earliest.year):
        said = f"{text[: m.end()]} {year}{text[m.end() :]}"
        try:
            then = _read_when(said, when.latest + timedelta(days=1))
        except DateParseError:
            continue
        if then.earliest >= incident.earliest and then.latest < when.earliest:
            return then if (then.earliest - incident.latest).days <= 31 else None
    return None


def parse_when(text: str, today: date) -> DateSpec:
    """Parse a free-text answer about when something happened.

    An answer in Spanish words ("el 5 de octubre", "hace dos semanas, un martes") is read
    by the Spanish reader, which puts its words into English for this one; what it cannot
    read is read here as it stands.

    Raises DateParseError('unparsed' | 'future' | 'too_old').
    """
    if not _IN_SPANISH.get() and _SPANISH_DATE_WORDS.search(text):
        from bot.intake.es import dates as spanish  # it imports this module

        mark = _IN_SPANISH.set(True)
        try:
            return spanish.parse_when(text, today)
        except DateParseError as exc:
            if exc.code != "unparsed":
                raise
        finally:
            _IN_SPANISH.reset(mark)
    return _read_when(text, today)


# "from January until she died on May 3", "since March to the 10th of June": a stretch from a
# month (or a day) said first to a day said last. The end alone was read before, so the
# stretch lost its start and the deadline was counted from its last day.
_FROM_UNTIL = re.compile(
    r"\b(?:from|since|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|of))?)\s+"
    r"(?P<start>.{3,40}?)\s+(?:to|until|till|til|thru|through|up\s+(?:to|until))\s+"
    r"(?P<end>.{3,80})$",
    re.IGNORECASE,
)
_EXACT_DAY_SAID = re.compile(r"\d|\b(?:first|second|third|\w+(?:teen|ty)?(?:th|st|nd|rd))\b", re.I)


def _from_until_day(text: str, today: date) -> DateSpec | None:
    """A stretch from a month, season, holiday or day to a later day said outright: the
    whole stretch, from the start's first day to that day."""
    m = _FROM_UNTIL.search(text.strip(" .!?"))
    if not m or not (_MONTH_WORD.search(m.group("start")) or _HOLIDAY.search(m.group("start"))):
        return None
    if not _EXACT_DAY_SAID.search(m.group("end")):
        return None
    try:
        start = _read_when(m.group("start"), today)
        end = _read_when(m.group("end"), today)
    except DateParseError:
        return None
    end = _end_in_start_month(m.group("end"), start, end)
    end = _end_after_start(m.group("end"), start, end)
    if end.earliest != end.latest or not start.earliest < end.earliest:
        return None  # the end names no single day, or comes first: left to the reader
    if (end.earliest - start.earliest).days > 1100:
        return None
    return _range(start.earliest, end.latest)


# An answer told as the care (or the start of it) and then, in a clause of its own, the harm
# that followed: "it was the Tuesday after Memorial Day. The heart attack was the Thursday",
# "My last appointment was the Monday before New Year's. She was born January 2nd", "it
# started in late spring, the amputation was in July". The whole answer was read by its
# last date, the harm's.
_CLAUSES = re.compile(
    r"[.;!?](?:\s+|$)|,\s*(?:and\s+|then\s+|but\s+)?(?=(?:the|his|her|my|our|their)\s+"
    r"(?:\w+\s+){0,2}(?:was|were|happened|came)\b)",
    re.IGNORECASE,
)
_LATER_HARM = re.compile(
    r"\b(?:heart\s+attack|stroke|seizure|died|passed\s+away|death|amputat\w*|coded|"
    r"cardiac\s+arrest|collapsed|ruptured|burst|(?:was|were)\s+born|gave\s+birth|"
    r"stillborn|miscarr\w*)\b",
    re.IGNORECASE,
)
_A_BIRTH = re.compile(r"\b(?:born|birth|stillborn|delivered)\b", re.IGNORECASE)
_THE_CARE_ITSELF = re.compile(
    r"^\s*(?:(?:well|so|yeah|um|uh)[\s,]+)?(?:it|this|that)\s+(?:was|happened|would\s+have\s+been)\b|"
    r"\b(?:appointment|appt|visit|checkup|check-up|sent\s+(?:me|him|her|us|them)\s+home|"
    r"(?:told|said)\s+(?:me|him|her|us|them))\b",
    re.IGNORECASE,
)
_IT_STARTED = re.compile(
    r"^\s*(?:it|this|that|the\s+\w+|things|problems?)\s+(?:all\s+)?(?:started|began|begun)\b",
    re.IGNORECASE,
)


def _care_then_later_harm(text: str, when: DateSpec, today: date) -> DateSpec | None:
    """The first clause's own date when it tells the care and the clauses after it tell
    only the harm that followed (within two weeks of it); a birth among them may be the
    incident itself, so the span from the care to it. A start said first ("it started in
    late spring, the amputation was in July") is the stretch from it to the harm's."""
    parts = [p for p in _CLAUSES.split(text.strip()) if p and p.strip(" ,")]
    if len(parts) < 2 or _LATER_HARM.search(parts[0]):
        return None
    later = parts[1:]
    if not all(
        _LATER_HARM.search(p) for p in later if _DATE_SIGNAL.search(p) or _WEEKDAY.search(p)
    ):
        return None
    if not any(_LATER_HARM.search(p) for p in later):
        return None
    started = _IT_STARTED.search(parts[0])
    if not (started or _THE_CARE_ITSELF.search(parts[0])):
        return None
    try:
        first = _read_when_said(parts[0], today)
    except DateParseError:
        return None
    if not (first.earliest <= when.earliest and first.latest < when.latest):
        return None  # the whole answer already read as the first clause's, or earlier
    if started:
        if (when.latest - first.earliest).days > 366:
            return None
        return _range(first.earliest, when.latest)
    if (when.latest - first.latest).days > 14 or (first.latest - first.earliest).days > 6:
        return None
    if any(_A_BIRTH.search(p) for p in later):
        return _range(first.earliest, when.latest)
    return first


# "They sent me home two days before, and he was born May 2nd", "She was born May 2nd. They
# had sent me home two days before": the care counted back from a birth's day. As with two
# days said outright ("sent home April 28, born May 1"), the span from the care to the birth.
_BIRTH_DAY_SAID = re.compile(
    r"\b(?:was|were|got)\s+(?:born|delivered)\s+(?:on\s+)?(?P<day>[^.;!?,]{3,40})", re.IGNORECASE
)
_CARE_BEFORE = re.compile(
    r"\b(?:sent\s+(?:me|us|her)\s+home|seen|saw|appointment|appt|visit|checked|monitor\w*|"
    r"told\s+(?:me|us|her))\b.{0,40}?\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?:before|earlier|prior)\b",
    re.IGNORECASE,
)


def _care_before_birth(text: str, when: DateSpec, today: date) -> DateSpec | None:
    born, care = _BIRTH_DAY_SAID.search(text), _CARE_BEFORE.search(text)
    if not born or not care or when.precision != "day":
        return None
    try:
        birth = _read_when_said(born.group("day"), today)
    except DateParseError:
        return None
    if birth.precision != "day":
        return None
    raw_n = care.group("n").lower()
    n = int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1)
    back = (
        timedelta(weeks=n) if care.group("unit").lower().startswith("week") else timedelta(days=n)
    )
    if not timedelta(days=1) <= back <= timedelta(days=14):
        return None
    first = birth.earliest - back
    if when.earliest not in {first, birth.earliest}:
        return None
    return _range(first, birth.earliest)


def _end_in_start_month(said: str, start: DateSpec, end: DateSpec) -> DateSpec:
    """ "from January 2 to the 12th": an end said as a bare day, with no month or year of its
    own, is that day of the start's month (or of the month after, when it is an earlier
    day: "from June 28 until the 3rd"), not of the month the visitor writes in."""
    if start.precision != "day" or end.precision != "day":
        return end
    if _MONTH_WORD.search(said) or _ANY_YEAR.search(said) or re.search(r"\d\s*/", said):
        return end
    day, first = end.earliest.day, start.earliest
    y, month = (
        (first.year, first.month)
        if day > first.day
        else (first.year + first.month // 12, first.month % 12 + 1)
    )
    if day > calendar.monthrange(y, month)[1]:
        return end
    return DateSpec.exact(date(y, month, day))


# A day of the month said beside a holiday, with no month ("Thursday 26, Thanksgiving",
# "the 25th, on Christmas", "Christmas Eve, the 24th"): not an hour, a count or an age.
_DAY_BESIDE = re.compile(
    r"(?<![\d/.:$-])(?<!\bat\s)(?<!\baround\s)(?<!\bby\s)(?<!\bwas\s)(?<!\bis\s)"
    r"(?<!\bage\s)(?<!\baged\s)(?<!\bturned\s)\b(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?![/.:-]\d)(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|in\s+the|hours?|hrs?|days?|weeks?|"
    r"months?|years?|yrs?|y/?o|minutes?|mins?|%))",
    re.IGNORECASE,
)


def _day_of_the_holiday(text: str, today: date) -> DateSpec | None:
    """One day of the month said beside a holiday that falls in the holiday's days: that
    day ("el jueves 26, thanksgiving" came as "26, thanksgiving" and was read as the week
    around Thanksgiving; "the 25th, on Christmas" as the latest 25th, November's). A day
    outside them, a month said, or a day counted from the holiday is left to the rest."""
    if _MONTH_WORD.search(text):
        return None
    m = _HOLIDAY.search(text)
    lead = " ".join((m.group("lead") or "").lower().split()) if m else ""
    if m is None or lead not in ("", "on", "over", "during", "at", "around", "about"):
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    days = {int(d) for d in _DAY_BESIDE.findall(_ANY_YEAR.sub(" ", rest))}
    if len(days) != 1:
        return None
    try:
        span = _holiday(text[m.start() : m.end()], today, None)
    except (KeyError, ValueError):
        return None
    if span is None:
        return None
    if m.group("year") is None and (said := _ANY_YEAR.search(rest)):
        span = _holiday(f"{text[m.start() : m.end()]} {said.group(1)}", today, None) or span
    (day,) = days
    hits = [
        span.earliest + timedelta(days=i)
        for i in range((span.latest - span.earliest).days + 1)
        if (span.earliest + timedelta(days=i)).day == day
    ]
    return DateSpec.exact(hits[0]) if len(hits) == 1 else None


def _read_when(text: str, today: date) -> DateSpec:
    """parse_when's English reading; a stretch said from its start to a day ("from January
    until she died on May 3") is the whole stretch, unless a day inside it is picked out."""
    in_stay = _nth_day_of_stay(text, today)  # "admitted on the 2nd ... his third night"
    if in_stay is not None:
        return in_stay
    by_holiday = _day_of_the_holiday(text, today)  # "Thursday the 26th, Thanksgiving"
    if by_holiday is not None:
        return by_holiday
    told = _told_by_another_day(text, today)  # "the Thursday after my birthday. It's May 19"
    if told is not None:
        return told
    own = _narrowed_or_stretched(text, today)  # "went in after New Year's, gone by Easter"
    if own is not None:
        return own
    when = _read_when_said(text, today)
    stretch = _from_until_day(text, today)
    if stretch is None or stretch.earliest < when.earliest <= when.latest < stretch.latest:
        return (
            _care_then_later_harm(text, when, today)
            or _care_before_birth(text, when, today)
            or when
        )
    return stretch


# "the very end of September", "the very beginning of March", "very late May": the edge
# of the month, its last or first few days, finer than "the end of" (its last third).
_VERY_EDGE = re.compile(
    r"\b(?:the\s+)?very\s+(?:(?P<end>end|late|last\s+part)|(?P<start>beginning|start|"
    rf"early|first\s+part))(?:\s+of)?\s+(?=(?:the\s+month\s+of\s+)?(?:{_MONTH_WORDS_ALT})\b)",
    re.IGNORECASE,
)


def _very_edge(m: re.Match[str]) -> str:
    return "the last few days of " if m.group("end") else "the first few days of "


# "a week and a half ago", "like two and a half weeks back": half-weeks counted back, the
# days either side of the half (10-11 days for one and a half) with a plain count's slack
# (three days) or, hedged, a counted week's (four). Read before: nothing ("a week and a
# half ago") or a week ago.
_HALF_WEEKS_AGO = re.compile(
    r"^(?P<pre>.*?)\b(?:(?P<n>a|an|one|two|three|four|five|\d)\s+weeks?\s+and\s+a\s+half|"
    r"(?P<n2>one|two|three|four|five|\d)\s+and\s+a\s+half\s+weeks?)\s+(?:ago|back)\b"
    r"(?P<post>.*)$",
    re.IGNORECASE,
)
_WEEK_HEDGE = re.compile(
    r"\b(?:about|around|like|maybe|roughly|approx\w*|abt|probably|prob|or\s+so)\W*$", re.I
)


def _half_weeks_ago(text: str, today: date) -> DateSpec | None:
    m = _HALF_WEEKS_AGO.match(text.strip())
    if m is None or _DATE_SIGNAL.search(m.group("pre") + m.group("post")):
        return None
    raw = (m.group("n") or m.group("n2")).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    near, far = n * 7 + 3, n * 7 + 4  # one and a half weeks: 10 to 11 days back
    hedged = _WEEK_HEDGE.search(m.group("pre")) or re.match(r"\W*or\s+so\b", m.group("post"))
    # Hedged, half a week (four days) either side, as "about three weeks ago" is read: a
    # week either side made "about two and a half weeks" sixteen days wide.
    slack = 4 if hedged else 3
    return _range(today - timedelta(days=far + slack), today - timedelta(days=near - slack))


# "the 12 of the month September", "the 3rd of the month of may": the month named after
# "of the month"; "the 16th? of march": a doubt mark inside the date, not an end to it.
_OF_THE_MONTH = re.compile(
    rf"(?<=\d)(?:st|nd|rd|th)?\s+of\s+the\s+month,?\s+(?:of\s+)?(?=(?:{_MONTH_WORDS_ALT})\b)",
    re.IGNORECASE,
)
_DOUBT_INSIDE = re.compile(
    rf"(?<=\d)(?P<suffix>st|nd|rd|th)?\s*\?+\s*(?=of\s+(?:{_MONTH_WORDS_ALT})\b)", re.I
)


# A day said bare ("the 3rd", "on the 9th") after a month was named with a day in the same
# answer is a day of that month: "February 2nd. No wait, the 3rd. We went in on the 2nd, the
# birth was the 3rd" (the bare days were read as this month's, and spanned). Not when another
# month is named after it, nor an ordinal of something ("the 2nd day", "the 3rd visit"), nor
# a day before the one said (the next month's, read as before).
_MONTH_DAY_SAID = re.compile(
    rf"\b(?P<month>{_MONTH_WORDS_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*[/:])|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+(?P<month_after>{_MONTH_WORDS_ALT})\b",
    re.IGNORECASE,
)
_BARE_DAY = re.compile(
    r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b)"
    r"(?!\s+(?:\w+\s+)?(?:day|night|week|month|year|time|visit|appointment|one|floor|grade|"
    r"trimester|dose|round|surgery|operation|procedure|shift|try|attempt|baby|child|kid|"
    r"pregnancy|hour)s?\b)",
    re.IGNORECASE,
)


def _bare_days_in_month_said(text: str) -> str:
    """Bare days after a month said with a day, put in that month (see _BARE_DAY)."""
    said = _MONTH_DAY_SAID.search(text)
    if said is None:
        return text
    rest = text[said.end() :]
    if _MONTH_WORD.search(rest):
        return text
    month = said.group("month") or said.group("month_after")
    first = int(re.search(r"\d{1,2}", said.group(0)).group(0))  # type: ignore[union-attr]

    def _put(m: re.Match[str]) -> str:
        # An earlier day after it ("admitted jan 28, discharged the 3rd") is next month's.
        return f"{month} {m.group('day')}" if int(m.group("day")) >= first else m.group(0)

    return text[: said.end()] + _BARE_DAY.sub(_put, rest)


def _read_when_said(text: str, today: date) -> DateSpec:
    """parse_when's English reading, word by word."""
    text = _OF_THE_MONTH.sub(" of ", text)
    text = _bare_days_in_month_said(text)  # "February 2nd. No wait, the 3rd."
    text = _DOUBT_INSIDE.sub(lambda m: f"{m.group('suffix') or ''} ", text)
    if (half_weeks := _half_weeks_ago(text, today)) is not None:
        return half_weeks
    text = _SPACED_SLASH.sub("/", text)  # "5 / 17 / 24" as "5/17/24"
    text = _TYPO_YEAR_DAY.sub(lambda m: _typo_year(m, today), text)  # "6/17/206"
    text = _TYPO_FULL_YEAR.sub(lambda m: _typo_full_year(m, today), text)  # "6/17/2062"
    text = _without_durations(text)
    text = _STORY_NEXT.sub("", text)  # "because the next month everything shut down"
    outright = _outright_day_beside_offset(text, today)
    if outright is not None:
        return outright
    taken_back = _taken_back(text, today)
    if taken_back is not None:
        return taken_back
    text = _july_fourth(_full_years(_event_words(_fix_typos(text)), today), today)
    text = _VERY_EDGE.sub(_very_edge, text)  # "the very end of September": its last days
    text = _WEEKDAY_OF_WEEK.sub(_weekday_of_week, text)  # "monday this week"
    text = _month_year_to_its_day(text)  # "mid March 2025, a few days after March 9"
    text = _holiday_weekend_of_month(text)  # "early July 2025, ... after the holiday weekend"
    text = _loose_ago(text)
    staged = (
        _pregnant_by_due(text, today)
        or _nth_birthday(text, today)
        or _month_around_day(text, today)
        or _first_day_before_later_state(text, today)
    )
    if staged is not None:
        return staged
    aged = _age_from_birth(text, today) or _age_then(text, today)  # before ages are dropped
    if aged is not None:
        return aged
    if _AGE_THEN.search(text) and _AGE_NOW.search(text):
        # An age then and an age now that do not fit ("I was 30, now I'm 29"): no date, so
        # the question is asked again; the date library read "now" as today.
        raise DateParseError("unparsed")
    if _AGE_THEN.search(text) and (_ANY_YEAR.search(text) or _MONTH_WORD.search(text)):
        text = _without_age(text)  # "I was 12, so like 2014": the years, not a 12th
        if (alternatives := _year_alternatives(text)) is not None:
            return alternatives
    if not _ANY_YEAR.search(text) and not _MONTH_WORD.search(text):
        early = _either_ago(text, today) or _bounded(text, today) or _decade(text, today)
        if early is not None:
            return _weekdays_in_count(text, early)  # "10 or 11 days ago, a tuesday"
    elif (decade := _decade(text, today)) is not None and not _ANY_YEAR.search(
        _DECADE.sub(" ", text)
    ):
        return decade
    raw = _RELATIVE_YEAR.sub(
        lambda m: str(today.year if m.group(1).lower() == "this" else today.year - 1),
        _plain_words(text, today).strip(),
    )
    if not raw:
        raise DateParseError("unparsed")
    raw = _AND_A_HALF.sub(_in_months, raw)  # "a year and a half ago" -> "18 months ago"
    raw = _pandemic_year(raw)  # "February, right before covid": February 2020
    if _NEXT.search(raw):
        raise DateParseError("future")
    years = {int(y) for y in _ANY_YEAR.findall(raw)}
    year_hint = years.pop() if len(years) == 1 else None
    years_ago_last = _years_ago_last(raw, today) if year_hint is None else None
    ago = _AGO.search(raw)
    year_in_words = False  # a year said in words beside a stretch, put as its figures
    stretch = _names_a_stretch(raw, holidays=False)
    if (
        year_hint is None
        and ago
        and ago.group("unit").lower() in {"year", "yr"}
        and (_SEASON.search(raw) or _MONTH_PART.search(raw) or stretch)
    ):
        # "early spring two years ago": that season, that many years back; "tax season two
        # years ago", "a couple of years back, during the holidays": that year's stretch.
        raw_n = ago.group("n").lower()
        year_hint = today.year - (int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1))
        raw = raw[: ago.start()] + str(year_hint) + raw[ago.end() :]
        year_in_words = stretch
    if year_hint is None and _names_a_stretch(raw):
        # "The spring before last. April, ... after tax season": a stretch with no year of
        # its own is in the year the answer states, not this one.
        year_hint, raw = _stated_year(raw, today)
        year_in_words = year_hint is not None
    ago_month = _years_ago_month(raw, today) if year_hint is None else None
    if ago_month is not None:
        year_hint = ago_month.earliest.year
    when = (
        years_ago_last
        or _weekday_from_event_said_later(raw, today, year_hint)
        or _month_then_its_day(raw, today)
        or _first_care_before_outcome(raw, today)
        or _school_term(raw, today, year_hint)
        or _religious(raw, today, year_hint)
        or _bare_day_by_holiday(raw, today, year_hint)
        or _named_stretch(raw, today, year_hint)
        or _between_holidays(raw, today, year_hint)
        or _first_day_of_season(raw, today, year_hint)
        or _months_after_rough_part(raw)
        or _nth_of_month(raw, today, year_hint)
        or _loose_nth_weekday(raw, today, year_hint)
        or _middle_of_said_month(raw, today, year_hint)
        or _beside_since(raw, today)
        or _close_to_a_day(raw, today, year_hint)
        or _weekday_from_said_day(raw, today, year_hint)
        or _weekday_by_anchor(raw, today)
        or _that_reference(raw, today)
        or _next_day_after_holiday(raw, today)
        or (_before_last(raw, today) if year_hint is None else None)
        or (_weekday_not_this_one(raw, today) if year_hint is None else None)
        or (_weekday_last_week(raw, today) if year_hint is None else None)
        or (_last_calendar_week(raw, today) if year_hint is None else None)
        or (_last_weekday_this_week(raw, today) if year_hint is None else None)
        or (_weekdays_ago(raw, today) if year_hint is None else None)
        or (_weekday_weeks_ago(raw, today) if year_hint is None else None)
        or (_last_weekend(raw, today) if not (year_hint or _MONTH_WORD.search(raw)) else None)
        or _short_figures_alone(raw, today, year_hint)
        or _act_day_in_stay(raw, today, year_hint)
        or _offset_from_event(raw, today)
        or _day_span(raw, today, year_hint)
        or _offset_day(raw, today)
        or _pointed_date(raw, today, year_hint)
        or _several_dates(raw, today, year_hint)
        or _numeric_day(raw, today)
        or (_school_time(raw, today, year_hint) if not _MONTH_WORD.search(raw) else None)
        or _month_alternatives(raw, today, year_hint)
        or _month_parts(raw, today, year_hint)
        or _month_span(raw, today)
        or (_year_span(raw) if year_hint is None else None)
        or _weekday_in_week_of_month(raw, today, year_hint)
        # "Tuesday last, the 24th of November": the day said beats the weekday.
        # ("Super Bowl Sunday, the one in Feb 2025": a weekday in a holiday's name is not one.)
        or (
            _weekday_in_month(raw, today, year_hint)
            if _WEEKDAY.search(_HOLIDAY.sub(" ", raw))
            else None
        )
        or _nth_only(raw, today)
        or _day_in_story(raw, today)
        or (
            _between_two(raw, today)
            if len(_HOLIDAY.findall(raw)) > 1 or _dated_holiday_starts_span(raw)
            else None
        )
        or (_explicit_day(raw, today, year_hint) if _HOLIDAY.search(raw) else None)
        or (_holiday_within_month(raw, today, year_hint) if _HOLIDAY.search(raw) else None)
        or (_ago(m, today) if (m := _AGO.search(raw)) and year_hint is None else None)
        or (_explicit_day(raw, today, year_hint) if ago_month else None)
        or (_month_part(raw, today, year_hint) if ago_month else None)
        or ago_month
        or _last_named_month(raw, today)
        or _the_holidays(raw, today, year_hint)
        or _quarter(raw, today)
        or _part_of_year(raw)
        or _month_part(raw, today, year_hint)
        or _season(raw, today, year_hint)
        or (_pandemic(raw, today) if year_hint is None else None)
        or (_ago_with_year(m, today, year_hint) if (m := _AGO.search(raw)) else None)
    )
    if when is None and len(_MONTH_DAY.findall(raw)) == 1:
        # A month and day said outright beside words no reader knows ("Boxing Day,
        # December 26th, 2025"): the day said, not a month or a week guessed from the rest.
        when = _explicit_day(raw, today, year_hint)
    if when is None:
        # One day in figures beside a dose or a score ("percocet 5/10 on 3/4"): that day.
        days = [f[2] for f in _mentions(raw, today, year_hint) if f[2].precision == "day"]
        when = days[0] if len(set(days)) == 1 and _NUMERIC_SHORT.search(raw) else None
    if when is None and _OFFSET.search(raw) and not _mentions(raw, today, year_hint):
        # "two days later", "the day after he was admitted": counted from an event not dated.
        raise DateParseError("unparsed")
    if (
        when is None
        and _BARE_ORDINAL_DAY.search(raw)
        and not (_DAY_IN_STORY.search(raw) or _MONTH_WORD.search(raw) or _ANY_YEAR.search(raw))
        and not re.search(r"\d\s*[/.\-]\s*\d|\bago\b", raw)
    ):
        # "the 2nd surgery", "the 3rd or 4th time": a place in a row, not a day (a library
        # would make "3rd" a March).
        raise DateParseError("unparsed")
    if when is None and _UNCOUNTED_AGO.search(raw) and not _DATE_SIGNAL.search(raw):
        raise DateParseError("unparsed")  # "years ago", "months back": no count to go by
    if when is None and _UNCOUNTED.match(raw):
        raise DateParseError("unparsed")  # "it's been years": how long, with nothing to count
    if when is None:
        cleaned = " ".join(_FILLER.sub(" ", raw).split()).strip(" ,.?!")
        if _YEAR_ONLY.match(cleaned):
            when = _year(int(cleaned))
        elif cleaned:
            when = _dateparser(cleaned, today)
    if when is None:
        base = {**_SETTINGS, "RELATIVE_BASE": datetime.combine(today, datetime.min.time())}
        found = search_dates(raw, languages=["en"], settings=base) or []
        # Skip hits dateparser makes of bare words like "now" or "today" inside a story.
        # "sat", "sun" and "mon" left after _weekday_words are words ("we sat in the ER"),
        # not days; a hit that names a month is the better one ("... in October").
        hits = [
            (s, d)
            for s, d in found
            if (any(ch.isdigit() for ch in s) or len(s) > 4)
            and not _ORDINARY_WORDS.intersection(s.lower().split())
            and not _SOME_WEEKDAY.match(s)
            and not _UNIT_ALONE.match(s)  # "years", "hours": no count, no day
            and not _ONE_DAY.match(s)  # "one day I collapsed", "no one day": not yesterday
            and not _year_from_two_digits(s, d.date())
        ]
        hits.sort(key=lambda hit: not _MONTH_WORD.search(hit[0]))
        if hits:
            # The words found keep their period ("last week" is a week, not a day).
            said, d = hits[0]
            if year_hint is not None and not _ANY_YEAR.search(said):
                # "the end of summer last year, around September": the year said elsewhere
                # in the answer is that month's, not this year's.
                when = _dateparser(f"{said} {year_hint}", today)
            when = when or _dateparser(said, today)
            if when is None and d.day == 1 and _month_alone(said):
                when = _month(year_hint or d.year, d.month)  # "in january after the": a month
            when = when or DateSpec.exact(d.date())
    if when is None:
        raise DateParseError("unparsed")
    when = _finer_inside(raw, when, today, year_in_words) or when
    when = _weekday_picks(raw, when)
    week_of = _WEEK_OF_A_DAY.search(raw) or _WEEK_OF_AN_OCCASION.search(text)
    if when.precision == "day" and week_of:
        # "the week of the 14th", "the week of 3/3": that week, three days either side.
        when = _range(when.earliest - timedelta(days=3), when.earliest + timedelta(days=3))
    when = _weekdays_in_week(raw, when)
    when = _weekdays_in_month_part(raw, when)  # "a Monday in early June": its Mondays
    when = _weekdays_in_count(raw, when)  # "a few weeks ago, a wednesday": its Wednesdays
    when = _after_midnight(raw, when)
    when = _weekday_run(raw, when)
    when = _before_today(text, when, today)  # before "this year" became its figures
    if when.earliest > today:
        raise DateParseError("future")
    if when.latest > today:
        # A day after today was refused above, so only a span reaches past today.
        when = DateSpec(when.earliest, today, "range")
    if when.latest < _EARLIEST_PLAUSIBLE:
        raise DateParseError("too_old")
    return when


# --- Blind visitors, round 21: days told by another day in the same answer ------------------
# "the Monday before Thanksgiving ... until that Saturday": a stretch from a weekday placed
# by an anchor to the next such weekday after it. The end alone was read, before the start.
_WEEKDAY_BY_ANCHOR = re.compile(rf"\b(?:{_WEEKDAY_WORDS})\s+(?:before|after)\s+\w", re.I)
_UNTIL_THAT_WEEKDAY = re.compile(
    r"\b(?:until|till|til|to|through|thru)\s+(?:that|the\s+following|the\s+next)\s+"
    rf"(?P<end>{_WEEKDAY_WORDS})\b",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r"\s*(?:[,;.]|\band\b|\bbut\b)", re.IGNORECASE)


def _span_to_that_weekday(text: str, today: date) -> DateSpec | None:
    """The start's day (a weekday by an anchor, read from its own clause) to the first
    named weekday after it."""
    anchor = _WEEKDAY_BY_ANCHOR.search(text)
    until = _UNTIL_THAT_WEEKDAY.search(text, anchor.end()) if anchor else None
    if anchor is None or until is None:
        return None
    cut = _CLAUSE_CUT.search(text, anchor.end(), until.start())
    head = text[: cut.start() if cut else until.start()]
    try:
        start = _read_when_said(head, today)
    except DateParseError:
        return None
    if start.precision != "day":
        return None
    wanted = _WEEKDAYS.index(until.group("end").lower())
    end = weekday_after(start.earliest, wanted)
    return _range(start.earliest, min(end, today))


# "the Thursday after my 80th birthday. My birthday is the 19th of May": a weekday counted
# from a personal day whose date is said after it, in a sentence of its own. The personal
# day alone was read (May 19), not the weekday after it.
_WEEKDAY_BY_PERSONAL_DAY = re.compile(
    rf"\b(?:the\s+)?(?P<weekday>{_WEEKDAY_WORDS})\s+(?P<way>after|before)\s+(?:my|his|her|our|"
    r"their)\s+(?:\w+\s+)?(?P<event>birthday|bday|b-day|anniversary)\b",
    re.IGNORECASE,
)
_PERSONAL_DAY_IS = re.compile(
    r"\b(?:my|his|her|our|their)\s+(?:birthday|bday|b-day|anniversary)\s+(?:is|was|'s|falls\s+on)"
    r"\s+(?:on\s+)?(?P<day>[^.;!?]{3,30})",
    re.IGNORECASE,
)


def _weekday_by_personal_day_said_later(text: str, today: date) -> DateSpec | None:
    m = _WEEKDAY_BY_PERSONAL_DAY.search(text)
    said = _PERSONAL_DAY_IS.search(text, m.end()) if m else None
    if m is None or said is None:
        return None
    try:
        day = _read_when_said(said.group("day"), today)
    except DateParseError:
        return None
    if day.precision != "day":
        return None
    wanted = _WEEKDAYS.index(m.group("weekday").lower())
    anchor = day.earliest
    if m.group("way").lower() == "after":
        found = weekday_after(anchor, wanted)
        if found > today:  # the birthday this year, the weekday after it still to come
            anchor = anchor.replace(year=anchor.year - 1) if anchor.month != 2 else anchor
            found = weekday_after(anchor, wanted)
    else:
        found = weekday_before(anchor, wanted)
    return DateSpec.exact(found) if found <= today else None


# "Was October, in the middle of month", "March, end of month": a part of the month said
# with no "the" before "month"; "month" alone was no month, so the whole month was kept.
_PART_OF_MONTH_UNNAMED = re.compile(
    r"\b(?:in\s+)?(?:the\s+)?(?P<part>middle|mid|end|beginning|start|early|late)"
    r"(?:\s+(?:of|in))?\s+(?:the\s+)?month\b",
    re.IGNORECASE,
)
_PART_WORDS = {
    "middle": "the middle of",
    "mid": "the middle of",
    "end": "the end of",
    "late": "the end of",
    "beginning": "the beginning of",
    "start": "the beginning of",
    "early": "the beginning of",
}


def _part_of_the_month_said(text: str, today: date) -> DateSpec | None:
    m = _PART_OF_MONTH_UNNAMED.search(text)
    months = {_MONTH_NAMES[w.lower()] for w in _MONTH_WORD.findall(text)}
    if m is None or len(months) != 1:
        return None
    (month,) = months
    year = _ANY_YEAR.search(text)
    said = f"{_PART_WORDS[m.group('part').lower()]} {calendar.month_name[month]}"
    try:
        return _read_when_said(f"{said} {year.group(1)}" if year else said, today)
    except DateParseError:
        return None


# "They called me Friday the 16th and said it happened the day before": the day said, then
# the care counted back from it. The call's own day was kept.
_SAID_DAYS_BEFORE = re.compile(
    r"^(?P<head>.+?)\s*(?:,\s*)?(?:and\s+|but\s+)?(?:they\s+|she\s+|he\s+)?(?:said|told\s+(?:me|us)|"
    r"say|says)\s+(?:that\s+)?(?:it|this|that|she|he|they)\s+(?:had\s+)?(?:happened|was|fell|"
    r"occurred|took\s+place|\w+ed)\s+(?:on\s+)?(?P<n>the|a|one|two|three|\d)\s+(?P<unit>days?|"
    r"nights?)\s+(?:before|earlier|prior)\b",
    re.IGNORECASE,
)


def _counted_back_from_said_day(text: str, today: date) -> DateSpec | None:
    m = _SAID_DAYS_BEFORE.search(text.strip())
    if m is None:
        return None
    try:
        said = _read_when_said(m.group("head"), today)
    except DateParseError:
        return None
    if said.precision != "day":
        return None
    raw = m.group("n").lower()
    n = 1 if raw in {"the", "a"} else int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    return DateSpec.exact(said.earliest - timedelta(days=n))


# "thanksgiving, when we took her out for dinner": a holiday tied to what was done on it is
# its day, not the week around it that a holiday named alone is read as.
_HOLIDAY_WHEN = re.compile(
    r"\s*[,-]?\s*(?:when|as|while)\s+(?:we|i|they|he|she|my|our|the)\b", re.IGNORECASE
)


def _holiday_by_what_was_done(text: str, today: date) -> DateSpec | None:
    m = _HOLIDAY.search(text)
    if m is None or m.group("lead") or m.group("count"):
        return None
    if re.sub(r"\b(?:it\s+was|on|at|(?:i|we)\s+think)\b|\W", "", text[: m.start()], flags=re.I):
        return None
    if not _HOLIDAY_WHEN.match(text, m.end()):
        return None
    try:
        when = _read_when_said(f"on {m.group(0)}", today)
    except DateParseError:
        return None
    return when if when.precision == "day" else None


def _told_by_another_day(text: str, today: date) -> DateSpec | None:
    """Round 21's readings of a day told by another day said in the same answer."""
    return (
        _span_to_that_weekday(text, today)
        or _weekday_by_personal_day_said_later(text, today)
        or _counted_back_from_said_day(text, today)
        or _holiday_by_what_was_done(text, today)
        or _part_of_the_month_said(text, today)
    )


# --- Blind visitors, round 22: a date answer narrowed or stretched by its own words ---------
# "He went in right after New Year's and he was gone by Easter", "booked on a Sunday ... and
# by Wednesday they took him to the hospital": a start, then an end said with "by". The
# start alone was read, so a stretch of months (or days) lost all but its first week.
_BY_THE_END = re.compile(
    r"[,;]?\s*\b(?:and|but)\s+(?:(?:(?:he|she|they|i|we|it|everything)\s+)?(?:was|were|had|got)\s+"
    r"(?:\w+\s+){0,3}?)?by\s+(?:the\s+)?(?P<end>[^,.;!?]{3,40}?)(?=\s*(?:[,.;!?]|$)|\s+(?:he|she|"
    r"they|i|we|it|his|her|my|our|the|that)\b)",
    re.IGNORECASE,
)


def _start_then_end_by(text: str, today: date) -> DateSpec | None:
    """The start's first day to the end's last: the end a holiday, a month or a weekday
    (the first such weekday after the start), later than the start and within a year."""
    m = _BY_THE_END.search(text)
    if m is None or _OFFSET.search(m.group("end")):
        return None
    end_said = m.group("end").strip()
    if not (
        _HOLIDAY.search(end_said)
        or _MONTH_WORD.search(end_said)
        or _WEEKDAY.search(_weekday_words(end_said))
    ):
        return None
    try:
        start = _read_when_said(text[: m.start()], today)
    except DateParseError:
        return None
    if (start.latest - start.earliest).days > 7:
        return None  # a start said loosely (a month, a season) is left to the reader
    weekday = _WEEKDAY.fullmatch(_weekday_words(end_said).strip())
    if weekday:
        wanted = _WEEKDAYS.index(weekday.group(0).lower())
        last = weekday_after(start.earliest, wanted)
    else:
        # A holiday is its own day here ("gone by Easter"), not the days around it.
        said = f"on {end_said}" if _HOLIDAY.fullmatch(end_said) else end_said
        try:
            end = _read_when_said(said, today)
        except DateParseError:
            return None
        last = end.latest
    if not start.earliest < last <= today or (last - start.earliest).days > 366:
        return None
    return _range(start.earliest, last)


# "a Saturday in September, the second or third Saturday of the month": the weekdays of the
# month named elsewhere in the answer, by their place in it. "second" was read as February.
_NTH_WEEKDAY_OF_THE_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<nth>{_NTH_ALT})(?:\s*(?:or|to|-|/)\s*(?:the\s+)?(?P<nth2>{_NTH_ALT}))?"
    rf"\s+(?P<weekday>{_WEEKDAY_WORDS})\s+(?:of|in)\s+(?:the|that)\s+month\b",
    re.IGNORECASE,
)


def _nth_weekday_of_month_named(text: str, today: date) -> DateSpec | None:
    m = _NTH_WEEKDAY_OF_THE_MONTH.search(_weekday_words(text))
    months = {_MONTH_NAMES[w.lower()] for w in _MONTH_WORD.findall(text)}
    if m is None or len(months) != 1:
        return None
    (month,) = months
    said = m.group("nth").lower()
    first_n = int(re.sub(r"\D", "", said) or _NTH_WORDS.get(said, 0))
    other = (m.group("nth2") or "").lower()
    last_n = int(re.sub(r"\D", "", other) or _NTH_WORDS.get(other, 0)) if other else first_n
    if not 1 <= first_n <= last_n <= 5:
        return None
    year = _ANY_YEAR.search(text)
    try:
        frame = _read_when_said(
            f"{calendar.month_name[month]} {year.group(1)}" if year else calendar.month_name[month],
            today,
        )
    except DateParseError:
        return None
    wanted = _WEEKDAYS.index(m.group("weekday").lower())
    y = frame.earliest.year
    first = _nth_weekday(y, month, wanted, first_n)
    last = _nth_weekday(y, month, wanted, last_n)
    if first is None or last is None or last > today:
        return None
    return DateSpec.exact(first) if first == last else _range(first, last)


# "end of October, the 28th or 29th, right before Halloween": two days of the month said as
# alternatives inside the stretch the rest of the answer reads as; those days, not the week
# of the holiday (a single bare day was already read so).
_BARE_DAY_OR = re.compile(
    r"\b(?:the\s+)?(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+or\s+(?:the\s+)?"
    r"(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:of\b|/))",
    re.IGNORECASE,
)


def _day_alternatives_inside(text: str, today: date) -> DateSpec | None:
    m = _BARE_DAY_OR.search(text)
    if m is None:
        return None
    d1, d2 = sorted((int(m.group("d1")), int(m.group("d2"))))
    if not 0 < d2 - d1 <= 3:
        return None
    try:
        frame = _read_when_said(text[: m.start()] + " " + text[m.end() :], today)
    except DateParseError:
        return None
    lo, hi = frame.earliest, frame.latest
    if lo.month != hi.month or lo.year != hi.year or (hi - lo).days > 31:
        return None
    if not lo.day <= d1 or not d2 <= hi.day:
        return None
    first, last = date(lo.year, lo.month, d1), date(lo.year, lo.month, d2)
    return _range(first, min(last, today)) if first <= today else None


# "right around Martin Luther King Day", "just about Christmas": a holiday sharpened by
# "right" or "just" is a few days either side of its day, not the week either side that a
# plain "around" allows.
_RIGHT_AROUND = re.compile(r"\b(?:right|just)\s+(?:around|about|near)\s+(?=\S)", re.IGNORECASE)


def _right_around_holiday(text: str, today: date) -> DateSpec | None:
    m = _RIGHT_AROUND.search(text)
    if m is None or not _HOLIDAY.match(text, m.end()):
        return None
    try:
        day = _read_when_said(text[: m.start()] + " on " + text[m.end() :], today)
    except DateParseError:
        return None
    if day.precision != "day":
        return None
    near = _range(day.earliest - timedelta(days=3), min(day.earliest + timedelta(days=3), today))
    try:
        plain = _read_when_said(text, today)
    except DateParseError:
        return near
    # Only a wider reading that holds it is narrowed: a weekday counted from the holiday
    # ("the thursday before ... right around the 4th of july") keeps its own day.
    if (
        plain.latest - plain.earliest
    ).days <= 7 or not plain.earliest <= day.earliest <= plain.latest:
        return None
    return near


# "our daughter was born March 2. She died the next morning": a day said, then a death (or
# other harm) counted from it. The counted day alone was kept, the care's own day lost; the
# span from the day said to the harm holds both.
_HARM_COUNTED_ON = re.compile(
    r"[,.;!?]?\s*(?:and\s+|then\s+)?(?:(?:he|she|they|the\s+baby|my\s+\w+|our\s+\w+)\s+)?"
    r"(?:died|passed(?:\s+away)?|coded|had\s+a\s+(?:stroke|seizure|heart\s+attack))\s+"
    r"(?:(?:the\s+)?(?:next|following)\s+(?:morning|day|night|evening)|"
    r"(?P<n>a|one|two|three|\d)\s+days?\s+later)\b",
    re.IGNORECASE,
)


def _day_then_harm_counted(text: str, today: date) -> DateSpec | None:
    m = _HARM_COUNTED_ON.search(text)
    if m is None:
        return None
    try:
        said = _read_when_said(text[: m.start()], today)
    except DateParseError:
        return None
    if said.precision != "day":
        return None
    raw = (m.group("n") or "1").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    return _range(said.earliest, min(said.earliest + timedelta(days=n), today))


# "3 or 4 wks ago, the tuesday session": the weekday named in a count of weeks either way.
# Half a week either side kept three of the weekday (November 3 to 17); the count's own
# weeks with a plain count's three days either side keep the one or two it can be.
def _weekday_in_either_weeks(text: str, today: date) -> DateSpec | None:
    m = _EITHER_AGO.search(text)
    if m is None or not _WEEKDAY.search(_weekday_words(text)):
        return None
    unit_word = (m.group("u2") or m.group("u1") or "").lower()
    if _UNITS.get(unit_word, unit_word) != "week":
        return None
    if _ANY_YEAR.search(text) or _MONTH_WORD.search(text):
        return None
    ns = []
    for key in ("n1", "n2"):
        raw_n = " ".join(m.group(key).lower().split())
        ns.append(int(raw_n) if raw_n.isdigit() else _NUMBER_WORDS.get(raw_n, 1))
    near, far = min(ns), max(ns)
    if near == far:
        return None
    window = _range(today - timedelta(days=far * 7 + 3), today - timedelta(days=near * 7 - 3))
    picked = _weekdays_in_count(_weekday_words(text), window)
    return picked if picked != window else None


def _narrowed_or_stretched(text: str, today: date) -> DateSpec | None:
    """Round 22's readings of a date answer narrowed or stretched by its own words."""
    return (
        _start_then_end_by(text, today)
        or _nth_weekday_of_month_named(text, today)
        or _day_alternatives_inside(text, today)
        or _right_around_holiday(text, today)
        or _day_then_harm_counted(text, today)
        or _weekday_in_either_weeks(text, today)
    )
