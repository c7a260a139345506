"""bot/rasa_platform/tuning.py: Rasa's structlog events never carry a visitor's words to logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import structlog
from rasa.core import processor as rasa_processor
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_platform.tuning import REDACTED, configure_structlog, redact_visitor_data

SECRET = "Maria Lopez, (201) 555-0147, lost her leg"


@pytest.fixture(autouse=True)
def fresh_structlog(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A new lazy logger for Rasa's processor: a configured one caches itself on first use."""
    structlog.reset_defaults()
    monkeypatch.setattr(rasa_processor, "structlogger", structlog.get_logger())
    yield
    structlog.reset_defaults()


def _tracker_with_slots() -> DialogueStateTracker:
    domain = Domain.from_dict({"slots": {"full_name": {"type": "text", "mappings": []}}})
    tracker = DialogueStateTracker.from_events("web-x", [], slots=domain.slots)
    tracker.update(SlotSet("full_name", SECRET))
    return tracker


def test_unconfigured_rasa_prints_slot_values(capsys: pytest.CaptureFixture[str]) -> None:
    """Why configure_structlog exists: serve_application leaves structlog printing everything."""
    MessageProcessor._log_slots(_tracker_with_slots())
    assert SECRET in capsys.readouterr().out


def test_debug_events_are_dropped_at_info(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_structlog(logging.INFO)
    with caplog.at_level(logging.DEBUG):
        MessageProcessor._log_slots(_tracker_with_slots())  # Rasa's own DEBUG call
    assert caplog.records == []
    assert SECRET not in capsys.readouterr().out


def test_even_at_debug_the_values_are_redacted(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_structlog(logging.DEBUG)
    with caplog.at_level(logging.DEBUG):
        MessageProcessor._log_slots(_tracker_with_slots())
        structlog.get_logger().warning("message.parsing.failed", user_text=SECRET, intent="x")
    assert SECRET not in caplog.text and SECRET not in capsys.readouterr().out
    assert "processor.slots.log" in caplog.text and f"slot_values='{REDACTED}'" in caplog.text
    assert "intent='x'" in caplog.text  # what is not visitor text stays readable
    assert {r.name for r in caplog.records} >= {"rasa.core.processor"}


def test_redaction_keeps_the_event_name() -> None:
    event = {"event": "processor.actions.log", "action_name": "intake_form", "rasa_events": [1]}
    assert redact_visitor_data(None, "debug", event) == {
        "event": "processor.actions.log",
        "action_name": "intake_form",
        "rasa_events": REDACTED,
    }
