"""The benchmark scores a relationship by the product's own words: a grandson the product
stores as "grandchild" is right, a son stored as "grandchild" is not."""

from __future__ import annotations

import pytest

from bench.conversation.score import relationship_ok


@pytest.mark.parametrize("truth", ["grandson", "granddaughter"])
def test_a_grandchild_named_specifically_matches_the_generic_word(truth: str) -> None:
    answers = {"patient_is_self": "False", "patient_relationship": "grandchild"}
    assert relationship_ok((truth,), answers)


def test_another_relative_stored_as_grandchild_is_wrong() -> None:
    answers = {"patient_is_self": "False", "patient_relationship": "grandchild"}
    assert not relationship_ok(("son",), answers)


def test_self_is_only_self() -> None:
    assert not relationship_ok(("grandson",), {"patient_is_self": "True"})
