"""A date corrected with an aside ("I remember because ... I was in the hospital") corrects
the date only: a care place someone was in does not name the provider answer, and the
reason told after the new date gives no date of its own. A tuned visitor's "me equivoqué,
fue el miércoles 1 de julio ... me acuerdo porque ese fin de semana era el 4 de julio y yo
estaba en el hospital" replaced the provider with "the July 4 y yo estaba in the hospital"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 4)
GIVEN = {
    "provider": "Lakeside Surgical Center",
    "incident_date": "2026-05-20..2026-05-31",
    "patient_age": "44",
}


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "perdón, me confundí: fue el martes 2 de junio, me acuerdo porque el domingo "
            "siguiente yo seguía en el hospital",
            "es",
            "2026-06-02",
        ),
        ("disculpe, fue el 3 de junio porque el 5 ya estaba en la clínica", "es", "2026-06-03"),
        ("perdón, era el 28 de mayo, lo sé porque al otro día fui al hospital", "es", "2026-05-28"),
        (
            "sorry, my mistake, it was Tuesday June 2, I remember because that Sunday I was "
            "still in the hospital",
            "en",
            "2026-06-02",
        ),
        ("oops, it was May 28 because the next day we went to the ER", "en", "2026-05-28"),
        ("actually it was June 3, I know since I was at the clinic on the 5th", "en", "2026-06-03"),
    ],
)
def test_a_date_corrected_with_an_aside_corrects_the_date_only(
    text: str, language: str, day: str
) -> None:
    found = multilingual.parse_correction(text, TODAY, GIVEN, language)
    assert found.field == "incident_date"
    assert found.values == {"incident_date": day}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sorry, the hospital was Mercy General, not Lakeside", "en"),
        ("perdón, el hospital era el Mercy General", "es"),
    ],
)
def test_the_provider_named_as_the_answer_is_still_corrected(text: str, language: str) -> None:
    found = multilingual.parse_correction(text, TODAY, GIVEN, language)
    assert found.field == "provider"
    assert "Mercy" in str((found.values or {}).get("provider"))
