"""The first-run wizard's saved answers, key file installation, connection test and the log."""

from __future__ import annotations

import logging
import stat

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from desktop import config
from desktop.core.identity_crypto import IdentityKey, KeyFileError
from desktop.logs import LOG_FILE, scrub, setup_logging
from desktop.services.database import DatabaseError, upgrade_database
from desktop.services.workstation import (
    AGENCY, CENTRAL, Workstation, WorkstationError, check_connection, install_key_file, load_workstation,
    save_workstation, url_refusal, with_tls,
)


def test_tls_options_become_libpq_query_parameters():
    url = with_tls("postgresql://gate@db/jaklapor?sslmode=disable&application_name=x", "verify-full", "/etc/ca.crt")
    assert url == "postgresql://gate@db/jaklapor?application_name=x&sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt"
    assert with_tls("postgresql://gate@db/jaklapor") == "postgresql://gate@db/jaklapor"
    with pytest.raises(WorkstationError, match="unknown sslmode 'strict'"):
        with_tls("postgresql://gate@db/jaklapor", "strict")


def test_saved_answers_come_back_and_only_the_owner_can_read_them(dirs):
    assert load_workstation() is None
    saved = Workstation(mode=CENTRAL, url="postgresql://gate:secret@db/jaklapor", sslmode="require", role=AGENCY)
    path = save_workstation(saved)
    assert load_workstation() == saved
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert saved.database_url() == "postgresql://gate:secret@db/jaklapor?sslmode=require"
    assert not saved.needs_key and Workstation(mode=CENTRAL, url="x").needs_key


def test_a_damaged_configuration_says_how_to_start_over(dirs):
    config.workstation_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(WorkstationError, match="delete it to run the first-run wizard again"):
        load_workstation()
    config.workstation_path().write_text('{"mode": "cloud"}', encoding="utf-8")
    with pytest.raises(WorkstationError, match="unknown mode or role"):
        load_workstation()


def test_the_key_file_is_copied_once_and_never_replaced_by_another(dirs, identity_key):
    source = dirs / "from-custodian.key"
    identity_key.save(source)
    assert install_key_file(source).key_id == identity_key.key_id
    installed = config.identity_key_path()
    assert IdentityKey.load(installed).key_id == identity_key.key_id
    assert stat.S_IMODE(installed.stat().st_mode) == 0o600
    assert install_key_file(source).key_id == identity_key.key_id  # the same key again is fine
    other = dirs / "other.key"
    IdentityKey.generate().save(other)
    with pytest.raises(KeyFileError, match="refusing to replace it"):
        install_key_file(other)
    assert IdentityKey.load(installed).key_id == identity_key.key_id
    damaged = dirs / "damaged.key"
    damaged.write_text("hello\n", encoding="ascii")
    with pytest.raises(KeyFileError, match="not an identity key file"):
        install_key_file(damaged)


def test_url_mistakes_are_named_before_connecting():
    assert "enter the central database URL" in url_refusal("  ").text()
    assert "PostgreSQL" in url_refusal("sqlite:///x.sqlite").text()
    assert "needs a host and a database name" in url_refusal("postgresql://gate@/").text()
    assert url_refusal("postgres://gate@db.example/jaklapor") is None


def test_connection_test_reports_schema_state(dirs, pg_url):
    empty = check_connection(pg_url)
    assert not empty.current and "no JakLapor schema" in empty.schema
    upgrade_database(pg_url).dispose()
    current = check_connection(pg_url)
    assert current.current and "(current)" in current.schema
    with pytest.raises(DatabaseError, match="cannot reach the database"):
        check_connection("postgresql://nobody@127.0.0.1:1/jaklapor")


def test_the_log_never_holds_statement_parameters_or_url_passwords(dirs):
    path = setup_logging()
    assert path.parent == config.log_dir() and path.name == LOG_FILE
    engine = create_engine("sqlite://")
    reporter = " ".join(("Siti", "Rahayu"))  # built at run time, so the traceback's source line lacks it
    with engine.connect() as connection:
        try:
            connection.execute(text("INSERT INTO nowhere (name) VALUES (:name)"), {"name": reporter})
        except SQLAlchemyError:
            logging.getLogger("desktop.test").exception("insert failed on postgresql://gate:hunter2@db/jaklapor")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()
    written = path.read_text(encoding="utf-8")
    assert "insert failed" in written and "no such table" in written
    assert "Siti Rahayu" not in written and "hunter2" not in written
    assert scrub("x\n[parameters: ('a]', 'b')]\ny") == "x\n[parameters hidden]\ny"


def test_an_unreachable_server_is_explained_in_the_installers_language(qapp):
    from desktop.ui.errors import error_text
    from desktop.ui.i18n import install_language

    with pytest.raises(DatabaseError) as caught:
        check_connection("postgresql://gate@127.0.0.1:1/jaklapor")
    assert str(caught.value).startswith("cannot reach the database at")
    install_language("id")
    try:
        assert error_text(caught.value).startswith("tidak dapat menghubungi basis data di ")
    finally:
        install_language("id")


def test_an_empty_database_is_explained_in_the_installers_language(qapp, pg_url):
    from desktop.ui.errors import refusal_text
    from desktop.ui.i18n import install_language

    install_language("id")
    found = check_connection(pg_url)
    assert refusal_text(found.state) == (
        "basis data belum berisi skema JakLapor; jalankan 'jaklapor-desk db upgrade --url URL'")
    assert "no JakLapor schema" in found.schema
