"""When the government-facility question is worth asking: the rules decide.

Each case is hand-computed from the rule files: N.Y. Gen. Mun. Law § 50-e (90-day
notice to a public corporation), Tex. Civ. Prac. & Rem. Code § 101.101 (six-month
notice), 28 U.S.C. § 2401(b) (FTCA administrative claim, two years), and the state
medical-malpractice periods the engine applies.
"""

from __future__ import annotations

from datetime import date

from bot.law.model import DateSpec, Facts
from bot.law.worth_asking import government_could_matter

AS_OF = date(2026, 12, 2)


def facts(state: str, incident: date, **more: object) -> Facts:
    return Facts(state=state, incident=DateSpec.exact(incident), **more)  # type: ignore[arg-type]


def test_a_short_public_notice_still_open_makes_it_worth_asking() -> None:
    # Bronx, 2026-11-01: the 90-day notice runs to 2027-01-30, long before NY's 2.5 years.
    assert government_could_matter(facts("NY", date(2026, 11, 1)), AS_OF)
    # Houston, 2026-08-20: the six-month notice runs to 2027-02-20.
    assert government_could_matter(facts("TX", date(2026, 8, 20)), AS_OF)


def test_every_government_deadline_already_past_is_not_worth_a_turn() -> None:
    # 2022: the FTCA's two years and Texas' six months are both over.
    assert not government_could_matter(facts("TX", date(2022, 4, 9)), AS_OF)


def test_an_ftca_claim_that_ends_with_the_state_deadline_changes_nothing() -> None:
    # Wyoming has no public-entity rule on file; the FTCA's two years end on the same
    # day as Wyoming's two-year period (Wyo. Stat. § 1-3-107), within the year.
    assert not government_could_matter(facts("WY", date(2025, 5, 14)), AS_OF)


def test_an_ftca_claim_outliving_a_near_state_deadline_is_worth_asking() -> None:
    # Kentucky's one year (KRS 413.140(1)(e)) ends 2027-02-10; a VA claim would run to 2028.
    assert government_could_matter(facts("KY", date(2026, 2, 10)), AS_OF)


def test_a_known_answer_or_an_unknown_date_is_never_asked_again() -> None:
    assert not government_could_matter(facts("NY", date(2026, 11, 1), government="local"), AS_OF)
    assert not government_could_matter(Facts(state="NY", incident=None), AS_OF)
