"""Spanish dates, round 5: the classes behind the tuned rows missed at first sight, in
wordings of our own (not the rows'), with the phrases that must not be read that way.

Read as the intake reads the incident-date answer in Spanish (bot/intake/es/dates.py through
bot.intake.multilingual.parse_answer), on Friday 2026-12-04.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import DateParseError
from bot.intake.dates import parse_when as parse_when_en
from bot.intake.es.dates import parse_when
from bot.law import DateSpec
from tests.support import spanish_dates

TODAY = date(2026, 12, 4)  # a Friday


def span(text: str) -> str:
    return spanish_dates.span(text, TODAY)


def read_or_none(text: str) -> DateSpec | None:
    return spanish_dates.read_or_none(text, TODAY)


# 1. Feast days kept on one date every year that the US holiday calendar lacks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fue el día de los santos inocentes", "2025-12-28"),
        ("el dia de la virgencita", "2025-12-12"),
        ("para el día de la Virgen de Guadalupe del año pasado", "2025-12-12"),
        ("el día de la candelaria", "2026-02-02"),
        ("el día de San Juan", "2026-06-24"),
        ("el día de todos los santos", "2026-11-01"),
        ("la noche del grito", "2026-09-15"),
    ],
)
def test_a_feast_day_on_a_fixed_date_is_that_day(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mi tía Candelaria me llevó al hospital",
        "me atendieron en el hospital San Juan",
        "la virgen me ayudó",
        "di un grito del dolor",
    ],
)
def test_a_name_or_a_shout_is_no_feast_day(text: str) -> None:
    assert read_or_none(text) is None


# 2. A part of a month said after the month: that part of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en agosto, a finales", "2026-08-20..2026-08-31"),
        ("en marzo del año pasado, como a principios", "2025-03-01..2025-03-10"),
        ("el mes antepasado, por mediados", "2026-10-10..2026-10-20"),
    ],
)
def test_a_part_said_after_its_month_is_that_part(text: str, expected: str) -> None:
    assert span(text) == expected


def test_a_part_of_something_else_after_a_month_is_not_the_months_part() -> None:
    assert span("en mayo, a fines de semana") == "2026-05-01..2026-05-31"


# 3. A day and month with the year in two figures: that year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 ene 24", "2024-01-03"),
        ("el 15 de agosto del 23", "2023-08-15"),
        ("el 15 agosto '23", "2023-08-15"),
        ("el 2 de feb 24, a las 3 de la mañana", "2024-02-02"),
    ],
)
def test_two_figures_after_a_day_and_month_are_its_year(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 9 de marzo 25 años tenía", "2026-03-09"),
        ("el 3 de mayo 10:30", "2026-05-03"),
        ("el 5 de mayo 20 pastillas me dieron", "2026-05-05"),
    ],
)
def test_an_age_or_an_hour_after_a_day_is_no_year(text: str, expected: str) -> None:
    assert span(text) == expected


# 4. A count back either of two ("hace dos o tres meses"): the English "2 or 3 months ago".
@pytest.mark.parametrize(
    "text", ["hace dos o tres meses", "hace entre 3 y 4 años", "hace 3 o 4 dias"]
)
def test_a_count_back_either_of_two_reads_as_in_english(text: str) -> None:
    english = {
        "hace dos o tres meses": "2 or 3 months ago",
        "hace entre 3 y 4 años": "3 or 4 years ago",
        "hace 3 o 4 dias": "3 or 4 days ago",
    }[text]
    assert parse_when(text, TODAY) == parse_when_en(english, TODAY)


# 5. A count before or after a day said, and from an event the answer dates after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dos semanas después del 1 de octubre", "2026-10-12..2026-10-18"),
        ("un día antes del 5 de noviembre", "2026-11-04"),
        ("cuatro días después de la cirugía, que fue el 10 de agosto", "2026-08-14"),
        ("un mes después de que me operaron, me operaron el 2 de junio", "2026-06-22..2026-07-12"),
    ],
)
def test_a_count_from_a_dated_event_is_counted_from_its_date(text: str, expected: str) -> None:
    assert span(text) == expected


def test_an_event_dated_by_a_month_only_is_not_counted_from() -> None:
    # the count is from a day; a month said after the event is left as the month
    assert span("tres días antes de mi cumpleaños, que es en marzo") == "2026-03-01..2026-03-31"


# 6. "la semana antepasada": the calendar week before last (as "la semana pasada" is the
# one before this, Monday to Sunday).
@pytest.mark.parametrize("text", ["fue la semana antepasada", "la semana antepasada, creo"])
def test_the_week_before_last_is_a_calendar_week(text: str) -> None:
    assert span(text) == "2026-11-16..2026-11-22"
    assert parse_when(text, TODAY) == parse_when_en("the week before last", TODAY)


def test_last_week_is_still_the_week_before_this() -> None:
    assert span("la semana pasada") == "2026-11-23..2026-11-29"


# 7. Days said beside a date they are near: those days, in the month that puts them there.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("poco después del 4 de julio, como el 8", "2026-07-08"),
        ("justo después de año nuevo, el 3 o 4", "2026-01-03..2026-01-04"),
    ],
)
def test_days_beside_a_near_date_are_those_days(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize("text", ["antes de navidad, como el 5", "después de navidad, el 20"])
def test_days_far_from_the_date_or_on_its_wrong_side_are_not_taken(text: str) -> None:
    when = parse_when(text, TODAY)
    assert when.earliest != when.latest  # left to the holiday's own reading


# 8. Of two days said, the one "ahí fue que" points at.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "me vieron el 3 de mayo y me operaron el 10 de mayo, ahí fue que se equivocaron",
            "2026-05-10",
        ),
        ("fui el 2 de marzo y volví el 9 de marzo, y ahí fue cuando me dijeron", "2026-03-09"),
        ("fui el 2 de marzo y volví el 9 de marzo, ese fue el día que me dijeron", "2026-03-09"),
    ],
)
def test_the_day_pointed_at_is_the_one(text: str, expected: str) -> None:
    assert span(text) == expected


def test_two_days_with_no_pointer_are_both_kept() -> None:
    assert span("fui el 2 de marzo y volví el 9 de marzo") == "2026-03-02..2026-03-09"


# 9. The eve said just after its holiday: the eve, in the holiday's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("para navidad del 2023, en nochebuena me dio el infarto", "2023-12-24"),
        ("en año nuevo, la nochevieja", "2025-12-31"),
    ],
)
def test_the_eve_after_its_holiday_is_the_eve(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en navidad y en nochebuena", "2025-12-24..2025-12-26"),
        ("antes de navidad, en nochebuena", "2025-12-18..2025-12-24"),
        ("en navidad", "2025-12-24..2025-12-26"),
    ],
)
def test_a_holiday_joined_to_or_counted_before_its_eve_is_kept(text: str, expected: str) -> None:
    assert span(text) == expected


# 10. "years back", "months back" (said in English inside a Spanish answer, or in English):
# a time back with no count is no date, as "years ago" is.
@pytest.mark.parametrize("text", ["months back, ni idea", "years back"])
def test_an_uncounted_time_back_is_no_date(text: str) -> None:
    assert read_or_none(text) is None
    with pytest.raises(DateParseError):
        parse_when_en(text, TODAY)


@pytest.mark.parametrize(
    ("text", "expected"), [("a few years back", 2022), ("two years back", 2024)]
)
def test_a_counted_time_back_is_still_read(text: str, expected: int) -> None:
    assert parse_when_en(text, TODAY).earliest.year == expected
