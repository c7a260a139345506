"""Day-level edges: leap days, the last day itself, the day after, vague dates."""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate

# Indiana (Ind. Code § 34-18-7-1(b)): 2 years from the act, no discovery rule, statute
# text verified -- the cleanest rule for checking day arithmetic.


def indiana(incident: DateSpec) -> Facts:
    return Facts(state="IN", incident=incident)


def test_feb_29_incident_ends_feb_28():
    result = evaluate(indiana(DateSpec.exact(date(2024, 2, 29))), date(2025, 1, 1))
    assert result.deadline == date(2026, 2, 28)
    assert "Feb 29 to Feb 28" in result.explanation


def test_feb_29_incident_into_leap_year_keeps_the_day():
    # 4 years from 2024-02-29 lands on 2028-02-29 (Minn. Stat. § 541.076: 4 years).
    result = evaluate(
        Facts(state="MN", incident=DateSpec.exact(date(2024, 2, 29))), date(2025, 1, 1)
    )
    assert result.deadline == date(2028, 2, 29)


def test_incident_in_leap_year_not_on_feb_29():
    result = evaluate(indiana(DateSpec.exact(date(2024, 3, 1))), date(2025, 1, 1))
    assert result.deadline == date(2026, 3, 1)


def test_last_day_itself_is_open():
    result = evaluate(indiana(DateSpec.exact(date(2023, 6, 1))), date(2025, 6, 1))
    assert result.deadline == date(2025, 6, 1)
    assert result.days_left == 0
    assert result.open is True


def test_day_after_is_not_open_and_needs_review():
    result = evaluate(indiana(DateSpec.exact(date(2023, 6, 1))), date(2025, 6, 2))
    assert result.days_left == -1
    assert result.open is not True
    assert result.open is None  # recently passed: tolling or notice could still matter
    assert "needs_review" in result.flags
    assert "expired" not in result.explanation.lower()


def test_long_past_exact_verified_is_false_but_still_reviewed():
    result = evaluate(indiana(DateSpec.exact(date(2015, 1, 1))), date(2025, 1, 1))
    assert result.open is False
    assert "needs_review" in result.flags


def test_long_past_with_unverified_rule_is_never_confidently_false(alaska_rule_unverified):
    # Alaska's core rule marked secondary-source only by the fixture.
    facts = Facts(
        state="AK",
        incident=DateSpec.exact(date(2015, 1, 1)),
        discovery=DateSpec.exact(date(2015, 1, 1)),
    )
    result = evaluate(facts, date(2025, 1, 1))
    assert result.open is None
    assert "needs_review" in result.flags


def test_month_precision_uses_first_day():
    result = evaluate(indiana(DateSpec.month(2024, 3)), date(2025, 1, 1))
    assert result.deadline == date(2026, 3, 1)
    assert result.deadline_latest == date(2026, 3, 31)
    assert {"approximate_date", "needs_review"} <= result.flags
    assert "approximate" in result.explanation


def test_year_precision_straddling_as_of_is_undecided():
    result = evaluate(indiana(DateSpec.year(2023)), date(2025, 6, 1))
    assert result.deadline == date(2025, 1, 1)
    assert result.open is None
    assert {"approximate_date", "needs_review"} <= result.flags


def test_year_precision_before_window_is_open():
    result = evaluate(indiana(DateSpec.year(2023)), date(2024, 12, 31))
    assert result.open is True
    assert result.days_left == 1


def test_range_precision():
    spec = DateSpec.between(date(2023, 5, 10), date(2023, 8, 20))
    result = evaluate(indiana(spec), date(2024, 1, 1))
    assert spec.precision == "range"
    assert result.deadline == date(2025, 5, 10)


def test_approximate_date_near_age_threshold_takes_worst_day():
    # Alabama (§ 6-5-482(b)): a child under 4 has until the 8th birthday, a 4-year-old only
    # the adult 2 years. Born 2016-06-15, incident "2020": before 2020-06-15 the child is 3
    # (until 2024-06-14); from 2020-06-15 the adult rule gives 2022-06-15 -- the earliest.
    facts = Facts(state="AL", incident=DateSpec.year(2020), birth_date=date(2016, 6, 15))
    result = evaluate(facts, date(2021, 1, 1))
    assert result.deadline == date(2022, 6, 15)
    assert result.deadline_latest == date(2024, 6, 14)


def test_feb_29_birthday_minor():
    # Ind. Code § 34-18-7-1(b): 8th birthday of a Feb 29 2020 child falls on 2028-02-29;
    # last day is the day before.
    facts = Facts(
        state="IN", incident=DateSpec.exact(date(2021, 1, 1)), birth_date=date(2020, 2, 29)
    )
    result = evaluate(facts, date(2022, 1, 1))
    assert result.deadline == date(2028, 2, 28)


@pytest.mark.parametrize(
    "facts",
    [
        Facts(state="CA", incident=DateSpec.exact(date.max)),
        Facts(state="PA", incident=DateSpec.year(9999), discovery=DateSpec.exact(date.max)),
    ],
)
def test_deadline_beyond_the_calendar_is_a_value_error(facts):
    """Callers (the CLI, the assessment service) handle ValueError; an OverflowError crashed."""
    with pytest.raises(ValueError, match="outside the years 1-9999"):
        evaluate(facts, date(2026, 11, 22))
