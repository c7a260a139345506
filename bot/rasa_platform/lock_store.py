"""A Redis lock store whose every change is atomic, so Rasa instances can share it.

Rasa serialises the turns of one conversation with a ticket lock. Its
RedisLockStore (3.6) keeps the ticket queue as one JSON string and changes it
by GET, edit in Python, SET. Two instances taking a ticket at the same moment
both read the same queue: they can get the same number, or one overwrites the
other's ticket; the overwritten turn then finds no lock and fails with
LockError, and the visitor's message is lost (measured: 1 of 24 in the
two-instance test). Releasing and pruning have the same race.

Here each conversation's queue is a Redis hash (ticket number -> expiry time)
and every change is one Lua script, which Redis runs atomically:
  * ticket numbers come from INCR on a per-conversation counter, so no two
    callers, on any instance, ever get the same number, and numbers never go
    back (a turn that outlived its ticket cannot release a newer ticket);
  * taking a ticket, releasing one and dropping expired ones never overwrite
    another caller's ticket; an empty hash disappears by itself, so there is
    no check-then-delete race either;
  * both keys expire on their own, so a process killed mid-turn leaves nothing
    behind for long.
The turn holding the lowest unexpired ticket is served, as in Rasa; waiters
poll every WAIT_SECONDS instead of Rasa's default 1 s. Expiry times are the
callers' clocks (time.time()), as in Rasa, so instances on several machines
need synchronised clocks (NTP).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import (
    DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX,
    LOCK_LIFETIME,
    LockError,
    RedisLockStore,
)
from rasa.utils.endpoints import EndpointConfig

WAIT_SECONDS = 0.05
"""How often a waiting turn checks whether it is its turn (Rasa's default is 1 s)."""

COUNTER_TTL_SECONDS = 24 * 3600
"""How long a conversation's ticket counter outlives its last ticket."""

# KEYS: queue hash, counter. ARGV: expires, now, queue ttl ms, counter ttl ms.
_ISSUE = """
local number = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
local now = tonumber(ARGV[2])
local queue = redis.call('HGETALL', KEYS[1])
for i = 1, #queue, 2 do
  if tonumber(queue[i + 1]) < now then redis.call('HDEL', KEYS[1], queue[i]) end
end
redis.call('HSET', KEYS[1], number, ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return number
"""

# KEYS: queue hash. ARGV: now, ticket number to release (or '' to only prune).
_PRUNE = """
if ARGV[2] ~= '' then redis.call('HDEL', KEYS[1], ARGV[2]) end
local now = tonumber(ARGV[1])
local queue = redis.call('HGETALL', KEYS[1])
for i = 1, #queue, 2 do
  if tonumber(queue[i + 1]) < now then redis.call('HDEL', KEYS[1], queue[i]) end
end
return redis.call('HLEN', KEYS[1])
"""


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's RedisLockStore with atomic ticket operations (see the module docstring).

    Configured as an endpoint of type "bot.rasa_platform.lock_store.AtomicRedisLockStore"
    (bot/rasa_platform/endpoints.py); Rasa then calls it with `endpoint_config=`.
    """

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)
        # Not Rasa's "<prefix>:lock:" keys: those hold JSON strings, these hold hashes.
        base = self.key_prefix.removesuffix(DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX)
        self.queue_prefix = base + "ticketlock:"
        self.counter_prefix = base + "ticketno:"
        self._issue = self.red.register_script(_ISSUE)
        self._prune = self.red.register_script(_PRUNE)

    def _queue_key(self, conversation_id: str) -> str:
        return self.queue_prefix + conversation_id

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        now = time.time()
        queue_ttl_ms = math.ceil(lock_lifetime * 1000) + 1000
        counter_ttl_ms = max(COUNTER_TTL_SECONDS * 1000, 2 * queue_ttl_ms)
        try:
            return int(
                self._issue(
                    keys=[self._queue_key(conversation_id), self.counter_prefix + conversation_id],
                    args=[repr(now + lock_lifetime), repr(now), queue_ttl_ms, counter_ttl_ms],
                )
            )
        except Exception as exc:  # noqa: BLE001 - Rasa's contract: LockError
            raise LockError(f"Error while acquiring lock. Error:\n{exc}") from exc

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        queue = self.red.hgetall(self._queue_key(conversation_id))
        if not queue:
            return None
        tickets = sorted(
            (Ticket(int(number), float(expires)) for number, expires in queue.items()),
            key=lambda t: t.number,
        )
        return TicketLock(conversation_id, deque(tickets))

    def save_lock(self, lock: TicketLock) -> None:
        """Replace the whole queue (Rasa's API; the lock's own paths never need it)."""
        key = self._queue_key(lock.conversation_id)
        with self.red.pipeline(transaction=True) as pipe:
            pipe.delete(key)
            if lock.tickets:
                pipe.hset(key, mapping={t.number: repr(t.expires) for t in lock.tickets})
                latest = max(t.expires for t in lock.tickets)
                pipe.pexpireat(key, math.ceil(latest * 1000) + 1000)
            pipe.execute()

    def delete_lock(self, conversation_id: str) -> None:
        deleted = self.red.delete(self._queue_key(conversation_id))
        self._log_deletion(conversation_id, bool(deleted))

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets."""
        self._prune(keys=[self._queue_key(conversation_id)], args=[repr(time.time()), ""])

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._prune(
            keys=[self._queue_key(conversation_id)], args=[repr(time.time()), ticket_number]
        )

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Release the ticket; the queue's key goes when its last ticket does."""
        self.finish_serving(conversation_id, ticket_number)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = WAIT_SECONDS,
    ) -> AsyncGenerator[TicketLock, None]:
        """Rasa's lock, polling every WAIT_SECONDS unless told otherwise."""
        async with super().lock(conversation_id, lock_lifetime, wait_time_in_seconds) as lock:
            yield lock
