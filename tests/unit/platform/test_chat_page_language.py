"""The chat page and the widget's launcher follow the visitor's language (issue 18).

chat.js and the rendered widget.js run under node over tests/support/fake_dom.js (no
chromium here; tests/e2e/test_language_toggle_browser.py drives the real page): the
launcher's words and spoken name, the page title, the language sent when resuming, and
the server's own messages shown as the server wrote them.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.channels.web_texts import SPANISH
from bot.config import settings_from_env
from bot.web.app import create_app

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

ROOT = Path(__file__).resolve().parents[3]
FAKE_DOM = ROOT / "tests" / "support" / "fake_dom.js"
CHAT_JS = ROOT / "bot" / "web" / "static" / "chat.js"
LANG_KEY = "medmal-chat-language"
TOKEN_KEY = "medmal-chat-token"


@pytest.fixture
def widget_js(monkeypatch: pytest.MonkeyPatch) -> str:
    """widget.js as the web app serves it."""
    settings = settings_from_env(
        {"APP_ENV": "development", "WEB_PORT": "8000", "RASA_PORT": "5005"}
    )
    monkeypatch.setattr("bot.web.app.get_settings", lambda: settings)
    served = TestClient(create_app(settings), base_url="http://localhost:8000").get("/widget.js")
    assert served.status_code == 200
    return served.text


def run_node(scenario: str, **values: Any) -> Any:
    """Run `scenario` (the body of an async function, with `dom`, `fs` and the JSON of
    `values` in scope) after chat.js is loaded; returns what it returns."""
    constants = "\n".join(f"const {k} = {json.dumps(v)};" for k, v in values.items())
    script = f"""
const dom = require({json.dumps(str(FAKE_DOM))});
const fs = require("fs");
const CHAT_JS = fs.readFileSync({json.dumps(str(CHAT_JS))}, "utf8");
{constants}
(async () => {{
{scenario}
}})().then(
  (r) => console.log(JSON.stringify(r)),
  (e) => {{ console.error(e && e.stack || e); process.exit(1); }}
);
"""
    assert NODE is not None
    done = subprocess.run(
        [NODE, "-e", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


LAUNCHER = """
const env = dom.setup({localStorage: STORED,
  answer: () => ({status: 200, json: {token: "t", messages: []}})});
dom.run(CHAT_JS, "chat.js");
dom.run(WIDGET, "widget.js");
const button = dom.find(document.body, "medmal-launcher");
return {text: button.textContent, label: button.getAttribute("aria-label"), lang: button.lang};
"""


@pytest.mark.parametrize(
    ("stored", "text", "lang"),
    [
        ({}, "Free case review", "en"),
        ({LANG_KEY: "en"}, "Free case review", "en"),
        ({LANG_KEY: "es"}, "Revisión gratuita de su caso", "es"),
        ({LANG_KEY: "fr"}, "Free case review", "en"),
    ],
)
def test_the_launcher_speaks_the_language_chosen_earlier(
    widget_js: str, stored: dict[str, str], text: str, lang: str
) -> None:
    launcher = run_node(LAUNCHER, STORED=stored, WIDGET=widget_js)
    assert launcher["text"] == text
    assert launcher["lang"] == lang
    # Its spoken name starts with what it shows (axe: label-content-name-mismatch).
    assert launcher["label"].startswith(text) and launcher["label"] != text


def test_the_launcher_follows_the_toggle_in_the_open_chat(widget_js: str) -> None:
    result = run_node(
        """
const env = dom.setup({
  answer: () => ({status: 200, json: {token: "t", messages: [{text: "Hi"}]}})});
dom.run(CHAT_JS, "chat.js");
dom.run(WIDGET, "widget.js");
const button = dom.find(document.body, "medmal-launcher");
const before = button.textContent;
button.dispatchEvent({type: "click"});
await dom.settle();
const picker = dom.find(document.body, "mc-lang-select");
picker.value = "es";
picker.dispatchEvent({type: "change"});
await dom.settle();
const spanish = {text: button.textContent, label: button.getAttribute("aria-label"),
  lang: button.lang};
picker.value = "en";
picker.dispatchEvent({type: "change"});
await dom.settle();
return {before, spanish, english: button.textContent, sessions: env.calls
  .filter((c) => c.url.endsWith("/session")).map((c) => c.body)};
""",
        WIDGET=widget_js,
    )
    assert result["before"] == "Free case review"
    assert result["spanish"]["text"] == "Revisión gratuita de su caso"
    assert result["spanish"]["label"].startswith("Revisión gratuita de su caso")
    assert result["spanish"]["lang"] == "es"
    assert result["english"] == "Free case review"
    # Nothing was said yet, so each choice started the conversation again in it.
    assert result["sessions"] == [{}, {"language": "es"}, {"language": "en"}]


def test_the_full_page_takes_the_chosen_language_title_and_all() -> None:
    result = run_node(
        """
const env = dom.setup({localStorage: {"medmal-chat-language": "es"},
  answer: () => ({status: 200, json: {token: "t", messages: []}})});
dom.run(CHAT_JS, "chat.js");
const root = new dom.Element("main");
root.className = "medmal-chat medmal-chat--page";
root.dataset.title = "Bufete Ejemplo";
MedmalChat.mount(root);
await dom.settle();
return {title: document.title, lang: document.documentElement.lang,
  heading: dom.find(root, "mc-title").textContent, send: dom.find(root, "mc-send").textContent};
"""
    )
    assert result == {
        "title": "Hable con Bufete Ejemplo — consulta confidencial",
        "lang": "es",
        "heading": "Bufete Ejemplo",
        "send": "Enviar",
    }


def test_resuming_asks_the_server_in_the_chosen_language_and_shows_its_words() -> None:
    result = run_node(
        """
const env = dom.setup({localStorage: {"medmal-chat-language": "es", "medmal-chat-token": "tok"},
  answer: () => ({status: 200,
    json: {ended: true, messages: [{from: "assistant", text: RECEIVED}]}})});
dom.run(CHAT_JS, "chat.js");
const root = new dom.Element("section");
MedmalChat.mount(root);
await dom.settle();
return {url: env.calls[0].url,
  shown: root.querySelectorAll(".mc-assistant").map((b) => b.textContent)};
""",
        RECEIVED=SPANISH.received,
    )
    assert result["url"].endswith("/webhooks/webchat/history?language=es")
    assert result["shown"] == [SPANISH.received]


def test_a_failed_message_shows_the_servers_words_or_the_pages_own() -> None:
    """A 503 carries the server's "one moment" in the visitor's language; a proxy's bare
    502 has no words of ours, and the page says it in Spanish itself."""
    result = run_node(
        """
let failure = null;
const env = dom.setup({localStorage: {"medmal-chat-language": "es"},
  answer: (method, url) => url.endsWith("/session")
    ? {status: 200, json: {token: "t", messages: [{text: "Hola"}]}}
    : failure});
dom.run(CHAT_JS, "chat.js");
const root = new dom.Element("section");
MedmalChat.mount(root);
await dom.settle();
const input = dom.find(root, "mc-input"), form = dom.find(root, "mc-form");
const shown = [];
for (const f of [{status: 503, json: {error: ONE_MOMENT, retry: true}}, {status: 502}]) {
  failure = f;
  input.value = "me operaron de la rodilla";
  form.dispatchEvent({type: "submit", preventDefault() {}});
  await dom.settle();
  shown.push(dom.find(root, "mc-status").textContent);
}
return {shown, kept: input.value,
  tries: env.calls.filter((c) => c.url.endsWith("/message")).length};
""",
        ONE_MOMENT=SPANISH.one_moment,
    )
    assert result["shown"][0] == SPANISH.one_moment
    assert result["shown"][1].startswith("No pudimos comunicarnos con el asistente")
    assert result["kept"] == "me operaron de la rodilla"
    assert result["tries"] == 7 + 1  # the 503 retried six times; the 502 not at all


def _words(language: str) -> set[str]:
    source = CHAT_JS.read_text(encoding="utf-8")
    block = re.search(rf"\n    {language}: {{\n(.*?)\n    }}", source, re.S)
    assert block is not None, language
    return set(re.findall(r"^\s+(\w+): ", block.group(1), re.M))


def test_every_word_of_the_page_has_a_spanish_version() -> None:
    english = _words("en")
    assert {"title", "pageTitle", "send", "expired", "unsent"} <= english
    assert _words("es") == english


# A page (full-page root) whose server answers every message in `REPLY_LANGUAGE`, as the
# web channel does once it has read the conversation's language.
FOLLOWING = """
const env = dom.setup({localStorage: STORED,
  answer: (method, url) => url.endsWith("/session")
    ? {status: 200, json: {token: "t", messages: [{text: "Hello"}], language: "en"}}
    : {status: 200, json: {messages: [{text: REPLY}], language: REPLY_LANGUAGE}}});
dom.run(CHAT_JS, "chat.js");
const root = new dom.Element("main");
root.className = "medmal-chat medmal-chat--page";
MedmalChat.mount(root);
await dom.settle();
const input = dom.find(root, "mc-input"), form = dom.find(root, "mc-form");
const picker = dom.find(root, "mc-lang-select");
async function say(text) {
  input.value = text;
  form.dispatchEvent({type: "submit", preventDefault() {}});
  await dom.settle();
}
function page() {
  return {send: dom.find(root, "mc-send").textContent, placeholder: input.placeholder,
    picker: picker.value, html: document.documentElement.lang, root: root.getAttribute("lang")};
}
const sent = () => env.calls.filter((c) => c.url.endsWith("/message")).map((c) => c.body);
"""


def test_without_a_choice_the_page_follows_the_conversation_but_never_sends_it() -> None:
    result = run_node(
        FOLLOWING
        + """
const before = page();
await say("me operaron de la rodilla");
const after = page();
await say("fue en marzo");
return {before, after, sent: sent(), stored: env.globals.localStorage.data};
""",
        STORED={},
        REPLY="¿Qué pasó?",
        REPLY_LANGUAGE="es",
    )
    assert result["before"]["send"] == "Send"
    assert result["after"] == {
        "send": "Enviar",
        "placeholder": "Escriba su respuesta…",
        "picker": "es",
        "html": "es",
        "root": "es",
    }
    # Shown, not chosen: nothing stored, and the server keeps reading the words.
    assert LANG_KEY not in result["stored"]
    assert result["sent"] == [{"text": "me operaron de la rodilla"}, {"text": "fue en marzo"}]


def test_a_choice_made_earlier_is_not_overridden_by_the_conversations_language() -> None:
    result = run_node(
        FOLLOWING
        + """
await say("me operaron de la rodilla");
return {page: page(), sent: sent(), stored: env.globals.localStorage.data};
""",
        STORED={LANG_KEY: "en"},
        REPLY="What happened?",
        REPLY_LANGUAGE="es",
    )
    assert result["page"]["send"] == "Send"
    assert result["page"]["picker"] == "en"
    assert result["page"]["html"] == "en"
    assert result["sent"] == [{"text": "me operaron de la rodilla", "language": "en"}]
    assert result["stored"][LANG_KEY] == "en"


def test_the_toggle_wins_over_the_language_the_page_followed() -> None:
    result = run_node(
        FOLLOWING
        + """
await say("me operaron de la rodilla");
const followed = page().send;
picker.value = "en";
picker.dispatchEvent({type: "change"});
await dom.settle();
await say("in English please, it was in March");
return {followed, page: page(), sent: sent(), stored: env.globals.localStorage.data};
""",
        STORED={},
        REPLY="¿Qué pasó?",
        REPLY_LANGUAGE="es",
    )
    assert result["followed"] == "Enviar"
    # The reply still says "es"; the visitor's choice decides the page's words.
    assert result["page"]["send"] == "Send" and result["page"]["picker"] == "en"
    assert result["stored"][LANG_KEY] == "en"
    assert result["sent"][-1] == {"text": "in English please, it was in March", "language": "en"}


def test_resuming_a_spanish_conversation_shows_the_page_in_spanish() -> None:
    result = run_node(
        """
const env = dom.setup({localStorage: {"medmal-chat-token": "tok"},
  answer: () => ({status: 200, json: {language: "es", messages: [
    {from: "assistant", text: "¿Qué pasó?"}, {from: "visitor", text: "me operaron"}]}})});
dom.run(CHAT_JS, "chat.js");
const root = new dom.Element("section");
MedmalChat.mount(root);
await dom.settle();
return {url: env.calls[0].url, send: dom.find(root, "mc-send").textContent,
  stored: env.globals.localStorage.data};
"""
    )
    assert result["url"].endswith("/webhooks/webchat/history")  # no choice asked for
    assert result["send"] == "Enviar"
    assert LANG_KEY not in result["stored"]
