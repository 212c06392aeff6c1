"""Plain frozen values the services hand to the UI; never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.core.roles import Role


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    agency_code: str | None


@dataclass(frozen=True)
class UserSession:
    """Who is logged in, on which database."""

    user_id: int
    username: str
    display_name: str
    role: Role
    agency_id: int | None
    agency_code: str | None
    agency_name: str | None
    database_label: str


@dataclass(frozen=True)
class ReportQuery:
    """The filters shared by list and map. Empty tuples mean 'any'."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    privacy: tuple[str, ...] = ()
    city: str | None = None
    kecamatan: str | None = None
    kelurahan: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    deadline: str | None = None  # "overdue" or "due_soon"
    emergency_only: bool = False
    text: str = ""
    # (south, west, north, east): the map area the officer picked by clicking a cluster.
    bounds: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class ReportRow:
    id: int
    reference: str
    status: str
    category_code: str
    category_name_id: str
    category_name_en: str
    channel: str
    location: str
    received_at: datetime
    due_at: datetime | None
    emergency: bool
    privacy: str
    lead_agency: str | None
    location_problem: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class ReportPage:
    rows: tuple[ReportRow, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    action: str
    from_status: str | None
    to_status: str
    actor: str | None
    agency: str | None
    note: str | None


@dataclass(frozen=True)
class NoteView:
    at: datetime
    author: str | None
    agency: str | None
    kind: str
    body: str


@dataclass(frozen=True)
class AgencyPart:
    code: str
    short_name: str
    role: str
    accepted: bool


@dataclass(frozen=True)
class ReportDetail:
    id: int
    reference: str
    status: str
    title: str
    description: str
    address: str
    lat: float | None
    lon: float | None
    location_problem: str | None
    city: str | None
    kecamatan: str | None
    kelurahan: str | None
    category_code: str
    category_name_id: str
    category_name_en: str
    channel: str
    external_id: str | None
    priority: str
    privacy: str
    emergency: bool
    received_at: datetime
    first_action_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    agencies: tuple[AgencyPart, ...]
    timeline: tuple[TimelineEntry, ...]
    notes: tuple[NoteView, ...]
    photo: bytes | None
    photo_kind: str | None
    rating: int | None
    rating_comment: str | None
    # Only whether an identity exists; the identity itself never leaves the vault here.
    has_identity: bool
    duplicate_of_reference: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AgencyView:
    id: int
    code: str
    name: str
    short_name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class CategoryView:
    code: str
    name_id: str
    name_en: str
    emergency: bool
    deadline_days: int
    default_agency_code: str
