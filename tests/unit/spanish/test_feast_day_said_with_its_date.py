"""A feast day said together with its own date is that date, once.

"fue el día de la virgen de guadalupe el 12 de diciembre" was stored as 2012-12-12: the
feast was put into words as "el 12 de diciembre" beside the date already said, and the
second "12" was read as the year (a tuned visitor, after round 5's feast days).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import parse_answer

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el día de la guadalupana, 12 de diciembre, fuimos a urgencias", "2025-12-12"),
        ("el dia de la virgen el 12 de diciembre en la noche lo internaron", "2025-12-12"),
        ("para la virgencita de guadalupe el 12 de diciembre salimos de misa", "2025-12-12"),
        ("el dia de los santos inocentes el 28 de diciembre pasado", "2025-12-28"),
        ("fue el 28 de diciembre, día de los inocentes", "2025-12-28"),
        ("el dia de la candelaria el 2 de febrero del 2025", "2025-02-02"),
        ("el día de san juan, 24 de junio, me operaron", "2026-06-24"),
    ],
)
def test_the_feast_with_its_date_is_that_day(text: str, expected: str) -> None:
    got = parse_answer("incident_date", text, TODAY, {}, "es")
    assert got.ok and got.values["incident_date"] == expected, got


def test_the_feast_alone_is_still_its_day() -> None:
    got = parse_answer("incident_date", "el día de la virgen de guadalupe", TODAY, {}, "es")
    assert got.values["incident_date"] == "2025-12-12"
