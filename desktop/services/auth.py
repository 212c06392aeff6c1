"""Logging in: checking a password and building the session the UI works with.

On a workstation's central connection the password is checked by PostgreSQL itself and
the session then runs as the user's own database role (desktop.services.central).
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from db.models import Agency, User
from desktop.core.roles import Role
from desktop.services import audit, central
from desktop.services.database import Database, DatabaseError
from desktop.services.dto import UserSession
from desktop.services.passwords import verify_password


class LoginError(Exception):
    """The login was refused; the message is safe to show (it never says which part was wrong)."""


_REFUSED = "wrong username or password, or the account is disabled"


def login(db: Database, username: str, password: str) -> UserSession:
    username = username.strip()
    if central.is_per_user(db):
        return _login_own_role(db, username, password)
    with db.transaction() as session:
        row = session.execute(
            select(User, Agency).outerjoin(Agency, Agency.id == User.agency_id).where(User.username == username)
        ).first()
        if row is None or not row.User.active or not verify_password(row.User.password_hash, password):
            audit.append(session, row.User.id if row else None, username[:60], "login_failed")
            failed = True
        else:
            user, agency = row.User, row.Agency
            audit.append(session, user.id, user.username, "login")
            failed = False
    if failed:
        raise LoginError(_REFUSED)
    return UserSession(
        user_id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role),
        agency_id=agency.id if agency else None, agency_code=agency.code if agency else None,
        agency_name=agency.name if agency else None, database_label=db.label,
    )


def _login_own_role(db: Database, username: str, password: str) -> UserSession:
    engine = central.user_engine(db, username, password)
    try:
        with engine.begin() as connection:
            row = connection.execute(text("SELECT * FROM app_login()")).one()
    except OperationalError as exc:
        engine.dispose()
        # Authentication failures carry SQLSTATE class 28; no SQLSTATE means no server answered.
        if not (getattr(exc.orig, "sqlstate", None) or "").startswith("28"):
            raise DatabaseError(f"cannot reach the database at {db.label}; check the network and the server") from None
        _record_failure(db, username)
        raise LoginError(_REFUSED) from None
    except DBAPIError:
        engine.dispose()
        _record_failure(db, username)
        raise LoginError(_REFUSED) from None
    central.bind_to_user(db, engine)
    return UserSession(
        user_id=row.o_user_id, username=row.o_username, display_name=row.o_display_name, role=Role(row.o_role),
        agency_id=row.o_agency_id, agency_code=row.o_agency_code, agency_name=row.o_agency_name,
        database_label=db.label,
    )


def _record_failure(db: Database, username: str) -> None:
    """Through the gate account; a connection already bound to a user cannot, and does not need to."""
    if db.engine.url.username != central.gate_role_name(db.engine.url):
        return
    with db.engine.begin() as connection:
        connection.execute(text("SELECT app_login_failed(:username)"), {"username": username[:60]})
