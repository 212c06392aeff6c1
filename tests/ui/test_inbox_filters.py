"""The filter bar: presets, search and the layout toggle narrow and reshape list and map together."""

from __future__ import annotations

import pytest

from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.auth import login
from desktop.services.dto import ReportQuery
from desktop.services.map_data import viewport
from desktop.services.reports import list_reports
from desktop.ui.bus import ChangeBus
from desktop.ui.context import AppContext
from desktop.ui.dialogs import DialogService
from tests.qt import next_emit, run


@pytest.fixture
def inbox(qtbot, aloop, demo_db, runner):
    from desktop.ui.inbox.panel import InboxPanel

    user = login(demo_db, "petugas1", DEMO_PASSWORD)
    panel = InboxPanel(AppContext(demo_db, user, runner, ChangeBus(), DialogService(), True))
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    loaded = next_emit(panel.sig_page_loaded)
    panel.reload()
    run(aloop, loaded)
    run(aloop, next_emit(panel.sig_map_drawn), timeout=60)
    return panel


@pytest.mark.parametrize("preset,expected", [
    ("unrouted", lambda r: r.status in ("waiting", "reopened")),
    ("emergency", lambda r: r.emergency and r.status not in ("done", "rejected", "duplicate")),
    ("overdue", lambda r: r.due_at is not None and r.status not in ("done", "rejected", "duplicate")),
])
def test_presets_narrow_list_and_map_together(inbox, aloop, demo_db, preset, expected):
    everything = inbox.model.total
    loaded = next_emit(inbox.sig_page_loaded)
    drawn = next_emit(inbox.sig_map_drawn)
    inbox.filters.select_preset(preset)
    total = run(aloop, loaded)
    assert 0 < total < everything
    assert "%d" % total in inbox.count_label.text()
    assert all(expected(inbox.model.row_at(r)) for r in range(inbox.model.rowCount()))
    shown_on_map = run(aloop, drawn, timeout=30)
    located = [r for r in list_reports(demo_db, inbox._ctx.user, inbox.query, limit=1000).rows if r.lat is not None]
    assert shown_on_map == len(located), "the map draws exactly the filtered reports that have a location"
    assert inbox.filters.preset_filter.currentData() == preset


def test_search_narrows_and_clear_restores(inbox, aloop):
    everything = inbox.model.total
    loaded = next_emit(inbox.sig_page_loaded)
    inbox.filters.search.setText("banjir")
    narrowed = run(aloop, loaded)
    assert 0 < narrowed < everything
    loaded = next_emit(inbox.sig_page_loaded)
    inbox.filters.clear_button.click()
    inbox.filters.search.clear()
    run(aloop, loaded)
    assert inbox.model.total in (everything, narrowed)


def test_toggle_cycles_map_and_list(inbox):
    assert inbox.map.isVisible() and inbox.table.isVisible()
    assert inbox.toggle_map() == "list" and not inbox.map.isVisible() and inbox.table.isVisible()
    assert inbox.toggle_map() == "map" and inbox.map.isVisible() and not inbox.table.isVisible()
    assert inbox.toggle_map() == "both" and inbox.map.isVisible() and inbox.table.isVisible()


def test_agency_staff_map_holds_only_their_reports(demo_db):
    from desktop.core.clustering import viewport_bounds

    staff = login(demo_db, "staf.dlh", DEMO_PASSWORD)
    officer = login(demo_db, "petugas1", DEMO_PASSWORD)
    box = viewport_bounds(-6.2, 106.83, 11, 1200, 900)
    theirs = viewport(demo_db, staff, ReportQuery(), box, 11)
    everyone = viewport(demo_db, officer, ReportQuery(), box, 11)
    assert theirs.source == "points" and everyone.source == "pyramid"
    assert 0 < theirs.shown < everyone.shown
    assert theirs.shown == sum(1 for r in list_reports(demo_db, staff, limit=1000).rows if r.lat is not None)
