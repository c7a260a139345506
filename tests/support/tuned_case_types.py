"""Case type over the tuned benchmark visitors' stories, as the lead's assessment reads it:
the story (or the opening, when it is the story) and the first provider answer, through
multilingual.care_text in the visitor's language. Only the tuned split is read; the
held-out split never is."""

from __future__ import annotations

from typing import NamedTuple

from bench.conversation import visitors
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text


class Row(NamedTuple):
    visitor: str
    got: str | None
    truth: tuple[str, ...]
    story: str


def rows(language: str) -> list[Row]:
    """One row per tuned visitor in `language` whose truth names a case type."""
    found = []
    for v in visitors.load("tuned"):
        if v.language != language or not v.truth.case_types:
            continue
        story = v.answers["story"][0] if v.answers.get("story") else v.opening
        provider = (v.answers.get("provider") or ("",))[0]
        got = classify_case_type(care_text(f"{story} {provider}", language))
        found.append(Row(v.id, got.value if got else None, v.truth.case_types, story))
    return found


def misses(found: list[Row]) -> list[str]:
    """The rows whose case type is not among the truth's, printable on failure."""
    return [
        f"{r.visitor}: {r.got} not in {r.truth}: {r.story}" for r in found if r.got not in r.truth
    ]
