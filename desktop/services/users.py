"""Managing user accounts (administrators and installers).

On PostgreSQL every account also gets its own login role in the group of its app role
(desktop.services.central); the database function ``app_create_user`` makes both, so an
administrator's connection needs no right to create roles itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import Agency, User
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role, parse_role
from desktop.services import audit, central
from desktop.services.database import Database
from desktop.services.dto import UserSession, UserView
from desktop.services.passwords import hash_password


CONTEXT = "users"
UNKNOWN_AGENCY = QT_TRANSLATE_NOOP(
    "users", "unknown agency {agency}; 'jaklapor-desk db agencies --url URL' lists the codes")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("users", "unknown role {given}; use one of: {roles}")
NEEDS_AGENCY = QT_TRANSLATE_NOOP("users", "an agency_staff user needs --agency CODE")
NO_AGENCY_HERE = QT_TRANSLATE_NOOP("users", "only agency_staff users belong to an agency; drop --agency")
SHORT_PASSWORD = QT_TRANSLATE_NOOP("users", "the password must have at least {length} characters")
BAD_USERNAME = QT_TRANSLATE_NOOP("users", "invalid username {username}: use 1–60 characters without spaces")
TAKEN = QT_TRANSLATE_NOOP("users", "the username {username} is already taken")
NO_USER = QT_TRANSLATE_NOOP("users", "there is no user {username}")
# Also the database's own words (app_create_user, app_update_user in db/sql/functions.sql).
ADMIN_ONLY = QT_TRANSLATE_NOOP("users", "only an administrator may manage users")
NO_SUCH_USER = QT_TRANSLATE_NOOP("users", "there is no such user")
OWN_ACCOUNT = QT_TRANSLATE_NOOP("users", "you cannot change your own role or disable your own account")
_FIXED = frozenset({ADMIN_ONLY, NO_SUCH_USER, OWN_ACCOUNT})


class UserError(RefusalError):
    """A user account cannot be created or changed as asked; ``refusal`` says why.

    Plain text is the database's refusal: a sentence it is known to use is translated too.
    """

    context = CONTEXT

    def __init__(self, refusal: Refusal | str):
        super().__init__(Refusal(CONTEXT, refusal) if isinstance(refusal, str) and refusal in _FIXED else refusal)


class _Refused(Exception):
    """The database refused and audited the change; raised only after that entry is committed."""


MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserAccount:
    id: int
    username: str
    display_name: str
    role: Role
    agency_code: str | None
    active: bool
    conduct_accepted: bool
    created_at: datetime


def _agency_id(session: Session, agency_code: str | None) -> int | None:
    if not agency_code:
        return None
    agency_id = session.scalar(select(Agency.id).where(Agency.code == agency_code.strip().upper()))
    if agency_id is None:
        raise UserError.refuse(UNKNOWN_AGENCY, agency=repr(agency_code))
    return agency_id


def _role(role: str) -> Role:
    try:
        return parse_role(role)
    except ValueError:
        raise UserError.refuse(UNKNOWN_ROLE, given=repr(role), roles=", ".join(r.value for r in Role)) from None


def _check_role_and_agency(role: str, agency_id: int | None) -> Role:
    parsed = _role(role)
    if parsed == Role.AGENCY_STAFF and agency_id is None:
        raise UserError.refuse(NEEDS_AGENCY)
    if parsed != Role.AGENCY_STAFF and agency_id is not None:
        raise UserError.refuse(NO_AGENCY_HERE)
    return parsed


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError.refuse(SHORT_PASSWORD, length=str(MIN_PASSWORD_LENGTH))


def create_user(session: Session, username: str, role: str, password: str,
                display_name: str | None = None, agency_code: str | None = None,
                password_hash: str | None = None) -> UserView:
    """Validate and add one account; ``password_hash`` lets a caller reuse a hash it already has."""
    username = username.strip()
    if not username or len(username) > 60 or any(ch.isspace() for ch in username):
        raise UserError.refuse(BAD_USERNAME, username=repr(username))
    _role(role)
    _check_password(password)
    agency_id = _agency_id(session, agency_code)
    parsed_role = _check_role_and_agency(role, agency_id)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise UserError.refuse(TAKEN, username=repr(username))
    display_name = display_name or username
    password_hash = password_hash or hash_password(password)
    agency = agency_code.strip().upper() if agency_code else None
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        row = session.execute(
            text("SELECT * FROM app_create_user(:username, :display, :role, :agency, :hash, :login, :scram)"),
            dict(username=username, display=display_name, role=parsed_role.value, agency=agency_id,
                 hash=password_hash, login=central.login_role_name(bind.url, username),
                 scram=central.scram_verifier(password))).one()
        if not row.o_ok:
            raise _Refused(row.o_message)
        return UserView(row.o_user_id, username, display_name, parsed_role, agency)
    user = User(username=username, display_name=display_name, role=parsed_role.value,
                agency_id=agency_id, password_hash=password_hash, active=True,
                created_at=datetime.now(timezone.utc))
    session.add(user)
    session.flush()
    return UserView(user.id, user.username, user.display_name, parsed_role, agency)


def add_user(db: Database, username: str, role: str, password: str,
             display_name: str | None = None, agency_code: str | None = None,
             by: UserSession | None = None) -> UserView:
    """Create an account; ``by`` is the administrator doing it in the app (None: an installer)."""
    refused = None
    with db.transaction() as session:
        try:
            if by is not None:
                _require_admin(session, by, "user_created", username=username)
            user = create_user(session, username, role, password, display_name, agency_code)
            if session.get_bind().dialect.name != "postgresql":
                audit.append(session, by.user_id if by else None, by.username if by else "installer",
                             "user_created", user=user.username, role=user.role.value, agency=user.agency_code)
        except _Refused as exc:
            refused = str(exc)
    if refused:
        raise UserError(refused)
    return user


def list_users(db: Database, by: UserSession) -> tuple[UserAccount, ...]:
    if by.role != Role.ADMIN:
        raise UserError(ADMIN_ONLY)
    with db.session() as session:
        rows = session.execute(
            select(User.id, User.username, User.display_name, User.role, Agency.code, User.active,
                   User.conduct_accepted_at, User.created_at)
            .outerjoin(Agency, Agency.id == User.agency_id).order_by(User.role, User.username))
        return tuple(UserAccount(r[0], r[1], r[2], Role(r[3]), r[4], r[5], r[6] is not None, r[7]) for r in rows)


def update_user(db: Database, by: UserSession, user_id: int, role: str, agency_code: str | None,
                active: bool, new_password: str | None = None) -> None:
    """Change an account's role, agency or state, or reset its password; every change is audited."""
    if new_password is not None:
        _check_password(new_password)
    refused = None
    with db.transaction() as session:
        agency_id = _agency_id(session, agency_code)
        parsed = _check_role_and_agency(role, agency_id)
        password_hash = hash_password(new_password) if new_password is not None else None
        try:
            if session.get_bind().dialect.name == "postgresql":
                row = session.execute(
                    text("SELECT * FROM app_update_user(:id, :role, :agency, :active, :hash, :scram)"),
                    dict(id=user_id, role=parsed.value, agency=agency_id, active=active, hash=password_hash,
                         scram=central.scram_verifier(new_password) if new_password is not None else None)).one()
                if not row.o_ok:
                    raise _Refused(row.o_message)
            else:
                _update_embedded(session, by, user_id, parsed, agency_id, active, password_hash)
        except _Refused as exc:
            refused = str(exc)
    if refused:
        raise UserError(refused)


def _require_admin(session: Session, by: UserSession, action: str, **detail) -> None:
    """The role stored in the database decides, not the one the client claims."""
    stored = session.scalar(select(User.role).where(User.id == by.user_id, User.active.is_(True)))
    if stored != Role.ADMIN.value:
        audit.append(session, by.user_id, by.username, "user_change_refused", attempted=action,
                     refused=ADMIN_ONLY, claimed_role=by.role.value, **detail)
        raise _Refused(ADMIN_ONLY)


def _update_embedded(session: Session, by: UserSession, user_id: int, role: Role, agency_id: int | None,
                     active: bool, password_hash: str | None) -> None:
    _require_admin(session, by, "user_changed", user_id=user_id)
    user = session.get(User, user_id)
    if user is None:
        raise UserError(NO_SUCH_USER)
    if user.id == by.user_id and (role.value != user.role or not active):
        audit.append(session, by.user_id, by.username, "user_change_refused", user_id=user_id,
                     refused=OWN_ACCOUNT)
        raise _Refused(OWN_ACCOUNT)
    if role.value != user.role or agency_id != user.agency_id:
        audit.append(session, by.user_id, by.username, "role_changed", user=user.username, agency_id=agency_id,
                     **{"from": user.role, "to": role.value})
    if active != user.active:
        audit.append(session, by.user_id, by.username, "user_enabled" if active else "user_disabled",
                     user=user.username)
    if password_hash is not None:
        audit.append(session, by.user_id, by.username, "password_reset", user=user.username)
        user.password_hash = password_hash
    user.role, user.agency_id, user.active = role.value, agency_id, active


def set_password(db: Database, username: str, password: str) -> None:
    """The installer's reset (``jaklapor-desk db set-password``); on PostgreSQL also the login role's."""
    _check_password(password)
    refused = None
    with db.transaction() as session:
        user = session.execute(select(User.id, User.role, User.agency_id, User.active)
                               .where(User.username == username.strip())).first()
        if user is None:
            raise UserError.refuse(NO_USER, username=repr(username))
        password_hash = hash_password(password)
        if session.get_bind().dialect.name == "postgresql":
            row = session.execute(
                text("SELECT * FROM app_update_user(:id, :role, :agency, :active, :hash, :scram)"),
                dict(id=user.id, role=user.role, agency=user.agency_id, active=user.active, hash=password_hash,
                     scram=central.scram_verifier(password))).one()
            refused = None if row.o_ok else row.o_message
        else:
            session.get(User, user.id).password_hash = password_hash
            audit.append(session, None, "installer", "password_reset", user=username.strip())
    if refused:
        raise UserError(refused)
