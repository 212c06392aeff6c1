"""Filling a database with the demo city: reference data, demo accounts, reports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import islice

from sqlalchemy import func, select

from db.models import (
    Assignment, Note, Photo, Rating, Report, ReporterIdentity, StatusEvent, User,
)
from desktop.core.demo_data import DEMO_PASSWORD, DemoReport, demo_users, generate
from desktop.core.identity_crypto import IdentityKey, seal
from desktop.core.ids import id_for
from desktop.core.photos import make_demo_photo
from desktop.core.progress import Progress
from desktop.core.sla import load_holidays
from desktop.services import search_index
from desktop.services.database import Database, bulk_cache
from desktop.services.passwords import hash_password
from desktop.services.reference_data import code_maps, ensure_reference_data
from desktop.services.users import create_user

BATCH = 5000


class SeedError(Exception):
    """Seeding cannot go ahead; the message says why."""


@dataclass(frozen=True)
class SeedSummary:
    reports: int
    events: int
    photos: int
    identities: int
    users: int


def default_anchor() -> datetime:
    """Today at midnight UTC: the same seed gives the same data all day."""
    now = datetime.now(timezone.utc)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def seed_database(db: Database, count: int, seed: int, key: IdentityKey,
                  anchor: datetime | None = None, state: Progress | None = None) -> SeedSummary:
    """Add reference data, the demo accounts and ``count`` demo reports to an empty database.

    Each batch commits on its own so a million reports never sit in one transaction;
    a failure part-way leaves whole reports only, and the command says how many.
    """
    if count < 0:
        raise SeedError("the number of reports must be zero or more")
    anchor = anchor or default_anchor()
    with db.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(Report))
        if existing:
            raise SeedError(f"the database already holds {existing} reports; seed only an empty database")
        ensure_reference_data(session)
        users_added = _ensure_demo_users(session)
    with db.session() as session:
        agencies, areas, categories = code_maps(session)
        users = dict(session.execute(select(User.username, User.id)).all())

    totals = dict(reports=0, events=0, photos=0, identities=0)
    stream = generate(count, seed, anchor, load_holidays(), state=state)
    with db.engine.connect() as connection, bulk_cache(connection):
        with connection.begin():
            paused = search_index.pause(connection)
        try:
            while batch := list(islice(stream, BATCH)):
                rows = _rows(batch, agencies, areas, categories, users, key)
                with connection.begin():
                    for table, values in rows.items():
                        if values:
                            _insert_many(connection, table, values)
                totals["reports"] += len(batch)
                totals["events"] += len(rows[StatusEvent.__table__])
                totals["photos"] += len(rows[Photo.__table__])
                totals["identities"] += len(rows[ReporterIdentity.__table__])
        finally:
            # Whatever happened, the reports written are searchable and new ones indexed again.
            with connection.begin():
                search_index.resume(connection, paused)
    return SeedSummary(users=users_added, **totals)


def _insert_many(connection, table, values: list[dict]) -> None:
    """A plain executemany: per-value type processing in the ORM layer would double the
    time of a million-report seed, and the only conversion needed is for datetimes."""
    columns = list(values[0])
    sqlite = connection.dialect.name == "sqlite"
    marker = "?" if sqlite else "%s"
    statement = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                 f"VALUES ({', '.join(marker for _ in columns)})")
    rows = [tuple(_bind(row[column], sqlite) for column in columns) for row in values]
    connection.exec_driver_sql(statement, rows)


def _bind(value, sqlite: bool):
    if isinstance(value, datetime):
        value = value.astimezone(timezone.utc)
        # The exact text SQLAlchemy's SQLite DateTime writes, so comparisons stay textual-equal.
        return value.replace(tzinfo=None).isoformat(" ", "microseconds") if sqlite else value
    return value


def _ensure_demo_users(session) -> int:
    have = set(session.scalars(select(User.username)))
    added = 0
    # One hash for all demo accounts: they share the documented demo password anyway,
    # and hashing each would cost a second per seed for nothing.
    shared_hash = hash_password(DEMO_PASSWORD)
    for demo in demo_users():
        if demo.username in have:
            continue
        create_user(session, demo.username, demo.role, DEMO_PASSWORD, demo.display_name, demo.agency_code,
                    password_hash=shared_hash)
        added += 1
    session.flush()
    return added


def _rows(batch: list[DemoReport], agencies, areas, categories, users, key: IdentityKey) -> dict:
    reports, events, assignments, notes, ratings, identities, photos = [], [], [], [], [], [], []
    for r in batch:
        reports.append(dict(
            id=r.id, reference=r.reference, channel=r.channel, external_id=r.external_id,
            category_id=categories[r.category], title=r.title, description=r.description, address=r.address,
            lat=r.lat, lon=r.lon, location_problem=r.location_problem, area_id=areas.get(r.area_code),
            status=r.status, priority=r.priority, privacy=r.privacy, emergency=r.emergency,
            lead_agency_id=agencies.get(r.lead_agency) if r.lead_agency else None,
            received_at=r.received_at, first_action_at=r.first_action_at, dispatched_at=r.dispatched_at,
            done_at=r.done_at, due_at=r.due_at, updated_at=r.updated_at, duplicate_of_id=r.duplicate_of,
            photo_count=1 if r.has_photo else 0, version=len(r.events),
        ))
        for n, e in enumerate(r.events):
            events.append(dict(
                id=_child_id(r, n), report_id=r.id, at=e.at, actor_id=users.get(e.actor),
                action=e.action, from_status=e.from_status, to_status=e.to_status,
                agency_id=agencies.get(e.agency_code) if e.agency_code else None, note=e.note))
        for n, a in enumerate(r.assignments):
            assignments.append(dict(
                id=_child_id(r, n), report_id=r.id,
                agency_id=agencies[a.agency_code], role=a.role, assigned_at=a.assigned_at,
                assigned_by=users.get(a.assigned_by), accepted_at=a.accepted_at, ended_at=a.ended_at,
                end_reason=a.end_reason))
        for n, note in enumerate(r.notes):
            notes.append(dict(
                id=_child_id(r, n), report_id=r.id, at=note.at,
                author_id=users.get(note.author), agency_id=agencies.get(note.agency_code) if note.agency_code else None,
                kind=note.kind, body=note.body))
        if r.rating:
            score, comment, at = r.rating
            ratings.append(dict(report_id=r.id, score=score, comment=comment, at=at))
        if r.identity:
            identities.append(dict(id=r.id, report_id=r.id, key_id=key.key_id, sealed=seal(r.identity, r.id, key),
                                   created_at=r.received_at, purged_at=None))
        if r.has_photo:
            data = make_demo_photo(r.category, r.id)
            photos.append(dict(id=r.id, report_id=r.id, kind="original", content_type="image/jpeg",
                               width=320, height=240, sha256=hashlib.sha256(data).hexdigest(), data=data, created_at=r.received_at,
                               created_by=None))
    return {
        Report.__table__: reports, StatusEvent.__table__: events, Assignment.__table__: assignments,
        Note.__table__: notes, Rating.__table__: ratings, ReporterIdentity.__table__: identities,
        Photo.__table__: photos,
    }


def _child_id(report: DemoReport, n: int) -> int:
    """Ids for a report's events, assignments and notes: its time, then its serial and n.

    Reports received in the same millisecond are neighbours in the stream, so their
    16-bit serials differ and the ids cannot collide.
    """
    return id_for(report.received_at, ((report.id & 0xFFFF) << 4) | n)
