"""`python -m bench.conversation` or `python bench/conversation`: run the benchmark."""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `python bench/conversation`: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.conversation.run import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
