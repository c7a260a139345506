"""Turn "March 2024", "about two years ago" or "summer 2022" into a date range.

People rarely know the exact day. We keep what they said as a range with a
precision (day, month, year or range) so the limitation engine can use the
earliest possible date and say so, instead of inventing a precise day.
dateparser does the parsing, preferring past dates; this module only cleans
the words around a date and handles vague phrases dateparser does not.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser
from dateparser.search import search_dates
from dateutil.relativedelta import relativedelta

_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}
_FILLER = re.compile(
    r"\b(about|around|approximately|approx|roughly|maybe|probably|sometime|some time|"
    r"i think|i believe|it was|it happened|this happened|happened|on|in|during|at|"
    r"the date was|back in|circa|or so|ish)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
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
    r"(?P<unit>day|week|month|year|yr|mo|mth|wk)s?\s+ago\b",
    re.IGNORECASE,
)
_SEASON = re.compile(
    r"\b(?P<which>early|late|mid|middle of|beginning of|end of|last|this)?\s*"
    r"(?P<season>spring|summer|fall|autumn|winter)?\s*(?:of\s*)?(?P<year>(?:19|20)\d\d)?\b",
    re.IGNORECASE,
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_PART_OF_YEAR = re.compile(
    r"\b(?P<which>early|late|mid|middle of|beginning of|end of)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_UNITS = {"yr": "year", "mo": "month", "mth": "month", "wk": "week"}
# Holidays people anchor memories to; a week either side.
_HOLIDAYS = {
    "christmas": (12, 25),
    "xmas": (12, 25),
    "new year": (1, 1),
    "new years": (1, 1),
    "thanksgiving": (11, 25),
    "halloween": (10, 31),
    "fourth of july": (7, 4),
    "july 4th": (7, 4),
    "4th of july": (7, 4),
    "valentine": (2, 14),
    "easter": (4, 10),
    "labor day": (9, 3),
    "memorial day": (5, 28),
}
_HOLIDAY = re.compile(
    r"\b(?P<name>" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")(?:'?s)?"
    r"(?:\s+(?:eve|day))?(?:\s*(?:of\s*)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(r"\b(last|this|past)\s+year\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\s*(?:(?:19|20)\d\d)\s*$")
_EARLIEST_PLAUSIBLE = date(1900, 1, 1)


@dataclass(frozen=True)
class When:
    """A date as precise as the visitor could give it."""

    earliest: date
    latest: date
    precision: str  # day | month | year | range

    @property
    def encoded(self) -> str:
        """Compact form kept in a slot: 2024-03-10, 2024-03, 2023 or a..b."""
        if self.precision == "day":
            return self.earliest.isoformat()
        if self.precision == "month":
            return self.earliest.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.earliest.year)
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"

    def describe(self) -> str:
        if self.precision == "day":
            return self.earliest.strftime("%B %-d, %Y")
        if self.precision == "month":
            return self.earliest.strftime("%B %Y")
        if self.precision == "year":
            return str(self.earliest.year)
        return (
            f"between {self.earliest.strftime('%B %-d, %Y')} "
            f"and {self.latest.strftime('%B %-d, %Y')}"
        )


class DateParseError(ValueError):
    """Why an answer is not a usable date: code is 'unparsed', 'future' or 'too_old'."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def decode(encoded: str) -> When:
    """Inverse of When.encoded, for values read back from slots or the database."""
    if ".." in encoded:
        a, b = encoded.split("..", 1)
        return When(date.fromisoformat(a), date.fromisoformat(b), "range")
    parts = encoded.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(encoded)
        return When(d, d, "day")
    if len(parts) == 2:
        return _month(int(parts[0]), int(parts[1]))
    return _year(int(parts[0]))


def _month(year: int, month: int) -> When:
    last = calendar.monthrange(year, month)[1]
    return When(date(year, month, 1), date(year, month, last), "month")


def _year(year: int) -> When:
    return When(date(year, 1, 1), date(year, 12, 31), "year")


def _range(a: date, b: date) -> When:
    return When(min(a, b), max(a, b), "range")


def _ago(match: re.Match[str], today: date) -> When:
    raw = match.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
    unit = _UNITS.get(match.group("unit").lower(), match.group("unit").lower())
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
            When(centre, centre, "day")
            if not vague
            else _range(today - timedelta(days=n + 2), today - timedelta(days=max(n - 1, 1)))
        )
    if unit == "week":
        centre = today - timedelta(weeks=n)
        return _range(centre - timedelta(days=7), min(centre + timedelta(days=7), today))
    if unit == "month":
        spread = 2 if vague else 1
        return _range(
            today - relativedelta(months=n + spread),
            min(today - relativedelta(months=max(n - spread, 0)), today),
        )
    spread_months = 12 if vague else 6
    centre = today - relativedelta(years=n)
    return _range(
        centre - relativedelta(months=spread_months),
        min(centre + relativedelta(months=spread_months), today),
    )


def _season(text: str, today: date) -> When | None:
    for m in _SEASON.finditer(text):
        season, year, which = m.group("season"), m.group("year"), (m.group("which") or "").lower()
        if not season:
            continue
        season = season.lower()
        if season == "winter":
            y = (
                int(year)
                if year
                else (today.year - 1 if which == "last" or today.month < 12 else today.year)
            )
            return _range(date(y, 12, 1), date(y + 1, 2, calendar.monthrange(y + 1, 2)[1]))
        first, last = _SEASONS[season]
        if year:
            y = int(year)
        else:
            y = today.year if today.month > last and which != "last" else today.year - 1
            if which == "this":
                y = today.year
        return _range(date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]))
    return None


def _part_of_year(text: str) -> When | None:
    m = _PART_OF_YEAR.search(text)
    if not m:
        return None
    y, which = int(m.group("year")), m.group("which").lower()
    if which in {"early", "beginning of"}:
        return _range(date(y, 1, 1), date(y, 4, 30))
    if which in {"late", "end of"}:
        return _range(date(y, 9, 1), date(y, 12, 31))
    return _range(date(y, 5, 1), date(y, 8, 31))


def _holiday(text: str, today: date) -> When | None:
    m = _HOLIDAY.search(text)
    if not m:
        return None
    month, day = _HOLIDAYS[m.group("name").lower()]
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        year = today.year if date(today.year, month, day) <= today else today.year - 1
    centre = date(year, month, day)
    return _range(centre - timedelta(days=7), centre + timedelta(days=7))


def _dateparser(text: str, today: date) -> When | None:
    # Relative words ("yesterday") count from the caller's today, not the clock.
    settings = {**_SETTINGS, "RELATIVE_BASE": datetime.combine(today, datetime.min.time())}
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return _month(d.year, d.month)
    if data.period == "year":
        return _year(d.year)
    if data.period == "week":
        return _range(d - timedelta(days=3), d + timedelta(days=3))
    return When(d, d, "day")


def parse_when(text: str, today: date) -> When:
    """Parse a free-text answer about when something happened.

    Raises DateParseError('unparsed' | 'future' | 'too_old').
    """
    raw = _RELATIVE_YEAR.sub(
        lambda m: str(today.year if m.group(1).lower() == "this" else today.year - 1), text.strip()
    )
    if not raw:
        raise DateParseError("unparsed")
    when = (
        (_ago(m, today) if (m := _AGO.search(raw)) else None)
        or _part_of_year(raw)
        or _season(raw, today)
        or _holiday(raw, today)
    )
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
        hits = [d for s, d in found if any(ch.isdigit() for ch in s) or len(s) > 4]
        if hits:
            d = hits[0].date()
            when = When(d, d, "day")
    if when is None:
        raise DateParseError("unparsed")
    if when.earliest > today:
        raise DateParseError("future")
    if when.latest > today:
        when = When(when.earliest, today, "range" if when.precision != "day" else "day")
    if when.latest < _EARLIEST_PLAUSIBLE:
        raise DateParseError("too_old")
    return when
