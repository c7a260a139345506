"""Spanish words that put a date in order (round 17, first sight), read as the English
reader reads the same words: a stretch from a day to a bare day ("desde el 4 de marzo hasta
el 9"), a night past midnight restated ("pasada la medianoche, o sea la madrugada del 1"),
a weekday of the week just named ("el jueves de esa semana"), an event a count after
another ("lo internaron el 3 de marzo y unos días después"), and either part of a month
("mediados o finales de mayo"). Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # from a day to a bare day: that stretch, in the start's month
        ("estuvo internado desde el 4 de marzo hasta el 9", date(2026, 3, 4), date(2026, 3, 9)),
        (
            "desde el 20 de agosto hasta el 2, cuando lo dieron de alta",
            date(2026, 8, 20),
            date(2026, 9, 2),
        ),
        # past midnight, restated as the next day
        (
            "la noche de año nuevo del 2025, ya pasada la medianoche, o sea la madrugada del 1",
            date(2025, 1, 1),
            date(2025, 1, 1),
        ),
        # a weekday of the week named before
        (
            "la semana antes del dia de accion de gracias de 2024, el viernes de esa semana",
            date(2024, 11, 22),
            date(2024, 11, 22),
        ),
        # a count after an event dated
        (
            "la internaron el dia de accion de gracias del año pasado "
            "y se resbalo una semana despues",
            date(2025, 12, 1),
            date(2025, 12, 7),
        ),
        (
            "lo ingresaron el 3 de marzo y unos dias despues le dieron la pastilla equivocada",
            date(2026, 3, 6),
            date(2026, 3, 6),
        ),
        # either part of a month
        ("a mediados o finales de julio de este año", date(2026, 7, 10), date(2026, 7, 31)),
        ("como a principios o mediados de abril de 2025", date(2025, 4, 1), date(2025, 4, 20)),
    ],
)
def test_order_words(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


def test_a_night_past_midnight_holds_the_day_restated() -> None:
    # the night across two days, at least: the 15th is in it, and nothing wider
    when = parse_when(
        "fue la noche del 14 de febrero, pasada la medianoche, o sea la madrugada del 15", TODAY
    )
    assert when.earliest <= date(2026, 2, 15) == when.latest
    assert (when.latest - when.earliest).days <= 1
