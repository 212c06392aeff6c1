"""Managing user accounts (administrators and installers)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, User
from desktop.core.roles import Role, parse_role
from desktop.services.database import Database
from desktop.services.dto import UserView
from desktop.services.passwords import hash_password


class UserError(Exception):
    """A user account cannot be created as asked; the message says why."""


MIN_PASSWORD_LENGTH = 8


def create_user(session: Session, username: str, role: str, password: str,
                display_name: str | None = None, agency_code: str | None = None,
                password_hash: str | None = None) -> User:
    """Validate and add one account; ``password_hash`` lets a caller reuse a hash it already has."""
    username = username.strip()
    if not username or len(username) > 60 or any(ch.isspace() for ch in username):
        raise UserError(f"invalid username {username!r}: use 1–60 characters without spaces")
    try:
        parsed_role = parse_role(role)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    agency_id = None
    if agency_code:
        agency_id = session.scalar(select(Agency.id).where(Agency.code == agency_code.strip().upper()))
        if agency_id is None:
            raise UserError(f"unknown agency {agency_code!r}; 'jaklapor-desk db agencies --url URL' lists the codes")
    if parsed_role == Role.AGENCY_STAFF and agency_id is None:
        raise UserError("an agency_staff user needs --agency CODE")
    if parsed_role != Role.AGENCY_STAFF and agency_id is not None:
        raise UserError("only agency_staff users belong to an agency; drop --agency")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise UserError(f"the username {username!r} is already taken")
    user = User(username=username, display_name=display_name or username, role=parsed_role.value,
                agency_id=agency_id, password_hash=password_hash or hash_password(password), active=True,
                created_at=datetime.now(timezone.utc))
    session.add(user)
    session.flush()
    return user


def add_user(db: Database, username: str, role: str, password: str,
             display_name: str | None = None, agency_code: str | None = None) -> UserView:
    with db.transaction() as session:
        user = create_user(session, username, role, password, display_name, agency_code)
        return UserView(user.id, user.username, user.display_name, Role(user.role), agency_code and agency_code.upper())
