"""Per-address request limits and ended chat tokens for the web channel (issue 15).

A script could open 30 conversations a second: each one writes tracker rows,
counts as started in the funnel, and a scripted intake could fill the
attorneys' queue. `RequestLimits` counts requests per client address in fixed
windows: in Redis when REDIS_URL is set (every Rasa instance shares the
count), in process memory otherwise (one instance; bounded, oldest forgotten).

`EndedChats` remembers tokens the visitor ended ("End chat"), until the token
would have expired anyway, so an ended token is refused by every instance.

Settings (a section of bot.config.environment(), read once per RequestLimits):
WEBCHAT_SESSIONS_PER_HOUR (default 20), WEBCHAT_MESSAGES_PER_MINUTE (default 30).
0 turns a limit off.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.config import environment

log = logging.getLogger(__name__)

KEY_PREFIX = "medmal:webchat"
TOO_MANY = (
    "Too many requests from your network right now. Please wait a few minutes and try again, "
    "or call the firm directly."
)


@dataclass(frozen=True)
class Limit:
    name: str  # "session" or "message"
    count: int  # requests allowed per window; 0 = no limit
    window: int  # seconds


def limits_from_env(env: Mapping[str, str] | None = None) -> dict[str, Limit]:
    env = environment() if env is None else env

    def number(name: str, default: int) -> int:
        raw = env.get(name, "").strip()
        try:
            return max(0, int(raw)) if raw else default
        except ValueError:
            log.warning("%s=%r is not a whole number; using %d", name, raw, default)
            return default

    return {
        "session": Limit("session", number("WEBCHAT_SESSIONS_PER_HOUR", 20), 3600),
        "message": Limit("message", number("WEBCHAT_MESSAGES_PER_MINUTE", 30), 60),
    }


class _MemoryCounters:
    """Fixed-window counters in this process, at most `max_keys` of them."""

    def __init__(self, clock: Callable[[], float], max_keys: int = 50_000) -> None:
        self._clock = clock
        self._max = max_keys
        self._counts: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._ended: OrderedDict[str, float] = OrderedDict()

    async def hit(self, key: str, window: int) -> int:
        now = self._clock()
        count, start = self._counts.pop(key, (0, now))
        if now - start >= window:
            count, start = 0, now
        self._counts[key] = (count + 1, start)
        while len(self._counts) > self._max:
            self._counts.popitem(last=False)
        return count + 1

    async def end(self, key: str, ttl: int) -> None:
        self._ended[key] = self._clock() + ttl
        while len(self._ended) > self._max:
            self._ended.popitem(last=False)

    async def ended(self, key: str) -> bool:
        until = self._ended.get(key)
        return until is not None and until > self._clock()


class _RedisCounters:
    """The same counters in Redis: INCR, and EXPIRE when the window opens (one round trip)."""

    def __init__(self, url: str) -> None:
        import redis.asyncio as aioredis

        self._redis = aioredis.from_url(url)

    async def hit(self, key: str, window: int) -> int:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, window + 1)  # the key names its window: it just has to go
            count, _ = await pipe.execute()
        return int(count)

    async def end(self, key: str, ttl: int) -> None:
        await self._redis.set(key, b"1", ex=max(1, ttl))

    async def ended(self, key: str) -> bool:
        return bool(await self._redis.exists(key))

    async def close(self) -> None:
        await self._redis.close()


class RequestLimits:
    def __init__(
        self,
        limits: dict[str, Limit] | None = None,
        redis_url: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = limits if limits is not None else limits_from_env()
        self.backend: Any = _RedisCounters(redis_url) if redis_url else _MemoryCounters(clock)

    async def allow(self, kind: str, address: str) -> bool:
        """Count one request of `kind` from `address`; False once over the limit.

        If Redis fails, the request is allowed (and logged): a visitor must not be
        refused because the limiter's store is down.
        """
        limit = self.limits.get(kind)
        if limit is None or limit.count <= 0:
            return True
        window = int(time.time() // limit.window) if isinstance(self.backend, _RedisCounters) else 0
        key = f"{KEY_PREFIX}:rl:{kind}:{address or 'unknown'}:{window}"
        try:
            return await self.backend.hit(key, limit.window) <= limit.count
        except Exception as exc:  # noqa: BLE001 - fail open, see above
            log.warning("web chat rate limit unavailable (%s); request allowed", exc)
            return True


class EndedChats:
    """Conversation ids whose token the visitor ended, until the token would expire."""

    def __init__(self, limits: RequestLimits, ttl: int) -> None:
        self._backend = limits.backend
        self.ttl = ttl

    async def end(self, sender_id: str) -> None:
        await self._backend.end(f"{KEY_PREFIX}:ended:{sender_id}", self.ttl)

    async def is_ended(self, sender_id: str) -> bool:
        try:
            return await self._backend.ended(f"{KEY_PREFIX}:ended:{sender_id}")
        except Exception as exc:  # noqa: BLE001 - the tracker is redacted anyway (see webchat)
            log.warning("ended-chat list unavailable (%s)", exc)
            return False
