"""Property-based checks of the engine's safety promises."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.law import DateSpec, Facts, evaluate, jurisdictions
from bot.law.dates import add_period
from bot.law.rules_loader import default_rules

RULES = default_rules()
STATES = jurisdictions()
REPOSE_STATES = sorted(c for c, j in RULES.items() if j.repose is not None)
DISCOVERY_STATES = sorted(
    c for c, j in RULES.items() if j.discovery is not None or j.limitation.starts == "discovery"
)
AS_OF = date(2026, 11, 22)

incidents = st.dates(min_value=date(1995, 1, 1), max_value=date(2026, 6, 30))
offsets = st.integers(min_value=0, max_value=365 * 12)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(st.sampled_from(REPOSE_STATES), incidents, offsets)
def test_deadline_never_passes_repose(state, incident, offset):
    repose = RULES[state].repose
    facts = Facts(
        state=state,
        incident=DateSpec.exact(incident),
        discovery=DateSpec.exact(incident + timedelta(days=offset)),
    )
    result = evaluate(facts, AS_OF)
    assert result.deadline <= add_period(incident, repose.period)


@fast
@given(st.sampled_from(DISCOVERY_STATES), incidents, offsets, offsets)
def test_later_discovery_never_shortens(state, incident, first, extra):
    early = DateSpec.exact(incident + timedelta(days=first))
    late = DateSpec.exact(incident + timedelta(days=first + extra))
    a = evaluate(Facts(state=state, incident=DateSpec.exact(incident), discovery=early), AS_OF)
    b = evaluate(Facts(state=state, incident=DateSpec.exact(incident), discovery=late), AS_OF)
    assert b.deadline >= a.deadline


@fast
@given(
    st.sampled_from(STATES),
    incidents,
    st.integers(min_value=0, max_value=17),
    st.integers(min_value=0, max_value=364),
    offsets,
    st.booleans(),
)
def test_minor_tolling_never_shortens_adult_deadline(state, incident, age, days, offset, fo):
    birth = incident - timedelta(days=age * 365 + age // 4 + days)
    discovery = DateSpec.exact(incident + timedelta(days=offset))
    base = dict(
        state=state, incident=DateSpec.exact(incident), discovery=discovery, foreign_object=fo
    )
    adult = evaluate(Facts(**base), AS_OF)
    child = evaluate(Facts(**base, birth_date=birth), AS_OF)
    assert child.deadline >= adult.deadline


@fast
@given(
    st.sampled_from(STATES),
    st.integers(min_value=1998, max_value=2025),
    st.integers(min_value=1, max_value=12),
    st.data(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=20)),
)
def test_approximate_month_never_later_than_any_exact_day(state, year, month, data, age):
    spec = DateSpec.month(year, month)
    day = data.draw(st.dates(min_value=spec.earliest, max_value=spec.latest))
    birth = None if age is None else spec.earliest - timedelta(days=365 * age + 40)
    approx = evaluate(Facts(state=state, incident=spec, birth_date=birth), AS_OF)
    exact = evaluate(Facts(state=state, incident=DateSpec.exact(day), birth_date=birth), AS_OF)
    assert approx.deadline <= exact.deadline
    assert "approximate_date" in approx.flags


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(STATES), st.integers(min_value=2000, max_value=2024), st.data())
def test_approximate_year_never_later_than_any_exact_day(state, year, data):
    spec = DateSpec.year(year)
    day = data.draw(st.dates(min_value=spec.earliest, max_value=spec.latest))
    approx = evaluate(Facts(state=state, incident=spec, age_at_incident=3), AS_OF)
    exact = evaluate(Facts(state=state, incident=DateSpec.exact(day), age_at_incident=3), AS_OF)
    assert approx.deadline <= exact.deadline


@fast
@given(
    st.sampled_from(STATES),
    incidents,
    offsets,
    st.one_of(st.none(), st.integers(min_value=0, max_value=25)),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=3000)),
    st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 1, 1)),
)
def test_any_facts_give_a_consistent_result(state, incident, offset, age, fo, death, as_of):
    facts = Facts(
        state=state,
        incident=DateSpec.exact(incident),
        discovery=DateSpec.exact(incident + timedelta(days=offset)),
        age_at_incident=age,
        foreign_object=fo,
        death_date=None if death is None else incident + timedelta(days=death),
    )
    result = evaluate(facts, as_of)
    assert result.deadline is not None
    assert result.days_left == (result.deadline - as_of).days
    if result.days_left >= 0:
        assert result.open is True
    else:
        assert result.open is not True
        assert "needs_review" in result.flags
    if result.open is False:
        assert "needs_review" in result.flags
    assert "expired" not in result.explanation.lower()
    assert result.to_dict()["flags"] == sorted(result.flags)
