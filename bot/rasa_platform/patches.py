"""The one registry (PATCHES) of every patch our server makes to a Rasa 3.6.21 internal.

Most are small, measured speed-ups (issue 9), found with py-spy under
bench/web_chat.py and bench/startup.py: each replaces one Rasa (or
SQLAlchemy-in-Rasa) function with one that gives the same results faster.
One is behaviour (``answer_first_turns``) and two make the tracker store
honest about database failures; one wraps Rasa's app builder for our start-up
hooks. Nothing outside this module changes a Rasa function or a private
attribute of a Rasa object.

Every entry names the Rasa functions it replaces, copies or relies on, with the
sha256 of each one's source (inspect.getsource) in the Rasa it was written
against (RASA_VERSION). Before a patch applies, the sources found must have
those hashes (without source files, the version must be exactly RASA_VERSION);
otherwise the patch skips itself with a logged warning, so a Rasa upgrade can
make us slower but never changes what Rasa does behind our back. A patch
marked `required` is behaviour or security: the server refuses to start
without it (bot/rasa_platform/server.py). Each applied or skipped patch is
logged (`rasa patch ...`).

When: `install()` before Rasa starts (stage "start"); `install(stage="server")`
on the server process only; `install_on_agent(agent)` once Rasa has loaded its
agent (stage "agent", from the web chat channel's after_server_start).

The patches:

- ``action_response_validator``: RemoteAction._validate_action_result ran
  ``jsonschema.validate(result, spec)`` on every custom action call, which
  first checks the schema itself against the JSON-Schema meta-schema and builds
  a new validator each time: 30-42 ms a call, 39% of the Rasa server's CPU at
  10 senders. Now the spec is checked once and its validator built once (per
  thread): about 1-2 ms a call; the same ValidationError (jsonschema's
  best_match, with Rasa's message suffix) is raised. And each event is first
  checked against its own kind's schema alone, not all 23 of the spec's oneOf
  (see response_checker; issue 17): about a tenth of the time again; whatever
  that does not pass goes through the full validation, which decides.
- ``inference_only_model_load``: RasaModel.load trained the network for one
  step on one example (``model.fit``) just to create its variables, and then
  overwrote them with ``load_weights``; tracing the training graph was most of
  the model-load time (agent load 22-38 s, now 2-3 s; RSS 1.45 GB, now 0.9 GB).
  Now the variables are created by one eager prediction, the trained weights
  are loaded over them (``expect_partial``: the checkpoint
  also holds the optimizer's slots, which inference never uses), and the
  prediction state computed from the untrained weights is thrown away, so the
  first real prediction (Rasa's own warm-up) uses the trained weights only.
  That warm-up traces the prediction graph without AutoGraph (see
  load_for_inference). Fine-tuning (``rasa train --finetune``) still takes
  Rasa's own path.
- ``event_type_cache``: Event.resolve_by_type walked every Event subclass for
  every event read back from the tracker store; found classes are cached by
  type name (a miss still goes to Rasa's own function, so unknown names,
  "topic" and defaults behave as before).
- ``slot_copy``: the slots copied into every tracker (many a turn) are copied as
  copy.copy copies a plain object, without its generic reduce-and-rebuild (see
  patch_slot_copy; issue 17).
- ``sparse_feature_stack``: a message's sparse features from each featurizer are
  joined without scipy's generic block path when both are plain COO blocks (see
  patch_sparse_feature_stack; issue 17).
- ``shared_endpoint_session``: EndpointConfig.request opened a new aiohttp
  session, and so a new TCP connection, for every call to the action server.
  EndpointConfig.session now hands out one long-lived session per endpoint and
  event loop (keep-alive connections reused for at most KEEPALIVE_SECONDS idle,
  shorter than the action server's own 5 s, so we never send on a connection
  the server is closing). Its request bodies are what json.dumps makes, without
  the check for circular references (see json_body; issue 17).
- ``sqlite_tracker_store``: Rasa's SQL tracker store on SQLite (one machine,
  var/tracker.db) used SQLite's defaults, a rollback journal and a full fsync
  per commit (one a turn), and opened and closed a connection for every
  read and write (two a turn). Its connections are now pooled and use WAL and
  ``synchronous=NORMAL`` (committed turns survive a process crash; a power
  loss may lose the last turns, never corrupt the file), as our own database
  does (bot/store/db.py).
- ``tracker_store_known_length``: saving a turn to the SQL tracker store no
  longer re-counts the conversation's stored events; the read that started
  the turn already knows (see patch_tracker_store_known_length); the read loads
  the `data` column only, not whole ORM objects, a turn's read with one prepared
  Core statement (latest_session_data; issue 17).
- ``tracker_store_bulk_insert``: a turn's new events go in as one executemany of
  the rows Rasa builds, not through the ORM's unit of work, and a save leaves the
  tracker knowing its stored count (see patch_tracker_store_bulk_insert; issue 17).
- ``answer_first_turns`` (behaviour, required): see patch_answer_first_turns.
- ``server_startup_hooks`` (security, required; server only): Rasa's app
  builder wrapped, so our request size limit and start/stop listeners are on
  the app serve_application builds (bot/rasa_platform/server.py).
- ``tracker_store_errors_raise`` (agent): a tracker-store failure raises
  TrackerStoreUnavailable instead of Rasa's silent in-memory fallback (see
  fail_loudly_on_tracker_store_errors).
- ``tracker_store_pre_ping`` (agent): Rasa's SQL tracker store engine tests
  each pooled connection before use (see pre_ping_tracker_store).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("bot.rasa_platform.patches")

RASA_VERSION = "3.6.21"
"""The Rasa every patch was written and measured against, and its source hashes taken from."""
KEEPALIVE_SECONDS = 2.0
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
_MARK = "_medmal_speedup"  # set on every replacement function, so install() is idempotent
_ORIGINAL = "_medmal_original"  # on every replacement: the Rasa function it replaced


class Skip(Exception):
    """A patch's precondition does not hold; it is left out, with the reason logged."""

    level = logging.WARNING


class NotNeeded(Skip):
    """Someone else has already done what the patch would do (logged at INFO)."""

    level = logging.INFO


def _rasa_version() -> str:
    import rasa

    return getattr(rasa, "__version__", "")


def _require_attr(owner: Any, name: str) -> Any:
    """The attribute as defined on `owner` (not inherited), or Skip."""
    if name not in vars(owner):
        raise Skip(f"{owner.__module__}.{owner.__qualname__}.{name} not found")
    return vars(owner)[name]


def _already(func: Any) -> bool:
    return getattr(getattr(func, "__func__", func), _MARK, False)


def _mark(func: Callable[..., Any], original: Any) -> Callable[..., Any]:
    setattr(func, _MARK, True)
    setattr(func, _ORIGINAL, getattr(original, "__func__", original))
    return func


def rasa_function(target: str) -> Any:
    """The function at "module:Qual.name" as Rasa defines it: through our replacement
    (if installed) to Rasa's own; Skip if it is not there."""
    import importlib

    module_name, _, qualname = target.partition(":")
    try:
        owner: Any = importlib.import_module(module_name)
    except ImportError as exc:
        raise Skip(f"{module_name} not importable: {exc}") from exc
    for part in qualname.split("."):
        found = vars(owner).get(part)
        if found is None:
            raise Skip(f"{target} not found")
        owner = found
    func = getattr(owner, "__func__", owner)  # staticmethod, classmethod
    while getattr(func, _MARK, False) and getattr(func, _ORIGINAL, None) is not None:
        func = getattr(func, _ORIGINAL)
    return func


def source_sha256(func: Any) -> str:
    """sha256 of the function's source text, as inspect.getsource gives it."""
    import hashlib
    import inspect

    return hashlib.sha256(inspect.getsource(func).encode()).hexdigest()


@dataclass(frozen=True)
class Patch:
    """One registry entry: how to apply it, and what in Rasa it was written against."""

    apply: Callable[..., None]
    sources: Mapping[str, str]
    """"module:Qual.name" of each Rasa function replaced, copied or relied on -> the
    sha256 of its source in RASA_VERSION."""
    stage: str = "start"
    """"start": before Rasa loads; "server": the server process only; "agent": on the
    loaded agent (apply takes it)."""
    required: bool = False
    """Behaviour or security, not speed: the server does not start without it."""

    def check(self) -> None:
        """Skip unless every source is the one the patch was written against."""
        for target, expected in self.sources.items():
            func = rasa_function(target)
            try:
                found = source_sha256(func)
            except (OSError, TypeError):  # no source files: the exact version decides
                if _rasa_version() != RASA_VERSION:
                    raise Skip(
                        f"{target}: no source to check, and Rasa is "
                        f"{_rasa_version() or 'unknown'}, not {RASA_VERSION}"
                    ) from None
                continue
            if found != expected:
                raise Skip(
                    f"{target} is not the one this patch was written against (source sha256 "
                    f"{found[:12]}, expected {expected[:12]} from Rasa {RASA_VERSION}; "
                    f"Rasa {_rasa_version() or 'unknown'} installed): re-check the patch "
                    "against it and update its hash"
                )


# 1. Remote action responses: validate with a validator built once ----------------------


@functools.lru_cache(maxsize=8)
def _checked_validator_class(spec_json: str) -> Any:
    """The jsonschema validator class for the spec (given as canonical JSON), the
    spec checked against its meta-schema once (jsonschema.validate does it per call)."""
    import json

    from jsonschema.validators import validator_for

    spec = json.loads(spec_json)
    cls = validator_for(spec)
    cls.check_schema(spec)
    return cls


_per_thread = threading.local()


def validator_for_spec(spec: dict[str, Any]) -> Any:
    """The cached validator of a spec (equal specs share one), one per thread.

    Per thread because a validator keeps a stack of `$ref` scopes while it
    validates; Rasa validates on its event loop only, but nothing here relies on it.
    """
    import json

    key = json.dumps(spec, sort_keys=True)
    cache = _per_thread.__dict__.setdefault("validators", {})
    validator = cache.get(key)
    if validator is None:
        validator = cache[key] = _checked_validator_class(key)(spec)
    return validator


def raise_best_error(validator: Any, instance: Any) -> None:
    """Raise what jsonschema.validate raises for `instance`: the best-matching error."""
    from jsonschema import exceptions

    error = exceptions.best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


def validate_with_cached_validator(instance: Any, spec: dict[str, Any]) -> None:
    """jsonschema.validate(instance, spec), with the validator built once per spec.

    Raises exactly what jsonschema.validate raises: the best-matching
    ValidationError (or SchemaError for a bad spec).
    """
    raise_best_error(validator_for_spec(spec), instance)


_ABSENT = object()


def response_checker(spec: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A quick check of an action server response against Rasa's response spec: True
    only where jsonschema would find the response valid; False means "not sure".

    Why: the spec's event schema is a oneOf of 23 event kinds, and jsonschema tries
    every kind on every event to make sure exactly one fits (most of the 1-2 ms a
    call, 4.7% of the Rasa server's CPU). Each kind is told apart by a `const` on
    the `event` property, so for an event whose `event` is one kind's name every
    other kind already fails, and oneOf holds exactly when that one kind's schema
    does: the event is checked (by jsonschema) against the event schema with that
    kind alone. Anything else (an unknown kind, a non-object, a spec of another
    shape: then None, no quick check at all) is left to the full validation, which
    decides and words the error.
    """
    props = spec.get("properties")
    if spec.get("type") != "object" or set(spec) != {"type", "properties"}:
        return None
    if not isinstance(props, dict) or set(props) != {"events", "responses"}:
        return None
    events, responses = props["events"], props["responses"]
    if responses != {"type": "array", "items": {"type": "object"}}:
        return None
    if (
        not isinstance(events, dict)
        or set(events) != {"type", "items"}
        or events["type"] != "array"
    ):
        return None
    item = events["items"]
    kinds = item.get("oneOf") if isinstance(item, dict) else None
    if not isinstance(kinds, list) or not kinds:
        return None
    by_name: dict[str, dict[str, Any]] = {}
    for kind in kinds:
        const = kind.get("properties", {}).get("event") if isinstance(kind, dict) else None
        if not isinstance(const, dict) or set(const) != {"const"}:
            return None
        name = const["const"]
        if not isinstance(name, str) or name in by_name:
            return None
        by_name[name] = {**item, "oneOf": [kind]}
    for one_kind in by_name.values():
        validator_for_spec(one_kind)  # a bad schema fails here, at start-up
    cache_key = f"kind_validators_{id(by_name)}"  # this spec's, one dict per thread

    def check(result: Any) -> bool:
        if type(result) is not dict:
            return False
        found = result.get("responses", _ABSENT)
        if found is not _ABSENT and (
            type(found) is not list or any(type(r) is not dict for r in found)
        ):
            return False
        found = result.get("events", _ABSENT)
        if found is _ABSENT:
            return True
        if type(found) is not list:
            return False
        validators = _per_thread.__dict__.setdefault(cache_key, {})
        for event in found:
            name = event.get("event") if type(event) is dict else None
            schema = by_name.get(name) if type(name) is str else None
            if schema is None:
                return False
            validator = validators.get(name)
            if validator is None:
                validator = validators[name] = validator_for_spec(schema)
            if not validator.is_valid(event):
                return False
        return True

    return check


def patch_action_response_validator() -> None:
    from rasa.core.actions.action import RemoteAction

    original = _require_attr(RemoteAction, "_validate_action_result")
    spec_method = _require_attr(RemoteAction, "action_response_format_spec")
    if _already(original):
        return
    if not isinstance(spec_method, staticmethod):
        raise Skip("RemoteAction.action_response_format_spec is not a staticmethod")
    import json

    from jsonschema import ValidationError
    from rasa.shared.constants import DOCS_BASE_URL

    # Rasa's spec is a constant: checked here, once, and its validator built once
    # per thread. A subclass with its own spec gets its own cached validator.
    default_spec = spec_method.__func__
    default_json = json.dumps(default_spec(), sort_keys=True)
    validator_for_spec(default_spec())  # a bad spec fails here, at start-up
    quick_check = response_checker(default_spec())

    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        try:
            if type(self).action_response_format_spec is default_spec:
                if quick_check is not None and quick_check(result):
                    return True
                validators = _per_thread.__dict__.get("validators") or {}
                validator = validators.get(default_json) or validator_for_spec(default_spec())
                raise_best_error(validator, result)
            else:
                validate_with_cached_validator(result, self.action_response_format_spec())
            return True
        except ValidationError as e:
            e.message += (  # Rasa's own wording, unchanged
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _mark(_validate_action_result, original)


# 2. Model load: build the network's variables by inference, not by one training step ----


def load_for_inference(
    cls: Any,
    model_file_name: str,
    model_data_example: Any,
    predict_data_example: Any,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """RasaModel.load without the one-example `fit`: same weights, same predictions.

    Mirrors rasa/utils/tensorflow/models.py RasaModel.load (3.6) line by line,
    except how the variables come to exist before `load_weights`.
    """
    import tensorflow as tf
    from rasa.utils import train_utils
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
    from rasa.utils.tensorflow.models import logger as rasa_logger

    rasa_logger.debug(f"Loading the model from {model_file_name} for inference only...")
    model = cls(*args, **kwargs)
    learning_rate = kwargs.get("config", {}).get(LEARNING_RATE, 0.001)
    run_eagerly = kwargs.get("config", {}).get(RUN_EAGERLY)
    # As Rasa does: sets run_eagerly; the optimizer gets no variables (never applied).
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=run_eagerly)

    # One eager prediction creates every variable inference uses (no graph tracing,
    # no gradients, no optimizer slots). Variables inference never touches stay
    # uncreated; the checkpoint restores any of them if they are created later.
    data_generator, _ = train_utils.create_data_generators(
        model_data=predict_data_example, batch_sizes=1, epochs=1, shuffle=False
    )
    batch_in = next(iter(data_generator))[0]
    model._training = False
    model.predict_step(batch_in)

    # The checkpoint also holds the optimizer's slots and training-only layers.
    model.load_weights(model_file_name).expect_partial()

    # Rasa's own warm-up: traces the prediction graph, now with the trained weights.
    # The graph is traced without AutoGraph (4 of the 6 s of the warm-up went to
    # AutoGraph rewriting Rasa's Python): the prediction code branches and loops
    # on Python values only, and any branch on a tensor would fail the trace
    # rather than change its meaning; then AutoGraph is used after all.
    try:
        _reset_prediction(model, _graph_without_autograph(model, batch_in))
        model.run_inference(predict_data_example)
    except Exception:  # noqa: BLE001 - any failure: Rasa's own tracing, below
        rasa_logger.debug("Tracing without AutoGraph failed; tracing as Rasa does.")
        _reset_prediction(model, None)
        model.run_inference(predict_data_example)
    rasa_logger.debug("Finished loading the model.")
    return model


def _reset_prediction(model: Any, predict_step: Any) -> None:
    """Forget what was prepared for prediction (DIET: the embeddings of all intents,
    computed by the eager prediction from the untrained weights) and the traced graph."""
    model.prepared_for_prediction = False
    if hasattr(model, "all_labels_embed"):
        model.all_labels_embed = None
    model._tf_predict_step = predict_step


def _graph_without_autograph(model: Any, batch_in: Any) -> Any:
    """What RasaModel._rasa_predict builds on its first call, minus AutoGraph."""
    import tensorflow as tf

    if getattr(model, "_run_eagerly", False):
        return None  # Rasa then predicts eagerly, with no graph at all
    return tf.function(
        model.predict_step, input_signature=model._dynamic_signature(batch_in), autograph=False
    )


def patch_inference_only_model_load() -> None:
    from rasa.utils.tensorflow.models import RasaModel

    original = _require_attr(RasaModel, "load")
    if not isinstance(original, classmethod):
        raise Skip("RasaModel.load is not a classmethod")
    if _already(original):
        return
    for name in ("predict_step", "run_inference", "load_weights", "compile"):
        if not callable(getattr(RasaModel, name, None)):
            raise Skip(f"RasaModel.{name} not found")
    original_load = original.__func__

    def load(
        cls: Any,
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if finetune_mode or predict_data_example is None:
            return original_load(
                cls,
                model_file_name,
                model_data_example,
                predict_data_example,
                finetune_mode,
                *args,
                **kwargs,
            )
        return load_for_inference(
            cls, model_file_name, model_data_example, predict_data_example, *args, **kwargs
        )

    load.__doc__ = original_load.__doc__
    _mark(load, original_load)
    RasaModel.load = classmethod(load)


# 3. Events read back from the tracker store: class by type name, cached -----------------


def patch_event_type_cache() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    original = _require_attr(Event, "resolve_by_type")
    if not isinstance(original, staticmethod):
        raise Skip("Event.resolve_by_type is not a staticmethod")
    if _already(original):
        return
    original_fn = original.__func__

    @functools.lru_cache(maxsize=256)
    def _found(type_name: str) -> type:
        """The first Event subclass with this type name, as Rasa finds it; misses are not cached."""
        for cls in all_subclasses(Event):
            if cls.type_name == type_name:
                return cls
        raise LookupError(type_name)

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        try:
            return _found(type_name)
        except (LookupError, TypeError):  # unknown (or unhashable) name: Rasa decides
            return original_fn(type_name, default)

    resolve_by_type.__doc__ = original_fn.__doc__
    resolve_by_type.cache = _found  # type: ignore[attr-defined]
    _mark(resolve_by_type, original_fn)
    Event.resolve_by_type = staticmethod(resolve_by_type)


# 3b. Slots copied into every tracker: a plain shallow copy -----------------------------

_STATE_HOOKS = frozenset(
    {
        "__copy__",
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
        "__getnewargs__",
        "__getnewargs_ex__",
    }
)


def copies_as_plain_dict(cls: type, ours: Any) -> bool:
    """True if copy.copy of a `cls` instance is a new `cls` instance given the same
    __dict__ entries: nothing in its classes (but `ours`, the __copy__ added here)
    changes how it is reduced or copied, and copyreg has no reducer for it."""
    import copyreg

    if cls in copyreg.dispatch_table:
        return False
    for klass in cls.__mro__[:-1]:  # object's own hooks are the plain ones
        for name in _STATE_HOOKS.intersection(vars(klass)):
            if vars(klass)[name] is not ours:
                return False
        # Slot values would be copied too; an empty __slots__ (ABC's) holds none.
        slots = vars(klass).get("__slots__", ())
        names = [slots] if isinstance(slots, str) else list(slots)
        if set(names) - {"__dict__", "__weakref__"}:
            return False
    return True


def copy_as_copy_module_would(obj: Any) -> Any:
    """copy.copy(obj) as if its class had no __copy__ (copy.py, Python 3.10)."""
    import copy
    import copyreg

    reductor = copyreg.dispatch_table.get(type(obj))
    rv = reductor(obj) if reductor is not None else obj.__reduce_ex__(4)
    if isinstance(rv, str):
        return obj
    return copy._reconstruct(obj, None, *rv)  # type: ignore[attr-defined]


def patch_slot_copy() -> None:
    """DialogueStateTracker.__init__ copies every domain slot (copy.copy, 47 here),
    and Rasa makes many trackers a turn (the rule and memoization policies replay
    the conversation one tracker per action; forms and from_dict make more): 3.5%
    of the server's CPU, most of it copy.copy's generic reduce-and-rebuild. Slot gets
    a __copy__ that does what that gives for a plain class (a new instance of the
    class with the same __dict__ entries) directly; a Slot class that changes how
    it is copied or reduced gets copy.copy's own path.
    """
    from rasa.shared.core.slots import Slot

    existing = vars(Slot).get("__copy__")
    if existing is not None:
        if _already(existing):
            return
        raise Skip("rasa.shared.core.slots.Slot defines __copy__")
    plain: dict[type, bool] = {}

    def __copy__(self: Any) -> Any:
        cls = type(self)
        known = plain.get(cls)
        if known is None:
            known = plain[cls] = copies_as_plain_dict(cls, __copy__)
        if not known:
            return copy_as_copy_module_would(self)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        return new

    Slot.__copy__ = _mark(__copy__, None)


# 3c. A message's sparse features side by side: two COO blocks joined directly ------------

SCIPY_VERSION = "1.10.1"
"""The scipy whose sparse.bmat (the COO path) hstack_coo_pair builds exactly what of."""


def hstack_coo_pair(left: Any, right: Any) -> Any:
    """scipy.sparse.hstack([left, right]) for two coo_matrix with the same number of rows.

    What scipy 1.10's bmat builds for them, array for array (one data array of the
    upcast dtype, row and column indices of the index dtype its shape needs, the
    right block's columns after the left's), without its generic block bookkeeping.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse._sputils import get_index_dtype, upcast

    dtype = upcast(left.dtype, right.dtype)
    split, nnz = left.nnz, left.nnz + right.nnz
    shape = (left.shape[0], left.shape[1] + right.shape[1])
    idx_dtype = get_index_dtype(maxval=max(shape))
    data = np.empty(nnz, dtype=dtype)
    row = np.empty(nnz, dtype=idx_dtype)
    col = np.empty(nnz, dtype=idx_dtype)
    data[:split] = left.data
    data[split:] = right.data
    np.add(left.row, 0, out=row[:split], dtype=idx_dtype)
    np.add(right.row, 0, out=row[split:], dtype=idx_dtype)
    np.add(left.col, 0, out=col[:split], dtype=idx_dtype)
    np.add(right.col, left.shape[1], out=col[split:], dtype=idx_dtype)
    return coo_matrix((data, (row, col)), shape=shape)


def patch_sparse_feature_stack() -> None:
    """Features._combine_sparse_features joins each sparse featurizer's features to
    the others' with scipy.sparse.hstack (three joins for a message's tokens, three
    for the sentence, every message): its generic block path was about 5% of the
    server's CPU for two small blocks. Two plain COO blocks (what Rasa's sparse
    featurizers make) are joined by hstack_coo_pair, the same matrix; anything
    else goes to scipy's hstack as before. Only on the scipy it was checked against.
    """
    import scipy
    from rasa.shared.nlu.training_data.features import Features

    original = _require_attr(Features, "_combine_sparse_features")
    if _already(original):
        return
    if scipy.__version__ != SCIPY_VERSION:
        raise Skip(f"scipy {scipy.__version__}, not {SCIPY_VERSION}")

    def _combine_sparse_features(self: Any, additional_features: Any) -> None:
        from scipy.sparse import coo_matrix, hstack

        if self.features.shape[0] != additional_features.features.shape[0]:
            raise ValueError(
                f"Cannot combine sparse features as sequence dimensions do not "
                f"match: {self.features.shape[0]} != "
                f"{additional_features.features.shape[0]}."
            )

        left, right = self.features, additional_features.features
        if type(left) is coo_matrix and type(right) is coo_matrix:
            self.features = hstack_coo_pair(left, right)
        else:
            self.features = hstack([left, right])
        self._cached_fingerprint = None

    _combine_sparse_features.__doc__ = original.__doc__
    Features._combine_sparse_features = _mark(_combine_sparse_features, original)


# 4. Action server calls: one session (keep-alive connections) per endpoint --------------


class _SharedSession:
    """Stands in for a fresh aiohttp session in `async with endpoint.session() as s`,
    but leaves the long-lived session open on exit."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc: object) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


_OPEN_SESSIONS: dict[Any, list[Any]] = {}  # event loop -> shared sessions made on it
_OPEN_SESSIONS_LOCK = threading.Lock()


def _remember_session(loop: Any, session: Any) -> None:
    with _OPEN_SESSIONS_LOCK:
        for gone in [old for old in _OPEN_SESSIONS if old.is_closed()]:
            del _OPEN_SESSIONS[gone]
        _OPEN_SESSIONS.setdefault(loop, []).append(session)


async def close_shared_sessions() -> int:
    """Close the shared action-server sessions made on the running loop; how many.

    Called before a loop stops (the Rasa server's on shutdown, the SMS turn
    loop's in TurnRunner.close), so aiohttp has nothing unclosed to report.
    """
    loop = asyncio.get_running_loop()
    with _OPEN_SESSIONS_LOCK:
        sessions = _OPEN_SESSIONS.pop(loop, [])
    for session in sessions:
        if not session.closed:
            await session.close()
    return len(sessions)


def json_body(value: Any) -> str:
    """A request's JSON body: json.dumps(value), the same text, without the check for
    circular references.

    Why: each action call sends the whole conversation (tens of KB late in an
    intake), and the check (a dict of every container seen) was half of the
    encoding's time (1.3 ms -> 0.6 ms for a 20-turn conversation; the encoding was
    5.5% of the Rasa server's CPU). The body is built from events' dicts, JSON
    already; a circular one fails with RecursionError instead of ValueError.
    """
    import json

    return json.dumps(value, check_circular=False)


def patch_shared_endpoint_session() -> None:
    from rasa.utils.endpoints import EndpointConfig

    original = _require_attr(EndpointConfig, "session")
    _require_attr(EndpointConfig, "request")
    if _already(original):
        return
    import aiohttp
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    def session(self: Any) -> Any:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not in a loop: nothing to share, Rasa's own session
            return original(self)
        # One session per loop, kept: the SMS channel's turns run on a loop of their own
        # (bot/channels/sms/turns.py), and replacing the web loop's session with the SMS
        # loop's one on every switch left the old one unclosed ("Unclosed client
        # session" in the log, issue 15) and lost its keep-alive connections.
        per_loop = self.__dict__.setdefault("_medmal_sessions", {})
        shared = per_loop.get(loop)
        if shared is None or shared.closed:
            for gone in [old for old in per_loop if old.is_closed()]:
                del per_loop[gone]
            auth = (
                aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth
                else None
            )
            shared = aiohttp.ClientSession(
                headers=self.headers,
                auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
                json_serialize=json_body,
            )
            per_loop[loop] = shared
            _remember_session(loop, shared)
        self.__dict__["_medmal_session"] = (loop, shared)
        return _SharedSession(shared)

    session.__doc__ = original.__doc__
    EndpointConfig.session = _mark(session, original)


# 5. Rasa's SQLite tracker store: pooled connections, WAL, synchronous=NORMAL ---------------


def sqlite_pragmas(dbapi_conn: Any, _record: Any = None) -> None:
    cur = dbapi_conn.cursor()
    for pragma in SQLITE_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def pooled_sqlite_engine(url: Any) -> Any:
    """An engine for a SQLite file whose connections stay open between sessions.

    SQLAlchemy 1.4 gives file databases a NullPool: every session opens a
    connection (and runs the pragmas) and closes it, and in WAL mode the last
    connection to close checkpoints the WAL into the database and deletes it,
    with an fsync: measured at 7% of the Rasa server's CPU, twice per turn.
    SQLAlchemy 2.0 pools file databases this way by default.
    """
    import sqlalchemy as sa
    from sqlalchemy.pool import QueuePool

    engine = sa.create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    sa.event.listen(engine, "connect", sqlite_pragmas)
    return engine


def patch_sqlite_tracker_store() -> None:
    from rasa.core.tracker_store import SQLTrackerStore

    original = _require_attr(SQLTrackerStore, "__init__")
    _require_attr(SQLTrackerStore, "session_scope")
    if _already(original):
        return
    from sqlalchemy.orm import sessionmaker

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        engine = getattr(self, "engine", None)
        if (
            engine is None
            or engine.dialect.name != "sqlite"
            or engine.url.database in (None, "", ":memory:")
            or not hasattr(self, "sessionmaker")
        ):
            return
        pooled = pooled_sqlite_engine(engine.url)
        engine.dispose()
        self.engine = pooled
        self.sessionmaker = sessionmaker(bind=pooled)

    SQLTrackerStore.__init__ = _mark(__init__, original)


# 5b. Saving a turn: the number of stored events is known from the read ----------------


STORED_EVENTS = "_medmal_stored_events"  # set on a tracker by a read of the latest session


@functools.lru_cache(maxsize=8)
def latest_session_data(sql_event: Any) -> Any:
    """The `data` of a conversation's events in its latest session, in order: the
    query SQLTrackerStore._event_query builds (fetch_events_from_all_sessions=False),
    as a Core statement built once per events table (`sender_id` bound when run).

    Why: the turn's read built that ORM query anew and ran it through the ORM,
    1.5-2.4 ms for a 25-turn conversation's 227 rows; this is 0.7 ms.
    """
    import sqlalchemy as sa
    from rasa.shared.core.events import SessionStarted

    table = sql_event.__table__
    sender = sa.bindparam("sender_id")
    session_start = (
        sa.select(sa.func.max(table.c.timestamp).label("session_start"))
        .where(table.c.sender_id == sender, table.c.type_name == SessionStarted.type_name)
        .subquery()
    )
    return (
        sa.select(table.c.data)
        .where(table.c.sender_id == sender)
        .where(
            sa.or_(
                table.c.timestamp >= session_start.c.session_start,
                session_start.c.session_start.is_(None),
            )
        )
        .order_by(table.c.id)
    )


def patch_tracker_store_known_length() -> None:
    """SQLTrackerStore.save counts the conversation's stored events (a query with
    a sub-query, 6% of the server's CPU) to know which events are new. The same
    turn read exactly those rows a moment before, under the conversation's lock:
    the read records how many rows it got, and the save uses that number once
    (a second save of the same tracker, or any tracker not read this way,
    counts as Rasa does).
    """
    import itertools
    import json

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.core.tracker_store import logger as rasa_logger
    from rasa.shared.core.trackers import DialogueStateTracker

    original_retrieve = _require_attr(SQLTrackerStore, "_retrieve")
    original_additional = _require_attr(SQLTrackerStore, "_additional_events")
    rasas_query = _require_attr(SQLTrackerStore, "_event_query")  # a subclass's own: used
    if _already(original_retrieve):
        return

    async def _retrieve(
        self: Any, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        # Rasa 3.6's SQLTrackerStore._retrieve, plus the row count, and only the
        # `data` column read (Rasa reads only that, but loaded whole ORM objects);
        # a turn's read (the latest session) as one prepared Core statement.
        with self.session_scope() as session:
            if fetch_events_from_all_sessions or type(self)._event_query is not rasas_query:
                serialised_events = (
                    self._event_query(
                        session,
                        sender_id,
                        fetch_events_from_all_sessions=fetch_events_from_all_sessions,
                    )
                    .with_entities(self.SQLEvent.data)
                    .all()
                )
            else:
                serialised_events = (
                    session.connection()
                    .execute(latest_session_data(self.SQLEvent), {"sender_id": sender_id})
                    .all()
                )
            events = [json.loads(event.data) for event in serialised_events]
            if self.domain and len(events) > 0:
                rasa_logger.debug(f"Recreating tracker from sender id '{sender_id}'")
                tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
                if not fetch_events_from_all_sessions:
                    tracker.__dict__[STORED_EVENTS] = len(serialised_events)
                return tracker
            rasa_logger.debug(
                f"Can't retrieve tracker matching "
                f"sender id '{sender_id}' from SQL storage. "
                f"Returning `None` instead."
            )
            return None

    def _additional_events(self: Any, session: Any, tracker: Any) -> Any:
        stored = tracker.__dict__.pop(STORED_EVENTS, None)
        if not isinstance(stored, int) or tracker.events.maxlen is not None:
            return original_additional(self, session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    SQLTrackerStore._retrieve = _mark(_retrieve, original_retrieve)
    SQLTrackerStore._additional_events = _mark(_additional_events, original_additional)


# 5c. Saving a turn: the new rows in one executemany, not through the ORM's unit of work ---


def event_row(sender_id: str, event: Any) -> dict[str, Any]:
    """One `events` row for the event, exactly as SQLTrackerStore.save fills it."""
    import json

    from rasa.shared.nlu.constants import INTENT_NAME_KEY

    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def patch_tracker_store_bulk_insert() -> None:
    """SQLTrackerStore.save added one ORM object per new event and let the session's
    flush insert them (6% of the server's CPU, most of it the unit of work, not
    SQL). Now the same rows, built the same way, go in as one INSERT executed for
    each row in order (the `data` column's type still encrypts each value), in
    the same transaction. Rasa 3.6's save, line for line, otherwise.

    And after a save the tracker knows how many of its events are stored, so a
    second save of it (a new conversation is saved by create_tracker and again at
    the end of its first turn) does not count them again: only when the new events
    hold no SessionStarted (the count Rasa makes starts at the latest one) and the
    tracker keeps all its events (no max_event_history). The known count (from the
    read, see patch_tracker_store_known_length, or from the save before) is used
    here directly, as Rasa's _additional_events (copied) would count the rows.
    """
    import itertools

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.core.tracker_store import logger as rasa_logger
    from rasa.shared.core.events import SessionStarted

    original = _require_attr(SQLTrackerStore, "save")
    _require_attr(SQLTrackerStore, "_event_query")
    if _already(original):
        return

    async def save(self: Any, tracker: Any) -> None:
        await self.stream_events(tracker)
        known = tracker.__dict__.pop(STORED_EVENTS, None)
        keeps_all = tracker.events.maxlen is None

        with self.session_scope() as session:
            # only store recent events: those after the ones stored, as the read that
            # started the turn (or the save before) found them, else counted as Rasa does
            # (SQLTrackerStore._additional_events)
            if isinstance(known, int) and keeps_all:
                stored = known
            else:
                stored = self._event_query(
                    session, tracker.sender_id, fetch_events_from_all_sessions=False
                ).count()
            events = list(itertools.islice(tracker.events, stored, len(tracker.events)))
            if events:
                session.execute(
                    self.SQLEvent.__table__.insert(),
                    [event_row(tracker.sender_id, event) for event in events],
                )
            session.commit()

        if keeps_all and not any(isinstance(event, SessionStarted) for event in events):
            tracker.__dict__[STORED_EVENTS] = stored + len(events)
        rasa_logger.debug(f"Tracker with sender_id '{tracker.sender_id}' stored to database")

    save.__doc__ = original.__doc__
    SQLTrackerStore.save = _mark(save, original)


# 7. Behaviour, not speed: a valid answer to the open question is the answer ---------------


def patch_answer_first_turns() -> None:
    """Wrap MessageProcessor.parse_message so that, while a form question is
    open, a message that answers it reaches the dialogue as `inform` whatever
    the classifier read (bot/rasa_platform/turns.py, bot/intake/turns.py). The wrapper
    calls Rasa's own function and only edits its result, so no Rasa code is
    copied; bot/rasa_platform/server refuses to start if this patch is not applied.
    """
    from rasa.core.processor import MessageProcessor

    from bot.rasa_platform import turns as rasa_turns

    original = _require_attr(MessageProcessor, "parse_message")
    if _already(original):
        return

    @functools.wraps(original)
    async def parse_message(
        self: Any, message: Any, tracker: Any = None, only_output_properties: bool = True
    ) -> dict[str, Any]:
        parse_data = await original(self, message, tracker, only_output_properties)
        if tracker is not None:
            rasa_turns.reread(parse_data, tracker)
        return parse_data

    MessageProcessor.parse_message = _mark(parse_message, original)


# 8. The server's own start-up hooks on the app Rasa builds -------------------------------


def patch_server_startup_hooks() -> None:
    """serve_application builds its Sanic app with rasa.core.run.configure_app (a
    module global it looks up when called); wrapped, so the request size limit and our
    listeners are on that app (server._with_startup_hooks). Server process only."""
    import rasa.core.run as rasa_run

    from bot.rasa_platform.server import _with_startup_hooks

    original = _require_attr(rasa_run, "configure_app")
    if _already(original):
        return
    rasa_run.configure_app = _mark(_with_startup_hooks(original), original)


# 9. On the loaded agent: tracker-store errors raise; pooled connections pre-pinged ------


class TrackerStoreUnavailable(RuntimeError):
    """The tracker store failed; raised instead of Rasa's silent in-memory fallback."""


def _raise_tracker_store_error(error: Exception) -> None:
    raise TrackerStoreUnavailable(f"tracker store: {error}") from error


def fail_loudly_on_tracker_store_errors(agent: Any) -> bool:
    """Make the agent's tracker store raise when the database fails.

    Rasa wraps the store in a FailSafeTrackerStore, which on an error logs it
    and carries on with an empty in-memory tracker: the visitor is greeted as
    a stranger and their answer is lost (measured with PostgreSQL stopped).
    With this callback the error reaches the channel, which answers 503
    "one moment" and the page sends the same text again once the database is
    back. It applies to every channel served by this agent. True if set.
    """
    store = getattr(agent, "tracker_store", None)
    if store is None or not hasattr(store, "_on_tracker_store_error"):
        return False
    store._on_tracker_store_error = _raise_tracker_store_error
    return True


def patch_tracker_store_errors_raise(agent: Any) -> None:
    if not fail_loudly_on_tracker_store_errors(agent):
        raise NotNeeded("no fail-safe tracker store on the agent")


def pre_ping_tracker_store(agent: Any) -> bool:
    """Test each pooled connection of Rasa's SQL tracker store before use; True if set.

    Why: Rasa creates its engine without pool_pre_ping, so after the database
    restarts every pooled connection is dead and the first turn on each
    instance fails (a needless "one moment" for a visitor, measured after a
    PostgreSQL restart). Our own engines already pre-ping (bot/store/db.py).
    Rasa builds the engine itself; SQLAlchemy 1.4 keeps the flag on the pool.
    The pool is then replaced (dispose keeps the flag): a connection Rasa opened
    at start-up counts as fresh, and SQLAlchemy never pings a fresh one.
    """
    store = getattr(agent, "tracker_store", None)
    while store is not None and not hasattr(store, "engine"):
        store = getattr(store, "_tracker_store", None)  # FailSafe/Awaitable wrappers
    engine = getattr(store, "engine", None)
    if engine is None or not hasattr(engine.pool, "_pre_ping"):
        return False
    engine.pool._pre_ping = True
    engine.dispose()
    return engine.pool._pre_ping


def patch_tracker_store_pre_ping(agent: Any) -> None:
    if not pre_ping_tracker_store(agent):
        raise NotNeeded("no pooled SQL tracker store on the agent")


# The registry ----------------------------------------------------------------------------

_SQL_STORE = "rasa.core.tracker_store:SQLTrackerStore"
PATCHES: dict[str, Patch] = {
    "action_response_validator": Patch(
        patch_action_response_validator,
        {
            "rasa.core.actions.action:RemoteAction._validate_action_result": (
                "f8cdb4be6812396167ced74161b2ccd65c5ea676ad86d7d359d8c322d9d8dc42"
            ),
        },
    ),
    "inference_only_model_load": Patch(
        patch_inference_only_model_load,
        {
            "rasa.utils.tensorflow.models:RasaModel.load": (
                "84fd81c0fdd01a8048de2d9b5b3022bdbf1e155f7b4d67737eb51ecb0787d292"
            ),
            "rasa.utils.tensorflow.models:RasaModel._rasa_predict": (
                "7f745b0f9cb647c9df9e5b04b318a7b93709daf9460bad4373970c6cf9f04d8f"
            ),
        },
    ),
    "event_type_cache": Patch(
        patch_event_type_cache,
        {
            "rasa.shared.core.events:Event.resolve_by_type": (
                "b5cf570fa7f286c7059ec73d8880528d03a78b28cf4e80285a46079c0fa65968"
            ),
        },
    ),
    "slot_copy": Patch(
        patch_slot_copy,
        {
            "rasa.shared.core.trackers:DialogueStateTracker.__init__": (
                "8f39eb22462aa62b140d9da1f6db986cbc76383d8f7cc4e3dc7664fa7d84cb2d"
            ),
            "rasa.shared.core.trackers:DialogueStateTracker.init_copy": (
                "429fcd2243b9e0e1a6e8ffc3057a4f2fb4ecbb677055c644129bc65b6cd32b75"
            ),
        },
    ),
    "sparse_feature_stack": Patch(
        patch_sparse_feature_stack,
        {
            "rasa.shared.nlu.training_data.features:Features._combine_sparse_features": (
                "9837d864e5983243704cf14616ef9abe181c6f141cc0f9b324c4310629cc133d"
            ),
        },
    ),
    "shared_endpoint_session": Patch(
        patch_shared_endpoint_session,
        {
            "rasa.utils.endpoints:EndpointConfig.session": (
                "e55aa13d9d4fb4bc440ac33b870a97ee162b76dda7ccb6bf68433567475fdffb"
            ),
            "rasa.utils.endpoints:EndpointConfig.request": (
                "ccdb778aed8208e23cde3c3f47eac7fbbbb735dac8f7ef7254d54451c64ad608"
            ),
        },
    ),
    "sqlite_tracker_store": Patch(
        patch_sqlite_tracker_store,
        {
            f"{_SQL_STORE}.__init__": (
                "64e704d159dfa35b86175cccdc9d08b05cbf91b2e0779bccf115671106ad9314"
            ),
        },
    ),
    "tracker_store_known_length": Patch(
        patch_tracker_store_known_length,
        {
            f"{_SQL_STORE}._retrieve": (
                "c8adbf6f4b61ddd1124690944ebdf2ebc82d0723bd07c6704caab0b80120a0ef"
            ),
            f"{_SQL_STORE}._additional_events": (
                "d22f99eb863acb07afee63d9fe3a04ca8464251e67a43eb7d36c2d65ffc1653f"
            ),
            f"{_SQL_STORE}.save": (
                "57165e46eab3de0866e77f03df0bf7fd5eac2c1de617ed431b934c9a4edfeef6"
            ),
            f"{_SQL_STORE}._event_query": (
                "cd44f7901b860bfd598a813bde17d0d5b0d7bab129feaf76bb2dca87d628625b"
            ),
        },
    ),
    "tracker_store_bulk_insert": Patch(
        patch_tracker_store_bulk_insert,
        {
            f"{_SQL_STORE}.save": (
                "57165e46eab3de0866e77f03df0bf7fd5eac2c1de617ed431b934c9a4edfeef6"
            ),
            f"{_SQL_STORE}._additional_events": (
                "d22f99eb863acb07afee63d9fe3a04ca8464251e67a43eb7d36c2d65ffc1653f"
            ),
            f"{_SQL_STORE}._event_query": (
                "cd44f7901b860bfd598a813bde17d0d5b0d7bab129feaf76bb2dca87d628625b"
            ),
        },
    ),
    "answer_first_turns": Patch(
        patch_answer_first_turns,
        {
            "rasa.core.processor:MessageProcessor.parse_message": (
                "b98d8e49b9f2c433040af62752212dc374600d50cd21deec82386642b64d30dc"
            ),
        },
        required=True,
    ),
    "server_startup_hooks": Patch(
        patch_server_startup_hooks,
        {
            "rasa.core.run:configure_app": (
                "72da30416f74c6488a1bbdae9878467bdc7ecd6b5a46b336220aadafd8b2f41a"
            ),
            "rasa.core.run:serve_application": (
                "fa80588d9e008b67948290d1da64c97fbab5a1a8069b880c18cc3c8399ef9c2b"
            ),
        },
        stage="server",
        required=True,
    ),
    "tracker_store_errors_raise": Patch(
        patch_tracker_store_errors_raise,
        {
            "rasa.core.tracker_store:FailSafeTrackerStore.__init__": (
                "a1d5d95d2f96830b72e12729e0e200ceb97da2a9e4443e9568ca7ccadd8154f2"
            ),
            "rasa.core.tracker_store:FailSafeTrackerStore.on_tracker_store_error": (
                "6faca7ba72b36da4594c789a1ee9d86ea185a8785a1e0543199b63bf02937e12"
            ),
        },
        stage="agent",
    ),
    "tracker_store_pre_ping": Patch(
        patch_tracker_store_pre_ping,
        {
            f"{_SQL_STORE}.__init__": (
                "64e704d159dfa35b86175cccdc9d08b05cbf91b2e0779bccf115671106ad9314"
            ),
        },
        stage="agent",
    ),
}


def required(stage: str = "start") -> list[str]:
    """The names of the patches of `stage` the server must not start without."""
    return [name for name, patch in PATCHES.items() if patch.required and patch.stage == stage]


def _run(stage: str, only: tuple[str, ...] | None, *args: Any) -> list[str]:
    applied: list[str] = []
    for name, patch in PATCHES.items():
        if patch.stage != stage or (only is not None and name not in only):
            continue
        try:
            patch.check()
            patch.apply(*args)
        except Skip as why:
            log.log(why.level, "rasa patch %s skipped: %s", name, why)
            continue
        except Exception:  # noqa: BLE001 - a patch must never stop start-up by itself
            log.exception("rasa patch %s failed; skipped", name)
            continue
        applied.append(name)
    log.info("rasa patches (%s) installed: %s", stage, ", ".join(applied) or "none")
    return applied


def install(only: tuple[str, ...] | None = None, stage: str = "start") -> list[str]:
    """Apply the patches of `stage` (all, or those named); return the names applied.

    Never raises: a patch whose check fails, or that fails itself, is logged and
    skipped, and Rasa runs unpatched in that respect (the server itself refuses to
    start without a `required` one).
    """
    return _run(stage, only)


def install_on_agent(agent: Any, only: tuple[str, ...] | None = None) -> list[str]:
    """Apply the "agent" patches to Rasa's loaded agent; return the names applied."""
    return _run("agent", only, agent)
