"""The engine's result cache (issue 17): a form turn asks the same facts several times,
so `evaluate` keeps its results; a cached answer must be the answer computed afresh."""

from __future__ import annotations

from datetime import date

import pytest

from bot.law import DateSpec, Facts, UnknownJurisdiction, engine, evaluate
from bot.law.discovery import discovery_could_extend
from bot.law.rules_loader import default_rules
from bot.law.worth_asking import government_could_matter

DAY = date(2026, 12, 3)

VARIED_FACTS = [
    Facts("CA", DateSpec.exact(date(2025, 6, 1))),
    Facts("NY", DateSpec.month(2024, 2), age_at_incident=9),
    Facts("TX", DateSpec.year(2019), birth_date=date(2010, 4, 2)),
    Facts("FL", DateSpec.between(date(2023, 5, 1), date(2023, 8, 31)), died=True),
    Facts("IL", DateSpec.exact(date(2022, 1, 5)), death_date=date(2022, 3, 1)),
    Facts("MA", DateSpec.exact(date(2020, 9, 9)), foreign_object=True),
    Facts("PA", DateSpec.exact(date(2021, 11, 2)), discovery=DateSpec.month(2024, 7)),
    Facts("OH", DateSpec.exact(date(2024, 3, 3)), government="federal"),
    Facts("NY", DateSpec.exact(date(2026, 1, 20)), government="public"),
    Facts("MI", DateSpec.exact(date(2016, 2, 1)), birth_injury=True, birth_date=date(2016, 2, 1)),
    Facts("DC", None),
]


@pytest.fixture(autouse=True)
def empty_cache():
    engine._evaluate_for.cache_clear()
    yield
    engine._evaluate_for.cache_clear()


def _uncached(facts: Facts, as_of: date):
    return engine._evaluate_for.__wrapped__(facts, as_of, default_rules()[facts.state])


@pytest.mark.parametrize("facts", VARIED_FACTS, ids=lambda f: f"{f.state}")
def test_cached_result_equals_a_fresh_computation(facts):
    first = evaluate(facts, DAY)
    again = evaluate(facts, DAY)
    assert again is first  # the second call was answered from the cache
    assert first == _uncached(facts, DAY)


def test_equal_facts_built_apart_share_one_entry():
    evaluate(Facts("ca", DateSpec.exact(date(2025, 6, 1))), DAY)
    evaluate(Facts("CA", date(2025, 6, 1)), DAY)  # same facts, spelled another way
    info = engine._evaluate_for.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_another_day_is_another_entry_and_answer():
    facts = Facts("CA", DateSpec.exact(date(2025, 6, 1)))
    today = evaluate(facts, DAY)
    tomorrow = evaluate(facts, date(2026, 12, 4))
    info = engine._evaluate_for.cache_info()
    assert (info.hits, info.misses, info.currsize) == (0, 2, 2)
    assert tomorrow.days_left == today.days_left - 1
    assert tomorrow == _uncached(facts, date(2026, 12, 4))


def test_other_facts_are_other_entries():
    base = Facts("NY", DateSpec.exact(date(2025, 6, 1)))
    for facts in (base, Facts("NY", DateSpec.exact(date(2025, 6, 1)), died=True),
                  Facts("NY", DateSpec.exact(date(2025, 6, 2)))):  # fmt: skip
        evaluate(facts, DAY)
    assert engine._evaluate_for.cache_info().misses == 3


def test_a_swapped_rule_set_is_not_answered_from_the_cache(alaska_rule_unverified, monkeypatch):
    facts = Facts("AK", DateSpec.exact(date(2025, 6, 1)))
    swapped = evaluate(facts, DAY)
    assert "needs_review" in swapped.flags  # the fixture's unverified rule is used
    monkeypatch.undo()  # back to the packaged rules, the cache kept
    packaged = evaluate(facts, DAY)
    assert packaged != swapped
    assert packaged == _uncached(facts, DAY)


def test_bad_input_still_raises_every_time():
    contradiction = Facts("CA", DateSpec.exact(date(2025, 6, 1)), discovery=date(2025, 1, 1))
    for _ in range(2):
        with pytest.raises(ValueError):
            evaluate(contradiction, DAY)
        with pytest.raises(UnknownJurisdiction):
            evaluate(Facts("ZZ", DateSpec.exact(date(2025, 6, 1))), DAY)


def test_the_two_questions_share_the_engines_results():
    """The discovery and government questions evaluate the same facts: once, not twice."""
    discovery_could_extend.cache_clear()
    government_could_matter.cache_clear()
    facts = Facts("TX", DateSpec.exact(date(2025, 2, 1)))
    discovery_could_extend(facts, DAY)
    government_could_matter(facts, DAY)
    info = engine._evaluate_for.cache_info()
    assert (info.hits, info.misses) == (1, 2)
