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
