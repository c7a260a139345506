"""When the visitor first learned something had gone wrong: asked, or told in passing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.story import extract

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("only just now, reading the records", "2026-12-02"),
        ("about three weeks back, no, three weeks ago", "2026-11-07..2026-11-15"),
        ("last month", "2026-11"),
        ("after the MRI results came in over the summer", "2026-06-01..2026-08-31"),
        ("on June 2 2025", "2025-06-02"),
        ("the day after Thanksgiving", "2026-11-27"),
    ],
)
def test_discovery_answers(text: str, encoded: str) -> None:
    parsed = answers.parse("discovery_date", text, TODAY)
    assert parsed.ok and parsed.values["discovery_date"] == encoded


def test_not_knowing_when_is_kept_as_unknown() -> None:
    assert answers.parse("discovery_date", "honestly no idea", TODAY).values == {
        "discovery_date": "unknown"
    }


def test_an_event_without_a_time_asks_for_roughly_when() -> None:
    assert answers.parse("discovery_date", "once the surgeon told me", TODAY).error == "no_date"
    assert answers.parse("discovery_date", "next spring", TODAY).error == "future"


def test_a_found_out_date_said_in_passing_is_kept_apart_from_the_incident_date() -> None:
    facts = extract(
        "my knee replacement was in 2020 and we didn't realize the wrong implant was used "
        "until we were told in September",
        TODAY,
    )
    assert facts["discovery_date"] == "2026-09"
    assert facts["incident_date"] == "2020"


def test_just_learned_means_today() -> None:
    facts = extract("I just learned the pathology slides were mixed up", TODAY)
    assert facts["discovery_date"] == TODAY.isoformat()


def test_no_found_out_words_no_discovery_date() -> None:
    assert "discovery_date" not in extract("the pharmacy gave my son the wrong dose in May", TODAY)


def test_a_callback_can_be_an_email_or_a_phone() -> None:
    assert answers.parse("callback_phone", "write to dee@example.org please", TODAY).values == {
        "callback_phone": "dee@example.org",
        "email": "dee@example.org",
    }
    assert answers.parse("callback_phone", "(312) 555-0142", TODAY).values["phone"] == (
        "+13125550142"
    )
    assert answers.parse("callback_phone", "whenever", TODAY).error == "unparsed"
