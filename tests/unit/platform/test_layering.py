"""The bottom layers import only downwards: the domain (bot/intake, bot/law) needs
no framework, and the store (bot/store) no use case or adapter.

Read from the source (AST), so an import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[3] / "bot"
FRAMEWORKS = ("sqlalchemy", "alembic", "rasa", "rasa_sdk", "starlette", "aiohttp", "jinja2")
ABOVE_DOMAIN = ("bot.store", "bot.services", "bot.web", "bot.channels", "bot.notify", "actions")


def _imports(package: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((BOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path.name, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.append((path.name, node.module))
    return found


def _under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("package", ["intake", "law"])
def test_the_domain_imports_no_framework_and_nothing_above_it(package: str) -> None:
    bad = [(f, m) for f, m in _imports(package) if _under(m, FRAMEWORKS + ABOVE_DOMAIN)]
    assert bad == []


def test_the_store_imports_no_use_case_or_adapter() -> None:
    above = ("bot.services", "bot.web", "bot.channels", "bot.notify", "actions")
    assert [(f, m) for f, m in _imports("store") if _under(m, above)] == []
