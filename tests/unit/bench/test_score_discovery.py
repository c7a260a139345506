"""The benchmark scores a found-out date only where the visitor told one.

The product asks it only when the limitation rules need it, so a visitor who was never
asked and whose lead keeps none gave nothing to lose; one who answered the question and
whose lead lacks it is an incomplete lead.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.conversation.score import StoredLead, present, score  # noqa: E402
from bench.conversation.visitors import Truth, Window  # noqa: E402

FOUND_OUT = Window(date(2026, 3, 9), date(2026, 3, 1), date(2026, 3, 31))
TRUTH = Truth(state="OR", discovery=FOUND_OUT)
LEAD = {"incident_state": "OR", "incident_date": "2025-10"}


def test_never_asked_and_not_stored_is_not_scored() -> None:
    stored = StoredLead(lead=LEAD)
    assert "discovery_date" not in score(TRUTH, stored, frozenset({"state"}))
    assert present(TRUTH, stored, frozenset({"state"})) == []


def test_answered_but_not_stored_is_missing_and_wrong() -> None:
    stored = StoredLead(lead=LEAD)
    told = frozenset({"state", "discovery"})
    assert score(TRUTH, stored, told)["discovery_date"] is False
    assert present(TRUTH, stored, told) == ["discovery_date"]


def test_stored_from_the_story_is_scored_even_unasked() -> None:
    right = StoredLead(lead=LEAD, discovery="2026-03")
    wrong = StoredLead(lead=LEAD, discovery="2024-07")
    assert score(TRUTH, right, frozenset())["discovery_date"] is True
    assert score(TRUTH, wrong, frozenset())["discovery_date"] is False


def test_without_a_transcript_every_given_field_counts() -> None:
    assert present(TRUTH, StoredLead(lead=LEAD)) == ["discovery_date"]
