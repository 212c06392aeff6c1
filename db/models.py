"""SQLAlchemy models. Table and column names are the contract with migrations and sync."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Date, Float, ForeignKey, Index, Integer, LargeBinary,
    MetaData, SmallInteger, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(40))
    kecamatan: Mapped[str | None] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Area(Base):
    """A kelurahan with its kecamatan and city: the unit reports are filed under."""

    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    city: Mapped[str] = mapped_column(String(40), index=True)
    kecamatan: Mapped[str] = mapped_column(String(60), index=True)
    kelurahan: Mapped[str] = mapped_column(String(60))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_id: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    default_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline_days: Mapped[int] = mapped_column(SmallInteger)
    dedup_radius_m: Mapped[int] = mapped_column(Integer, default=100)
    local: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('officer','supervisor','agency_staff','auditor','admin')", name="role"),
        CheckConstraint("role <> 'agency_staff' OR agency_id IS NOT NULL", name="agency_staff_has_agency"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    conduct_accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Report(Base):
    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("channel", "external_id", name="channel_external_id"),
        CheckConstraint(
            "status IN ('waiting','coordination','dispatched','in_progress','done',"
            "'rejected','duplicate','reopened')", name="status"),
        CheckConstraint("privacy IN ('public','confidential','anonymous')", name="privacy"),
        Index("ix_reports_status_received", "status", "received_at"),
        Index("ix_reports_lead_agency_status", "lead_agency_id", "status"),
    )

    # Created on any workstation (see desktop.core.ids), so never server-assigned.
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    channel: Mapped[str] = mapped_column(String(20), index=True)
    external_id: Mapped[str | None] = mapped_column(String(120))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # Why the coordinates cannot be drawn (desktop.core.geo.location_problem); NULL when valid.
    location_problem: Mapped[str | None] = mapped_column(String(16))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(12))
    privacy: Mapped[str] = mapped_column(String(16))
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    first_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    photo_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    # Bumped on every change; the server uses it to tell a stale edit from a fresh one.
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReporterIdentity(Base):
    """The reporter's identity, sealed with AES-GCM; the key never lives in the database."""

    __tablename__ = "reporter_identities"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Photo(Base):
    __tablename__ = "photos"
    __table_args__ = (CheckConstraint("kind IN ('original','redacted','after')", name="kind"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    # original: command centre only; redacted: what agencies see; after: the agency's result.
    kind: Mapped[str] = mapped_column(String(12))
    content_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Assignment(Base):
    """An agency's part in a report: the lead or a supporting agency (coordination)."""

    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("role IN ('lead','support')", name="role"),
        Index("ix_assignments_agency_active", "agency_id", "ended_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    role: Mapped[str] = mapped_column(String(8))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str | None] = mapped_column(Text)


class StatusEvent(Base):
    """One line of a report's history: who moved it where, when, and why."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    note: Mapped[str | None] = mapped_column(Text)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    kind: Mapped[str] = mapped_column(String(12))
    body: Mapped[str] = mapped_column(Text)


class Rating(Base):
    """The citizen's rating of a finished report."""

    __tablename__ = "ratings"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score"),)

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Append-only, hash-chained record of sensitive actions (reveals, exports, logins…)."""

    __tablename__ = "audit_entries"

    # SQLite only auto-numbers a column declared exactly INTEGER PRIMARY KEY.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40), index=True)
    report_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    detail: Mapped[str] = mapped_column(Text)
    # Unique: two entries claiming the same predecessor would be a fork of the chain.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """The chain's last entry, one row: appends lock it, and ``audit verify`` checks the tail against it."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int | None] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(BigInteger)


class LoginRole(Base):
    """The PostgreSQL login role of a user on the central database (see desktop.services.central)."""

    __tablename__ = "login_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, autoincrement=False)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)


class RevealRequest(Base):
    """One request to see a reporter's identity: its reason, the supervisor's decision, its one-time token."""

    __tablename__ = "reveal_requests"
    __table_args__ = (
        CheckConstraint("status IN ('pending','approved','denied','used')", name="status"),
        Index("ix_reveal_requests_status_expires", "status", "expires_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    needs_approval: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(12))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    # SHA-256 of the one-time token; the token itself is only ever handed to the requester.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # PostgreSQL transaction that made the request: the token works only once that has committed.
    request_xact: Mapped[int | None] = mapped_column(BigInteger)


class Escalation(Base):
    """A breached deadline raised to the supervisors: once per report and clock."""

    __tablename__ = "escalations"
    __table_args__ = (
        UniqueConstraint("report_id", "clock", name="escalation_report_clock"),
        CheckConstraint("clock IN ('first_action','deadline')", name="clock"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    # first_action: an emergency's 15 minutes; deadline: the category's working-day deadline.
    clock: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    escalated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # The lead agency when the deadline passed, so a later re-route does not rewrite whose breach it was.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


_MAP_COLUMNS = ("status", "gx", "gy", "awaiting", "emergency")


class MapPoint(Base):
    """Every report's filter columns and grid place, kept in step with ``reports`` by triggers (0002).

    The inbox filters, counts and pages here rather than on the wide report rows: the rows
    are kept in arrival order (the primary key) and every filter column has a narrow index
    whose entries end in that order too. Reports without a valid location have no grid place.
    """

    __tablename__ = "map_points"
    __table_args__ = (
        # Each filter's index also holds what the map aggregates (status, grid place, flags), so
        # a filtered viewport is counted from index entries alone, never from table rows.
        Index("ix_map_points_report_id", "report_id", *_MAP_COLUMNS),
        Index("ix_map_points_grid", "gx", "gy", "status", "awaiting", "emergency"),
        Index("ix_map_points_status_due", "status", "due_at", "gx", "gy", "awaiting", "emergency"),
        Index("ix_map_points_category", "category_id", "status"),
        Index("ix_map_points_channel", "channel", *_MAP_COLUMNS),
        Index("ix_map_points_agency", "lead_agency_id", *_MAP_COLUMNS),
        Index("ix_map_points_area", "area_id", *_MAP_COLUMNS),
        Index("ix_map_points_privacy", "privacy", *_MAP_COLUMNS),
        Index("ix_map_points_emergency", "emergency", "status"),
        {"sqlite_with_rowid": False},
    )

    received_at: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    report_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Grid coordinates: 2**26 columns around the world, square cells (desktop.core.clustering).
    gx: Mapped[int | None] = mapped_column(Integer)
    gy: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    category_id: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20))
    lead_agency_id: Mapped[int | None] = mapped_column(Integer)
    area_id: Mapped[int | None] = mapped_column(Integer)
    privacy: Mapped[str] = mapped_column(String(16))
    emergency: Mapped[bool] = mapped_column(Boolean)
    # An emergency nobody has acted on yet: the map makes it pulse.
    awaiting: Mapped[bool] = mapped_column(Boolean)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MapCell(Base):
    """Located reports counted per grid cell at each pyramid level, kept by the same triggers.

    One row per cell and (status, category, emergency, awaiting), so the map's common
    filters read a city-wide viewport from a few thousand rows instead of a million.
    """

    __tablename__ = "map_cells"
    __table_args__ = ({"sqlite_with_rowid": False},)

    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    cx: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    cy: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    emergency: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    awaiting: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    sum_lat: Mapped[float] = mapped_column(Float)
    sum_lon: Mapped[float] = mapped_column(Float)
    # XOR of the report ids counted: when n is 1 it is that report's id, so it can be a marker.
    xor_id: Mapped[int] = mapped_column(BigInteger)


class ImportMapping(Base):
    """A named CSV column mapping, saved so the next file from that channel needs no setup."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    # desktop.core.intake.csv_file.ColumnMapping as JSON.
    settings: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ImportRun(Base):
    """One import of one file: how many came in, and each refused record with its reason."""

    __tablename__ = "import_runs"
    __table_args__ = (CheckConstraint("outcome IN ('done','cancelled','failed')", name="outcome"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_username: Mapped[str] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(12))
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[str] = mapped_column(Text)


class IntakeService(Base):
    """Another system's service type (an Open311 service list entry) and our category for it."""

    __tablename__ = "intake_services"
    __table_args__ = (UniqueConstraint("channel", "service_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    service_code: Mapped[str] = mapped_column(String(120))
    service_name: Mapped[str] = mapped_column(String(200))
    group_name: Mapped[str] = mapped_column(String(200))
    category_code: Mapped[str] = mapped_column(String(40))


class DuplicateMerge(Base):
    """A report merged into another as a duplicate, with what un-merging must restore."""

    __tablename__ = "duplicate_merges"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    primary_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    previous_status: Mapped[str] = mapped_column(String(16))
    previous_lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    # JSON list of the assignment ids the merge ended, reopened on un-merge.
    ended_assignments: Mapped[str] = mapped_column(Text)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    merged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unmerged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unmerged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class DuplicateDismissal(Base):
    """Two reports an officer judged to be different incidents: never suggested together again."""

    __tablename__ = "duplicate_dismissals"

    report_a: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    report_b: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SyncClient(Base):
    """One workstation's cache of one user on the central database: the last mutation applied from it."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # The outbox sequence number of the last mutation applied; moves in the same transaction as its effects.
    last_applied: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncMutation(Base):
    """A mutation a workstation sent and what the server made of it: applied, or rejected and why."""

    __tablename__ = "sync_mutations"
    __table_args__ = (CheckConstraint("outcome IN ('applied','rejected')", name="outcome"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("sync_clients.client_id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(40))
    report_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    outcome: Mapped[str] = mapped_column(String(12))
    message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncConflict(Base):
    """What the server decided against a user: a refused action or an overwritten text, kept for them to read."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (CheckConstraint("kind IN ('refused','overwritten','outdated')", name="kind"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    report_id: Mapped[int | None] = mapped_column(BigInteger)
    mutation_id: Mapped[str | None] = mapped_column(String(36))
    # refused: the action was not applied; overwritten: a later edit replaced this user's text;
    # outdated: this user's edit arrived after a later one and was not applied.
    kind: Mapped[str] = mapped_column(String(12))
    field: Mapped[str | None] = mapped_column(String(20))
    lost_value: Mapped[str | None] = mapped_column(Text)
    kept_value: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncTextVersion(Base):
    """Who last wrote a report's free-text field, and when on their workstation: the last writer wins."""

    __tablename__ = "sync_text_versions"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(20), primary_key=True)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SyncEpoch(Base):
    """The central database's sync epoch, one row: a new epoch makes every workstation reload its cache."""

    __tablename__ = "sync_epoch"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    epoch: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)



class ReportStats(Base):
    """Reports counted per day of receipt (WIB) and kind, kept in step with ``reports`` and ``ratings``
    by triggers (migration 0007), so a month of figures is a few thousand rows to add up.

    ``agency_id`` 0 stands for no agency: the report waits with the command centre.
    """

    __tablename__ = "report_stats"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    agency_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    emergency: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    late_done: Mapped[int] = mapped_column(Integer)
    # Emergencies whose first action came within 15 minutes, and those where it came later.
    emergency_in_time: Mapped[int] = mapped_column(Integer)
    emergency_late: Mapped[int] = mapped_column(Integer)
    score_1: Mapped[int] = mapped_column(Integer)
    score_2: Mapped[int] = mapped_column(Integer)
    score_3: Mapped[int] = mapped_column(Integer)
    score_4: Mapped[int] = mapped_column(Integer)
    score_5: Mapped[int] = mapped_column(Integer)


class ReportDuration(Base):
    """Reports per day of receipt and duration bucket: 0 first action, 1 dispatch, 2 done (same triggers)."""

    __tablename__ = "report_durations"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    metric: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    # Minutes from receipt, rounded down to desktop.core.stats.measures.duration_bucket.
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class ReportAreaStats(Base):
    """Reports per day of receipt and kelurahan, for the heat map (same triggers)."""

    __tablename__ = "report_area_stats"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    area_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    reports: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    late_done: Mapped[int] = mapped_column(Integer)
    ratings: Mapped[int] = mapped_column(Integer)
    # Ratings of 1 or 2.
    poor_ratings: Mapped[int] = mapped_column(Integer)


# The supervisor's review reads the open queues, the week's events and the supporting
# agencies from these indexes alone, never from the wide rows.
Index("ix_reports_queue", Report.status, Report.received_at, Report.lead_agency_id, Report.due_at,
      Report.category_id, Report.emergency, Report.first_action_at, Report.done_at, Report.area_id, Report.id)
Index("ix_status_events_at", StatusEvent.at, StatusEvent.action, StatusEvent.from_status, StatusEvent.to_status,
      StatusEvent.agency_id)
Index("ix_status_events_kind", StatusEvent.to_status, StatusEvent.action, StatusEvent.at, StatusEvent.report_id,
      StatusEvent.agency_id)
Index("ix_assignments_role", Assignment.role, Assignment.assigned_at, Assignment.report_id, Assignment.agency_id)
