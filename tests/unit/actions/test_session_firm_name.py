"""The firm's name a session greets with: FIRM_NAME, else the firm profile's.

Before, an unset FIRM_NAME greeted with "our law firm", in English inside the Spanish
greeting, while the SMS replies named the firm from its profile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.session import ActionSessionStart
from bot.config import get_settings
from bot.services import intake

PROFILE = Path(__file__).resolve().parents[3] / "config" / "firm_profile.yml"


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _greeting_name() -> str:
    tracker = Tracker("firm-name", {}, {"text": "hola"}, [], False, None, {}, "")
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, {}))
    return next(e["value"] for e in events if e.get("name") == "firm_name")


def test_without_firm_name_the_profile_names_the_firm(monkeypatch, fresh_settings) -> None:
    monkeypatch.setenv("FIRM_NAME", "")
    monkeypatch.setenv("FIRM_PROFILE", str(PROFILE))
    expected = intake.firm_profile().firm_name
    assert expected and expected != "our law firm"
    assert _greeting_name() == expected


def test_firm_name_set_is_the_name_said(monkeypatch, fresh_settings) -> None:
    monkeypatch.setenv("FIRM_NAME", "Okafor & Lind")
    assert _greeting_name() == "Okafor & Lind"
