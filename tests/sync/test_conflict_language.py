"""What the central database decided against a user reads in the language of the screen showing it.

The server stores the refusal itself, not a sentence in the language of whoever caused it, so
a workstation shows it in its own language, and again in another one after switching.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop.core.dispatching import Refusal
from desktop.sync.mutations import OUTDATED
from desktop.sync.views import conflicts
from desktop.ui.bus import ChangeBus
from desktop.ui.context import AppContext
from desktop.ui.i18n import install_language
from desktop.ui.sync.screen import SyncScreen
from tests.qt import FakeDialogs, run, until


class CacheOnly:
    """The sync controller as far as the screen reads the cache, without an engine running."""

    def __init__(self, cache):
        self.cache = cache

    async def on_cache(self, fn, *args):
        return fn(self.cache, *args)


def _outdated_edit(central):
    """Workstation A's title edit reaches the server after a later one from B: A is told it was not applied."""
    report, = central.new_reports(1)
    a, b = central.replica("petugas1"), central.replica("petugas2")
    for replica in (a, b):
        central.settle(replica, lambda replica=replica: report in central.cached(replica, [report]))
    start = datetime.now(timezone.utc)
    a.perform("edit_text", report, at=start, field="title", value="judul dari A", base=central.title(a, report))
    b.perform("edit_text", report, at=start + timedelta(seconds=1), field="title", value="judul dari B",
              base=central.title(b, report))
    b.sync_once()
    central.settle(a, lambda: any(c.report_id == report for c in conflicts(a.cache)))
    b.close()
    return a, report


def test_a_conflict_stored_by_the_server_is_shown_in_the_screen_language(central, qtbot, aloop, runner):
    replica, report = _outdated_edit(central)
    with central.admin() as admin:
        stored = admin.execute("SELECT message FROM sync_conflicts WHERE report_id = %s AND kind = 'outdated'",
                               (report,)).fetchone()[0]
    assert Refusal.loads(stored).template == OUTDATED
    # A conflict pulled before the server stored refusals holds its message as plain text.
    with replica.cache.transaction() as connection:
        connection.execute("INSERT INTO conflicts (id, report_id, kind, lost_value, message, at) "
                           "VALUES (1, ?, 'refused', 'catatan lama', 'an older refusal', '2026-11-02 00:00:00+00')",
                           (report,))
    ctx = AppContext(None, replica.user, runner, ChangeBus(), FakeDialogs(), sync=CacheOnly(replica.cache))
    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.reload()
    run(aloop, until(lambda: screen.conflicts.rowCount() > 0))
    rows = {screen.conflicts.item(r, 3).text(): r for r in range(screen.conflicts.rowCount())}
    row, old = rows["judul dari A"], rows["catatan lama"]
    assert screen.conflicts.item(old, 2).text() == "an older refusal"
    assert screen.conflicts.item(row, 2).text() == (
        "Suntingan judul yang lebih baru dibuat di stasiun kerja lain; suntingan Anda tidak diterapkan dan "
        "disimpan di sini.")
    install_language("en")
    run(aloop, until(lambda: screen.conflicts.item(row, 2).text().startswith("A later edit")))
    assert screen.conflicts.item(row, 2).text() == (
        "A later edit of the title was made on another workstation; yours was not applied and is kept here.")
    replica.close()

