"""SQLAlchemy models. Table and column names are the contract with migrations and sync."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, LargeBinary,
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
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
