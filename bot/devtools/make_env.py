"""Create `.env` from `.env.example` with fresh random secrets.

A new user should get a working, private setup with one command; copying the
example by hand would leave `change-me` secrets that production refuses.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from bot.config import EXAMPLE_SECRET_MARKER, PROJECT_ROOT

GENERATORS = {
    "DATA_ENCRYPTION_KEYS": lambda: Fernet.generate_key().decode(),
    "BLIND_INDEX_KEY": lambda: secrets.token_urlsafe(32),
    "WEBCHAT_SECRET": lambda: secrets.token_urlsafe(32),
    "LEAD_API_TOKEN": lambda: secrets.token_urlsafe(32),
}


def render(example: str) -> str:
    out = []
    for line in example.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#") and value.strip() == EXAMPLE_SECRET_MARKER:
            generate = GENERATORS.get(key.strip())
            if generate:
                line = f"{key}={generate()}"
        out.append(line)
    return "\n".join(out) + "\n"


def main(root: Path = PROJECT_ROOT) -> int:
    target = root / ".env"
    if target.exists():
        print(f"{target} exists; leaving it as it is.")
        return 0
    target.write_text(render((root / ".env.example").read_text()))
    target.chmod(0o600)
    print(f"Wrote {target} with fresh secrets.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
