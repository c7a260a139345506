"""Whatever a visitor types, in Spanish or not, the Spanish readers answer and never raise."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.intake import language
from bot.intake.es import answers as answers_es
from bot.intake.es import corrections, safety, story, summary

TODAY = date(2026, 12, 2)
VOCABULARY = (
    "el la de del en hace dos tres años meses semana pasada pasado navidad verano "
    "principios finales mediados marzo mayo 2023 3 15/03/2024 3/4/2025 sí si no sé nel "
    "ajá mi mamá abuelita esposo hijo soy su enfermera unos como cuarenta y tantos pico "
    "Nueva York Carolina Norte Luisiana Los Ángeles Springfield perdón era fue no sino "
    "respira sangrando mucho quiero morir me Dr. Ruiz hospital ¿ ? ¡ ! , . ñ 45 ahora "
    "tenía tiene nació English please español por favor ALTO ok"
)
WORDS = st.sampled_from(VOCABULARY.split())
SENTENCES = st.lists(WORDS, min_size=0, max_size=14).map(" ".join) | st.text(max_size=60)


@settings(max_examples=150, deadline=None)
@given(SENTENCES)
def test_no_spanish_reader_raises(text: str) -> None:
    for field in answers_es.PARSERS:
        parsed = answers_es.parse(field, text, TODAY, {"incident_date": "2024-03"})
        assert parsed.ok or parsed.error
    safety.detect(text)
    corrections.looks_like_correction(text)
    corrections.parse_correction(text, TODAY, {"incident_state": "OH"})
    found = language.detect(text)
    assert found.language in (None, *language.LANGUAGES)
    assert language.next_language(text, None) in (None, *language.LANGUAGES)
    summary.render({"incident_description": text, "full_name": text}, "web")
    story.extract(text, TODAY)
