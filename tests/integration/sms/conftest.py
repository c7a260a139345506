"""Fixtures for the SMS channel's integration tests (the harness is in support/sms_harness.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.fake_twilio import FakeTwilio
from support.sms_harness import ACCOUNT, OUR_NUMBER, PUBLIC, TOKEN, Harness

from bot.channels.sms.settings import SmsSettings


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TOKEN) as f:
        yield f


@pytest.fixture(scope="module")
def sms(fake: FakeTwilio) -> Iterator[Harness]:
    settings = SmsSettings(
        account_sid=ACCOUNT,
        auth_token=TOKEN,
        public_url=PUBLIC,
        from_number=OUR_NUMBER,
        api_base_url=fake.url,
        send_timeout=2.0,
        rate_burst=8,
        rate_per_minute=1.0,
    )
    harness = Harness(settings, fake).start()
    yield harness
    harness.stop()
