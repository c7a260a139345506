"""The conversation benchmark's Spanish side (issue 18), without the stack or a model.

The driver must tell which question the bot asked from its Spanish words (every question
in config/locales/es.yml, as the web page shows it and as SMS folds it), answer in
Spanish from the truth when a visitor's file leaves a topic out, send the page's language
toggle only for a visitor who chose it, and the loader must accept and check the new keys.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.conversation import topics  # noqa: E402
from bench.conversation import visitors as visitor_sets  # noqa: E402
from bench.conversation.channels import WebConversation  # noqa: E402
from bench.conversation.driver import Result, converse  # noqa: E402
from bench.conversation.persona import default_answers, styled  # noqa: E402
from bench.conversation.run import language_report, summarise  # noqa: E402
from bench.conversation.score import StoredLead  # noqa: E402
from bot.channels.sms.gsm import normalize as sms_fold  # noqa: E402

ES_YML = ROOT / "config" / "locales" / "es.yml"

# Each Spanish question the bot can ask, by the topic the driver must read from it.
QUESTION_TOPICS = {
    "utter_ask_incident_description": "story",
    "utter_reask_incident_description": "story",
    "utter_reask_incident_description_opener": "story",
    "utter_ask_patient_is_self": "patient",
    "utter_reask_patient_is_self": "patient",
    "utter_ask_patient_relationship": "relationship",
    "utter_reask_patient_relationship": "relationship",
    "utter_ask_patient_died_named": "died",
    "utter_ask_patient_died": "died",
    "utter_reask_patient_died": "died",
    "utter_ask_death_date": "death_date",
    "utter_ask_patient_age": "age",
    "utter_reask_patient_age": "age",
    "utter_reask_patient_age_age_now": "age",
    "utter_reask_patient_age_dont_know": "age",
    "utter_ask_provider_government": "government",
    "utter_reask_provider_government": "government",
    "utter_ask_has_lawyer": "lawyer",
    "utter_reask_has_lawyer": "lawyer",
    "utter_ask_provider": "provider",
    "utter_ask_provider_again": "provider",
    "utter_ask_incident_date_again": "date",
    "utter_ask_incident_state_again": "state",
    "utter_reask_provider": "provider",
    "utter_reask_provider_dont_know": "provider",
    "utter_ask_injury": "injury",
    "utter_reask_injury": "injury",
    "utter_ask_case_kind": "case_kind",
    "utter_reask_case_kind": "case_kind",
    "utter_ask_incident_date": "date",
    "utter_reask_incident_date_future": "date",
    "utter_ask_incident_state": "state",
    "utter_reask_incident_state": "state",
    "utter_reask_incident_state_ambiguous": "state",
    "utter_reask_incident_state_ambiguous_city": "which_state",
    "utter_reask_incident_state_dont_know": "state",
    "utter_ask_discovery_date": "discovery",
    "utter_reask_discovery_date": "discovery",
    "utter_reask_discovery_date_no_date": "discovery",
    "utter_reask_discovery_date_future": "discovery",
    "utter_ask_full_name": "name",
    "utter_reask_full_name": "name",
    "utter_ask_contact_consent": "consent_contact",
    "utter_ask_contact_consent_with_name": "consent_name_contact",
    "utter_reask_contact_consent": "consent",
    "utter_ask_contact": "contact",
    "utter_reask_contact": "contact",
    "utter_reask_contact_invalid": "contact",
    "utter_confirm_summary": "summary",
    "utter_ask_what_to_change": "change",
    "utter_ask_callback_phone": "callback_phone",
    "utter_reask_callback_phone": "callback_phone",
    "utter_reask_callback_phone_invalid": "callback_phone",
    "utter_out_of_scope": "referral",
}
# Re-asks two date questions share: the date topic asked before decides.
SHARED_DATE = (
    "utter_reask_death_date", "utter_reask_death_date_dont_know",
    "utter_reask_incident_date", "utter_reask_incident_date_dont_know",
)
DONE = (
    "utter_submitted", "utter_submitted_no_contact", "utter_after_submit",
    "utter_callback_confirmed", "utter_callback_saved_no_number", "utter_out_of_scope_declined",
)
EMERGENCY = ("utter_emergency_medical", "utter_emergency_self_harm")
DEFAULT = "utter_default"
FILLERS = {
    "firm_name": "Bufete Ramírez", "relation": "madre", "state_candidates": "Kansas o Misuri",
    "booking_link": "https://ejemplo.test/cita", "authorization_link": "https://ejemplo.test/a",
}


def _spanish() -> dict[str, list[str]]:
    """Every Spanish response's texts (each variation), placeholders filled in."""
    data = yaml.safe_load(ES_YML.read_text(encoding="utf-8"))

    def fill(text: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: FILLERS.get(m.group(1), "mañana a las 10"), text)

    return {
        name: [fill(v["text"]) for v in variations]
        for name, variations in data["responses"].items()
    }


def _as_sent(text: str, channel: str) -> str:
    return sms_fold(text) if channel == "sms" else text


@pytest.mark.parametrize("channel", ["web", "sms"])
def test_every_spanish_question_is_read_as_its_topic(channel: str) -> None:
    spanish = _spanish()
    wrong = []
    for name, topic in QUESTION_TOPICS.items():
        for text in spanish[name]:
            # Alone, and after an acknowledgement, as a turn often sends it.
            for replies in ([text], [spanish["utter_condolence"][0], text]):
                got = topics.classify([_as_sent(t, channel) for t in replies])
                if got != topic:
                    wrong.append(f"{name}: {got} (want {topic})")
    assert not wrong, wrong


def test_every_spanish_question_in_the_locale_file_has_a_reading() -> None:
    """A question added to es.yml (a text with '?') must be placed here, so the driver
    never meets a Spanish question it cannot read."""
    known = set(QUESTION_TOPICS) | set(SHARED_DATE) | {DEFAULT}
    unplaced = [n for n, texts_ in _spanish().items() if any("?" in t for t in texts_)]
    assert sorted(set(unplaced) - known) == []


@pytest.mark.parametrize("previous", ["date", "death_date"])
def test_a_shared_date_reask_is_the_date_question_asked_before(previous: str) -> None:
    spanish = _spanish()
    for name in SHARED_DATE:
        assert topics.classify(spanish[name], previous=previous) == previous, name


def test_the_age_question_is_not_read_as_the_date_question() -> None:
    # "¿Qué edad tenía usted cuando pasó esto?" ends like "¿Cuándo pasó esto?".
    assert topics.classify(["¿Qué edad tenía su papá cuando pasó esto?"]) == "age"
    assert topics.classify(["Gracias. ¿Cuándo pasó esto?"]) == "date"


def test_statements_ask_nothing_and_are_not_guidance() -> None:
    spanish = _spanish()
    for name in ("utter_greet_disclaimer", "utter_cost", "utter_confidential",
                 "utter_deadline_general", "utter_chitchat", "utter_handoff_intro"):
        assert topics.classify(spanish[name]) is None, name
        assert not topics.gave_emergency_guidance(spanish[name]), name
        assert not topics.is_done(spanish[name]), name


@pytest.mark.parametrize("channel", ["web", "sms"])
def test_spanish_closings_emergencies_and_the_fallback_are_recognised(channel: str) -> None:
    spanish = _spanish()
    for name in DONE:
        assert topics.is_done([_as_sent(spanish[name][0], channel)]), name
    for name in EMERGENCY:
        assert topics.gave_emergency_guidance([_as_sent(spanish[name][0], channel)]), name
    assert topics.is_default([_as_sent(spanish[DEFAULT][0], channel)])


def test_the_spanish_sms_consent_prompt_is_read() -> None:
    from bot.channels.sms.replies import Replies

    replies = Replies("Bufete Ramírez", "+15550100000").in_language("es")
    for text in (replies.consent_prompt, replies.consent_asked_again):
        assert topics.classify([sms_fold(text)]) == "sms_consent"


def test_an_ambiguous_city_named_with_spanish_state_names_is_a_which_state_question() -> None:
    from bot.intake.es.places import SPANISH_DISPLAY, candidates_text

    assert topics.classify(["¿En qué estado fue: Carolina del Norte o Misuri?"]) == "which_state"
    # Every state the bot names in Spanish, as its re-ask lists them.
    for code in SPANISH_DISPLAY:
        asked = f"¿En qué estado fue: {candidates_text([code, 'KS'])}?"
        assert topics.classify([asked]) == "which_state", asked
    assert topics.classify(["¿En qué estado fue la atención médica?"]) == "state"


def test_english_questions_read_as_before() -> None:
    assert topics.classify(["In which U.S. state did the treatment take place?"]) == "state"
    assert topics.classify(["Thanks. When did this happen?"]) == "date"
    assert topics.classify(["Springfield in Illinois or Missouri?"]) == "which_state"


# --- the visitors' files and the loader --------------------------------------------------


def _write(tmp: Path, split: str, name: str, visitors: list[dict]) -> None:
    (tmp / split).mkdir(parents=True, exist_ok=True)
    (tmp / split / name).write_text(yaml.safe_dump(visitors, allow_unicode=True))


def _raw(**extra: object) -> dict:
    return {
        "id": "x1", "channel": "web", "opening": "Me operaron mal la rodilla.",
        "truth": {"state": "NM", "case_type": "surgical", "incident": "2026-03-02",
                  "relationship": "mother", "age": 70, "phone": "+15055550100"},
        **extra,
    }


def test_the_loader_reads_yml_files_and_the_language_keys(tmp_path: Path) -> None:
    _write(tmp_path, "tuned", "a.yml", [_raw(language="es", language_toggle=True)])
    _write(tmp_path, "tuned", "b.yaml", [_raw(id="x2")])
    loaded = {v.id: v for v in visitor_sets.load("tuned", root=tmp_path)}
    assert loaded["x1"].language == "es" and loaded["x1"].language_toggle
    assert loaded["x2"].language == "en" and not loaded["x2"].language_toggle


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        ({"language": "pt"}, "language must be one of"),
        ({"language": "es", "language_toggle": "yes"}, "language_toggle must be"),
        ({"language": "es", "channel": "sms", "language_toggle": True}, "only the web page"),
        ({"language": "es", "style": "fancy"}, "style must be one of"),
    ],
)
def test_the_loader_refuses_bad_language_keys(
    tmp_path: Path, extra: dict, complaint: str
) -> None:
    _write(tmp_path, "tuned", "a.yml", [_raw(**extra)])
    with pytest.raises(ValueError, match=complaint):
        visitor_sets.load("tuned", root=tmp_path)


def test_the_benchmark_has_its_spanish_visitors() -> None:
    """Counts only (the held-out visitors' contents stay unread)."""
    tuned, heldout = visitor_sets.load("tuned"), visitor_sets.load("heldout")
    tuned_es = [v for v in tuned if v.language == "es"]
    heldout_es = [v for v in heldout if v.language == "es"]
    assert len(tuned_es) >= 32 and len(heldout_es) >= 12
    everyone = tuned_es + heldout_es
    sms = sum(1 for v in everyone if v.channel == "sms")
    assert 0.1 <= sms / len(everyone) <= 0.3  # about a fifth by text, as in English
    assert any(v.language_toggle for v in tuned_es)
    assert any(not v.language_toggle and v.channel == "web" for v in tuned_es)


# --- how a Spanish visitor answers ---------------------------------------------------------


def _visitor(tmp: Path, **extra: object) -> visitor_sets.Visitor:
    _write(tmp, "tuned", "a.yml", [_raw(language="es", **extra)])
    return visitor_sets.load("tuned", root=tmp)[0]


def test_answers_built_from_the_truth_are_spanish(tmp_path: Path) -> None:
    answers = default_answers(_visitor(tmp_path))
    assert answers["state"] == ("Nuevo México",)
    assert answers["patient"][0] == "mi mamá"
    assert answers["died"] == ("no",)
    assert answers["sms_consent"] == ("SÍ",)
    assert answers["contact"] == ("(505) 555-0100",)
    assert answers["age"] == ("70",)


def test_spanish_styles(tmp_path: Path) -> None:
    assert styled("¿Por qué no me operó también la otra?", "noaccents", "es") == (
        "Por que no me opero tambien la otra?"
    )
    assert styled("Creo que fue para marzo, porque llovía", "shorthand", "es") == (
        "creo q fue pa marzo, xq llovia"
    )
    # English shorthand is unchanged.
    assert styled("I think you are right", "shorthand") == "i think u r right"
    state = default_answers(_visitor(tmp_path, style="noaccents"))["state"]
    assert state == ("Nuevo Mexico",)


class ScriptedBot:
    """A stand-in channel answering each message with the next scripted turn."""

    conversation_id = "scripted-es"

    def __init__(self, turns: list[list[str]]) -> None:
        self.turns = turns
        self.heard: list[str] = []

    async def start(self, opening: str) -> list[str]:
        return await self.say(opening)

    async def say(self, text: str) -> list[str]:
        self.heard.append(text)
        return self.turns[min(len(self.heard) - 1, len(self.turns) - 1)]


def test_a_spanish_visitor_answers_spanish_questions_to_the_end(tmp_path: Path) -> None:
    spanish = _spanish()
    v = _visitor(tmp_path, answers={"state": ["en Nuevo México"], "date": ["el 2 de marzo"]})
    bot = ScriptedBot([
        spanish["utter_ask_patient_is_self"],
        spanish["utter_ask_incident_date"],
        [sms_fold(spanish["utter_ask_incident_state"][0])],
        spanish["utter_submitted"],
    ])
    result = asyncio.run(converse(v, bot))
    assert result.done and not result.looped and result.unrecognised == 0
    assert bot.heard == [v.opening, "mi mamá", "el 2 de marzo", "en Nuevo México"]


def _web_requests(language: str | None) -> list[dict]:
    seen: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        seen.append({"path": request.url.path, "body": body})
        if request.url.path.endswith("/session"):
            from itsdangerous import URLSafeTimedSerializer

            token = URLSafeTimedSerializer("k", salt="webchat-session").dumps("web-abc")
            return httpx.Response(200, json={"token": token, "messages": [{"text": "Hola"}]})
        return httpx.Response(200, json={"messages": [{"text": "¿Qué pasó?"}]})

    async def talk() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            conv = WebConversation(http, "http://bot.test", language)
            await conv.start("hola, necesito ayuda")
            await conv.say("me operaron mal")

    asyncio.run(talk())
    return seen


def test_the_language_toggle_goes_with_every_web_message_only_when_chosen() -> None:
    """As the chat page sends it (bot/channels/webchat.py reads "language" from the body)."""
    chosen = _web_requests("es")
    assert [r["body"] for r in chosen] == [
        {"language": "es"},  # /session: greeted in the chosen language
        {"text": "hola, necesito ayuda", "language": "es"},
        {"text": "me operaron mal", "language": "es"},
    ]
    detected = _web_requests(None)
    assert detected[0]["body"] is None  # /session as the page posts it, no body
    assert [r["body"] for r in detected[1:]] == [
        {"text": "hola, necesito ayuda"}, {"text": "me operaron mal"},
    ]


# --- figures per language ------------------------------------------------------------------


def _result(v: visitor_sets.Visitor, state: str | None) -> Result:
    lead = {"incident_state": state, "case_type": "surgical", "incident_date": "2026-03-02",
            "phone": "+15055550100", "patient_died": False, "patient_minor": False,
            "created_at": None}
    answers = {"patient_is_self": "False", "patient_relationship": "mother", "patient_age": "70"}
    return Result(v, stored=StoredLead(lead, answers))


def test_spanish_completion_is_set_beside_english(tmp_path: Path) -> None:
    v = _visitor(tmp_path)
    english = summarise([_result(v, "NM"), _result(v, "NM")])
    spanish = summarise([_result(v, "NM"), _result(v, None)])
    assert english["completion"] == 1.0 and spanish["completion"] == 0.5
    text = language_report("tuned", "es", spanish, english)
    assert "Spanish: 2 visitors" in text
    assert "50.0 points behind (NOT met" in text
    assert "(met" in language_report("tuned", "es", english, english)
    # Spanish ahead of English is said as ahead, not as negative points behind.
    ahead = language_report("tuned", "es", english, spanish)
    assert "50.0 points ahead (met" in ahead and "behind (" not in ahead
