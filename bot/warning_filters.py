"""Hide the known deprecation noise of pinned third-party libraries, nothing else.

Rasa 3.6 pins old Sanic, SQLAlchemy 1.4, TensorFlow and friends; importing them
prints a page of DeprecationWarning/FutureWarning lines about *their* code, which
nobody here can act on and which buries the warnings that do matter. Each rule
below names the category and the module the warning is attributed to, so a
warning raised from our own code (bot., actions.) or a new kind of warning from
a library still shows.

Importing this module installs the rules, so each entry point imports it first
(`import bot.warning_filters`). Sanic's import adds a blanket
`once::DeprecationWarning` filter in front of everything; the processes that
import Sanic (the Rasa and action servers, `rasa` commands) import
`bot.warning_filters_sanic` instead, which imports Sanic first so our rules are
matched before its filter.
"""

from __future__ import annotations

import importlib
import re
import warnings
from dataclasses import dataclass

DEPRECATIONS: tuple[type[Warning], ...] = (
    DeprecationWarning,
    PendingDeprecationWarning,
    FutureWarning,
)
# Rasa's FutureWarnings are its own deprecation notices about *our* config and data
# (rasa.shared.utils.io.raise_deprecation_warning): those stay visible.
LIBRARY_ONLY: tuple[type[Warning], ...] = (DeprecationWarning, PendingDeprecationWarning)

# Packages whose deprecation warnings we cannot act on, by the module a warning is
# attributed to (the caller of the deprecated API), with what they print today.
THIRD_PARTY: dict[str, tuple[type[Warning], ...]] = {
    "apscheduler": DEPRECATIONS,  # imports pkg_resources
    "pkg_resources": DEPRECATIONS,  # declare_namespace('mpl_toolkits' / 'ruamel')
    "sanic": DEPRECATIONS,
    "sanic_cors": DEPRECATIONS,  # distutils LooseVersion
    "sanic_routing": DEPRECATIONS,
    "sanic_jwt": DEPRECATIONS,
    "tensorflow": DEPRECATIONS,  # jax.xla_computation; numpy aliases
    "tensorflow_addons": DEPRECATIONS,
    "tensorflow_hub": DEPRECATIONS,
    "keras": DEPRECATIONS,
    "jax": DEPRECATIONS,
    "matplotlib": DEPRECATIONS,  # pyparsing's old method names
    "pyparsing": DEPRECATIONS,
    "sqlalchemy": DEPRECATIONS,
    "google": DEPRECATIONS,  # protobuf
    "absl": DEPRECATIONS,
    "networkx": DEPRECATIONS,
    "sklearn": DEPRECATIONS,
    "scipy": DEPRECATIONS,
    "numpy": DEPRECATIONS,
    "dask": DEPRECATIONS,
    "h5py": DEPRECATIONS,
    "websockets": DEPRECATIONS,
    "botocore": DEPRECATIONS,
    "ruamel": DEPRECATIONS,
    # Rasa 3.6.21 is pinned: its calls into SQLAlchemy 1.4 (MovedIn20Warning), pkg_resources
    "rasa": LIBRARY_ONLY,
    "rasa_sdk": LIBRARY_ONLY,
}

SANIC: tuple[str, ...] = ("sanic.app",)


@dataclass(frozen=True)
class Rule:
    category: type[Warning]
    module: str  # a package name; matches it and its submodules
    message: str = ""  # a regular expression the message must start with ("": any)

    @property
    def pattern(self) -> str:
        return rf"{re.escape(self.module)}(\.|$)"


RULES: tuple[Rule, ...] = (
    *(
        Rule(category, module)
        for module, categories in THIRD_PARTY.items()
        for category in categories
    ),
    # An old-style import hook of a dependency, reported against the import machinery
    # (seen in the Rasa server's start-up); we define no import hooks.
    Rule(DeprecationWarning, "importlib._bootstrap", r"the load_module\(\) method is deprecated"),
    # Keras seeds its initialisers with random.randint(1, 1e9) when Rasa loads the model;
    # the warning is reported against the random module (we call randint with no floats).
    Rule(DeprecationWarning, "random", r"non-integer arguments to randrange\(\)"),
    # Rasa 3.6 raises this on every domain it loads (Domain.from_dict), whatever it holds.
    Rule(UserWarning, "rasa.shared.core.slot_mappings", "Slot auto-fill has been removed in 3.0"),
)


def install(preload: tuple[str, ...] = ()) -> None:
    """Add the rules in front of the process's warning filters (idempotent).

    preload: modules imported first, for their own import-time filters to be behind ours.
    """
    for name in preload:
        try:
            importlib.import_module(name)
        except ImportError:  # not installed in this environment: nothing to order against
            continue
    for rule in RULES:
        warnings.filterwarnings(
            "ignore", message=rule.message, category=rule.category, module=rule.pattern
        )


install()
