"""Push: the central database applies a workstation's queued mutations in order, exactly once.

One PostgreSQL transaction per batch locks the workstation's ``sync_clients`` row, skips
every mutation at or below its ``last_applied``, applies the rest one by one (each in a
savepoint), records each outcome in ``sync_mutations`` and moves ``last_applied`` past it:
the effects and the counter commit together or not at all. If the acknowledgement is lost
on the way back, the next push finds those mutations already counted, applies nothing
again, and reads their recorded outcomes instead.

A mutation the server refuses (workflow, access, bad arguments, a constraint) is recorded
as rejected, with a conflict entry for the user, and the queue moves on. A failure that may
pass (connection, serialization, shutdown) aborts the batch for a later retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import SyncClient, SyncMutation
from desktop.core.dispatching import Refusal
from desktop.services.dto import UserSession
from desktop.sync import outbox
from desktop.sync.cache import Cache
from desktop.sync.link import Link, is_temporary
from desktop.sync.mutations import (
    CONTEXT, DATABASE_REFUSED, BoundDatabase, Mutation, apply_server, record_conflicts, refused,
)

BATCH = 200


@dataclass(frozen=True)
class PushResult:
    sent: int = 0
    applied: int = 0
    rejected: int = 0
    # Report ids the server changed or refused: their cached rows are refreshed by the next pull.
    reports: frozenset[int] = frozenset()


def _client(session, client_id: str, user: UserSession, now: datetime) -> SyncClient:
    client = session.get(SyncClient, client_id, with_for_update=True)
    if client is None:
        client = SyncClient(client_id=client_id, user_id=user.user_id, last_applied=0, created_at=now, seen_at=now)
        session.add(client)
        session.flush()
    return client


def _apply_one(session, user: UserSession, mutation: Mutation, now: datetime):
    try:
        return apply_server(BoundDatabase(session), user, mutation, now)
    except Exception as exc:
        if is_temporary(exc):
            raise
        # Anything else the database refuses (a value too long, a broken reference) will never pass.
        first_line = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
        return refused(user, mutation, Refusal(CONTEXT, DATABASE_REFUSED, {"problem": first_line}))


def push_batch(link: Link, cache: Cache, limit: int = BATCH) -> PushResult:
    """Send up to ``limit`` queued mutations; the acknowledged ones leave the outbox."""
    mutations = outbox.queued(cache, limit)
    if not mutations:
        return PushResult()
    user = link.user
    by_seq = {m.seq: m for m in mutations}
    applied = rejected = 0
    with link.session() as session:
        now = datetime.now(timezone.utc)
        client = _client(session, cache.client_id, user, now)
        for mutation in mutations:
            if mutation.seq <= client.last_applied:
                continue
            outcome = _apply_one(session, user, mutation, now)
            record_conflicts(session, mutation, outcome, now)
            session.add(SyncMutation(client_id=client.client_id, seq=mutation.seq, mutation_id=mutation.mutation_id,
                                     user_id=user.user_id, name=mutation.name[:40].replace("\x00", ""), report_id=mutation.report_id,
                                     outcome="applied" if outcome.applied else "rejected",
                                     message=outcome.message.replace("\x00", "") if outcome.message else None,
                                     created_at=mutation.at, applied_at=now))
            client.last_applied, client.seen_at = mutation.seq, now
            session.flush()
            applied += outcome.applied
            rejected += not outcome.applied
        recorded = set(session.scalars(select(SyncMutation.seq).where(
            SyncMutation.client_id == client.client_id, SyncMutation.seq.in_(list(by_seq)))))
    with cache.transaction() as connection:
        outbox.acknowledge(connection, sorted(recorded))
    return PushResult(len(mutations), applied, rejected, frozenset(by_seq[s].report_id for s in recorded))


def push_all(link: Link, cache: Cache) -> PushResult:
    """Push until the outbox is empty (or only holds what this round already sent)."""
    total = PushResult()
    while True:
        result = push_batch(link, cache)
        total = PushResult(total.sent + result.sent, total.applied + result.applied, total.rejected + result.rejected,
                           total.reports | result.reports)
        if result.sent < BATCH:
            return total
