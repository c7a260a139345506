"""bench/web_chat.py: each scripted conversation gives a number of its own (distinct visitors
are distinct leads), one the product reads as a valid number; --same-phone keeps one."""

from __future__ import annotations

import pytest

from bench import web_chat
from bot.intake.contact import find_phone


def _phone(script: tuple[str, ...]) -> str | None:
    found = [find_phone(text) for text in script]
    numbers = [n for n in found if n]
    assert len(numbers) == 1, script
    return numbers[0]


def test_every_conversation_of_a_run_gives_its_own_readable_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(web_chat, "SAME_PHONE", False)
    seen = [_phone(web_chat.conversation_script()) for _ in range(600)]
    assert all(n and n.startswith("+1") for n in seen)
    assert len(set(seen)) == len(seen)


def test_same_phone_measures_the_old_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_chat, "SAME_PHONE", True)
    assert {_phone(web_chat.conversation_script()) for _ in range(5)} == {_phone(web_chat.SCRIPT)}
