"""Start the Rasa SDK action server on loopback (`python -m bot.action_server`)."""

from __future__ import annotations

import bot.warning_filters_sanic  # noqa: F401 - first: quiets pinned libraries' deprecations

# isort: split
import logging
import os
import sys

from bot.config import ConfigError, get_settings


def main() -> int:
    settings = get_settings()
    try:
        settings.check_secrets()
    except ConfigError as exc:
        print(f"action server: {exc}", file=sys.stderr)
        return 2
    # Only the Rasa server calls us; never listen on every interface by default.
    os.environ.setdefault("SANIC_HOST", settings.action_host)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from rasa_sdk.endpoint import run

    from bot.intake import places

    # The US-places gazetteers load in about a second: now, not on a visitor's turn.
    places.warm()
    run("actions", port=settings.action_port, cors_origins=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
