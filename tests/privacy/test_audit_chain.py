"""The audit log is append-only and hash-chained: tampering, even by a superuser, is detected."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import psycopg
import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.services import audit
from desktop.services.auth import LoginError, login
from desktop.services.database import upgrade_database


def _verify_cli(url: str, capsys, *options: str) -> tuple[int, str]:
    code = main(["audit", "verify", "--url", url, *options])
    return code, capsys.readouterr().out


@pytest.fixture
def logged(pg_url):
    """A central database with a dozen audit entries (logins and failed logins)."""
    db = upgrade_database(pg_url)
    from desktop.services.users import add_user

    add_user(db, "petugas9", "officer", "rahasia-sekali")
    for n in range(10):
        try:
            login(db, "petugas9", "rahasia-sekali" if n % 3 else "salah-sekali")
        except LoginError:
            pass
    yield db
    db.dispose()


def _superuser(pg_url, *statements) -> None:
    """Tamper the way a superuser can: with the append-only triggers switched off."""
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("SET session_replication_role = replica")
        for statement in statements:
            connection.execute(statement)


def _ids(db) -> list[int]:
    with db.session() as session:
        return list(session.scalars(text("SELECT id FROM audit_entries ORDER BY id")))


def test_intact_log_verifies(logged, pg_url, capsys):
    code, out = _verify_cli(pg_url, capsys)
    assert code == 0 and "intact: 11 entries" in out


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET detail = '{}' WHERE id = 3",
    "DELETE FROM audit_entries WHERE id = 3",
    "TRUNCATE audit_entries",
])
def test_even_a_superuser_cannot_change_the_log_directly(logged, pg_url, statement):
    with psycopg.connect(pg_url, autocommit=True) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            connection.execute(statement)


@pytest.mark.parametrize("tamper, broken", [
    (["UPDATE audit_entries SET actor_username = 'someone' WHERE id = {4}"], 4),
    (["UPDATE audit_entries SET detail = '{{\"edited\": true}}' WHERE id = {2}"], 2),
    (["UPDATE audit_entries SET at = at - interval '1 hour' WHERE id = {6}"], 6),
    (["DELETE FROM audit_entries WHERE id = {5}"], 6),
    (["UPDATE audit_entries SET id = -1 WHERE id = {3}", "UPDATE audit_entries SET id = {3} WHERE id = {7}",
      "UPDATE audit_entries SET id = {7} WHERE id = -1"], 3),
    (["DELETE FROM audit_entries WHERE id = {11}"], 11),
    (["DELETE FROM audit_entries WHERE id >= {9}", "UPDATE audit_head SET last_id = {8}"], 8),
])
def test_superuser_tampering_is_detected_and_named(logged, pg_url, capsys, tamper, broken):
    ids = [None] + _ids(logged)  # ids[n] is the n-th entry
    _superuser(pg_url, *(statement.format(*ids) for statement in tamper))
    code, out = _verify_cli(pg_url, capsys)
    assert code == 1
    assert f"BROKEN at entry #{ids[broken]}" in out, out


def test_superuser_rewriting_the_tail_with_fresh_hashes_is_still_caught(logged, pg_url, capsys):
    """Dropping the last entry and re-pointing the head leaves the count short."""
    ids = _ids(logged)
    _superuser(pg_url, f"DELETE FROM audit_entries WHERE id = {ids[-1]}",
               f"UPDATE audit_head SET last_id = {ids[-2]}, "
               f"last_hash = (SELECT hash FROM audit_entries WHERE id = {ids[-2]})")
    code, out = _verify_cli(pg_url, capsys)
    assert code == 1 and "missing" in out


def test_concurrent_writers_never_fork_the_chain(logged, pg_url):
    errors: list[Exception] = []

    def writer(n: int) -> None:
        try:
            for k in range(15):
                with logged.transaction() as session:
                    audit.append(session, None, f"writer{n}", "export", None, batch=k)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = audit.verify(logged)
    assert result.ok and result.entries == 11 + 6 * 15


@pytest.mark.parametrize("detail", [
    'plain', 'quote " and \\\\ backslash', 'newline\nand\ttab\rcr', 'control \x01\x1f', 'é ü 中文 🙂', '{"json": [1, 2]}',
])
def test_database_and_python_hash_alike(pg_url, detail):
    db = upgrade_database(pg_url)
    at = datetime(2026, 11, 28, 1, 2, 3, 450000, tzinfo=timezone.utc)
    with db.session() as session:
        for moment in (at, at.replace(microsecond=0)):
            in_sql = session.scalar(text("SELECT audit_entry_hash(:p, :at, :actor, :action, :r, :d)"),
                                    dict(p="ab" * 32, at=moment, actor="petugas1", action="export", r=None, d=detail))
            assert in_sql == audit.entry_hash("ab" * 32, moment, "petugas1", "export", None, detail)
    db.dispose()


def test_sqlite_log_is_chained_and_tampering_detected(fresh_db):
    from desktop.core.demo_data import DEMO_PASSWORD

    for _ in range(3):
        login(fresh_db, "petugas1", DEMO_PASSWORD)
    assert audit.verify(fresh_db).ok
    with fresh_db.transaction() as session:
        second = session.scalar(text("SELECT id FROM audit_entries ORDER BY id LIMIT 1 OFFSET 1"))
        session.execute(text("UPDATE audit_entries SET actor_username = 'x' WHERE id = :id"), {"id": second})
    result = audit.verify(fresh_db)
    assert not result.ok and result.broken_id == second


def test_a_noted_chain_head_catches_a_full_rewrite(logged, pg_url, capsys):
    """A superuser who rewrites everything and recomputes every hash is caught by an earlier head."""
    code, out = _verify_cli(pg_url, capsys)
    noted = out.split("chain head ")[1].split()[0]
    assert _verify_cli(pg_url, capsys, "--head", noted)[0] == 0
    with logged.session() as session:
        rows = session.execute(text("SELECT id, at, actor_username, action, report_id, detail FROM audit_entries "
                                    "ORDER BY id")).all()
    statements, prev = [], audit.GENESIS
    for row in rows:
        actor = "someone-else" if row.id == rows[0].id else row.actor_username
        digest = audit.entry_hash(prev, row.at, actor, row.action, row.report_id, row.detail)
        statements.append(f"UPDATE audit_entries SET actor_username = '{actor}', prev_hash = '{prev}', "
                          f"hash = '{digest}' WHERE id = {row.id}")
        prev = digest
    statements.append(f"UPDATE audit_head SET last_hash = '{prev}'")
    _superuser(pg_url, "ALTER TABLE audit_entries DROP CONSTRAINT uq_audit_entries_prev_hash",
               "ALTER TABLE audit_entries DROP CONSTRAINT uq_audit_entries_hash", *statements)
    assert _verify_cli(pg_url, capsys)[0] == 0, "without the noted head a full rewrite is invisible"
    code, out = _verify_cli(pg_url, capsys, "--head", noted)
    assert code == 1 and "rewritten" in out

