"""Delivery statuses only move forward.

Twilio's status callbacks can arrive out of order ("delivered" before
"sent"), and our own record of the API answer ("queued") can land after a
callback. Each status has a rank; a row only moves to a higher one.
"""

from __future__ import annotations

RANK: dict[str, int] = {
    "pending": 0,  # row written, API not called yet
    "unknown": 1,  # timeout / 5xx / dropped: may or may not have gone out
    "accepted": 2,
    "scheduled": 2,
    "queued": 2,
    "sending": 3,
    "sent": 4,
    "delivered": 5,
    "undelivered": 5,
    "failed": 5,
    "canceled": 5,
    "read": 6,
    "suppressed": 9,  # never sent: the number had opted out
}
FINAL = frozenset({"delivered", "undelivered", "failed", "canceled", "read", "suppressed"})


def known(status: str) -> bool:
    return status in RANK


def lower_than(status: str) -> list[str]:
    """Statuses a row may move from, to reach `status`."""
    rank = RANK[status]
    return [s for s, r in RANK.items() if r < rank]


def advances(old: str, new: str) -> bool:
    return known(new) and RANK[new] > RANK.get(old, -1)
