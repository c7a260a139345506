"""Discovery, repose, minors, foreign objects and wrongful death, by hand.

Each case names the statute and shows the arithmetic that gives the expected
date, so a reviewer can check the rule without reading the engine.
"""

from datetime import date, timedelta

import pytest

from bot.law import DateSpec, Facts, evaluate

AS_OF = date(2020, 1, 1)  # early enough that every case below is still open


def d(text: str) -> date:
    return date.fromisoformat(text)


def facts(state, incident, **kw):
    if "discovery" in kw and isinstance(kw["discovery"], str):
        kw["discovery"] = DateSpec.exact(d(kw["discovery"]))
    for key in ("birth_date", "death_date"):
        if isinstance(kw.get(key), str):
            kw[key] = d(kw[key])
    return Facts(state=state, incident=DateSpec.exact(d(incident)), **kw)


# (id, facts kwargs, expected deadline, expected basis, extra flags, statute + arithmetic)
CASES = [
    # --- discovery rules -------------------------------------------------------------
    (
        "CA-discovery-1yr",
        dict(state="CA", incident="2023-01-10", discovery="2023-06-01"),
        "2024-06-01",
        "discovery_rule",
        {"discovery_rule"},
        "CCP § 340.5: min(2023-01-10+3y=2026-01-10, 2023-06-01+1y=2024-06-01)",
    ),
    (
        "CA-late-discovery-3yr-cap",
        dict(state="CA", incident="2020-01-10", discovery="2022-12-01"),
        "2023-01-10",
        "base_period",
        {"repose"},
        "CCP § 340.5: min(2023-01-10, 2023-12-01) = 3 years from injury",
    ),
    (
        "FL-repose-caps-discovery",
        dict(state="FL", incident="2020-01-01", discovery="2023-06-01"),
        "2024-01-01",
        "repose",
        {"repose"},
        "Fla. Stat. § 95.11: later of 2022-01-01 / 2025-06-01, capped by 4-yr repose 2024-01-01",
    ),
    (
        "IL-repose",
        dict(state="IL", incident="2019-01-01", discovery="2022-06-01"),
        "2023-01-01",
        "repose",
        {"repose"},
        "735 ILCS 5/13-212(a): 2022-06-01+2y=2024-06-01 capped at act+4y=2023-01-01",
    ),
    (
        "OH-discovery",
        dict(state="OH", incident="2022-01-10", discovery="2022-09-01"),
        "2023-09-01",
        "discovery_rule",
        {"presuit_notice"},
        "R.C. 2305.113(A): 1 yr from accrual (discovery) 2022-09-01",
    ),
    (
        "MI-6yr-repose",
        dict(state="MI", incident="2018-01-01", discovery="2023-10-01"),
        "2024-01-01",
        "repose",
        {"repose"},
        "MCL 600.5838a: later of 2020-01-01 / 2024-04-01, capped at act+6y=2024-01-01",
    ),
    (
        "MA-7yr-repose",
        dict(state="MA", incident="2015-01-01", discovery="2021-06-01"),
        "2022-01-01",
        "repose",
        {"repose"},
        "G.L. c. 260 § 4: 2021-06-01+3y=2024-06-01 capped at act+7y=2022-01-01",
    ),
    (
        "NC-late-discovery",
        dict(state="NC", incident="2020-01-01", discovery="2022-06-01"),
        "2023-06-01",
        "discovery_rule",
        {"repose"},
        "N.C.G.S. § 1-15(c): discovered >2 yrs after act -> "
        "max(2023-01-01, 2023-06-01) <= 4-yr cap",
    ),
    (
        "NC-early-discovery-ignored",
        dict(state="NC", incident="2020-01-01", discovery="2021-06-01"),
        "2023-01-01",
        "base_period",
        set(),
        "N.C.G.S. § 1-15(c): discovery within 2 yrs -> 3 yrs from last act",
    ),
    (
        "WA-discovery",
        dict(state="WA", incident="2020-01-01", discovery="2022-06-01"),
        "2023-06-01",
        "discovery_rule",
        set(),
        "RCW 4.16.350(3): later of 2023-01-01 / 2023-06-01; no repose (DeYoung)",
    ),
    (
        "MD-5yr-or-3yr-earlier",
        dict(state="MD", incident="2018-01-01", discovery="2022-06-01"),
        "2023-01-01",
        "base_period",
        set(),
        "CJP § 5-109(a): earlier of 2023-01-01 / 2025-06-01",
    ),
    (
        "LA-prescription",
        dict(state="LA", incident="2023-01-01", discovery="2024-06-01"),
        "2025-06-01",
        "discovery_rule",
        {"repose"},
        "La. R.S. 9:5628: later of 2024-01-01 / 2025-06-01, within 3 yrs (2026-01-01)",
    ),
    (
        "PA-no-repose-Yanakos",
        dict(state="PA", incident="2010-01-01", discovery="2017-05-01"),
        "2019-05-01",
        "discovery_rule",
        set(),
        "42 Pa.C.S. § 5524(2): 2 yrs from discovery; MCARE 7-yr repose struck (Yanakos)",
    ),
    (
        "AL-6-month-discovery",
        dict(state="AL", incident="2016-01-01", discovery="2018-06-01"),
        "2018-12-01",
        "discovery_rule",
        {"repose"},
        "Ala. Code § 6-5-482(a): undiscovered for 2 yrs -> 6 months from discovery, < 4-yr cap",
    ),
    # --- minors -------------------------------------------------------------------------
    (
        "CA-minor-under-6",
        dict(state="CA", incident="2022-02-01", birth_date="2019-05-20"),
        "2027-05-19",
        "minor_tolling",
        {"minor"},
        "CCP § 340.5: under 6 -> later of act+3y (2025-02-01) or before 8th birthday (2027-05-20)",
    ),
    (
        "CA-minor-10",
        dict(state="CA", incident="2020-06-01", birth_date="2010-01-01"),
        "2023-06-01",
        "minor_tolling",
        {"minor"},
        "CCP § 340.5: minors -> 3 yrs from the act (adult rule gave 2021-06-01)",
    ),
    (
        "NY-minor-10yr-cap",
        dict(state="NY", incident="2016-07-01", birth_date="2015-07-01"),
        "2026-07-01",
        "minor_tolling",
        {"minor"},
        "CPLR 208: infancy toll limited to 10 yrs after accrual -> 2026-07-01",
    ),
    (
        "TX-minor-repose",
        dict(state="TX", incident="2020-01-15", birth_date="2018-06-10"),
        "2030-01-15",
        "minor_tolling",
        {"minor", "repose"},
        "CPRC § 74.251: under 12 -> before 14th birthday (2032-06-10) but 10-yr repose 2030-01-15",
    ),
    (
        "FL-minor-8th-birthday",
        dict(state="FL", incident="2018-06-01", birth_date="2018-01-01"),
        "2025-12-31",
        "minor_tolling",
        {"minor"},
        "Fla. Stat. § 95.11: action on or before the 8th birthday (2026-01-01) -> day before",
    ),
    (
        "PA-minor-leap",
        dict(state="PA", incident="2015-03-01", birth_date="2012-03-01"),
        "2032-02-29",
        "minor_tolling",
        {"minor"},
        "42 Pa.C.S. § 5533(b): 18th bday 2030-03-01 + 2y = 2032-03-01; MCARE cap: later of "
        "act+7y / day before 20th bday (2032-02-29)",
    ),
    (
        "IL-minor-8yr-cap",
        dict(state="IL", incident="2012-06-01", birth_date="2010-06-01"),
        "2020-06-01",
        "minor_tolling",
        {"minor"},
        "735 ILCS 5/13-212(b): 8 yrs after the act (before the 22nd birthday)",
    ),
    (
        "OH-minor-tolled",
        dict(state="OH", incident="2020-01-01", birth_date="2010-01-01"),
        "2029-01-01",
        "minor_tolling",
        {"minor"},
        "R.C. 2305.16: tolled to 18 (2028-01-01), then 1 yr; repose does not apply to minors",
    ),
    (
        "MI-minor-under-8",
        dict(state="MI", incident="2017-01-01", birth_date="2016-01-01"),
        "2025-12-31",
        "minor_tolling",
        {"minor"},
        "MCL 600.5851(8): under 8 -> before 10th birthday (2026-01-01)",
    ),
    (
        "NJ-birth-injury",
        dict(state="NJ", incident="2020-04-01", birth_date="2020-04-01"),
        "2033-03-31",
        "minor_tolling",
        {"minor"},
        "N.J.S.A. 2A:14-21: birth injury -> before the 13th birthday",
    ),
    (
        "NJ-minor-5",
        dict(state="NJ", incident="2020-01-01", birth_date="2015-01-01"),
        "2035-01-01",
        "minor_tolling",
        {"minor"},
        "N.J.S.A. 2A:14-21: tolled to 18 (2033-01-01) + 2 yrs",
    ),
    (
        "GA-minor-under-5",
        dict(state="GA", incident="2021-01-01", birth_date="2020-01-01"),
        "2027-01-01",
        "minor_tolling",
        {"minor"},
        "O.C.G.A. § 9-3-73(b): 2 yrs from 5th birthday (2025-01-01); before 10th birthday",
    ),
    (
        "MA-minor-repose",
        dict(state="MA", incident="2020-01-01", birth_date="2019-01-01"),
        "2027-01-01",
        "minor_tolling",
        {"minor", "repose"},
        "c. 231 § 60D: under 6 -> 9th birthday (2028-01-01) but 7-yr repose 2027-01-01",
    ),
    (
        "VA-minor-under-8",
        dict(state="VA", incident="2020-05-05", birth_date="2017-05-05"),
        "2027-05-04",
        "minor_tolling",
        {"minor"},
        "Va. Code § 8.01-243.1: under 8 -> until 10th birthday (2027-05-05)",
    ),
    (
        "WA-minor-tolled",
        dict(state="WA", incident="2015-01-01", birth_date="2010-01-01"),
        "2031-01-01",
        "minor_tolling",
        {"minor"},
        "RCW 4.16.190, Schroeder v. Weighall: tolled to 18 (2028-01-01) + 3 yrs",
    ),
    (
        "MD-minor-Piselli",
        dict(state="MD", incident="2016-01-01", birth_date="2015-01-01"),
        "2036-01-01",
        "minor_tolling",
        {"minor"},
        "CJP § 5-109 after Piselli: from 18 (2033-01-01), earlier of 5 yrs / 3 yrs -> 2036-01-01",
    ),
    (
        "DC-minor",
        dict(state="DC", incident="2020-01-01", birth_date="2010-01-01"),
        "2031-01-01",
        "minor_tolling",
        {"minor"},
        "D.C. Code § 12-302: tolled to 18 (2028-01-01) + 3 yrs",
    ),
    # --- foreign objects -----------------------------------------------------------------
    (
        "CA-foreign-object",
        dict(state="CA", incident="2018-01-01", discovery="2024-02-01", foreign_object=True),
        "2025-02-01",
        "foreign_object",
        {"foreign_object"},
        "CCP § 340.5: 3-yr cap lifted for a foreign body; 1 yr from discovery",
    ),
    (
        "NY-foreign-object",
        dict(state="NY", incident="2015-01-01", discovery="2024-03-01", foreign_object=True),
        "2025-03-01",
        "foreign_object",
        {"foreign_object"},
        "CPLR 214-a: 1 yr from discovery of the foreign object",
    ),
    (
        "GA-foreign-object",
        dict(state="GA", incident="2015-01-01", discovery="2024-06-01", foreign_object=True),
        "2025-06-01",
        "foreign_object",
        {"foreign_object"},
        "O.C.G.A. § 9-3-72: 1 yr from discovery, outside the 5-yr repose",
    ),
    (
        "NC-foreign-object-10yr",
        dict(state="NC", incident="2012-01-01", discovery="2021-03-01", foreign_object=True),
        "2022-01-01",
        "foreign_object",
        {"foreign_object"},
        "N.C.G.S. § 1-15(c): 1 yr from discovery (2022-03-01) but never past 10 yrs (2022-01-01)",
    ),
    (
        "VA-foreign-object",
        dict(state="VA", incident="2014-01-01", discovery="2024-01-05", foreign_object=True),
        "2024-01-01",
        "foreign_object",
        {"foreign_object"},
        "Va. Code § 8.01-243(C)(1): 1 yr from discovery, within 10 yrs of the act",
    ),
    (
        "TX-no-foreign-object-rule",
        dict(state="TX", incident="2015-01-01", discovery="2024-01-05", foreign_object=True),
        "2017-01-01",
        "base_period",
        {"foreign_object", "needs_review"},
        "CPRC § 74.251: no special foreign-object rule; 2 yrs from the act",
    ),
    # --- wrongful death ------------------------------------------------------------------
    (
        "CA-wrongful-death",
        dict(state="CA", incident="2024-01-05", death_date="2024-02-10"),
        "2025-02-10",
        "wrongful_death",
        {"wrongful_death"},
        "CCP § 340.5 (death): modelled as 1 yr from death",
    ),
    (
        "NY-wrongful-death",
        dict(state="NY", incident="2024-01-05", death_date="2024-06-01"),
        "2026-06-01",
        "wrongful_death",
        {"wrongful_death"},
        "EPTL § 5-4.1: 2 yrs from death",
    ),
    (
        "TX-wrongful-death-capped",
        dict(state="TX", incident="2023-01-01", death_date="2023-06-01"),
        "2025-01-01",
        "wrongful_death",
        {"wrongful_death"},
        "CPRC § 74.251: 2 yrs from the breach (2025-01-01) controls over 2 yrs from death",
    ),
    (
        "DC-wrongful-death",
        dict(state="DC", incident="2024-01-05", death_date="2024-05-01"),
        "2026-05-01",
        "wrongful_death",
        {"wrongful_death"},
        "D.C. Code § 16-2702: 2 yrs from death",
    ),
    (
        "CT-wrongful-death-5yr",
        dict(state="CT", incident="2019-01-01", death_date="2023-06-01"),
        "2024-01-01",
        "wrongful_death",
        {"wrongful_death"},
        "C.G.S. § 52-555: 2 yrs from death (2025-06-01) but 5 yrs from the act (2024-01-01)",
    ),
    (
        "NC-wrongful-death-barred",
        dict(state="NC", incident="2018-01-01", death_date="2022-01-01"),
        "2021-01-01",
        "wrongful_death",
        {"wrongful_death"},
        "N.C.G.S. § 1-53(4): decedent's own claim lapsed 2021-01-01 before death",
    ),
    (
        "NC-wrongful-death-repose",
        dict(state="NC", incident="2018-01-01", death_date="2020-06-01"),
        "2022-01-01",
        "wrongful_death",
        {"wrongful_death"},
        "N.C.G.S. §§ 1-53(4), 1-15(c); Udzinski v. Lovin (2004): 2 yrs from death (2022-06-01) "
        "but the 4-yr repose from the act (2022-01-01) also bars death claims",
    ),
    (
        "PA-wrongful-death",
        dict(state="PA", incident="2024-01-05", death_date="2024-03-01"),
        "2026-03-01",
        "wrongful_death",
        {"wrongful_death"},
        "40 P.S. § 1303.513(d): 2 yrs after death",
    ),
    (
        "LA-wrongful-death",
        dict(state="LA", incident="2024-01-05", death_date="2024-03-01"),
        "2025-03-01",
        "wrongful_death",
        {"wrongful_death"},
        "La. Civ. Code art. 2315.2: 1 yr from death",
    ),
]


@pytest.mark.parametrize(
    ("kw", "expected", "basis", "flags", "why"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_special_case(kw, expected, basis, flags, why):
    kw = dict(kw)
    state, incident = kw.pop("state"), kw.pop("incident")
    as_of = d(expected) - timedelta(days=10)
    result = evaluate(facts(state, incident, **kw), as_of)
    assert result.deadline == d(expected), why
    assert result.basis == basis, why
    assert flags <= result.flags, why
    assert result.open is True
    assert result.days_left == 10


def test_wrongful_death_without_date_is_unknown():
    result = evaluate(facts("CA", "2024-01-05", died=True), date(2024, 6, 1))
    assert result.deadline is None
    assert result.open is None
    assert result.basis == "wrongful_death"
    assert {"wrongful_death", "needs_review"} <= result.flags
    assert "survival" in result.explanation


def test_wrongful_death_mentions_survival_claim():
    result = evaluate(facts("NY", "2024-01-05", death_date="2024-06-01"), date(2024, 7, 1))
    assert "survival claim" in result.explanation
    assert "needs_review" in result.flags


def test_minor_from_age_assumes_oldest_birth_date():
    # Ind. Code § 34-18-7-1(b): under 6 -> until the 8th birthday. Age 4 on 2022-02-01
    # -> oldest birth 2017-02-02 -> 8th birthday 2025-02-02 -> last day 2025-02-01
    # (a child born 2018-02-01 would have until 2026-01-31).
    result = evaluate(facts("IN", "2022-02-01", age_at_incident=4), AS_OF)
    assert result.deadline == date(2025, 2, 1)
    assert {"minor", "needs_review"} <= result.flags
    assert "oldest birth date" in result.explanation


def test_minor_tolling_never_shortens_adult_deadline():
    adult = evaluate(facts("KS", "2020-01-01", discovery="2021-06-01"), AS_OF)
    child = evaluate(
        facts("KS", "2020-01-01", discovery="2021-06-01", birth_date="2002-06-01"), AS_OF
    )
    assert child.deadline >= adult.deadline


def test_state_without_minor_rule_uses_adult_deadline_and_flags():
    result = evaluate(facts("LA", "2023-01-01", birth_date="2015-01-01"), AS_OF)
    assert result.deadline == date(2024, 1, 1)
    assert {"minor", "needs_review"} <= result.flags


def test_discovery_before_incident_raises():
    with pytest.raises(ValueError, match="before the incident"):
        evaluate(facts("CA", "2024-01-05", discovery="2023-12-01"), AS_OF)


def test_death_before_incident_raises():
    with pytest.raises(ValueError, match="death"):
        evaluate(facts("CA", "2024-01-05", death_date="2023-12-01"), AS_OF)


def test_unknown_jurisdiction():
    from bot.law import UnknownJurisdiction

    with pytest.raises(UnknownJurisdiction):
        evaluate(facts("ZZ", "2024-01-05"), AS_OF)
    with pytest.raises(LookupError):
        evaluate(facts("PR", "2024-01-05"), AS_OF)


def test_missing_incident_gives_no_deadline():
    result = evaluate(Facts(state="NY", incident=None), AS_OF)
    assert result.deadline is None and result.open is None and result.days_left is None
    assert "needs_review" in result.flags
    assert result.basis == "insufficient_facts"


def test_presuit_extension_is_mentioned_but_not_added():
    result = evaluate(facts("TN", "2024-01-05"), date(2024, 6, 1))
    assert result.deadline == date(2025, 1, 5)
    assert "presuit_notice" in result.flags
    assert "120 days" in result.explanation
    assert "NOT included" in result.explanation


def test_struck_repose_is_noted():
    result = evaluate(facts("PA", "2024-01-05"), date(2024, 6, 1))
    assert "Yanakos" in result.explanation
    assert "repose" not in result.flags


def test_unverified_rule_triggers_review(alaska_rule_unverified):
    # Alaska's core rule marked secondary-source only by the fixture.
    result = evaluate(facts("AK", "2024-01-05", discovery="2024-01-05"), date(2024, 6, 1))
    assert "needs_review" in result.flags
    assert "Source check" in result.explanation


def test_verified_plain_case_needs_no_review():
    # Indiana: occurrence-based, statute text read, no discovery rule -> clean estimate.
    result = evaluate(facts("IN", "2024-01-05"), date(2024, 6, 1))
    assert result.open is True
    assert "needs_review" not in result.flags


def test_explanation_never_says_expired():
    for as_of in (date(2024, 6, 1), date(2030, 1, 1), date(2026, 1, 6)):
        result = evaluate(facts("IN", "2024-01-05"), as_of)
        assert "expired" not in result.explanation.lower()
        assert "attorney must verify" in result.explanation


def test_nebraska_tolls_until_21():
    # Neb. Rev. Stat. § 25-213: under 21 -> clock starts at 21 (2025-01-01), then the adult
    # 2 years of § 44-2828 -> 2027-01-01.
    result = evaluate(facts("NE", "2023-06-01", birth_date="2004-01-01"), date(2024, 1, 1))
    assert result.deadline == date(2027, 1, 1)
    assert result.basis == "minor_tolling"


def test_mississippi_18_year_old_flagged_without_extension():
    # Majority is 21 in Mississippi; no verified rule for older minors, so adult deadline.
    result = evaluate(facts("MS", "2023-06-01", birth_date="2005-01-01"), date(2024, 1, 1))
    assert result.deadline == date(2025, 6, 1)
    assert {"minor", "needs_review"} <= result.flags


def test_old_claim_with_unknown_discovery_is_not_conclusive():
    # Arizona runs from discovery; with no discovery date a later discovery could revive it.
    result = evaluate(facts("AZ", "2010-01-01"), date(2025, 1, 1))
    assert result.deadline == date(2012, 1, 1)
    assert result.open is None
    assert "unknown discovery date" in result.explanation


def test_old_claim_past_repose_with_unknown_discovery_is_past():
    # Tennessee: 1 yr from discovery but never more than 3 yrs (2013-01-01) -- even the
    # latest discovery cannot help, and the statute text was read: open is False.
    result = evaluate(facts("TN", "2010-01-01"), date(2025, 1, 1))
    assert result.deadline == date(2011, 1, 1)
    assert result.open is False
    assert "needs_review" in result.flags


def test_approximate_discovery_range():
    # CA § 340.5: discovery some day in 2023 -> 1 yr from the earliest day (2024-01-01),
    # up to 2024-12-31 for the latest; as_of inside that window -> undecided.
    f = Facts(state="CA", incident=DateSpec.exact(date(2022, 6, 1)), discovery=DateSpec.year(2023))
    result = evaluate(f, date(2024, 6, 1))
    assert result.deadline == date(2024, 1, 1)
    assert result.deadline_latest == date(2024, 12, 31)
    assert result.open is None
    assert {"approximate_date", "needs_review"} <= result.flags
