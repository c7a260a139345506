"""Whatever a visitor types, the parsers answer (a value or an error code), never raise."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.intake import answers
from bot.intake.corrections import looks_like_correction, parse_correction
from bot.intake.names import looks_like_name
from bot.intake.safety import detect
from bot.intake.story import extract

TODAY = date(2026, 12, 2)
WORDS = st.sampled_from(
    [
        "in",
        "at",
        "the",
        "a",
        "my",
        "mom",
        "dad",
        "Ohio",
        "OH",
        "Springfield",
        "Portland,",
        "Maine",
        "christmas",
        "easter",
        "last",
        "two",
        "ago",
        "weeks",
        "year",
        "2023",
        "March",
        "3rd",
        "not",
        "but",
        "was",
        "is",
        "she's",
        "he's",
        "45",
        "around",
        "fifty",
        "mid-sixties",
        "found",
        "out",
        "surgery",
        "ER",
        "dr",
        "Dr.",
        "Patel",
        "hospital",
        "nurse",
        "friend",
        "I'm",
        "her",
        "it",
        "the",
        "week",
        "after",
        "before",
        ".",
        ",",
        "?",
        "!",
        "Kansas",
        "City",
        "Washington",
        "VA",
        "PA",
        "OR",
        "mass",
        "ok",
        "hi",
        "hello",
        "yes",
        "no",
        "idk",
        "now",
        "just",
    ]
)
SENTENCES = st.lists(WORDS, min_size=0, max_size=14).map(" ".join) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_no_parser_raises(text: str) -> None:
    for field in answers.PARSERS:
        parsed = answers.parse(field, text, TODAY, {"incident_date": "2024-03"})
        assert parsed.ok or parsed.error
    extract(text, TODAY)
    detect(text)
    looks_like_name(text)
    looks_like_correction(text)
    parse_correction(text, TODAY, {"incident_state": "OH"})
