"""Check a form post before touching `request.form`, which logs a traceback on a bad body.

Sanic 21.12 parses `request.form` on first access; when the body is not
UTF-8 it logs "Failed when parsing form" with a full traceback at ERROR and
returns an empty form. Anyone can post such a body to a public webhook, so a
flood of them floods the log and hides real errors. Twilio always posts
UTF-8 `application/x-www-form-urlencoded`; anything else is not Twilio and
can be refused before the form (and so its signature) is read.
"""

from __future__ import annotations

from sanic.request import Request

FORM_TYPE = "application/x-www-form-urlencoded"


def is_utf8_form(request: Request) -> bool:
    """True for a URL-encoded form body Sanic can parse quietly (an empty body included)."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";", 1)[0].strip().lower() != FORM_TYPE:
        return False
    try:
        (request.body or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
