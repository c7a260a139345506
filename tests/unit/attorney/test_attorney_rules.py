"""The queue's rules: transitions, visibility, who may act, urgency order."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from bot.intake.lead_queue import (
    NotAllowed,
    Viewer,
    can_see,
    check_claim,
    check_release,
    check_work,
    clean_note,
    clean_reason,
    describe_days_left,
    likely_expired,
    median,
    sort_by_urgency,
    urgency_key,
)
from bot.intake.lead_status import (
    CLOSED_STATUSES,
    STATUSES,
    RuleError,
    TransitionError,
    allowed_next,
    check_transition,
)

TODAY = date(2026, 6, 1)
T0 = datetime(2026, 5, 1, 12, tzinfo=timezone.utc)

ALLOWED = {
    ("new", "claimed"),
    ("claimed", "contacted"),
    ("claimed", "declined"),
    ("claimed", "referred_out"),
    ("contacted", "retained"),
    ("contacted", "declined"),
    ("contacted", "referred_out"),
    ("conflict_check", "new"),  # no conflict after all
    ("conflict_check", "declined"),  # the conflict is real
}


@dataclass
class FakeLead:
    name: str = "x"
    status: str = "new"
    assigned_attorney_id: str | None = None
    incident_state: str | None = "NY"
    deadline: date | None = None
    created_at: datetime = T0
    patient_died: bool = False
    patient_minor: bool = False
    limitation: dict[str, Any] | None = field(default_factory=dict)
    tier: str | None = None
    qualification: str | None = None


REYES = Viewer("u1", "Alicia Reyes", "attorney", "a-reyes", frozenset({"NY", "NJ"}))
OKAFOR = Viewer("u2", "Marcus Okafor", "attorney", "m-okafor", frozenset({"PA"}))
ADMIN = Viewer("u3", "Boss", "admin")
ADMIN_ATTORNEY = Viewer("u4", "Partner", "admin", "p-partner", frozenset({"FL"}))
UNLINKED = Viewer("u5", "Paralegal", "attorney", None, frozenset())


@pytest.mark.parametrize(("current", "target"), list(itertools.product(STATUSES, STATUSES)))
def test_every_status_pair_is_allowed_or_refused_with_a_message(current, target) -> None:
    if (current, target) in ALLOWED:
        check_transition(current, target)
        assert target in allowed_next(current)
    else:
        with pytest.raises(TransitionError) as info:
            check_transition(current, target)
        assert str(info.value)  # a sentence the attorney can read


def test_transition_messages_say_what_is_possible() -> None:
    with pytest.raises(
        TransitionError, match="new lead cannot become retained; next it can be claimed"
    ):
        check_transition("new", "retained")
    with pytest.raises(TransitionError, match="final"):
        check_transition("retained", "contacted")
    with pytest.raises(TransitionError, match="already claimed"):
        check_transition("claimed", "claimed")
    with pytest.raises(TransitionError, match="not a lead status"):
        check_transition("new", "won")


def test_closed_statuses_have_no_way_out() -> None:
    assert all(allowed_next(s) == () for s in CLOSED_STATUSES)


def test_reason_is_required_and_bounded() -> None:
    with pytest.raises(RuleError, match="reason"):
        clean_reason("   ")
    assert clean_reason("  called twice ") == "called twice"
    assert clean_reason("", required=False) is None
    with pytest.raises(RuleError):
        clean_reason("x" * 2001)
    with pytest.raises(RuleError):
        clean_note(" ")
    assert clean_note(" n ") == "n"


def test_attorney_sees_own_leads_and_the_pool_in_their_states_only() -> None:
    assert can_see(REYES, FakeLead(assigned_attorney_id="a-reyes", incident_state="FL"))
    assert can_see(REYES, FakeLead(assigned_attorney_id=None, incident_state="NJ"))
    assert not can_see(REYES, FakeLead(assigned_attorney_id=None, incident_state="PA"))
    assert not can_see(REYES, FakeLead(assigned_attorney_id="m-okafor", incident_state="NY"))
    assert not can_see(REYES, FakeLead(assigned_attorney_id=None, incident_state=None))
    assert not can_see(UNLINKED, FakeLead(assigned_attorney_id=None, incident_state="NY"))
    assert can_see(ADMIN, FakeLead(assigned_attorney_id="m-okafor", incident_state="TX"))


def test_claim_rules() -> None:
    check_claim(REYES, FakeLead())
    check_claim(REYES, FakeLead(assigned_attorney_id="a-reyes"))
    with pytest.raises(NotAllowed, match="another attorney"):
        check_claim(REYES, FakeLead(assigned_attorney_id="m-okafor"))
    with pytest.raises(TransitionError, match="already claimed"):
        check_claim(REYES, FakeLead(status="claimed", assigned_attorney_id="a-reyes"))
    with pytest.raises(NotAllowed, match="not linked to an attorney"):
        check_claim(ADMIN, FakeLead())
    check_claim(ADMIN_ATTORNEY, FakeLead(assigned_attorney_id="m-okafor"))


def test_only_the_holder_or_an_admin_works_a_lead() -> None:
    check_work(REYES, FakeLead(status="claimed", assigned_attorney_id="a-reyes"))
    check_work(ADMIN, FakeLead(status="claimed", assigned_attorney_id="a-reyes"))
    with pytest.raises(NotAllowed, match="Claim the lead"):
        check_work(REYES, FakeLead(status="new", assigned_attorney_id="a-reyes"))
    with pytest.raises(NotAllowed):
        check_work(REYES, FakeLead(status="claimed", assigned_attorney_id=None))
    with pytest.raises(NotAllowed):
        check_work(OKAFOR, FakeLead(status="claimed", assigned_attorney_id="a-reyes"))


def test_release_is_for_admins_and_assigned_open_leads() -> None:
    check_release(ADMIN, FakeLead(status="contacted", assigned_attorney_id="a-reyes"))
    with pytest.raises(NotAllowed):
        check_release(REYES, FakeLead(status="claimed", assigned_attorney_id="a-reyes"))
    check_release(ADMIN, FakeLead(status="new", assigned_attorney_id="gone"))
    with pytest.raises(TransitionError, match="already in the unassigned pool"):
        check_release(ADMIN, FakeLead(status="new"))
    with pytest.raises(TransitionError):
        check_release(ADMIN, FakeLead(status="retained", assigned_attorney_id="a-reyes"))


def d(days: int) -> date:
    return TODAY + timedelta(days=days)


def test_urgency_order_overdue_then_unknown_then_fewest_days() -> None:
    leads = [
        FakeLead("far", deadline=d(400)),
        FakeLead("unknown", deadline=None),
        FakeLead("soon", deadline=d(10)),
        FakeLead("overdue-long", deadline=d(-100)),
        FakeLead("today", deadline=d(0)),
        FakeLead("overdue-just", deadline=d(-1)),
    ]
    assert [x.name for x in sort_by_urgency(leads, TODAY)] == [
        "overdue-long",
        "overdue-just",
        "unknown",
        "today",
        "soon",
        "far",
    ]


def test_death_and_minor_break_ties_then_age() -> None:
    same = d(30)
    leads = [
        FakeLead("plain-old", deadline=same, created_at=T0 - timedelta(days=5)),
        FakeLead("plain-new", deadline=same, created_at=T0),
        FakeLead("minor", deadline=same, patient_minor=True, created_at=T0),
        FakeLead("death-flag", deadline=same, limitation={"flags": ["wrongful_death"]}),
        FakeLead("both", deadline=same, patient_died=True, patient_minor=True),
    ]
    order = [x.name for x in sort_by_urgency(leads, TODAY)]
    assert order[0] == "both"
    assert set(order[1:3]) == {"minor", "death-flag"}
    assert order[3:] == ["plain-old", "plain-new"]


def test_within_a_tier_a_death_or_minor_goes_first_but_never_across_tiers() -> None:
    sensitive_far = FakeLead("far-death", deadline=d(300), patient_died=True, tier="promising")
    plain_soon = FakeLead("soon", deadline=d(20), tier="promising")
    strong_plain = FakeLead("strong", deadline=d(600), tier="strong")
    assert [x.name for x in sort_by_urgency([plain_soon, sensitive_far, strong_plain], TODAY)] == [
        "strong",
        "far-death",
        "soon",
    ]


def _expired(deadline: date) -> dict[str, Any]:
    return {
        "deadline": deadline.isoformat(),
        "open": None,
        "latest_possible_deadline": (deadline + timedelta(days=700)).isoformat(),
        "likely_expired": True,
        "flags": ["repose"],
    }


def test_likely_expired_leads_sink_below_live_ones_and_recent_misses_stay_up() -> None:
    long_gone = FakeLead(
        "gone", deadline=d(-3400), tier="decline", limitation=_expired(d(-3400)), patient_died=True
    )
    recently_missed = FakeLead(
        "missed",
        deadline=d(-25),
        tier="review",
        limitation={"deadline": d(-25).isoformat(), "open": None, "likely_expired": False},
    )
    live_decline = FakeLead("weak", deadline=d(200), tier="decline")
    legacy = FakeLead("legacy", deadline=d(90), qualification="qualified")  # no tier: promising
    strong = FakeLead("strong", deadline=d(500), tier="strong")
    order = [
        x.name
        for x in sort_by_urgency([long_gone, live_decline, recently_missed, legacy, strong], TODAY)
    ]
    assert order == ["strong", "legacy", "missed", "weak", "gone"]


def test_a_deadline_reread_later_can_become_likely_expired() -> None:
    lead = FakeLead(
        "x",
        deadline=d(-10),
        limitation={
            "deadline": d(-10).isoformat(),
            "open": True,
            "latest_possible_deadline": d(30).isoformat(),
            "likely_expired": False,
        },
    )
    assert not likely_expired(lead, TODAY)
    assert not likely_expired(lead, d(31))  # recently past: tolling may still save it
    assert likely_expired(lead, d(30 + 366))


def test_naive_and_aware_creation_times_compare() -> None:
    naive = FakeLead("naive", deadline=d(5), created_at=datetime(2026, 1, 1, 12))
    aware = FakeLead("aware", deadline=d(5), created_at=datetime(2026, 2, 1, tzinfo=timezone.utc))
    assert urgency_key(naive, TODAY) < urgency_key(aware, TODAY)


@pytest.mark.parametrize(
    ("left", "text"),
    [
        (None, "deadline unknown"),
        (-1, "overdue by 1 day"),
        (-3, "overdue by 3 days"),
        (0, "deadline today"),
        (1, "1 day left"),
        (45, "45 days left"),
    ],
)
def test_days_left_wording(left, text) -> None:
    assert describe_days_left(left) == text


def test_median() -> None:
    assert median([]) is None
    assert median([5]) == 5
    assert median([9, 1, 5]) == 5
    assert median([1, 2, 3, 10]) == 2.5
