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
_CONTROL = dict.fromkeys(
    c for c in range(32) if chr(c) not in "\n\t"
)


def clean_text(text: str) -> str:
    """Strip control characters and any leading slashes; NFC-normalise."""
    text = unicodedata.normalize("NFC", text).translate(_CONTROL)
    text = _LEADING.sub("", text)
    return text.strip()
