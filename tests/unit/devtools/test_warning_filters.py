"""The start-up warning filters hide pinned libraries' deprecation notices, not ours."""

from __future__ import annotations

import subprocess
import sys
import warnings

from bot import warning_filters
from bot.config import PROJECT_ROOT


def _shown(category: type[Warning], module: str, message: str = "a notice") -> bool:
    """Whether a warning attributed to `module` gets through the installed filters."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.resetwarnings()
        warnings.simplefilter("always")  # everything shows unless a rule says otherwise
        warning_filters.install()
        warnings.warn_explicit(
            message, category, filename=f"/x/{module.replace('.', '/')}.py", lineno=3,
            module=module, registry={},
        )
    return bool(caught)


def test_a_deprecation_from_our_own_code_stays_visible() -> None:
    assert _shown(DeprecationWarning, "bot.store.db")
    assert _shown(FutureWarning, "actions.intake_form")
    assert _shown(UserWarning, "bot.web.app")


def test_named_third_party_deprecations_are_hidden() -> None:
    assert not _shown(DeprecationWarning, "sanic_cors.extension")  # distutils LooseVersion
    assert not _shown(DeprecationWarning, "tensorflow.lite.python.util")  # jax.xla_computation
    assert not _shown(DeprecationWarning, "rasa.core.tracker_store")  # SQLAlchemy 2.0 notice
    assert not _shown(FutureWarning, "sklearn.utils.validation")
    assert not _shown(
        DeprecationWarning, "importlib._bootstrap",
        "the load_module() method is deprecated and slated for removal in Python 3.12",
    )
    # ... but only that message from the import machinery
    assert _shown(DeprecationWarning, "importlib._bootstrap", "something else is deprecated")
    assert not _shown(
        DeprecationWarning, "random", "non-integer arguments to randrange() have been deprecated"
    )  # Keras's seed at model load
    assert not _shown(
        UserWarning, "rasa.shared.core.slot_mappings",
        "Slot auto-fill has been removed in 3.0 and replaced with a new explicit mechanism",
    )  # raised on every domain load
    # Rasa's other notes on the domain stay: they are about our files.
    assert _shown(
        UserWarning, "rasa.shared.core.slot_mappings",
        "Slot 'state' uses a 'from_intent' mapping for a non-existent intent 'inform_state'.",
    )


def test_only_the_named_packages_and_categories() -> None:
    # A package merely starting with a listed name is not that package.
    assert _shown(DeprecationWarning, "sanicsomething")
    # Rasa's FutureWarnings are its deprecation notices about our config: kept.
    assert _shown(FutureWarning, "rasa.shared.utils.io")
    # A library's warning that is not a deprecation (a data problem, say) is kept.
    assert _shown(UserWarning, "rasa.shared.utils.io")
    assert _shown(RuntimeWarning, "numpy.core.fromnumeric")


def test_sanic_processes_keep_the_rules_in_front_of_sanics_blanket_filter() -> None:
    """Importing Sanic adds `once::DeprecationWarning` in front; ours must still win."""
    code = (
        "import bot.warning_filters_sanic, warnings, rasa_sdk.endpoint\n"
        "warnings.warn_explicit('old api', DeprecationWarning, '/s/sanic/x.py', 1,"
        " module='sanic.x', registry={})\n"
        "warnings.warn_explicit('ours is old', DeprecationWarning, '/b/bot/x.py', 1,"
        " module='bot.x', registry={})\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=120, check=True,
    )
    assert "ours is old" in out.stderr
    assert "old api" not in out.stderr
    assert "DeprecationWarning" not in out.stderr.replace("DeprecationWarning: ours is old", "")
