"""Signing in, with throttling per account and address, per address, and a step-up per account.

Attempts are kept in the database, not in memory: the web app may run as
several worker processes or instances, and a restart must not reset an
attacker's count; the database is the one store every process already shares
(Redis is optional in this project). Failures are counted in a sliding window.

Refused outright (429, Retry-After), before the password is checked:
  * one address with `max_account_failures` failures on one account: that
    address, for that account;
  * one address with `max_ip_failures` failures on any accounts.
An account's failures from everywhere never refuse anyone (issue 15: five
wrong passwords from five addresses used to lock the attorney out, and
repeating that kept them out). Past `step_up_after` of them, every attempt on
the account is answered only after a delay (`step_up`), which grows with the
failures: guessing from many addresses gets slow, the attorney at their own
address still gets in. The same counts guard the current-password check on
the account page (check_current_password). Throttled tries are not counted,
so hammering does not extend a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.services.attorney_accounts import (
    needs_rehash,
    normalise_email,
    rehash,
    verify_password,
)
from bot.store import crypto
from bot.store.models_attorney import StaffUser
from bot.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ThrottlePolicy:
    window: timedelta = timedelta(minutes=15)
    max_account_failures: int = 5  # per account *and* address
    # Higher: one office behind one NAT address shares it.
    max_ip_failures: int = 20
    step_up_after: int = 5  # failures on the account from any address
    step_up_seconds: float = 2.0  # added per failure past step_up_after ...
    step_up_max_seconds: float = 10.0  # ... up to this
    keep_attempts: timedelta = timedelta(days=1)

    def step_up(self, account_failures: int) -> float:
        """Seconds to wait before answering, given the account's failures in the window."""
        over = account_failures - self.step_up_after + 1
        return 0.0 if over <= 0 else min(self.step_up_max_seconds, over * self.step_up_seconds)


@dataclass(frozen=True)
class LoginResult:
    user: StaffUser | None
    retry_after: int | None = None  # seconds, when throttled
    delay: float = 0.0  # seconds the caller waits before answering (the step-up)

    @property
    def throttled(self) -> bool:
        return self.retry_after is not None


def account_key(email: str) -> str:
    return crypto.blind_index(f"staff-login:{normalise_email(email)}")


def retry_after(
    failures: list[datetime], limit: int, window: timedelta, now: datetime
) -> int | None:
    """Seconds until the window holds fewer than `limit` failures, or None if it does now.

    Pure, so the policy is tested without a clock or a database.
    """
    if len(failures) < limit:
        return None
    # The (len - limit + 1)-th oldest failure must leave the window.
    leaving = sorted(failures)[len(failures) - limit]
    return max(1, int((leaving + window - now).total_seconds()) + 1)


def authenticate(
    uow: UnitOfWork,
    email: str,
    password: str,
    *,
    ip: str,
    now: datetime,
    policy: ThrottlePolicy | None = None,
) -> LoginResult:
    """Check a sign-in and record the attempt (not committed).

    A throttled result carries retry_after; otherwise `user` is the signed-in
    user or None. Unknown e-mail, wrong password and disabled account all look
    the same to the caller's caller.
    """
    policy = policy or ThrottlePolicy()
    key = account_key(email)
    refused, delay = _throttle(uow, key, ip, now, policy)
    if refused is not None:
        return refused

    user = uow.users.by_email(normalise_email(email))
    ok = verify_password(user.password_hash if user else None, password)
    ok = ok and user is not None and bool(user.active)
    uow.attempts.add(key, ip, ok, now)
    uow.attempts.prune(now - policy.keep_attempts)
    if not ok:
        uow.audit.append(
            "anonymous",
            "auth.login_failed",
            None,
            {"reason": "no_account" if user is None else "bad_password_or_disabled", "ip": ip},
        )
        return LoginResult(user=None, delay=delay)
    assert user is not None
    if needs_rehash(user.password_hash):
        user.password_hash = rehash(password)
    uow.audit.append(f"user:{user.id}", "auth.login", None, {"ip": ip})
    return LoginResult(user=user, delay=delay)


def check_current_password(
    uow: UnitOfWork,
    user: StaffUser,
    password: str,
    *,
    ip: str,
    now: datetime,
    policy: ThrottlePolicy | None = None,
) -> LoginResult:
    """The account page's "current password", counted and refused like a sign-in.

    Without this, a borrowed session (an unlocked screen, a stolen cookie) could
    guess the password there at full speed. A failure counts against the same
    account and address as a failed sign-in, and a success resets the count.
    """
    policy = policy or ThrottlePolicy()
    key = account_key(user.email)
    refused, delay = _throttle(uow, key, ip, now, policy)
    if refused is not None:
        return refused
    ok = verify_password(user.password_hash, password)
    uow.attempts.add(key, ip, ok, now)
    if not ok:
        uow.audit.append(f"user:{user.id}", "auth.password_check_failed", None, {"ip": ip})
    return LoginResult(user=user if ok else None, delay=delay)


def _throttle(
    uow: UnitOfWork, key: str, ip: str, now: datetime, policy: ThrottlePolicy
) -> tuple[LoginResult | None, float]:
    """A refusal (429) if this address may not try now; else the step-up delay."""
    since = now - policy.window
    waits = [
        retry_after(
            _utc_like(uow.attempts.failures_for_account_at_ip(key, ip, since), now),
            policy.max_account_failures,
            policy.window,
            now,
        ),
        retry_after(
            _utc_like(uow.attempts.failures_for_ip(ip, since), now),
            policy.max_ip_failures,
            policy.window,
            now,
        ),
    ]
    blocked = [w for w in waits if w is not None]
    if blocked:
        return LoginResult(user=None, retry_after=max(blocked)), 0.0
    account_failures = len(uow.attempts.failures_for_account(key, since))
    return None, policy.step_up(account_failures)


def _utc_like(values: list[datetime], now: datetime) -> list[datetime]:
    return [v.replace(tzinfo=now.tzinfo) if v.tzinfo is None else v for v in values]
