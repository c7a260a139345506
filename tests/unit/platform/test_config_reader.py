"""bot/config.py is the one reader of the environment (issue 21, step 5).

Every other module gets its settings from `bot.config.environment()` or
`get_settings()`. The scan below parses each module under bot/ and actions/ and
fails on any other use of `os.environ`, `os.getenv` or python-dotenv.

Documented exceptions, none of which reads one of our settings:
- `os.environ.setdefault(NAME, ...)` for process-wide defaults that third-party
  code reads itself, before or without our settings: RASA_TELEMETRY_ENABLED and
  TF_CPP_MIN_LOG_LEVEL (Rasa and TensorFlow read them at import), SANIC_HOST
  (rasa_sdk's `run` takes no host argument; Sanic reads it);
- `{**os.environ, ...}`: a child process's environment handed on whole
  (the dev tools start rasa/honcho, which then read their own settings);
- `os.environ.get("PATH")`: where executables are, not a setting;
- `os.environ.get(ENV_LOG_LEVEL)`: Rasa's own LOG_LEVEL, which Rasa reads
  itself; a copy in Settings would be a second reader, not one fewer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.admin.purge import retention_days
from bot.config import (
    PROJECT_ROOT,
    ConfigError,
    environment,
    retention_days_from_env,
    settings_from_env,
)
from bot.services.intake import DEFAULT_LINK_WINDOW_DAYS, link_window_days

READER = PROJECT_ROOT / "bot" / "config.py"
PROCESS_DEFAULTS = {
    "RASA_TELEMETRY_ENABLED",
    "TF_CPP_MIN_LOG_LEVEL",
    "SANIC_HOST",
    "SANIC_ACCESS_LOG",
}
READABLE = {"PATH"}  # os.environ.get(...) of these literal names
READABLE_NAMES = {"ENV_LOG_LEVEL"}  # ... or of these constants (rasa.shared.constants)


def _is_os_attr(node: ast.AST, attr: str) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == attr
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _allowed(node: ast.Attribute, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether this `os.environ` is one of the documented exceptions."""
    parent = parents.get(node)
    if isinstance(parent, ast.Dict) and any(
        k is None and v is node for k, v in zip(parent.keys, parent.values, strict=True)
    ):
        return True  # {**os.environ, ...}
    if not (isinstance(parent, ast.Attribute) and parent.attr in ("setdefault", "get")):
        return False
    call = parents.get(parent)
    if not (isinstance(call, ast.Call) and call.func is parent and call.args):
        return False
    first = call.args[0]
    if parent.attr == "setdefault":
        return isinstance(first, ast.Constant) and first.value in PROCESS_DEFAULTS
    if isinstance(first, ast.Constant):
        return first.value in READABLE
    return isinstance(first, ast.Name) and first.id in READABLE_NAMES


def environment_reads(source: str) -> list[str]:
    """Each read of the environment in `source` that is not a documented exception."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[str] = []
    for node in ast.walk(tree):
        if _is_os_attr(node, "environ") and not _allowed(node, parents):  # type: ignore[arg-type]
            found.append(f"line {node.lineno}: os.environ")
        elif _is_os_attr(node, "getenv") or _is_os_attr(node, "environb"):
            found.append(f"line {node.lineno}: os.{node.attr}")  # type: ignore[attr-defined]
        elif isinstance(node, ast.ImportFrom) and (
            node.module == "dotenv"
            or (node.module == "os" and {a.name for a in node.names} & {"environ", "getenv"})
        ):
            found.append(f"line {node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Import) and any(a.name == "dotenv" for a in node.names):
            found.append(f"line {node.lineno}: import dotenv")
    return found


def _modules() -> list[Path]:
    roots = (PROJECT_ROOT / "bot", PROJECT_ROOT / "actions")
    return sorted(p for root in roots for p in root.rglob("*.py") if p != READER)


def test_no_module_but_bot_config_reads_the_environment() -> None:
    offenders = {
        str(path.relative_to(PROJECT_ROOT)): reads
        for path in _modules()
        if (reads := environment_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "read settings through bot.config.environment() or get_settings()"


def test_the_scan_sees_the_modules_and_the_reader_itself() -> None:
    # Guards the test above against passing because it looked nowhere.
    assert len(_modules()) > 50
    assert environment_reads(READER.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "source",
    [
        "import os\nx = os.environ.get('REDIS_URL', '')",
        "import os\nx = os.environ['FIRM_NAME']",
        "import os\nenv = dict(os.environ)",
        "import os\nx = os.getenv('WEB_PORT')",
        "import os\nos.environ.setdefault('DATABASE_URL', 'sqlite://')",
        "from os import environ\nx = environ.get('APP_ENV')",
        "from dotenv import load_dotenv\nload_dotenv()",
        "import os\nf(os.environ)",
    ],
)
def test_the_scan_flags_direct_reads(source: str) -> None:
    assert environment_reads(source)


@pytest.mark.parametrize(
    "source",
    [
        "import os\nos.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')",
        "import os\nrun(env={**os.environ, 'RASA_TELEMETRY_ENABLED': 'false'})",
        "import os\np = os.environ.get('PATH', '')",
        "import os\nfrom rasa.shared.constants import ENV_LOG_LEVEL\n"
        "x = os.environ.get(ENV_LOG_LEVEL)",
    ],
)
def test_the_documented_exceptions_pass(source: str) -> None:
    assert environment_reads(source) == []


def test_environment_sees_a_variable_set_after_the_first_call(monkeypatch) -> None:
    environment()
    monkeypatch.setenv("MEDMAL_TEST_LATE_VARIABLE", "set later")
    assert environment()["MEDMAL_TEST_LATE_VARIABLE"] == "set later"


@pytest.mark.parametrize(
    ("raw", "expected"), [("", None), ("  ", None), ("90", 90), (" 400 ", 400), ("0", 0)]
)
def test_retention_days_parsed_once(raw: str, expected: int | None) -> None:
    assert retention_days_from_env({"RETENTION_DAYS": raw}) == expected


def test_ports_and_retention_are_whole_numbers_read_alike() -> None:
    # One reader for every whole-number setting: unset gives the default, a stray word
    # is refused naming the variable.
    assert settings_from_env({}).web_port == 8000
    assert settings_from_env({"RASA_PORT": " 5105 "}).rasa_port == 5105
    with pytest.raises(ConfigError, match="ACTION_PORT must be a whole number, got 'ten'"):
        settings_from_env({"ACTION_PORT": "ten"})
    with pytest.raises(ConfigError, match="RETENTION_DAYS must be a whole number, got 'ten'"):
        retention_days_from_env({"RETENTION_DAYS": "ten"})


def test_purge_and_lead_linking_read_the_same_retention(monkeypatch) -> None:
    monkeypatch.setenv("RETENTION_DAYS", "45")
    assert retention_days(None) == 45
    assert link_window_days() == 45


def test_purge_refuses_what_lead_linking_tolerates(monkeypatch) -> None:
    # purge deletes data, so an unusable value stops it; linking falls back instead.
    monkeypatch.setenv("RETENTION_DAYS", "half a year")
    with pytest.raises(ConfigError, match="RETENTION_DAYS must be a whole number"):
        retention_days(None)
    assert link_window_days() == DEFAULT_LINK_WINDOW_DAYS
    monkeypatch.setenv("RETENTION_DAYS", "0")
    with pytest.raises(ConfigError, match="at least 1 day"):
        retention_days(None)
    assert link_window_days() == 1
    monkeypatch.setenv("RETENTION_DAYS", "")
    with pytest.raises(ConfigError, match="Set RETENTION_DAYS"):
        retention_days(None)
    assert link_window_days() == DEFAULT_LINK_WINDOW_DAYS
    assert retention_days(12) == 12  # --older-than-days wins over the environment


def test_the_intake_reads_answers_as_of_a_pinned_day_only_when_told() -> None:
    """INTAKE_TODAY replays conversations written on another day; unset, it is the real day."""
    from datetime import date

    from bot.config import intake_today

    assert intake_today({}) == date.today()
    assert intake_today({"INTAKE_TODAY": " 2025-02-28 "}) == date(2025, 2, 28)
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        intake_today({"INTAKE_TODAY": "last tuesday"})
    with pytest.raises(ConfigError, match="not production"):
        intake_today({"INTAKE_TODAY": "2025-02-28", "APP_ENV": "production"})


def test_a_pinned_day_moves_what_yesterday_means_in_an_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The action server's day (actions.common.today) follows INTAKE_TODAY, so a date
    answer read there counts from it."""
    from datetime import date

    from actions.common import today
    from bot.intake import multilingual

    monkeypatch.setenv("INTAKE_TODAY", "2024-03-01")
    assert today() == date(2024, 3, 1)
    parsed = multilingual.parse_answer("incident_date", "yesterday", today(), None, "en")
    assert parsed.values == {"incident_date": "2024-02-29"}
