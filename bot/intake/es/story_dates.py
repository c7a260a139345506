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

from bot.intake import story as english
from bot.intake.dates import DateParseError, weekday_before
from bot.intake.es.dates import MONTHS, SMALL_NUMBERS, date_words_to_english, parse_when
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


def _christmas(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el día de Navidad": December 25; "en Navidad", "para Navidad": the day, give or
    take one (Christmas Eve is the feast for many), as the Spanish answer reader reads it,
    not the days around it ("en las navidades", "por las fiestas" are left as they are)."""
    day = m.group("day") is not None
    year = _year_of(m, today, lambda y: date(y, 12, 25 if day else 24))
    if day:
        return _span(date(year, 12, 25), date(year, 12, 25), today)
    return _span(date(year, 12, 24), date(year, 12, 26), today)


_FIESTA = (
    r"(?:(?:la|el)\s+)?(?:navidad(?:es)?|noche\s*buena|ano\s+nuevo|(?:dia\s+de\s+)?accion\s+de\s+gracias|"
    r"thanksgiving|dia\s+de\s+(?:las|la)\s+madres?|dia\s+del\s+padre|"
    r"dia\s+de\s+(?:los\s+)?reyes|halloween|black\s+friday|labor\s+day|memorial\s+day|"
    r"dia\s+de\s+(?:san\s+valentin|los\s+enamorados))"
)


def _near_fiesta(m: re.Match[str], today: date) -> DateSpec | None:
    """ "unos días después de Navidad", "la semana antes de Navidad", "el día de las
    madres del 2024": the days the Spanish answer reader gives the words (the English
    finder would read the fiesta's days, or this year's fiesta)."""
    try:
        return parse_when(m.group(), today)
    except DateParseError:
        return None


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
    day = weekday_before(today, _WEEKDAY_NUMBER[m.group("wd")])
    return _span(day, day, today)


def _weekday_before_last(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el sábado antepasado": a week before "el sábado pasado" (the English "the Saturday
    before last", as the answer reader reads it)."""
    day = weekday_before(today, _WEEKDAY_NUMBER[m.group("wd")]) - timedelta(days=7)
    return _span(day, day, today)


def _last_week(m: re.Match[str], today: date) -> DateSpec | None:
    """ "la semana pasada": the calendar week before this one, Monday to Sunday, as the
    answer reader and the English "last week" read it (one rule for every reader)."""
    weeks = 2 if m.group("ante") else 1
    monday = _monday(today) - timedelta(weeks=weeks)
    return _span(monday, monday + timedelta(days=6), today)


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


def _day_said(m: re.Match[str], today: date) -> date | None:
    """The day and month of the match (groups month, day, year), in the year said or else
    the most recent one on or before today; None for a day the month lacks ("30 de
    febrero")."""
    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _bare_day(m: re.Match[str], today: date) -> DateSpec | None:
    """ "el día de mi cumple, 22 de agosto, ...": a day of the month said alone between
    commas (or opening the story), the most recent such day (or of the year said)."""
    said = _day_said(m, today)
    return _span(said, said, today) if said else None


def _months_listed(m: re.Match[str], today: date) -> DateSpec | None:
    """ "en marzo, en abril y otra vez en mayo": visits in three or more months in a row,
    each missing the same thing, from the first day of the first to the last of the last
    (the most recent such run not after today). Two months ("en junio y otra vez en
    septiembre") may be two cares: left to be asked."""
    months = [_MONTH_NUMBER[w] for w in re.findall(_MONTH, m.group())]
    steps = [(b - a) % 12 for a, b in zip(months, months[1:], strict=False)]
    if len(months) < 3 or any(step != 1 for step in steps):
        return None
    last = months[-1]
    year = today.year if date(today.year, last, 1) <= today else today.year - 1
    span = sum(steps)
    start = date(year, last, 1) - relativedelta(months=span)
    end = date(year, last, calendar.monthrange(year, last)[1])
    return _span(start, end, today)


def _month_or_month(m: re.Match[str], today: date) -> DateSpec | None:
    """ "en enero o febrero": both months, the most recent such run not after today."""
    first, second = _MONTH_NUMBER[m.group("a")], _MONTH_NUMBER[m.group("b")]
    if (second - first) % 12 != 1:
        return None  # "en marzo o en octubre": no one span
    year = today.year if date(today.year, second, 1) <= today else today.year - 1
    start = date(year - (1 if first > second else 0), first, 1)
    end = date(year, second, calendar.monthrange(year, second)[1])
    return _span(start, end, today)


def _weekday_and_number(m: re.Match[str], today: date) -> DateSpec | _Doubtful | None:
    """ "el lunes 30": the most recent day of that number, when it fell on that weekday;
    otherwise left to be asked."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    first = today.replace(day=1)
    for back in range(2):
        month_start = first - relativedelta(months=back)
        if day > calendar.monthrange(month_start.year, month_start.month)[1]:
            continue
        when = month_start.replace(day=day)
        if when > today:
            continue
        if when.weekday() != _WEEKDAY_NUMBER[m.group("wd")]:
            return DOUBTFUL
        return _span(when, when, today)
    return DOUBTFUL


def _week_before(m: re.Match[str], today: date) -> DateSpec | _Doubtful | None:
    """ "la semana antes de que empezaran las clases, entraron el lunes 10 de agosto": the
    seven days before the day (from the Sunday eight days before, when it is a Monday, for
    both week starts); a weekday that is not the day's leaves it to be asked."""
    said = _bare_day(m, today)
    if said is None:
        return None
    day = said.earliest
    if m.group("wd") and day.weekday() != _WEEKDAY_NUMBER[m.group("wd")]:
        return DOUBTFUL
    back = 8 if day.weekday() == 0 else 7
    return _span(day - timedelta(days=back), day - timedelta(days=1), today)


def _next_to_day(m: re.Match[str], today: date) -> DateSpec | _Doubtful | None:
    """ "justo después del 4 de julio", "unos días antes del 15 de agosto": the week after
    (or before) the day, not the day; a bare "después del 4 de julio" is a bound, asked."""
    said = _day_said(m, today)
    if said is None:
        return None
    if not m.group("near"):
        return DOUBTFUL
    if m.group("dir") == "despues":
        return _span(said + timedelta(days=1), said + timedelta(days=7), today)
    return _span(said - timedelta(days=7), said - timedelta(days=1), today)


class _Two:
    """Two days said together ("el 3 y el 8 de marzo"): two care dates, so none is taken."""

    def __init__(self, first: DateSpec, second: DateSpec) -> None:
        self.days = (first, second)


def _admitted(m: re.Match[str], today: date) -> DateSpec | None:
    """ "me internaron el 3 de septiembre": the day of the admission (a later day of the
    stay singled out, "y el 5 una enfermera...", dates the care instead: own_dates)."""
    return _bare_day(m, today)


def _two_days(m: re.Match[str], today: date) -> DateSpec | _Two | None:
    """ "el 3 y el 8 de marzo": both days (two dates, asked); "el 3 o el 4 de marzo", "el
    3 o 4": one of them, the span."""
    month = _MONTH_NUMBER[m.group("month")]
    year = int(m.group("year")) if m.group("year") else None
    a, b = int(m.group("a")), int(m.group("b"))
    if year is None:
        year = today.year if (month, max(a, b)) <= (today.month, today.day) else today.year - 1
    last = calendar.monthrange(year, month)[1]
    if not (1 <= a <= last and 1 <= b <= last) or a == b:
        return None
    first, second = date(year, month, min(a, b)), date(year, month, max(a, b))
    if m.group("join") in ("o", "u"):
        return _span(first, second, today)
    one, two = _span(first, first, today), _span(second, second, today)
    return _Two(one, two) if one and two else None


class _Doubtful:
    """A resolver's answer for words that date the care but contradict themselves ("el martes
    16 de noviembre" when the 16th was a Monday): no date, and the words are blanked so the
    English finder does not read half of them; the date question asks."""


DOUBTFUL = _Doubtful()
Resolver = Callable[[re.Match[str], date], "DateSpec | _Doubtful | _Two | None"]


def _holiday_resolver(days: Callable[[int], tuple[date, date]]) -> Resolver:
    def resolve(m: re.Match[str], today: date) -> DateSpec | None:
        year = _year_of(m, today, lambda y: days(y)[0])
        first, last = days(year)
        return _span(first, last, today)

    return resolve


# "cuando tenía 34 ... ahora tengo 36", "tenía 17 años cuando me operaron ... ahora tengo 20"
_AGES = re.compile(
    r"\b(?:cuando\s+(?:yo\s+)?(?:tenia|tuve)\s+(?P<then>\d{1,3})(?:\s+an(?:it)?os)?|"
    r"(?:yo\s+)?tenia\s+(?P<then2>\d{1,3})\s+an(?:it)?os\s+cuando)\b"
    r"[\s\S]{0,160}?"
    r"\b(?:(?:ahora|ahorita|hoy|ya)\s+(?:tengo|tiene|cumpli|cumplio)\s+(?P<now>\d{1,3})|"
    r"(?:tengo|tiene)\s+(?P<now2>\d{1,3})(?:\s+an(?:it)?os)?\s+(?:ahora|ahorita|ya))\b"
)
_SEASON_SAID = re.compile(r"\ben\s+(?:el|la)\s+(?P<season>primavera|verano|otono|invierno)\b")


def age_at_season(folded: str, today: date) -> tuple[str, DateSpec | None]:
    """ "tenía 17 años cuando me operaron en el verano ..., ahora tengo 20": every day of
    that season on which one could have been 17 and be 20 today, as one span; the age's
    and the season's words blanked. Nothing when it is not told so."""
    ages, seasons = list(_AGES.finditer(folded)), list(_SEASON_SAID.finditer(folded))
    if len(ages) != 1 or len(seasons) != 1:
        return folded, None
    span = _ages(_Renamed(ages[0], {"now": "now2", "then": "then2"}), today)
    if span is None:
        return folded, None
    start_month = _SEASON_START[seasons[0].group("season")]
    days = []
    for year in range(span.earliest.year - 1, span.latest.year + 1):
        first = date(year, start_month, 1)
        last = first + relativedelta(months=3) - timedelta(days=1)
        if first <= span.latest and last >= span.earliest:
            days += [max(first, span.earliest), min(last, span.latest)]
    when = _span(min(days), max(days), today) if days else None
    if when is None:
        return folded, None
    return _blank(folded, [ages[0].span(), seasons[0].span()]), when


_RULES: list[tuple[re.Pattern[str], Resolver]] = [
    (
        re.compile(
            r"(?:(?<=\s)|^)(?:(?P<day>(?:el\s+)?(?:mero\s+)?dia\s+de)|(?:en|para)(?:\s+la)?)\s+"
            rf"navidad(?!es){_YEAR_SAID}\b"
        ),
        _christmas,
    ),
    (
        re.compile(
            r"\b(?:justo|poco|recien|unos\s+(?:pocos\s+|cuantos\s+)?dias|un\s+par\s+de\s+dias|"
            r"(?:la|una)\s+semana|algunos\s+dias|pocos\s+dias)\s+(?:despues|antes)\s+(?:de|del)\s+"
            rf"{_FIESTA}{_YEAR_SAID}\b"
        ),
        _near_fiesta,
    ),
    *((_holiday(p), _holiday_resolver(d)) for p, d in _HOLIDAYS.items()),
    (
        re.compile(
            r"\b(?:(?:el\s+)?(?:mero\s+)?dia\s+de\s+)?"
            rf"{_FIESTA}\s+(?:de|del)\s+(?:(?:19|20)\d\d|ano\s+(?:ante)?pasado)\b"
        ),
        _near_fiesta,
    ),
    (
        re.compile(
            r"\b(?:la|una)\s+semana\s+(?:antes|previa|anterior)\s*(?:(?:de|a)\s+)?"
            r"(?:[^.;\d]{0,60}?\s)?"
            rf"(?:el\s+)?(?:(?P<wd>{_WEEKDAY})\s*,?\s+)?(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
            r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _week_before,
    ),
    (
        re.compile(
            rf"\b(?:el\s+)?(?P<wd>{_WEEKDAY})\s*,?\s+(?P<day>\d{{1,2}})\s+de\s+"
            rf"(?P<month>{_MONTH})(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _weekday_and_day,
    ),
    (
        re.compile(
            r"\b(?:(?:me|lo|la|le|nos|los|las)\s+(?:internaron|hospitalizaron|ingresaron|"
            r"admitieron|dejaron\s+internad[oa]s?)|(?:ingrese|ingreso|entre|entro)\s+al\s+hospital|"
            r"(?:estuve|estuvo)\s+internad[oa]\s+desde)\s+(?:[a-z]+\s+){0,3}?el\s+(?:dia\s+)?"
            rf"(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
            r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _admitted,
    ),
    (
        re.compile(
            r"(?:\b(?P<near>justo|poco|recien|unos\s+(?:cuantos\s+)?dias|un\s+par\s+de\s+dias|"
            r"pocos\s+dias)\s+)?\b(?P<dir>despues|antes)\s+(?:de|del)\s+(?:el\s+)?(?:dia\s+)?"
            rf"(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
            r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _next_to_day,
    ),
    (
        re.compile(
            r"\b(?:el\s+|los\s+dias\s+)(?:dia\s+)?(?P<a>\d{1,2})\s+(?P<join>y|e|o|u)\s+"
            rf"(?:el\s+(?:dia\s+)?)?(?P<b>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
            r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _two_days,
    ),
    (
        re.compile(
            rf"\b(?:el\s+)?(?P<wd>{_WEEKDAY})\s*,?\s+(?P<day>\d{{1,2}})\b"
            r"(?!\s*(?:de\b|del\b|/|:|\.\d|\d|%|a\.?\s*m|p\.?\s*m|(?:minutos?|min|horas?|hrs?|"
            r"dias?|semanas?|meses|anos?|veces|pastillas?|mg|puntos?|grados?|puntadas?)\b))"
        ),
        _weekday_and_number,
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
        re.compile(
            rf"\ben\s+(?:{_MONTH})(?:\s*,\s*(?:en\s+)?(?:{_MONTH}))*\s*,?\s+(?:y|e)\s+"
            rf"(?:(?:otra\s+vez|de\s+nuevo|luego|despues|tambien)\s+)?(?:en\s+)?(?:{_MONTH})\b"
            r"(?!\s+(?:de|del)\s+(?:19|20)\d\d)"
        ),
        _months_listed,
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
    (
        re.compile(rf"\b(?:el\s+)?(?P<wd>{_WEEKDAY})\s+antepasa(?:d)?o\b"),
        _weekday_before_last,
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
    (_AGES, lambda m, today: _ages(_Renamed(m, {"now": "now2", "then": "then2"}), today)),
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
    r"\b(?P<verb>cumplio|cumpli|cumple|cumplo|cumplira|cumplire|hizo|va\s+a\s+cumplir|"
    r"voy\s+a\s+cumplir)\s+"
    rf"(?P<n>{_COUNT})(?:\s+an(?:it)?os?)?\s+(?:el\s+(?:dia\s+)?|en\s+)?(?P<day>\d{{1,2}})\s+de\s+"
    rf"(?P<month>{_MONTH})\b"
)
# The care told as a birthday of the one writing or the patient ("el día que cumplí 40 me
# hice la mamografía"), dated by the birthday the story gives ("cumplo 42 el 9 de marzo").
_ON_BIRTHDAY = re.compile(
    r"\b(?:el\s+dia\s+(?:en\s+)?que|cuando)\s+(?:cumpli|cumplio|cumplia|cumplimos)\s+"
    rf"(?P<a>{_COUNT})(?:\s+an(?:it)?os?)?\b"
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


def _born(m: re.Match[str], today: date) -> date | None:
    """The birth a birthday tells ("cumplió 2 años el 15 de octubre", "cumplo 42 el 9 de
    marzo"): a past verb the most recent such birthday, a present or future one the next."""
    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    passed = (month, day) <= (today.month, today.day)
    if m.group("verb") in ("cumplio", "cumpli", "hizo"):
        year = today.year if passed else today.year - 1  # the most recent birthday
    else:
        year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day) - relativedelta(years=_count(m.group("n")))


def _birthday(m: re.Match[str], today: date, birth_told: bool) -> DateSpec | None:
    born = _born(m, today) if birth_told else None
    if born is None:
        return None
    return _span(born - timedelta(days=1), born, today)  # the labor may start the day before


def _care_on_birthday(folded: str, today: date) -> tuple[str, DateSpec | None]:
    """ "el día que cumplí 40 me hice la mamografía ... cumplo 42 el 9 de marzo": the
    birthday at that age, when the story gives the birthday once; both phrases blanked."""
    said = list(_ON_BIRTHDAY.finditer(folded))
    days = list(_BIRTHDAY.finditer(folded))
    if len(said) != 1 or len(days) != 1:
        return folded, None
    born = _born(days[0], today)
    if born is None:
        return folded, None
    try:
        day = born + relativedelta(years=_count(said[0].group("a")))
    except OverflowError:
        return folded, None
    when = _span(day, day, today)
    if when is None:
        return folded, None
    text = _blank(folded, [days[0].span(), said[0].span()])
    return text, when


# A date taken back in the story ("el jueves 15 de octubre, no espera, fue el 16", "en
# junio.. no, en julio", "en 2023, digo, en 2024"): the words of the first are dropped, and
# a day said alone in the correction takes the month (and year) of the one it corrects.
_TAKEN_BACK = (
    r"(?:\s*(?:\.{2,}|[,;.])\s*(?:no|digo|perdon|mejor\s+dicho)|\s+(?:digo|perdon|mejor\s+dicho))"
    r"\s*[,.]?\s*(?:(?:espera|esperate|perdon|mentira|me\s+equivoque|digo)\s*[,.]?\s*)?"
    r"(?:(?:fue|era)\s+)?"
)
_CORRECTED_DAY = re.compile(
    rf"\b(?:el\s+)?(?:(?P<owd>{_WEEKDAY})\s*,?\s+)?(?P<oday>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
    r"(?P<year>\s+(?:de|del)\s+(?:19|20)\d\d)?"
    + _TAKEN_BACK
    + rf"el\s+(?:dia\s+)?(?:(?P<nwd>{_WEEKDAY})\s*,?\s+)?(?P<nday>\d{{1,2}})\b"
    + rf"(?!\s*(?:de\s|del\s|/|\d))(?:\s*,?\s*(?:el\s+)?(?P<nwd2>{_WEEKDAY})\b)?"
)
_CORRECTED_FULL = re.compile(
    rf"\b(?:el\s+)?(?:(?:{_WEEKDAY})\s*,?\s+)?\d{{1,2}}\s+de\s+(?:{_MONTH})"
    r"(?:\s+(?:de|del)\s+(?:19|20)\d\d)?"
    + _TAKEN_BACK
    + rf"(?=el\s+(?:dia\s+)?(?:(?:{_WEEKDAY})\s*,?\s+)?\d{{1,2}}\s+de\s+(?:{_MONTH})\b)"
)
_CORRECTED_OTHER = re.compile(
    rf"\b(?:(?:en|el)\s+)?(?:(?:{_MONTH})|(?:19|20)\d\d|(?:{_WEEKDAY}))"
    + _TAKEN_BACK
    + rf"(?=(?:(?:en|el)\s+)?(?:(?:{_MONTH})|(?:19|20)\d\d|(?:{_WEEKDAY}))\b)"
)


def _taken_back(folded: str) -> str:
    """The story with each date taken back blanked, the correction kept (a day alone given
    the corrected date's month and year, and its weekday if said)."""

    def day(m: re.Match[str]) -> str:
        wd = m.group("nwd") or m.group("nwd2") or ""
        said = f"el {wd} {m.group('nday')} de {m.group('month')}{m.group('year') or ''}"
        said = " ".join(said.split())
        pad = len(m.group()) - len(said)
        return " " * max(pad, 1) + said

    t = _CORRECTED_FULL.sub(lambda m: " " * len(m.group()), folded)
    t = _CORRECTED_DAY.sub(day, t)
    t = _CORRECTED_OTHER.sub(lambda m: " " * len(m.group()), t)
    return _NARROWED_MONTH.sub(lambda m: " " * len(m.group()), t)


# A month narrowed at once by a day of it ("en julio, justo después del 4 de julio", "en
# marzo, el 12 de marzo"): the narrower date is the one; the month's words are dropped.
_NARROWED_MONTH = re.compile(
    rf"\b(?:en\s+)?(?P<m>{_MONTH})\s*,\s*(?=[^.;,]{{0,40}}?\b\d{{1,2}}\s+de\s+(?P=m)\b)"
)


def own_dates(folded: str, today: date) -> tuple[str, list[DateSpec]]:
    """The dates read here, and the text with their words (and words with no care date)
    blanked, for the English finder to read the rest."""
    found: list[DateSpec] = []
    stays: list[tuple[DateSpec, DateSpec]] = []
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
            if isinstance(when, _Two):
                found.extend(day for day in when.days if day not in found)
                return " " * len(m.group())
            if when not in found:
                found.append(when)
            if resolve is _stay:
                stays.append((when, when))
            elif resolve is _admitted:
                # the stay runs on from the admission, to the end of its month here
                end = date(when.earliest.year, when.earliest.month, 1) + relativedelta(
                    months=1, days=-1
                )
                stays.append((when, DateSpec(when.earliest + timedelta(days=1), end, "range")))
            return " " * len(m.group())

        return blank

    folded = _taken_back(folded)
    t, on_birthday = _care_on_birthday(folded, today)
    if on_birthday is not None:
        found.append(on_birthday)
    t, at_season = age_at_season(t, today)
    if at_season is not None:
        found.append(at_season)
    t, child_age = child_age_at_care(t, today)
    if child_age is not None:
        found.append(child_age)
    t = _BIRTHDAY.sub(take(lambda m, today: _birthday(m, today, birth_told)), t)
    t = _BIRTHDAY.sub(lambda m: " " * len(m.group()), t)  # a birthday with no birth told
    for pattern, resolve in _RULES:
        t = pattern.sub(take(resolve), t)
    for pattern in (_NO_DATE, _PRESENT, _SINCE):
        t = pattern.sub(lambda m: " " * len(m.group()), t)
    for taken, stay in stays:
        t = _day_in_stay(t, taken, stay, found)
    return t, found


# A child's age when the care came ("cuando tenía 3 semanas de nacida", "mi hijo tenía 4
# meses cuando la pediatra...") counted from the birth the story dates ("nació el 14 de
# julio") or from the age told now ("ahora tiene 2 años"). A pregnancy's months are no age.
_CHILD = r"\b(?:hij[oa]s?|bebes?|nin[oa]s?|nene|nena|niet[oa]s?|chiquit[oa]|baby)\b"
_AGE_AT = re.compile(
    rf"\b(?P<lead>cuando\s+)?(?:tenia|cumplia|cumplio|a\s+l[oa]s)\s+(?P<n>{_COUNT})\s+"
    r"(?P<unit>dias?|semanas?|mes(?:es)?)\b(?P<of>\s+de\s+(?:nacid[oa]s?|vida|edad))?"
    # "tenía 3 meses de embarazo", "tenía 2 semanas con fiebre": no age
    r"(?!\s+(?:de|con|sin|que|en|internad[oa]s?|hospitalizad[oa]s?|enferm[oa]s?)\b)"
    r"(?P<then>\s+cuando\b)?"
)
_BORN_ON = re.compile(
    r"\b(?:nacio|naci|nacieron|dio\s+a\s+luz|di\s+a\s+luz|tuve\s+a\s+mi\s+\w+)\s+"
    rf"(?:el\s+(?:dia\s+)?)?(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH})"
    r"(?:\s+(?:de|del)\s+(?P<year>(?:19|20)\d\d))?\b"
)
_AGE_NOW = re.compile(
    rf"\b(?:(?:ahora|ahorita|hoy|ya)\s+(?:tiene|tengo)\s+(?P<a>{_COUNT})\s+(?P<ua>an(?:it)?os?|mes(?:es)?)|"
    rf"(?:tiene|tengo)\s+(?P<b>{_COUNT})\s+(?P<ub>an(?:it)?os?|mes(?:es)?)\s+(?:ahora|ahorita|ya))\b"
)
# A child's age now, told with an injury at the birth ("mi hijo tiene 6 años y tiene
# parálisis cerebral por falta de oxígeno al nacer"): the birth, from that age.
_CHILD_AGE = re.compile(
    rf"{_CHILD}\s+(?:(?:ya|ahora|ahorita|hoy)\s+)?(?:tiene|cumplio)\s+(?P<n>{_COUNT})\s+"
    r"(?P<unit>an(?:it)?os?|mes(?:es)?)\b(?!\s+(?:de|con|que|cuando)\b)"
)
_HURT_AT_BIRTH = re.compile(
    r"\b(?:al\s+nacer|en\s+el\s+parto|durante\s+el\s+parto|(?:la|una)\s+cesarea|"
    r"(?:nacio|nacido|nacida)\s+(?:sin\s+respirar|morad[oa]|con\s+(?:el|la|los|las)\b)|"
    r"paralisis\s+de\s+erb|forceps|distocia)"
)


def _unit(unit: str, n: int) -> relativedelta:
    if unit.startswith("dia"):
        return relativedelta(days=n)
    if unit.startswith("semana"):
        return relativedelta(weeks=n)
    if unit.startswith("mes"):
        return relativedelta(months=n)
    return relativedelta(years=n)


def _born_between(n: int, unit: str, today: date) -> tuple[date, date]:
    """The days one could have been born on who is n years (or months) old today."""
    return today - _unit(unit, n + 1) + timedelta(days=1), today - _unit(unit, n)


def child_age_at_care(folded: str, today: date) -> tuple[str, DateSpec | None]:
    """The care dated by a child's age then, from the birth date or the age now; the age's
    and the birth's words blanked. Nothing when it is not told so."""
    ages = [
        m
        for m in _AGE_AT.finditer(folded)
        if m.group("of") or ((m.group("lead") or m.group("then")) and re.search(_CHILD, folded))
    ]
    if len(ages) != 1:
        return folded, None
    age = ages[0]
    n, unit = _count(age.group("n")), age.group("unit")
    births, nows = list(_BORN_ON.finditer(folded)), list(_AGE_NOW.finditer(folded))
    if len(births) == 1:
        born = _bare_day(births[0], today)
        if born is None:
            return folded, None
        first, last, said = born.earliest, born.earliest, births[0]
    elif len(nows) == 1 and not births:
        said = nows[0]
        first, last = _born_between(
            _count(said.group("a") or said.group("b")), said.group("ua") or said.group("ub"), today
        )
    else:
        return folded, None
    if unit.startswith("dia"):
        when = _span(first + _unit(unit, n), last + _unit(unit, n), today)
    else:
        when = _span(first + _unit(unit, n), last + _unit(unit, n + 1) - timedelta(days=1), today)
    if when is None:
        return folded, None
    return _blank(folded, [age.span(), said.span()]), when


def born_by_age(folded: str, today: date) -> DateSpec | None:
    """A story with no care date that tells a child's age now and an injury at the birth:
    the birth, every day it could have been."""
    ages = list(_CHILD_AGE.finditer(folded))
    if len(ages) != 1 or not _HURT_AT_BIRTH.search(folded):
        return None
    first, last = _born_between(_count(ages[0].group("n")), ages[0].group("unit"), today)
    return _span(first, last, today)


# A care said to have gone well, then a later one that did not ("me pusieron la prótesis y
# quedó bien, pero el 22 de enero en la terapia me forzaron la pierna"; "la cirugía salió
# bien, pero a los 3 días en la revisión el doctor dijo que era normal"): the later care.
_WENT_WELL = re.compile(
    r"(?<!\bno\s)(?<!nunca\s)\b(?:quedo|quedaron|salio|salieron|estuvo|fue|todo\s+(?:salio|estuvo|fue))\s+"
    r"(?:todo\s+)?(?:muy\s+)?bien\s*,?\s*(?:y\s+)?pero\s+"
)
_LATER_BY = re.compile(
    rf"^(?:a\s+los\s+(?P<n>{_COUNT})\s+dias|(?P<n2>{_COUNT})\s+dias\s+despues|"
    r"(?P<one>al\s+(?:otro\s+)?dia(?:\s+siguiente)?|al\s+siguiente\s+dia))\b"
)
_LATER_CARE = re.compile(
    r"\b(?:revision|consulta|cita|chequeo|control|terapia|terapeuta|doctor|doctora|medico|"
    r"enfermer[oa]s?|cirujan[oa]|urgencias|emergencias?|er|hospital|clinica|"
    r"(?:me|la|lo|le|nos)\s+(?:mando|mandaron|regreso|regresaron)|dieron\s+de\s+alta)\b"
)


def later_care(folded: str, today: date) -> tuple[str, DateSpec | None]:
    """The story with the words before "salió bien, pero" blanked when a later care follows
    with its own date; a later care told by days after ("a los 3 días") is dated from the
    one date before (returned). Unchanged otherwise."""
    m = _WENT_WELL.search(folded)
    if not m:
        return folded, None
    after = folded[m.end() :]
    sentence = re.split(r"[.;!?]", after, maxsplit=1)[0]
    if not _LATER_CARE.search(sentence):
        return folded, None
    by = _LATER_BY.match(after)
    if by is None:
        rest, own = own_dates(sentence, today)
        if not own and not english.find_dates(date_words_to_english(rest), today):
            return folded, None  # "quedó bien, pero el doctor nunca me dijo": the first
        return " " * m.end() + after, None
    rest, before = own_dates(folded[: m.start()], today)
    said = [when.to_slot() for when in before]
    said += [w for w in english.find_dates(date_words_to_english(rest), today) if w not in said]
    if len(said) != 1:
        return folded, None
    first = DateSpec.from_slot(said[0])
    if first.earliest != first.latest:
        return folded, None
    days = 1 if by.group("one") else _count(by.group("n") or by.group("n2"))
    day = first.earliest + timedelta(days=days)
    when = _span(day, day, today)
    if when is None:
        return folded, None
    return " " * (m.end() + by.end()) + after[by.end() :], when


# A day of a stay singled out ("el día 5 una enfermera le puso...", "el 5 le dieron").
# The discharge is no day singled out ("el 10 me dieron de alta", "el día 12 salí").
_DAY_SINGLED_OUT = re.compile(
    r"(?:\bel\s+dia\s+(?P<d>\d{1,2})\b(?!\s*(?:de\b|/|al\b))|"
    r"\bel\s+(?P<d2>\d{1,2})\s+(?=(?:le|lo|la|les|me|nos|se|una|un|el|la)\s))"
    r"(?!\s*(?:(?:me|lo|la|le|nos|les)\s+(?:dieron|dio)\s+de\s+alta|(?:me|lo|la|le|nos|les)\s+"
    r"(?:sacaron|soltaron|mandaron\s+a\s+(?:la\s+)?casa)|sali|salio|salimos|salieron)\b)"
)


def _day_in_stay(t: str, taken: DateSpec, stay: DateSpec, found: list[DateSpec]) -> str:
    """A stay with one of its days singled out is dated by that day, as the care that went
    wrong; two days singled out leave the date taken (the whole stay, or the admission)."""
    days = {int(m.group("d") or m.group("d2")): m for m in _DAY_SINGLED_OUT.finditer(t)}
    inside = [d for d in days if stay.earliest.day <= d <= stay.latest.day]
    if len(inside) != 1 or stay.earliest.month != stay.latest.month or taken not in found:
        return t
    m = days[inside[0]]
    found[found.index(taken)] = DateSpec.exact(stay.earliest.replace(day=inside[0]))
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
    # a letter or call telling it ("recibí una carta del hospital el 20 de noviembre")
    r"(?:recibi|recibimos|recibio|me\s+llego|nos\s+llego|le\s+llego|me\s+mandaron|"
    r"nos\s+mandaron|me\s+enviaron|nos\s+enviaron)\s+(?:una?\s+)?(?:carta|cartita|llamada|"
    r"aviso|notificacion|mensaje|correo|email|e-mail|texto)(?:\s+(?:del?|de\s+la)\s+[a-z']+)?|"
    rf"(?:me|nos)\s+(?:dijeron|dijo){_DIAGNOSIS_TOLD})\b"
)
# The harm striking, not the care ("ayer en la mañana me dio el infarto", "le dio un
# derrame el martes"): the words of its clause date the harm; left out.
_HARM_STRUCK = re.compile(
    r"\b(?:me|le|nos|les)\s+(?:dio|dieron|vino|pego)\s+(?:el|un|una|la)\s+(?:infarto|derrame|"
    r"embolia|coagulo|trombo|trombosis|ataque|paro|convulsion|stroke|preinfarto)\b"
)
# A harm showing later, dated by the words after it ("uno se me reventó en septiembre",
# "se le abrió la herida el 5"): those words are left out.
_HARM_SHOWED = re.compile(
    r"\bse\s+(?:me|le|nos|les)\s+(?:revento|reventaron|rompio|rompieron|abrio|abrieron|solto|"
    r"soltaron|zafo|infecto|infectaron|desprendio)\b"
)
# Later operations to mend the harm ("llevo 3 cirugías más para arreglarlo, la última fue
# en mayo"): the date of the last of them is not the care's.
_MENDING = re.compile(
    r"\b(?:cirugias|operaciones)\s+mas\b|\bpara\s+(?:arreglar|corregir|reparar|componer)(?:lo|la|me|le)?\b"
)
_LAST_OF_THEM = re.compile(r"\b(?:la|el)\s+(?:ultima|ultimo)\s+(?:(?:cirugia|operacion)\s+)?fue\b")
# A move, not the care ("nos mudamos de LA a Las Vegas hace como 2 años").
_MOVED = re.compile(
    r"\b(?:nos\s+mudamos|me\s+mude|se\s+mudo|se\s+mudaron|nos\s+cambiamos\s+de\s+casa)\b"
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


def other_dates_blanked(folded: str, harm: bool = True) -> tuple[str, list[str]]:
    """The story with the words dating a finding out blanked (the few words of the clause
    before the verb, and those just after it), those of a move, those of the harm striking
    or showing (unless `harm` is False: the caller's fallback when the harm's date is the
    only one, as when the care that failed was the answer to it), and those just after a
    death ("murió el 2 de enero") too; with the death's words, so the caller may tell that
    the death is dated."""
    spans: list[tuple[int, int]] = []
    for m in _FOUND_OUT.finditer(folded):
        starts = list(_CLAUSE_START.finditer(folded, 0, m.start()))
        start = starts[-1].end() if starts else 0
        if len(folded[start : m.start()].split()) <= 6:
            spans.append((start, m.start()))
        spans.append(_words_after(folded, m.end(), 4))
    for m in (*(_HARM_STRUCK.finditer(folded) if harm else ()), *_MOVED.finditer(folded)):
        starts = list(_CLAUSE_START.finditer(folded, 0, m.start()))
        start = starts[-1].end() if starts else 0
        if len(folded[start : m.start()].split()) <= 6:
            spans.append((start, m.start()))
        spans.append(_words_after(folded, m.end(), 12 if m.re is _MOVED else 4))
    for m in _LAST_OF_THEM.finditer(folded) if _MENDING.search(folded) else ():
        spans.append(_words_after(folded, m.end(), 4))
    for m in _HARM_SHOWED.finditer(folded) if harm else ():
        spans.append(_words_after(folded, m.end(), 4))
    deaths: list[str] = []
    for m in _DEATH.finditer(folded):
        a, b = _words_after(folded, m.end(), 12, _CAUSE)
        spans.append((a, b))
        deaths.append(folded[a:b])
    return _blank(folded, spans), deaths
