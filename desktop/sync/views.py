"""What the sync screens read from the cache: plain frozen values, never rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.dispatching import Refusal
from desktop.sync.cache import Cache, parse_timestamp


@dataclass(frozen=True)
class CachedReport:
    id: int
    reference: str
    status: str
    title: str
    # Actions of this workstation on the report still waiting for the central database.
    pending: int


@dataclass(frozen=True)
class ConflictView:
    id: int
    at: datetime
    report_id: int | None
    reference: str | None
    kind: str
    field: str | None
    # What happened, for the screen to put in its reader's language; plain text in rows stored
    # before conflicts kept their refusal.
    message: Refusal | str
    lost_value: str | None
    kept_value: str | None


def cached_reports(cache: Cache, limit: int = 500) -> tuple[CachedReport, ...]:
    """The newest cached reports, as this workstation shows them (its own queued actions included)."""
    with cache.read() as connection:
        rows = connection.execute(
            "SELECT r.id, r.reference, r.status, r.title, (SELECT count(*) FROM outbox o WHERE o.report_id = r.id) "
            "FROM reports r ORDER BY r.received_at DESC, r.id DESC LIMIT ?", (limit,)).fetchall()
    return tuple(CachedReport(*row) for row in rows)


def conflicts(cache: Cache, limit: int = 500) -> tuple[ConflictView, ...]:
    """What the central database decided against this user, newest first."""
    with cache.read() as connection:
        rows = connection.execute(
            "SELECT c.id, c.at, c.report_id, r.reference, c.kind, c.field, c.message, c.lost_value, c.kept_value "
            "FROM conflicts c LEFT JOIN reports r ON r.id = c.report_id ORDER BY c.at DESC, c.id DESC LIMIT ?",
            (limit,)).fetchall()
    return tuple(ConflictView(row[0], parse_timestamp(row[1]), *row[2:6], Refusal.loads(row[6]) or row[6], *row[7:])
                 for row in rows)
