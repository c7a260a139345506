"""A stretch told from its start to a day said outright is the whole stretch: the deadline
is counted from its first day, not from the day that ends it (a death, an operation).

Found on a round-15 visitor ("de enero a mayo la tuvieron así, se murió el 3 de mayo");
the English reader kept only the end's day for "from January until she died on May 3"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 4)


def _read(text: str) -> str:
    return str(parse("incident_date", text, TODAY).values["incident_date"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "they ignored her bedsores from february until she passed on april 9",
            "2026-02-01..2026-04-09",
        ),
        (
            "from last march to the 2nd of july, when they finally scanned him",
            "2026-03-01..2026-07-02",
        ),
        ("since August until they operated on the 3rd of October", "2026-08-01..2026-10-03"),
        ("starting in june 2024 thru jan 15 2025", "2024-06-01..2025-01-15"),
    ],
)
def test_a_stretch_to_a_day_keeps_its_start(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one day picked out inside a stay still wins
        ("in the hospital from June 2 to June 9 and the wrong shot was on the 5th", "2026-06-05"),
        # no month or holiday before "to": nothing of a stretch
        ("they moved him from the ER to the ICU on March 3", "2026-03-03"),
        # months at both ends were read as a stretch already
        ("from january to april", "2026-01-01..2026-04-30"),
    ],
)
def test_other_readings_are_unchanged(text: str, expected: str) -> None:
    assert _read(text) == expected
