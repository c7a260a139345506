"""A token bucket per phone number.

A person answering questions sends a message every few seconds at most; a
script or a stuck phone can send hundreds. Each number may burst a little and
then refill slowly. Buckets live in memory (one Rasa process) and the oldest
are dropped past `max_keys`, so a flood of numbers cannot exhaust memory.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    first_refusal: bool = False  # the first refused message of a burst: log this one
    refused: int = 0  # refused so far in this burst (reported when it ends)


@dataclass
class _Bucket:
    tokens: float
    updated: float
    refused: int = 0


class RateLimiter:
    def __init__(
        self,
        burst: int,
        per_minute: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 50_000,
    ) -> None:
        if burst < 1 or per_minute <= 0:
            raise ValueError("burst must be >= 1 and per_minute > 0")
        self.burst = float(burst)
        self.rate = per_minute / 60.0
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def check(self, key: str) -> Verdict:
        """Take a token for `key` if one is left."""
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self.burst, now)
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            refused, bucket.refused = bucket.refused, 0
            return Verdict(True, refused=refused)
        bucket.refused += 1
        return Verdict(False, first_refusal=bucket.refused == 1, refused=bucket.refused)

    def __len__(self) -> int:
        return len(self._buckets)
