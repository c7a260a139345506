"""All table definitions, for Alembic and tests.

Tables live in bot/store/models.py and in further `models_<concern>.py`
modules beside it; importing this module imports every one of them, so
`Base.metadata` is complete wherever it is needed.
"""

from __future__ import annotations

import importlib
import pkgutil

import bot.store
from bot.store.models import Base

for _info in pkgutil.iter_modules(bot.store.__path__):
    if _info.name.startswith("models_"):
        importlib.import_module(f"bot.store.{_info.name}")

metadata = Base.metadata
