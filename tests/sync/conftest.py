"""Fixtures for the sync tests: one seeded central database, workstations, a loopback TCP proxy.

The proxy sits between a workstation and PostgreSQL on 127.0.0.1 only; it can refuse
connections (central unreachable), swallow bytes in one direction (a partition), or pass a
COMMIT upstream and drop the reply (a lost acknowledgement).
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.ids import new_id
from desktop.services.database import upgrade_database
from desktop.services.seed import seed_database
from desktop.sync.cache import cache_paths, open_cache
from desktop.sync.keys import KdfParams
from desktop.sync.link import Link
from desktop.sync.replica import Replica
from tests.conftest import ANCHOR

SEEDED = 150
# Cheap key derivation in tests: the cost is not what they check.
TEST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
LOOPBACK = "127.0.0.1"


class Proxy:
    """A TCP proxy on loopback in front of PostgreSQL, with the faults the tests need."""

    def __init__(self, target_port: int):
        self.target = (LOOPBACK, target_port)
        self._server = socket.create_server((LOOPBACK, 0))
        self.port = self._server.getsockname()[1]
        self.refusing = False
        self.hold_up = False
        self.hold_down = False
        self.lose_reply_after: bytes | None = None
        self.connections = 0
        self._pairs: list[dict] = []
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, url: str) -> str:
        return make_url(url).set(host=LOOPBACK, port=self.port).render_as_string(hide_password=False)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.refusing:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            pair = {"client": client, "upstream": upstream, "lost": False}
            with self._lock:
                self._pairs.append(pair)
                self.connections += 1
            threading.Thread(target=self._pump, args=(pair, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(pair, "down"), daemon=True).start()

    def _pump(self, pair: dict, direction: str) -> None:
        source, sink = (pair["client"], pair["upstream"]) if direction == "up" else (pair["upstream"], pair["client"])
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if direction == "up":
                    if self.hold_up:
                        continue
                    marker = self.lose_reply_after
                    if marker is not None and marker in data:
                        pair["lost"] = True
                        self.lose_reply_after = None
                    sink.sendall(data)
                else:
                    if pair["lost"]:
                        # The server answered (so it committed): the answer never arrives.
                        break
                    if self.hold_down:
                        continue
                    sink.sendall(data)
        except OSError:
            pass
        self._close_pair(pair)

    def _close_pair(self, pair: dict) -> None:
        for key in ("client", "upstream"):
            try:
                pair[key].shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            pair[key].close()
        with self._lock:
            if pair in self._pairs:
                self._pairs.remove(pair)

    def cut(self) -> None:
        """Central unreachable: open connections die, new ones are refused."""
        self.refusing = True
        with self._lock:
            pairs = list(self._pairs)
        for pair in pairs:
            self._close_pair(pair)

    def heal(self) -> None:
        self.refusing = self.hold_up = self.hold_down = False
        self.lose_reply_after = None

    def close(self) -> None:
        self._closed = True
        self.cut()
        self._server.close()


@dataclass
class Central:
    url: str
    admin_url: str
    port: int
    directory: Path

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.admin_url, autocommit=True)

    def replica(self, username: str, proxy: Proxy | None = None, password: str = DEMO_PASSWORD,
                timeout: float = 10.0, name: str | None = None) -> Replica:
        """A workstation of ``username`` (its cache in its own folder), connected directly or through ``proxy``."""
        folder = self.directory / (name or f"{username}-{secrets.token_hex(3)}")
        folder.mkdir(parents=True, exist_ok=True)
        path, key = cache_paths(folder, self.url, username)
        cache = open_cache(path, key, username, password, online=True, kdf=TEST_KDF)
        link = Link(proxy.url(self.url) if proxy else self.url, username, password, timeout=timeout)
        return Replica(cache, link, link.user)

    def new_reports(self, count: int, status: str = "waiting", title: str = "Sync test report") -> list[int]:
        """Fresh reports of this test's own, waiting in the inbox."""
        ids = [new_id() for _ in range(count)]
        with self.admin() as connection:
            template = connection.execute("SELECT category_id, area_id, lat, lon FROM reports LIMIT 1").fetchone()
            for index, report_id in enumerate(ids):
                connection.execute(
                    "INSERT INTO reports (id, reference, channel, category_id, title, description, address, lat, lon, "
                    "area_id, status, priority, privacy, emergency, received_at, updated_at, photo_count, version) "
                    "VALUES (%s, %s, 'jaki', %s, %s, %s, 'Jl. Uji No. 1', %s, %s, %s, %s, 'normal', 'public', false, "
                    "now(), now(), 0, 1)",
                    (report_id, f"JL-S-{report_id % 10**12:012d}", template[0], f"{title} {index}",
                     f"Uraian laporan {index}", template[2], template[3], template[1], status))
        return ids

    def server_state(self, report_ids) -> dict[int, tuple]:
        with self.admin() as connection:
            rows = connection.execute(
                "SELECT id, status, title, description, version, lead_agency_id FROM reports WHERE id = ANY(%s)",
                (list(report_ids),)).fetchall()
        return {row[0]: tuple(row[1:]) for row in rows}

    def open_cache(self, path: Path, key: Path, username: str = "petugas1", **options):
        return open_cache(path, key, username, options.pop("password", DEMO_PASSWORD), kdf=TEST_KDF,
                          **{"online": True, **options})

    @staticmethod
    def cached(replica: Replica, report_ids) -> dict[int, tuple]:
        ids = list(report_ids)
        with replica.cache.read() as connection:
            rows = connection.execute(
                f"SELECT id, status, title, description, version, lead_agency_id FROM reports "
                f"WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        return {row[0]: tuple(row[1:]) for row in rows}

    @staticmethod
    def cached_notes(replica: Replica, report_ids) -> list[tuple[int, str]]:
        ids = list(report_ids)
        with replica.cache.read() as connection:
            return sorted(connection.execute(f"SELECT report_id, body FROM notes WHERE report_id IN "
                                             f"({','.join('?' * len(ids))})", ids).fetchall())

    def title(self, replica: Replica, report_id: int) -> str | None:
        return self.cached(replica, [report_id]).get(report_id, (None, None))[1]

    @staticmethod
    def settle(replica: Replica, done, timeout: float = 30.0, check: bool = False) -> None:
        """Sync ``replica`` until ``done()``: other sessions on a shared server may hold the xmin bound back."""
        deadline = time.monotonic() + timeout
        while True:
            replica.sync_once(check)
            if done():
                return
            if time.monotonic() > deadline:
                raise AssertionError("the workstation did not converge in time")
            time.sleep(0.1)

    def server_notes(self, report_ids) -> list[tuple[int, str]]:
        with self.admin() as connection:
            return sorted(connection.execute("SELECT report_id, body FROM notes WHERE report_id = ANY(%s)",
                                             (list(report_ids),)).fetchall())


@pytest.fixture(scope="session")
def central(pg_admin, tmp_path_factory, identity_key):
    """A seeded central database shared by the sync tests; each test makes its own reports."""
    name = f"jaklapor_sync_{os.getpid()}_{secrets.token_hex(3)}"
    pg_admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base = make_url(os.environ.get("JAKLAPOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"))
    url = base.set(database=name).render_as_string(hide_password=False)
    admin = upgrade_database(url)
    seed_database(admin, SEEDED, 7, identity_key, anchor=ANCHOR)
    admin.dispose()
    admin_url = base.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    yield Central(url, admin_url, base.port or 5432, tmp_path_factory.mktemp("workstations"))
    pg_admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    from db.sql import drop_leftover_roles

    drop_leftover_roles(pg_admin.cursor(), name)


@pytest.fixture
def proxy(central):
    proxy = Proxy(central.port)
    yield proxy
    proxy.close()
