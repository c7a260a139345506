"""Start the Rasa server with our channels and settings (`python -m bot.rasa_server`).

Rasa's HTTP API stays off: nothing but our channels is reachable, so no one
can post to /conversations/... or replace the model.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from bot.config import CONFIG_DIR, ConfigError, get_settings

log = logging.getLogger("bot.rasa_server")


def resolve_model(explicit: str) -> Path:
    if explicit:
        return Path(explicit)
    from bot.devtools.model import model_file

    path = model_file()
    if not path.exists():
        raise ConfigError(f"No trained model at {path}; run `make train` (or `make run`).")
    return path


def main() -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    settings = get_settings()
    try:
        settings.check_secrets()
        model = resolve_model(settings.model_path)
    except ConfigError as exc:
        print(f"rasa server: {exc}", file=sys.stderr)
        return 2

    from rasa.core.run import serve_application

    from bot import rasa_endpoints

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    log.info("model %s; chat origins %s", model.name, ", ".join(settings.chat_allowed_origins))
    serve_application(
        model_path=str(model),
        credentials=str(CONFIG_DIR / "credentials.yml"),
        interface=settings.rasa_host,
        port=settings.rasa_port,
        cors=list(settings.chat_allowed_origins),
        enable_api=False,
        endpoints=rasa_endpoints.build(settings),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
