"""One ordered worker per conversation.

Two texts from the same person can arrive within milliseconds, and each Rasa
turn plus its replies takes far longer. Handling each in its own task would
let the replies to the second overtake the first. Here items for one key run
one at a time in arrival order; different keys run concurrently. A worker
ends after `idle_seconds` without work, so idle conversations cost nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class OrderedWorkers(Generic[T]):
    def __init__(
        self,
        handler: Callable[[T], Awaitable[None]],
        max_pending: int = 20,
        idle_seconds: float = 30.0,
    ) -> None:
        self._handler = handler
        self._max_pending = max_pending
        self._idle = idle_seconds
        self._queues: dict[str, asyncio.Queue[T]] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self.unfinished = 0  # queued or being handled, across all keys

    def submit(self, key: str, item: T) -> bool:
        """Queue `item` behind earlier ones for `key`; False if that queue is full.

        Synchronous on purpose: the caller queues before its first await, so
        arrival order is queue order.
        """
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = asyncio.Queue(self._max_pending)
            self._tasks[key] = asyncio.get_running_loop().create_task(self._run(key, queue))
        try:
            queue.put_nowait(item)
        except asyncio.QueueFull:
            return False
        self.unfinished += 1
        return True

    async def _run(self, key: str, queue: asyncio.Queue[T]) -> None:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), self._idle)
            except asyncio.TimeoutError:
                # No await between this check and the removal: nothing can slip in.
                if queue.empty():
                    self._queues.pop(key, None)
                    self._tasks.pop(key, None)
                    return
                continue
            try:
                await self._handler(item)
            except Exception:  # noqa: BLE001 - one bad item must not stop the conversation
                log.exception("sms worker %s: unhandled error", key)
            finally:
                self.unfinished -= 1
                queue.task_done()

    @property
    def active(self) -> int:
        return len(self._tasks)

    def pending(self) -> int:
        return sum(q.qsize() for q in self._queues.values())

    async def drain(self, timeout: float) -> bool:
        """Wait until every queued item has been handled; False on timeout."""
        try:
            await asyncio.wait_for(
                asyncio.gather(*(q.join() for q in list(self._queues.values()))), timeout
            )
        except asyncio.TimeoutError:
            return False
        return True

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._queues.clear()
