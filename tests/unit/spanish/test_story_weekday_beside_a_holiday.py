"""A Spanish story dated by a weekday after or before a holiday keeps that day.

"el viernes después de thanksgiving" in a story had been read as Thanksgiving week
(round-13 blind es13_01); the English reader knows "the Friday after Thanksgiving".
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es import story

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "llevé a mi papá a la clínica el lunes después de navidad y no le hicieron nada",
            "2025-12-29",
        ),
        (
            "a mi me operaron el martes antes de thanksgiving y me perforaron el intestino",
            "2026-11-24",
        ),
        (
            "mi hija se cayó de la cama el sabado despues del dia de accion de gracias",
            "2026-11-28",
        ),
    ],
)
def test_the_weekday_beside_a_holiday_is_the_story_date(text: str, day: str) -> None:
    assert story.extract(text, TODAY).get("incident_date") == day
