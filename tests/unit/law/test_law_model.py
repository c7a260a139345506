"""DateSpec, Facts and LimitationResult value types."""

import json
from datetime import date

import pytest

from bot.law import DateSpec, Facts, LimitationResult, evaluate


def test_datespec_constructors():
    assert DateSpec.exact(date(2024, 2, 29)).precision == "day"
    month = DateSpec.month(2024, 2)
    assert (month.earliest, month.latest, month.precision) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        "month",
    )
    year = DateSpec.year(2023)
    assert (year.earliest, year.latest, year.precision) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
        "year",
    )
    rng = DateSpec.between(date(2023, 1, 5), date(2023, 2, 5))
    assert rng.precision == "range" and not rng.is_exact
    assert DateSpec.between(date(2023, 1, 5), date(2023, 1, 5)).precision == "day"


def test_datespec_rejects_backwards_range():
    with pytest.raises(ValueError):
        DateSpec.between(date(2023, 2, 5), date(2023, 1, 5))


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2024-03-10", date(2024, 3, 10), date(2024, 3, 10), "day"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
    ],
)
def test_datespec_parse(text, earliest, latest, precision):
    spec = DateSpec.parse(text)
    assert (spec.earliest, spec.latest, spec.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text", ["2024-02-30", "24-01-01", "March 2024", "2024-13", ""])
def test_datespec_parse_rejects(text):
    with pytest.raises(ValueError):
        DateSpec.parse(text)


def test_facts_normalise_state_and_plain_dates():
    facts = Facts(state=" ny ", incident=date(2024, 1, 2), death_date=date(2024, 3, 1))
    assert facts.state == "NY"
    assert facts.incident == DateSpec.exact(date(2024, 1, 2))
    assert facts.died is True


def test_facts_reject_negative_age():
    with pytest.raises(ValueError):
        Facts(state="NY", incident=None, age_at_incident=-1)


def test_result_to_dict_is_json_safe():
    result = evaluate(Facts(state="NY", incident=DateSpec.month(2024, 5)), date(2025, 1, 1))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["deadline"] == "2026-11-01"
    assert data["flags"] == sorted(data["flags"])
    assert {
        "deadline",
        "open",
        "days_left",
        "basis",
        "citation",
        "explanation",
        "flags",
        "jurisdiction",
    } <= set(data)


def test_result_rejects_unknown_flag():
    with pytest.raises(ValueError):
        LimitationResult("NY", None, None, None, "x", "c", "e", frozenset({"bogus"}))
