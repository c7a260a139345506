"""Dates a Spanish story tells in words the shared English date finder does not read as
they are meant, resolved here from today, and dates in a story that are not the care's.

A wrong story date stands silently in the lead (a narrow one is not asked again), so each
reading here is one the words fix: "el miércoles de la semana pasada" is that Wednesday,
"Semana Santa" Palm Sunday to Easter Sunday, "hoy hace un año exacto" that day. A date
said with a discovery ("el mes pasado me enteré...", "lo descubrieron ayer"), with the
death ("murió el 2 de enero"), as the present ("ya es diciembre") or as background
("tiene diabetes desde el 2010") is no care date; "hace años" is no usable date. The text
is folded (es/replies.fold, "ñ" as "n") before it is read here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from bot.intake.es.dates import MONTHS, SMALL_NUMBERS
from bot.law import DateSpec

_WEEKDAY_NUMBER = {
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "domingo": 6,
}
_WEEKDAY = "|".join(_WEEKDAY_NUMBER)
_MONTH_NUMBER = {m: i for i, m in enumerate(MONTHS, start=1)} | {"setiembre": 9}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# Counts said in words, one to twelve: es/dates.py's table of number words.
_COUNT_WORDS = {word: n for word, n in SMALL_NUMBERS.items() if 1 <= n <= 12}
_COUNT = r"\d{1,2}|" + "|".join(_COUNT_WORDS)
_YEAR_SAID = (
    r"(?:\s+(?:(?:de|del)\s+)?(?P<year>(?:19|20)\d\d)|"
    r"\s+(?:de|del)\s+(?P<rel>ano\s+(?:ante)?pasado|este\s+ano)|\s+(?P<past>(?:ante)?pasad[ao]))?"
)
# Before a date read here these words make it a bound ("después de semana santa", "desde
# el martes pasado tengo fiebre"): some day after or before it, or the harm's start, which
# no reading here gives; its words are left out, and asked.
_BOUND_BEFORE = re.compile(
    r"(?:(?:despues|antes|a\s+partir|luego)\s+(?:de|del)|desde|hasta)\s+(?:la\s+|el\s+)?$"
)


def _count(said: str) -> int:
    return int(said) if said.isdigit() else _COUNT_WORDS[said]


def _year_of(m: re.Match[str], today: date, first_day: Callable[[int], date]) -> int:
    """The year a holiday is told in: said ("de 2024"), "del año pasado" (the calendar year
    before this), "de este año", or the most recent one begun by today ("pasada" too;
    "antepasada" the one before)."""
    said = m.groupdict()
    if said.get("year"):
        return int(said["year"])
    rel = said.get("rel") or ""
    if rel.startswith("este"):
        return today.year
    if rel.startswith("ano"):
        return today.year - (2 if "antepasado" in rel else 1)
    recent = today.year if first_day(today.year) <= today else today.year - 1
    return recent - (1 if (said.get("past") or "").startswith("ante") else 0)


def _holy_week(y: int) -> tuple[date, date]:
    """Semana Santa: Palm Sunday to Easter Sunday (es/dates.py's answer reading too)."""
    return easter(y) - timedelta(days=7), easter(y)


_HOLIDAYS: dict[str, Callable[[int], tuple[date, date]]] = {
    r"semana\s+santa": _holy_week,
    r"(?:dia|noche)\s+de\s+(?:los\s+)?muertos": lambda y: (date(y, 11, 1), date(y, 11, 2)),
}


def _holiday(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:(?:el|la|en)\s+)*(?P<name>{pattern}){_YEAR_SAID}\b")


def _span(first: date, last: date, today: date) -> DateSpec | None:
    """The span, cut at today; None when it starts after today."""
    if first > today:
        return None
    last = min(last, today)
    return DateSpec.exact(first) if first == last else DateSpec(first, last, "range")


def _monday(today: date) -> date:
    return today - timedelta(days=today.weekday())


def _weekday_of_last_week(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el miércoles de la semana pasada": that day of the week before this one (Sunday,
    which ends a Monday week and starts a Sunday one, is not read)."""
    weeks = 2 if m.group("ante") else 1
    day = _monday(today) - timedelta(weeks=weeks) + timedelta(days=_WEEKDAY_NUMBER[m.group("wd")])
    return _span(day, day, today)


def _weekday_past(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el martes pasado", "el pasado martes": the most recent such day before today."""
    back = (today.weekday() - _WEEKDAY_NUMBER[m.group("wd")]) % 7 or 7
    day = today - timedelta(days=back)
    return _span(day, day, today)


def _last_week(m: re.Match[str], today: date) -> DateSpec | None:
    """ "la semana pasada": the calendar week before this one, whether it starts on Sunday
    or Monday (the Sunday before its Monday to the Sunday after), never this week's days."""
    weeks = 2 if m.group("ante") else 1
    monday = _monday(today) - timedelta(weeks=weeks)
    return _span(monday - timedelta(days=1), monday + timedelta(days=6), today)


_UNIT_DELTA = {
    "ano": lambda n: relativedelta(years=n),
    "mes": lambda n: relativedelta(months=n),
    "semana": lambda n: relativedelta(weeks=n),
    "dia": lambda n: relativedelta(days=n),
}


def _exactly_ago(m: re.Match[str], today: date) -> DateSpec | None:
    """ "hoy hace un año exacto", "hace exactamente dos meses": that very day back."""
    unit = m.group("unit").rstrip("s").removesuffix("e")
    if not (m.group("hoy") or m.group("exact") or m.group("after")):
        return None
    day = today - _UNIT_DELTA[unit](_count(m.group("n")))
    return _span(day, day, today)


def _early_year(m: re.Match[str], today: date) -> DateSpec | None:
    """ "a principios de año": January and February of this year (or the one said)."""
    year = today.year - (1 if m.group("last") else 0)
    if m.group("year"):
        year = int(m.group("year"))
    return _span(date(year, 1, 1), date(year, 3, 1) - timedelta(days=1), today)


def _stay(m: re.Match[str], today: date) -> DateSpec | None:
    """ "del 14 al 20 de julio": the whole stay, in the most recent such month."""
    month = _MONTH_NUMBER[m.group("month")]
    year = int(m.group("year")) if m.group("year") else None
    first_day, last_day = int(m.group("a")), int(m.group("b"))
    if year is None:
        year = today.year if date(today.year, month, 1) <= today else today.year - 1
    if not 1 <= first_day < last_day <= calendar.monthrange(year, month)[1]:
        return None
    return _span(date(year, month, first_day), date(year, month, last_day), today)


def _ages(m: re.Match[str], today: date) -> DateSpec | None:
    """ "cuando tenía 34 ... ahora tengo 36": every day one could have been 34 and be 36
    today."""
    then, now = int(m.group("then")), int(m.group("now"))
    if not 0 <= then < now <= then + 60:
        return None
    first = today - relativedelta(years=now - then + 1) + timedelta(days=1)
    last = today - relativedelta(years=now - then - 1) - timedelta(days=1)
    return _span(first, last, today)


_BIRTH = re.compile(
    r"\b(?:parto|nacimiento|nacio|naciera|cesarea|al\s+nacer|dar\s+a\s+luz|di\s+a\s+luz|"
    r"dio\s+a\s+luz|me\s+aliviane|alumbramiento)\b"
)


def _numeric(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el 3/8", "el 10/23": a day written in numbers. Day first is the Latin American
    habit and month first the US one: a second number above 12 makes it month first, a first
    above 12 day first; both 12 or less is kept as both readings' range, as the Spanish
    answer reader keeps "3/10/2024", so the limitation counts from the earlier."""
    a, b = int(m.group("a")), int(m.group("b"))
    readings = []
    for day, month in ((a, b), (b, a)):
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        if m.group("year"):
            y = int(m.group("year"))
            y += 2000 if y < 100 else 0
        else:
            y = today.year if date(today.year, month, 1) <= today else today.year - 1
        if day > calendar.monthrange(y, month)[1]:
            continue
        when = date(y, month, day)
        if when > today and not m.group("year"):
            when = date(y - 1, month, day) if day <= calendar.monthrange(y - 1, month)[1] else when
        if when <= today:
            readings.append(when)
    if not readings:
        return None
    return _span(min(readings), max(readings), today)


def _weekday_and_day(m: re.Match[str], today: date) -> DateSpec | _Doubtful | None:
    """ "el lunes 16 de noviembre": the day, when the weekday said is that day's (the most
    recent such day, or of the year said); otherwise left to be asked."""
    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    when = date(year, month, day)
    if when.weekday() != _WEEKDAY_NUMBER[m.group("wd")]:
        return DOUBTFUL
    return _span(when, when, today)


# Meteorological seasons, by the month each starts in, and how many months each lasts.
_SEASON_START = {"primavera": 3, "verano": 6, "otono": 9, "invierno": 12}


def _this_season(m: re.Match[str], today: date) -> DateSpec | None:
    """ "este otoño": the season of this year, up to today (winter: the one begun in
    December, or the one going on in January and February); None when it has not begun."""
    start_month = _SEASON_START[m.group("season")]
    year = today.year - (1 if start_month == 12 and today.month <= 2 else 0)
    first = date(year, start_month, 1)
    last = first + relativedelta(months=3) - timedelta(days=1)
    return _span(first, last, today)


def _bare_day(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el día de mi cumple, 22 de agosto, ...": a day of the month said alone between
    commas (or opening the story), the most recent such day (or of the year said)."""
    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return _span(date(year, month, day), date(year, month, day), today)


def _month_or_month(m: re.Match[str], today: date) -> DateSpec | None:
    """ "en enero o febrero": both months, the most recent such run not after today."""
    first, second = _MONTH_NUMBER[m.group("a")], _MONTH_NUMBER[m.group("b")]
    if (second - first) % 12 != 1:
        return None  # "en marzo o en octubre": no one span
    year = today.year if date(today.year, second, 1) <= today else today.year - 1
    start = date(year - (1 if first > second else 0), first, 1)
    end = date(year, second, calendar.monthrange(year, second)[1])
    return _span(start, end, today)



class _Doubtful:
    """A resolver's answer for words that date the care but contradict themselves ("el martes
    16 de noviembre" when the 16th was a Monday): no date, and the words are blanked so the
    English finder does not read half of them; the date question asks."""


DOUBTFUL = _Doubtful()
Resolver = Callable[[re.Match[str], date], "DateSpec | _Doubtful | None"]


def _holiday_resolver(days: Callable[[int], tuple[date, date]]) -> Resolver:
    def resolve(m: re.Match[str], today: date) -> DateSpec | None:
        year = _year_of(m, today, lambda y: days(y)[0])
        first, last = days(year)
        return _span(first, last, today)

    return resolve


_RULES: list[tuple[re.Pattern[str], Resolver]] = [
    *((_holiday(p), _holiday_resolver(d)) for p, d in _HOLIDAYS.items()),
    (
        re.compile(
            rf"\b(?:el\s+)?(?P<wd>{_WEEKDAY})\s*,?\s+(?P<day>\d{{1,2}})\s+de\s+"
            rf"(?P<month>{_MONTH})(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _weekday_and_day,
    ),
    (
        re.compile(
            rf"(?:^|(?<=[,;:(]))\s*(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
            r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?(?=\s*[,;:.)]|\s*$)"
        ),
        _bare_day,
    ),
    (
        re.compile(rf"\b(?:en\s+)?(?P<a>{_MONTH})\s+(?:o|u)\s+(?:en\s+)?(?P<b>{_MONTH})\b"),
        _month_or_month,
    ),
    (
        re.compile(r"\b(?:en\s+)?(?:este|esta)\s+(?P<season>primavera|verano|otono|invierno)\b"),
        _this_season,
    ),
    (
        re.compile(
            r"\b(?:el\s+)?(?P<wd>lunes|martes|miercoles|jueves|viernes|sabado)\s+de\s+la\s+"
            r"semana\s+(?P<ante>ante)?pasada\b"
        ),
        _weekday_of_last_week,
    ),
    (
        re.compile(
            rf"\b(?:(?:el|este)\s+)?(?P<wd>{_WEEKDAY})\s+pasado\b|\bel\s+pasado\s+(?P<wd2>{_WEEKDAY})\b"
        ),
        lambda m, today: _weekday_past(_Renamed(m), today),
    ),
    (re.compile(r"\b(?:la\s+)?semana\s+(?P<ante>ante)?pasada\b"), _last_week),
    (
        re.compile(
            r"\b(?P<hoy>hoy\s+(?:mismo\s+)?)?hace\s+(?P<exact>(?:exactamente|justo|justamente)\s+)?"
            rf"(?P<n>{_COUNT})\s+(?P<unit>anos?|mes(?:es)?|semanas?|dias?)"
            r"(?P<after>\s+(?:exactos?|exactas?|justos?|justas?|cabales))?\b"
        ),
        _exactly_ago,
    ),
    (
        re.compile(
            r"\b(?:a\s+|en\s+|por\s+)?(?:principios|inicios|comienzos)\s+(?:de|del)\s+"
            r"(?:(?P<last>ano\s+pasado)|ano(?!\s+pasado)(?:\s+(?P<year>(?:19|20)\d\d))?|"
            r"este\s+ano)\b"
        ),
        _early_year,
    ),
    (
        re.compile(
            rf"\b(?:del|desde\s+el)\s+(?P<a>\d{{1,2}})\s+(?:al|hasta\s+el)\s+(?P<b>\d{{1,2}})\s+"
            rf"de\s+(?P<month>{_MONTH})(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _stay,
    ),
    (
        re.compile(
            r"\bcuando\s+(?:yo\s+)?(?:tenia|tuve)\s+(?P<then>\d{1,3})(?:\s+anos)?\b"
            r"[\s\S]{0,160}?"
            r"\b(?:(?:ahora|ahorita|hoy|ya)\s+(?:tengo|tiene|cumpli|cumplio)\s+(?P<now>\d{1,3})|"
            r"(?:tengo|tiene)\s+(?P<now2>\d{1,3})(?:\s+anos)?\s+(?:ahora|ahorita|ya))\b"
        ),
        lambda m, today: _ages(_Renamed(m, {"now": "now2"}), today),
    ),
    (
        re.compile(
            r"(?<![\d/])\b(?:el|del|desde\s+el|para\s+el|en)\s+(?:dia\s+)?(?P<a>\d{1,2})/"
            r"(?P<b>\d{1,2})(?:/(?P<year>(?:19|20)?\d\d))?(?![\d/])"
        ),
        _numeric,
    ),
]


class _Renamed:
    """A match whose group is read under another name when the first did not take part
    ("el martes pasado" or "el pasado martes")."""

    def __init__(self, m: re.Match[str], other: dict[str, str] | None = None) -> None:
        self._m = m
        self._other = other if other is not None else {"wd": "wd2"}

    def group(self, name: str) -> str:
        said = self._m.group(name)
        if said is None and name in self._other:
            said = self._m.group(self._other[name])
        return said


# A birthday ("cumplió 2 años el 15 de octubre"): with a birth told, the day of the birth;
# otherwise no date of the care.
_BIRTHDAY = re.compile(
    rf"\b(?P<verb>cumplio|cumple|cumplira|hizo|va\s+a\s+cumplir)\s+(?P<n>{_COUNT})\s+anos?\s+"
    r"(?:el\s+(?:dia\s+)?|en\s+)?(?P<day>\d{1,2})\s+de\s+"
    rf"(?P<month>{_MONTH})\b"
)
# Words with no usable date: "hace años", "hace mucho tiempo", "hace rato".
_NO_DATE = re.compile(
    r"\bhace\s+(?:(?:muchos|varios|tantos|algunos)\s+)?anos\b|"
    r"\bhace\s+(?:mucho\s+|bastante\s+)?tiempo\b|\bhace\s+(?:un\s+)?rato\b"
)
# The present said as a month ("ya es diciembre", "ya estamos en diciembre").
_PRESENT = re.compile(rf"\b(?:ya\s+es|ya\s+estamos\s+en|estamos\s+en)\s+(?:{_MONTH})\b")
# Background since a year or month ("diabetes desde el 2010", "lo atiende desde 2018").
_SINCE = re.compile(
    rf"\bdesde\s+(?:el\s+)?(?:(?:19|20)\d\d|(?:el\s+mes\s+de\s+)?(?:{_MONTH})(?:\s+(?:de|del)\s+"
    r"(?:19|20)\d\d)?)\b"
)


def _birthday(m: re.Match[str], today: date, birth_told: bool) -> DateSpec | None:
    if not birth_told:
        return None
    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    passed = (month, day) <= (today.month, today.day)
    if m.group("verb") in ("cumplio", "hizo"):
        year = today.year if passed else today.year - 1  # the most recent birthday
    else:
        year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    born = date(year, month, day) - relativedelta(years=_count(m.group("n")))
    return _span(born - timedelta(days=1), born, today)  # the labor may start the day before


def own_dates(folded: str, today: date) -> tuple[str, list[DateSpec]]:
    """The dates read here, and the text with their words (and words with no care date)
    blanked, for the English finder to read the rest."""
    found: list[DateSpec] = []
    stays: list[DateSpec] = []
    birth_told = bool(_BIRTH.search(folded))

    def take(resolve: Resolver) -> Callable[[re.Match[str]], str]:
        def blank(m: re.Match[str]) -> str:
            if _BOUND_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]):
                # "después de semana santa": some day after it, not it; asked
                return " " * len(m.group())
            when = resolve(m, today)
            if when is None:
                return m.group()
            if isinstance(when, _Doubtful):
                return " " * len(m.group())
            if when not in found:
                found.append(when)
            if resolve is _stay:
                stays.append(when)
            return " " * len(m.group())

        return blank

    t = _BIRTHDAY.sub(take(lambda m, today: _birthday(m, today, birth_told)), folded)
    t = _BIRTHDAY.sub(lambda m: " " * len(m.group()), t)  # a birthday with no birth told
    for pattern, resolve in _RULES:
        t = pattern.sub(take(resolve), t)
    for pattern in (_NO_DATE, _PRESENT, _SINCE):
        t = pattern.sub(lambda m: " " * len(m.group()), t)
    for stay in stays:
        t = _day_in_stay(t, stay, found)
    return t, found


# A day of a stay singled out ("el día 5 una enfermera le puso...", "el 5 le dieron").
_DAY_SINGLED_OUT = re.compile(
    r"\bel\s+dia\s+(?P<d>\d{1,2})\b(?!\s*(?:de\b|/|al\b))|"
    r"\bel\s+(?P<d2>\d{1,2})\s+(?=(?:le|lo|la|les|me|nos|se|una|un|el|la)\s)"
)


def _day_in_stay(t: str, stay: DateSpec, found: list[DateSpec]) -> str:
    """A stay with one of its days singled out is dated by that day, as the care that went
    wrong; two days singled out leave the whole stay."""
    days = {int(m.group("d") or m.group("d2")): m for m in _DAY_SINGLED_OUT.finditer(t)}
    inside = [d for d in days if stay.earliest.day <= d <= stay.latest.day]
    if len(inside) != 1 or stay.earliest.month != stay.latest.month:
        return t
    m = days[inside[0]]
    found[found.index(stay)] = DateSpec.exact(stay.earliest.replace(day=inside[0]))
    return t[: m.start()] + " " * (m.end() - m.start()) + t[m.end() :]


# Finding out, not the care: "el mes pasado me enteré", "en junio me dijeron que la grapa
# se soltó", "lo descubrieron ayer", "en noviembre me encontré la bolita". A diagnosis told
# ("me dijeron que era gastritis", "que todo estaba bien") is the care, and is kept.
_DIAGNOSIS_TOLD = (
    r"(?!\s*(?:q|que)\s+(?:(?:solo|nomas|nada\s+mas)\s+)?(?:era|es|no\s+era|no\s+es|no\s+tenia|"
    r"no\s+tiene|no\s+habia|no\s+hay|todo|estaba\s+bien|esta\s+bien|no\s+pasaba|"
    r"no\s+pasa|era\s+normal|es\s+normal)\b)"
)
_FOUND_OUT = re.compile(
    r"\b(?:me\s+entere|nos\s+enteramos|se\s+entero|se\s+enteraron|me\s+di\s+cuenta|"
    r"nos\s+dimos\s+cuenta|se\s+dio\s+cuenta|descubri|descubrimos|(?:lo\s+|la\s+)?descubrieron|"
    r"(?:lo\s+|la\s+)?descubrio|supe|supimos|me\s+encontre|(?:lo\s+|la\s+|me\s+)?encontraron|"
    r"me\s+avisaron|nos\s+avisaron|me\s+informaron|nos\s+informaron|"
    rf"(?:me|nos)\s+(?:dijeron|dijo){_DIAGNOSIS_TOLD})\b"
)
_DEATH = re.compile(r"\b(?:fallecio|murio|se\s+murio|se\s+nos\s+fue|amanecio\s+muert[oa])\b")
# What starts a clause: its words before a verb belong to that verb.
_CLAUSE_START = re.compile(
    r"[.;:!?,()]|\b(?:y|e|pero|q|que|cuando|porque|pues|aunque|despues|luego)\b"
)
_CLAUSE_END = re.compile(r"[.;:!?,()]|\b(?:y|pero|q|que|porque|cuando|aunque)\b")


# After a death word, what tells its cause may date the care ("murió por la operación
# del 5 de mayo"): the death's own words end there.
_CAUSE = re.compile(
    r"\b(?:por|despues|tras|durante|debido|a\s+causa|en\s+(?:la|el)\s+(?:operacion|cirugia|"
    r"parto|procedimiento))\b"
)


def _words_after(
    text: str, at: int, most: int, end_at: re.Pattern[str] = _CLAUSE_END
) -> tuple[int, int]:
    """The span of at most `most` words after `at`, up to where the clause ends."""
    ends = [m.start() for m in (_CLAUSE_END.search(text, at), end_at.search(text, at)) if m]
    end = min(ends) if ends else None
    stop = end if end is not None else len(text)
    words = list(re.finditer(r"\S+", text[at:stop]))[:most]
    return (at, at + words[-1].end()) if words else (at, at)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def other_dates_blanked(folded: str) -> tuple[str, list[str]]:
    """The story with the words dating a finding out blanked (the few words of the clause
    before the verb, and those just after it), and those just after a death ("murió el 2 de
    enero") too; with the death's words, so the caller may tell that the death is dated."""
    spans: list[tuple[int, int]] = []
    for m in _FOUND_OUT.finditer(folded):
        starts = list(_CLAUSE_START.finditer(folded, 0, m.start()))
        start = starts[-1].end() if starts else 0
        if len(folded[start : m.start()].split()) <= 6:
            spans.append((start, m.start()))
        spans.append(_words_after(folded, m.end(), 4))
    deaths: list[str] = []
    for m in _DEATH.finditer(folded):
        a, b = _words_after(folded, m.end(), 12, _CAUSE)
        spans.append((a, b))
        deaths.append(folded[a:b])
    return _blank(folded, spans), deaths
