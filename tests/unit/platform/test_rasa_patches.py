"""bot.rasa_platform.patches: each patch gives Rasa's results; install() never breaks start-up.

The model-load patch is checked against the real trained model in
tests/integration/test_rasa_patches_model.py (marked e2e: it needs the model).
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

from bot.devtools.stack import free_port
from bot.rasa_platform import patches as rasa_patches
from bot.store.db import make_engine

PATCHED = (
    (RemoteAction, "_validate_action_result"),
    (RasaModel, "load"),
    (Event, "resolve_by_type"),
    (EndpointConfig, "session"),
    (SQLTrackerStore, "__init__"),
    (SQLTrackerStore, "_retrieve"),
    (SQLTrackerStore, "_additional_events"),
    (SQLTrackerStore, "save"),
    (MessageProcessor, "parse_message"),
)


@pytest.fixture
def originals() -> Iterator[dict[str, Any]]:
    """Rasa's own functions; whatever a test installs is undone afterwards."""
    saved = {(owner, name): vars(owner)[name] for owner, name in PATCHED}
    yield {f"{owner.__name__}.{name}": value for (owner, name), value in saved.items()}
    for (owner, name), value in saved.items():
        setattr(owner, name, value)


def _unpatched(originals: dict[str, Any]) -> None:
    for key, value in originals.items():
        owner = {o.__name__: o for o, _ in PATCHED}[key.split(".")[0]]
        setattr(owner, key.split(".", 1)[1], value)


# install() ---------------------------------------------------------------------------


START = [name for name, patch in rasa_patches.PATCHES.items() if patch.stage == "start"]


def test_install_applies_every_patch_once(originals: dict[str, Any]) -> None:
    _unpatched(originals)
    assert rasa_patches.install() == START
    first = {name: vars(owner)[name] for owner, name in PATCHED}
    assert all(rasa_patches._already(f) for f in first.values())
    # A second call changes nothing (no wrapper around a wrapper) and skips nothing:
    # the checks see Rasa's own functions through our replacements.
    assert rasa_patches.install() == START
    assert {name: vars(owner)[name] for owner, name in PATCHED} == first


# The registry's checks ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(rasa_patches.PATCHES))
def test_every_entry_was_written_against_the_installed_rasa(name: str) -> None:
    """Each recorded hash is the source of a real Rasa function in this Rasa (3.6.21)."""
    import rasa

    patch = rasa_patches.PATCHES[name]
    assert rasa.__version__ == rasa_patches.RASA_VERSION
    assert patch.stage in {"start", "server", "agent"}
    for target, digest in patch.sources.items():
        func = rasa_patches.rasa_function(target)
        assert func.__module__.startswith("rasa."), target
        assert rasa_patches.source_sha256(func) == digest, target
    patch.check()


def test_every_entry_is_hash_checked() -> None:
    assert all(patch.sources for patch in rasa_patches.PATCHES.values())


def test_a_changed_rasa_function_makes_its_patch_skip(
    originals: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An upgraded Rasa whose EndpointConfig.session differs: that patch steps aside,
    logged as a warning; a patch whose functions are unchanged still applies."""
    _unpatched(originals)
    real = rasa_patches.source_sha256

    def changed_session(func: Any) -> str:
        digest = real(func)
        return "0" * 64 if func is originals["EndpointConfig.session"] else digest

    monkeypatch.setattr(rasa_patches, "source_sha256", changed_session)
    with caplog.at_level(logging.WARNING, "bot.rasa_platform.patches"):
        applied = rasa_patches.install(only=("shared_endpoint_session", "event_type_cache"))
    assert applied == ["event_type_cache"]
    assert vars(EndpointConfig)["session"] is originals["EndpointConfig.session"]
    [record] = [r for r in caplog.records if "shared_endpoint_session" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert "rasa.utils.endpoints:EndpointConfig.session is not the one" in record.getMessage()


def test_the_hash_decides_not_the_version_string(
    originals: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Rasa that reports another version but has the same functions keeps the patches."""
    _unpatched(originals)
    import rasa

    monkeypatch.setattr(rasa, "__version__", "3.6.99")
    assert rasa_patches.install(only=("event_type_cache",)) == ["event_type_cache"]


def test_without_source_files_only_the_exact_version_passes(
    originals: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _unpatched(originals)
    import rasa

    def no_source(func: Any) -> str:
        raise OSError("could not get source code")

    monkeypatch.setattr(rasa_patches, "source_sha256", no_source)
    monkeypatch.setattr(rasa, "__version__", "3.6.20")
    with caplog.at_level(logging.WARNING, "bot.rasa_platform.patches"):
        assert rasa_patches.install(only=("event_type_cache",)) == []
    assert "Rasa is 3.6.20, not 3.6.21" in caplog.text
    monkeypatch.setattr(rasa, "__version__", rasa_patches.RASA_VERSION)
    assert rasa_patches.install(only=("event_type_cache",)) == ["event_type_cache"]


def test_the_server_refuses_to_start_without_a_required_patch(
    originals: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """answer_first_turns is behaviour: when its check fails, the server does not start."""
    from bot.rasa_platform import server

    _unpatched(originals)
    real = rasa_patches.source_sha256

    def changed_parse(func: Any) -> str:
        digest = real(func)
        return "0" * 64 if func is originals["MessageProcessor.parse_message"] else digest

    monkeypatch.setattr(rasa_patches, "source_sha256", changed_parse)
    applied = rasa_patches.install()
    assert "answer_first_turns" not in applied
    assert vars(MessageProcessor)["parse_message"] is originals["MessageProcessor.parse_message"]
    assert server._required_applied(applied, "start") is False
    assert "required Rasa patch answer_first_turns did not apply" in capsys.readouterr().err
    assert rasa_patches.required("start") == ["answer_first_turns"]
    assert rasa_patches.required("server") == ["server_startup_hooks"]


def test_install_skips_a_patch_whose_attribute_is_gone(
    originals: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _unpatched(originals)
    monkeypatch.delattr(RemoteAction, "_validate_action_result")
    with caplog.at_level(logging.WARNING, "bot.rasa_platform.patches"):
        applied = rasa_patches.install(only=("action_response_validator", "event_type_cache"))
    assert applied == ["event_type_cache"]
    assert "RemoteAction._validate_action_result not found" in caplog.text


def test_a_failing_patch_is_logged_and_never_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def boom() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(
        rasa_patches,
        "PATCHES",
        {"boom": rasa_patches.Patch(boom, {}), "fine": rasa_patches.Patch(lambda: None, {})},
    )
    with caplog.at_level(logging.WARNING, "bot.rasa_platform.patches"):
        assert rasa_patches.install() == ["fine"]
    assert "rasa patch boom failed" in caplog.text


# The server's start-up hooks and the agent patches ----------------------------------------


def test_the_server_hooks_wrap_rasas_app_builder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.core.run as rasa_run

    original = rasa_run.configure_app
    monkeypatch.setattr(rasa_run, "configure_app", original)  # restored after the test
    assert rasa_patches.install(stage="server") == ["server_startup_hooks"]
    wrapped = rasa_run.configure_app
    assert wrapped is not original and rasa_patches._already(wrapped)
    assert rasa_patches.install(stage="server") == ["server_startup_hooks"]
    assert rasa_run.configure_app is wrapped
    assert rasa_patches.rasa_function("rasa.core.run:configure_app") is original


def test_agent_patches_make_the_tracker_store_raise(caplog: pytest.LogCaptureFixture) -> None:
    """On an agent whose store is not SQL, the pre-ping has nothing to do (INFO, not a
    warning); the fail-safe wrapper is made to raise."""
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore

    class Agent:
        tracker_store = FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty()))

    agent = Agent()
    with caplog.at_level(logging.INFO, "bot.rasa_platform.patches"):
        assert rasa_patches.install_on_agent(agent) == ["tracker_store_errors_raise"]
    assert agent.tracker_store._on_tracker_store_error is rasa_patches._raise_tracker_store_error
    [skipped] = [r for r in caplog.records if "tracker_store_pre_ping skipped" in r.getMessage()]
    assert skipped.levelno == logging.INFO
    assert rasa_patches.install_on_agent(None) == []


# 1. action response validation -------------------------------------------------------

VALID = {
    "events": [
        {"event": "slot", "name": "incident_state", "value": "NJ", "timestamp": None},
        {"event": "followup", "name": "action_listen"},
    ],
    "responses": [{"response": "utter_ask_injury"}, {"text": "Thanks."}],
}
INVALID = (
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"events": [{"event": "no_such_event"}]},
    {"responses": ["a string, not an object"]},
    {"events": [{"event": "user", "text": 3}], "responses": [{}]},
)


def _error_of(validate: Any, result: dict[str, Any]) -> tuple[str, list[Any], list[Any]] | None:
    action = RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1"))
    try:
        validate(action, copy.deepcopy(result))
    except ValidationError as e:
        return e.message, list(e.absolute_path), list(e.absolute_schema_path)
    return None


def test_cached_validator_raises_what_rasa_raises(originals: dict[str, Any]) -> None:
    original = originals["RemoteAction._validate_action_result"]
    rasa_patches.patch_action_response_validator()
    patched = RemoteAction._validate_action_result
    assert patched is not original
    assert _error_of(patched, VALID) is None
    for bad in INVALID:
        expected = _error_of(original, bad)
        assert expected is not None, bad
        assert _error_of(patched, bad) == expected, bad
        assert "Failed to validate Action server response" in expected[0]


def test_validator_is_built_once_per_spec() -> None:
    spec = {"type": "object", "properties": {"a": {"type": "integer"}}}
    first = rasa_patches.validator_for_spec(spec)
    assert rasa_patches.validator_for_spec(copy.deepcopy(spec)) is first
    # One per thread (a validator keeps a stack of $ref scopes while validating).
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(rasa_patches.validator_for_spec, spec).result() is not first
    rasa_patches.validate_with_cached_validator({"a": 1}, spec)
    with pytest.raises(ValidationError, match="'x' is not of type 'integer'"):
        rasa_patches.validate_with_cached_validator({"a": "x"}, spec)


# 3. event classes by type name -------------------------------------------------------


def test_event_lookup_matches_rasa_for_every_event_type(originals: dict[str, Any]) -> None:
    original = originals["Event.resolve_by_type"].__func__
    rasa_patches.patch_event_type_cache()
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) > 20
    for name in sorted(names):
        assert Event.resolve_by_type(name) is original(name), name
    assert Event.resolve_by_type.cache.cache_info().hits >= 0
    # Misses still go to Rasa: "topic" is None, a default is returned, else ValueError.
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


def test_events_round_trip_through_the_cache(originals: dict[str, Any]) -> None:
    rasa_patches.patch_event_type_cache()
    events = [UserUttered("hi", {"name": "greet", "confidence": 1.0}), SlotSet("a", 1)]
    again = [Event.from_parameters(e.as_dict()) for e in events]
    assert again == events
    info = Event.resolve_by_type.cache.cache_info()
    [Event.from_parameters(e.as_dict()) for e in events]
    assert Event.resolve_by_type.cache.cache_info().hits >= info.hits + 2


# 4. one session per endpoint ---------------------------------------------------------


async def _count_connections_while(calls: int, endpoint_url: str | None = None) -> list[Any]:
    peers: list[Any] = []

    async def handle(request: web.Request) -> web.Response:
        peers.append((request.transport.get_extra_info("peername"), request.headers.get("X-A")))
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-A": "b"})
        for _ in range(calls):
            assert await endpoint.request(json={"x": 1}, method="post") == {
                "events": [],
                "responses": [],
            }
        held = endpoint.__dict__.get("_medmal_session")
        if held:
            await held[1].close()
    finally:
        await runner.cleanup()
    return peers


def test_action_calls_reuse_one_connection(originals: dict[str, Any]) -> None:
    _unpatched(originals)
    stock = asyncio.run(_count_connections_while(3))
    assert len({peer for peer, _ in stock}) == 3  # Rasa: a new connection per call

    rasa_patches.patch_shared_endpoint_session()
    ours = asyncio.run(_count_connections_while(3))
    assert len({peer for peer, _ in ours}) == 1
    assert {header for _, header in ours} == {"b"}  # the endpoint's headers still sent


def test_shared_session_is_per_event_loop(originals: dict[str, Any]) -> None:
    rasa_patches.patch_shared_endpoint_session()
    endpoint = EndpointConfig("http://127.0.0.1:1")

    async def sessions() -> tuple[Any, Any]:
        async with endpoint.session() as first:
            pass
        assert not first.closed  # `async with` leaves the shared session open
        async with endpoint.session() as again:
            pass
        await first.close()
        return first, again

    first, again = asyncio.run(sessions())
    assert again is first
    other, _ = asyncio.run(sessions())
    assert other is not first  # a new loop gets its own session


# 5. SQLite pragmas -------------------------------------------------------------------


def _pragmas(engine: Any) -> tuple[str, int]:
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    return mode, sync


def test_rasa_sqlite_tracker_store_is_pooled_with_wal_and_normal_sync(
    originals: dict[str, Any], tmp_path: Path
) -> None:
    rasa_patches.patch_sqlite_tracker_store()
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))
    assert _pragmas(store.engine) == ("wal", 1)  # 1 = NORMAL
    assert type(store.engine.pool).__name__ == "QueuePool"
    assert store.sessionmaker.kw["bind"] is store.engine

    # Still a working tracker store: a conversation saved and read back.
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker.from_events("s1", [UserUttered("hi"), SlotSet("a", 1)])
    asyncio.run(store.save(tracker))
    again = asyncio.run(store.retrieve("s1"))
    assert again is not None and list(again.events) == list(tracker.events)
    with store.engine.connect() as conn:  # the connection went back to the pool, open
        assert conn.exec_driver_sql("select count(*) from events").scalar() == 2


def test_other_tracker_stores_are_left_alone(originals: dict[str, Any]) -> None:
    rasa_patches.patch_sqlite_tracker_store()
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db="")  # in memory
    assert type(store.engine.pool).__name__ != "QueuePool"


def test_our_sqlite_engine_uses_wal_and_normal_sync(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    assert _pragmas(engine) == ("wal", 1)
    assert type(engine.pool).__name__ == "QueuePool"  # connections kept between sessions
    engine.dispose()


# 5b. the save knows the stored events from the read ---------------------------------


async def _conversation(store: SQLTrackerStore) -> list[tuple[str, str]]:
    """Turns as Rasa's processor runs them (read, add events, save), with a new session."""
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    tracker = await store.get_or_create_tracker("c1")  # new: saved by create_tracker
    for turn in range(3):
        tracker = await store.retrieve("c1")
        assert tracker is not None
        tracker.update(UserUttered(f"message {turn}"))
        tracker.update(SlotSet("a", turn))
        if turn == 1:  # the session expired: a new one starts within the turn
            tracker.update(ActionExecuted("action_session_start"))
            tracker.update(SessionStarted())
            tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)
        await store.save(tracker)  # saved again unchanged: nothing new may be stored
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("select type_name, data from events order by id").all()
    return [(t, d.split('"timestamp"')[0]) for t, d in rows]


def test_known_length_save_stores_what_rasa_stores(
    originals: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stock = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "a.db"))
    expected = asyncio.run(_conversation(stock))

    rasa_patches.patch_tracker_store_known_length()
    counts: list[int] = []
    real_query = SQLTrackerStore._event_query

    def counting_query(self: Any, session: Any, sender_id: str, **kw: Any) -> Any:
        query = real_query(self, session, sender_id, **kw)
        real_count = query.count
        query.count = lambda: counts.append(1) or real_count()
        return query

    monkeypatch.setattr(SQLTrackerStore, "_event_query", counting_query)
    ours = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "b.db"))
    assert asyncio.run(_conversation(ours)) == expected
    assert len(expected) > 10
    # Counted only for the new conversation and the second save of each turn.
    assert len(counts) == 1 + 3
    tracker = asyncio.run(ours.retrieve("c1"))
    assert tracker.__dict__[rasa_patches.STORED_EVENTS] == len(tracker.events)
    full = asyncio.run(ours.retrieve_full_tracker("c1"))
    assert rasa_patches.STORED_EVENTS not in full.__dict__
