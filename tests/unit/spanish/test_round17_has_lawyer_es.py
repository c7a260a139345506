""" "¿Ya tiene un abogado?" answered "sí, tenemos uno ..." (round 17, first sight): the
lawyer said as "uno"/"una" after a yes is a yes, even when more is said after it. A "no
tengo uno" and a lawyer who left stay no. Our own wording.
"""

from __future__ import annotations

import pytest

from bot.intake.es.answers import parse_has_lawyer


@pytest.mark.parametrize(
    "text",
    [
        "si, tenemos uno que lleva lo de inmigracion de mi hermano y tambien vio esto",
        "Sí, tengo una, pero quería otra opinión",
        "si ya tenemos uno",
        "sí, contratamos uno en marzo",
        "Si tengo uno, el licenciado Ramos",
    ],
)
def test_yes_with_one_is_a_lawyer(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}


@pytest.mark.parametrize(
    "text",
    [
        "no tenemos uno todavia",
        "no, no tengo",
        "si tenia uno pero renuncio",
    ],
)
def test_no_or_gone_stays_no(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}
