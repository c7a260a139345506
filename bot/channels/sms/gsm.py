"""Make replies GSM-7 friendly and cut them into short texts.

One curly quote or dash turns a whole SMS into UCS-2, which fits 70 characters
per segment instead of 160 and can triple the cost; many phones also show
such characters as boxes. So typographic characters are replaced and accents
outside GSM-7 are dropped (what Twilio's "smart encoding" does). Characters
with no GSM-7 equivalent (emoji, other scripts) are kept: losing someone's
words is worse than a dearer message.

Long replies are split at paragraph, sentence or word boundaries, never
mid-word unless a single word is longer than a part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")  # two septets each (escape + char)

_REPLACE = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u2022\u25cf\u25e6\u2023\u2219\u00b7\u25aa\u2043", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f\t", " "),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", ""),
    "\u2026": "...",
    "\u2122": "TM",
    "\u00a9": "(c)",
    "\u00ae": "(R)",
    "\r\n": "\n",
}
_REPLACE_RE = re.compile("|".join(re.escape(k) for k in sorted(_REPLACE, key=len, reverse=True)))
_SPACES = re.compile(r"[ ]{2,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")


def _fold(ch: str) -> str:
    if ch in GSM_BASIC or ch in GSM_EXTENDED:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if base and all(c in GSM_BASIC for c in base):
        return base
    return ch


def normalize(text: str) -> str:
    """GSM-7 friendly text; characters with no GSM-7 equivalent are kept."""
    text = _REPLACE_RE.sub(lambda m: _REPLACE[m.group(0)], unicodedata.normalize("NFC", text))
    text = "".join(_fold(ch) for ch in text)
    return _SPACES.sub(" ", text).strip()


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def septets(text: str) -> int:
    """Length as the handset counts it: extension characters take two."""
    return sum(2 if ch in GSM_EXTENDED else 1 for ch in text)


def _fit(text: str, limit: int) -> int:
    """The longest prefix length (in characters) that fits in `limit` septets."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ch in GSM_EXTENDED else 1
        if used > limit:
            return i
    return len(text)


def _cut(text: str, limit: int) -> int:
    end = _fit(text, limit)
    window = text[:end]
    if end < len(text) and text[end].isspace():
        return end  # the part ends exactly at a word boundary
    para = window.rfind("\n\n")
    if para >= limit // 2:
        return para
    sentences = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentences and sentences[-1] >= limit // 2:
        return sentences[-1]
    space = max(window.rfind(" "), window.rfind("\n"))
    if space >= limit // 3:
        return space
    return max(end, 1)


def split(text: str, limit: int = 320) -> list[str]:
    """Parts of at most `limit` septets, cut at the best boundary available."""
    if limit < 10:
        raise ValueError("limit too small to split sensibly")
    parts: list[str] = []
    text = text.strip()
    while septets(text) > limit:
        cut = _cut(text, limit)
        head, text = text[:cut].rstrip(), text[cut:].lstrip()
        if head:
            parts.append(head)
    if text:
        parts.append(text)
    return parts


def pack(messages: Iterable[str], limit: int = 320) -> list[str]:
    """Normalise, split long messages and join short neighbours: fewer, ordered texts."""
    out: list[str] = []
    for message in messages:
        for piece in split(normalize(message), limit):
            joined = f"{out[-1]}\n\n{piece}" if out else piece
            if out and septets(joined) <= limit:
                out[-1] = joined
            else:
                out.append(piece)
    return out
