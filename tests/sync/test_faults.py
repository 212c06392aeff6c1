"""Fault and adversarial tests of sync against the real PostgreSQL: nothing lost, nothing applied twice."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta, timezone

import pytest

from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.dispatching import Refusal
from desktop.sync import pull, push
from desktop.sync.cache import OfflineLoginExpired, cache_paths, open_cache
from desktop.sync.engine import Backoff, SyncEngine
from desktop.sync.keys import WrongPassword
from desktop.sync.link import LinkDown
from desktop.sync.mutations import Refused


def _admin_tx(central):
    connection = central.admin()
    connection.autocommit = False
    return connection


def test_01_out_of_order_commit(central):
    """A writes and stays open, B commits, the client pulls, A commits: A's row still arrives."""
    first, second = central.new_reports(2)
    client = central.replica("petugas1")
    central.settle(client, lambda: first in central.cached(client, [first]))
    a, b = _admin_tx(central), _admin_tx(central)
    a.execute("UPDATE reports SET title = 'written by A' WHERE id = %s", (first,))
    b.execute("UPDATE reports SET title = 'written by B' WHERE id = %s", (second,))
    b.commit()
    client.sync_once()
    # A's transaction is older and still open: the bound holds the cursor before it, B's row waits too.
    assert central.title(client, first) != "written by A"
    assert central.title(client, second) != "written by B"
    cursor_while_open = client.cache.cursor()
    a.commit()
    central.settle(client, lambda: central.title(client, first) == "written by A" and central.title(client, second) == "written by B")
    assert client.cache.cursor() > cursor_while_open
    a.close(), b.close()
    client.close()


def test_02_long_open_transaction_stalls_without_loss(central):
    held, *changed = central.new_reports(3)
    client = central.replica("petugas1")
    central.settle(client, lambda: set(central.cached(client, changed)) == set(changed))
    long = _admin_tx(central)
    long.execute("UPDATE reports SET title = 'never committed' WHERE id = %s", (held,))
    with central.admin() as other:
        for report_id in changed:
            other.execute("UPDATE reports SET title = 'committed meanwhile' WHERE id = %s", (report_id,))
    for _ in range(3):
        client.sync_once()
    # Stalled: nothing past the open transaction is read yet.
    assert all(central.title(client, r) != "committed meanwhile" for r in changed)
    long.rollback()
    long.close()
    central.settle(client, lambda: all(central.title(client, r) == "committed meanwhile" for r in changed))
    assert central.title(client, held) != "never committed"
    client.close()


def test_03_lost_acknowledgement_applies_once(central, proxy):
    reports = central.new_reports(3)
    client = central.replica("petugas1", proxy)
    central.settle(client, lambda: set(central.cached(client, reports)) == set(reports))
    for index, report_id in enumerate(reports):
        client.perform("add_note", report_id, body=f"lost-ack note {index}")
    proxy.lose_reply_after = b"COMMIT\x00"
    with pytest.raises(LinkDown):
        push.push_all(client.link, client.cache)
    # The server committed; the workstation never heard so and keeps the queue.
    assert len(central.server_notes(reports)) == 3
    assert client.cache.pending_count() == 3
    proxy.heal()
    result = push.push_all(client.link, client.cache)
    assert result.applied == 0 and client.cache.pending_count() == 0
    assert [body for _, body in central.server_notes(reports)].count("lost-ack note 0") == 1
    assert len(central.server_notes(reports)) == 3
    client.close()


CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from desktop.sync.cache import open_cache
    from desktop.sync.keys import KdfParams
    from desktop.sync.link import Link
    from desktop.sync.replica import Replica
    path, key, url = sys.argv[1:4]
    cache = open_cache(Path(path), Path(key), "petugas1", sys.argv[4], online=True, kdf=KdfParams(1, 1024, 1))
    link = Link(url, "petugas1", sys.argv[4])
    replica = Replica(cache, link, link.user)
    def die(ids):
        # The batch's rows are written, the cursor is not: the process dies here.
        os._exit(9)
    replica.pull(on_batch_applied=die)
""")


def test_04_client_killed_between_batch_and_cursor(central, tmp_path):
    reports = central.new_reports(4)
    path, key = cache_paths(tmp_path, central.url, "petugas1")
    client = central.replica("petugas1")
    client.cache.close()
    cache = central.open_cache(path, key)
    client = type(client)(cache, client.link, client.user)
    central.settle(client, lambda: set(central.cached(client, reports)) == set(reports))
    with central.admin() as admin:
        for report_id in reports:
            admin.execute("UPDATE reports SET title = 'after the crash' WHERE id = %s", (report_id,))
    before = client.cache.cursor()
    client.cache.close()
    child = subprocess.run([sys.executable, "-c", CHILD, str(path), str(key), central.url, DEMO_PASSWORD],
                           cwd=os.getcwd(), capture_output=True, timeout=120)
    assert child.returncode == 9, child.stderr.decode()[-2000:]
    cache = central.open_cache(path, key)
    client = type(client)(cache, client.link, client.user)
    # Neither the rows nor the cursor of the interrupted batch were kept.
    assert client.cache.cursor() == before
    assert all(central.title(client, r) != "after the crash" for r in reports)
    central.settle(client, lambda: all(central.title(client, r) == "after the crash" for r in reports), check=True)
    client.close()


def test_05_server_restart_mid_stream(central, monkeypatch):
    reports = central.new_reports(3)
    client = central.replica("petugas1")
    monkeypatch.setattr(pull, "CHUNK", 40)
    terminated = []

    def kill_backend(done, total):
        if not terminated:
            with central.admin() as admin:
                terminated.append(admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = 'jaklapor-sync'").fetchall())

    from desktop.core.progress import Progress

    with pytest.raises(LinkDown):
        client.pull(progress=Progress(on_change=kill_backend, every=1))
    assert terminated and client.cache.cursor() is None
    central.settle(client, lambda: set(central.cached(client, reports)) == set(reports), check=True)
    # A restore from backup gets a new epoch: the workstation reloads everything, not from its cursor.
    with central.admin() as admin:
        admin.execute("UPDATE reports SET title = 'restored' WHERE id = %s", (reports[0],))
        admin.execute("UPDATE sync_epoch SET epoch = gen_random_uuid()::text")
        admin.execute("DELETE FROM sync_change_log")
    result = client.pull()
    assert result.full and "epoch" in result.reason
    assert central.title(client, reports[0]) == "restored"
    client.close()


def test_06_partitions_in_each_direction(central, proxy):
    reports = central.new_reports(2)
    client = central.replica("petugas1", proxy, timeout=1.5)
    central.settle(client, lambda: set(central.cached(client, reports)) == set(reports))
    for direction in ("hold_up", "hold_down"):
        client.perform("add_note", reports[0], body=f"across a partition ({direction})")
        client.link.connection()
        setattr(proxy, direction, True)
        with pytest.raises(LinkDown):
            client.sync_once()
        with pytest.raises(LinkDown):
            client.pull()
        assert client.cache.pending_count() == 1
        proxy.heal()
        central.settle(client, lambda: client.cache.pending_count() == 0)
    bodies = [body for _, body in central.server_notes(reports)]
    assert bodies.count("across a partition (hold_up)") == 1
    assert bodies.count("across a partition (hold_down)") == 1
    client.close()


def test_07_pause_resume_with_expired_login(central, proxy, tmp_path):
    reports = central.new_reports(2)
    replica = central.replica("petugas2", proxy, name="paused")
    central.settle(replica, lambda: set(central.cached(replica, reports)) == set(reports))
    proxy.cut()
    replica.perform("add_note", reports[0], body="written before the pause")
    path = replica.cache.path
    key = path.with_suffix(".key")
    last_online = datetime.now(timezone.utc)
    replica.cache.close()
    # Resumed after more than the offline period: no offline login, whatever the password.
    with pytest.raises(OfflineLoginExpired):
        open_cache(path, key, "petugas2", DEMO_PASSWORD, online=False, offline_days=3,
                   now=last_online + timedelta(days=4))
    with pytest.raises(WrongPassword):
        open_cache(path, key, "petugas2", "not the password", online=False, now=last_online)
    # Meanwhile the account was disabled on the central database: the engine asks for a login
    # and keeps the queue instead of dropping or rejecting it.
    with central.admin() as admin:
        role = admin.execute("SELECT role_name FROM login_roles l JOIN users u ON u.id = l.user_id "
                             "WHERE u.username = 'petugas2'").fetchone()[0]
        admin.execute(f'ALTER ROLE "{role}" NOLOGIN')
    proxy.heal()
    cache = open_cache(path, key, "petugas2", DEMO_PASSWORD, online=False, offline_days=3, now=last_online)
    replica = type(replica)(cache, replica.link, replica.user)
    replica.link.drop()

    async def scenario():
        engine = SyncEngine(replica, poll_interval=0.2, listen=False, backoff=Backoff(0.05, 0.2))
        engine.start()
        status = await engine.sync_now()
        assert status.login_needed and status.pending == 1
        with central.admin() as admin:
            admin.execute(f'ALTER ROLE "{role}" LOGIN')
        engine.relogin(DEMO_PASSWORD)
        for _ in range(100):
            status = await engine.sync_now()
            if status.pending == 0:
                break
        await engine.stop()
        return status

    status = asyncio.run(scenario())
    assert status.pending == 0 and not status.login_needed
    assert [b for _, b in central.server_notes(reports)].count("written before the pause") == 1
    replica.close()


def test_08_every_nth_call_fails_with_retries_and_no_leaked_timers(central):
    reports = central.new_reports(3)
    replica = central.replica("petugas3")
    central.settle(replica, lambda: set(central.cached(replica, reports)) == set(reports))
    link = replica.link
    original = link.guarded
    calls = {"n": 0}

    def flaky():
        calls["n"] += 1
        context = original()
        if calls["n"] % 3 == 0:
            # A real failure: the server ends this backend before the round's statements run.
            pid = link.driver().info.backend_pid
            with central.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return context

    link.guarded = flaky
    threads_before = {t.ident for t in threading.enumerate()}

    async def scenario():
        engine = SyncEngine(replica, poll_interval=0.1, listen=True, backoff=Backoff(0.01, 0.05))
        engine.start()
        for index in range(12):
            await engine.perform("add_note", reports[index % 3], body=f"flaky {index}")
        for _ in range(400):
            status = await engine.sync_now()
            if status.pending == 0:
                break
        failures = engine.failures
        await engine.stop()
        loop = asyncio.get_running_loop()
        live = [handle for handle in getattr(loop, "_scheduled", []) if not handle.cancelled()]
        return status, failures, live

    status, _failures, live_timers = asyncio.run(scenario())
    assert status.pending == 0
    assert calls["n"] >= 3
    bodies = [b for _, b in central.server_notes(reports)]
    assert sorted(b for b in bodies if b.startswith("flaky")) == sorted(f"flaky {i}" for i in range(12))
    assert live_timers == []
    leaked = [t.name for t in threading.enumerate() if t.ident not in threads_before and t.name.startswith("sync")]
    assert leaked == []
    replica.close()


def test_09_concurrent_offline_edits_converge(central):
    report, other = central.new_reports(2)
    a, b = central.replica("petugas1"), central.replica("petugas2")
    for replica in (a, b):
        central.settle(replica, lambda replica=replica: report in central.cached(replica, [report]))
    start = datetime.now(timezone.utc)
    # Both offline: each acts on the same reports from what it last saw.
    a.perform("add_note", report, body="note from A", at=start)
    a.perform("edit_text", report, at=start, field="title", value="title by A", base=central.title(a, report))
    a.perform("dispatch", other, at=start, agency="DLH")
    b.perform("add_note", report, body="note from B", at=start + timedelta(seconds=1))
    b.perform("edit_text", report, at=start + timedelta(seconds=1), field="title", value="title by B",
              base=central.title(b, report))
    b.perform("dispatch", other, at=start + timedelta(seconds=1), agency="BINAMARGA")
    # B's later edits reach the server first; A's older ones arrive after.
    b.sync_once()
    a.sync_once()
    ids = [report, other]
    for replica in (a, b):
        central.settle(replica, lambda replica=replica: central.cached(replica, ids) == central.server_state(ids))
    server = central.server_state(ids)
    assert server[report][1] == "title by B"
    assert server[other][0] == "dispatched"
    assert central.server_notes([report]).count((report, "note from A")) == 1
    assert central.cached_notes(a, [report]) == central.cached_notes(b, [report]) == central.server_notes([report])
    with a.cache.read() as connection:
        conflicts = connection.execute("SELECT kind, lost_value FROM conflicts WHERE report_id IN (?, ?)",
                                       ids).fetchall()
    assert ("outdated", "title by A") in conflicts
    assert any(kind == "refused" for kind, _ in conflicts)
    a.close(), b.close()


def test_10_edit_versus_reject_and_delete(central):
    edited, deleted = central.new_reports(2)
    a, b = central.replica("petugas1"), central.replica("supervisor1")
    for replica in (a, b):
        central.settle(replica, lambda replica=replica: set(central.cached(replica, [edited, deleted])) == {edited, deleted})
    a.perform("edit_text", edited, field="description", value="corrected while offline",
              base=central.cached(a, [edited])[edited][2])
    a.perform("add_note", deleted, body="note on a report about to vanish")
    b.perform("reject", edited, reason="not a real report, the caller confirmed")
    b.sync_once()
    with central.admin() as admin:
        admin.execute("DELETE FROM reports WHERE id = %s", (deleted,))
    central.settle(a, lambda: a.cache.pending_count() == 0 and deleted not in central.cached(a, [deleted]))
    assert central.server_state([edited])[edited][0] == "rejected"
    assert central.server_state([edited])[edited][2] != "corrected while offline"
    assert central.cached(a, [edited]) == central.server_state([edited])
    with a.cache.read() as connection:
        kept = connection.execute("SELECT report_id, lost_value FROM conflicts WHERE kind = 'refused'").fetchall()
    assert (edited, "corrected while offline") in kept
    assert (deleted, "note on a report about to vanish") in kept
    a.close(), b.close()


def test_11_poison_mutation_does_not_block(central):
    reports = central.new_reports(2)
    replica = central.replica("petugas1")
    central.settle(replica, lambda: set(central.cached(replica, reports)) == set(reports))
    replica.perform("add_note", reports[0], body="before the poison")
    with replica.cache.transaction() as connection:
        for name, payload in (("add_note", '{"args": {"body": "nul \\u0000 byte"}, "at": "2026-11-02T00:00:00+00:00"}'),
                              ("no_such_action", '{"args": {}, "at": "2026-11-02T00:00:00+00:00"}'),
                              ("add_note", "this is not json"),
                              ("dispatch", '{"args": {"agency": "NO_SUCH_AGENCY"}, "at": "2026-11-02T00:00:00+00:00"}')):
            connection.execute("INSERT INTO outbox (mutation_id, name, report_id, payload, created_at) "
                               "VALUES (lower(hex(randomblob(16))), ?, ?, ?, '2026-11-02 00:00:00+00')",
                               (name, reports[1], payload))
    replica.perform("add_note", reports[0], body="after the poison")
    result = push.push_all(replica.link, replica.cache)
    assert (result.applied, result.rejected) == (2, 4)
    assert replica.cache.pending_count() == 0
    assert [b for _, b in central.server_notes(reports)] == ["after the poison", "before the poison"]
    replica.sync_once()
    with replica.cache.read() as connection:
        messages = [row[0] for row in connection.execute("SELECT message FROM conflicts WHERE report_id = ?",
                                                         (reports[1],))]
    assert len(messages) == 4
    # Each is kept as a refusal, so the conflicts list shows it in the reader's language.
    refusals = [Refusal.loads(message) for message in messages]
    assert all(refusals)
    assert "This action could not be read and was rejected: unknown action 'no_such_action'" in [
        r.text() for r in refusals]
    replica.close()


def test_12_local_corruption_caught_by_the_sanity_check(central):
    reports = central.new_reports(5)
    replica = central.replica("petugas1")
    central.settle(replica, lambda: set(central.cached(replica, reports)) == set(reports))
    with replica.cache.transaction() as connection:
        connection.execute("DELETE FROM reports WHERE id IN (?, ?)", reports[:2])
        connection.execute("UPDATE reports SET server_version = server_version + 5 WHERE id = ?", (reports[2],))
    result = replica.pull(check=True)
    assert result.full and "sanity check" in result.reason
    assert central.cached(replica, reports) == central.server_state(reports)
    with central.admin() as admin:
        server_count = admin.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert replica.cache.report_count() == server_count
    replica.close()


def test_actions_refused_locally_write_nothing(central):
    report, = central.new_reports(1)
    replica = central.replica("petugas1")
    central.settle(replica, lambda: report in central.cached(replica, [report]))
    before = central.cached(replica, [report])
    with pytest.raises(Refused, match="cannot go to"):
        replica.perform("complete", report)
    with pytest.raises(Refused):
        replica.perform("edit_text", report, field="title", value="")
    with pytest.raises(Refused):
        replica.perform("reject", report, reason="")
    assert replica.cache.pending_count() == 0 and central.cached(replica, [report]) == before
    replica.close()


def test_agency_staff_pull_only_their_reports_and_lose_them_when_rerouted(central):
    report, = central.new_reports(1)
    officer, staff = central.replica("petugas1"), central.replica("staf.dlh")
    central.settle(officer, lambda: report in central.cached(officer, [report]))
    officer.perform("dispatch", report, agency="DLH")
    central.settle(staff, lambda: officer.sync_once() and report in central.cached(staff, [report]))
    with central.admin() as admin:
        visible = admin.execute("SELECT count(*) FROM reports r JOIN agencies a ON a.id = r.lead_agency_id "
                                "LEFT JOIN assignments s ON s.report_id = r.id AND s.ended_at IS NULL "
                                "WHERE a.code = 'DLH'").fetchone()[0]
    assert 0 < staff.cache.report_count() <= visible
    officer.perform("reroute", report, agency="BINAMARGA", reason="a road matter, not waste")
    central.settle(officer, lambda: officer.cache.pending_count() == 0)
    central.settle(staff, lambda: report not in central.cached(staff, [report]))
    officer.close(), staff.close()
