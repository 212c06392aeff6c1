"""The append-only, hash-chained audit log of sensitive actions.

Each entry hashes its predecessor's hash with its own fields, so changing, deleting or
reordering any entry breaks the chain from there on; the one-row ``audit_head`` records
the last entry, so cutting entries off the end shows too. Appends lock the head row, so
concurrent writers queue instead of forking the chain (and ``prev_hash`` is unique, so a
fork could not be stored anyway). On PostgreSQL the chain is extended by the database
function ``audit_write`` (db/sql/functions.sql), which hashes exactly like
``entry_hash`` here; triggers there refuse UPDATE, DELETE and TRUNCATE.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from db.models import AuditEntry, AuditHead, Report
from desktop.core.roles import Permission
from desktop.services.access import require
from desktop.services.database import Database
from desktop.services.dto import UserSession

GENESIS = "0" * 64
PAGE_SIZE = 500


class AuditError(Exception):
    """The audit log cannot be written or read as asked; the message says why."""


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, report_id: int | None, detail: str) -> str:
    """Each entry hashes its predecessor, so editing, deleting or reordering breaks the chain."""
    payload = json.dumps([prev_hash, at.astimezone(timezone.utc).isoformat(), actor, action, report_id, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def detail_text(detail: dict) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)


def append(session: Session, actor_id: int | None, actor_username: str, action: str,
           report_id: int | None = None, **detail) -> str:
    """Add an entry after the current last one, in the caller's transaction; returns its hash.

    On a user's own PostgreSQL role the database writes the entry under that user's
    name, whatever ``actor_id`` says.
    """
    body = detail_text(detail)
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(text("SELECT audit_append(:actor_id, :actor, :action, :report_id, :detail)"),
                              dict(actor_id=actor_id, actor=actor_username[:60], action=action[:40],
                                   report_id=report_id, detail=body))
    head = session.get(AuditHead, 1)
    if head is None:
        raise AuditError("the audit chain head is missing: the audit log has been tampered with")
    at = datetime.now(timezone.utc)
    digest = entry_hash(head.last_hash, at, actor_username[:60], action[:40], report_id, body)
    entry = AuditEntry(at=at, actor_id=actor_id, actor_username=actor_username[:60], action=action[:40],
                       report_id=report_id, detail=body, prev_hash=head.last_hash, hash=digest)
    session.add(entry)
    session.flush()
    head.last_id, head.last_hash, head.entries = entry.id, digest, head.entries + 1
    session.flush()
    return digest


# --- checking the chain -------------------------------------------------------------------

@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    head_hash: str
    broken_id: int | None = None
    problem: str = ""

    def summary(self) -> str:
        if self.ok:
            return f"audit log intact: {self.entries} entries, chain head {self.head_hash}"
        where = f"entry #{self.broken_id}" if self.broken_id is not None else "the chain head"
        return f"audit log BROKEN at {where}: {self.problem}"


def verify(db: Database, anchor: str | None = None) -> Verification:
    """Walk the whole chain in id order; name the first entry that does not check out.

    ``anchor`` is a chain head noted down earlier (outside the database): if it is no longer
    in the chain, someone with full access rewrote the log and recomputed every hash.
    """
    anchor_seen = anchor is None
    with db.session() as session:
        head = session.get(AuditHead, 1)
        expected_prev, previous_id, count = GENESIS, None, 0
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_username, AuditEntry.action,
                   AuditEntry.report_id, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash)
            .order_by(AuditEntry.id).execution_options(yield_per=5000))
        for row in rows:
            count += 1
            if row.prev_hash != expected_prev:
                after = f"entry #{previous_id}" if previous_id is not None else "the start of the log"
                return Verification(False, count, expected_prev, row.id,
                                    f"it does not follow {after}: an entry between them was removed, "
                                    "altered or moved")
            if entry_hash(row.prev_hash, row.at, row.actor_username, row.action, row.report_id, row.detail) != row.hash:
                return Verification(False, count, expected_prev, row.id,
                                    f"its content ({row.action} by {row.actor_username}) was altered after "
                                    "it was written")
            expected_prev, previous_id = row.hash, row.id
            anchor_seen = anchor_seen or row.hash == anchor
        if head is None:
            return Verification(False, count, expected_prev, None, "the chain head record is missing")
        if head.last_hash != expected_prev or head.last_id != previous_id or head.entries != count:
            missing = head.entries - count
            what = f"{missing} entries after #{previous_id} are missing" if missing > 0 else \
                "the log does not end where the chain head says"
            return Verification(False, count, expected_prev, head.last_id,
                                f"{what} (the head records {head.entries} entries ending at #{head.last_id})")
    if not anchor_seen:
        return Verification(False, count, expected_prev, None,
                            f"the chain head noted earlier ({anchor[:16]}…) is no longer in the log: "
                            "it was rewritten")
    return Verification(True, count, expected_prev)


# --- the auditor's view -------------------------------------------------------------------

@dataclass(frozen=True)
class AuditQuery:
    actor: str = ""
    actions: tuple[str, ...] = ()
    report_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    report_id: int | None
    detail: str
    reference: str | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    total: int


def list_entries(db: Database, user: UserSession, query: AuditQuery = AuditQuery(),
                 offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
    """Newest first; only for roles that may read the audit log."""
    require(user, Permission.READ_AUDIT)
    conditions = []
    if query.actor.strip():
        conditions.append(AuditEntry.actor_username.ilike(_like(query.actor.strip()), escape="\\"))
    if query.actions:
        conditions.append(AuditEntry.action.in_(query.actions))
    if query.report_id is not None:
        conditions.append(AuditEntry.report_id == query.report_id)
    if query.since:
        conditions.append(AuditEntry.at >= query.since)
    if query.until:
        conditions.append(AuditEntry.at < query.until)
    if query.text.strip():
        pattern = _like(query.text.strip())
        conditions.append(or_(AuditEntry.detail.ilike(pattern, escape="\\"),
                              AuditEntry.action.ilike(pattern, escape="\\"),
                              Report.reference.ilike(pattern, escape="\\")))
    with db.session() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry)
                               .outerjoin(Report, Report.id == AuditEntry.report_id).where(*conditions))
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_username, AuditEntry.action,
                   AuditEntry.report_id, AuditEntry.detail, Report.reference)
            .outerjoin(Report, Report.id == AuditEntry.report_id)
            .where(*conditions).order_by(AuditEntry.id.desc()).offset(offset).limit(limit))
        return AuditPage(tuple(AuditRow(*row) for row in rows), total)


def known_actions(db: Database, user: UserSession) -> tuple[str, ...]:
    require(user, Permission.READ_AUDIT)
    with db.session() as session:
        return tuple(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
