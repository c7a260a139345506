"""A Spanish "I don't remember" at the provider question is no provider's name: kept as
unknown (so the intake comes back to it once), never as the words "no me acuerdo del
nombre" on the lead (round 14, es)."""

from __future__ import annotations

import pytest

from bot.intake.questions import fallback
from bot.intake.slot_names import UNKNOWN


@pytest.mark.parametrize(
    "said", ["no me acuerdo como se llamaba", "la verdad no recuerdo", "ni idea del nombre"]
)
def test_a_spanish_dont_know_is_kept_as_unknown(said: str) -> None:
    values, flag = fallback("provider", said)
    assert values == {"provider": UNKNOWN}
    assert flag == "provider_unclear"


def test_a_name_typed_is_kept_as_typed() -> None:
    values, _ = fallback("provider", "la clínica del doctor Ibarra en Pico Rivera")
    assert values == {"provider": "la clínica del doctor Ibarra en Pico Rivera"}
