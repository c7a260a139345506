"""Spanish date answers after blind round 19, by class, in my own wordings.

A stretch of days with their weekdays ("del viernes 16 al lunes 19 de octubre") was read
as its last day; the finer part not known said beside a month and a holiday ("en
diciembre, antes de navidad, no me acuerdo el día") narrowed the month to the week before
the holiday, when what was said allows all of December up to Christmas Eve; and "como x el
20" after a month (the texting "x" for "por") was read as the whole month.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es.answers import parse_discovery_date, parse_incident_date

TODAY = date(2026, 12, 4)

WEEKDAY_STRETCHES = {
    "del viernes 16 al lunes 19 d octubre, esos días no le dieron su medicina": (
        "2026-10-16..2026-10-19"
    ),
    "desde el martes 3 hasta el viernes 6 de noviembre": "2026-11-03..2026-11-06",
    "de lunes 5 a viernes 9 de octubre estuvo sin tratamiento": "2026-10-05..2026-10-09",
    "del sábado 1 al domingo 2 de agosto": "2026-08-01..2026-08-02",
}
ONE_DAY_STILL = {
    "el lunes 19 de octubre": "2026-10-19",
    "el viernes 16 de octubre, como a las 3": "2026-10-16",
}
DAY_NOT_KNOWN_BESIDE_MONTH = {
    "en diciembre, antes d navidad, no me acuerdo el dia": "2025-12-01..2025-12-24",
    "fue en diciembre antes de navidad pero no sé la fecha exacta": "2025-12-01..2025-12-24",
    "en noviembre, después del día de acción de gracias, el día no lo recuerdo": (
        "2026-11-27..2026-11-30"
    ),
    "en marzo de este año, no me acuerdo qué día": "2026-03",
}
AROUND_A_DAY = {
    "en agosto, como x el 20": "2026-08-20",
    "en septiembre, x el día 15 más o menos": "2026-09-15",
}


@pytest.mark.parametrize(("text", "stored"), WEEKDAY_STRETCHES.items())
def test_a_stretch_of_days_with_weekdays_keeps_both_ends(text: str, stored: str) -> None:
    assert parse_incident_date(text, TODAY).values == {"incident_date": stored}


@pytest.mark.parametrize(("text", "stored"), ONE_DAY_STILL.items())
def test_a_single_day_with_its_weekday_stays_that_day(text: str, stored: str) -> None:
    assert parse_incident_date(text, TODAY).values == {"incident_date": stored}


@pytest.mark.parametrize(("text", "stored"), DAY_NOT_KNOWN_BESIDE_MONTH.items())
def test_the_day_not_known_leaves_the_date_as_wide_as_said(text: str, stored: str) -> None:
    assert parse_incident_date(text, TODAY).values == {"incident_date": stored}


@pytest.mark.parametrize("text", ["no me acuerdo el día", "no recuerdo la fecha"])
def test_only_the_day_not_known_is_still_a_dont_know(text: str) -> None:
    assert parse_incident_date(text, TODAY).error == "dont_know"


@pytest.mark.parametrize(("text", "stored"), AROUND_A_DAY.items())
def test_around_a_day_typed_with_x_is_that_day(text: str, stored: str) -> None:
    assert parse_discovery_date(text, TODAY).values == {"discovery_date": stored}
