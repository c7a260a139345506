"""A correction at the summary that names the doctor for the role (round 17, first sight):
"Dr. Ames is just my GP who referred me. The surgeon was Dr. Varga" puts Dr. Varga where
Dr. Ames was (the hospital said with him stays); the words telling who the first doctor
is are no provider. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.corrections import parse_correction

TODAY = date(2026, 12, 4)
CURRENT = {"provider": "Dr. Ames at Lakeside Spine Center"}


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        (
            "Wrong doctor. Dr. Ames is just my GP who referred me. The surgeon was Dr. Varga.",
            "Dr. Varga at Lakeside Spine Center",
        ),
        (
            "the provider's not right, dr ames only sent me there, the doctor who operated on me "
            "was dr Kowalski",
            "dr Kowalski at Lakeside Spine Center",
        ),
        ("Actually the surgeon was Dr. Lena Park", "Dr. Lena Park"),
        (
            "the real surgeon was Doctor Bright, Ames was the resident",
            "Doctor Bright at Lakeside Spine Center",
        ),
    ],
)
def test_the_doctor_for_the_role_replaces_the_one_named(text: str, provider: str) -> None:
    found = parse_correction(text, TODAY, CURRENT)
    assert found.field == "provider"
    assert found.values == {"provider": provider}
