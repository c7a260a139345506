"""Issue 15: strangers cannot lock an attorney out; weak passwords and the account page's
current-password check are refused like a sign-in would be."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from bot.services.attorney_accounts import AccountError, check_password_rules
from bot.services.attorney_login import ThrottlePolicy, authenticate, check_current_password
from bot.web.attorney.config import AttorneyWebConfig
from tests.integration.attorney.conftest import PASSWORD, Seed

NOW = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)


def _user(factory) -> str:
    """An admin with no attorney id, on the given factory (SQLite or PostgreSQL)."""
    return Seed(factory).user(role="admin", attorney_id=None, name="Lockout Test")


# No step-up delay in the HTTP tests (a test must not wait on a clock); the step-up
# itself is checked at the service level below.
NO_WAIT = ThrottlePolicy(step_up_seconds=0.0)


def test_failures_from_many_addresses_do_not_lock_the_attorney_out(
    app_for, browser_for, seed
) -> None:
    app = app_for(replace(AttorneyWebConfig(), throttle=NO_WAIT))
    email = seed.user()
    for n in range(8):  # eight strangers, two wrong guesses each
        stranger = browser_for(ip=f"192.0.2.{n + 10}", app=app)
        for _ in range(2):
            assert stranger.login(email, "not the password at all").status_code == 401
    assert browser_for(ip="198.51.100.77", app=app).login(email).status_code == 303


def test_one_address_is_still_refused_after_its_own_failures(app_for, browser_for, seed) -> None:
    app = app_for(replace(AttorneyWebConfig(), throttle=NO_WAIT))
    email = seed.user()
    guesser = browser_for(ip="192.0.2.200", app=app)
    for _ in range(5):
        assert guesser.login(email, "still guessing here").status_code == 401
    refused = guesser.login(email)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0


def test_an_account_under_attack_answers_slower_but_still_lets_the_right_password_in(
    att_uow,
) -> None:
    now = NOW
    policy = ThrottlePolicy()
    email = _user(att_uow)
    with att_uow() as uow:
        first = authenticate(uow, email, "wrong guess one!", ip="192.0.2.1", now=now)
        assert first.delay == 0.0
        for n in range(policy.step_up_after):
            authenticate(uow, email, "wrong guess again", ip=f"192.0.2.{n + 2}", now=now)
        uow.commit()
        owner = authenticate(uow, email, PASSWORD, ip="198.51.100.5", now=now)
        assert owner.user is not None and not owner.throttled
        assert 0 < owner.delay <= policy.step_up_max_seconds
        # After a success the count starts again: no step-up for the next sign-in.
        uow.commit()
        later = authenticate(
            uow, email, PASSWORD, ip="198.51.100.5", now=now + timedelta(seconds=1)
        )
        assert later.user is not None and later.delay == 0.0


@pytest.mark.parametrize(
    "weak",
    [
        "zzzzzzzzzzzzzzzz",  # one key held down
        "password123456",  # a common password with digits
        "asdfghjkl;'123",  # a keyboard walk
        "abcdefghijklmno",  # a sequence
        "12345678901234",
    ],
)
def test_weak_passwords_of_legal_length_are_refused(weak: str) -> None:
    with pytest.raises(AccountError, match="harder password"):
        check_password_rules(weak)


def test_a_password_made_of_the_users_own_email_is_refused() -> None:
    with pytest.raises(AccountError):
        check_password_rules("rosalind.featherstone", ("rosalind.featherstone@example.com",))
    check_password_rules("rosalind.featherstone", ())  # unknown to zxcvbn otherwise


def test_the_account_page_refuses_a_weak_new_password(browser_for, seed) -> None:
    email = seed.user()
    b = browser_for()
    assert b.login(email).status_code == 303
    r = b.post(
        "/attorney/account",
        {"current": PASSWORD, "new": "qqqqqqqqqqqqqq", "again": "qqqqqqqqqqqqqq"},
    )
    assert r.status_code == 400 and "harder password" in r.text
    assert browser_for().login(email, "qqqqqqqqqqqqqq").status_code == 401


def test_current_password_guesses_on_the_account_page_are_throttled(
    app_for, browser_for, seed
) -> None:
    app = app_for(replace(AttorneyWebConfig(), throttle=NO_WAIT))
    email = seed.user()
    borrowed = browser_for(ip="203.0.113.50", app=app)
    assert borrowed.login(email).status_code == 303
    for _ in range(5):
        r = borrowed.post(
            "/attorney/account",
            {
                "current": "a guess at it!!",
                "new": "fresh orchid lantern",
                "again": "fresh orchid lantern",
            },
        )
        assert r.status_code == 400
    refused = borrowed.post(
        "/attorney/account",
        {"current": PASSWORD, "new": "fresh orchid lantern", "again": "fresh orchid lantern"},
    )
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    # The same count as sign-in: this address may not sign in to the account either.
    assert browser_for(ip="203.0.113.50", app=app).login(email).status_code == 429
    assert browser_for(ip="203.0.113.51", app=app).login(email).status_code == 303


def test_check_current_password_counts_a_failure(att_uow) -> None:
    now = NOW
    email = _user(att_uow)
    with att_uow() as uow:
        user = uow.users.by_email(email)
        assert check_current_password(uow, user, "nope nope nope", ip="x", now=now).user is None
        assert check_current_password(uow, user, PASSWORD, ip="x", now=now).user is user
