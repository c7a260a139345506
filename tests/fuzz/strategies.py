"""Hypothesis strategies for what a hostile or broken client can send.

Injections carry a sentinel value no parser could produce from text, so a slot
holding exactly that value can only have come from Rasa reading the message
as a pre-parsed `/intent{...}`, which the channels must prevent.
"""

from __future__ import annotations

import json
import secrets

from hypothesis import strategies as st

# Slots an attacker would like to set: skip the form, fake consent, fake a lead.
TARGET_SLOTS = (
    "incident_state",
    "incident_date",
    "summary_confirmed",
    "contact_consent",
    "lead_id",
    "full_name",
    "phone",
    "email",
    "provider",
    "injury",
    "patient_is_self",
    "has_lawyer",
    "review_flags",
    "out_of_scope",
    "callback_requested",
    "requested_slot",
)
INTENTS = ("inform", "affirm", "start_intake", "request_human", "deny", "EXTERNAL_x", "x")
# Ways to hide a leading slash from a naive check (whitespace, BOM, zero-width, look-alikes).
PREFIXES = (
    "",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\u2060",
    "//",
    "\\",
    "\uff0f",
    "\u2215",
    "\u2044",
    "\x00",
    "\x1f",
    " /",
    "\u202e",
)


def sentinel() -> str:
    return "zq" + secrets.token_hex(6)


@st.composite
def injections(draw: st.DrawFn) -> tuple[str, str]:
    """(message, sentinel): `/intent{"slot": sentinel, ...}` behind some prefix."""
    mark = sentinel()
    keys = draw(st.lists(st.sampled_from(TARGET_SLOTS), min_size=1, max_size=4, unique=True))
    entities = {k: mark for k in keys}
    intent = draw(st.sampled_from(INTENTS))
    body = draw(
        st.sampled_from(
            (
                json.dumps(entities),
                json.dumps(entities).replace(" ", ""),
                "[" + json.dumps(entities) + "]",
                json.dumps(entities) + "@0.99",
            )
        )
    )
    prefix = draw(st.sampled_from(PREFIXES))
    tail = draw(st.sampled_from(("", " ", " please", "\n/inform{}")))
    return f"{prefix}/{intent}{body}{tail}", mark


any_text = st.text(max_size=400)
near_limit = st.integers(min_value=1950, max_value=2000).map(lambda n: ("word " * 400)[:n])
huge = st.sampled_from(("x" * 10_000, "é" * 10_000, "\U0001f600" * 10_000, "a " * 5_000))
odd_text = st.one_of(
    st.text(alphabet=st.characters(categories=("Zs", "Cc", "Cf", "Mn", "So")), max_size=60),
    st.sampled_from(("", " ", "\u200b", "\ufeff", "/", "//", "/ ", "\\/", "{}", "null")),
)

# JSON bodies that parse but are the wrong shape, and bodies that do not parse at all.
wrong_shapes = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.fixed_dictionaries(
        {
            "text": st.one_of(
                st.none(), st.integers(), st.lists(st.text()), st.dictionaries(st.text(), st.text())
            )
        }
    ),
    st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
).map(lambda v: json.dumps(v).encode())
raw_bodies = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(
        (
            b"",
            b"{",
            b'{"text": "unterminated',
            b'{"text": "\\ud800"}',
            b'{"text": "\\udfff x"}',
            b'{"text": NaN}',
            b'{"text": 1e999}',
            b'{"text": "a", "text": "/inform{}"}',
            b"[" * 20_000 + b"]" * 20_000,
            b'{"text": ' * 5_000,
            b"\xff\xfe\x00",
            json.dumps({"text": "ok", "metadata": {"x": "y" * 1000}}).encode(),
        )
    ),
)
form_bodies = st.dictionaries(st.text(max_size=20), st.text(max_size=200), max_size=5)
content_types = st.sampled_from(
    (
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "application/json; charset=latin-1",
        "",
        "*/*",
    )
)

# What a client can put in an HTTP header: visible ASCII (h11 refuses the rest before
# anything is sent), including forged itsdangerous-looking "payload.signature" tokens.
header_values = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=300),
    st.builds(
        lambda a, b: f"{a}.{b}",
        st.text(
            alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_",
            min_size=1,
            max_size=60,
        ),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.", max_size=60),
    ),
)
