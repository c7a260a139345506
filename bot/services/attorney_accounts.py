"""Staff accounts and their sessions: create, disable, sign in, sign out.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's
low-memory profile) and rehashed on sign-in when those defaults change. A
session is a random 256-bit token in the browser; the database keeps only its
SHA-256, so sessions die with logout, expiry or a disabled account, and a
leaked database row cannot be turned back into a cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.intake.lead_queue import ROLE_ADMIN, ROLE_ATTORNEY, ROLES, Viewer, as_utc
from bot.intake.profile import FirmProfile

# A staff account and its sign-in session: the types this service hands out (the web
# layer names them from here, not from the store).
from bot.store.models_attorney import StaffSession, StaffUser
from bot.store.unit_of_work import UnitOfWork

MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # argon2 copes, but an unbounded body is a denial-of-service lever
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so a miss costs the same time as
# a wrong password and response times do not reveal which accounts exist.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """Bad input for an account change; the message is shown as is."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


# zxcvbn's score (0-4): 3 is "safely unguessable: moderate protection from an
# offline slow-hash scenario" (10^10 guesses). Length alone let "aaaaaaaaaaaa" in.
MIN_PASSWORD_SCORE = 3


def check_password_rules(password: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuse short, overlong, and common or trivially guessable passwords.

    zxcvbn (Dropbox's estimator) knows common passwords, names, English words,
    keyboard walks, repeats, sequences and dates; `user_inputs` (the e-mail,
    the name) count as known words too.
    """
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Use a password of at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"Use a password of at most {MAX_PASSWORD} characters.")
    from zxcvbn import zxcvbn  # local: its dictionaries load on first use

    words: list[str] = []
    for value in filter(None, user_inputs):  # the whole value, its local part, its words
        words += [value, value.split("@", 1)[0], *re.split(r"[@.\s_-]+", value)]
    # zxcvbn's run time grows with length; the first 100 characters decide anyway.
    verdict = zxcvbn(password[:100], user_inputs=words)
    if verdict["score"] < MIN_PASSWORD_SCORE:
        hint = verdict["feedback"].get("warning") or "It is too easy to guess."
        raise AccountError(
            f"Choose a harder password: {hint.rstrip('.')}. A few unrelated words "
            "make a strong one."
        )


def hash_password(password: str, user_inputs: Sequence[str] = ()) -> str:
    check_password_rules(password, user_inputs)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Constant-ish time whether or not there is a stored hash."""
    if len(password) > MAX_PASSWORD:
        return False
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def rehash(password: str) -> str:
    """Hash with today's parameters without re-checking length rules: the password
    was accepted when it was set."""
    return _hasher.hash(password)


def needs_rehash(stored_hash: str) -> bool:
    """True when argon2-cffi's parameters grew since this hash was made."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def token_hash(token: str) -> str:
    """A plain SHA-256 is enough: the token is 256 random bits, not a password."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_token_for(session_token: str) -> str:
    """The session's CSRF token: derived from the secret cookie, so nothing extra is
    stored and a page from another site cannot compute it."""
    return hmac.new(session_token.encode("utf-8"), b"attorney-csrf", hashlib.sha256).hexdigest()


# --- accounts ----------------------------------------------------------------


def create_user(
    uow: UnitOfWork,
    *,
    email: str,
    name: str,
    role: str,
    password: str,
    attorney_id: str | None,
    profile: FirmProfile,
    actor: str,
) -> StaffUser:
    """Add an account (not committed). Attorneys must be linked to a profile attorney,
    since that link decides which leads they see."""
    email = normalise_email(email)
    name = (name or "").strip()
    attorney_id = (attorney_id or "").strip() or None
    if not _EMAIL.match(email) or len(email) > 254:
        raise AccountError("Give a valid e-mail address.")
    if not name or len(name) > 200:
        raise AccountError("Give a name (at most 200 characters).")
    if role not in ROLES:
        raise AccountError(f"Role must be one of: {', '.join(ROLES)}.")
    if role == ROLE_ATTORNEY and not attorney_id:
        raise AccountError(
            "An attorney account needs --attorney-id: the id of an attorney in the firm profile."
        )
    if attorney_id and profile.attorney(attorney_id) is None:
        known = ", ".join(a.id for a in profile.attorneys) or "none"
        raise AccountError(f"No attorney {attorney_id!r} in the firm profile (known: {known}).")
    if uow.users.by_email(email) is not None:
        raise AccountError(f"An account for {email} already exists.")
    user = StaffUser(
        email=email,
        name=name,
        role=role,
        attorney_id=attorney_id,
        password_hash=hash_password(password, (email, name)),
        active=True,
    )
    uow.users.add(user)
    uow.session.flush()
    uow.audit.append(
        actor, "user.created", None, {"user_id": user.id, "role": role, "attorney_id": attorney_id}
    )
    return user


def set_active(uow: UnitOfWork, user: StaffUser, active: bool, *, actor: str, now: datetime) -> int:
    """Enable or disable; disabling ends every session of the account at once.

    Returns how many sessions were revoked (not committed).
    """
    user.active = active
    revoked = 0 if active else uow.sessions.revoke_all(user.id, now)
    uow.audit.append(
        actor,
        "user.enabled" if active else "user.disabled",
        None,
        {"user_id": user.id, "sessions_revoked": revoked},
    )
    return revoked


def set_password(
    uow: UnitOfWork,
    user: StaffUser,
    new_password: str,
    *,
    actor: str,
    now: datetime,
    keep_session_id: int | None = None,
) -> None:
    """A new password ends the account's other sessions (not committed)."""
    user.password_hash = hash_password(new_password, (user.email, user.name))
    uow.sessions.revoke_all(user.id, now, except_id=keep_session_id)
    uow.audit.append(actor, "user.password_changed", None, {"user_id": user.id})


def list_users(uow: UnitOfWork) -> Sequence[StaffUser]:
    return uow.users.all()


def viewer_for(user: StaffUser, profile: FirmProfile) -> Viewer:
    attorney = profile.attorney(user.attorney_id) if user.attorney_id else None
    return Viewer(
        user_id=user.id,
        name=user.name,
        role=user.role if user.role in ROLES else ROLE_ATTORNEY,
        attorney_id=user.attorney_id,
        states=attorney.states if attorney else frozenset(),
    )


# --- sessions ----------------------------------------------------------------


@dataclass(frozen=True)
class SessionPolicy:
    max_age: timedelta = timedelta(hours=12)
    idle: timedelta = timedelta(hours=4)
    touch_every: timedelta = timedelta(minutes=1)


def start_session(
    uow: UnitOfWork,
    user: StaffUser,
    *,
    now: datetime,
    policy: SessionPolicy,
    ip: str | None,
    user_agent: str | None,
) -> str:
    """A new session for a fresh sign-in (never reusing one: no session fixation).

    Returns the raw token for the cookie; not committed.
    """
    token = secrets.token_urlsafe(32)
    uow.sessions.prune(now - timedelta(days=30))
    uow.sessions.add(
        StaffSession(
            token_hash=token_hash(token),
            user_id=user.id,
            created_at=now,
            last_seen_at=now,
            expires_at=now + policy.max_age,
            ip=(ip or "")[:64] or None,
            user_agent=(user_agent or "")[:200] or None,
        )
    )
    return token


def resolve_session(
    uow: UnitOfWork, token: str | None, *, now: datetime, policy: SessionPolicy
) -> tuple[StaffSession, StaffUser] | None:
    """The live session and its active user for a cookie token, or None.

    Touches last_seen_at at most once a minute (not committed), so reading pages
    does not write on every request.
    """
    if not token or len(token) > 200:
        return None
    record = uow.sessions.by_token_hash(token_hash(token))
    if record is None or record.revoked_at is not None:
        return None
    if as_utc(record.expires_at) <= now or as_utc(record.last_seen_at) + policy.idle <= now:
        return None
    user = uow.users.get(record.user_id)
    if user is None or not user.active:
        return None
    if now - as_utc(record.last_seen_at) >= policy.touch_every:
        record.last_seen_at = now
    return record, user


def end_session(uow: UnitOfWork, token: str | None, *, now: datetime) -> StaffSession | None:
    """Revoke the session behind a cookie token (not committed)."""
    if not token:
        return None
    record = uow.sessions.by_token_hash(token_hash(token))
    if record is not None and record.revoked_at is None:
        record.revoked_at = now
    return record


__all__ = [
    "ROLE_ADMIN",
    "ROLE_ATTORNEY",
    "AccountError",
    "SessionPolicy",
    "create_user",
    "csrf_token_for",
    "end_session",
    "hash_password",
    "resolve_session",
    "set_active",
    "set_password",
    "start_session",
    "verify_password",
    "viewer_for",
]
