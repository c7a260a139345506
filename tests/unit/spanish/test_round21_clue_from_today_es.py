# ruff: noqa: E501
"""A frame narrowed by a holiday clue (round 21, es/dates._frame_narrowed_by_clue): a clue
placed from today ("la Navidad antepasada", "la Semana Santa pasada") is read as of today,
not as of the end of the frame's year, where "antepasada" counted back one year too many
and the clue missed the frame (the whole month was kept). Found by the benchmark on a tuned
visitor after the clue rule landed. Today is Saturday 2026-12-05."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import parse_answer

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El ultrasonido fue unos días antes de la Navidad antepasada, en diciembre del 2024",
            "2024-12-20..2024-12-24",
        ),
        (
            "Fue en diciembre del 2025, unos días antes de la Navidad pasada",
            "2025-12-20..2025-12-24",
        ),
        ("en abril. Después de la Semana Santa pasada", "2026-04-06..2026-04-12"),
    ],
)
def test_a_clue_placed_from_today_narrows_the_frame(text: str, expected: str) -> None:
    got = parse_answer("incident_date", text, TODAY, {}, "es")
    assert got.values.get("incident_date") == expected


def test_a_clue_without_a_year_still_reads_in_the_frames_year() -> None:
    got = parse_answer("incident_date", "en diciembre del 2023, el día de Navidad", TODAY, {}, "es")
    assert got.values.get("incident_date") == "2023-12-25"
