"""Import first in a process that will import Sanic (Rasa server, action server, `rasa`).

Sanic's import puts `once::DeprecationWarning` in front of every filter; importing
it here, before bot.warning_filters adds its rules, keeps ours in front of it.
"""

from __future__ import annotations

from bot import warning_filters

warning_filters.install(preload=warning_filters.SANIC)
