"""The outer bound (latest_possible_deadline) and likely_expired, by hand.

The outer bound resolves every unknown in the claimant's favour; each case
shows which unknown moved it and the arithmetic from the statute.
"""

from datetime import date

from bot.law import DateSpec, Facts, evaluate

TODAY = date(2026, 12, 2)


def test_texas_adult_from_2010_is_long_past_even_with_the_notice_tolling():
    # Tex. Civ. Prac. & Rem. Code § 74.251(a): 2 years from the act -> 2012-03-01;
    # § 74.051(c): proper notice tolls 75 days -> 2012-05-15 at the very latest.
    result = evaluate(
        Facts(state="TX", incident=DateSpec.exact(date(2010, 3, 1)), age_at_incident=40), TODAY
    )
    assert result.deadline == date(2012, 3, 1)
    assert result.latest_possible_deadline == date(2012, 5, 15)
    assert result.likely_expired is True
    data = result.to_dict()
    assert data["latest_possible_deadline"] == "2012-05-15"
    assert data["likely_expired"] is True


def test_unknown_discovery_in_a_state_without_repose_has_no_past_outer_bound():
    # N.J.S.A. 2A:14-2(a): 2 years from discovery, no repose. The visitor may only
    # have found out today, so the bound is today + 2 years and nothing is "expired".
    result = evaluate(
        Facts(state="NJ", incident=DateSpec.exact(date(2005, 6, 1)), age_at_incident=30), TODAY
    )
    assert result.latest_possible_deadline == date(2028, 12, 2)
    assert result.likely_expired is False


def test_known_discovery_bounds_the_california_claim():
    # CCP § 340.5: earlier of 3 years from injury (2023-01-10) and 1 year from
    # discovery (2021-02-01); CCP § 364(d): notice in the last 90 days extends the
    # time by 90 days -> 2021-05-02 at the latest.
    result = evaluate(
        Facts(
            state="CA",
            incident=DateSpec.exact(date(2020, 1, 10)),
            discovery=DateSpec.exact(date(2020, 2, 1)),
            age_at_incident=50,
        ),
        TODAY,
    )
    assert result.deadline == date(2021, 2, 1)
    assert result.latest_possible_deadline == date(2021, 5, 2)
    assert result.likely_expired is True


def test_unknown_age_keeps_the_minors_extension_open():
    # Mo. Rev. Stat. § 516.105.1: 2 years from the act for an adult (2012-04-20), but a
    # minor has until the 20th birthday; a newborn at the 2010-04-20 incident turns 20
    # on 2030-04-20 (the day before is used), beyond the 10-year repose it escapes.
    adult = evaluate(
        Facts(state="MO", incident=DateSpec.exact(date(2010, 4, 20)), age_at_incident=35), TODAY
    )
    unknown = evaluate(Facts(state="MO", incident=DateSpec.exact(date(2010, 4, 20))), TODAY)
    assert adult.latest_possible_deadline == date(2012, 4, 20)
    assert adult.likely_expired is True
    assert unknown.latest_possible_deadline == date(2030, 4, 19)
    assert unknown.likely_expired is False


def test_no_incident_date_gives_no_outer_bound():
    result = evaluate(Facts(state="OH", incident=None), TODAY)
    assert result.latest_possible_deadline is None
    assert result.likely_expired is False


def test_florida_outer_bound_adds_both_presuit_extensions():
    # Fla. Stat. § 95.11: 2 yrs from the 2015-03-02 incident -> 2017-03-02 (adult, discovery
    # known the same day); §§ 766.106(4) and 766.104(2) can each add 90 days -> 2017-08-29.
    result = evaluate(
        Facts(
            state="FL",
            incident=DateSpec.exact(date(2015, 3, 2)),
            discovery=DateSpec.exact(date(2015, 3, 2)),
            age_at_incident=45,
        ),
        TODAY,
    )
    assert result.deadline == date(2017, 3, 2)
    assert result.latest_possible_deadline == date(2017, 8, 29)
    assert result.likely_expired is True
