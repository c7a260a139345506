"""Check X-Twilio-Signature against the URL Twilio was configured with.

Twilio signs the URL it called plus the sorted POST parameters (HMAC-SHA1 with
the auth token). Behind a TLS proxy the server sees http://127.0.0.1:5005/...,
not the https:// URL Twilio used, so the URL comes from TWILIO_PUBLIC_URL and
never from the request.
"""

from __future__ import annotations

from typing import Any

from twilio.request_validator import RequestValidator


class SignatureCheck:
    def __init__(self, auth_token: str, public_base: str) -> None:
        self._validator = RequestValidator(auth_token)
        self._base = public_base.rstrip("/")

    def url_for(self, path: str, query: str = "") -> str:
        url = self._base + path
        return f"{url}?{query}" if query else url

    def valid(self, path: str, query: str, params: Any, signature: str | None) -> bool:
        """True only for a present signature that matches; `params` may be multi-valued."""
        if not signature:
            return False
        return bool(self._validator.validate(self.url_for(path, query), params, signature))
