"""Rules moved from secondary sources to statute text or case law, each with a hand-computed case.

The sections were read in the codes themselves (the D.C. Council's codified XML,
the annotated Alaska, Mississippi and Kentucky codes published by Public.Resource.Org)
or in the opinions that apply them (Aicher, Partin, Lee v. Gaufin); each case below
names the words that decide it and the arithmetic.
"""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate
from bot.law.rule_types import is_verified
from bot.law.rules_loader import default_rules

AS_OF = date(2020, 1, 1)


def _facts(state: str, incident: str, **kw) -> Facts:
    if isinstance(kw.get("discovery"), str):
        kw["discovery"] = DateSpec.exact(date.fromisoformat(kw["discovery"]))
    for key in ("death_date", "birth_date"):
        if isinstance(kw.get(key), str):
            kw[key] = date.fromisoformat(kw[key])
    return Facts(state=state, incident=DateSpec.exact(date.fromisoformat(incident)), **kw)


CASES = [
    (
        "DC-death-two-years-after-death",
        _facts("DC", "2023-01-10", death_date="2023-06-01"),
        "2025-06-01",
        "D.C. Code § 16-2702 (as amended by D.C. Law 19-177, 2012): 'within 2 years after the "
        "death of the person injured' -> 2023-06-01 + 2 yrs",
    ),
    (
        "AK-death-two-years-after-death",
        _facts("AK", "2023-01-10", death_date="2023-06-01"),
        "2025-06-01",
        "AS 09.55.580(a): 'commenced within two years after the death' -> 2025-06-01, well "
        "inside the 10-yr repose",
    ),
    (
        "AK-death-cut-by-ten-year-repose",
        _facts("AK", "2010-01-05", discovery="2019-11-01", death_date="2019-12-01"),
        "2020-01-05",
        "AS 09.10.055(a): no action for 'personal injury, death' after 10 yrs from the last "
        "act (2020-01-05), although 2 yrs from the death would run to 2021-12-01",
    ),
    (
        "AK-foreign-body-tolls-the-repose",
        _facts("AK", "2010-06-01", discovery="2022-03-01", foreign_object=True),
        "2024-03-01",
        "AS 09.10.055(c): the repose 'is tolled during any period in which there exists the "
        "undiscovered presence of a foreign body' -> 2 yrs from discovery (AS 09.10.070), "
        "not cut at 2020-06-01",
    ),
    (
        "AK-no-foreign-body-repose-cuts",
        _facts("AK", "2010-06-01", discovery="2022-03-01"),
        "2020-06-01",
        "AS 09.10.055(a): without a foreign body, a late discovery is still cut at 10 yrs "
        "from the act",
    ),
    (
        "WI-newborn-injury-found-after-tenth-birthday",
        _facts("WI", "1982-12-10", discovery="1993-09-10", birth_date="1982-12-10"),
        "1992-12-09",
        "Wis. Stat. § 893.56 as applied in Aicher (2000 WI 98): the later of the § 893.55 "
        "periods (3 yrs from injury 1985-12-10; 1 yr from discovery cut by 5 yrs from the act, "
        "1987-12-10) and 'until they are 10 years old' (day before 1992-12-10); Aicher's 1996 "
        "suit was barred",
    ),
    (
        "IL-birth-injury-eight-years-from-the-act",
        _facts("IL", "1975-07-22", birth_date="1975-07-22"),
        "1983-07-22",
        "735 ILCS 5/13-212(b) as applied in Partin v. St. Francis Hosp. (1998): a minor's "
        "action not 'filed more than eight years after' the act -> 1983-07-22 (the 1987 "
        "grace period is not modelled)",
    ),
    (
        "IL-teenager-two-years-after-eighteen-kept-earlier",
        _facts("IL", "2016-03-01", birth_date="2001-01-01"),
        "2021-01-01",
        "13-212(b) allows up to 8 yrs from the act but not past the 22nd birthday "
        "(2023-01-01); the engine keeps the earlier two years after 18 (2021-01-01), never "
        "later than the section",
    ),
    (
        "AL-child-under-four-until-eighth-birthday",
        _facts("AL", "2020-03-01", birth_date="2018-05-01"),
        "2026-04-30",
        "Ala. Code § 6-5-482(b) (quoted in Ex parte Sonnier): 'a minor under four years of age "
        "... shall have until his eighth birthday' (day before 2026-05-01), past the 4-yr "
        "repose (2024-03-01)",
    ),
    (
        "KY-minor-one-year-after-eighteenth-birthday",
        _facts("KY", "2015-07-01", birth_date="2010-05-01"),
        "2029-05-01",
        "KRS 413.170(1): 'the same number of years after the removal of the disability' -> "
        "the 1 yr of KRS 413.140(1)(e) from the 18th birthday (2028-05-01)",
    ),
]


@pytest.mark.parametrize(
    ("facts", "expected", "why"),
    [pytest.param(f, e, w, id=i) for i, f, e, w in CASES],
)
def test_deadline_from_the_statute_text(facts: Facts, expected: str, why: str) -> None:
    result = evaluate(facts, AS_OF)
    assert result.deadline == date.fromisoformat(expected), why


def test_utah_child_keeps_adult_deadline_but_is_not_called_long_dead() -> None:
    """Lee v. Gaufin (Utah 1993) reversed the bar of minors' claims under the Act's limitation
    and repose; the replacing tolling was not read, so the deadline stays the adult one
    (2 yrs, 2022-03-01) while the outer bound allows tolling to 18 plus the 2 yrs
    (born 2015-01-01 -> 2035-01-01): in 2026 the child's claim is not 'likely expired'."""
    facts = _facts("UT", "2020-03-01", birth_date="2015-01-01")
    result = evaluate(facts, date(2026, 12, 1))
    assert result.deadline == date(2022, 3, 1)
    assert result.latest_possible_deadline == date(2035, 1, 1)
    assert not result.likely_expired
    assert "needs_review" in result.flags


def test_outer_bound_only_minor_rules_never_move_the_deadline() -> None:
    """SD (§ 15-2-22, one year after majority) and CO (Hane v. Tubman: no guardian, two years
    after 18) widen only the outer bound; an adult's bound is unchanged."""
    # CO's own under-6 rule (until the day before the 8th birthday) still sets the deadline.
    for state, deadline, outer in (
        ("SD", date(2022, 3, 1), date(2034, 1, 1)),
        ("CO", date(2022, 12, 31), date(2035, 1, 1)),
    ):
        child = evaluate(_facts(state, "2020-03-01", birth_date="2015-01-01"), AS_OF)
        assert child.deadline == deadline, state
        assert child.latest_possible_deadline == outer, state
    adult = evaluate(_facts("UT", "2020-03-01", age_at_incident=40), date(2026, 12, 1))
    # discovery unknown -> as late as today, so the 4-yr repose (2024-03-01) is the bound
    assert adult.latest_possible_deadline == date(2024, 3, 1)


def test_mississippi_notice_extension_is_sixty_days_from_service() -> None:
    """Miss. Code § 15-1-36(15): notice served in the last 60 days extends to 60 days from
    service. Base period ends 2025-01-10; notice served that day -> 2025-03-11."""
    result = evaluate(_facts("MS", "2023-01-10"), AS_OF)
    assert result.deadline == date(2025, 1, 10)
    assert "to 60 days from service" in result.explanation
    assert "2025-03-11" in result.explanation


@pytest.mark.parametrize(
    ("state", "block"),
    [
        ("DC", "wrongful_death"),
        ("AK", "wrongful_death"),
        ("AK", "repose"),
        ("AK", "foreign_object"),
        ("KY", "minors"),
        ("WI", "minors"),
        ("IL", "minors"),
        ("UT", "minors"),
        ("AL", "minors"),
    ],
)
def test_blocks_read_in_statute_text_are_marked_so(state: str, block: str) -> None:
    rule = getattr(default_rules()[state], block)
    assert is_verified(rule.verification)
    assert rule.verification.startswith(("statute text:", "case law:"))


def test_mississippi_notice_block_is_statute_text() -> None:
    (notice,) = default_rules()["MS"].presuit
    assert notice.verification.startswith("statute text:")


def test_ftca_claim_rule_read_in_the_us_code() -> None:
    """28 U.S.C. § 2401(b): 'presented in writing to the appropriate Federal agency within two
    years after such claim accrues'. A VA injury on 2024-05-20 found the same day -> the
    claim is due 2026-05-20, whatever the state's minors' tolling (born 2019)."""
    from bot.law.government import government_deadlines, government_rules

    federal, _ = government_rules()
    assert federal.verification.startswith("statute text:")
    facts = _facts("TX", "2024-05-20", birth_date="2019-03-01", government="federal")
    (claim,) = government_deadlines(facts)
    assert claim.deadline == date(2026, 5, 20)
    assert "2401(b)" in claim.citation
