"""Rules that used to give a deadline LATER than the statute allows, by hand.

Each case names the section read, the old (too late) date and the date the
statute gives. A wrong answer here is the dangerous kind: a firm that trusts
it files too late.
"""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate

AS_OF = date(2020, 1, 1)


def _facts(state: str, incident: str, **kw) -> Facts:
    if isinstance(kw.get("discovery"), str):
        kw["discovery"] = DateSpec.exact(date.fromisoformat(kw["discovery"]))
    for key in ("death_date", "birth_date"):
        if isinstance(kw.get(key), str):
            kw[key] = date.fromisoformat(kw[key])
    return Facts(state=state, incident=DateSpec.exact(date.fromisoformat(incident)), **kw)


# (id, facts, expected, statute and arithmetic; "old" is what the engine gave before)
CASES = [
    (
        "GA-object-found-early",
        _facts("GA", "2021-03-01", discovery="2021-05-10", foreign_object=True),
        "2022-05-10",
        "O.C.G.A. § 9-3-72: § 9-3-71 'shall not apply'; 1 yr from discovery 2021-05-10 "
        "(old: 2 yrs from injury, 2023-03-01)",
    ),
    (
        "AR-object-found-within-two-years",
        _facts("AR", "2021-03-01", discovery="2022-09-01", foreign_object=True),
        "2023-03-01",
        "Ark. Code § 16-114-203(b): found within the 2 yrs, so the plain 2 yrs from the act "
        "(old: 1 yr from discovery, 2023-09-01)",
    ),
    (
        "AR-object-found-after-two-years",
        _facts("AR", "2021-03-01", discovery="2023-06-01", foreign_object=True),
        "2024-06-01",
        "Ark. Code § 16-114-203(b): not discoverable within 2 yrs -> 1 yr from discovery",
    ),
    (
        "SC-object-two-years-from-discovery",
        _facts("SC", "2020-02-01", discovery="2020-03-01", foreign_object=True),
        "2022-03-01",
        "S.C. Code § 15-3-545(B); Jenkins v. Meares (1990): 2 yrs from discovery "
        "(old: 3 yrs from discovery under (A), 2023-03-01)",
    ),
    (
        "MO-object-capped-by-ten-year-repose",
        _facts("MO", "2012-05-01", discovery="2021-08-01", foreign_object=True),
        "2022-05-01",
        "RSMo § 516.105.1: 2 yrs from discovery (2023-08-01) but never beyond 10 yrs from the "
        "act (Vilcek v. Lee) -> 2022-05-01",
    ),
    (
        "VT-object-found-inside-the-period",
        _facts("VT", "2010-01-01", discovery="2016-06-01", foreign_object=True),
        "2017-01-01",
        "12 V.S.A. § 521: found within the period (later of 3 yrs / 2 yrs from discovery, "
        "capped at 7 yrs = 2017-01-01), so the object rule does not apply (old: 2 yrs from "
        "discovery, 2018-06-01)",
    ),
    (
        "VT-object-found-after-the-period",
        _facts("VT", "2010-01-01", discovery="2017-06-01", foreign_object=True),
        "2019-06-01",
        "12 V.S.A. § 521: not found within the period (ended 2017-01-01) -> 2 yrs from "
        "discovery of the object",
    ),
    (
        "OR-death-runs-from-discovery-of-the-injury",
        _facts("OR", "2020-01-10", death_date="2021-06-01"),
        "2023-01-10",
        "ORS 30.020(1): 3 yrs from discovery of the injury (taken as the incident) = "
        "2023-01-10 < 3 yrs from death 2024-06-01 < repose 2025-01-10 (old: 2024-06-01)",
    ),
    (
        "OR-death-later-discovery",
        _facts("OR", "2020-01-10", discovery="2021-03-01", death_date="2023-09-01"),
        "2024-03-01",
        "ORS 30.020(1): 3 yrs from discovery 2021-03-01 = 2024-03-01 (old: repose 2025-01-10)",
    ),
    (
        "OR-death-three-years-from-death-binds",
        _facts("OR", "2020-01-10", discovery="2022-06-01", death_date="2020-08-01"),
        "2023-08-01",
        "ORS 30.020(1)(a): no later than 3 yrs after the death (2023-08-01), before 3 yrs from "
        "discovery (2025-06-01) and the 5-yr repose (2025-01-10)",
    ),
    (
        "NY-death-after-decedents-claim-lapsed",
        _facts("NY", "2019-01-15", death_date="2022-03-01", age_at_incident=60),
        "2021-07-15",
        "EPTL § 5-4.1; Proano v. Gutman: the decedent's CPLR 214-a claim ended 2021-07-15 "
        "(2 yrs 6 months), before the death, so the death claim is barred (old: 2024-03-01)",
    ),
    (
        "NY-death-while-claim-alive",
        _facts("NY", "2021-01-15", death_date="2022-03-01", age_at_incident=60),
        "2024-03-01",
        "EPTL § 5-4.1: claim alive at death (to 2023-07-15), so 2 yrs from death",
    ),
    (
        "MS-death-capped-by-medmal-discovery",
        _facts("MS", "2020-03-01", death_date="2021-09-01"),
        "2022-03-01",
        "Miss. Code § 15-1-36(2) ('injuries or wrongful death'): 2 yrs from discovery (taken as "
        "the act) = 2022-03-01 (old: 2 yrs from death, 2023-09-01)",
    ),
    (
        "MS-death-discovered-at-death",
        _facts("MS", "2020-03-01", discovery="2021-09-01", death_date="2021-09-01"),
        "2023-09-01",
        "Miss. Code § 15-1-36(2): negligence first known at the death -> 2 yrs = 2023-09-01",
    ),
    (
        "UT-death-capped-by-medmal",
        _facts("UT", "2020-03-01", death_date="2021-09-01"),
        "2022-03-01",
        "Utah Code § 78B-3-404(1): 2 yrs from discovery (taken as the act) = 2022-03-01 "
        "(old: 2 yrs from death, 2023-09-01)",
    ),
    (
        "MT-death-capped-by-injury-date",
        _facts("MT", "2020-03-01", death_date="2021-09-01"),
        "2022-03-01",
        "Mont. Code Ann. § 27-2-205(1) ('injury or death'): 2 yrs from the injury = 2022-03-01 "
        "(old: 2 yrs from death, 2023-09-01)",
    ),
    (
        "MI-child-under-8-has-the-tenth-birthday-only",
        _facts("MI", "2022-06-01", birth_date="2017-03-01"),
        "2027-02-28",
        "MCL 600.5851(7): under 8 at accrual -> later of the 10th birthday (2027-03-01, the day "
        "before is used) and the 2-yr period (2024-06-01); § 5851(1)'s year after 18 is "
        "'except as otherwise provided in subsection (7)' (old: 2028-06-01, the 19th-birthday "
        "saving cut by the 6-yr repose)",
    ),
    (
        "MI-child-of-ten-keeps-the-year-after-majority",
        _facts("MI", "2022-06-01", birth_date="2012-03-01"),
        "2028-06-01",
        "MCL 600.5851(1): 1 yr after the 18th birthday (2031-03-01), cut by the 6-yr limit of "
        "§ 600.5838a(2) (2028-06-01)",
    ),
    (
        "OH-death-capped-by-four-year-repose",
        _facts("OH", "2019-01-10", death_date="2022-06-01"),
        "2023-01-10",
        "R.C. 2305.113(C); Everhart v. Coshocton Cty. Mem. Hosp., 2023-Ohio-4670: the 4-yr "
        "medical-claim repose (2023-01-10) bars a death claim otherwise due 2 yrs after the "
        "death under § 2125.02(D)(1) (old: 2024-06-01)",
    ),
    (
        "NH-death-capped-by-three-years-from-the-act",
        _facts("NH", "2019-04-01", death_date="2021-02-15"),
        "2022-04-01",
        "RSA 556:11 ('subject to the provisions of RSA 508'), RSA 508:4; Cheever (N.H. 1997): "
        "3 yrs from the act (2022-04-01) before 3 yrs from the death (old: 2024-02-15)",
    ),
    (
        "ND-death-runs-from-discovery-of-the-malpractice",
        _facts("ND", "2019-05-01", discovery="2019-11-01", death_date="2021-08-01"),
        "2021-11-01",
        "N.D.C.C. § 28-01-18(4): malpractice death -> 2 yrs from discovery of the malpractice "
        "(2019-11-01) = 2021-11-01, within 6 yrs of the act (old: 2 yrs from death, 2023-08-01)",
    ),
    (
        "SC-death-capped-by-the-medmal-period",
        _facts("SC", "2019-05-01", death_date="2021-08-01"),
        "2022-05-01",
        "S.C. Code § 15-3-545(A): 3 yrs from the treatment (2022-05-01) before 3 yrs from the "
        "death under § 15-3-530(6) (old: 2024-08-01)",
    ),
    (
        "CO-death-capped-by-the-medmal-accrual",
        _facts("CO", "2019-05-01", discovery="2019-06-01", death_date="2021-03-01"),
        "2021-06-01",
        "C.R.S. § 13-80-102.5(1): 2 yrs from the known injury (2019-06-01) = 2021-06-01, "
        "before 2 yrs from death (2023-03-01) and the 3-yr limit (2022-05-01) "
        "(old: 2022-05-01)",
    ),
    (
        "NC-minor-until-tenth-birthday-after-2011-reform",
        _facts("NC", "2020-05-01", birth_date="2017-05-01"),
        "2027-04-30",
        "N.C.G.S. § 1-17(c) (2011 reform; Morris v. Rodeberg, 2022): before the 10th birthday "
        "(2027-05-01, the day before is used), later than 3 yrs from the act (2023-05-01) "
        "(old: before the 19th birthday, 2036-04-30 -- nine years too late)",
    ),
    (
        "TX-child-death-cap-uses-adult-date",
        _facts("TX", "2020-01-10", death_date="2020-03-01", birth_date="2015-06-01"),
        "2022-01-10",
        "CPRC §§ 74.251(a), 16.003(b): the under-12 rule (to the 14th birthday) is the "
        "child's own; the death claim is capped by the adult 2 yrs from the act, 2022-01-10 "
        "(old: 2 yrs from death, 2022-03-01)",
    ),
]


@pytest.mark.parametrize(
    ("facts", "expected", "why"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fixed_rule(facts: Facts, expected: str, why: str) -> None:
    result = evaluate(facts, AS_OF)
    assert result.deadline == date.fromisoformat(expected), why


def test_arkansas_explains_why_the_object_rule_did_not_apply() -> None:
    result = evaluate(
        _facts("AR", "2021-03-01", discovery="2022-09-01", foreign_object=True), AS_OF
    )
    assert "applies only when the object was not found within 2 years" in result.explanation


def test_missouri_explains_that_the_repose_still_applies() -> None:
    result = evaluate(
        _facts("MO", "2012-05-01", discovery="2021-08-01", foreign_object=True), AS_OF
    )
    assert "statute of repose still applies to foreign objects" in result.explanation
    assert result.basis == "foreign_object"
