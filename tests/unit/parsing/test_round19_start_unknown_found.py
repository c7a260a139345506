"""The start of a slow harm said to be unknown, then the day it was found ("I don't know
when it started. We found it August 4th"): that day ends the care, it does not date it, so
the incident is the stretch of months before it, not the day found (round 19, our own
wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse_incident_date

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Honestly I don't know when it started. The home health nurse found it June 12th.",
            "2026-06-12",
        ),
        ("no idea when it began, we noticed the sore on 9/30/2026 at a visit", "2026-09-30"),
        ("I'm not sure when this started but I first saw the burns on October 2", "2026-10-02"),
        ("can't say when it started, they discovered it on March 3rd 2025", "2025-03-03"),
    ],
)
def test_a_stretch_ends_on_the_day_found(text: str, found: str) -> None:
    slot = parse_incident_date(text, TODAY).values["incident_date"]
    start, end = str(slot).split("..")
    assert end == found
    assert start < found


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("We found it August 4th when he went to the ER.", "2026-08-04"),
        ("it started June 3 and we noticed on June 10", "2026-06-03..2026-06-10"),
        ("August 4th", "2026-08-04"),
    ],
)
def test_a_day_without_an_unknown_start_reads_as_before(text: str, slot: str) -> None:
    assert parse_incident_date(text, TODAY).values["incident_date"] == slot
