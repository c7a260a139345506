"""The atomic Redis lock store (bot/rasa_platform/lock_store.py) against a private redis-server.

Two OS processes, each with its own store (as two Rasa instances have), take
tickets and the lock for the same conversation at the same moment: no ticket
number is ever handed out twice, and no two critical sections overlap.
Rasa 3.6's own RedisLockStore fails both (GET then SET), which lost messages
in the two-instance scale test.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import shutil
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from rasa.core.lock_store import LockError, LockStore

from bot.devtools.stack import free_port
from bot.rasa_platform.endpoints import lock_store_config
from bot.rasa_platform.lock_store import AtomicRedisLockStore

PROCESSES = 2
CONVERSATION = "web-shared"


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    exe = shutil.which("redis-server")
    if not exe:
        pytest.fail("redis-server not found: apt-get install redis-server", pytrace=False)
    port = free_port()
    root = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(  # noqa: S603 - fixed argv
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    client = redis.Redis(port=port)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        yield port
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def store(redis_port: int) -> Iterator[AtomicRedisLockStore]:
    s = _store(redis_port)
    s.red.flushdb()
    yield s
    s.red.close()


def _store(port: int) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(host="127.0.0.1", port=port, db=0, key_prefix="medmal")


# -- run in child processes (spawned: module-level functions only) ------------------------


def _issue_tickets(port: int, barrier, results, threads: int, each: int) -> None:
    store = _store(port)
    barrier.wait()
    with ThreadPoolExecutor(threads) as pool:
        numbers = list(
            pool.map(lambda _: store.issue_ticket(CONVERSATION, 30), range(threads * each))
        )
    results.put(numbers)


def _critical_sections(port: int, barrier, results, tasks: int) -> None:
    """Each task holds the lock while it does a read-modify-write no lock would survive."""
    store = _store(port)
    counter = f"test:counter:{CONVERSATION}"

    async def one() -> tuple[float, float]:
        async with store.lock(CONVERSATION, lock_lifetime=30):
            start = time.monotonic()
            value = int(store.red.get(counter) or 0)
            await asyncio.sleep(0.005)  # another turn would interleave here without the lock
            store.red.set(counter, value + 1)
            return start, time.monotonic()

    async def main() -> list[tuple[float, float]]:
        return await asyncio.gather(*(one() for _ in range(tasks)))

    barrier.wait()
    results.put(asyncio.run(main()))


def _in_processes(target, port: int, *args) -> list:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    procs = [ctx.Process(target=target, args=(port, barrier, results, *args)) for _ in range(2)]
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    return out


# -- tests -------------------------------------------------------------------------------


def test_rasa_builds_the_atomic_store_from_our_endpoint_config(redis_port: int) -> None:
    store = LockStore.create(lock_store_config(f"redis://127.0.0.1:{redis_port}/3"))
    assert isinstance(store, AtomicRedisLockStore)
    assert store.red.connection_pool.connection_kwargs["db"] == 3
    assert store.queue_prefix == "medmal:ticketlock:"
    assert lock_store_config("") is None  # one instance: Rasa's in-memory lock


def test_concurrent_issuers_in_two_processes_never_share_a_ticket(
    store: AtomicRedisLockStore, redis_port: int
) -> None:
    threads, each = 8, 40
    batches = _in_processes(_issue_tickets, redis_port, threads, each)
    numbers = [n for batch in batches for n in batch]
    total = PROCESSES * threads * each
    assert len(numbers) == total
    assert sorted(numbers) == list(range(1, total + 1)), "a ticket was issued twice"
    # Every ticket is queued, none overwritten by another issuer.
    assert len(store.get_lock(CONVERSATION).tickets) == total


def test_the_lock_serialises_turns_across_two_processes(
    store: AtomicRedisLockStore, redis_port: int
) -> None:
    tasks = 25
    spans = sorted(
        s for batch in _in_processes(_critical_sections, redis_port, tasks) for s in batch
    )
    assert int(store.red.get(f"test:counter:{CONVERSATION}")) == PROCESSES * tasks, "lost update"
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start >= end, "two turns of one conversation ran at once"
    # The last release removed the queue.
    assert store.get_lock(CONVERSATION) is None
    assert not store.red.exists(store.queue_prefix + CONVERSATION)


def test_tickets_are_served_in_order_and_the_queue_expires(store: AtomicRedisLockStore) -> None:
    first = store.issue_ticket(CONVERSATION, 30)
    second = store.issue_ticket(CONVERSATION, 30)
    lock = store.get_lock(CONVERSATION)
    assert not lock.is_locked(first) and lock.is_locked(second)
    store.cleanup(CONVERSATION, first)
    assert not store.get_lock(CONVERSATION).is_locked(second)
    # Both keys carry a TTL: a process killed mid-turn leaves nothing behind for good.
    assert 0 < store.red.pttl(store.queue_prefix + CONVERSATION) <= 31_000
    assert store.red.pttl(store.counter_prefix + CONVERSATION) > 0
    store.cleanup(CONVERSATION, second)
    assert store.get_lock(CONVERSATION) is None


def test_numbers_never_go_back_so_a_late_release_cannot_free_a_newer_ticket(
    store: AtomicRedisLockStore,
) -> None:
    """A turn that outlived its ticket releases it late; the next holder keeps its own."""
    stale = store.issue_ticket(CONVERSATION, 0.05)
    time.sleep(0.1)
    fresh = store.issue_ticket(CONVERSATION, 30)  # drops the expired ticket
    assert fresh > stale
    store.cleanup(CONVERSATION, stale)
    lock = store.get_lock(CONVERSATION)
    assert [t.number for t in lock.tickets] == [fresh]


def test_a_waiting_turn_gets_the_lock_soon_after_release(store: AtomicRedisLockStore) -> None:
    async def scenario() -> float:
        released = asyncio.Event()
        released_at = 0.0

        async def holder() -> None:
            nonlocal released_at
            async with store.lock(CONVERSATION):
                released.set()
                await asyncio.sleep(0.2)
                released_at = time.monotonic()

        async def waiter() -> float:
            await released.wait()
            async with store.lock(CONVERSATION):
                return time.monotonic() - released_at

        _, waited = await asyncio.gather(holder(), waiter())
        return waited

    assert asyncio.run(scenario()) < 0.5  # Rasa's store polls once a second


def test_redis_down_is_a_lock_error() -> None:
    store = AtomicRedisLockStore(host="127.0.0.1", port=free_port(), socket_timeout=1)
    with pytest.raises(LockError):
        store.issue_ticket(CONVERSATION)


def test_save_lock_round_trips(store: AtomicRedisLockStore) -> None:
    store.issue_ticket(CONVERSATION, 30)
    lock = store.get_lock(CONVERSATION)
    lock.issue_ticket(30)
    store.save_lock(lock)
    assert [t.number for t in store.get_lock(CONVERSATION).tickets] == [1, 2]
    store.delete_lock(CONVERSATION)
    assert store.get_lock(CONVERSATION) is None
