"""Christmas said as the day something happened ("at Christmas", "for Christmas", "en
Navidad", "para Navidad"): the day, give or take one, since many keep Christmas Eve as the
feast. "On Christmas" and "el día de Navidad" stay the day itself; a bare "Christmas", the
plural "las Navidades", "around Christmas", "Christmas week" and "the holidays" stay the
wider season they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when
from bot.intake.es import dates as es

TODAY = date(2026, 6, 10)  # the last Christmas is 2025's


def _read(text: str) -> str:
    spanish = text.startswith("es:")
    when = (es.parse_when if spanish else parse_when)(text.removeprefix("es:"), TODAY)
    if when.earliest == when.latest:
        return when.earliest.isoformat()
    return f"{when.earliest}..{when.latest}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at Christmas", "2025-12-24..2025-12-26"),
        ("it happened at christmas", "2025-12-24..2025-12-26"),
        ("for Christmas", "2025-12-24..2025-12-26"),
        ("at Christmas 2023", "2023-12-24..2023-12-26"),
        ("es:en Navidad", "2025-12-24..2025-12-26"),
        ("es:fue en navidad", "2025-12-24..2025-12-26"),
        ("es:para Navidad", "2025-12-24..2025-12-26"),
        ("es:en la Navidad de 2022", "2022-12-24..2022-12-26"),
        ("on Christmas", "2025-12-25"),
        ("Christmas Day", "2025-12-25"),
        ("es:el día de Navidad", "2025-12-25"),
        ("es:el 25 de diciembre", "2025-12-25"),
    ],
)
def test_christmas_as_the_day(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Christmas", "2025-12-22..2025-12-28"),
        ("three Christmases ago", "2023-12-22..2023-12-28"),
        ("es:en las Navidades", "2025-12-22..2025-12-28"),
        ("around Christmas", "2025-12-18..2026-01-01"),
        ("Christmas week", "2025-12-21..2025-12-27"),
        ("the week after Christmas", "2025-12-26..2026-01-01"),
        ("over the holidays", "2025-12-20..2026-01-02"),
        ("es:por las fiestas", "2025-12-20..2026-01-02"),
        ("es:en las fiestas de fin de año", "2025-12-20..2026-01-02"),
        ("Christmas Eve", "2025-12-24"),
        ("es:en Nochebuena", "2025-12-24"),
    ],
)
def test_christmas_as_a_season_stays_wider(text: str, expected: str) -> None:
    assert _read(text) == expected
