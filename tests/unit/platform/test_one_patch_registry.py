"""Only bot/rasa_platform/patches.py changes Rasa: every other change would escape the
registry's source-hash checks and its log line (issue 21).

Read from the source (ast), so a new module that assigns onto a Rasa class, or onto a
private attribute of someone else's object, fails here with the line to move.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
REGISTRY = "bot/rasa_platform/patches.py"


def _rasa_names(tree: ast.AST) -> set[str]:
    """Names a module binds to Rasa: `import rasa...` and `from rasa... import X`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "rasa":
                    names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "rasa":
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def _base_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def patches_outside_the_registry(path: Path) -> list[str]:
    """Assignments (or setattr) onto a Rasa name, or onto another object's private attribute."""
    tree = ast.parse(path.read_text())
    rasa = _rasa_names(tree)
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and _base_name(node.args[0]) in rasa
        ):
            found.append(f"{node.lineno}: setattr({ast.unparse(node.args[0])}, ...)")
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            base = _base_name(target)
            private = target.attr.startswith("_") and not target.attr.startswith("__")
            if base in rasa or (private and base not in {"self", "cls"}):
                found.append(f"{node.lineno}: {ast.unparse(target)} = ...")
    return found


def test_nothing_outside_the_registry_patches_rasa() -> None:
    offenders = {
        path.relative_to(ROOT).as_posix(): hits
        for path in sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("actions/**/*.py")])
        if path.relative_to(ROOT).as_posix() != REGISTRY
        and (hits := patches_outside_the_registry(path))
    }
    assert offenders == {}, "move these into PATCHES (bot/rasa_platform/patches.py)"


def test_the_scan_sees_the_registrys_own_patches() -> None:
    """The scan is not blind: the registry's class patches and the agent's store are found."""
    hits = "\n".join(patches_outside_the_registry(ROOT / REGISTRY))
    for patched in (
        "MessageProcessor.parse_message",
        "rasa_run.configure_app",
        "store._on_tracker_store_error",
        "engine.pool._pre_ping",
    ):
        assert patched in hits, patched
