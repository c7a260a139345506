"""One entry per question (and per reading) for every language the intake speaks.

The conversation keeps its language (bot/intake/language.py: "en" or "es"); the form,
the corrections, the safety check and the read-back call these with it. Each returns the
same language-neutral values whatever the language (answers.Parsed, a USPS code, an ISO
date, "mother"), so storage, the limitation engine and qualification never see one.
English results are those of the English modules, unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bot.intake import answers, corrections, replies, safety, story, summary
from bot.intake.answers import Context, Parsed
from bot.intake.es import answers as answers_es
from bot.intake.es import corrections as corrections_es
from bot.intake.es import replies as replies_es
from bot.intake.es import safety as safety_es
from bot.intake.es import story as story_es
from bot.intake.es import summary as summary_es
from bot.intake.language import ES


def parse_answer(
    field: str, text: str, today: date, context: Context | None = None, language: str = "en"
) -> Parsed:
    """The answer to `field`'s question, read in the conversation's language."""
    if language == ES:
        return answers_es.parse(field, text, today, context)
    return answers.parse(field, text, today, context)


def story_facts(text: str, today: date, language: str = "en") -> dict[str, object]:
    """What the opening story states clearly (slot values), so it is not asked again."""
    return story_es.extract(text, today) if language == ES else story.extract(text, today)


def is_yes(text: str, language: str = "en") -> bool:
    return replies_es.is_yes(text) if language == ES else replies.is_yes(text)


def is_no(text: str, language: str = "en") -> bool:
    return replies_es.is_no(text) if language == ES else replies.is_no(text)


def is_dont_know(text: str, language: str = "en") -> bool:
    return replies_es.is_dont_know(text) if language == ES else replies.is_dont_know(text)


def detect_emergency(text: str, language: str = "en") -> safety.Emergency | None:
    """An emergency now, read in both languages whatever the conversation's: a visitor in
    crisis may write in the other one, and a missed message costs far more."""
    first, second = (
        (safety_es.detect, safety.detect)
        if language == ES
        else (
            safety.detect,
            safety_es.detect,
        )
    )
    return first(text) or second(text)


def looks_like_correction(text: str, language: str = "en") -> bool:
    if language == ES:
        return corrections_es.looks_like_correction(text)
    return corrections.looks_like_correction(text)


def parse_correction(
    text: str,
    today: date,
    current: Mapping[str, object] | None = None,
    language: str = "en",
) -> corrections.Correction:
    if language == ES:
        return corrections_es.parse_correction(text, today, current)
    return corrections.parse_correction(text, today, current)


def render_summary(
    answers_so_far: Mapping[str, object], channel: str = "web", language: str = "en"
) -> str:
    if language == ES:
        return summary_es.render(answers_so_far, channel)
    return summary.render(answers_so_far, channel)
