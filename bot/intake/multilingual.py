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

from bot.intake import answers, corrections, replies, safety, story, summary, turns
from bot.intake.answers import Context, Parsed
from bot.intake.classify import about_care
from bot.intake.es import answers as answers_es
from bot.intake.es import care_words
from bot.intake.es import corrections as corrections_es
from bot.intake.es import places as places_es
from bot.intake.es import replies as replies_es
from bot.intake.es import safety as safety_es
from bot.intake.es import story as story_es
from bot.intake.es import summary as summary_es
from bot.intake.es import turns as turns_es
from bot.intake.language import ES
from bot.intake.states import Place, place_in_story


def parse_answer(
    field: str, text: str, today: date, context: Context | None = None, language: str = "en"
) -> Parsed:
    """The answer to `field`'s question, read in the conversation's language."""
    if language == ES:
        return answers_es.parse(field, text, today, context)
    return answers.parse(field, text, today, context)


def place_in(text: str, language: str = "en") -> Place:
    """The state or city named in `text` ("el Hospital General de Tucson", "en Nuevo
    México"): Spanish place words are put in English for the shared reader."""
    return place_in_story(places_es.to_english(text) if language == ES else text)


def care_text(text: str, language: str = "en") -> str:
    """A story or harm as the shared case-type, severity and left-in-object readers read
    it: Spanish words about care put in English (es/care_words.py); English as it is."""
    return care_words.to_english(text) if language == ES and text else text


def mentions_care(text: str, language: str = "en") -> bool:
    """The words are about medical care (classify.about_care, per language)."""
    return about_care(care_text(text, language))


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


def nothing_to_change(text: str, language: str = "en") -> bool:
    """At the read-back: "nothing, everything is fine" / "nada, todo está bien" confirms."""
    if language == ES:
        return corrections_es.nothing_to_change(text)
    return corrections.nothing_to_change(text)


def parse_correction(
    text: str,
    today: date,
    current: Mapping[str, object] | None = None,
    language: str = "en",
) -> corrections.Correction:
    reader = corrections_es.parse_correction if language == ES else corrections.parse_correction
    return corrections.to_the_date_given(lambda now: reader(text, today, now), current)


def render_summary(
    answers_so_far: Mapping[str, object], channel: str = "web", language: str = "en"
) -> str:
    if language == ES:
        return summary_es.render(answers_so_far, channel)
    return summary.render(answers_so_far, channel)


def says_goodbye(text: str, language: str = "en") -> bool:
    """The words end the conversation (turns.says_goodbye, per language)."""
    return turns_es.says_goodbye(text) if language == ES else turns.says_goodbye(text)


def asks_for_person(text: str, language: str = "en") -> bool:
    return turns_es.asks_for_person(text) if language == ES else turns.asks_for_person(text)


def asks_about(text: str, language: str = "en") -> str | None:
    """turns.asks_about (a question about cost or privacy) in the conversation's language."""
    return turns_es.asks_about(text) if language == ES else turns.asks_about(text)


def is_question(text: str, language: str = "en") -> bool:
    return turns_es.is_question(text) if language == ES else turns.is_question(text)


def answers_question(
    question: str, text: str, today: date, slots: Mapping[str, object], language: str = "en"
) -> bool:
    """turns.answers_question in the conversation's language."""
    if language != ES:
        return turns.answers_question(question, text, today, slots)
    if question == "summary_confirmed":
        return (
            replies_es.is_yes(text)
            or replies_es.is_no(text)
            or corrections_es.parse_correction(text, today).field is not None
        )
    if question not in answers_es.PARSERS:
        return False
    return answers_es.parse(question, text, today, slots).ok
