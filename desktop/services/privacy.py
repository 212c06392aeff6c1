"""Reporter identity: the audited reveal, supervisor approval, the code of conduct, retention.

A reveal takes two calls, each its own transaction:

1. ``request_reveal`` checks the role, the report, the written reason and the code of
   conduct, records the request and its audit entry, commits, and hands back a one-time
   token. For a confidential report the token works only after another supervisor
   approves (``decide``); requests expire.
2. ``reveal`` spends the token: the database returns the sealed identity, which is
   opened here with the workstation's key file. Agency installations have no key file.

The request's audit entry is committed before any identity leaves the database, so
rolling back the reveal cannot erase the trace. Refusals are audited too, and their entry
is committed before the refusal is raised.

On PostgreSQL the checks run inside the database (db/sql/functions.sql), under the
user's own role; on the embedded SQLite database the same rules run here. Either way
the role that counts is the one stored in the database, not the one the client claims.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, aliased

from db.models import Report, ReporterIdentity, RevealRequest, User
from desktop import config
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_crypto import Identity, IdentityDecryptError, IdentityKey, KeyFileError, open_sealed, seal
from desktop.core.roles import Role
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.dto import UserSession

PUBLIC_WINDOW = timedelta(minutes=15)
APPROVAL_WINDOW = timedelta(hours=8)
MIN_REASON_WORDS = 3
MIN_REASON_CHARS = 15
# How long the identity stays on screen once revealed.
SHOW_SECONDS = 60
DEFAULT_RETENTION_DAYS = 365
REVEAL_ROLES = (Role.OFFICER, Role.SUPERVISOR)
CLOSED_STATUSES = ("done", "rejected", "duplicate")

CONDUCT_VERSION = "2026-1"
CODE_OF_CONDUCT = QT_TRANSLATE_NOOP("privacy", """\
Data-handling code of conduct for reporter identities

1. A reporter's identity is revealed only when I must contact the reporter to handle their report.
2. I write the true reason for every reveal; every reveal is recorded with my name and can be audited.
3. I never pass a reporter's identity to an agency, to the person or business reported, or to anyone \
outside the command centre.
4. I do not copy, photograph, print or store an identity outside the application.
5. For confidential reports I wait for a supervisor's approval and accept a refusal.
6. Misuse is a breach of duty and of the personal data protection law (UU 27/2022).""")


# Why a reveal step is refused, word for word as both the embedded rules below and the database's
# functions (db/sql/functions.sql) say it: the user reads a known reason in their own language.
CONTEXT = "privacy"
OWN_ACCOUNT = QT_TRANSLATE_NOOP("privacy", "log in with your own account to reveal an identity")
ROLE_MAY_NOT = QT_TRANSLATE_NOOP("privacy", "a user with the role {role} may not reveal a reporter's identity")
NO_REPORT = QT_TRANSLATE_NOOP("privacy", "there is no such report")
ANONYMOUS = QT_TRANSLATE_NOOP("privacy", "this report is anonymous: no identity is stored")
NO_IDENTITY = QT_TRANSLATE_NOOP(
    "privacy", "no identity is stored for this report (it was never given or has been purged)")
CONDUCT_FIRST = QT_TRANSLATE_NOOP("privacy", "accept the data-handling code of conduct before your first reveal")
REASON_MISSING = QT_TRANSLATE_NOOP("privacy", "write why you need to contact the reporter")
REASON_SHORT = QT_TRANSLATE_NOOP(
    "privacy", "the reason is too short: say in a sentence why you need to contact the reporter")
SUPERVISOR_ONLY = QT_TRANSLATE_NOOP("privacy", "only a supervisor may approve or deny a reveal")
NO_REQUEST = QT_TRANSLATE_NOOP("privacy", "there is no such reveal request")
OWN_REQUEST = QT_TRANSLATE_NOOP("privacy", "you cannot decide your own request: another supervisor must")
DECIDED = QT_TRANSLATE_NOOP("privacy", "this request has already been decided")
DECISION_EXPIRED = QT_TRANSLATE_NOOP("privacy", "this request has expired; the officer must ask again")
DENIAL_REASON = QT_TRANSLATE_NOOP("privacy", "say why you deny the request")
ACCOUNT_MAY_NOT = QT_TRANSLATE_NOOP("privacy", "your account may not reveal a reporter's identity")
TOKEN_INVALID = QT_TRANSLATE_NOOP("privacy", "this reveal token is not valid")
TOKEN_USED = QT_TRANSLATE_NOOP("privacy", "this reveal token has already been used; request a new reveal")
DENIED = QT_TRANSLATE_NOOP("privacy", "a supervisor denied this request")
WAITING = QT_TRANSLATE_NOOP("privacy", "this request is waiting for a supervisor's approval")
REQUEST_EXPIRED = QT_TRANSLATE_NOOP("privacy", "this reveal request has expired; request a new reveal")
UNCOMMITTED = QT_TRANSLATE_NOOP("privacy", "the reveal request must be committed before the identity is shown")
PURGED = QT_TRANSLATE_NOOP("privacy", "the identity has been purged")
NO_KEY_FILE = QT_TRANSLATE_NOOP(
    "privacy", "this workstation has no identity key file: identities can only be shown on command-centre "
               "workstations")
WRONG_KEY = QT_TRANSLATE_NOOP(
    "privacy", "this workstation's identity key does not open the stored identity; ask the installer for the "
               "command centre's key file")
PURGE_REFUSED = QT_TRANSLATE_NOOP("privacy", "only a supervisor or the installer may purge identities")
_FIXED = frozenset({
    OWN_ACCOUNT, NO_REPORT, ANONYMOUS, NO_IDENTITY, CONDUCT_FIRST, REASON_MISSING, REASON_SHORT, SUPERVISOR_ONLY,
    NO_REQUEST, OWN_REQUEST, DECIDED, DECISION_EXPIRED, DENIAL_REASON, ACCOUNT_MAY_NOT, TOKEN_INVALID, TOKEN_USED,
    DENIED, WAITING, REQUEST_EXPIRED, UNCOMMITTED, PURGED, NO_KEY_FILE, WRONG_KEY, PURGE_REFUSED,
})
_ROLE_MAY_NOT = re.compile(r"a user with the role (\S+) may not reveal a reporter's identity")


def refusal_for(message: str) -> Refusal | None:
    """The translatable form of a refusal recorded as text (by the database's functions); None if unknown."""
    if message in _FIXED:
        return Refusal(CONTEXT, message)
    role = _ROLE_MAY_NOT.fullmatch(message)
    return Refusal(CONTEXT, ROLE_MAY_NOT, {"role": role.group(1)}) if role else None


class RevealRefused(RefusalError):
    """A reveal step was refused; the message says why and the attempt is in the audit log.

    The message is the one audited (the database's own, on PostgreSQL); ``refusal`` translates a known one.
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.refusal = refusal_for(message)


@dataclass(frozen=True)
class RevealTicket:
    request_id: int
    report_id: int
    token: str
    needs_approval: bool
    expires_at: datetime


@dataclass(frozen=True)
class RevealRequestView:
    id: int
    report_id: int
    reference: str
    privacy: str
    requested_by: str
    requested_at: datetime
    reason: str
    status: str
    expires_at: datetime
    decided_by: str | None
    decision_note: str | None

    def expired(self, now: datetime | None = None) -> bool:
        return self.status in ("pending", "approved") and self.expires_at <= (now or datetime.now(timezone.utc))


def reason_problem(reason: str) -> str | None:
    """Why ``reason`` is not enough for a reveal, or None; app_reason_problem in SQL says the same."""
    reason = (reason or "").strip()
    if not reason:
        return REASON_MISSING
    if len(re.split(r"\s+", reason)) < MIN_REASON_WORDS or len(reason) < MIN_REASON_CHARS:
        return REASON_SHORT
    return None


def _pg(db_or_session) -> bool:
    bind = db_or_session.get_bind() if isinstance(db_or_session, Session) else db_or_session.engine
    return bind.dialect.name == "postgresql"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _token_hash(token: str) -> str:
    return hashlib.sha256((token or "").encode("utf-8")).hexdigest()


def _stored_user(session: Session, user: UserSession) -> User | None:
    return session.scalar(select(User).where(User.id == user.user_id, User.active.is_(True)))


def _refuse(session: Session, user: UserSession, action: str, report_id: int | None, message: str, **detail) -> str:
    audit.append(session, user.user_id, user.username, action, report_id, refused=message, **detail)
    return message


# --- the code of conduct -----------------------------------------------------------------

def conduct_accepted(db: Database, user: UserSession) -> bool:
    with db.session() as session:
        return session.scalar(select(User.conduct_accepted_at).where(User.id == user.user_id)) is not None


def accept_conduct(db: Database, user: UserSession) -> None:
    with db.transaction() as session:
        if _pg(session):
            session.execute(text("SELECT app_accept_conduct(:version)"), {"version": CONDUCT_VERSION})
            return
        stored = session.get(User, user.user_id)
        if stored.conduct_accepted_at is not None:
            return
        stored.conduct_accepted_at = _now()
        audit.append(session, user.user_id, user.username, "conduct_accepted", version=CONDUCT_VERSION)


# --- step 1: the request -------------------------------------------------------------------

def request_reveal(db: Database, user: UserSession, report_id: int, reason: str) -> RevealTicket:
    reason = (reason or "").strip()
    with db.transaction() as session:
        if _pg(session):
            row = session.execute(text("SELECT * FROM app_request_reveal(:report_id, :reason)"),
                                  {"report_id": report_id, "reason": reason}).one()
            outcome = row.o_message if not row.o_ok else RevealTicket(
                row.o_request_id, report_id, row.o_token, row.o_needs_approval, row.o_expires_at)
        else:
            outcome = _request_embedded(session, user, report_id, reason)
    if isinstance(outcome, str):
        raise RevealRefused(outcome)
    return outcome


def _request_embedded(session: Session, user: UserSession, report_id: int, reason: str) -> RevealTicket | str:
    stored = _stored_user(session, user)
    if stored is None or Role(stored.role) not in REVEAL_ROLES:
        role = stored.role if stored else "unknown"
        return _refuse(session, user, "reveal_refused", report_id,
                       ROLE_MAY_NOT.format(role=role),
                       claimed_role=user.role.value, reason=reason[:500])
    # Officers and supervisors see every report; the stored role, not the claimed one, decided that above.
    report = session.get(Report, report_id)
    problem = None
    if report is None:
        problem = NO_REPORT
    elif report.privacy == "anonymous":
        problem = ANONYMOUS
    elif not _stored_identity(session, report_id):
        problem = NO_IDENTITY
    elif stored.conduct_accepted_at is None:
        problem = CONDUCT_FIRST
    else:
        problem = reason_problem(reason)
    if problem:
        return _refuse(session, user, "reveal_refused", report_id, problem, reason=reason[:500])
    needs = report.privacy == "confidential"
    now = _now()
    token = secrets.token_hex(32)
    request = RevealRequest(report_id=report_id, requested_by=stored.id, requested_at=now, reason=reason,
                            needs_approval=needs, status="pending" if needs else "approved",
                            expires_at=now + (APPROVAL_WINDOW if needs else PUBLIC_WINDOW),
                            token_hash=_token_hash(token))
    session.add(request)
    session.flush()
    audit.append(session, stored.id, stored.username, "reveal_requested", report_id, request=request.id,
                 reason=reason, needs_approval=needs)
    return RevealTicket(request.id, report_id, token, needs, request.expires_at)


# --- the supervisor's decision -------------------------------------------------------------

def decide(db: Database, user: UserSession, request_id: int, approve: bool, note: str = "") -> None:
    """Approve or deny a confidential reveal; never one's own request."""
    note = (note or "").strip()
    with db.transaction() as session:
        if _pg(session):
            row = session.execute(text("SELECT * FROM app_decide_reveal(:id, :approve, :note)"),
                                  {"id": request_id, "approve": approve, "note": note}).one()
            problem = None if row.o_ok else row.o_message
        else:
            problem = _decide_embedded(session, user, request_id, approve, note)
    if problem:
        raise RevealRefused(problem)


def _decide_embedded(session: Session, user: UserSession, request_id: int, approve: bool, note: str) -> str | None:
    stored = _stored_user(session, user)
    request = session.get(RevealRequest, request_id)
    problem = None
    if stored is None or stored.role != Role.SUPERVISOR.value:
        problem = SUPERVISOR_ONLY
    elif request is None:
        problem = NO_REQUEST
    elif request.requested_by == stored.id:
        problem = OWN_REQUEST
    elif request.status != "pending":
        problem = DECIDED
    elif request.expires_at <= _now():
        problem = DECISION_EXPIRED
    elif not approve and len(note) < 3:
        problem = DENIAL_REASON
    if problem:
        return _refuse(session, user, "approval_refused" if approve else "denial_refused",
                       request.report_id if request else None, problem, request=request_id)
    request.status = "approved" if approve else "denied"
    request.decided_by, request.decided_at, request.decision_note = stored.id, _now(), note or None
    audit.append(session, stored.id, stored.username, "reveal_approved" if approve else "reveal_denied",
                 request.report_id, request=request_id, note=note)
    return None


# --- step 2: spending the token ------------------------------------------------------------

def load_identity_key() -> IdentityKey:
    """This workstation's key file; command-centre installations only, never created here."""
    path = config.identity_key_path()
    if not path.exists():
        raise RevealRefused(NO_KEY_FILE)
    try:
        return IdentityKey.load(path)
    except KeyFileError as exc:
        raise RevealRefused(str(exc)) from None


def reveal(db: Database, user: UserSession, token: str, key: IdentityKey) -> Identity:
    """Spend a one-time token: the audit entry commits, then the identity is opened with ``key``."""
    with db.transaction() as session:
        if _pg(session):
            row = session.execute(text("SELECT * FROM app_reveal(:token)"), {"token": token}).one()
            outcome = (row.o_report_id, row.o_sealed) if row.o_ok else row.o_message
        else:
            outcome = _reveal_embedded(session, user, token)
    if isinstance(outcome, str):
        raise RevealRefused(outcome)
    report_id, sealed = outcome
    try:
        return open_sealed(bytes(sealed), report_id, key)
    except IdentityDecryptError:
        raise RevealRefused(WRONG_KEY) from None


def _reveal_embedded(session: Session, user: UserSession, token: str) -> tuple[int, bytes] | str:
    stored = _stored_user(session, user)
    request = session.scalar(select(RevealRequest).where(RevealRequest.token_hash == _token_hash(token)))
    problem = None
    if stored is None or Role(stored.role) not in REVEAL_ROLES:
        problem = ACCOUNT_MAY_NOT
    elif request is None or request.requested_by != stored.id:
        problem = TOKEN_INVALID
    elif request.status == "used":
        problem = TOKEN_USED
    elif request.status == "denied":
        problem = DENIED
    elif request.status == "pending":
        problem = WAITING
    elif request.expires_at <= _now():
        problem = REQUEST_EXPIRED
    sealed = None
    if problem is None:
        sealed = session.scalar(select(ReporterIdentity.sealed).where(
            ReporterIdentity.report_id == request.report_id, ReporterIdentity.purged_at.is_(None)))
        if sealed is None:
            problem = PURGED
    if problem:
        return _refuse(session, user, "reveal_refused", request.report_id if request else None, problem,
                       request=request.id if request else None)
    request.status, request.used_at = "used", _now()
    audit.append(session, stored.id, stored.username, "identity_revealed", request.report_id, request=request.id,
                 reason=request.reason)
    return request.report_id, sealed


# --- what the screens list -----------------------------------------------------------------

def _requests(session: Session, *conditions) -> tuple[RevealRequestView, ...]:
    asker, decider = aliased(User), aliased(User)
    rows = session.execute(
        select(RevealRequest.id, RevealRequest.report_id, Report.reference, Report.privacy, asker.display_name,
               RevealRequest.requested_at, RevealRequest.reason, RevealRequest.status, RevealRequest.expires_at,
               decider.display_name, RevealRequest.decision_note)
        .join(Report, Report.id == RevealRequest.report_id)
        .join(asker, asker.id == RevealRequest.requested_by)
        .outerjoin(decider, decider.id == RevealRequest.decided_by)
        .where(*conditions).order_by(RevealRequest.requested_at.desc()).limit(500))
    return tuple(RevealRequestView(*row) for row in rows)


def pending_approvals(db: Database, user: UserSession, now: datetime | None = None) -> tuple[RevealRequestView, ...]:
    """Confidential reveals waiting for a supervisor, oldest expiry first; not one's own."""
    if user.role != Role.SUPERVISOR:
        return ()
    with db.session() as session:
        pending = _requests(session, RevealRequest.status == "pending",
                            RevealRequest.expires_at > (now or _now()), RevealRequest.requested_by != user.user_id)
    return tuple(sorted(pending, key=lambda r: r.expires_at))


def recent_decisions(db: Database, user: UserSession) -> tuple[RevealRequestView, ...]:
    if user.role != Role.SUPERVISOR:
        return ()
    with db.session() as session:
        return _requests(session, RevealRequest.status.in_(("approved", "denied")),
                         RevealRequest.decided_by.is_not(None))[:50]


def my_requests(db: Database, user: UserSession, report_id: int | None = None) -> tuple[RevealRequestView, ...]:
    if user.role not in REVEAL_ROLES:
        return ()
    conditions = [RevealRequest.requested_by == user.user_id]
    if report_id is not None:
        conditions.append(RevealRequest.report_id == report_id)
    with db.session() as session:
        return _requests(session, *conditions)


# --- intake and retention ------------------------------------------------------------------

def _stored_identity(session: Session, report_id: int) -> bool:
    if _pg(session):
        return bool(session.scalar(text("SELECT stored FROM vault_presence WHERE report_id = :id"), {"id": report_id}))
    return session.scalar(select(func.count()).select_from(ReporterIdentity).where(
        ReporterIdentity.report_id == report_id, ReporterIdentity.sealed.is_not(None),
        ReporterIdentity.purged_at.is_(None))) > 0


def identity_stored(session: Session, user: UserSession, report_id: int, privacy: str) -> bool:
    """Whether a revealable identity exists; agency staff are only told what the privacy mode says."""
    if privacy == "anonymous":
        return False
    if user.role not in REVEAL_ROLES:
        return True
    return _stored_identity(session, report_id)


def store_identity(session: Session, report_id: int, identity: Identity, key: IdentityKey) -> None:
    """Seal and keep a new report's identity (intake), in the caller's transaction."""
    store_identities(session, [(report_id, identity)], key)


def store_identities(session: Session, identities: Iterable[tuple[int, Identity]], key: IdentityKey) -> None:
    """Seal and keep new reports' identities in one batch: the only place identities are written.

    PostgreSQL takes them only through its vault function, under the user's own role.
    """
    rows = [dict(id=report_id, key_id=key.key_id, sealed=seal(identity, report_id, key))
            for report_id, identity in identities]
    if not rows:
        return
    if _pg(session):
        session.execute(text("SELECT app_store_identity(:id, :key_id, :sealed)"), rows)
        return
    now = _now()
    session.connection().execute(insert(ReporterIdentity.__table__),
                                 [dict(row, report_id=row["id"], created_at=now) for row in rows])


def purge_closed(db: Database, days: int = DEFAULT_RETENTION_DAYS, user: UserSession | None = None,
                 now: datetime | None = None) -> int:
    """Erase the identities of reports closed more than ``days`` ago; audited. ``user`` None: the installer."""
    if days < 0:
        raise ValueError("the retention period must be zero or more days")
    with db.transaction() as session:
        if _pg(session):
            return session.scalar(text("SELECT app_purge_identities(:days)"), {"days": days})
        if user is not None and (_stored_user(session, user) is None or user.role != Role.SUPERVISOR):
            raise RevealRefused(PURGE_REFUSED)
        cutoff = (now or _now()) - timedelta(days=days)
        closed = select(Report.id).where(Report.status.in_(CLOSED_STATUSES),
                                         func.coalesce(Report.done_at, Report.updated_at) < cutoff)
        rows = session.scalars(select(ReporterIdentity).where(
            ReporterIdentity.report_id.in_(closed), ReporterIdentity.sealed.is_not(None))).all()
        for row in rows:
            row.sealed, row.purged_at = None, _now()
        audit.append(session, user.user_id if user else None, user.username if user else "installer",
                     "identity_purged", days=days, purged=len(rows))
        return len(rows)
