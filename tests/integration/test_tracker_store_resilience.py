"""Rasa's SQL tracker store on PostgreSQL survives its pooled connections dying.

A database restart leaves every pooled connection dead. Rasa builds its
engine without pool_pre_ping, so the first turn after the restart failed
(a needless 503 on each instance); bot.rasa_platform.patches.pre_ping_tracker_store
turns pre-ping on. Here the connection is killed with pg_terminate_backend,
as a restart would, without touching the shared server.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from bot.rasa_platform.endpoints import tracker_store_config
from bot.rasa_platform.patches import pre_ping_tracker_store

pytestmark = pytest.mark.postgres


class Agent:
    def __init__(self, url: str, application_name: str) -> None:
        config = tracker_store_config(url)
        store = SQLTrackerStore(  # connects at once, to create its table
            Domain.empty(),
            dialect=config.kwargs["dialect"],
            host=config.url,
            port=config.kwargs["port"],
            db=config.kwargs["db"],
            username=config.kwargs["username"],
            query={**config.kwargs["query"], "application_name": application_name},
        )
        self.tracker_store = FailSafeTrackerStore(store)
        self.sql = store


def _kill_connections(admin_url: str, application_name: str) -> None:
    """What a database restart does to the pool, on the shared server: only ours."""
    admin = create_engine(admin_url, future=True)
    with admin.begin() as conn:
        conn.execute(
            text(
                "select pg_terminate_backend(pid) from pg_stat_activity "
                "where application_name = :name"
            ),
            {"name": application_name},
        )
    admin.dispose()


def _round_trip(agent: Agent) -> None:
    store = agent.sql  # not the fail-safe wrapper: an error must surface here
    asyncio.run(store.save(DialogueStateTracker("web-pre-ping", [])))
    asyncio.run(store.retrieve("web-pre-ping"))


@pytest.mark.parametrize("pre_ping", [False, True])
@pytest.mark.parametrize("used_before", [False, True])
def test_dead_pooled_connections_after_a_restart(
    pg_url: str, pre_ping: bool, used_before: bool
) -> None:
    """used_before=False: the instance restarted before its first turn (its start-up
    connection still counts as fresh); True: after some turns."""
    name = f"medmal-pre-ping-{uuid.uuid4().hex[:8]}"
    agent = Agent(pg_url, name)
    try:
        if pre_ping:
            assert pre_ping_tracker_store(agent)
        if used_before:
            _round_trip(agent)
        _kill_connections(pg_url, name)
        if pre_ping:
            _round_trip(agent)  # the dead connection is replaced before use
        else:
            with pytest.raises(Exception, match="terminat|closed"):
                _round_trip(agent)  # what Rasa does alone
    finally:
        agent.sql.engine.dispose()


def test_pre_ping_is_a_no_op_without_an_sql_store() -> None:
    class NoSql:
        tracker_store = object()

    assert pre_ping_tracker_store(NoSql()) is False
    assert pre_ping_tracker_store(None) is False
