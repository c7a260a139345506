"""English emergency rows, round 1, written blind (2026-12-04) by a session that had read no
product code: 120 messages labelled self_harm, medical or none (conventions in the rows'
docstring, tests/unit/safety/emergency_rows_en_round1.py), read as the intake reads any
answer (multilingual.detect_emergency(text, "en")).

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (bot/intake/safety.py as at main d930c68, before any fix):
    tuned part      73/96  (16 emergencies missed, 5 false alarms, 2 of the other kind)
    held-back part  22/24  (held 18 and 23 fail: strict xfails, unread)
AFTER (bot/intake/safety.py on branch emergen, the class fixes; each class in other
wordings, with negatives, in test_emergency_now_classes_en.py):
    tuned part      95/96  (row 27 left, see TUNED_OPEN: answered as self_harm by choice)
    held-back part  22/24  (held 18 and 23 still fail: unread)
    no change in the alarms over the tuned bench visitors' 10,235 strings (13 before and
    after) nor over the 1,840 NLU examples.
"""

from __future__ import annotations

import pytest

from bot.intake.multilingual import detect_emergency
from tests.support.blind_rows import held_back_only_params, tuned_params_by_index
from tests.unit.safety.emergency_rows_en_round1 import ROWS

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset({18, 23})

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    27: (
        "labelled medical by the writer (arguable, says its docstring): the whole bottle just "
        "swallowed with a wish to 'sleep forever' is read as self_harm, whose guidance gives "
        "911 first and 988 too; the medical guidance gives no 988"
    ),
}


def _kind(text: str) -> str:
    found = detect_emergency(text, "en")
    return found.value if found is not None else "none"


@pytest.mark.parametrize(("text", "label"), tuned_params_by_index(ROWS, TUNED_OPEN))
def test_tuned_row(text: str, label: str) -> None:
    assert _kind(text) == label


@pytest.mark.parametrize(("text", "label"), held_back_only_params(ROWS, HELD_BACK_MISSES))
def test_held_back_row(text: str, label: str) -> None:
    assert _kind(text) == label
