"""What `make run` does before starting the processes.

Validate the training data, train only if data/config changed, and create
or upgrade the database. Each step prints what it did, so a slow start says why.
"""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import CONFIG_DIR, PROJECT_ROOT, ConfigError, get_settings
from bot.devtools.model import ensure_model
from bot.store import migrate


def validate_data() -> None:
    subprocess.run(  # noqa: S603 - fixed argv
        [
            sys.executable, "-m", "rasa", "data", "validate",
            "--config", str(CONFIG_DIR / "config.yml"),
            "--domain", str(CONFIG_DIR / "domain"),
            "--data", str(PROJECT_ROOT / "data"),
            "--quiet",
        ],
        check=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )


def main() -> int:
    settings = get_settings()
    try:
        settings.check_secrets()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    print("Validating training data...", flush=True)
    validate_data()
    ensure_model()
    print("Migrating database...", flush=True)
    migrate.upgrade()
    return 0


if __name__ == "__main__":
    sys.exit(main())
