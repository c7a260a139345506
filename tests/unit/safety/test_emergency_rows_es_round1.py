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
"""

from __future__ import annotations

import pytest

from bot.intake.multilingual import detect_emergency
from tests.support.blind_rows import held_back_only_params, tuned_params_by_index
from tests.unit.safety.emergency_rows_es_round1 import ROWS

# Tuned rows still failing (index -> why); strict xfails.
STILL_OPEN: dict[int, str] = {
    6: "a wound reopened with blood everywhere: 'hay sangre x todos lados' unread",
    9: "a toddler swallowed one pill of someone else's: only counts of pills are read",
    14: "waters broken with bright red blood, alone: no pregnancy danger signs",
    15: "the worst headache of one's life with sight lost, told with 'me dio' and 'de repente'",
    19: "a child's high fever in Fahrenheit with confusion: 'diciendo cosas sin sentido' unread",
    20: "pregnancy danger signs (headache, flashing lights, swollen feet): none read",
    21: "stopped responding just now ('dejo de responder'), eyes open",
    26: "too many pills taken by mistake, dizzy and sleepy: a count 'como 15 de las' unread",
    27: (
        "an overdose taken to die reads self_harm, as test_emergency_parity_es requires "
        "(the 988 reply also says 911); the writer labels it medical, arguably"
    ),
    35: "on the bridge now and not sure of coming down: place of a jump unread",
    37: "'pronto voy a estar con ella' after a child's death: joining the dead unread",
    39: "letters written to one's children: goodbye letters without 'de despedida'",
    40: "asks how much insulin kills, has plenty at hand: lethal-dose question with means",
    41: "'ganas de hacerme dano ahorita': urge to self-harm in 'ganas de' form",
    44: "thinking of crashing the car into a post: a method without a self-harm verb",
    45: "thinks every day of suicide and today is worse: 'pienso en suicidarme' with 'en'",
    70: "past thoughts of suicide 'el invierno pasado', now with support: seasons not read as over",
}
HELD_BACK_STILL_FAILING = (8, 38, 43, 103, 113)


def _kind(text: str) -> str:
    found = detect_emergency(text, "es")
    return found.value if found is not None else "none"


@pytest.mark.parametrize(("text", "label"), tuned_params_by_index(ROWS, STILL_OPEN))
def test_a_tuned_message_gets_its_label(text: str, label: str) -> None:
    assert _kind(text) == label


@pytest.mark.parametrize(("text", "label"), held_back_only_params(ROWS, HELD_BACK_STILL_FAILING))
def test_a_held_back_message_gets_its_label(text: str, label: str) -> None:
    assert _kind(text) == label
