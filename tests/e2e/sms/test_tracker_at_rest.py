"""Nothing a visitor told us is readable in Rasa's tracker store (issue 15), by web or SMS.

A whole web intake and a whole SMS intake run through the real stack; the raw
tracker files (SQLite: the database, its -wal and -shm) and a pg_dump of the
PostgreSQL `events` table are searched for the name, phone number, e-mail and
story, once before the summary is confirmed (encryption) and once after the
lead is stored (encryption and redaction).
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from e2e.conftest import Chat, start_stack
from sqlalchemy import create_engine, text
from support.fake_twilio import FakeTwilio
from support.sms_stack import ACCOUNT, BURST, OUR_NUMBER, PUBLIC, TOKEN, SmsStack
from support.tracker_time import tracker_db
from support.twilio_webhooks import TwilioWebhooks, new_number

pytestmark = pytest.mark.e2e

STORY = "The urgent care gave me antacids and the next morning I had a heart attack"
PROVIDER = "Dr. Okonkwo at Bayview Memorial Hospital"
INJURY = "lasting heart muscle damage"
WEB_NAME, WEB_EMAIL = "Priya Castellano", "priya.castellano@example.net"
SMS_NAME, SMS_PHONE = "Tobias Rennweg", "(201) 555-0188"
ALWAYS_SECRET = ("antacids", "Okonkwo", "Bayview", "heart muscle")


WEB_ANSWERS = [
    ("is all of this correct", "yes"),
    ("what happened", STORY),
    ("were you the patient", "me"),
    ("government-run", "no"),
    ("how old", "58"),
    ("lawyer", "no"),
    ("provider", PROVIDER),
    ("injury", INJURY),
    ("harm", INJURY),
    ("when did this happen", "about two years ago"),
    ("first learn", "the next morning"),
    ("realise", "the next morning"),
    ("realize", "the next morning"),
    ("state", "new jersey"),
    ("full name", WEB_NAME),
    ("all right for someone", f"yes, {WEB_EMAIL}"),
    ("phone number or email", WEB_EMAIL),
]


def _web_intake(stack, check: Callable[[tuple[str, ...]], None]) -> Chat:
    """Answer whatever the web form asks (its order may change) up to a stored lead."""
    chat = Chat(stack)
    secrets = (*ALWAYS_SECRET, WEB_NAME, "Castellano", WEB_EMAIL, "priya.castellano")
    checked = False
    for _ in range(25):
        last = chat.replies[-1].lower()
        if "is all of this correct" in last and not checked:
            assert WEB_NAME in chat.last()  # the answers did reach the tracker ...
            check(secrets)  # ... and none is readable there
            checked = True
        answer = next((a for cue, a in WEB_ANSWERS if cue in last), None)
        assert answer is not None, f"no scripted answer for {chat.replies[-1]!r}"
        if "securely sent" in " ".join(chat.say(answer)):
            break
    else:
        raise AssertionError(f"web intake did not finish: {chat.replies}")
    assert checked
    return chat


SMS_ANSWERS = [
    ("is all of this correct", "yes"),
    ("what happened", STORY),
    ("were you the patient", "me"),
    ("government-run", "no"),
    ("how old", "45"),
    ("lawyer", "no"),
    ("provider", PROVIDER),
    ("injury", INJURY),
    ("harm", INJURY),
    ("when did this happen", "about two years ago"),
    ("first learn", "the next morning"),
    ("realise", "the next morning"),
    ("realize", "the next morning"),
    ("state", "new jersey"),
    ("full name", SMS_NAME),
    ("all right for someone", "yes"),
    ("phone number or email", SMS_PHONE),
]


def _sms_intake(sms: SmsStack, check: Callable[[tuple[str, ...]], None]) -> str:
    number = new_number()
    sms.say(number, "Hello, I was hurt at a clinic")
    replies = sms.say(number, "YES")
    secrets = (*ALWAYS_SECRET, SMS_NAME, "Rennweg", "555-0188", "2015550188", number, number[1:])
    checked = False
    for _ in range(25):
        last = replies[-1].lower()
        if "is all of this correct" in last and not checked:
            check(secrets)
            checked = True
        answer = next((a for cue, a in SMS_ANSWERS if cue in last), None)
        assert answer is not None, f"no scripted answer for {replies[-1]!r}"
        replies = sms.say(number, answer)
        if any(done in " ".join(replies) for done in ("securely sent", "saved for our legal")):
            break
    else:
        raise AssertionError(f"SMS intake did not finish: {replies}")
    assert checked
    return number


def _assert_absent(raw: bytes, secrets: tuple[str, ...], where: str) -> None:
    haystack = raw.lower()
    for secret in secrets:
        assert secret.lower().encode() not in haystack, f"{secret!r} readable in {where}"


def _sqlite_bytes(db: Path) -> bytes:
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    assert db.exists()
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_sqlite_tracker_files_hold_no_visitor_text(sms_stack: SmsStack) -> None:
    db = tracker_db(sms_stack.stack)

    def check(secrets: tuple[str, ...]) -> None:
        _assert_absent(_sqlite_bytes(db), secrets, str(db))

    _web_intake(sms_stack.stack, check)
    check((*ALWAYS_SECRET, WEB_NAME, WEB_EMAIL))
    number = _sms_intake(sms_stack, check)
    check((*ALWAYS_SECRET, SMS_NAME, "555-0188", number))
    assert oct(db.stat().st_mode & 0o777) == oct(0o600)
    assert oct(db.parent.stat().st_mode & 0o777) == oct(0o700)


PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="module")
def pg_sms_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SmsStack, str]]:
    """The SMS stack with Rasa's tracker in a PostgreSQL schema of its own."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, future=True)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception:  # noqa: BLE001
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    tracker_url = f"{PG_ADMIN_URL}?options=-csearch_path%3D{schema}"
    try:
        with FakeTwilio(ACCOUNT, TOKEN) as fake:
            env = {
                "TWILIO_ACCOUNT_SID": ACCOUNT,
                "TWILIO_AUTH_TOKEN": TOKEN,
                "TWILIO_FROM_NUMBER": OUR_NUMBER,
                "TWILIO_PUBLIC_URL": PUBLIC,
                "TWILIO_API_BASE_URL": fake.url,
                "TWILIO_SEND_TIMEOUT": "3",
                "SMS_RATE_LIMIT_BURST": str(BURST),
                "SMS_RATE_LIMIT_PER_MINUTE": "6",
                "TRACKER_DATABASE_URL": tracker_url,
            }
            with start_stack(tmp_path_factory.mktemp("pg-stack"), extra_env=env) as stack:
                hooks = TwilioWebhooks(stack.rasa_url, PUBLIC, TOKEN, ACCOUNT, OUR_NUMBER)
                db = create_engine(stack.database_url, future=True)
                try:
                    yield SmsStack(stack, fake, hooks, db), schema
                finally:
                    hooks.close()
                    db.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _pg_dump(schema: str) -> bytes:
    url = httpx.URL(PG_ADMIN_URL.replace("postgresql+psycopg2", "postgresql"))
    out = subprocess.run(  # noqa: S603
        [
            "pg_dump",
            "-h",
            url.host,
            "-p",
            str(url.port or 5432),
            "-U",
            url.username or "postgres",
            "--data-only",
            "-t",
            f'"{schema}".events',
            url.path.lstrip("/"),
        ],
        check=True,
        capture_output=True,
    ).stdout
    assert b"COPY" in out and b"sms-" in out, out[:500]  # the table and its rows are there
    return out


def test_postgres_tracker_dump_holds_no_visitor_text(pg_sms_stack: tuple[SmsStack, str]) -> None:
    sms, schema = pg_sms_stack

    def check(secrets: tuple[str, ...]) -> None:
        _assert_absent(_pg_dump(schema), secrets, f"pg_dump of {schema}.events")

    number = _sms_intake(sms, check)
    _web_intake(sms.stack, check)
    check((*ALWAYS_SECRET, SMS_NAME, number, WEB_NAME, WEB_EMAIL))
