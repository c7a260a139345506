"""Ages said with a hedge or wrapped in words (blind round t10, class E).

Visitors answer "how old was the patient?" the way they talk: two neighbouring ages
("64 or 65"), a number with a doubt after it ("maybe 78"), the relative named before the
age ("Grandpa's 88"), an age they would have reached, one they are about to reach ("turning
50 next month"), or "N going on N+1". The rules kept: the age is the age at the time (an
age said as today's is counted back to the incident date); of two neighbouring ages the
first said is kept and marked approximate; the age someone would have reached later is not
the answer. Rows are written in our own words, not the visitors'.

Every fifth row (index % 5 == 3) was held back before scoring: nothing was fixed against it.
FIRST SIGHT (before any fix, 2026-12-03): tuned rows 13/26 passed, held-back rows 2/6.
AFTER (same day): tuned rows 26/26, held-back rows 6/6.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse_patient_age
from tests.support.blind_rows import blind_params, held_back

TODAY = date(2026, 12, 2)

# (text, incident date, expected age or an error code, approximate: True / False / None = either)
ROWS: list[tuple[str, str | None, int | str, bool | None]] = [
    ("she's 71 or 72, I can never keep track", "2026-06-10", 71, True),
    ("hes 64 or 65 honestly", "2026-06-10", 64, True),
    ("Grandpa's 88.", "2026-06-10", 88, None),
    ("my wife's 52", "2026-06-10", 52, None),
    ("Dad's 79, turns 80 in March", "2026-06-10", 79, None),
    ("77, maybe 78 by then", "2026-06-10", 77, True),
    ("she'd have been 84", "2026-06-10", 84, True),
    ("he would've been about 60 at the time", "2026-06-10", 60, True),
    ("69 this summer", "2026-08-01", 69, None),
    ("63 going on 64", "2026-06-10", 63, None),
    ("turning 50 next month", "2026-10-15", 49, True),
    ("44, turning 45 in January", "2026-06-10", 44, None),
    ("Nana is 93, or 94 maybe", "2026-06-10", 93, True),
    ("he just turned 40 that week", "2026-06-10", 40, None),
    ("she had just turned 83", "2026-06-10", 83, None),
    ("38 or 39, somewhere around there", "2026-06-10", 38, True),
    ("in his late 50s, 58 or 59 I'd guess", "2026-06-10", 58, True),
    ("My sons 12", "2026-06-10", 12, None),
    ("my brothers 47 i think", "2026-06-10", 47, True),
    ("HE'S 70 OR 71, NOT SURE", "2026-06-10", 70, True),
    ("my mother's 86 now", "2024-12-01", 84, True),
    ("81 or 82 now", "2025-11-01", 80, True),
    ("26/27", "2026-06-10", 26, True),
    ("She'd just turned 83 when it happened", "2026-06-10", 83, None),
    ("probably 55, could be 56", "2026-06-10", 55, True),
    # Guards: what must keep its reading.
    ("2 or 3 months old", "2026-06-10", 0, None),
    ("born 5/6/1960", "2026-06-10", 66, None),
    ("I don't know, you'd have to ask my brother", "2026-06-10", "dont_know", None),
    ("he was 41 then, 43 now", "2026-06-10", 41, None),
    ("honestly no clue", "2026-06-10", "dont_know", None),
    ("she's 72 now", None, "age_now", None),
    ("84. She'd have been 85 at Christmas", "2026-06-10", 84, None),
]

HELD_BACK = held_back(ROWS)
# Held-back rows that still fail after the fixes: strict xfails, their failures unread.
HELD_BACK_STILL_FAILING: frozenset[int] = frozenset()


def _params() -> list[object]:
    return blind_params(ROWS, HELD_BACK_STILL_FAILING)


@pytest.mark.parametrize(("text", "incident", "expected", "approximate"), _params())
def test_hedged_or_wrapped_age(
    text: str, incident: str | None, expected: int | str, approximate: bool | None
) -> None:
    parsed = parse_patient_age(text, TODAY, incident)
    if isinstance(expected, str):
        assert not parsed.ok and parsed.error == expected, parsed
        return
    assert parsed.ok, parsed
    assert parsed.values["patient_age"] == expected, parsed
    assert parsed.values["patient_minor"] is (expected < 18)
    if approximate is not None:
        assert bool(parsed.values.get("patient_age_approximate")) is approximate, parsed
