""" "¿Pa' qué quieren mi edad?" (round 17, first sight): "para" said "pa", as it is texted
and spoken, asks why the question is asked, like "para qué"; it was read as no answer and
the question asked again without a reason. "pa que no se me olvide" (so that) stays no
question. Our own wording."""

from __future__ import annotations

import pytest

from bot.intake.why import asks_why


@pytest.mark.parametrize(
    "text",
    [
        "pa que ocupan mi telefono",
        "pa q quieren saber eso",
        "Y pa' qué necesitan la fecha?",
        "pero pa que",
    ],
)
def test_pa_que_asks_why(text: str) -> None:
    assert asks_why(text)


@pytest.mark.parametrize(
    "text",
    ["pa que no se me olvide, fue el 3 de marzo", "lo lleve al doctor pa que lo revisaran", "42"],
)
def test_not_a_why(text: str) -> None:
    assert not asks_why(text)
