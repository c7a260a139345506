"""The quick check of action server responses (issue 17): it says "valid" only where
jsonschema does, and the patched validation accepts and rejects exactly what Rasa's does,
with Rasa's error."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_platform import patches as rasa_patches

SPEC = RemoteAction.action_response_format_spec()

# What our action server sends back, in kind: slots, the form's loop events, utterances.
TYPICAL: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {
        "events": [
            {"event": "slot", "timestamp": None, "name": "incident_date", "value": "2024-05-02"},
            {"event": "slot", "name": "requested_slot", "value": None, "metadata": {}},
            {"event": "active_loop", "name": "intake_form", "timestamp": 17.5},
        ],
        "responses": [{"response": "utter_ask_state", "template": None, "buttons": []}],
    },
    {
        "events": [
            {"event": "action", "name": "action_listen", "policy": None, "confidence": None},
            {"event": "followup", "name": "intake_form"},
            {"event": "bot", "text": "One moment.", "data": {}, "metadata": {}},
            {"event": "reset_slots"},
            {"event": "session_started", "timestamp": 3},
            {"event": "entities", "entities": [{"entity": "state", "value": "Ohio"}]},
            {
                "event": "user",
                "text": "hello",
                "parse_data": {
                    "intent": {"name": "greet", "confidence": 0.98},
                    "intent_ranking": [{"name": "greet", "confidence": 0.98}],
                    "entities": [{"entity": "state", "value": "Ohio", "start": 0, "end": 4}],
                },
            },
        ],
        "responses": [{"text": "Thank you."}],
    },
    {"responses": [{"text": "only responses"}]},
    {"something_else": 1},
]

# Wrong in one place each; Rasa rejects all of them.
MALFORMED: list[dict[str, Any]] = [
    {"events": [{"event": "slot", "name": "x"}]},  # no value
    {"events": [{"event": "slot", "name": 3, "value": 1}]},
    {"events": [{"event": "no_such_kind"}]},
    {"events": [{"name": "x", "value": 1}]},  # no event
    {"events": [{"event": 7}]},
    {"events": [{"event": "action", "confidence": "high"}]},
    {"events": [{"event": "action", "hide_rule_turn": 1}]},
    {"events": [{"event": "bot", "timestamp": "noon"}]},
    {"events": [{"event": "bot", "metadata": []}]},
    {"events": [{"event": "entities"}]},
    {"events": [{"event": "entities", "entities": [{"entity": "state"}]}]},
    {"events": [{"event": "user", "parse_data": {"intent": {"confidence": "0.9"}}}]},
    {"events": [{"event": "user", "parse_data": {"entities": [{"value": "Ohio"}]}}]},
    {"events": ["slot"]},
    {"events": {"event": "slot", "name": "x", "value": 1}},
    {"responses": ["a plain string"]},
    {"responses": {"text": "not a list"}},
    {"events": [{"event": "slot", "name": "x", "value": 1}, {"event": "restart", "x": 1}, 5]},
]


def _outcome(validate: Any, result: dict[str, Any]) -> tuple[str, list[Any], list[Any]] | None:
    action = RemoteAction("action_intake", EndpointConfig("http://127.0.0.1:1"))
    try:
        assert validate(action, copy.deepcopy(result)) is True
    except ValidationError as e:
        return e.message, list(e.absolute_path), list(e.absolute_schema_path)
    return None


@pytest.fixture
def rasas_own() -> Iterator[Any]:
    """Rasa's own _validate_action_result; the patch is undone afterwards."""
    saved = vars(RemoteAction)["_validate_action_result"]
    own = getattr(saved, rasa_patches._ORIGINAL, saved)
    RemoteAction._validate_action_result = own
    yield own
    RemoteAction._validate_action_result = saved


def test_the_quick_check_passes_typical_responses_and_never_a_malformed_one() -> None:
    check = rasa_patches.response_checker(SPEC)
    assert check is not None
    for good in TYPICAL:
        jsonschema.validate(good, SPEC)
        assert check(good) is True, good
    for bad in MALFORMED:
        with pytest.raises(ValidationError):
            jsonschema.validate(bad, SPEC)
        assert check(bad) is False, bad


def test_patched_validation_accepts_and_rejects_what_rasa_does(rasas_own: Any) -> None:
    rasa_patches.patch_action_response_validator()
    patched = RemoteAction._validate_action_result
    assert patched is not rasas_own
    for result in TYPICAL:
        assert _outcome(rasas_own, result) is None
        assert _outcome(patched, result) is None
    for result in MALFORMED:
        expected = _outcome(rasas_own, result)
        assert expected is not None and "Failed to validate Action server" in expected[0]
        assert _outcome(patched, result) == expected, result


def _mutations(value: Any, rnd: random.Random) -> Any:
    """`value` with one leaf or container swapped for something of another JSON type."""
    swaps = [None, True, 0, 1.5, "text", [], {}, [1], {"event": "slot"}]
    if isinstance(value, dict) and value and rnd.random() < 0.8:
        key = rnd.choice(sorted(value))
        out = dict(value)
        if rnd.random() < 0.15:
            del out[key]
        else:
            out[key] = _mutations(value[key], rnd)
        return out
    if isinstance(value, list) and value and rnd.random() < 0.8:
        i = rnd.randrange(len(value))
        return [*value[:i], _mutations(value[i], rnd), *value[i + 1 :]]
    return rnd.choice(swaps)


def test_the_quick_check_agrees_with_jsonschema_on_random_damage() -> None:
    """Thousands of responses damaged at random: where the quick check says valid,
    jsonschema does too, and it is not sure only of what jsonschema rejects."""
    check = rasa_patches.response_checker(SPEC)
    assert check is not None
    validator = jsonschema.validators.validator_for(SPEC)(SPEC)
    rnd = random.Random(17)
    outcomes = {True: 0, False: 0}
    for _ in range(1500):
        damaged = _mutations(rnd.choice(TYPICAL), rnd)
        valid = validator.is_valid(damaged)
        assert check(damaged) is valid, damaged
        outcomes[valid] += 1
    assert min(outcomes.values()) > 200, outcomes  # both kinds of answer well tried


def test_a_spec_of_another_shape_gets_no_quick_check() -> None:
    other = copy.deepcopy(SPEC)
    other["properties"]["events"]["items"]["oneOf"].append({"required": ["name"]})
    assert rasa_patches.response_checker(other) is None
    other = copy.deepcopy(SPEC)
    other["required"] = ["events"]
    assert rasa_patches.response_checker(other) is None
