"""The self-harm guidance starts with 911, then 988, in both languages: pills already taken
with a wish to die are read as self-harm (test_emergency_now_classes_en.py), and an
ambulance comes before anything else."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.intake.es import texts

ROOT = Path(__file__).resolve().parents[3]


def _english(name: str) -> str:
    domain = yaml.safe_load((ROOT / "config/domain/digressions.yml").read_text(encoding="utf-8"))
    return str(domain["responses"][name][0]["text"])


def test_self_harm_guidance_gives_911_first_then_988_in_english() -> None:
    said = _english("utter_emergency_self_harm")
    assert "911" in said and "988" in said
    assert said.index("911") < said.index("988")
    assert said.index("911") < 100  # in the first sentence


def test_self_harm_guidance_gives_911_first_then_988_in_spanish() -> None:
    said = texts.text("utter_emergency_self_harm")
    assert "911" in said and "988" in said
    assert said.index("911") < said.index("988")
    assert said.index("911") < 100
