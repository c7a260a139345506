"""Repository of the conflict list, its versions and change log, and lead checks."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from bot.store.models_conflicts import (
    ConflictEntry,
    ConflictListChange,
    ConflictListVersion,
    LeadConflictCheck,
)
from bot.store.repositories import Repository


class ConflictRepository(Repository):
    def entries(self) -> Sequence[ConflictEntry]:
        return (
            self.session.execute(select(ConflictEntry).order_by(ConflictEntry.id)).scalars().all()
        )

    def get(self, entry_id: int) -> ConflictEntry | None:
        return self.session.get(ConflictEntry, entry_id)

    def add(self, entry: ConflictEntry) -> None:
        self.session.add(entry)

    def delete(self, entry: ConflictEntry) -> None:
        self.session.delete(entry)

    def version(self) -> int:
        """The list in force: the highest version (0 before the first change)."""
        found = self.session.execute(select(func.max(ConflictListVersion.version))).scalar()
        return int(found or 0)

    def new_version(self, *, actor: str, action: str, entries: int) -> int:
        """The next version; the primary key makes a concurrent change fail on flush."""
        version = self.version() + 1
        self.session.add(
            ConflictListVersion(version=version, actor=actor, action=action, entries=entries)
        )
        self.session.flush()
        return version

    def log(self, change: ConflictListChange) -> None:
        self.session.add(change)

    def changes(self, limit: int = 100) -> Sequence[ConflictListChange]:
        return (
            self.session.execute(
                select(ConflictListChange).order_by(ConflictListChange.id.desc()).limit(limit)
            )
            .scalars()
            .all()
        )

    def check_for(self, lead_id: str) -> LeadConflictCheck | None:
        return self.session.get(LeadConflictCheck, lead_id)

    def save_check(self, check: LeadConflictCheck) -> None:
        """Keep the check, replacing the lead's earlier one (read first to know)."""
        self.session.merge(check)

    def add_check(self, check: LeadConflictCheck) -> None:
        """Keep the first check of a lead created in this transaction (no read)."""
        self.session.add(check)
