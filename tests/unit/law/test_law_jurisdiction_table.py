"""One hand-computed adult case for every jurisdiction.

Common facts: adult patient, exact incident 2024-03-15, no discovery date given
(so discovery is taken as the incident date), judged on 2025-01-10. Each row
names the statute and the date worked out by hand from it.
"""

from datetime import date

import pytest

from bot.law import DateSpec, Facts, evaluate, jurisdictions

INCIDENT = date(2024, 3, 15)
AS_OF = date(2025, 1, 10)

# (state, expected last day, basis, statute and hand computation)
TABLE = [
    ("AL", date(2026, 3, 15), "base_period", "Ala. Code § 6-5-482(a): 2 yrs from act"),
    ("AK", date(2026, 3, 15), "discovery_rule", "AS 09.10.070: 2 yrs from discovery (=incident)"),
    ("AZ", date(2026, 3, 15), "discovery_rule", "A.R.S. § 12-542(1): 2 yrs from accrual"),
    ("AR", date(2026, 3, 15), "base_period", "Ark. Code § 16-114-203(a): 2 yrs from act"),
    ("CA", date(2025, 3, 15), "discovery_rule", "CCP § 340.5: earlier of 3 yrs / 1 yr discovery"),
    ("CO", date(2026, 3, 15), "discovery_rule", "C.R.S. § 13-80-102.5(1): 2 yrs from accrual"),
    ("CT", date(2026, 3, 15), "discovery_rule", "C.G.S. § 52-584: 2 yrs from injury/discovery"),
    ("DE", date(2026, 3, 15), "base_period", "18 Del. C. § 6856: 2 yrs from injury"),
    ("DC", date(2027, 3, 15), "discovery_rule", "D.C. Code § 12-301(8): 3 yrs"),
    ("FL", date(2026, 3, 15), "base_period", "Fla. Stat. § 95.11: 2 yrs from incident"),
    ("GA", date(2026, 3, 15), "base_period", "O.C.G.A. § 9-3-71(a): 2 yrs from injury"),
    ("HI", date(2026, 3, 15), "discovery_rule", "HRS § 657-7.3: 2 yrs from discovery"),
    ("ID", date(2026, 3, 15), "base_period", "Idaho Code § 5-219(4): 2 yrs from occurrence"),
    ("IL", date(2026, 3, 15), "discovery_rule", "735 ILCS 5/13-212(a): 2 yrs from knowledge"),
    ("IN", date(2026, 3, 15), "base_period", "Ind. Code § 34-18-7-1(b): 2 yrs from act"),
    ("IA", date(2026, 3, 15), "discovery_rule", "Iowa Code § 614.1(9)(a): 2 yrs from knowledge"),
    ("KS", date(2026, 3, 15), "discovery_rule", "K.S.A. § 60-513(a)(7),(c): 2 yrs"),
    ("KY", date(2025, 3, 15), "discovery_rule", "KRS § 413.140(1)(e): 1 yr from discovery"),
    ("LA", date(2025, 3, 15), "base_period", "La. R.S. 9:5628(A): 1 yr from act"),
    ("ME", date(2027, 3, 15), "base_period", "24 M.R.S. § 2902: 3 yrs from act"),
    ("MD", date(2027, 3, 15), "discovery_rule", "CJP § 5-109(a): earlier of 5 yrs / 3 yrs disc."),
    ("MA", date(2027, 3, 15), "discovery_rule", "G.L. c. 260, § 4: 3 yrs from accrual"),
    ("MI", date(2026, 3, 15), "base_period", "MCL § 600.5805: 2 yrs from act"),
    ("MN", date(2028, 3, 15), "base_period", "Minn. Stat. § 541.076: 4 yrs"),
    ("MS", date(2026, 3, 15), "discovery_rule", "Miss. Code § 15-1-36(2): 2 yrs from discovery"),
    ("MO", date(2026, 3, 15), "base_period", "RSMo § 516.105.1: 2 yrs from act"),
    ("MT", date(2026, 3, 15), "base_period", "MCA § 27-2-205(1): 2 yrs from injury"),
    ("NE", date(2026, 3, 15), "base_period", "Neb. Rev. Stat. § 44-2828: 2 yrs from act"),
    ("NV", date(2025, 3, 15), "discovery_rule", "NRS 41A.097(2): earlier of 3 yrs / 1 yr disc."),
    ("NH", date(2027, 3, 15), "base_period", "RSA 508:4, I: 3 yrs from act"),
    ("NJ", date(2026, 3, 15), "discovery_rule", "N.J.S.A. 2A:14-2(a): 2 yrs from accrual"),
    ("NM", date(2027, 3, 15), "base_period", "NMSA § 41-5-13: 3 yrs from act"),
    ("NY", date(2026, 9, 15), "base_period", "CPLR 214-a: 2 yrs 6 months from act"),
    ("NC", date(2027, 3, 15), "base_period", "N.C.G.S. §§ 1-15(c), 1-52(5): 3 yrs from last act"),
    ("ND", date(2026, 3, 15), "discovery_rule", "N.D.C.C. § 28-01-18(3): 2 yrs"),
    ("OH", date(2025, 3, 15), "discovery_rule", "R.C. § 2305.113(A): 1 yr from accrual"),
    ("OK", date(2026, 3, 15), "discovery_rule", "76 O.S. § 18: 2 yrs from knowledge"),
    ("OR", date(2026, 3, 15), "discovery_rule", "ORS 12.110(4): 2 yrs from discovery"),
    ("PA", date(2026, 3, 15), "discovery_rule", "42 Pa.C.S. § 5524(2): 2 yrs"),
    ("RI", date(2027, 3, 15), "base_period", "R.I. Gen. Laws § 9-1-14.1: 3 yrs from occurrence"),
    ("SC", date(2027, 3, 15), "base_period", "S.C. Code § 15-3-545(A): 3 yrs from treatment"),
    ("SD", date(2026, 3, 15), "base_period", "SDCL § 15-2-14.1: 2 yrs from malpractice"),
    ("TN", date(2025, 3, 15), "discovery_rule", "T.C.A. § 29-26-116(a): 1 yr from discovery"),
    ("TX", date(2026, 3, 15), "base_period", "CPRC § 74.251(a): 2 yrs from breach"),
    ("UT", date(2026, 3, 15), "discovery_rule", "Utah Code § 78B-3-404(1): 2 yrs from discovery"),
    ("VT", date(2027, 3, 15), "base_period", "12 V.S.A. § 521: 3 yrs from incident"),
    ("VA", date(2026, 3, 15), "base_period", "Va. Code § 8.01-243(A): 2 yrs from injury"),
    ("WA", date(2027, 3, 15), "base_period", "RCW 4.16.350(3): 3 yrs from act"),
    ("WV", date(2026, 3, 15), "base_period", "W. Va. Code § 55-7B-4(a): 2 yrs from injury"),
    ("WI", date(2027, 3, 15), "base_period", "Wis. Stat. § 893.55(1m)(a): 3 yrs from injury"),
    ("WY", date(2026, 3, 15), "base_period", "Wyo. Stat. § 1-3-107(a)(i): 2 yrs from act"),
]


def test_table_covers_every_jurisdiction():
    assert sorted(row[0] for row in TABLE) == jurisdictions()
    assert len(jurisdictions()) == 51


@pytest.mark.parametrize(
    ("state", "expected", "basis", "statute"), TABLE, ids=[r[0] for r in TABLE]
)
def test_adult_deadline_by_hand(state, expected, basis, statute):
    result = evaluate(Facts(state=state, incident=DateSpec.exact(INCIDENT)), AS_OF)
    assert result.deadline == expected, statute
    assert result.basis == basis, statute
    assert result.open is True
    assert result.days_left == (expected - AS_OF).days
    assert result.citation
    assert result.jurisdiction == state
    assert "attorney must verify" in result.explanation
