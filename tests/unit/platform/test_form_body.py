"""bot/channels/form_body.py: a bad webhook body is refused before Sanic logs a traceback."""

from __future__ import annotations

import logging

import pytest
from sanic.compat import Header
from sanic.request import Request

from bot.channels.form_body import is_utf8_form

FORM = "application/x-www-form-urlencoded"


def _request(body: bytes, content_type: str = FORM) -> Request:
    headers = Header({"content-type": content_type} if content_type else {})
    request = Request(b"/webhooks/twilio/webhook", headers, "1.1", "POST", None, None)
    request.body = body
    return request


def test_sanic_logs_a_traceback_for_a_non_utf8_form(caplog: pytest.LogCaptureFixture) -> None:
    """Why the check exists: every such post is an ERROR with a traceback in our log."""
    with caplog.at_level(logging.ERROR):
        assert _request(b"Body=\xff\xfe").form == {}
    assert "Failed when parsing form" in caplog.text and caplog.records[0].exc_info


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"From=%2B12015550100&Body=hi+%F0%9F%98%80", FORM),
        (b"Body=caf\xc3\xa9", f"{FORM}; charset=utf-8"),
        (b"", FORM),
    ],
)
def test_twilio_shaped_posts_pass(body: bytes, content_type: str) -> None:
    assert is_utf8_form(_request(body, content_type))


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"Body=\xff\xfe", FORM),
        (b"Body=caf\xe9", f"{FORM}; charset=latin-1"),
        (b"--x\r\nContent-Disposition: form-data\r\n", "multipart/form-data; boundary=x"),
        (b'{"Body": "hi"}', "application/json"),
        (b"Body=hi", ""),
    ],
)
def test_anything_else_is_refused_without_parsing(
    body: bytes, content_type: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert not is_utf8_form(_request(body, content_type))
    assert caplog.records == []
