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
    # Defaults for the Sanic server rasa_sdk starts (it reads SANIC_* from the environment);
    # an operator's own values win. Only the Rasa server calls us, so loopback by default.
    # Sanic's access log writes a record for every action call, several per visitor turn, at
    # a CPU cost the profile shows (issue 17), and under our log format each is an empty
    # "sanic.access INFO" line. Errors are not access records: they still reach the log.
    # SANIC_ACCESS_LOG=true brings the per-call records back.
    os.environ.setdefault("SANIC_HOST", settings.action_host)
    os.environ.setdefault("SANIC_ACCESS_LOG", "false")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from rasa_sdk.endpoint import run

    from bot.intake import places

    # The US-places gazetteers load in about a second: now, not on a visitor's turn.
    places.warm()
    run("actions", port=settings.action_port, cors_origins=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
