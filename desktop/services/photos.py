"""Report photos: metadata stripped on intake, redacted versions for agencies.

Every photo is re-encoded by ``desktop.core.photos.sanitize`` before it is stored, so no
stored copy carries the reporter's GPS position or device. The original stays in the
command centre; agencies are only ever given the redacted version (kind 'redacted') and
their own after-photos, here and, on PostgreSQL, by row-level security.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, update

from db.models import Photo, Report
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.ids import new_id
from desktop.core.photos import Rect, blur_regions, sanitize, suggest_regions
from desktop.core.roles import Role
from desktop.services import audit
from desktop.services.access import NOT_VISIBLE, AccessDenied, visible_report
from desktop.services.database import Database
from desktop.services.dto import UserSession

AGENCY_KINDS = ("redacted", "after")
COMMAND_CENTRE = (Role.OFFICER, Role.SUPERVISOR)

ORIGINALS = QT_TRANSLATE_NOOP("access", "only the command centre handles original photos and their redaction")
KIND_REFUSED = QT_TRANSLATE_NOOP("access", "{role} may not add a photo of kind {kind}.")
NO_PHOTO = QT_TRANSLATE_NOOP("access", "this photo does not exist or is not yours to see")
NOT_ORIGINAL = QT_TRANSLATE_NOOP("access", "redact an original photo of a report")


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    report_id: int
    kind: str
    width: int
    height: int
    created_at: datetime


def _kinds_for(user: UserSession) -> tuple[str, ...]:
    return AGENCY_KINDS if user.role == Role.AGENCY_STAFF else ("original", "redacted", "after")


def _require_command_centre(user: UserSession) -> None:
    if user.role not in COMMAND_CENTRE:
        raise AccessDenied(ORIGINALS)


def add_photo(db: Database, user: UserSession, report_id: int, data: bytes, kind: str = "original") -> PhotoInfo:
    """Store a photo with its metadata removed; agencies may only add after-photos."""
    allowed = ("after",) if user.role == Role.AGENCY_STAFF else ("original", "after")
    if kind not in allowed:
        raise AccessDenied(KIND_REFUSED, role=user.role.value, kind=repr(kind))
    clean = sanitize(data)
    now = datetime.now(timezone.utc)
    with db.transaction() as session:
        if session.scalar(visible_report(user, report_id)) is None:
            raise AccessDenied(NOT_VISIBLE)
        photo = Photo(id=new_id(now), report_id=report_id, kind=kind, content_type=clean.content_type,
                      width=clean.width, height=clean.height, sha256=clean.sha256, data=clean.data,
                      created_at=now, created_by=user.user_id)
        session.add(photo)
        if kind == "original":
            session.execute(update(Report).where(Report.id == report_id)
                            .values(photo_count=Report.photo_count + 1))
        session.flush()
        return PhotoInfo(photo.id, report_id, kind, photo.width, photo.height, now)


def photos_of(db: Database, user: UserSession, report_id: int) -> tuple[PhotoInfo, ...]:
    with db.session() as session:
        if session.scalar(visible_report(user, report_id)) is None:
            raise AccessDenied(NOT_VISIBLE)
        rows = session.execute(
            select(Photo.id, Photo.report_id, Photo.kind, Photo.width, Photo.height, Photo.created_at)
            .where(Photo.report_id == report_id, Photo.kind.in_(_kinds_for(user))).order_by(Photo.created_at))
        return tuple(PhotoInfo(*row) for row in rows)


def photo_data(db: Database, user: UserSession, photo_id: int) -> bytes:
    with db.session() as session:
        row = session.execute(select(Photo.report_id, Photo.data).where(
            Photo.id == photo_id, Photo.kind.in_(_kinds_for(user)))).first()
        if row is None or session.scalar(visible_report(user, row.report_id)) is None:
            raise AccessDenied(NO_PHOTO)
        return row.data


def suggest(db: Database, user: UserSession, photo_id: int) -> list[Rect]:
    """Faces to offer for blurring (OpenCV's bundled detector, when installed)."""
    _require_command_centre(user)
    return suggest_regions(photo_data(db, user, photo_id))


def save_redacted(db: Database, user: UserSession, photo_id: int, rects: list[Rect]) -> PhotoInfo:
    """Blur ``rects`` of an original photo into the version agencies see (replacing an older one)."""
    _require_command_centre(user)
    with db.session() as session:
        source = session.execute(select(Photo.report_id, Photo.kind, Photo.data).where(Photo.id == photo_id)).first()
    if source is None or source.kind != "original":
        raise AccessDenied(NOT_ORIGINAL)
    blurred = sanitize(blur_regions(source.data, rects))
    now = datetime.now(timezone.utc)
    with db.transaction() as session:
        existing = session.scalar(select(Photo).where(Photo.report_id == source.report_id, Photo.kind == "redacted"))
        if existing is None:
            existing = Photo(id=new_id(now), report_id=source.report_id, kind="redacted")
            session.add(existing)
        existing.content_type, existing.width, existing.height = blurred.content_type, blurred.width, blurred.height
        existing.sha256, existing.data, existing.created_at, existing.created_by = \
            blurred.sha256, blurred.data, now, user.user_id
        audit.append(session, user.user_id, user.username, "photo_redacted", source.report_id, photo=photo_id,
                     regions=len(rects))
        session.flush()
        return PhotoInfo(existing.id, source.report_id, "redacted", blurred.width, blurred.height, now)
