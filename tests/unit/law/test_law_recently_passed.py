"""A deadline passed only recently is not 'likely expired': tolling the engine does not
model may still save it, so it stays urgent for an attorney (issue 14's triage)."""

from __future__ import annotations

from datetime import date

from bot.law import DateSpec, Facts, evaluate
from bot.law.engine import RECENT_WINDOW_DAYS


def death_claim(as_of: date):
    # N.J.S.A. 2A:31-3: two years from the death; a death in early May 2024.
    facts = Facts(
        state="NJ",
        incident=DateSpec.exact(date(2024, 5, 2)),
        died=True,
        death_date=date(2024, 5, 3),
    )
    return evaluate(facts, as_of=as_of)


def test_months_past_the_outer_bound_is_not_yet_likely_expired() -> None:
    result = death_claim(date(2026, 12, 2))
    assert result.latest_possible_deadline is not None
    assert result.latest_possible_deadline < date(2026, 12, 2)
    assert result.likely_expired is False


def test_past_the_outer_bound_by_more_than_the_window_is_likely_expired() -> None:
    outer = death_claim(date(2026, 12, 2)).latest_possible_deadline
    assert outer is not None
    later = date.fromordinal(outer.toordinal() + RECENT_WINDOW_DAYS + 1)
    assert death_claim(later).likely_expired is True
    edge = date.fromordinal(outer.toordinal() + RECENT_WINDOW_DAYS)
    assert death_claim(edge).likely_expired is False
