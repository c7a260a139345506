"""`python -m bot.devtools.rasa_cli ARGS`: Rasa's command line with our warning filters.

`make run` validates and trains through this, so their logs under var/log/ hold
the warnings that matter (unused intents, data problems) rather than a page of
pinned libraries' deprecation notices.
"""

from __future__ import annotations

import runpy
import sys

import bot.warning_filters_sanic  # noqa: F401 - first: quiets pinned libraries


def main(argv: list[str]) -> None:
    sys.argv = ["rasa", *argv]
    runpy.run_module("rasa", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
