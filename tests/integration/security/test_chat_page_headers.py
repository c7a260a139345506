"""The chat page and widget.js (issue 15): no URL taken from the Host header, a CSP that
still lets the firm's sites frame the page, and unknown hosts refused where configured."""

from __future__ import annotations

from starlette.testclient import TestClient

from bot.config import settings_from_env
from bot.web.app import create_app, known_hosts

BASE = {
    "APP_ENV": "development",
    "WEB_PORT": "8000",
    "RASA_PORT": "5005",
    "CHAT_ALLOWED_ORIGINS": "https://www.smith-injury-law.example,http://localhost:8000",
}
EVIL = "attacker.example"


def _client(
    env: dict[str, str], monkeypatch, base_url: str = "http://localhost:8000"
) -> TestClient:
    settings = settings_from_env({**BASE, **env})
    monkeypatch.setattr("bot.web.app.get_settings", lambda: settings)
    return TestClient(create_app(settings), base_url=base_url)


def test_a_forged_host_never_reaches_the_page_or_the_widget(monkeypatch) -> None:
    client = _client({}, monkeypatch)
    for path in ("/", "/widget.js"):
        r = client.get(path, headers={"Host": f"{EVIL}:8000"})
        assert r.status_code == 200
        assert EVIL not in r.text, path
    page = client.get("/", headers={"Host": f"{EVIL}:8000"}).text
    assert 'data-rasa-url="http://127.0.0.1:5005"' in page


def test_configured_public_urls_are_used_whatever_the_host(monkeypatch) -> None:
    client = _client(
        {
            "PUBLIC_APP_URL": "https://intake.smith-injury-law.example",
            "PUBLIC_RASA_URL": "https://chat.smith-injury-law.example",
        },
        monkeypatch,
    )
    widget = client.get("/widget.js").text
    assert '"https://intake.smith-injury-law.example"' in widget
    assert '"https://chat.smith-injury-law.example"' in widget
    assert "localhost" not in widget


def test_unknown_hosts_are_refused_when_allowed_hosts_is_set(monkeypatch) -> None:
    client = _client({"ALLOWED_HOSTS": "intake.smith-injury-law.example"}, monkeypatch)
    assert client.get("/", headers={"Host": EVIL}).status_code == 400
    ok = client.get("/", headers={"Host": "intake.smith-injury-law.example"})
    assert ok.status_code == 200


def test_production_refuses_unknown_hosts_without_allowed_hosts(monkeypatch) -> None:
    env = {"APP_ENV": "production", "PUBLIC_APP_URL": "https://intake.smith-injury-law.example"}
    assert "intake.smith-injury-law.example" in known_hosts(settings_from_env({**BASE, **env}))
    client = _client(env, monkeypatch)
    assert client.get("/healthz", headers={"Host": EVIL}).status_code == 400


def test_the_chat_page_has_a_csp_that_allows_the_firms_sites_to_frame_it(monkeypatch) -> None:
    client = _client({"PUBLIC_RASA_URL": "https://chat.smith-injury-law.example"}, monkeypatch)
    r = client.get("/")
    csp = dict(
        (part.strip().split(" ", 1) + [""])[:2]
        for part in r.headers["content-security-policy"].split(";")
    )
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'"  # no inline script, no third party
    assert csp["connect-src"] == "https://chat.smith-injury-law.example"
    ancestors = csp["frame-ancestors"].split()
    assert ancestors[0] == "'self'" and "https://www.smith-injury-law.example" in ancestors
    assert EVIL not in csp["frame-ancestors"]
    assert "<script>" not in r.text  # the CSP would block an inline script


def test_settings_keep_both_new_values() -> None:
    s = settings_from_env({**BASE, "ALLOWED_HOSTS": "A.example, b.example"})
    assert s.allowed_hosts == ("a.example", "b.example")
