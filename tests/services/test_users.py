"""Creating accounts: every bad input gets a reason and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import User
from desktop.services.auth import login
from desktop.services.users import UserError, add_user


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(User))


def test_add_officer_and_log_in(fresh_db):
    user = add_user(fresh_db, "petugas9", "officer", "rahasia-sekali")
    assert user.role.value == "officer"
    assert login(fresh_db, "petugas9", "rahasia-sekali").username == "petugas9"


def test_add_agency_staff(fresh_db):
    user = add_user(fresh_db, "sda2", "agency_staff", "rahasia-sekali", agency_code="sda")
    assert user.agency_code == "SDA"


@pytest.mark.parametrize("args, message", [
    (("x1", "janitor", "rahasia-sekali"), "unknown role"),
    (("x2", "agency_staff", "rahasia-sekali"), "needs --agency"),
    (("x3", "agency_staff", "rahasia-sekali", None, "NOPE"), "unknown agency"),
    (("x4", "officer", "rahasia-sekali", None, "DLH"), "only agency_staff"),
    (("x5", "officer", "short"), "at least 8"),
    (("petugas1", "officer", "rahasia-sekali"), "already taken"),
    (("with space", "officer", "rahasia-sekali"), "invalid username"),
])
def test_bad_accounts_are_refused_and_nothing_written(fresh_db, args, message):
    before = _count(fresh_db)
    with pytest.raises(UserError, match=message):
        add_user(fresh_db, *args)
    assert _count(fresh_db) == before
