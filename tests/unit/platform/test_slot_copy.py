"""Slots copied into trackers (issue 17): the patched copy gives what copy.copy gives
without it, for every slot type, and a tracker rebuilt from its events is the same."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.slots import AnySlot, Slot, TextSlot
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_platform import patches as rasa_patches

DOMAIN = Domain.from_dict(
    {
        "intents": ["inform"],
        "entities": ["state"],
        "slots": {
            "story": {"type": "text", "mappings": [{"type": "from_text"}]},
            "age": {
                "type": "float",
                "min_value": 0,
                "max_value": 120,
                "mappings": [{"type": "custom"}],
            },
            "died": {"type": "bool", "mappings": [{"type": "custom"}]},
            "state": {
                "type": "categorical",
                "values": ["Ohio", "Texas"],
                "mappings": [{"type": "from_entity", "entity": "state"}],
            },
            "providers": {"type": "list", "mappings": [{"type": "custom"}]},
            "extra": {"type": "any", "mappings": [{"type": "custom"}]},
        },
    }
)


@pytest.fixture
def unpatched() -> Iterator[None]:
    """No Slot.__copy__ at the start of the test, and none left behind."""
    saved = vars(Slot).get("__copy__")
    if saved is not None:
        del Slot.__copy__
    yield
    if "__copy__" in vars(Slot):
        del Slot.__copy__
    if saved is not None:
        Slot.__copy__ = saved


def _filled_slots() -> list[Slot]:
    values = {
        "story": "a nurse gave the wrong dose",
        "age": 54.0,
        "died": False,
        "state": "Ohio",
        "providers": ["Dr. Vance", {"clinic": "Elm"}],
        "extra": {"nested": [1, 2]},
    }
    slots = copy.deepcopy(DOMAIN.slots)
    for slot in slots:
        if slot.name in values:  # Rasa adds its own slots too
            slot.value = values[slot.name]
    assert {slot.name for slot in slots} >= set(values)
    return slots


def _looks(slot: Any) -> tuple[type, dict[str, Any]]:
    return type(slot), dict(vars(slot))


def test_every_slot_type_copies_as_copy_copy_does(unpatched: None) -> None:
    slots = _filled_slots()
    expected = [copy.copy(slot) for slot in slots]
    rasa_patches.patch_slot_copy()
    ours_copy = vars(Slot)["__copy__"]
    # Every slot type Rasa has takes the direct copy (none is left to copy.copy's path).
    assert all(rasa_patches.copies_as_plain_dict(type(slot), ours_copy) for slot in slots)
    assert len({type(slot) for slot in slots}) == 6
    for slot, stock in zip(slots, expected, strict=True):
        ours = copy.copy(slot)
        assert ours is not slot
        assert _looks(ours) == _looks(stock) == _looks(slot)
        # Shallow, as before: the value is shared, the slot is not.
        assert ours.value is slot.value
        before = slot.value
        ours.value = "changed"
        assert slot.value is before


class _Reduced(TextSlot):
    """A slot class that decides its own copying: the patch must leave that to it."""

    def __reduce_ex__(self, protocol: Any) -> Any:
        return (_Reduced, (self.name, self.mappings), {"_value": "restored", "copied": True})


def test_a_slot_class_with_its_own_reduce_keeps_it(unpatched: None) -> None:
    slot = _Reduced("story", [{"type": "custom"}])
    slot.value = "original"
    expected = copy.copy(slot)
    rasa_patches.patch_slot_copy()
    ours = copy.copy(slot)
    assert _looks(ours) == _looks(expected)
    assert ours.value == "restored" and vars(ours)["copied"] is True
    assert not rasa_patches.copies_as_plain_dict(_Reduced, vars(Slot)["__copy__"])
    assert rasa_patches.copies_as_plain_dict(AnySlot, vars(Slot)["__copy__"])


def test_trackers_rebuilt_from_events_are_the_same(unpatched: None) -> None:
    events = [
        ActionExecuted("action_listen"),
        UserUttered("Ohio, last March", {"name": "inform", "confidence": 0.9}),
        SlotSet("state", "Ohio"),
        SlotSet("age", 54),
        SlotSet("providers", ["Dr. Vance"]),
        ActionExecuted("action_listen"),
    ]

    def states() -> tuple[Any, Any, list[Any]]:
        tracker = DialogueStateTracker.from_events("v1", events, DOMAIN.slots)
        prior = [t.current_slot_values() for t, _ in tracker.generate_all_prior_trackers()]
        back = tracker.travel_back_in_time(events[3].timestamp)
        return tracker.current_state(), back.current_slot_values(), prior

    expected = states()
    rasa_patches.patch_slot_copy()
    assert states() == expected
    # The domain's own slots are never the tracker's.
    tracker = DialogueStateTracker.from_events("v2", events, DOMAIN.slots)
    assert all(tracker.slots[s.name] is not s for s in DOMAIN.slots)
    assert all(s.value is None for s in DOMAIN.slots)


def test_a_slot_class_with_slot_values_is_not_copied_as_a_plain_dict(unpatched: None) -> None:
    class WithSlots(AnySlot):
        __slots__ = ("extra_value",)

    class Empty(AnySlot):
        __slots__ = ()

    assert not rasa_patches.copies_as_plain_dict(WithSlots, None)
    assert rasa_patches.copies_as_plain_dict(Empty, None)
