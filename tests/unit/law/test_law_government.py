"""Government providers: the FTCA claim and public-hospital notice deadlines, by hand."""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate, government_deadlines, government_states

TODAY = date(2026, 12, 2)


def _facts(state: str, incident: date, government: str | None, **kw) -> Facts:
    return Facts(state=state, incident=DateSpec.exact(incident), government=government, **kw)


def test_federal_provider_gets_the_ftca_two_year_claim_from_discovery():
    # 28 U.S.C. § 2401(b): written claim within 2 years of accrual; accrual on
    # discovery (Kubrick) 2024-08-01 -> 2026-08-01, whatever the state period says.
    facts = _facts("OK", date(2024, 5, 10), "federal", discovery=DateSpec.exact(date(2024, 8, 1)))
    (ftca,) = government_deadlines(facts)
    assert ftca.deadline == date(2026, 8, 1)
    assert ftca.level == "federal"
    assert "2401(b)" in ftca.citation
    result = evaluate(facts, TODAY)
    assert result.government_deadlines == (ftca,)
    assert {"government_defendant", "needs_review"} <= result.flags
    assert "FTCA administrative claim" in result.explanation
    assert result.to_dict()["government_deadlines"][0]["deadline"] == "2026-08-01"


@pytest.mark.parametrize(
    ("state", "government", "incident", "expected", "section"),
    [
        ("CA", "local", date(2026, 3, 15), date(2026, 9, 15), "911.2"),  # 6 months
        ("TX", "local", date(2026, 1, 31), date(2026, 7, 31), "101.101"),  # 6 months
        ("NY", "local", date(2026, 9, 1), date(2026, 11, 30), "50-e"),  # 90 days
        ("MI", "state", date(2025, 2, 28), date(2025, 8, 28), "600.6431"),  # 6 months
        ("PA", "local", date(2025, 7, 4), date(2026, 1, 4), "5522"),  # 6 months
        ("FL", "state", date(2023, 6, 1), date(2026, 6, 1), "768.28"),  # 3 years
        ("IL", "local", date(2024, 2, 29), date(2026, 2, 28), "8-101"),  # 2 years, Feb 29
    ],
)
def test_public_hospital_notice_deadlines(state, government, incident, expected, section):
    found = government_deadlines(_facts(state, incident, government))
    assert found, state
    assert found[0].deadline == expected
    assert section in found[0].citation


def test_public_of_unknown_level_lists_every_rule_earliest_first():
    # Georgia: municipal ante litem 6 months from the event (O.C.G.A. § 36-33-5) comes
    # before the state 12 months from discovery (O.C.G.A. § 50-21-26(a)(1)).
    found = government_deadlines(_facts("GA", date(2025, 4, 10), "public"))
    assert [g.deadline for g in found] == [date(2025, 10, 10), date(2026, 4, 10)]
    assert [g.level for g in found] == ["local", "state"]


def test_private_provider_adds_nothing():
    result = evaluate(_facts("CA", date(2026, 3, 15), None), TODAY)
    assert result.government_deadlines == ()
    assert "government_defendant" not in result.flags


def test_public_provider_in_a_state_without_recorded_rules_is_flagged():
    result = evaluate(_facts("WY", date(2026, 3, 15), "public"), TODAY)
    assert result.government_deadlines == ()
    assert "no notice-of-claim rule for public entities in WY is recorded" in result.explanation
    assert "needs_review" in result.flags


def test_ten_most_populous_states_have_public_rules():
    assert {"CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI"} <= set(government_states())


def test_unknown_government_kind_is_rejected():
    with pytest.raises(ValueError, match="government must be"):
        _facts("CA", date(2026, 3, 15), "tribal")
