"""A week of a month written short ("1st wk of sept", "2nd wk of oct", "la 2da semana de
octubre"), with or without a weekday hedge inside it ("wed or thu maybe"), is that week or
those weekdays in it: never the last such weekday before today."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers, dates
from bot.intake.es import answers as es_answers

TODAY = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("picked it up 1st wk of sept, tue or wed maybe", "2026-09-01..2026-09-02"),
        ("2nd wk of oct, thu or fri i think", "2026-10-08..2026-10-09"),
        ("3rd wk of june", "2026-06-15..2026-06-21"),
        ("first wk of september", "2026-09-01..2026-09-07"),
        ("last wk of aug", "2026-08-25..2026-08-31"),
        ("the 2nd wk of october, a tuesday", "2026-10-13"),
        ("1st wk of aug mon or tue", "2026-08-03..2026-08-04"),
        ("First week of March, Wednesday or Thursday", "2026-03-04..2026-03-05"),
        ("2nd week of nov, wed or thu maybe", "2026-11-11..2026-11-12"),
    ],
)
def test_a_short_week_of_a_month(text: str, slot: str) -> None:
    assert answers.parse_incident_date(text, TODAY).values == {"incident_date": slot}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("la 1ra semana de sept, martes o miércoles", "2026-09-01..2026-09-02"),
        ("la 2da semana de oct", "2026-10-08..2026-10-14"),
        ("1er semana de septiembre", "2026-09-01..2026-09-07"),
        ("la 3ra semana de junio", "2026-06-15..2026-06-21"),
        ("la primera semana de marzo, miércoles o jueves", "2026-03-04..2026-03-05"),
    ],
)
def test_a_short_week_of_a_month_es(text: str, slot: str) -> None:
    assert es_answers.parse_incident_date(text, TODAY).values == {"incident_date": slot}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("el 2do de octubre", "2026-10-02"),  # a day said as an ordinal stays that day
        ("el 1ro de septiembre", "2026-09-01"),
    ],
)
def test_an_ordinal_day_es_is_still_a_day(text: str, slot: str) -> None:
    assert es_answers.parse_incident_date(text, TODAY).values == {"incident_date": slot}


def test_short_units_still_count_back() -> None:
    assert answers.parse_incident_date("3wks ago", TODAY).values == (
        answers.parse_incident_date("3 weeks ago", TODAY).values
    )
    assert answers.parse_incident_date("a wk ago", TODAY).values == (
        answers.parse_incident_date("a week ago", TODAY).values
    )


@pytest.mark.parametrize("text", ["we sat or stood there for hours", "the sun and the moon"])
def test_short_weekday_words_alone_stay_words(text: str) -> None:
    # Negative: "sat", "sun", "mon" are spelt out as days only beside another weekday.
    assert dates._weekday_words(text) == text
