"""Signing in, with throttling per account and per IP address.

Attempts are kept in the database, not in memory: the web app may run as
several worker processes or instances, and a restart must not reset an
attacker's count; the database is the one store every process already shares
(Redis is optional in this project). Failures are counted in a sliding window,
so a lock lifts by itself and an attacker cannot lock an attorney out for good
(at worst for one window). Throttled tries are refused before the password is
checked and are not counted, so hammering does not extend the lock.
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
from bot.services.attorney_store import AttorneyUnitOfWork
from bot.store import crypto
from bot.store.models_attorney import StaffUser


@dataclass(frozen=True)
class ThrottlePolicy:
    window: timedelta = timedelta(minutes=15)
    max_account_failures: int = 5
    # Higher: one office behind one NAT address shares it.
    max_ip_failures: int = 20
    keep_attempts: timedelta = timedelta(days=1)


@dataclass(frozen=True)
class LoginResult:
    user: StaffUser | None
    retry_after: int | None = None  # seconds, when throttled

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
    uow: AttorneyUnitOfWork,
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
    since = now - policy.window
    waits = [
        retry_after(
            _utc_like(uow.attempts.failures_for_account(key, since), now),
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
        return LoginResult(user=None, retry_after=max(blocked))

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
        return LoginResult(user=None)
    assert user is not None
    if needs_rehash(user.password_hash):
        user.password_hash = rehash(password)
    uow.audit.append(f"user:{user.id}", "auth.login", None, {"ip": ip})
    return LoginResult(user=user)


def _utc_like(values: list[datetime], now: datetime) -> list[datetime]:
    return [v.replace(tzinfo=now.tzinfo) if v.tzinfo is None else v for v in values]
