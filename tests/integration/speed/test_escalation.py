"""Escalation of unclaimed strong or urgent leads, counted in business hours, with the
clock given: the assigned attorney again after 30 business minutes, then the admins."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from speed_helpers import add_lead
from sqlalchemy import select

from bot.intake.business_hours import BusinessHours
from bot.services.escalation import run_escalations
from bot.services.speed_settings import SpeedSettings
from bot.store.models_attorney import StaffUser
from bot.store.models_notify import OutboxMessage

NY = ZoneInfo("America/New_York")
SETTINGS = SpeedSettings(
    business=BusinessHours(time(9), time(17), frozenset(range(5)), "America/New_York")
)
TUESDAY_10 = datetime(2026, 3, 10, 10, 0, tzinfo=NY).astimezone(timezone.utc)


def urgent_lead(uow, created: datetime, **extra: object) -> str:
    columns = dict(
        tier="strong",
        priority="urgent",
        qualification="qualified",
        assigned_attorney_id="a-reyes",
        flags=(),
        conversation_id=f"web-urgent-{created.timestamp()}",
    )
    columns.update(extra)
    return add_lead(uow, created=created, **columns)


def add_admin(uow, email: str = "boss@firm.example") -> None:
    with uow() as u:
        u.session.add(StaffUser(email=email, name="Boss", role="admin", password_hash="x"))
        u.session.add(
            StaffUser(
                email="gone@firm.example",
                name="Gone",
                role="admin",
                password_hash="x",
                active=False,
            )
        )
        u.commit()


def messages(uow) -> list[tuple[str, str, str]]:
    with uow() as u:
        rows = u.session.execute(
            select(OutboxMessage.kind, OutboxMessage.channel, OutboxMessage.recipient).order_by(
                OutboxMessage.id
            )
        ).all()
        return [tuple(r) for r in rows]


def test_attorney_again_then_the_admins(uow, notify) -> None:
    add_admin(uow)
    urgent_lead(uow, TUESDAY_10)
    run = lambda minutes: run_escalations(  # noqa: E731
        uow, TUESDAY_10 + timedelta(minutes=minutes), SETTINGS, notify
    )
    assert run(29) == 0
    assert run(30) == 1
    assert messages(uow) == [
        ("escalation_1", "email", "areyes@example.com"),
        ("escalation_1", "sms", "+15550100101"),
    ]
    assert run(45) == 0
    assert run(60) == 1
    assert messages(uow)[2:] == [("escalation_2", "email", "boss@firm.example")]
    assert run(600) == 0  # nothing after the admins


def test_a_claimed_lead_is_not_escalated(uow, notify) -> None:
    urgent_lead(uow, TUESDAY_10, status="claimed")
    assert run_escalations(uow, TUESDAY_10 + timedelta(hours=3), SETTINGS, notify) == 0


def test_an_ordinary_lead_is_not_escalated(uow, notify) -> None:
    urgent_lead(uow, TUESDAY_10, tier="promising", priority="normal")
    assert run_escalations(uow, TUESDAY_10 + timedelta(hours=3), SETTINGS, notify) == 0


def test_friday_evening_waits_for_monday(uow, notify) -> None:
    friday = datetime(2026, 3, 13, 16, 50, tzinfo=NY).astimezone(timezone.utc)
    urgent_lead(uow, friday)
    assert run_escalations(uow, friday + timedelta(minutes=40), SETTINGS, notify) == 0
    saturday_noon = datetime(2026, 3, 14, 12, 0, tzinfo=NY)
    assert run_escalations(uow, saturday_noon, SETTINGS, notify) == 0
    monday = datetime(2026, 3, 16, 9, 20, tzinfo=NY)
    assert run_escalations(uow, monday - timedelta(minutes=1), SETTINGS, notify) == 0
    assert run_escalations(uow, monday, SETTINGS, notify) == 1


def test_an_unassigned_lead_goes_to_the_admins_at_once(uow, notify) -> None:
    add_admin(uow)
    urgent_lead(
        uow,
        TUESDAY_10,
        assigned_attorney_id=None,
        priority="urgent",
        tier="review",
        qualification="review",
    )
    assert run_escalations(uow, TUESDAY_10 + timedelta(minutes=30), SETTINGS, notify) == 1
    assert messages(uow) == [("escalation_1", "email", "boss@firm.example")]


def bodies(uow, kind: str) -> dict[str, str]:
    with uow() as u:
        rows = u.session.execute(
            select(OutboxMessage.channel, OutboxMessage.body).where(OutboxMessage.kind == kind)
        ).all()
        return {channel: body for channel, body in rows}


def test_escalations_of_a_spanish_intake_say_so(uow, notify) -> None:
    add_admin(uow)
    urgent_lead(uow, TUESDAY_10, language="es")
    run_escalations(uow, TUESDAY_10 + timedelta(minutes=30), SETTINGS, notify)
    run_escalations(uow, TUESDAY_10 + timedelta(minutes=60), SETTINGS, notify)
    first, second = bodies(uow, "escalation_1"), bodies(uow, "escalation_2")
    assert "(Spanish-speaking client)" in first["sms"]
    assert "Spanish-speaking client: the intake was held in Spanish." in first["email"]
    assert "Spanish-speaking client" in second["email"]


def test_an_english_intake_gets_no_language_note(uow, notify) -> None:
    urgent_lead(uow, TUESDAY_10)
    run_escalations(uow, TUESDAY_10 + timedelta(minutes=30), SETTINGS, notify)
    assert not any("speaking" in body for body in bodies(uow, "escalation_1").values())
