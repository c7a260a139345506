"""Use cases of the conflict check: check a provider, record the result with a
lead, and the admins' edits of the list (add, edit, delete, import CSV).

For the intake (the action server), at submit time, inside the lead's unit of work
and before the attorney's notification is queued:

    result = check_conflict(uow, provider_text)
    ...store the lead...
    record_check(uow, lead, result)   # status conflict_check on a match
    enqueue_for_lead(uow, lead, profile)

or, with the provider already on the lead, `check_and_record(uow, lead)`. Checked
mid-conversation (before there is a lead), the result travels as
`result.to_dict()` (a slot) and comes back with `ConflictResult.from_dict(...)`. A miss
never blocks anything: the lead keeps its status and the attorney reads "no
conflict found" with the list version used.

Every change to the list is a new list version with one change-log row per
entry (who, when, before and after) and an audit_log entry (ids only).
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError

from bot.intake import conflicts as matching
from bot.intake.lead_status import CONFLICT_CHECK
from bot.intake.profile import FirmProfile
from bot.store.models import Lead
from bot.store.models_conflicts import ConflictEntry, ConflictListChange, LeadConflictCheck
from bot.store.repositories_conflicts import ConflictRepository
from bot.store.unit_of_work import UnitOfWork

MAX_NAME = 300
MAX_NOTES = 2000
MAX_ALIASES = 50
MAX_IMPORT_ROWS = 5000
CSV_COLUMNS = ("name", "kind", "role", "aliases", "notes", "responsible_attorney_id")


class ConflictListError(ValueError):
    """An edit the list refuses; the message is shown to the admin as is."""


class ListChangedMeanwhile(ConflictListError):
    """Another admin changed the list at the same moment."""


@dataclass(frozen=True)
class ConflictResult:
    """The outcome of one check: a matched entry (as it is now) or none, and the
    list version it was checked against."""

    list_version: int
    provider_text: str
    matched: bool = False
    entry_id: int | None = None
    entry_name: str | None = None
    matched_name: str | None = None
    kind: str | None = None
    role: str | None = None
    score: int | None = None
    basis: str | None = None
    responsible_attorney_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain values, e.g. for a Rasa slot between the check and the submit."""
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConflictResult:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    @property
    def summary(self) -> str:
        if not self.matched:
            return f"No conflict found (list version {self.list_version})."
        return (
            f"Possible conflict: {self.entry_name} ({self.role}, {self.kind}), "
            f"score {self.score} (list version {self.list_version})."
        )


def _aliases(entry: ConflictEntry) -> tuple[str, ...]:
    return tuple(json.loads(entry.aliases)) if entry.aliases else ()


def _list_entry(entry: ConflictEntry) -> matching.ListEntry:
    return matching.ListEntry(entry.id, entry.name, entry.kind, _aliases(entry))


@dataclass(frozen=True)
class _Listed:
    role: str
    responsible_attorney_id: str | None


# The decrypted list per (database, version), prepared for matching (ListIndex): a
# version is never changed once written, so a cached copy is right until the next change
# makes a new version, which the version read at every check sees (in any process).
_CACHE: dict[tuple[str, int], tuple[matching.ListIndex, dict[int, _Listed]]] = {}
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 8


def _list_in_force(
    uow: UnitOfWork, repo: ConflictRepository
) -> tuple[int, matching.ListIndex, dict[int, _Listed]]:
    version = repo.version()  # read first: the entries read next are this version or newer
    key = (str(uow.session.get_bind().url), version)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is None:
        rows = repo.entries()
        cached = (
            matching.ListIndex(_list_entry(e) for e in rows),
            {e.id: _Listed(e.role, e.responsible_attorney_id) for e in rows},
        )
        with _CACHE_LOCK:
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)))
            _CACHE[key] = cached
    return version, cached[0], cached[1]


def check_conflict(uow: UnitOfWork, provider_text: str | None) -> ConflictResult:
    """Check what the visitor named against the list in force. Reads only."""
    repo = uow.conflicts
    text = (provider_text or "").strip()
    if not text:
        return ConflictResult(list_version=repo.version(), provider_text=text)
    version, index, listed = _list_in_force(uow, repo)
    found = index.check(text)
    if found is None:
        return ConflictResult(list_version=version, provider_text=text)
    meta = listed[int(found.entry.id)]
    return ConflictResult(
        list_version=version,
        provider_text=text,
        matched=True,
        entry_id=int(found.entry.id),
        entry_name=found.entry.name,
        matched_name=found.matched_name,
        kind=found.entry.kind,
        role=meta.role,
        score=found.score,
        basis=found.basis,
        responsible_attorney_id=meta.responsible_attorney_id,
    )


def record_check(
    uow: UnitOfWork, lead: Lead, result: ConflictResult, *, new_lead: bool = False
) -> LeadConflictCheck:
    """Keep the check with the lead (not committed: part of the lead's transaction).

    On a match the lead becomes `conflict_check`, and if it was routed to the
    attorney who represents the matched party it goes back to the unassigned
    pool, so no notification is ever queued for them. A lead created in this unit
    of work (`new_lead`) has no check yet: its row is added without first reading
    for an earlier one, a round trip saved in the visitor's turn.
    """
    if lead.id is None:
        uow.session.flush()
    check = LeadConflictCheck(
        lead_id=lead.id,
        list_version=result.list_version,
        matched=result.matched,
        provider_text=result.provider_text or None,
        entry_id=result.entry_id,
        entry_name=result.entry_name,
        matched_name=result.matched_name,
        entry_kind=result.kind,
        entry_role=result.role,
        score=result.score,
        basis=result.basis,
        responsible_attorney_id=result.responsible_attorney_id,
    )
    if new_lead:
        uow.conflicts.add_check(check)
    else:
        uow.conflicts.save_check(check)
    detail: dict[str, Any] = {"matched": result.matched, "list_version": result.list_version}
    if result.matched:
        lead.status = CONFLICT_CHECK
        detail.update(entry_id=result.entry_id, score=result.score)
        if lead.assigned_attorney_id and lead.assigned_attorney_id == (
            result.responsible_attorney_id
        ):
            lead.assigned_attorney_id = None
            detail["unassigned_conflicted_attorney"] = True
    uow.audit.append("system", "lead.conflict_checked", lead.id, detail)
    return check


def check_and_record(uow: UnitOfWork, lead: Lead) -> ConflictResult:
    """Check the provider stored on the lead and record the result (not committed)."""
    result = check_conflict(uow, lead.provider)
    record_check(uow, lead, result)
    return result


def check_for(uow: UnitOfWork, lead_id: str) -> LeadConflictCheck | None:
    return uow.conflicts.check_for(lead_id)


def conflicted_attorney(uow: UnitOfWork, lead_id: str) -> str | None:
    """The attorney a lead must never be routed or notified to, if any."""
    check = check_for(uow, lead_id)
    return check.responsible_attorney_id if check is not None and check.matched else None


# --- the admins' edits ---------------------------------------------------------


@dataclass(frozen=True)
class EntryFields:
    name: str
    kind: str
    role: str
    aliases: tuple[str, ...] = ()
    notes: str = ""
    responsible_attorney_id: str | None = None


def clean_fields(
    raw: Mapping[str, Any], profile: FirmProfile | None = None, *, where: str = ""
) -> EntryFields:
    """Validate what an admin typed (form or CSV row)."""
    prefix = f"{where}: " if where else ""
    name = " ".join(str(raw.get("name") or "").split())
    if not name:
        raise ConflictListError(f"{prefix}a name is required.")
    if len(name) > MAX_NAME:
        raise ConflictListError(f"{prefix}keep the name under {MAX_NAME} characters.")
    kind = str(raw.get("kind") or "").strip().lower()
    if kind not in matching.KINDS:
        raise ConflictListError(f"{prefix}kind must be 'person' or 'facility'.")
    role = str(raw.get("role") or "").strip().lower().replace(" ", "_").replace("-", "_")
    if role == "adverse":
        role = matching.ADVERSE
    if role not in matching.ROLES:
        raise ConflictListError(f"{prefix}role must be 'client' or 'adverse_party'.")
    aliases_raw = raw.get("aliases") or ()
    aliases = (
        matching.split_aliases(aliases_raw)
        if isinstance(aliases_raw, str)
        else tuple(a for a in (" ".join(str(x).split()) for x in aliases_raw) if a)
    )
    if len(aliases) > MAX_ALIASES or any(len(a) > MAX_NAME for a in aliases):
        raise ConflictListError(f"{prefix}too many or too long aliases.")
    notes = str(raw.get("notes") or "").strip()
    if len(notes) > MAX_NOTES:
        raise ConflictListError(f"{prefix}keep the notes under {MAX_NOTES} characters.")
    attorney = str(raw.get("responsible_attorney_id") or "").strip() or None
    if attorney and profile is not None and profile.attorney(attorney) is None:
        raise ConflictListError(f"{prefix}'{attorney}' is not an attorney of the firm profile.")
    return EntryFields(name, kind, role, aliases, notes, attorney)


def _snapshot(entry: ConflictEntry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "kind": entry.kind,
        "role": entry.role,
        "aliases": list(_aliases(entry)),
        "notes": entry.notes or "",
        "responsible_attorney_id": entry.responsible_attorney_id,
    }


def _apply(entry: ConflictEntry, fields: EntryFields) -> None:
    entry.name = fields.name
    entry.kind = fields.kind
    entry.role = fields.role
    entry.aliases = json.dumps(list(fields.aliases), ensure_ascii=False)
    entry.notes = fields.notes or None
    entry.responsible_attorney_id = fields.responsible_attorney_id


def _log(
    uow: UnitOfWork,
    repo: ConflictRepository,
    *,
    version: int,
    actor: str,
    action: str,
    entry_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    repo.log(
        ConflictListChange(
            list_version=version,
            actor=actor,
            action=action,
            entry_id=entry_id,
            detail=json.dumps({"before": before, "after": after}, ensure_ascii=False),
        )
    )
    uow.audit.append(
        actor, f"conflict.entry_{action}", None, {"entry_id": entry_id, "list_version": version}
    )


@contextmanager
def _raced(uow: UnitOfWork) -> Iterator[None]:
    """A write another admin's change of the list at the same moment fails (a unique
    version): rolled back, and raised as ListChangedMeanwhile."""
    try:
        yield
    except IntegrityError as exc:
        uow.rollback()
        raise ListChangedMeanwhile(
            "Another admin changed the conflict list at the same moment; nothing was saved. "
            "Try again."
        ) from exc


def _commit(uow: UnitOfWork) -> None:
    with _raced(uow):
        uow.commit()


def _new_version(uow: UnitOfWork, repo: ConflictRepository, **kw: Any) -> int:
    with _raced(uow):
        return repo.new_version(**kw)


def add_entry(uow: UnitOfWork, actor: str, fields: EntryFields) -> tuple[ConflictEntry, int]:
    """Add one entry; returns it and the new list version (committed)."""
    repo = uow.conflicts
    version = _new_version(uow, repo, actor=actor, action="add", entries=1)
    entry = _added(uow, repo, version, actor, fields)
    _commit(uow)
    return entry, version


def _added(
    uow: UnitOfWork, repo: ConflictRepository, version: int, actor: str, fields: EntryFields
) -> ConflictEntry:
    """One new entry in `version`, with its change-log row (not committed)."""
    entry = ConflictEntry()
    _apply(entry, fields)
    repo.add(entry)
    uow.session.flush()
    _log(
        uow,
        repo,
        version=version,
        actor=actor,
        action="added",
        entry_id=entry.id,
        before=None,
        after=_snapshot(entry),
    )
    return entry


def _change_entry(
    uow: UnitOfWork,
    actor: str,
    entry_id: int,
    action: tuple[str, str],
    change: Callable[[ConflictRepository, ConflictEntry], dict[str, Any] | None],
) -> int:
    """Change one entry in a new version of the list, with the entry before and after
    (`change`'s snapshot; None for a deletion) in the change log; committed. `action`
    names it for the version and for the log ("edit", "edited")."""
    repo = uow.conflicts
    entry = repo.get(entry_id)
    if entry is None:
        raise ConflictListError("No such entry on the conflict list.")
    before = _snapshot(entry)
    version = _new_version(uow, repo, actor=actor, action=action[0], entries=1)
    entry = repo.get(entry_id)
    assert entry is not None
    after = change(repo, entry)
    _log(
        uow,
        repo,
        version=version,
        actor=actor,
        action=action[1],
        entry_id=entry_id,
        before=before,
        after=after,
    )
    _commit(uow)
    return version


def edit_entry(uow: UnitOfWork, actor: str, entry_id: int, fields: EntryFields) -> int:
    def edit(_repo: ConflictRepository, entry: ConflictEntry) -> dict[str, Any]:
        _apply(entry, fields)
        return _snapshot(entry)

    return _change_entry(uow, actor, entry_id, ("edit", "edited"), edit)


def delete_entry(uow: UnitOfWork, actor: str, entry_id: int) -> int:
    def delete(repo: ConflictRepository, entry: ConflictEntry) -> None:
        repo.delete(entry)

    return _change_entry(uow, actor, entry_id, ("delete", "deleted"), delete)


@dataclass
class ImportResult:
    added: int = 0
    version: int | None = None
    errors: list[str] = field(default_factory=list)


def parse_csv(text: str, profile: FirmProfile | None = None) -> tuple[list[EntryFields], list[str]]:
    """Rows of a CSV with a header naming at least name, kind and role (any order);
    aliases separated by semicolons. Returns the good rows and one error per bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in ("name", "kind", "role") if c not in header]
    if missing:
        raise ConflictListError(
            "The CSV needs a header row with the columns name, kind and role "
            f"(optional: aliases, notes, responsible_attorney_id); missing: {', '.join(missing)}."
        )
    rows: list[EntryFields] = []
    errors: list[str] = []
    for number, raw in enumerate(reader, start=2):
        if number - 1 > MAX_IMPORT_ROWS:
            raise ConflictListError(f"Import at most {MAX_IMPORT_ROWS} rows at a time.")
        values = {(k or "").strip().lower(): (v or "") for k, v in raw.items() if k}
        if not any(str(v).strip() for v in values.values()):
            continue
        try:
            rows.append(clean_fields(values, profile, where=f"line {number}"))
        except ConflictListError as exc:
            errors.append(str(exc))
    return rows, errors


def import_csv(
    uow: UnitOfWork, actor: str, text: str, profile: FirmProfile | None = None
) -> ImportResult:
    """Add every row of the CSV as one list version, or nothing if any row is bad."""
    rows, errors = parse_csv(text, profile)
    if errors:
        return ImportResult(errors=errors)
    if not rows:
        raise ConflictListError("The CSV has no entries.")
    repo = uow.conflicts
    version = _new_version(uow, repo, actor=actor, action="import", entries=len(rows))
    for fields in rows:
        _added(uow, repo, version, actor, fields)
    _commit(uow)
    return ImportResult(added=len(rows), version=version)


@dataclass(frozen=True)
class EntryView:
    id: int
    name: str
    kind: str
    role: str
    aliases: tuple[str, ...]
    notes: str
    responsible_attorney_id: str | None


@dataclass(frozen=True)
class ChangeView:
    at: Any
    actor: str
    action: str
    entry_id: int
    list_version: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def list_entries(uow: UnitOfWork) -> list[EntryView]:
    """Every entry, by name (sorted here: names are encrypted in the database)."""
    views = [
        EntryView(
            e.id, e.name, e.kind, e.role, _aliases(e), e.notes or "", e.responsible_attorney_id
        )
        for e in uow.conflicts.entries()
    ]
    return sorted(views, key=lambda v: (v.name.lower(), v.id))


def recent_changes(uow: UnitOfWork, limit: int = 100) -> list[ChangeView]:
    out = []
    for c in uow.conflicts.changes(limit):
        detail = json.loads(c.detail)
        out.append(
            ChangeView(
                c.at,
                c.actor,
                c.action,
                c.entry_id,
                c.list_version,
                detail.get("before"),
                detail.get("after"),
            )
        )
    return out


def list_version(uow: UnitOfWork) -> int:
    return uow.conflicts.version()
