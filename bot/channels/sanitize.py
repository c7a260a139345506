"""Make visitor text safe to hand to Rasa.

Rasa treats a message starting with "/" as a pre-parsed intent that can set
entities and slots ("/inform{"incident_state": "CA"}"), bypassing NLU and our
validation. Visitors never need that, so leading slashes are removed.

Bidirectional embedding, override and isolate controls (U+202A-U+202E,
U+2066-U+2069) are removed: stored in a lead, they would let a visitor reorder
how their text, and what follows it, appears on the attorney pages ("Trojan
Source" style spoofing). Arabic or Hebrew text needs none of them to display.
"""

from __future__ import annotations

import re
import unicodedata

MAX_MESSAGE_CHARS = 2000
_LEADING = re.compile(r"^[\s/\\\u2044\u2215\uff0f]+")
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t")
BIDI_CONTROLS = frozenset((*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_CONTROL.update(dict.fromkeys(BIDI_CONTROLS))
# A lone UTF-16 surrogate ("\udfff", which JSON's \u escapes can carry) is not text:
# it cannot be encoded as UTF-8, so encrypting or storing the answer would fail, and
# the lead could then never be submitted. It becomes U+FFFD, as a decoder would do.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace lone surrogates, strip control and bidi characters and leading slashes; NFC."""
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text).translate(_CONTROL)
    text = _LEADING.sub("", text)
    return text.strip()
