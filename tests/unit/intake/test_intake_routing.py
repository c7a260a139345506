from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.intake.case_types import CaseType, Outcome, Priority, Severity
from bot.intake.profile import Attorney, FirmProfile
from bot.intake.qualification import (
    LimitationLike,
    Qualification,
    QualificationInput,
    Reason,
    Tier,
    qualify,
)
from bot.intake.routing import NOT_ROUTED_REASON, Routing, assess_priority, route

S, M, B = CaseType.SURGICAL, CaseType.MISDIAGNOSIS, CaseType.BIRTH_INJURY


def attorney(aid: str, states: set[str], types: set[CaseType], capacity: int) -> Attorney:
    return Attorney(
        id=aid,
        name=aid.title(),
        email=f"{aid}@example.com",
        states=frozenset(states),
        case_types=frozenset(types),
        capacity=capacity,
    )


PROFILE = FirmProfile(
    firm_name="Test Firm",
    phone="+1 555 010 0100",
    states=frozenset({"NY", "NJ", "DC"}),
    case_types=frozenset({S, M, B}),
    min_severity=Severity.MODERATE,
    referral_note="Call the bar.",
    attorneys=(
        attorney("carol", {"NY", "NJ"}, {S, M}, 3),
        attorney("alice", {"NY"}, {S, B}, 2),
        attorney("bob", {"NY", "DC"}, {S, M, B}, 5),
        attorney("dave", {"NJ"}, {B}, 0),  # paused
    ),
)


@dataclass(frozen=True)
class Lim:
    open: bool | None = True
    days_left: int | None = 400
    deadline: date | None = date(2027, 1, 1)
    flags: frozenset[str] = frozenset()


QUALIFIED = Qualification(Tier.PROMISING, 3, (Reason(3, "ok"),))
REVIEW = Qualification(Tier.REVIEW, 0, (Reason(0, "check", Tier.REVIEW),))
NOT_QUALIFIED = Qualification(
    Tier.REFER_OUT, 0, (Reason(0, "no", Tier.REFER_OUT),), "Call the bar."
)


def do_route(
    *,
    qualification: Qualification = QUALIFIED,
    case_type: CaseType | None = S,
    state: str | None = "NY",
    limitation: LimitationLike | None = Lim(),
    died: bool = False,
    minor: bool = False,
    load: dict[str, int] | None = None,
    profile: FirmProfile = PROFILE,
) -> Routing:
    return route(qualification, case_type, state, limitation, died, minor, profile, load or {})


ASSIGNMENTS: list[tuple[str, dict[str, Any], str | None]] = [
    ("least loaded wins", {"load": {"alice": 1, "bob": 0, "carol": 2}}, "bob"),
    ("tie broken by id", {"load": {"alice": 1, "bob": 1, "carol": 1}}, "alice"),
    ("missing load counts as zero", {"load": {"alice": 1}}, "bob"),
    ("full attorney skipped", {"load": {"alice": 2, "bob": 5, "carol": 2}}, "carol"),
    ("everyone full → pool", {"load": {"alice": 2, "bob": 5, "carol": 3}}, None),
    ("over capacity also full", {"load": {"alice": 9, "bob": 9, "carol": 9}}, None),
    ("state must match", {"state": "DC"}, "bob"),
    (
        "case type must match",
        {"case_type": B, "state": "NY", "load": {"alice": 1, "bob": 0}},
        "bob",
    ),
    ("state and type must both match", {"case_type": B, "state": "NJ"}, None),  # dave paused
    ("nobody covers state", {"state": "TX"}, None),
    ("unknown state → pool", {"state": None}, None),
    ("unrecognised state → pool", {"state": "Nowhere"}, None),
    ("unknown case type → pool", {"case_type": None}, None),
    ("review leads are routed too", {"qualification": REVIEW, "load": {"bob": 4}}, "alice"),
    ("state name normalised", {"state": "new jersey", "case_type": M}, "carol"),
    ("territory → pool", {"state": "PR"}, None),
]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [a[1:] for a in ASSIGNMENTS],
    ids=[a[0] for a in ASSIGNMENTS],
)
def test_assignment_table(kwargs: dict[str, Any], expected: str | None) -> None:
    r = do_route(**kwargs)
    assert r.attorney_id == expected, r.reasons
    assert r.unassigned is (expected is None)
    assert r.reasons
    if expected is None:
        assert any("unassigned pool" in reason for reason in r.reasons)
    else:
        assert any(f"({expected})" in reason for reason in r.reasons)


def test_capacity_reason_lists_full_attorneys() -> None:
    r = do_route(load={"alice": 2, "bob": 5, "carol": 3})
    assert any("All eligible attorneys are at capacity" in x for x in r.reasons)
    assert any("alice" in x and "2/2" in x and "bob" in x and "5/5" in x for x in r.reasons)


def test_tie_is_explained() -> None:
    r = do_route(load={"alice": 1, "bob": 1, "carol": 1})
    assert "tie broken by attorney id" in r.reasons[0]


def test_routing_is_deterministic_regardless_of_attorney_order() -> None:
    reordered = FirmProfile(
        firm_name=PROFILE.firm_name,
        phone=PROFILE.phone,
        states=PROFILE.states,
        case_types=PROFILE.case_types,
        min_severity=PROFILE.min_severity,
        referral_note=PROFILE.referral_note,
        attorneys=tuple(reversed(PROFILE.attorneys)),
    )
    load = {"alice": 0, "bob": 0, "carol": 0}
    assert (
        do_route(load=load).attorney_id
        == do_route(load=load, profile=reordered).attorney_id
        == "alice"
    )


def test_not_qualified_is_not_routed() -> None:
    r = do_route(qualification=NOT_QUALIFIED, died=True, minor=True, limitation=Lim(days_left=3))
    assert r.attorney_id is None
    assert r.priority is Priority.NORMAL
    assert r.reasons == (NOT_ROUTED_REASON,)
    assert "not routed" in r.reasons[0]


PRIORITIES: list[tuple[str, dict[str, Any], Priority, str]] = [
    ("far deadline", {}, Priority.NORMAL, "Normal priority"),
    ("91 days is normal", {"limitation": Lim(days_left=91)}, Priority.NORMAL, "Normal priority"),
    ("90 days is urgent", {"limitation": Lim(days_left=90)}, Priority.URGENT, "90 days away"),
    (
        "10 days",
        {"limitation": Lim(days_left=10, deadline=date(2025, 1, 11))},
        Priority.URGENT,
        "(2025-01-11) is 10 days away",
    ),
    ("0 days", {"limitation": Lim(days_left=0)}, Priority.URGENT, "0 days away"),
    ("negative days", {"limitation": Lim(days_left=-4)}, Priority.URGENT, "passed 4 days ago"),
    (
        "closed",
        {"limitation": Lim(open=False, days_left=None)},
        Priority.URGENT,
        "may already have expired",
    ),
    (
        "needs review, days unknown",
        {"limitation": Lim(days_left=None, flags=frozenset({"needs_review"}))},
        Priority.URGENT,
        "could not be computed",
    ),
    (
        "open unknown, days unknown",
        {"limitation": Lim(open=None, days_left=None)},
        Priority.URGENT,
        "could not be computed",
    ),
    ("no limitation check", {"limitation": None}, Priority.URGENT, "could not be checked"),
    ("death", {"died": True}, Priority.URGENT, "involves a death"),
    (
        "wrongful death flag",
        {"limitation": Lim(flags=frozenset({"wrongful_death"}))},
        Priority.URGENT,
        "involves a death",
    ),
    ("minor", {"minor": True}, Priority.URGENT, "involves a minor"),
    (
        "minor flag",
        {"limitation": Lim(flags=frozenset({"minor"}))},
        Priority.URGENT,
        "involves a minor",
    ),
    (
        "repose",
        {"limitation": Lim(flags=frozenset({"repose"}))},
        Priority.URGENT,
        "statute of repose",
    ),
    (
        "needs review but days known and far",
        {"limitation": Lim(days_left=300, flags=frozenset({"needs_review"}))},
        Priority.NORMAL,
        "Normal priority",
    ),
    (
        "informational flags only",
        {"limitation": Lim(flags=frozenset({"approximate_date", "foreign_object"}))},
        Priority.NORMAL,
        "Normal priority",
    ),
    (
        "urgent even when unassigned",
        {"state": None, "died": True},
        Priority.URGENT,
        "involves a death",
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "priority", "fragment"),
    [p[1:] for p in PRIORITIES],
    ids=[p[0] for p in PRIORITIES],
)
def test_priority_table(kwargs: dict[str, Any], priority: Priority, fragment: str) -> None:
    r = do_route(**kwargs)
    assert r.priority is priority, r.reasons
    assert any(fragment in reason for reason in r.reasons), r.reasons


def test_all_urgency_reasons_are_listed() -> None:
    priority, reasons = assess_priority(
        Lim(days_left=5, flags=frozenset({"repose"})), died=True, minor=True
    )
    assert priority is Priority.URGENT
    assert len(reasons) == 4


def test_end_to_end_with_qualify() -> None:
    lim = Lim(days_left=60)
    q = qualify(QualificationInput("NY", S, Severity.SEVERE, lim, has_lawyer=False), PROFILE)
    r = route(q, S, "NY", lim, False, False, PROFILE, {"alice": 0, "bob": 0, "carol": 0})
    assert (q.outcome, r.attorney_id, r.priority) == (Outcome.QUALIFIED, "alice", Priority.URGENT)


@given(
    load=st.dictionaries(
        st.sampled_from(["alice", "bob", "carol", "dave", "ghost"]),
        st.integers(min_value=0, max_value=8),
    ),
    state=st.sampled_from(["NY", "NJ", "DC"]),
    case_type=st.sampled_from([S, M, B]),
)
def test_assigned_attorney_is_eligible_and_least_loaded(
    load: dict[str, int], state: str, case_type: CaseType
) -> None:
    r = do_route(load=load, state=state, case_type=case_type)
    eligible = [
        a
        for a in PROFILE.attorneys
        if state in a.states and case_type in a.case_types and load.get(a.id, 0) < a.capacity
    ]
    if not eligible:
        assert r.attorney_id is None
        return
    best = min(eligible, key=lambda a: (load.get(a.id, 0), a.id))
    assert r.attorney_id == best.id
