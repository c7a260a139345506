"""GSM-7 normalising and splitting of replies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as s

from bot.channels.sms import gsm

GREETING = (
    "Hi, I\u2019m the intake assistant for Harbor & Vale Injury Law (example). I\u2019ll ask a "
    "few questions so an attorney can review what happened to you or your loved one. Please "
    "know: this chat does not create an attorney-client relationship, and what you share here "
    "is kept confidential. If anyone is in danger right now, call 911."
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("It\u2019s \u201cfine\u201d", 'It\'s "fine"'),
        ("2020\u20132022 \u2014 maybe", "2020-2022 - maybe"),
        ("Wait\u2026", "Wait..."),
        ("\u2022 one\n\u2022 two", "- one\n- two"),
        ("a\u00a0b\tc", "a b c"),
        ("Mar\u00eda Jos\u00e9 Zo\u00eb", "Maria José Zoe"),  # é is GSM-7; í and ë are not
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_typographic_characters_become_gsm7(raw: str, expected: str) -> None:
    out = gsm.normalize(raw)
    assert out == expected
    assert gsm.is_gsm7(out)


def test_characters_without_a_gsm7_equivalent_are_kept_not_lost() -> None:
    assert gsm.normalize("Thanks \U0001f600 \u674e") == "Thanks \U0001f600 \u674e"
    assert not gsm.is_gsm7("\U0001f600")


def test_extension_characters_count_twice() -> None:
    assert gsm.septets("[x]") == 5
    assert gsm.septets("\u20ac10") == 4
    assert gsm.septets("plain") == 5


def test_a_short_message_is_one_part() -> None:
    assert gsm.split("Who was the provider involved?") == ["Who was the provider involved?"]


def test_long_text_splits_at_a_sentence_boundary() -> None:
    parts = gsm.split(gsm.normalize(GREETING), 160)
    assert all(gsm.septets(p) <= 160 for p in parts)
    assert all(p.endswith((".", "?", "!")) for p in parts[:-1])
    assert " ".join(parts) == gsm.normalize(GREETING)


def test_without_sentences_it_splits_between_words() -> None:
    text = " ".join(["word"] * 100)  # 499 characters, no sentence ends
    parts = gsm.split(text, 320)
    assert len(parts) == 2
    assert all(set(p.split(" ")) == {"word"} for p in parts)


def test_a_single_overlong_word_is_cut_hard() -> None:
    parts = gsm.split("x" * 700, 320)
    assert [len(p) for p in parts] == [320, 320, 60]


def test_extension_characters_never_overflow_a_part() -> None:
    parts = gsm.split("[" * 200, 320)
    assert all(gsm.septets(p) <= 320 for p in parts)
    assert "".join(parts) == "[" * 200


def test_pack_joins_short_neighbours_and_keeps_order() -> None:
    parts = gsm.pack([GREETING, "In your own words, what happened?"], 320)
    assert len(parts) == 2
    assert parts[0].startswith("Hi, I'm the intake assistant")
    assert parts[1].endswith(
        "If anyone is in danger right now, call 911.\n\nIn your own words, what happened?"
    )


def test_pack_keeps_separate_messages_that_do_not_fit_together() -> None:
    a, b = "a" * 200, "b" * 200
    assert gsm.pack([a, b], 320) == [a, b]


@given(s.lists(s.text(min_size=1, max_size=500), min_size=1, max_size=4))
def test_pack_never_exceeds_the_limit_and_loses_no_words(messages: list[str]) -> None:
    parts = gsm.pack(messages, 320)
    assert all(gsm.septets(p) <= 320 for p in parts)
    words_in = "".join("".join(gsm.normalize(m).split()) for m in messages)
    words_out = "".join("".join(p.split()) for p in parts)
    assert words_out == words_in
