"""The firm profile kept in the database, so an admin can edit it in the app.

The YAML file (FIRM_PROFILE, config/firm_profile.yml) seeds version 1 the first
time anything asks for the profile; from then on the newest row of
`firm_profile_versions` is in force and the file is no longer read. Every save
adds a version (none is changed in place), validated by the same
`profile_from_dict` that validates the YAML, so a bad edit can never reach the
intake.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.intake.case_types import CaseType
from bot.intake.profile import FirmProfile, profile_from_dict
from bot.store.models_attorney import FirmProfileVersion

SOURCE_SEED = "yaml-seed"
SOURCE_ADMIN = "admin"
SOURCE_CLI = "cli"


class ProfileConflict(RuntimeError):
    """Someone saved a newer version since this edit started."""


def _session(uow_or_session: Any) -> Session:
    return uow_or_session if isinstance(uow_or_session, Session) else uow_or_session.session


def profile_to_dict(profile: FirmProfile) -> dict[str, Any]:
    """The inverse of profile_from_dict, with every list spelled out.

    Attorneys get explicit states and case types (the YAML may omit them to mean
    "all"), so what the admin form shows is exactly what routing uses.
    """

    def types(values: frozenset[CaseType]) -> list[str]:
        return [c.value for c in CaseType if c in values]

    attorneys = []
    for a in profile.attorneys:
        entry: dict[str, Any] = {"id": a.id, "name": a.name, "email": a.email}
        if a.phone:
            entry["phone"] = a.phone
        entry.update(states=sorted(a.states), case_types=types(a.case_types), capacity=a.capacity)
        attorneys.append(entry)
    return {
        "firm_name": profile.firm_name,
        "phone": profile.phone,
        "states": sorted(profile.states),
        "case_types": types(profile.case_types),
        "min_severity": profile.min_severity.value,
        "accepts_existing_counsel": profile.accepts_existing_counsel,
        "referral_note": profile.referral_note,
        "qualification": profile.scoring.to_dict(),
        "attorneys": attorneys,
    }


def _latest(session: Session) -> FirmProfileVersion | None:
    return session.execute(
        select(FirmProfileVersion).order_by(FirmProfileVersion.version.desc()).limit(1)
    ).scalar_one_or_none()


def _seed_data() -> dict[str, Any]:
    path = get_settings().firm_profile_path
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    try:
        return profile_to_dict(profile_from_dict(raw))
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc


def current_version(uow_or_session: Any) -> FirmProfileVersion:
    """The profile row in force, seeding version 1 from the YAML file if there is none.

    Call it before writing anything else in the unit of work: the seed is added
    to the caller's transaction (the caller's commit keeps it), and if another
    process seeded at the same moment, the clash is resolved by rolling back and
    reading theirs, which would also discard earlier unflushed work.
    """
    session = _session(uow_or_session)
    row = _latest(session)
    if row is not None:
        return row
    had_work = bool(session.new or session.dirty or session.deleted)
    seed = FirmProfileVersion(version=1, data=_seed_data(), source=SOURCE_SEED, created_by="system")
    session.add(seed)
    try:
        session.flush()
    except IntegrityError:
        if had_work:
            raise
        session.rollback()
        row = _latest(session)
        if row is None:
            raise
        return row
    return seed


def current_profile(uow_or_session: Any) -> FirmProfile:
    """The firm profile in force (the intake's qualification and routing use it)."""
    return profile_from_dict(current_version(uow_or_session).data)


def save_profile(
    uow_or_session: Any,
    data: Mapping[str, Any],
    *,
    based_on: int,
    actor: str,
    source: str = SOURCE_ADMIN,
) -> tuple[FirmProfile, int]:
    """Validate and store a new version; returns it and its number (not committed).

    Raises ValueError (the validator's message) for a bad profile and
    ProfileConflict when `based_on` is no longer the newest version.
    """
    session = _session(uow_or_session)
    profile = profile_from_dict(dict(data))
    newest = session.execute(select(func.max(FirmProfileVersion.version))).scalar_one_or_none()
    if newest is not None and newest != based_on:
        raise ProfileConflict(
            f"The profile was changed by someone else (now version {newest}); "
            "reload the page and make your change again."
        )
    version = (newest or 0) + 1
    session.add(
        FirmProfileVersion(
            version=version,
            data=profile_to_dict(profile),
            source=source,
            created_by=actor[:64],
        )
    )
    try:
        session.flush()
    except IntegrityError as exc:
        raise ProfileConflict(
            "Someone saved the profile at the same moment; reload the page and try again."
        ) from exc
    return profile, version


def history(uow_or_session: Any, limit: int = 20) -> list[FirmProfileVersion]:
    session = _session(uow_or_session)
    return list(
        session.execute(
            select(FirmProfileVersion).order_by(FirmProfileVersion.version.desc()).limit(limit)
        ).scalars()
    )
