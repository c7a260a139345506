"""Round 7 of the tuned conversation visitors: three classes of answer, each tested in
words of its own, not the visitors' sentences.

- A name declined at the name question is never a name: the re-ask says why the name
  helps and that it is optional, and a second refusal lets it go (no name, lead flagged).
- A date of death told relative to the incident ("a couple of days after it") is kept as
  typed and placed once the incident date is known; never counted from today.
- The harm taken from a long story is a clean clause: no leading "and", no dangling last
  words; a fragment that cannot be made clean leaves the injury question to be asked.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskFullName
from actions.intake_form import ValidateCallbackForm, ValidateIntakeForm
from bot.config import CONFIG_DIR
from bot.intake import after_incident, names, questions, turns
from bot.intake.answers import parse, parse_death_date, parse_name
from bot.intake.harm import MAX_HARM_CHARS, clean_clause, harm_in

TODAY = date(2026, 6, 10)


@pytest.fixture(scope="module")
def domain() -> dict[str, Any]:
    return Domain.load(str(CONFIG_DIR / "domain")).as_dict()


def _tracker(
    slot: str, text: str, slots: dict[str, Any] | None = None, form: str = "intake_form"
) -> Tracker:
    """A tracker as Rasa sends it after the visitor answered `slot` with `text`."""
    events = [
        {"event": "slot", "name": "requested_slot", "value": slot},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "slot", "name": slot, "value": text},
    ]
    return Tracker(
        sender_id="web-round7",
        slots={"requested_slot": slot, **(slots or {}), slot: text},
        latest_message={"text": text, "intent": {"name": "inform"}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": form},
        latest_action_name="action_listen",
    )


def _run(action: Any, tracker: Tracker, domain: dict) -> tuple[dict[str, Any], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


# --- 1. A declined name ---------------------------------------------------------------

DECLINED = [
    "I would rather keep my name to myself",
    "could we skip this one?",
    "i'd prefer not to share it",
    "no name, sorry",
    "not giving my name out just yet",
    "I don't feel like sharing my name",
    "do I need to give that?",
    "pass",
    "I prefer to stay anonymous",
    "why would you need my name",
    "prefiero no dar mi nombre",
]


@pytest.mark.parametrize("text", DECLINED)
def test_a_declined_name_is_read_as_declined_and_never_as_a_name(text: str) -> None:
    assert names.refuses_name(text)
    got = parse_name(text)
    assert not got.ok and got.error == "refused"
    # A refusal replies to the question: the classifier's guess does not divert it.
    assert turns.answers_question("full_name", text, TODAY, {})


@pytest.mark.parametrize(
    "text", ["Lena Okafor", "my name is Will Skipper", "Hope", "Pat Nash-Lee", "Ray Sayer"]
)
def test_a_name_is_not_a_refusal(text: str) -> None:
    assert not names.refuses_name(text)
    assert parse_name(text).ok


def test_the_re_ask_after_a_refusal_says_why_the_name_helps(domain: dict) -> None:
    tracker = _tracker(
        "full_name",
        "",
        {"failed_attempts": {"full_name": 1}, "last_error": "full_name:refused"},
    )
    _, messages = _run(AskFullName(), tracker, domain)
    assert messages[0]["response"] == "utter_reask_full_name_refused"
    text = domain["responses"]["utter_reask_full_name_refused"][0]["text"]
    assert "optional" in text and "attorney" in text


def test_a_first_refusal_is_counted_and_asked_once_differently(domain: dict) -> None:
    slots, messages = _run(
        ValidateIntakeForm(), _tracker("full_name", "rather not say, thanks"), domain
    )
    assert slots["full_name"] is None
    assert slots["last_error"] == "full_name:refused"
    assert slots["failed_attempts"] == {"full_name": 1}
    assert messages == []


@pytest.mark.parametrize("form", [ValidateIntakeForm, ValidateCallbackForm])
def test_a_second_refusal_moves_on_with_no_name_and_flags_the_lead(
    domain: dict, form: type
) -> None:
    tracker = _tracker(
        "full_name",
        "still no, let's just skip it",
        {"failed_attempts": {"full_name": 1}, "review_flags": ["emergency_mentioned"]},
        form="intake_form" if form is ValidateIntakeForm else "callback_form",
    )
    slots, messages = _run(form(), tracker, domain)
    assert slots["full_name"] == "unknown"  # no name: the lead's name column stays empty
    assert slots["review_flags"] == ["emergency_mentioned", "full_name_declined"]
    assert messages[0]["response"] == "utter_name_skipped"
    assert "utter_name_skipped" in domain["responses"]


def test_a_sentence_kept_after_two_failures_is_never_kept_as_a_name() -> None:
    values, flag = questions.fallback("full_name", "what is this for exactly, who sees it")
    assert values == {"full_name": "unknown"} and flag == "full_name_unclear"
    # A long or unusual name the reader doubts is still kept as typed, flagged.
    values, flag = questions.fallback("full_name", "Maria de los Angeles Ruiz Vega")
    assert values == {"full_name": "Maria de los Angeles Ruiz Vega"}
    assert flag == "full_name_unclear"
    values, flag = questions.fallback("full_name", "nope, not telling")
    assert values == {"full_name": "unknown"} and flag == "full_name_declined"


# --- 2. A death date told relative to the incident -----------------------------------

RELATIVE = [
    # (words, incident slot, death date placed from it)
    ("that very same day", "2026-02-14", "2026-02-14"),
    ("later that evening, in recovery", "2026-02-14", "2026-02-14"),
    ("a couple of days after it", "2026-02-14", "2026-02-16"),
    ("the following morning", "2026-02-14", "2026-02-15"),
    ("four days after the operation", "2026-02-14", "2026-02-18"),
    ("2 weeks later", "2026-02-14", "2026-02-28"),
    ("the next day", "2026-02", "2026-02-02..2026-03-01"),  # a month in, shifted a day
]


@pytest.mark.parametrize(("text", "incident", "death"), RELATIVE)
def test_a_relative_death_date_is_kept_until_the_incident_date_is_known(
    text: str, incident: str, death: str
) -> None:
    before = parse("death_date", text, TODAY, {})
    assert before.ok
    assert before.values == {"death_date": "unknown", "death_date_text": text}
    after = parse("death_date", text, TODAY, {"incident_date": incident})
    assert after.values == {"death_date": death, "death_date_text": text}


def test_a_date_said_beside_the_relative_words_is_the_answer() -> None:
    assert parse_death_date("the same day as the surgery, March 9 2026", TODAY).values == {
        "death_date": "2026-03-09"
    }
    assert parse_death_date("that same night, in January 2026", TODAY).values == {
        "death_date": "2026-01"
    }


def test_a_date_said_beside_the_words_is_narrowed_to_the_day_placed_within_it() -> None:
    text = "the morning after. It was the Memorial Day weekend"
    said = parse_death_date(text, TODAY).values["death_date"]
    assert said != "unknown" and ".." in said  # the weekend, as said
    # The incident on the Saturday: the death the Sunday, a day of that weekend.
    assert parse_death_date(text, TODAY, "2026-05-23").values == {"death_date": "2026-05-24"}
    # A placed day outside the date said never replaces it.
    assert parse_death_date(text, TODAY, "2026-04-02").values == {"death_date": said}


def test_relative_words_are_never_counted_from_today() -> None:
    for text in ("within the week", "a few hours later", "the day after"):
        got = parse_death_date(text, TODAY)
        assert got.values["death_date"] == "unknown", text


def test_a_time_after_something_else_than_the_care_is_never_placed() -> None:
    got = parse_death_date("three days after they sent him home", TODAY, "2026-02-14")
    assert got.values["death_date"] == "unknown"
    assert got.values["death_date_text"] == "three days after they sent him home"
    assert after_incident.after_incident("March 3rd 2026") is None


def test_the_intake_places_the_death_date_when_the_incident_date_is_given(
    domain: dict,
) -> None:
    died = {"patient_is_self": False, "patient_died": True}
    slots, _ = _run(
        ValidateIntakeForm(), _tracker("death_date", "a couple of days after it", died), domain
    )
    assert slots["death_date"] == "unknown"
    assert slots["death_date_text"] == "a couple of days after it"
    assert "death_date_relative" in slots["review_flags"]
    pending = {
        "patient_died": True,
        "death_date": "unknown",
        "death_date_text": "a couple of days after it",
        "review_flags": ["death_date_relative"],
    }
    slots, _ = _run(ValidateIntakeForm(), _tracker("incident_date", "May 2 2026", pending), domain)
    assert slots["incident_date"] == "2026-05-02"
    assert slots["death_date"] == "2026-05-04"
    assert slots["review_flags"] == []


def test_an_incident_date_never_known_leaves_the_words_as_a_note(domain: dict) -> None:
    pending = {
        "patient_died": True,
        "death_date": "unknown",
        "death_date_text": "the next morning",
        "review_flags": ["death_date_relative"],
        "failed_attempts": {"incident_date": 1},
    }
    slots, _ = _run(ValidateIntakeForm(), _tracker("incident_date", "no clue", pending), domain)
    assert slots["incident_date"] == "unknown"
    assert slots.get("death_date", "unknown") == "unknown"
    assert "death_date_relative" in slots["review_flags"]
    assert slots.get("death_date_text", "the next morning") == "the next morning"


def test_a_death_date_given_as_a_date_is_never_replaced(domain: dict) -> None:
    earlier = {
        "patient_died": True,
        "death_date": "2026-05-20",
        "death_date_text": "the day after",
    }
    slots, _ = _run(ValidateIntakeForm(), _tracker("incident_date", "May 2 2026", earlier), domain)
    assert "death_date" not in slots


# --- 3. The harm taken from a long story ----------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "clean"),
    [
        ("and he is paralysed from the waist down", "he is paralysed from the waist down"),
        ("but now she has scarring on her face and", "now she has scarring on her face"),
        ("so my wrist is useless because of the", "my wrist is useless"),
        ("she needs a feeding tube, and we", "she needs a feeding tube"),
    ],
)
def test_a_fragment_is_trimmed_to_a_clean_clause(fragment: str, clean: str) -> None:
    assert clean_clause(fragment) == clean


def test_a_fragment_that_cannot_be_made_clean_is_not_kept() -> None:
    assert clean_clause("and the") is None
    assert clean_clause("word " * 80) is None  # too long, no clause end to cut at


def test_a_long_harm_is_cut_at_a_clause_end_not_mid_word() -> None:
    long = (
        "she has lasting nerve damage down her right side, she walks with a frame, "
        "she cannot cook or drive or dress herself, she lost her job at the bakery she "
        "ran for years, and she is in pain every single day of her life since they did it"
    )
    kept = clean_clause(long)
    assert kept is not None and len(kept) <= MAX_HARM_CHARS
    assert kept.endswith("ran for years")


def test_the_harm_from_a_story_never_starts_with_a_conjunction() -> None:
    story = (
        "My brother went to the walk-in clinic with a swollen calf and they said it was a "
        "pulled muscle and sent him off and he had a clot travel to his lungs and he cannot "
        "walk to the end of the street anymore and"
    )
    harm = harm_in(story)
    assert harm == "he cannot walk to the end of the street anymore"


def test_the_read_back_leaves_out_a_name_not_given_and_shows_relative_words() -> None:
    from bot.intake import summary
    from bot.intake.es import summary as summary_es

    answers = {
        "full_name": "unknown",
        "death_date": "unknown",
        "death_date_text": "a couple of days after it",
        "patient_died": True,
    }
    for render in (summary.render, summary_es.render):
        shown = render(answers)
        assert "a couple of days after it" in shown
        assert "Your name" not in shown and "nombre" not in shown.lower()
    # A death date that is simply not known still reads "not sure".
    assert summary.display_value("death_date", {"death_date": "unknown"}) == "not sure"


def test_a_story_that_tells_the_death_relative_to_a_dated_incident_places_it() -> None:
    from bot.intake import story

    told = (
        "They discharged my aunt from Riverside on February 3rd 2026 with a bleed nobody "
        "caught. She collapsed at home and passed away two nights later."
    )
    facts = story.extract(told, TODAY)
    assert facts["incident_date"] == "2026-02-03"
    assert facts["death_date"] == "2026-02-05"
    # A time after something else than the care is not counted from the care's date.
    other = (
        "My uncle had his hernia repaired on March 2nd 2026. Four days after they sent "
        "him home he died."
    )
    assert "death_date" not in story.extract(other, TODAY)


def test_a_yes_with_a_relative_time_at_the_died_question_keeps_the_death_date(
    domain: dict,
) -> None:
    known = {"patient_is_self": False, "incident_date": "2026-04-20"}
    slots, _ = _run(
        ValidateIntakeForm(), _tracker("patient_died", "yes, about a day after", known), domain
    )
    assert slots["patient_died"] is True
    assert slots["death_date"] == "2026-04-20..2026-04-22"  # "about": a day either way
    # Not yet known: kept as typed and flagged, to be placed with the incident date.
    slots, _ = _run(
        ValidateIntakeForm(),
        _tracker("patient_died", "sadly yes, the same night", {"patient_is_self": False}),
        domain,
    )
    assert slots["death_date"] == "unknown"
    assert slots["death_date_text"] == "sadly yes, the same night"
    assert "death_date_relative" in slots["review_flags"]
    # A plain yes tells no date.
    slots, _ = _run(
        ValidateIntakeForm(), _tracker("patient_died", "yes", {"patient_is_self": False}), domain
    )
    assert "death_date" not in slots


def test_a_refusal_that_asks_for_a_person_is_left_to_that_request() -> None:
    assert not turns.answers_question(
        "full_name", "no names, can a real person call me instead", TODAY, {}
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rob Delaney. Robert.", "Robert Delaney"),
        ("Becky Shaw. Rebecca", "Rebecca Shaw"),
        ("Ann B. Cole", "Ann B. Cole"),  # an initial, not a sentence
        ("Sam Ortiz. Thanks!", "Sam Ortiz"),
    ],
)
def test_a_full_name_then_a_given_name_alone_keeps_the_given_name(text: str, kept: str) -> None:
    assert parse_name(text).values == {"full_name": kept}


@pytest.mark.parametrize(
    "clause",
    ["her hand has been weak ever since", "the pain is worse than before", "he walks with a cane"],
)
def test_a_clause_ending_on_an_adverb_is_kept_whole(clause: str) -> None:
    assert clean_clause(clause) == clause
