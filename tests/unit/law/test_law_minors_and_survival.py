"""Minors' rules and the Louisiana survival cut, each computed by hand from the section read.

The dates below come from the statute's words, not from running the engine:
each case writes out the arithmetic so a reviewer can redo it on paper.
"""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate

AS_OF = date(2026, 12, 2)


def _facts(state: str, incident: str, **kw) -> Facts:
    if isinstance(kw.get("discovery"), str):
        kw["discovery"] = DateSpec.exact(date.fromisoformat(kw["discovery"]))
    for key in ("death_date", "birth_date"):
        if isinstance(kw.get(key), str):
            kw[key] = date.fromisoformat(kw[key])
    return Facts(state=state, incident=DateSpec.exact(date.fromisoformat(incident)), **kw)


# (id, facts, expected deadline, statute and arithmetic)
CASES = [
    (
        "ND-child-tolling-cut-by-six-years",
        _facts("ND", "2020-06-01", birth_date="2015-03-10"),
        "2026-06-01",
        "N.D.C.C. § 28-01-25: clock stopped to 18 (2033-03-10) but at most 12 yrs and 1 yr "
        "past majority (2034-03-10); § 28-01-18(3) 6 yrs from the act cuts it to 2026-06-01 "
        "(adult: 2022-06-01)",
    ),
    (
        "ND-teen-one-year-after-majority",
        _facts("ND", "2020-08-01", birth_date="2005-01-20"),
        "2024-01-20",
        "N.D.C.C. § 28-01-25: 902 days stopped would give 2025-01-19, but never more than "
        "1 yr after the 18th birthday (2023-01-20) -> 2024-01-20 (adult: 2022-08-01)",
    ),
    (
        "TN-minor-capped-by-three-year-repose",
        _facts("TN", "2021-04-10", birth_date="2005-09-15"),
        "2024-04-10",
        "Tenn. Code § 28-1-106: 1 yr from the 18th birthday (2024-09-15); Calaway: the "
        "3-yr repose of § 29-26-116(a)(3) is not tolled -> 2024-04-10 (adult: 2022-04-10)",
    ),
    (
        "TN-seventeen-year-old-one-year-after-eighteen",
        _facts("TN", "2021-05-01", birth_date="2003-06-01"),
        "2022-06-01",
        "Tenn. Code § 28-1-106: the 1-yr period re-run from 2021-06-01 -> 2022-06-01 "
        "(adult: 2022-05-01; repose 2024-05-01)",
    ),
    (
        "VT-young-child-cut-by-seven-years",
        _facts("VT", "2014-05-01", birth_date="2010-02-01"),
        "2021-05-01",
        "12 V.S.A. § 551: § 521 re-run from 2028-02-01 (to 2031-02-01); the 7 yrs from the "
        "act still cut it (unsettled, earlier) -> 2021-05-01 (adult: 2017-05-01)",
    ),
    (
        "VT-teen-three-years-from-eighteen",
        _facts("VT", "2016-07-01", birth_date="2000-03-01"),
        "2021-03-01",
        "12 V.S.A. §§ 521, 551: 3 yrs from the 18th birthday 2018-03-01 -> 2021-03-01, inside "
        "the 7 yrs from the act (2023-07-01) (adult: 2019-07-01)",
    ),
    (
        "CO-infant-until-eighth-birthday",
        _facts("CO", "2017-03-05", birth_date="2016-07-20"),
        "2024-07-19",
        "C.R.S. § 13-80-102.5(3) (Hane v. Tubman): under 6 at the act -> until age 8, the day "
        "before 2024-07-20; not cut by the 3-yr limit (adult: 2019-03-05)",
    ),
    (
        "CO-seven-year-old-adult-rule",
        _facts("CO", "2017-06-01", birth_date="2010-01-01"),
        "2019-06-01",
        "C.R.S. § 13-80-102.5(1): aged 7, no special rule read -> 2 yrs from the act",
    ),
    (
        "NV-child-no-minority-tolling",
        _facts("NV", "2019-09-01", birth_date="2016-04-04"),
        "2020-09-01",
        "NRS 41A.097(2); Rodrigues v. Washinsky: no minority tolling -> 1 yr from discovery "
        "(taken as the act), earlier than 3 yrs from injury",
    ),
]


@pytest.mark.parametrize("facts, expected, why", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_minor_rule_by_hand(facts, expected, why):
    result = evaluate(facts, AS_OF)
    assert result.deadline == date.fromisoformat(expected), why
    assert "minor" in result.flags


def test_minor_extension_is_named_as_the_basis():
    result = evaluate(_facts("ND", "2020-08-01", birth_date="2005-01-20"), AS_OF)
    assert result.basis == "minor_tolling"
    assert "28-01-25" in result.citation


def test_north_dakota_death_claim_never_runs_past_two_years_from_death():
    """Hubbard v. Libi (N.D. 1975): a malpractice death claim accrues at the death and runs
    2 years (§ 28-01-18(4)). Found out about 15 months after the death, the claim used to run
    2 years from that discovery (2021-06-01), later than 2 years from the death."""
    facts = _facts("ND", "2018-01-10", discovery="2019-06-01", death_date="2018-03-01")
    result = evaluate(facts, AS_OF)
    assert result.deadline == date(2020, 3, 1)
    assert "cuts it to 2020-03-01" in result.explanation


def test_louisiana_survival_ends_a_year_after_the_death():
    """La. Civ. Code art. 2315.1(A): the survival action lasts one year from the death. The
    decedent's own claim under La. R.S. 9:5628 (1 yr from discovery 2023-01-20, within 3 yrs)
    would run to 2024-01-20; one year from the death (2022-03-15) ends 2023-03-15."""
    facts = _facts("LA", "2022-02-10", discovery="2023-01-20", death_date="2022-03-15")
    result = evaluate(facts, AS_OF)
    assert result.survival_deadline == date(2023, 3, 15)
    assert result.deadline == date(2023, 3, 15)  # art. 2315.2(B): death claim, 1 yr from death
    assert "2315.1" in result.explanation
    assert "unsettled" in result.explanation


def test_louisiana_survival_keeps_the_own_claim_when_it_ends_first():
    """Found out at once: 9:5628 gives 1 yr from the act (2023-02-10), before one year from
    the death (2023-05-01), so the decedent's own date stands."""
    facts = _facts("LA", "2022-02-10", death_date="2022-05-01")
    result = evaluate(facts, AS_OF)
    assert result.survival_deadline == date(2023, 2, 10)


def test_survival_cut_is_only_allowed_with_the_own_claim_mode():
    import copy

    import yaml

    from bot.law.rules_loader import RULES_PATH, RulesError, parse_rules

    with open(RULES_PATH, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    bad = copy.deepcopy(document)
    bad["jurisdictions"]["LA"]["wrongful_death"]["survival"] = "same_as_death"
    with pytest.raises(RulesError, match="survival_from_death"):
        parse_rules(bad)


def test_south_dakota_child_gets_the_repose_date_and_no_continuing_treatment_note():
    """S.D. Codified Laws § 15-2-14.1 is a statute of repose that tolling cannot delay, and
    South Dakota has no continuing-treatment doctrine (Pitt-Hart, 2016 SD 33): a six-year-old
    hurt on 2021-05-05 has until 2023-05-05, two years from the act."""
    result = evaluate(_facts("SD", "2021-05-05", birth_date="2015-01-01"), AS_OF)
    assert result.deadline == date(2023, 5, 5)
    assert "continuous_treatment" not in result.flags
    assert "Pitt-Hart" in result.explanation


def test_arkansas_notice_tolling_is_shown_and_reaches_the_outer_bound():
    """Ark. Code § 16-114-212: notice served in the last 30 days tolls the limitation 90 days.
    The computed deadline never includes it; the explanation and the outer bound do."""
    facts = _facts("AR", "2021-03-01", discovery="2021-03-01")
    result = evaluate(facts, date(2022, 6, 1))
    assert "16-114-212" in result.explanation
    assert result.latest_possible_deadline is not None and result.deadline is not None
    assert (result.latest_possible_deadline - result.deadline).days >= 90
