"""The slot-name constants and the Rasa domain name the same slots."""

from __future__ import annotations

from bot.intake import slot_names


def test_every_domain_slot_has_its_constant_and_no_constant_is_stale(domain: dict) -> None:
    constants = {
        value
        for name, value in vars(slot_names).items()
        if name.isupper() and name != "REQUESTED_SLOT"
    }
    assert constants == set(domain["slots"])
    for name, value in vars(slot_names).items():
        if name.isupper():
            assert name == value.upper()
