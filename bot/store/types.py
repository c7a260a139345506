"""Column types that encrypt on the way in and decrypt on the way out."""

from __future__ import annotations

from typing import Any

from sqlalchemy.types import Text, TypeDecorator

from bot.store import crypto


class EncryptedText(TypeDecorator):
    """Text stored as a Fernet token; plaintext never reaches the database."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return crypto.encrypt(str(value))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return crypto.decrypt(value)
