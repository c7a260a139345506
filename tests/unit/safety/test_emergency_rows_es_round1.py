"""Spanish emergencies now, round 1: 120 blind messages labelled self_harm, medical or none.

The rows (tests/unit/safety/emergency_rows_es_round1.py; conventions in its docstring) were
written on 2026-12-04 by a session that had not read the product. Each is read as the
intake reads any answer (bot.intake.multilingual.detect_emergency(text, "es"), which tries
the Spanish detector bot/intake/es/safety.py and the English one). A row passes when the
kind returned is its label ("none" for None). Every fifth row from the fourth is held back
(tests/support/blind_rows); held-back rows are named by index only and never read.

Figures. First sight (main at d930c68, before any change): tuned 96: ok 79, missed 15,
false alarms 1, other kind 1. Held back 24: 19 ok; indexes 8, 38, 43 (missed) and 103,
113 (false alarms) fail, strict xfails, unread.

The 17 tuned failures, sorted into classes, each fixed in bot/intake/es/safety.py for
wordings of my own (tests/unit/safety/test_emergency_classes_es_round1.py, with as many
negatives as positives): self-harm ideation with "en"/"ganas de"; nothing left to go on
for; going to be with the dead; goodbye letters; on a bridge or roof; a crash meant to
kill; how much kills with it at hand; a season "pasado" and support now closing past
thoughts; blood everywhere ("x" read as "por"); a small child who swallowed someone's
pills; medicine taken by mistake and felt now (medical, not 988); danger signs of
pregnancy; the worst headache with a word of onset ("hace 10 min"); a high fever with
confusion; someone who just went unresponsive beside the visitor. Left: row 27 (above).

After (at the commit that adds this figure): tuned 96: ok 95, other kind 1 (row 27),
missed 0, false alarms 0. Held back 24: 21 ok; 43 and 103 now pass (found as XPASS, markers
lifted by the lead, unread); 8, 38 and 113 still fail.
"""

from __future__ import annotations

import pytest

from bot.intake.multilingual import detect_emergency
from tests.support.blind_rows import held_back_only_params, tuned_params_by_index
from tests.unit.safety.emergency_rows_es_round1 import ROWS

# Tuned rows still failing (index -> why); strict xfails.
STILL_OPEN: dict[int, str] = {
    27: (
        "an overdose taken to die reads self_harm, as test_emergency_parity_es and "
        "test_emergency_now_es_class require (the 988 reply also says to call 911 in danger); "
        "the writer labels it medical, arguably (its conventions say so)"
    ),
}
# 43 and 103 pass since the classes fixed on tuned rows (found as XPASS; the lead lifted
# their markers, unread).
HELD_BACK_STILL_FAILING = (8, 38, 113)


def _kind(text: str) -> str:
    found = detect_emergency(text, "es")
    return found.value if found is not None else "none"


@pytest.mark.parametrize(("text", "label"), tuned_params_by_index(ROWS, STILL_OPEN))
def test_a_tuned_message_gets_its_label(text: str, label: str) -> None:
    assert _kind(text) == label


@pytest.mark.parametrize(("text", "label"), held_back_only_params(ROWS, HELD_BACK_STILL_FAILING))
def test_a_held_back_message_gets_its_label(text: str, label: str) -> None:
    assert _kind(text) == label
