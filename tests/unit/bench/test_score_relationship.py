"""The benchmark scores a relationship by the product's own words (a grandson the product
stores as "grandchild" is right, a son stored as "grandchild" is not), and a name case and
accents aside."""

from __future__ import annotations

import pytest

from bench.conversation.score import name_ok, relationship_ok


@pytest.mark.parametrize("truth", ["grandson", "granddaughter"])
def test_a_grandchild_named_specifically_matches_the_generic_word(truth: str) -> None:
    answers = {"patient_is_self": "False", "patient_relationship": "grandchild"}
    assert relationship_ok((truth,), answers)


def test_another_relative_stored_as_grandchild_is_wrong() -> None:
    answers = {"patient_is_self": "False", "patient_relationship": "grandchild"}
    assert not relationship_ok(("son",), answers)


def test_self_is_only_self() -> None:
    assert not relationship_ok(("grandson",), {"patient_is_self": "True"})


@pytest.mark.parametrize("stored", ["wife", "husband"])
def test_a_spouse_stored_specifically_answers_a_truth_that_says_spouse(stored: str) -> None:
    answers = {"patient_is_self": "False", "patient_relationship": stored}
    assert relationship_ok(("spouse",), answers)


def test_a_parent_stored_does_not_answer_a_truth_that_says_spouse() -> None:
    answers = {"patient_is_self": "False", "patient_relationship": "mother"}
    assert not relationship_ok(("spouse",), answers)


def test_a_name_typed_without_its_accents_is_the_same_name() -> None:
    assert name_ok("Teresa Guzmán", "Teresa Guzman")
    assert name_ok("karla mejía", "Karla Mejia ")


def test_another_name_is_not_made_the_same_by_folding() -> None:
    assert not name_ok("Teresa Guzmán", "Teresa Gusman")
