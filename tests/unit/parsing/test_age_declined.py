"""Declining to give an age is heard as a decline (blind round 11, t11_05).

"I'd rather not give my age" got the generic "give the age as a number" re-ask, as if it
had been misread. A decline now fails with "refused", so the re-ask says why the age
helps and that a rough one or "skip" will do; declined again, it is kept as unknown.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.questions import fallback

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "I would prefer not to share that",
        "rather not say",
        "can we skip that one",
        "not comfortable telling you that",
        "that's private, I'll pass",
        "don't want to give it",
    ],
)
def test_a_decline_is_refused_not_misread(text: str) -> None:
    parsed = answers.parse("patient_age", text, TODAY)
    assert not parsed.ok and parsed.error == "refused"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'd rather not say exactly, early fifties", 52),
        ("rather not, but she was around 70", 70),
    ],
)
def test_an_age_given_with_a_hedge_is_an_age(text: str, age: int) -> None:
    parsed = answers.parse("patient_age", text, TODAY)
    assert parsed.ok and abs(int(parsed.values["patient_age"]) - age) <= 1


def test_declined_twice_it_is_kept_as_unknown_and_flagged() -> None:
    values, flag = fallback("patient_age", "still rather not") or ({}, "")
    assert values["patient_age"] == "unknown" and flag == "patient_age_unknown"


def test_the_refused_re_ask_exists_in_both_languages() -> None:
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[3] / "config"
    english = yaml.safe_load((root / "domain" / "responses.yml").read_text())["responses"]
    spanish = yaml.safe_load((root / "locales" / "es.yml").read_text())["responses"]
    for responses in (english, spanish):
        text = responses["utter_reask_patient_age_refused"][0]["text"]
        assert "skip" in text or "omitir" in text
