"""The outbox: actions taken on this workstation, waiting for the central database.

``perform`` applies an action to the cache and queues it in one SQLite transaction, so
the screen and the queue never disagree, even if the process dies right after.
"""

from __future__ import annotations

from datetime import datetime

from desktop.services.dto import UserSession
from desktop.sync.cache import Cache, pg_timestamp
from desktop.sync.mutations import Invalid, Mutation, Refused, apply_local


def perform(cache: Cache, user: UserSession, name: str, report_id: int, at: datetime | None = None,
            **args) -> Mutation:
    """Apply and queue one action; Refused (nothing written) if the cached report does not allow it."""
    try:
        mutation = Mutation.create(name, report_id, at, **args)
    except Invalid as exc:
        raise Refused(exc.refusal) from None
    with cache.transaction() as connection:
        apply_local(connection, user, mutation)
        enqueue(connection, mutation)
    return mutation


def enqueue(connection, mutation: Mutation) -> None:
    connection.execute("INSERT INTO outbox (mutation_id, name, report_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                       (mutation.mutation_id, mutation.name, mutation.report_id, mutation.payload(),
                        pg_timestamp(mutation.at)))


def queued(cache: Cache, limit: int | None = None, report_ids=None) -> list[Mutation]:
    """Queued mutations in order (of ``report_ids`` only, when given)."""
    with cache.read() as connection:
        return queued_in(connection, limit, report_ids)


def queued_in(connection, limit: int | None = None, report_ids=None) -> list[Mutation]:
    query = "SELECT seq, mutation_id, name, report_id, payload FROM outbox"
    params: list = []
    if report_ids is not None:
        ids = list(report_ids)
        if not ids:
            return []
        query += f" WHERE report_id IN ({','.join('?' * len(ids))})"
        params = ids
    query += " ORDER BY seq"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [Mutation.from_row(*row) for row in connection.execute(query, params)]


def acknowledge(connection, seqs) -> None:
    """The server has recorded these (applied or rejected): they leave the queue."""
    connection.executemany("DELETE FROM outbox WHERE seq = ?", [(seq,) for seq in seqs])


def note_failure(cache: Cache, seq: int, error: str) -> None:
    with cache.transaction() as connection:
        connection.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (error[:500], seq))


def rebase(connection, user: UserSession, report_ids) -> None:
    """Re-apply queued actions on top of fresh server rows, so the user keeps seeing their own work.

    An action the server state no longer allows is left queued without a local effect:
    the server will refuse it and the conflicts list will say why.
    """
    for mutation in queued_in(connection, report_ids=report_ids):
        connection.execute("SAVEPOINT rebase")
        try:
            apply_local(connection, user, mutation)
        except (Refused, Invalid):
            connection.execute("ROLLBACK TO rebase")
        connection.execute("RELEASE rebase")
