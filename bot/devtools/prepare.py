"""What `make run` and `make serve` do before starting the processes.

Validate the training data, train only if data/config changed, and create or
upgrade the database: one progress line per stage with the time it took
(bot.devtools.stages), each stage's full output in var/log/<stage>.log, and on
failure the stage's name, its log's path and last lines.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from bot.config import CONFIG_DIR, PROJECT_ROOT, ConfigError, get_settings
from bot.devtools.model import prepare_model
from bot.devtools.stages import Runner, StageFailed
from bot.store import migrate


def validate_argv() -> list[str]:
    return [
        sys.executable, "-m", "bot.devtools.rasa_cli", "data", "validate",
        "--config", str(CONFIG_DIR / "config.yml"),
        "--domain", str(CONFIG_DIR / "domain"),
        "--data", str(PROJECT_ROOT / "data"),
        "--quiet",
    ]


def train(log: TextIO) -> str:
    """Runs after the validate stage, so `rasa train` need not validate the same files again."""
    return prepare_model(output=log, validated=True)[1]


def migrate_database(log: TextIO) -> None:
    migrate.upgrade()


def main(runner: Runner | None = None) -> int:
    settings = get_settings()
    try:
        settings.check_secrets()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    runner = runner or Runner()
    try:
        runner.command(
            "validate", validate_argv(),
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        )
        runner.call("train", train)
        runner.call("migrate", migrate_database)
    except StageFailed as exc:
        return exc.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
