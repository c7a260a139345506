"""Start the Rasa server with our channels and settings (`python -m bot.rasa_platform.server`).

Rasa's HTTP API stays off: nothing but our channels is reachable, so no one
can post to /conversations/... or replace the model.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bot.warning_filters_sanic  # noqa: F401 - quiets pinned libraries' deprecations
from bot.config import CONFIG_DIR, ConfigError, get_settings

log = logging.getLogger("bot.rasa_platform.server")


def resolve_model(explicit: str) -> Path:
    if explicit:
        return Path(explicit)
    from bot.devtools.model import model_file

    path = model_file()
    if not path.exists():
        raise ConfigError(f"No trained model at {path}; run `make train` (or `make run`).")
    return path


def freeze_loaded_heap(app: Any = None, loop: Any = None) -> None:
    """Keep the garbage collector off the loaded model.

    With a trained model in memory, every full collection walks millions of
    objects that live as long as the process: measured pauses of 0.25-1.3 s,
    which stop every request (a Twilio acknowledgement included). Rasa has
    loaded the model by after_server_start; gc.freeze() moves everything alive
    then into a permanent generation, so later collections see only new objects.
    """
    gc.collect()
    gc.freeze()
    log.info("gc: %d objects frozen after start-up", gc.get_freeze_count())


# Sanic reads up to 100 MB by default before any route runs. Our routes take a chat
# message (2,000 characters) or a Twilio form post (a few kB): 32 KiB is plenty.
# The reverse proxy should refuse earlier still (README: client_max_body_size).
REQUEST_MAX_BYTES = 32 * 1024


def require_encrypted_tracker_store(app: Any, loop: Any = None) -> None:
    """Stop the server if the agent's tracker store is not our encrypted one.

    Rasa replaces a custom tracker store that fails to load (ImportError,
    AttributeError) with an in-memory one and only warns: conversations would
    then be lost on restart, and a later fix could silently store them in clear.
    """
    from bot.rasa_platform.tracker_store import EncryptedSQLTrackerStore

    store = getattr(getattr(app.ctx, "agent", None), "tracker_store", None)
    while store is not None and not isinstance(store, EncryptedSQLTrackerStore):
        store = getattr(store, "_tracker_store", None)  # FailSafe/Awaitable wrappers
    if store is None:
        log.critical("tracker store: not the encrypted SQL store (see the log above); stopping")
        app.stop()


async def close_http_sessions(app: Any = None, loop: Any = None) -> None:
    """Close the shared action-server sessions of the server's loop before it ends."""
    from bot.rasa_platform.patches import close_shared_sessions

    await close_shared_sessions()


def _with_startup_hooks(configure_app: Callable[..., Any]) -> Callable[..., Any]:
    """Rasa's serve_application builds its Sanic app internally; this wraps the
    builder so our process-wide hooks are registered on that app (installed through the
    patch registry, entry server_startup_hooks)."""

    def configure(*args: Any, **kwargs: Any) -> Any:
        app = configure_app(*args, **kwargs)
        app.config.REQUEST_MAX_SIZE = REQUEST_MAX_BYTES
        app.register_listener(require_encrypted_tracker_store, "after_server_start")
        app.register_listener(close_http_sessions, "after_server_stop")
        app.register_listener(freeze_loaded_heap, "after_server_start")
        return app

    return configure


def _required_applied(applied: list[str], stage: str) -> bool:
    """False, with the reason on stderr, if a required patch of `stage` did not apply.

    Required patches are behaviour or security, not speed: without answer_first_turns a
    misread answer can loop the visitor; without server_startup_hooks there is no request
    size limit and no check that the tracker store is the encrypted one.
    """
    from bot.rasa_platform.patches import required

    missing = [name for name in required(stage) if name not in applied]
    for name in missing:
        print(f"rasa server: the required Rasa patch {name} did not apply", file=sys.stderr)
    return not missing


def main() -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.umask(0o077)  # files this process creates (the tracker database) are owner-only
    settings = get_settings()
    try:
        settings.check_secrets()
        model = resolve_model(settings.model_path)
    except ConfigError as exc:
        print(f"rasa server: {exc}", file=sys.stderr)
        return 2

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import rasa.core.run as rasa_run

    from bot.rasa_platform import endpoints, patches, tuning

    # Before anything of Rasa's logs: no visitor text or slot value in the logs.
    tuning.configure_structlog(logging.INFO)
    if not _required_applied(patches.install(), "start"):
        return 2
    log.info("model %s; chat origins %s", model.name, ", ".join(settings.chat_allowed_origins))
    if not _required_applied(patches.install(stage="server"), "server"):
        return 2
    rasa_run.serve_application(
        model_path=str(model),
        credentials=str(CONFIG_DIR / "credentials.yml"),
        interface=settings.rasa_host,
        port=settings.rasa_port,
        cors=list(settings.chat_allowed_origins),
        enable_api=False,
        endpoints=endpoints.build(settings),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
