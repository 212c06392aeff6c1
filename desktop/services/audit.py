"""The append-only, hash-chained audit log of sensitive actions."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, report_id: int | None, detail: str) -> str:
    """Each entry hashes its predecessor, so editing, deleting or reordering breaks the chain."""
    payload = json.dumps([prev_hash, at.astimezone(timezone.utc).isoformat(), actor, action, report_id, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def append(session: Session, actor_id: int | None, actor_username: str, action: str,
           report_id: int | None = None, **detail) -> AuditEntry:
    """Add an entry after the current last one, in the caller's transaction."""
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    at = datetime.now(timezone.utc)
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(at=at, actor_id=actor_id, actor_username=actor_username, action=action,
                       report_id=report_id, detail=detail_text, prev_hash=prev,
                       hash=entry_hash(prev, at, actor_username, action, report_id, detail_text))
    session.add(entry)
    session.flush()
    return entry
