"""Case type over every tuned benchmark visitor's story, as the lead's assessment reads it.

The tuned split (bench/conversation/visitors/tuned) may be tuned against; the
held-out split is never read here.  The truth may list several defensible types.
Measured 2026-12-02: 100/130 before the "what went wrong" rework, 130/130 after;
with t7_new_voices added, 167/175 (37/45 in t7), then 175/175 after the classifier was
generalised by class of wording (tests/unit/intake/test_case_type_wordings.py).
The floor leaves room for visitors added later; misses print on failure.
"""

from __future__ import annotations

from tests.support.tuned_case_types import misses, rows


def test_tuned_visitors_get_a_defensible_case_type() -> None:
    found = rows("en")
    missed = misses(found)
    assert len(found) >= 100
    assert 1 - len(missed) / len(found) >= 0.95, "\n".join(missed)
