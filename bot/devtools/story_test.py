"""Run `rasa test core` on the test stories and fail on any prediction error."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import CONFIG_DIR, PROJECT_ROOT
from bot.devtools.model import ensure_model


def main() -> int:
    model = ensure_model()
    out = PROJECT_ROOT / "results" / "stories"
    return subprocess.run(  # noqa: S603 - fixed argv
        [
            sys.executable, "-m", "rasa", "test", "core",
            "--model", str(model),
            "--stories", str(PROJECT_ROOT / "tests" / "stories"),
            "--endpoints", str(CONFIG_DIR / "endpoints.yml"),
            "--out", str(out),
            "--fail-on-prediction-errors",
            "--no-plot",
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        check=False,
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
