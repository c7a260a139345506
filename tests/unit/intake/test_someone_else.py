"""Whether a name given in a new conversation is another person than the lead's."""

from __future__ import annotations

import pytest

from bot.intake.contact import someone_else


@pytest.mark.parametrize(
    ("on_lead", "now"),
    [
        ("Rosa Delgado", "rosa delgado"),
        ("Katherine Moss", "Kate Moss"),  # a short form
        ("Olivia Sandoval-Reyes", "Olivia Sandoval Reyes"),
        ("Jon Baptiste", "John Baptiste"),  # one letter
        ("Mr. Harold Finch", "Harold Finch"),
        ("Harold Finch", None),  # no name given the second time
        ("unknown", "Harold Finch"),
    ],
)
def test_the_same_person_or_no_name_is_not_someone_else(on_lead, now):
    assert not someone_else(on_lead, now)


@pytest.mark.parametrize(
    ("on_lead", "now"),
    [
        ("Rosa Delgado", "Martin Keane"),
        ("Walter Brandt", "Ingrid Brandt"),  # same family, another person
        ("Priya Natarajan", "Tomás Ibarra"),
    ],
)
def test_another_named_person_is_someone_else(on_lead, now):
    assert someone_else(on_lead, now)
