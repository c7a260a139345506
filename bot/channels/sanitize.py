"""Make visitor text safe to hand to Rasa.

Rasa treats a message starting with "/" as a pre-parsed intent that can set
entities and slots ("/inform{"incident_state": "CA"}"), bypassing NLU and our
validation. Visitors never need that, so leading slashes are removed.
"""

from __future__ import annotations

import re
import unicodedata

MAX_MESSAGE_CHARS = 2000
_LEADING = re.compile(r"^[\s/\\\u2044\u2215\uff0f]+")
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t")
# A lone UTF-16 surrogate ("\udfff", which JSON's \u escapes can carry) is not text:
# it cannot be encoded as UTF-8, so encrypting or storing the answer would fail, and
# the lead could then never be submitted. It becomes U+FFFD, as a decoder would do.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace lone surrogates, strip control characters and leading slashes; NFC-normalise."""
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text).translate(_CONTROL)
    text = _LEADING.sub("", text)
    return text.strip()
