"""The README's verification figures are computed from the rules file, not typed by hand."""

import re
from pathlib import Path

from bot.law.rules_loader import verification_counts

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_verification_counts_match_the_rules_file():
    text = " ".join(README.read_text(encoding="utf-8").split())
    match = re.search(
        r"of (\d+) rule blocks .*?(\d+) rest on statute text, (\d+) on case law, (\d+) on "
        r"secondary sources only, and (\d+) are not verified",
        text,
    )
    assert match, "README 'Limitation rules' section lost its verification sentence"
    total, statute, case, secondary, unverified = map(int, match.groups())
    counts = verification_counts()
    assert (total, statute, case, secondary, unverified) == (
        counts["total"],
        counts["statute text"],
        counts["case law"],
        counts["secondary source only"],
        counts["not verified"],
    )


def test_counts_cover_every_block_once():
    counts = verification_counts()
    labels = ("statute text", "case law", "secondary source only", "not verified")
    assert sum(counts[label] for label in labels) == counts["total"] > 51 * 3


def test_readme_coverage_by_rule_kind_matches_the_rules_file():
    from bot.law.rules_loader import verified_by_kind

    text = " ".join(README.read_text(encoding="utf-8").split())
    match = re.search(
        r"every adult base rule \((\d+) of (\d+)\).*?as do (\d+) of (\d+) repose rules.*?"
        r"and (\d+) of (\d+) death rules",
        text,
    )
    assert match, "README lost its coverage-by-kind sentence"
    base_ok, base_all, rep_ok, rep_all, death_ok, death_all = map(int, match.groups())
    kinds = verified_by_kind()
    assert (base_ok, base_all) == kinds["limitation"]
    assert (rep_ok, rep_all) == kinds["repose"]
    assert (death_ok, death_all) == kinds["wrongful_death"]
