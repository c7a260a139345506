"""The real stack (Rasa, action server, web app) with the SMS channel on, and a fake Twilio.

TWILIO_PUBLIC_URL is deliberately not the address the server listens on, as
behind a TLS proxy: webhooks are signed for the public URL and posted to the
local one. Replies go to the fake Twilio through TWILIO_API_BASE_URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.conftest import start_stack
from sqlalchemy import create_engine
from support.fake_twilio import FakeTwilio
from support.sms_stack import ACCOUNT, BURST, OUR_NUMBER, PUBLIC, TOKEN, SmsStack
from support.twilio_webhooks import TwilioWebhooks


@pytest.fixture(scope="session")
def sms_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmsStack]:
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
        }
        work: Path = tmp_path_factory.mktemp("sms-stack")
        with start_stack(work, extra_env=env) as stack:
            hooks = TwilioWebhooks(stack.rasa_url, PUBLIC, TOKEN, ACCOUNT, OUR_NUMBER)
            db = create_engine(stack.database_url, future=True)
            try:
                yield SmsStack(stack, fake, hooks, db)
            finally:
                hooks.close()
                db.dispose()
