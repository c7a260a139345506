"""The Spanish texts (config/locales/es.yml): responses, summary labels, relationship nouns."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.config import CONFIG_DIR

LOCALE_FILE = CONFIG_DIR / "locales" / "es.yml"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=4)
def load(path: Path = LOCALE_FILE) -> dict[str, Any]:
    """The whole locale file, read once."""
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or "responses" not in data:
        raise ValueError(f"{path}: no `responses` section")
    return data


def responses() -> dict[str, list[dict[str, Any]]]:
    return load()["responses"]


def text(name: str, values: Mapping[str, object] | None = None, variation: int = 0) -> str:
    """One response's Spanish text with its placeholders filled (unknown ones left as is)."""
    raw = str(responses()[name][variation]["text"])
    given = values or {}
    return PLACEHOLDER.sub(lambda m: str(given.get(m.group(1), m.group(0))), raw)


def summary() -> dict[str, Any]:
    return load()["summary"]


def relationship(value: object) -> str | None:
    """The Spanish noun for a relationship kept in English ("mother" -> "madre")."""
    return load()["relationships"].get(value) if isinstance(value, str) else None
