"""bot.rasa_platform.nlg: Rasa renders each response in the conversation's language."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from bot.config import CONFIG_DIR, Settings
from bot.intake.es import texts
from bot.rasa_platform import endpoints
from bot.rasa_platform.nlg import (
    FIRM_NAME_DEFAULT_ES,
    LanguageResponseGenerator,
    tracker_language,
)


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(CONFIG_DIR / "domain"))


@pytest.fixture(scope="module")
def nlg(domain: Domain) -> NaturalLanguageGenerator:
    # Built the way Rasa builds it from the endpoint config, by module path.
    return NaturalLanguageGenerator.create(EndpointConfig(type=endpoints.NLG_TYPE), domain)


def tracker(domain: Domain, *said: str | tuple[str, str], **slots: Any) -> DialogueStateTracker:
    events: list[Any] = [ActionExecuted("action_listen")]
    for item in said:
        text, chosen = (item, None) if isinstance(item, str) else item
        events.append(UserUttered(text, {"name": "inform"}, metadata={"language": chosen}))
    events += [SlotSet(name, value) for name, value in slots.items()]
    return DialogueStateTracker.from_events("t", events, domain.slots)


def render(nlg: Any, name: str, tr: DialogueStateTracker, **kwargs: Any) -> dict[str, Any]:
    return asyncio.run(nlg.generate(name, tr, "webchat", **kwargs))


def test_the_generator_is_the_one_both_endpoint_configs_name(nlg: Any) -> None:
    assert isinstance(nlg, LanguageResponseGenerator)
    settings = Settings()
    assert endpoints.build(settings).nlg.type == endpoints.NLG_TYPE
    assert read_endpoint_config(str(CONFIG_DIR / "endpoints.yml"), "nlg").type == (
        endpoints.NLG_TYPE
    )


def test_english_by_default_and_spanish_when_the_visitor_writes_spanish(nlg, domain) -> None:
    english = render(nlg, "utter_ask_provider", tracker(domain, "/start_intake"))
    spanish = render(
        nlg, "utter_ask_provider", tracker(domain, "/start_intake", "buenas tardes, ayuda")
    )
    assert english["text"] == domain.responses["utter_ask_provider"][0]["text"]
    assert spanish["text"] == texts.text("utter_ask_provider")


def test_the_greeting_of_the_first_turn_follows_the_page_choice(nlg, domain) -> None:
    # A rule utters the greeting before any action has set the language slot.
    tr = tracker(domain, ("/start_intake", "es"), firm_name="Bufete Ortega")
    shown = render(nlg, "utter_greet_disclaimer", tr)["text"]
    assert shown == texts.text("utter_greet_disclaimer", {"firm_name": "Bufete Ortega"})
    assert "Bufete Ortega" in shown and "{" not in shown


def test_the_english_default_firm_name_is_not_said_in_spanish(nlg, domain) -> None:
    # FIRM_NAME unset: "our law firm" had been said inside the Spanish greeting.
    tr = tracker(domain, ("/start_intake", "es"), firm_name=Settings.firm_name)
    shown = render(nlg, "utter_greet_disclaimer", tr)["text"]
    assert Settings.firm_name not in shown
    assert FIRM_NAME_DEFAULT_ES in shown
    english = render(
        nlg,
        "utter_greet_disclaimer",
        tracker(domain, "/start_intake", firm_name=Settings.firm_name),
    )["text"]
    assert Settings.firm_name in english


def test_slot_conditions_pick_the_spanish_variation(nlg, domain) -> None:
    own = render(
        nlg, "utter_ask_patient_age", tracker(domain, ("hola", "es"), patient_is_self=True)
    )
    other = render(nlg, "utter_ask_patient_age", tracker(domain, ("hola", "es")))
    assert own["text"] == texts.responses()["utter_ask_patient_age"][0]["text"]
    assert other["text"] == texts.responses()["utter_ask_patient_age"][1]["text"]


def test_values_kept_in_english_are_said_in_spanish(nlg, domain) -> None:
    shown = render(
        nlg, "utter_ask_patient_died_named", tracker(domain, ("hola", "es")), relation="father"
    )
    assert texts.relationship("father") in shown["text"]
    assert "father" not in shown["text"]


def test_buttons_keep_their_payloads(nlg, domain) -> None:
    with_buttons = [
        name
        for name, variations in texts.responses().items()
        if any(v.get("buttons") for v in variations)
    ]
    if not with_buttons:
        pytest.skip("no response with buttons today")
    name = with_buttons[0]
    shown = render(nlg, name, tracker(domain, ("hola", "es")))
    english = domain.responses[name][0]["buttons"]
    assert [b["payload"] for b in shown["buttons"]] == [b["payload"] for b in english]


def test_a_response_missing_from_the_locale_falls_back_to_english(domain) -> None:
    partial = {k: v for k, v in texts.responses().items() if k != "utter_ask_injury"}
    nlg = LanguageResponseGenerator(domain=domain, spanish=partial)
    shown = render(nlg, "utter_ask_injury", tracker(domain, ("hola", "es")))
    assert shown["text"] == domain.responses["utter_ask_injury"][0]["text"]


def test_a_redacted_history_keeps_the_language_the_slot_settled(domain) -> None:
    tr = tracker(domain, "", "", language="es", lead_id="L1")
    assert tracker_language(tr) == "es"
    assert tracker_language(tracker(domain, "", "", lead_id="L1")) == "en"


def test_the_language_of_the_latest_reply_is_kept_per_conversation(nlg, domain) -> None:
    """The web channel reads it for the page's words instead of the whole tracker."""
    from bot.rasa_platform.nlg import reply_language

    spanish = tracker(domain, "/start_intake", "hola, necesito ayuda con una operación")
    english = DialogueStateTracker.from_events(
        "someone-else", list(tracker(domain, "/start_intake", "hello there").events), domain.slots
    )
    render(nlg, "utter_ask_provider", spanish)
    render(nlg, "utter_ask_provider", english)
    assert reply_language("t") == "es"
    assert reply_language("someone-else") == "en"
    assert reply_language("never-answered") is None
