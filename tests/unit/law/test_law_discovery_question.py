"""bot.law.discovery: the found-out question is worth asking only where it can move a
deadline that is past or near. Each case is computed by the engine's own rules."""

from __future__ import annotations

from datetime import date

from bot.law import DateSpec, Facts
from bot.law.discovery import discovery_could_extend

AS_OF = date(2026, 12, 2)


def facts(state: str, incident: DateSpec, **more: object) -> Facts:
    return Facts(state=state, incident=incident, **more)


def test_a_discovery_state_with_a_deadline_passed_by_the_act_asks() -> None:
    # Ohio: one year from accrual (R.C. 2305.113(A)), accrual on discovery; 2025 is past a year.
    assert discovery_could_extend(facts("OH", DateSpec.month(2025, 5)), AS_OF)


def test_a_state_that_runs_from_the_act_only_does_not_ask() -> None:
    # Texas: two years from the breach or the treatment (Tex. Civ. Prac. & Rem. Code § 74.251).
    assert not discovery_could_extend(facts("TX", DateSpec.month(2025, 5)), AS_OF)


def test_a_deadline_years_away_is_not_worth_the_question() -> None:
    # Recent enough that even the act-based deadline is over a year away.
    assert not discovery_could_extend(facts("FL", DateSpec.exact(date(2026, 11, 1))), AS_OF)
    assert discovery_could_extend(
        facts("FL", DateSpec.exact(date(2026, 11, 1))), AS_OF, within_days=800
    )


def test_a_known_discovery_or_a_missing_date_asks_nothing() -> None:
    known = facts("OH", DateSpec.month(2025, 5), discovery=DateSpec.month(2026, 2))
    assert not discovery_could_extend(known, AS_OF)
    assert not discovery_could_extend(Facts(state="OH", incident=None), AS_OF)
