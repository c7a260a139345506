"""Corrections, round 13: one message that corrects two answers corrects both.

Found in the round-12 blind benchmark ("Two things: it was August 12 not 13, and the state
is New Hampshire ..." changed the state and kept the wrong date). Our own wordings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.corrections import parse_correction

TODAY = date(2026, 12, 3)
CURRENT = {"incident_date": "2026-04-21", "incident_state": "GA", "provider": "Piedmont"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a couple fixes: the date was April 20 not 21, and the state is Alabama",
            {"incident_date": "2026-04-20", "incident_state": "AL"},
        ),
        (
            "it was Alabama, not Georgia. Also the date should be April 19",
            {"incident_state": "AL", "incident_date": "2026-04-19"},
        ),
        (
            "the hospital was St. Vincent's; and it happened on April 2",
            {"provider": "St. Vincent's", "incident_date": "2026-04-02"},
        ),
    ],
)
def test_each_field_named_is_corrected(text: str, expected: dict[str, object]) -> None:
    found = parse_correction(text, TODAY, CURRENT)
    assert found.changed
    assert {k: (found.values or {}).get(k) for k in expected} == expected


def test_a_detail_said_with_one_correction_stays_a_note() -> None:
    text = "no wait, it was Alabama not Georgia, the clinic is in Dothan"
    found = parse_correction(text, TODAY, CURRENT)
    assert (found.values or {}).get("incident_state") == "AL"
    assert not {"provider", "incident_date"} & set(found.values or {})


def test_a_title_with_a_full_stop_does_not_split_a_correction() -> None:
    found = parse_correction("the doctor was Dr. Amari Cole, not Piedmont", TODAY, CURRENT)
    assert "Cole" in str((found.values or {}).get("provider"))
