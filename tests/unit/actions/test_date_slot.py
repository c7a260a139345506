"""One date slot: the date's text carries its precision, and conversations stored while
a separate precision slot existed still load."""

from __future__ import annotations

from typing import Any

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.intake.assessment import facts_from
from bot.law import DateSpec


def test_the_domain_has_no_separate_precision_slots(domain: dict[str, Any]) -> None:
    assert not [name for name in domain["slots"] if name.endswith("_precision")]


def test_a_conversation_stored_with_the_old_precision_slot_still_replays(
    domain: dict[str, Any],
) -> None:
    events = [
        SlotSet("incident_state", "OH"),
        SlotSet("incident_date", "2023-07"),
        SlotSet("incident_date_precision", "month"),
        SlotSet("discovery_date", "2023-09-01..2023-10-31"),
        SlotSet("discovery_date_precision", "range"),
    ]
    tracker = DialogueStateTracker.from_events(
        "visitor-from-before", events, slots=Domain.from_dict(domain).slots
    )
    answers = tracker.current_slot_values()
    assert "incident_date_precision" not in answers
    facts = facts_from(answers)
    assert facts is not None
    assert facts.incident == DateSpec.month(2023, 7)
    assert facts.discovery is not None and facts.discovery.precision == "range"
