"""Case type, blind round 10: 100 stories written before the classifier was read.

The rows live in case_type_round10_rows.py (written 2026-12-05 by a session that had read no
product code and no other rows); each is (what-happened answer, provider answer, accepted
types), read joined by a space, as the assessment's case-type reader reads story and provider;
a value is accepted if it is in the row's tuple.

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (classify.py as at HEAD 5b8dbf3, before any fix):
    tuned part      58/80
    held-back part  20/20
"""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type
from tests.support.blind_rows import held_back, held_back_only_params, tuned_params_by_index
from tests.unit.intake.case_type_round10_rows import ROWS

HELD_BACK = held_back(ROWS)

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset()

_FIRST_SIGHT = "failing at first sight; not yet sorted into a class"

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    7: _FIRST_SIGHT,
    11: _FIRST_SIGHT,
    12: _FIRST_SIGHT,
    14: _FIRST_SIGHT,
    17: _FIRST_SIGHT,
    20: _FIRST_SIGHT,
    24: _FIRST_SIGHT,
    32: _FIRST_SIGHT,
    34: _FIRST_SIGHT,
    36: _FIRST_SIGHT,
    41: _FIRST_SIGHT,
    56: _FIRST_SIGHT,
    62: _FIRST_SIGHT,
    69: _FIRST_SIGHT,
    70: _FIRST_SIGHT,
    79: _FIRST_SIGHT,
    81: _FIRST_SIGHT,
    82: _FIRST_SIGHT,
    86: _FIRST_SIGHT,
    87: _FIRST_SIGHT,
    92: _FIRST_SIGHT,
    94: _FIRST_SIGHT,
}


def _value(result: object) -> str | None:
    return getattr(result, "value", result)  # type: ignore[return-value]


def test_counts() -> None:
    assert len(ROWS) == 100
    assert len(HELD_BACK) == 20
    assert HELD_BACK_MISSES <= HELD_BACK
    assert not set(TUNED_OPEN) & HELD_BACK


@pytest.mark.parametrize(("story", "provider", "accepted"), tuned_params_by_index(ROWS, TUNED_OPEN))
def test_tuned_rows_round10(story: str, provider: str, accepted: tuple[str, ...]) -> None:
    assert _value(classify_case_type(f"{story} {provider}")) in accepted


@pytest.mark.parametrize(
    ("story", "provider", "accepted"), held_back_only_params(ROWS, HELD_BACK_MISSES)
)
def test_held_back_rows_round10(story: str, provider: str, accepted: tuple[str, ...]) -> None:
    assert _value(classify_case_type(f"{story} {provider}")) in accepted
