"""The slot-name constants and the Rasa domain name the same slots."""

from __future__ import annotations

from bot.intake import slot_names

# Constants of the module that are not slots of the domain: Rasa's own form slot, and the
# value a slot keeps for an answer the visitor could not give.
_NOT_DOMAIN_SLOTS = {"REQUESTED_SLOT", "UNKNOWN"}


def test_every_domain_slot_has_its_constant_and_no_constant_is_stale(domain: dict) -> None:
    constants = {
        value
        for name, value in vars(slot_names).items()
        if name.isupper() and name not in _NOT_DOMAIN_SLOTS
    }
    assert constants == set(domain["slots"])
    for name, value in vars(slot_names).items():
        if name.isupper():
            assert name == value.upper()


def test_the_unknown_value_is_no_slot_name(domain: dict) -> None:
    """A slot holding "unknown" must never be mistaken for a slot called so."""
    assert slot_names.UNKNOWN == "unknown"
    assert slot_names.UNKNOWN not in domain["slots"]
