"""Every message the bot can send has a Spanish text that fits where the English one goes."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.config import CONFIG_DIR
from bot.intake.es import texts
from bot.intake.patient import NO_STANDING, RELATIONSHIPS
from bot.intake.questions import LABELS

DOMAIN = Path(CONFIG_DIR) / "domain"


def _domain_responses() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for path in sorted(DOMAIN.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found.update(data.get("responses") or {})
    return found


def _placeholders(text: str) -> set[str]:
    return set(texts.PLACEHOLDER.findall(text))


def test_every_domain_response_has_a_spanish_text() -> None:
    english = _domain_responses()
    spanish = texts.responses()
    assert len(english) > 50
    missing = sorted(set(english) - set(spanish))
    assert not missing, f"no Spanish text for {missing}"
    assert not sorted(set(spanish) - set(english)), "Spanish texts for responses that do not exist"


def test_spanish_variations_match_the_english_ones() -> None:
    english, spanish = _domain_responses(), texts.responses()
    for name, variations in english.items():
        ours = spanish[name]
        assert len(ours) == len(variations), name
        for en, es in zip(variations, ours, strict=True):
            assert _placeholders(es["text"]) == _placeholders(en["text"]), name
            assert es.get("condition") == en.get("condition"), name
            en_payloads = [b["payload"] for b in en.get("buttons", [])]
            assert [b["payload"] for b in es.get("buttons", [])] == en_payloads, name
            assert es["text"].strip() and es["text"] != en["text"], name


def test_safety_texts_give_911_and_988_in_spanish() -> None:
    medical = texts.text("utter_emergency_medical")
    self_harm = texts.text("utter_emergency_self_harm")
    assert "911" in medical
    assert "988" in self_harm and "911" in self_harm
    assert "marcar el 2" in self_harm and "AYUDA" in self_harm  # Spanish by phone and text


def test_placeholders_are_filled() -> None:
    said = texts.text("utter_greet_disclaimer", {"firm_name": "Bufete Ruiz"})
    assert "Bufete Ruiz" in said and "{" not in said
    asked = texts.text("utter_ask_patient_died_named", {"relation": texts.relationship("mother")})
    assert asked.endswith("¿Falleció su madre?")


def test_summary_labels_cover_every_field_read_back() -> None:
    assert set(texts.summary()["labels"]) == set(LABELS)


def test_every_relationship_has_a_spanish_noun() -> None:
    for value in [*RELATIONSHIPS, *NO_STANDING]:
        assert texts.relationship(value), value
