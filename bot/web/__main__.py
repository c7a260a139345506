"""Run the web app (`python -m bot.web`)."""

from __future__ import annotations

import bot.warning_filters  # noqa: F401 - first: quiets pinned libraries' deprecations

# isort: split
import sys

import uvicorn

from bot.config import ConfigError, get_settings
from bot.web.app import create_app


def main() -> int:
    settings = get_settings()
    try:
        settings.check_secrets()
    except ConfigError as exc:
        print(f"web app: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        create_app(settings, announce=True),
        host=settings.web_host,
        port=settings.web_port,
        log_level="info",
        proxy_headers=True,
        # No websockets here; Rasa pins an old `websockets` that uvicorn's auto mode rejects.
        ws="none",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
