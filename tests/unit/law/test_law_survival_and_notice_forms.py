"""Survival reported apart from the death claim; both forms of pre-suit extension; the
repose exception list kept in step with the minors' provisions."""

from datetime import date

from bot.law import DateSpec, Facts, evaluate
from bot.law.rules_loader import default_rules

AS_OF = date(2020, 1, 1)


def test_survival_claim_lapses_before_the_death_claim_in_new_jersey():
    # N.J.S.A. 2A:14-2(a): the decedent's own claim runs 2 yrs from discovery (taken as the
    # 2019-02-01 incident) -> 2021-02-01; N.J.S.A. 2A:31-3: death claim 2 yrs from the
    # 2020-09-15 death -> 2022-09-15. Both are reported.
    result = evaluate(
        Facts(
            state="NJ",
            incident=DateSpec.exact(date(2019, 2, 1)),
            death_date=date(2020, 9, 15),
            age_at_incident=50,
        ),
        AS_OF,
    )
    assert result.deadline == date(2022, 9, 15)
    assert result.survival_deadline == date(2021, 2, 1)
    assert "EARLIER than the death-claim date" in result.explanation
    assert result.to_dict()["survival_deadline"] == "2021-02-01"


def test_pennsylvania_survival_runs_with_the_death_claim():
    # 40 P.S. § 1303.513(d); Dubose v. Quinlan (Pa. 2017): wrongful death AND survival
    # actions are due 2 yrs after the 2021-05-20 death -> 2023-05-20, even though the
    # decedent's own claim (2 yrs from the 2018-03-01 act) ran out first.
    result = evaluate(
        Facts(
            state="PA",
            incident=DateSpec.exact(date(2018, 3, 1)),
            death_date=date(2021, 5, 20),
            age_at_incident=70,
        ),
        AS_OF,
    )
    assert result.deadline == date(2023, 5, 20)
    assert result.survival_deadline == date(2023, 5, 20)
    assert "it runs with the death claim here" in result.explanation


def test_living_patient_has_no_survival_line():
    result = evaluate(Facts(state="NJ", incident=DateSpec.exact(date(2019, 2, 1))), AS_OF)
    assert result.survival_deadline is None
    assert "Survival claim" not in result.explanation


def test_notice_extension_from_service_is_spelled_out_for_california():
    # CCP § 364(d): a notice served within the last 90 days extends the time 90 days from
    # service; served on the last day (2021-03-05, 1 yr from discovery) -> 2021-06-03.
    result = evaluate(
        Facts(
            state="CA",
            incident=DateSpec.exact(date(2020, 3, 5)),
            discovery=DateSpec.exact(date(2020, 3, 5)),
        ),
        AS_OF,
    )
    assert result.deadline == date(2021, 3, 5)
    assert "to 90 days from service of the notice" in result.explanation
    assert "suit would be due by 2021-06-03" in result.explanation


def test_notice_extension_past_expiry_is_spelled_out_for_tennessee():
    # Tenn. Code § 29-26-121(c): compliant notice extends the period by 120 days;
    # 1 yr from discovery 2020-04-10 -> 2021-04-10, plus 120 days -> 2021-08-08.
    result = evaluate(Facts(state="TN", incident=DateSpec.exact(date(2020, 4, 10))), AS_OF)
    assert result.deadline == date(2021, 4, 10)
    assert "120 days past the expiry of the period (2021-04-10 becomes 2021-08-08)" in (
        result.explanation
    )


def test_repose_exception_list_matches_the_minors_provisions():
    for code, j in default_rules().items():
        if j.repose is None:
            continue
        exempt = any(p.exempt_from_repose for p in j.minors.provisions)
        assert exempt == ("minors" in j.repose.exceptions), code


def _nj_infant(birth_injury):
    # Born 2020-01-10, injured 2020-06-01 (age 0).
    return Facts(
        state="NJ",
        incident=DateSpec.exact(date(2020, 6, 1)),
        birth_date=date(2020, 1, 10),
        birth_injury=birth_injury,
    )


def test_new_jersey_birth_injury_runs_to_the_thirteenth_birthday():
    # N.J.S.A. 2A:14-21: injuries sustained at birth -> before the 13th birthday
    # (2033-01-10; the day before, 2033-01-09, is used).
    assert evaluate(_nj_infant(True), AS_OF).deadline == date(2033, 1, 9)


def test_new_jersey_other_infant_injury_is_tolled_to_majority():
    # N.J.S.A. 2A:14-21: other minors sue after majority; 2A:14-2(a): 2 yrs from the
    # 18th birthday (2038-01-10) -> 2040-01-10.
    assert evaluate(_nj_infant(False), AS_OF).deadline == date(2040, 1, 10)


def test_unknown_birth_injury_uses_the_earlier_birth_rule_and_says_so():
    result = evaluate(_nj_infant(None), AS_OF)
    assert result.deadline == date(2033, 1, 9)
    assert "Whether the injury happened at birth is not known" in result.explanation
    assert result.latest_possible_deadline == date(2040, 1, 10)


def _mn_child(birth: date) -> Facts:
    return Facts(state="MN", incident=DateSpec.exact(date(2020, 3, 1)), birth_date=birth)


def test_minnesota_suspension_is_capped_at_seven_years():
    # Minn. Stat. §§ 541.076, 541.15(b): 4 yrs from the act (2024-03-01), the clock stopped
    # during minority but for at most 7 yrs (2020-03-01 to 2027-03-01, 2556 days)
    # -> 2031-03-01, before the 1-yr-after-majority limit (2034-03-01).
    result = evaluate(_mn_child(date(2015, 3, 1)), AS_OF)
    assert result.deadline == date(2031, 3, 1)
    assert "the stop capped at 7 years" in result.explanation


def test_minnesota_suspension_ends_a_year_after_majority():
    # A 15-year-old: stopped 3 yrs (to the 2023-03-01 birthday) would give 2027-03-01, but
    # not more than 1 yr after majority (2024-03-01), which is also the adult date.
    assert evaluate(_mn_child(date(2005, 3, 1)), AS_OF).deadline == date(2024, 3, 1)


def test_mississippi_minors_rule_is_keyed_on_age_at_discovery():
    # Miss. Code § 15-1-36: the under-7 rule turns on age when the claim was first known.
    # Injured at 4 (born 2016-01-15, act 2020-05-01), known at 5 (2021-02-01): 2 yrs after
    # the 6th birthday (2022-01-15) -> 2024-01-15, later than 2 yrs from discovery.
    early = Facts(
        state="MS",
        incident=DateSpec.exact(date(2020, 5, 1)),
        discovery=DateSpec.exact(date(2021, 2, 1)),
        birth_date=date(2016, 1, 15),
    )
    result = evaluate(early, AS_OF)
    assert result.deadline == date(2024, 1, 15)
    assert "age 5 at the discovery" in result.explanation
    # Known only at 7 (2023-03-01): the rule does not apply; 2 yrs from discovery.
    late = Facts(
        state="MS",
        incident=DateSpec.exact(date(2020, 5, 1)),
        discovery=DateSpec.exact(date(2023, 3, 1)),
        birth_date=date(2016, 1, 15),
    )
    assert evaluate(late, AS_OF).deadline == date(2025, 3, 1)


def test_maine_death_claim_runs_three_years_from_the_act():
    # 24 M.R.S. § 2902; Butler v. Killoran (Me. 1998): the malpractice period (3 yrs from
    # the 2020-01-15 act -> 2023-01-15) governs, not 2 yrs from the 2020-03-20 death.
    result = evaluate(
        Facts(
            state="ME",
            incident=DateSpec.exact(date(2020, 1, 15)),
            death_date=date(2020, 3, 20),
            age_at_incident=60,
        ),
        AS_OF,
    )
    assert result.deadline == date(2023, 1, 15)
