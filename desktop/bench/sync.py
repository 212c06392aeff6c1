"""Sync: initial pull throughput beside a COPY of the same rows, propagation latency, a load run.

``--central`` names a PostgreSQL server through an installer's (privileged) account; the
bench creates and seeds its own databases there (``jaklapor_bench_sync_<N>``, reused by
later runs) and works as the demo officers' own login roles, as workstations do.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import threading
import time
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from desktop.bench.report import peak_rss_mb, percentiles
from desktop.commands import CliError
from desktop.commands.arguments import count
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.identity_crypto import IdentityKey
from desktop.sync import pull
from desktop.sync.cache import cache_paths, open_cache
from desktop.sync.engine import SyncEngine
from desktop.sync.keys import KdfParams
from desktop.sync.link import Link, LinkDown
from desktop.sync.replica import Replica

OFFICERS = ("petugas1", "petugas2", "petugas3", "supervisor1")
# The cache key's Argon2id cost is a login cost, not what this bench measures.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def register(parser) -> None:
    parser.add_argument("--reports", type=count, default=100_000, help="reports in the central database")
    parser.add_argument("--central", required=True, metavar="URL",
                        help="the PostgreSQL server, with an account that may create databases")
    parser.add_argument("--samples", type=count, default=30, help="propagation samples")
    parser.add_argument("--workstations", type=count, default=50, help="simulated workstations in the load run")
    parser.add_argument("--seconds", type=count, default=60, help="length of the load run (0: skip it)")
    parser.add_argument("--load-reports", type=count, default=2000, help="reports in the load run's database")


def _database(central: str, reports: int) -> str:
    """A database with ``reports`` demo reports on the server of ``central`` (made on first use)."""
    from desktop.services.database import DatabaseError, upgrade_database
    from desktop.services.seed import seed_database

    base = make_url(central if "://" in central else f"postgresql://{central}")
    name = f"jaklapor_bench_sync_{reports}"
    admin_url = base.set(drivername="postgresql", database=base.database or "postgres")
    url = base.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    try:
        with psycopg.connect(admin_url.render_as_string(hide_password=False), autocommit=True,
                             connect_timeout=10) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        raise CliError(f"cannot prepare the bench database on {base.host}: {str(exc).splitlines()[0]}") from None
    try:
        db = upgrade_database(url)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    if not exists:
        seed_database(db, reports, 7, IdentityKey.generate())
    db.dispose()
    return url


def _replica(url: str, directory: Path, username: str, name: str) -> Replica:
    folder = directory / name
    folder.mkdir(parents=True, exist_ok=True)
    path, key = cache_paths(folder, url, username)
    cache = open_cache(path, key, username, DEMO_PASSWORD, online=True, kdf=BENCH_KDF)
    link = Link(url, username, DEMO_PASSWORD, timeout=120)
    return Replica(cache, link, link.user)


def _copy_seconds(link: Link) -> tuple[float, int]:
    """COPY of exactly the rows and columns the initial pull reads, as the same role."""
    statements = [pull.REPORTS_SELECT, *pull.CHILD_SELECTS.values()]
    started = time.perf_counter()
    rows = 0
    with link.guarded() as connection:
        driver = link.driver(connection)
        with driver.cursor() as cursor:
            for statement in statements:
                with cursor.copy(f"COPY ({statement}) TO STDOUT") as copy:
                    for data in copy:
                        rows += bytes(data).count(b"\n")
        driver.rollback()
    return time.perf_counter() - started, rows


def _initial_pull(url: str, directory: Path) -> dict:
    replica = _replica(url, directory, "petugas1", "initial")
    copy_s, copy_rows = _copy_seconds(replica.link)
    started = time.perf_counter()
    result = replica.pull()
    pull_s = time.perf_counter() - started
    replica.close()
    pull_rate, copy_rate = result.rows / pull_s, copy_rows / copy_s
    return {"pull_rows": result.rows, "pull_s": round(pull_s, 3), "pull_rows_per_s": round(pull_rate),
            "copy_rows": copy_rows, "copy_s": round(copy_s, 3), "copy_rows_per_s": round(copy_rate),
            "pull_to_copy_ratio": round(pull_rate / copy_rate, 3)}


async def _propagation(url: str, directory: Path, samples: int) -> dict:
    writer, reader = (_replica(url, directory, user, f"propagation-{user}") for user in ("petugas2", "petugas3"))
    await asyncio.get_running_loop().run_in_executor(None, writer.pull)
    await asyncio.get_running_loop().run_in_executor(None, reader.pull)
    with writer.cache.read() as connection:
        report_id = connection.execute("SELECT id FROM reports ORDER BY received_at DESC LIMIT 1").fetchone()[0]
    # Long polling intervals: what carries the change is LISTEN/NOTIFY.
    engines = [SyncEngine(r, poll_interval=30.0) for r in (writer, reader)]
    for engine in engines:
        engine.start()
    await asyncio.sleep(1.0)
    arrived = asyncio.Event()
    wanted: dict[str, str] = {}

    def seen(_status, changed) -> None:
        if report_id in changed and wanted:
            with reader.cache.read() as connection:
                if connection.execute("SELECT 1 FROM notes WHERE body = ?", (wanted["body"],)).fetchone():
                    arrived.set()

    engines[1].add_listener(seen)
    latencies = []
    for index in range(samples):
        arrived.clear()
        wanted["body"] = f"propagation sample {index} {time.time()}"
        started = time.perf_counter()
        await engines[0].perform("add_note", report_id, body=wanted["body"])
        await asyncio.wait_for(arrived.wait(), 30)
        latencies.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(0.1)
    for engine in engines:
        await engine.stop()
    writer.close(), reader.close()
    return percentiles(latencies, "propagation")


def _load(url: str, directory: Path, workstations: int, seconds: int) -> dict:
    """``workstations`` officers acting and syncing at once for ``seconds``; then all must agree."""
    replicas = [_replica(url, directory, OFFICERS[i % len(OFFICERS)], f"load-{i}") for i in range(workstations)]
    for replica in replicas:
        replica.pull()
    with replicas[0].cache.read() as connection:
        pool = [row[0] for row in connection.execute("SELECT id FROM reports ORDER BY id LIMIT 40")]
    errors, actions, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def work(index: int, replica: Replica) -> None:
        rng = random.Random(index)
        while time.monotonic() < deadline:
            try:
                replica.perform("add_note", rng.choice(pool), body=f"load {index} {rng.random()}")
                with lock:
                    actions[0] += 1
                replica.sync_once()
            except LinkDown:
                continue
            except Exception as exc:  # noqa: BLE001 - the bench counts every other failure as an error
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            time.sleep(rng.uniform(0.05, 0.3))

    threads = [threading.Thread(target=work, args=(i, r)) for i, r in enumerate(replicas)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for _ in range(2):
        for replica in replicas:
            replica.sync_once()
    time.sleep(0.5)
    for replica in replicas:
        replica.sync_once()
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)) as admin:
        server_notes = admin.execute("SELECT count(*) FROM notes WHERE body LIKE 'load %%'").fetchone()[0]
        versions = dict(admin.execute("SELECT id, version FROM reports WHERE id = ANY(%s)", (pool,)).fetchall())
    converged = sum(1 for r in replicas if r.cache.pending_count() == 0 and _versions(r, pool) == versions)
    for replica in replicas:
        replica.close()
    return {"load_workstations": workstations, "load_seconds": seconds, "load_actions": actions[0],
            "load_errors": len(errors), "load_converged": converged, "load_server_notes": server_notes,
            "load_first_error": errors[0] if errors else ""}


def _versions(replica: Replica, pool: list[int]) -> dict[int, int]:
    with replica.cache.read() as connection:
        return dict(connection.execute(f"SELECT id, server_version FROM reports WHERE id IN "
                                       f"({','.join('?' * len(pool))})", pool).fetchall())


def run(args) -> dict:
    url = _database(args.central, args.reports)
    with tempfile.TemporaryDirectory(prefix="jaklapor-bench-sync-") as folder:
        directory = Path(folder)
        figures = {"reports": args.reports, **_initial_pull(url, directory)}
        figures.update(asyncio.run(_propagation(url, directory, max(args.samples, 1))))
        if args.seconds and args.workstations:
            load_url = _database(args.central, args.load_reports)
            figures.update(_load(load_url, directory, args.workstations, args.seconds))
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures
