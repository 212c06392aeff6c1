"""Logging in: checking a password and building the session the UI works with."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Agency, User
from desktop.core.roles import Role
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.services.passwords import verify_password


class LoginError(Exception):
    """The login was refused; the message is safe to show (it never says which part was wrong)."""


def login(db: Database, username: str, password: str) -> UserSession:
    username = username.strip()
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
        raise LoginError("wrong username or password, or the account is disabled")
    return UserSession(
        user_id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role),
        agency_id=agency.id if agency else None, agency_code=agency.code if agency else None,
        agency_name=agency.name if agency else None, database_label=db.label,
    )
