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
AFTER: see TUNED_OPEN for what is left (figures recorded at the end of the round).
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
    0: "first sight: chest pressure said now, missed",
    5: "first sight: heavy bleeding after a procedure, missed",
    7: "first sight: an accidental overdose, hard to wake: read as self_harm",
    9: "first sight: vomiting blood now, missed",
    12: "first sight: a toddler who swallowed pills, missed",
    17: "first sight: bleeding as the waters break, missed",
    20: "first sight: head injury on a blood thinner, confused and vomiting, missed",
    21: "first sight: overdose with grey skin and snoring breathing, missed",
    22: "first sight: chest pain to the jaw with sweating, missed",
    24: "first sight: severe pregnancy headache with spots and swelling, missed",
    25: "first sight: someone who stopped responding, missed",
    26: "first sight: a diabetic barely conscious, missed",
    27: "first sight: an overdose just taken: read as self_harm",
    34: "first sight: suicidal intent said indirectly, missed",
    37: "first sight: suicidal intent said indirectly, missed",
    39: "first sight: suicidal intent said indirectly, missed",
    40: "first sight: asks the fastest way to die with the means at hand, missed",
    44: "first sight: thinks of driving into an overpass today, missed",
    74: "first sight: a fear of dying like someone did, read as a wish to die",
    76: "first sight: a little bleeding weeks after, a lasting complaint, read as now",
    87: "first sight: a wish to die taken back ('lol jk'), read as a risk",
    100: "first sight: 'a heart attack over these bills', a figure of speech, read as now",
    102: "first sight: a suicide on the unit told as the case, read as a risk",
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
