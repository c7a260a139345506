"""bench/diet_size.py builds each variant from the real config, changing only DIET."""

from __future__ import annotations

import yaml

from bench.diet_size import DEFAULT_VARIANTS, variant_config
from bot.config import CONFIG_DIR


def test_a_variant_replaces_only_the_diet_settings_it_names():
    base = yaml.safe_load((CONFIG_DIR / "config.yml").read_text())
    changed = variant_config({"epochs": 7, "transformer_size": 64})
    diet = next(c for c in changed["pipeline"] if c["name"] == "DIETClassifier")
    base_diet = next(c for c in base["pipeline"] if c["name"] == "DIETClassifier")
    assert diet["epochs"] == 7 and diet["transformer_size"] == 64
    assert diet["random_seed"] == base_diet["random_seed"]
    others = [c for c in changed["pipeline"] if c["name"] != "DIETClassifier"]
    assert others == [c for c in base["pipeline"] if c["name"] != "DIETClassifier"]
    assert changed["policies"] == base["policies"]


def test_the_configured_variant_is_the_config_as_shipped():
    base = yaml.safe_load((CONFIG_DIR / "config.yml").read_text())
    assert variant_config(DEFAULT_VARIANTS["configured"]) == base


def test_one_language_s_data_holds_only_its_examples_and_the_shared_files(tmp_path):
    from bench.diet_size import NLU, SHARED, language_data

    es = {p.name for p in (language_data("es", tmp_path / "es") / "nlu").iterdir()}
    en = {p.name for p in (language_data("en", tmp_path / "en") / "nlu").iterdir()}
    assert es == {p.name for p in (NLU / "es").glob("*.yml")} | set(SHARED)
    assert en == {p.name for p in NLU.glob("*.yml")}
    spanish_text = (tmp_path / "es" / "nlu" / "intake.yml").read_text()
    assert spanish_text == (NLU / "es" / "intake.yml").read_text()
