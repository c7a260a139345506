"""Per-number token bucket; delivery statuses that only move forward."""

from __future__ import annotations

from bot.channels.sms.ratelimit import RateLimiter
from bot.store import sms_status as status


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_throttled_then_refilled() -> None:
    clock = Clock()
    limiter = RateLimiter(burst=3, per_minute=6, clock=clock)  # one token per 10 s
    verdicts = [limiter.check("a") for _ in range(6)]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False, False]
    assert [v.first_refusal for v in verdicts[3:]] == [True, False, False]
    clock.now += 10
    again = limiter.check("a")
    assert again.allowed and again.refused == 3  # the burst that was throttled, for the log
    assert not limiter.check("a").allowed


def test_numbers_have_separate_buckets() -> None:
    limiter = RateLimiter(burst=1, per_minute=1, clock=Clock())
    assert limiter.check("a").allowed
    assert not limiter.check("a").allowed
    assert limiter.check("b").allowed


def test_memory_is_bounded() -> None:
    limiter = RateLimiter(burst=1, per_minute=1, clock=Clock(), max_keys=100)
    for n in range(1000):
        limiter.check(f"n{n}")
    assert len(limiter) == 100


def test_status_moves_only_forward() -> None:
    assert status.advances("queued", "sent")
    assert status.advances("sent", "delivered")
    assert status.advances("unknown", "sent")  # a callback for a send that timed out
    assert not status.advances("delivered", "sent")
    assert not status.advances("delivered", "queued")
    assert not status.advances("failed", "delivered")
    assert not status.advances("suppressed", "sent")
    assert not status.advances("sent", "no-such-status")
    assert "delivered" not in status.lower_than("delivered")
    assert "sent" in status.lower_than("delivered")
