"""Rasa's endpoints (action server, tracker store, lock store, responses) from our settings.

Built in code rather than endpoints.yml so one DATABASE_URL / REDIS_URL
decides everything, and SQLite paths resolve inside the project's var/.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlparse

from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig

from bot.config import Settings

# Rasa's SQL tracker store with each event's data encrypted at rest (issue 15).
TRACKER_STORE_TYPE = "bot.rasa_platform.tracker_store.EncryptedSQLTrackerStore"
# Responses in the conversation's language (issue 18); config/endpoints.yml names it too.
NLG_TYPE = "bot.rasa_platform.nlg.LanguageResponseGenerator"


def tracker_store_config(url: str, store_type: str = TRACKER_STORE_TYPE) -> EndpointConfig:
    """Rasa's tracker store on our database URL: encrypted by default, "SQL" is Rasa's own."""
    parsed = urlparse(url)
    dialect = parsed.scheme.split("+", 1)[0]
    if dialect == "sqlite":
        return EndpointConfig(type=store_type, dialect="sqlite", db=url.split("///", 1)[-1])
    if dialect in {"postgresql", "postgres"}:
        dialect = "postgresql"
    return EndpointConfig(
        type=store_type,
        dialect=dialect,
        url=parsed.hostname or "localhost",
        port=parsed.port,
        db=parsed.path.lstrip("/"),
        username=parsed.username,
        password=parsed.password,
        # sslmode, options (search_path) and the like must reach the driver too.
        query=dict(parse_qsl(parsed.query)) or None,
    )


def lock_store_config(redis_url: str) -> EndpointConfig | None:
    """Rasa's lock store: in memory for one instance, Redis (shared) when REDIS_URL is set.

    Not Rasa's own "redis" type: its ticket updates are not atomic across
    instances and lost messages under load (see bot/rasa_platform/lock_store.py).
    """
    if not redis_url:
        return None  # Rasa's in-memory lock store: right for a single instance.
    parsed = urlparse(redis_url)
    return EndpointConfig(
        type="bot.rasa_platform.lock_store.AtomicRedisLockStore",
        url=parsed.hostname or "localhost",
        port=parsed.port or 6379,
        db=int(parsed.path.lstrip("/") or 0),
        password=parsed.password,
        use_ssl=parsed.scheme == "rediss",
        key_prefix="medmal",
    )


def build(settings: Settings) -> AvailableEndpoints:
    return AvailableEndpoints(
        action=EndpointConfig(url=settings.action_server_url),
        tracker_store=tracker_store_config(settings.tracker_database_url),
        lock_store=lock_store_config(settings.redis_url),
        nlg=EndpointConfig(type=NLG_TYPE),
    )
