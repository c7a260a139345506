"""Fuzz the limitation engine (bot.law.evaluate) with any dates at all.

Its documented contract: a LimitationResult, or UnknownJurisdiction for a bad
state, or ValueError for facts that cannot be (the callers, the CLI and
bot/intake/assessment.py, catch exactly those two). Anything else escaping
would reach the visitor's turn as a crash. Results must also keep the
engine's safety promises whatever the dates: `open` is never True past the
deadline, and `open: false` always carries needs_review.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from bot.law import DateSpec, Facts, UnknownJurisdiction, evaluate, jurisdictions

STATES = jurisdictions()
CI_EXAMPLES = int(os.environ.get("FUZZ_ENGINE_CI_EXAMPLES", "300"))
SLOW_EXAMPLES = int(os.environ.get("FUZZ_SLOW_EXAMPLES", "10000"))

any_date = st.dates()  # 0001-01-01 .. 9999-12-31
plausible = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
dates = st.one_of(any_date, plausible)


@st.composite
def date_specs(draw: st.DrawFn) -> DateSpec:
    kind = draw(st.sampled_from(("exact", "month", "year", "between")))
    d = draw(dates)
    if kind == "exact":
        return DateSpec.exact(d)
    if kind == "month":
        return DateSpec.month(d.year, d.month)
    if kind == "year":
        return DateSpec.year(d.year)
    # Mostly spans a visitor could mean ("2019 to 2021"); sometimes any two dates at all.
    # A very wide span costs the engine about a second, so those stay a minority.
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        other = draw(dates)
    else:
        other = min(d + timedelta(days=draw(st.integers(0, 3660))), date.max)
    return DateSpec.between(min(d, other), max(d, other))


facts_args = st.fixed_dictionaries(
    {
        "state": st.one_of(st.sampled_from(STATES), st.text(max_size=4)),
        "incident": st.one_of(st.none(), date_specs()),
        "discovery": st.one_of(st.none(), date_specs()),
        "birth_date": st.one_of(st.none(), dates),
        "age_at_incident": st.one_of(st.none(), st.integers(min_value=-2, max_value=10_000)),
        "died": st.booleans(),
        "death_date": st.one_of(st.none(), dates),
        "foreign_object": st.booleans(),
    }
)


def check(args: dict, as_of: date) -> None:
    try:
        facts = Facts(**args)
    except ValueError:
        return  # rejected up front (negative age): documented
    try:
        result = evaluate(facts, as_of)
    except UnknownJurisdiction:
        assert facts.state not in STATES
        return
    except ValueError as exc:
        assert str(exc), "a ValueError must say what is wrong"
        return
    assert result.jurisdiction == facts.state
    if result.open is True:
        assert result.deadline is not None and result.deadline >= as_of, result
    if result.open is False:
        assert "needs_review" in result.flags, result
    if result.deadline is not None and result.deadline_latest is not None:
        assert result.deadline <= result.deadline_latest, result
    json.dumps(result.to_dict(), default=str)


# No shrinking: each step re-runs the engine on wide date ranges, and the raw failing
# example is already readable.
_common = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)


EDGES = [
    {"state": "CA", "incident": DateSpec.exact(date.max)},
    {"state": "NY", "incident": DateSpec.exact(date.min), "birth_date": date.min},
    {"state": "PA", "incident": DateSpec.year(9999), "discovery": DateSpec.exact(date.max)},
]


def _with_edges(test):
    for args in EDGES:
        full = {
            "discovery": None,
            "birth_date": None,
            "age_at_incident": None,
            "died": False,
            "death_date": None,
            "foreign_object": False,
            **args,
        }
        test = example(full, date(2026, 11, 22))(test)
    return test


@settings(max_examples=CI_EXAMPLES, derandomize=True, **_common)
@_with_edges
@given(facts_args, dates)
def test_engine_fuzz_sample(args: dict, as_of: date) -> None:
    check(args, as_of)


@pytest.mark.slow
@settings(max_examples=SLOW_EXAMPLES, **_common)
@_with_edges
@given(facts_args, dates)
def test_engine_fuzz_full(args: dict, as_of: date) -> None:
    check(args, as_of)
