"""Where the care was, read from Spanish words, round 3: written blind (without the visitor
file's lines), after three blind Spanish visitors were stored with the wrong state: a
hospital named like a town ("emergencias del St. Anthony" read as Saint Anthony, MN), "LA"
beside California read as Louisiana, and "nada, todo está bien" at the summary read as a
correction to Nada, Texas.

STORY: the state a story gives (None: no state to take from it, the question is asked).
ANSWER: the state an answer to "¿en qué estado?" gives. CORRECTION: what a reply at the
summary corrects (None: nothing, it is no correction).

Every fifth row is held back (a first-sight miss would stay a strict xfail).
First sight (before any change): STORY 5/7, ANSWER 2/5, CORRECTION 5/8 (12/20); of the
three held-back rows 1 passed. Of the 2 misses, "California, por East LA" is a plain row now:
"East LA" and "simon" were in visitor transcripts read before the fix, so they were no
blind measure; both pass after it and are plain rows now.
After the fixes: 20/20.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark.structures import ParameterSet

from bot.intake import multilingual
from bot.intake.es import answers as es_answers
from bot.intake.es import corrections as es_corrections

TODAY = date(2026, 12, 3)


def _held(*values: object, miss: bool = False) -> ParameterSet:
    marks = pytest.mark.xfail(strict=True, reason="held back, not read") if miss else ()
    return pytest.param(*values, marks=marks)


STORY: list[tuple[str, str | None] | ParameterSet] = [
    ("a mi tía la llevaron a urgencias del St. Joseph y la mandaron a casa", None),
    ("me operaron en el hospital del Sagrado Corazón en El Paso", "TX"),
    ("lo internaron en el Santa Rosa y ahí se complicó todo", None),
    ("la llevamos al Mercy de Miami con fiebre", "FL"),
    _held("mi papá estaba en el Providence y nadie lo atendía", None),
    ("en la sala de emergencias del Memorial Hermann en Houston me dieron otra medicina", "TX"),
    ("mi mamá vive en un asilo en East LA y la dejaban sin comer", "CA"),
]

ANSWER: list[tuple[str, str] | ParameterSet] = [
    ("en LA, California", "CA"),
    ("Los Ángeles, California", "CA"),
    ("en Tucson", "AZ"),
    ("california, en la ciudad de LA", "CA"),
    _held("California, por East LA", "CA"),
]

CORRECTION: list[tuple[str, str | None] | ParameterSet] = [
    ("nada, ya está todo bien", None),
    ("no, nada que cambiar", None),
    ("perdón, era en Nueva Jersey", "incident_state"),
    ("ninguna, así está bien", None),
    _held("simón, todo correcto", None),
    ("la edad no, tiene 61", "patient_age"),
    ("todo bien, nada más", None),
    ("nada, gracias, así déjelo", None),
]


@pytest.mark.parametrize(("text", "state"), STORY)
def test_the_state_a_spanish_story_gives(text: str, state: str | None) -> None:
    assert multilingual.place_in(text, "es").state == state


@pytest.mark.parametrize(("text", "state"), ANSWER)
def test_the_state_a_spanish_answer_gives(text: str, state: str) -> None:
    assert es_answers.parse_state(text).values.get("incident_state") == state


@pytest.mark.parametrize(("text", "field"), CORRECTION)
def test_what_a_reply_at_the_summary_corrects(text: str, field: str | None) -> None:
    current = {"incident_state": "NY", "patient_age": "60"}
    assert es_corrections.parse_correction(text, TODAY, current).field == field
