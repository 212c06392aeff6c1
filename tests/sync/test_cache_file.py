"""A stolen laptop: the cache file holds no readable report data or reporter identity, and opens only with the password."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import sqlcipher3

from desktop.core.demo_data import DEMO_PASSWORD, generate
from desktop.core.sla import load_holidays
from desktop.sync.cache import CacheError, OfflineLoginExpired, cache_paths
from desktop.sync.keys import WrongPassword
from tests.conftest import ANCHOR


def test_no_plaintext_report_data_or_identity_in_the_cache_file(central, tmp_path):
    replica = central.replica("petugas1", name="stolen")
    marker, = central.new_reports(1, title="Pohon tumbang di Jalan Kenanga")
    central.settle(replica, lambda: marker in central.cached(replica, [marker]))
    replica.perform("add_note", marker, body="Catatan rahasia petugas lapangan")
    with replica.cache.read() as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM reports LIMIT 50")]
        addresses = [row[0] for row in connection.execute("SELECT address FROM reports LIMIT 50")]
    assert titles and central.title(replica, marker) == "Pohon tumbang di Jalan Kenanga 0"
    path = replica.cache.path
    replica.close()
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    identities = [r.identity for r in generate(150, 7, ANCHOR, load_holidays()) if r.identity]
    needles = {t.encode() for t in titles + addresses if len(t) > 8}
    needles |= {b"Pohon tumbang di Jalan Kenanga", b"Catatan rahasia petugas lapangan", b"SQLite format 3", b"CREATE TABLE"}
    needles |= {value.encode() for identity in identities for value in (identity.name, identity.phone, identity.nik)
                if value}
    found = sorted(needle for needle in needles if needle in raw)
    assert found == []


def test_wrong_password_cannot_open_the_cache(central, tmp_path):
    replica = central.replica("petugas1", name="locked")
    central.settle(replica, lambda: replica.cache.report_count() > 0)
    path = replica.cache.path
    key = path.with_suffix(".key")
    replica.close()
    with pytest.raises(WrongPassword):
        central.open_cache(path, key, online=False, password="demo12346")
    # Nor does the file open without the wrapped key, as plain SQLite or with a guessed key.
    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA key = 'demo12345'")
    with pytest.raises(sqlcipher3.DatabaseError):
        connection.execute("SELECT count(*) FROM reports").fetchone()
    connection.close()
    opened = central.open_cache(path, key, online=False, password=DEMO_PASSWORD)
    assert opened.report_count() > 0
    opened.close()


def test_offline_login_only_within_the_configured_period(central, tmp_path):
    path, key = cache_paths(tmp_path, central.url, "petugas1")
    with pytest.raises(CacheError, match="no offline copy"):
        central.open_cache(path, key, online=False)
    central.open_cache(path, key).close()
    now = datetime.now(timezone.utc)
    central.open_cache(path, key, online=False, offline_days=2, now=now + timedelta(days=1)).close()
    with pytest.raises(OfflineLoginExpired, match="2 days"):
        central.open_cache(path, key, online=False, offline_days=2, now=now + timedelta(days=3))
