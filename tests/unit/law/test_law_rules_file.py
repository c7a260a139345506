"""The rules data file: complete, cited, dated, and strictly validated."""

import copy
from datetime import date

import pytest
import yaml

from bot.law.rule_types import is_verified
from bot.law.rules_loader import (
    EXPECTED_CODES,
    RULES_PATH,
    RulesError,
    default_rules,
    parse_rules,
    rule_blocks,
)


@pytest.fixture(scope="module")
def document():
    with open(RULES_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_all_51_codes_present(document):
    assert set(document["jurisdictions"]) == EXPECTED_CODES
    assert len(EXPECTED_CODES) == 51
    assert set(default_rules()) == EXPECTED_CODES


def test_every_entry_has_last_verified(document):
    for code, entry in document["jurisdictions"].items():
        assert isinstance(entry["last_verified"], date), code
        assert entry["last_verified"] <= date.today(), code


def test_every_rule_has_a_citation():
    for code, j in default_rules().items():
        blocks = [j.limitation, j.minors, j.wrongful_death, *j.presuit]
        optional = (j.discovery, j.repose, j.foreign_object, j.continuous_treatment)
        blocks += [b for b in optional if b]
        for block in blocks:
            assert block.citation.strip(), (code, block)


def test_every_rule_states_its_verification():
    for code, j in default_rules().items():
        for block in (j.limitation, j.minors, j.wrongful_death):
            assert block.verification, code
            assert block.verification.split(":")[0] in {
                "statute text",
                "case law",
                "secondary source only",
                "not verified",
            }, (code, block.verification)


def test_pennsylvania_records_yanakos(document):
    pa = document["jurisdictions"]["PA"]
    assert "repose" not in pa
    assert any("Yanakos" in note for note in pa["notes"])


def test_some_rules_are_verified_and_some_are_not():
    rules = default_rules()
    assert is_verified(rules["CA"].limitation.verification)
    assert any(
        not is_verified(getattr(block, "verification", ""))
        for j in rules.values()
        for block in rule_blocks(j)
    )


def test_unknown_key_is_rejected(document):
    bad = copy.deepcopy(document)
    bad["jurisdictions"]["CA"]["limitation"]["perod"] = {"years": 1}
    with pytest.raises(RulesError, match=r"CA\.limitation: unknown key"):
        parse_rules(bad)


def test_missing_key_is_rejected(document):
    bad = copy.deepcopy(document)
    del bad["jurisdictions"]["NY"]["wrongful_death"]["citation"]
    with pytest.raises(RulesError, match=r"NY\.wrongful_death: missing required key"):
        parse_rules(bad)


def test_missing_jurisdiction_is_rejected(document):
    bad = copy.deepcopy(document)
    del bad["jurisdictions"]["WY"]
    with pytest.raises(RulesError, match="missing"):
        parse_rules(bad)


def test_bad_verification_prefix_is_rejected(document):
    bad = copy.deepcopy(document)
    bad["jurisdictions"]["TX"]["verification"] = "trust me"
    with pytest.raises(RulesError, match=r"TX\.verification"):
        parse_rules(bad)


def test_bad_period_is_rejected(document):
    bad = copy.deepcopy(document)
    bad["jurisdictions"]["TX"]["limitation"]["period"] = {"years": -2}
    with pytest.raises(RulesError, match=r"TX\.limitation\.period"):
        parse_rules(bad)


def test_minor_provision_needs_exactly_one_kind(document):
    bad = copy.deepcopy(document)
    bad["jurisdictions"]["IN"]["minors"]["provisions"][0]["from_act"] = {"years": 2}
    with pytest.raises(RulesError, match="exactly one of"):
        parse_rules(bad)
