"""Ordered workers: one at a time per conversation, concurrent across them."""

from __future__ import annotations

import asyncio

from bot.channels.sms.queues import OrderedWorkers


def test_items_for_one_key_run_in_order_even_when_the_first_is_slow() -> None:
    async def scenario() -> list[str]:
        done: list[str] = []

        async def handle(item: tuple[str, float]) -> None:
            name, delay = item
            await asyncio.sleep(delay)
            done.append(name)

        workers: OrderedWorkers[tuple[str, float]] = OrderedWorkers(handle)
        workers.submit("a", ("a1", 0.05))
        workers.submit("a", ("a2", 0.0))
        workers.submit("b", ("b1", 0.0))
        assert await workers.drain(5)
        await workers.close()
        return done

    done = asyncio.run(scenario())
    assert done.index("a1") < done.index("a2")
    assert done.index("b1") < done.index("a1")  # b did not wait for a


def test_a_full_queue_refuses_and_a_failing_item_does_not_stop_the_rest() -> None:
    async def scenario() -> tuple[list[bool], list[int]]:
        done: list[int] = []
        gate = asyncio.Event()

        async def handle(n: int) -> None:
            await gate.wait()
            if n == 1:
                raise RuntimeError("boom")
            done.append(n)

        workers: OrderedWorkers[int] = OrderedWorkers(handle, max_pending=2)
        accepted = [workers.submit("a", n) for n in range(4)]
        for _ in range(100):  # let the worker take item 0, freeing one place
            if workers.pending() < 2:
                break
            await asyncio.sleep(0)
        accepted.append(workers.submit("a", 9))
        gate.set()
        assert await workers.drain(5)
        await workers.close()
        return accepted, done

    accepted, done = asyncio.run(scenario())
    assert accepted == [True, True, False, False, True]
    assert done == [0, 9]


def test_idle_workers_go_away() -> None:
    async def scenario() -> int:
        async def handle(n: int) -> None:
            return None

        workers: OrderedWorkers[int] = OrderedWorkers(handle, idle_seconds=0.01)
        workers.submit("a", 1)
        for _ in range(100):
            await asyncio.sleep(0.01)
            if workers.active == 0:
                break
        return workers.active

    assert asyncio.run(scenario()) == 0
