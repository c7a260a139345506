"""A weekday said with a count back of weeks or a month ("about 3 weeks ago, a Friday",
"hace como un mes, un jueves").

Said plainly, the count is the nearest such weekday to the day counted back (the weeks rule
already held; a month back now does too). Said loosely ("about", "like", "or so", "como",
"unas", "más o menos"), the count is no sharper than a week either way, so either weekday
around the day counted back may be meant: the span from the one on or before it to the one
after it. The English and Spanish readers give the same answer for the same words.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when
from bot.intake.es import dates as es

TODAY = date(2026, 6, 10)  # a Wednesday


def _read(text: str) -> str:
    spanish = text.startswith("es:")
    when = (es.parse_when if spanish else parse_when)(text.removeprefix("es:"), TODAY)
    if when.earliest == when.latest:
        return when.earliest.isoformat()
    return f"{when.earliest}..{when.latest}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three weeks back is Wed May 20: the Fridays either side are May 15 and May 22
        ("about 3 weeks ago, on a Friday", "2026-05-15..2026-05-22"),
        ("es:hace como tres semanas, un viernes", "2026-05-15..2026-05-22"),
        # two weeks back is Wed May 27
        ("es:hace como dos semanas, un lunes", "2026-05-25..2026-06-01"),
        ("two weeks ago or so, a thursday", "2026-05-21..2026-05-28"),
        ("2 or so weeks ago, on thursday", "2026-05-21..2026-05-28"),
        ("es:hace unas 4 semanas, fue un sábado", "2026-05-09..2026-05-16"),
        ("es:hace 3 semanas más o menos, el domingo", "2026-05-17..2026-05-24"),
        ("like a week ago on tuesday", "2026-06-02..2026-06-09"),
        ("maybe four weeks ago, a saturday", "2026-05-09..2026-05-16"),
        # a month back is Sun May 10
        ("about a month ago, a Monday", "2026-05-04..2026-05-11"),
        ("es:hace como un mes, un jueves", "2026-05-07..2026-05-14"),
        ("es:hace un mes más o menos, fue un martes", "2026-05-05..2026-05-12"),
        ("a month ago or so, on a tuesday", "2026-05-05..2026-05-12"),
        # the day counted back is itself that weekday: that day
        ("about 3 weeks ago, a Wednesday", "2026-05-20"),
        ("es:hace como un mes, un domingo", "2026-05-10"),
    ],
)
def test_a_loose_count_keeps_both_weekdays_around_it(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said plainly: the nearest such weekday, as before
        ("3 weeks ago, on a Friday", "2026-05-22"),
        ("es:hace tres semanas, un viernes", "2026-05-22"),
        ("three weeks ago tuesday", "2026-05-19"),
        ("es:hace 2 semanas, el lunes", "2026-05-25"),
        # a month back said plainly: the weekday nearest May 10
        ("a month ago, on a Monday", "2026-05-11"),
        ("es:hace un mes, fue un viernes", "2026-05-08"),
        ("one month ago on a thursday", "2026-05-07"),
    ],
)
def test_a_plain_count_is_the_nearest_weekday(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["two months ago, a monday", "es:hace dos meses, un lunes", "es:hace un mes"]
)
def test_two_months_or_no_weekday_keep_the_count_range(text: str) -> None:
    """Two months back is past six weeks: the weekday does not pick one day out of it."""
    spanish = text.startswith("es:")
    when = (es.parse_when if spanish else parse_when)(text.removeprefix("es:"), TODAY)
    assert (when.latest - when.earliest).days >= 20
