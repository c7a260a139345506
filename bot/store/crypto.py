"""Authenticated encryption for PII columns, and a blind index for look-ups.

Fernet (AES-128-CBC + HMAC-SHA256) from `cryptography`; MultiFernet so a new
key can be put first while old rows still decrypt (see `intake-admin
rotate-keys`). The blind index is an HMAC of a normalised value: it lets us find
a lead by phone number without storing the number in clear.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.config import ConfigError, get_settings


class DecryptionError(RuntimeError):
    """A stored value cannot be decrypted with any configured key."""


@lru_cache(maxsize=8)
def _cipher_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ConfigError("DATA_ENCRYPTION_KEYS is not set; run `make env`.")
    try:
        return MultiFernet([Fernet(k.encode()) for k in keys])
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            "DATA_ENCRYPTION_KEYS must be comma-separated Fernet keys "
            "(python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key())')"
        ) from exc


def cipher(keys: tuple[str, ...] | None = None) -> MultiFernet:
    return _cipher_for(keys if keys is not None else get_settings().data_encryption_keys)


def encrypt(plaintext: str, keys: tuple[str, ...] | None = None) -> str:
    return cipher(keys).encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(token: str, keys: tuple[str, ...] | None = None) -> str:
    try:
        return cipher(keys).decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise DecryptionError("stored value does not decrypt with any configured key") from exc


def rotate(token: str, keys: tuple[str, ...] | None = None) -> str:
    """Re-encrypt under the primary (first) key."""
    return cipher(keys).rotate(token.encode("ascii")).decode("ascii")


def blind_index(value: str, key: str | None = None) -> str:
    secret = key if key is not None else get_settings().blind_index_key
    if not secret:
        raise ConfigError("BLIND_INDEX_KEY is not set; run `make env`.")
    return hmac.new(secret.encode(), value.encode("utf-8"), hashlib.sha256).hexdigest()
