"""The inbox's map and list drive each other through the real page and its QWebChannel bridge."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtWidgets import QLabel

from desktop.app import open_main_window
from desktop.core.clustering import Bounds
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services.auth import login
from desktop.ui.dialogs import DialogService
from tests.qt import next_emit, run, until


def js(view, script: str):
    """What ``script`` evaluates to inside the map page (JSON round trip)."""
    future = asyncio.get_event_loop().create_future()
    view.page().runJavaScript(f"JSON.stringify({script})", 0,
                              lambda result: future.done() or future.set_result(json.loads(result)))
    return future


async def page_state(view) -> dict:
    return await js(view, "jaklapor.state")


@pytest.fixture
def window(qtbot, aloop, demo_db, runner):
    user = login(demo_db, "petugas1", DEMO_PASSWORD)
    window = open_main_window(demo_db, user, runner, DialogService(), True)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    run(aloop, next_emit(window.inbox.sig_map_drawn), timeout=60)
    return window


def _zoom_to(aloop, inbox, lat: float, lon: float) -> None:
    """Zoom the page to street level around a point and wait until its markers are drawn."""
    drawn = next_emit(inbox.sig_map_drawn)
    inbox.map.fit(Bounds(lat - 0.001, lon - 0.001, lat + 0.001, lon + 0.001))
    run(aloop, drawn, timeout=30)


def test_the_page_draws_status_clusters_for_the_whole_city(window, aloop):
    state = run(aloop, page_state(window.inbox.map))
    assert state["ready"] and state["clusters"] > 3
    colours = run(aloop, js(window.inbox.map, "Array.from(document.querySelectorAll('.jl-cluster-disc'))"
                                             ".map(d => d.style.background)"))
    assert len(set(colours)) >= 1 and all(c.startswith("rgb") for c in colours)


def test_marker_click_selects_the_row_and_opens_the_detail(window, aloop):
    inbox = window.inbox
    row = next(inbox.model.row_at(r) for r in range(3, inbox.model.rowCount()) if inbox.model.row_at(r).lat)
    _zoom_to(aloop, inbox, row.lat, row.lon)
    state = run(aloop, page_state(inbox.map))
    assert state["zoom"] >= 16 and state["markers"] > 0
    loaded = next_emit(window.detail.sig_detail_loaded)
    assert run(aloop, js(inbox.map, f"jaklapor.clickMarker('{row.id}')")) is True
    assert run(aloop, loaded) == row.id
    assert inbox.current_report_id() == row.id
    assert window.detail.findChild(QLabel, "detailReference").text() == row.reference


def test_selecting_a_row_rings_and_centres_its_marker_in_the_page(window, aloop):
    inbox = window.inbox
    rows = [inbox.model.row_at(r) for r in range(inbox.model.rowCount())]
    first, second = [row for row in rows if row.lat is not None][5:7]
    for row in (first, second):
        inbox.select_report(row.id)
        run(aloop, until(lambda: inbox.current_report_id() == row.id))
        state = run(aloop, _wait_for(inbox.map, lambda s: s["highlighted"] == str(row.id)
                                     and s["center"] and _near(s["center"], row, s["zoom"])))
        assert state["highlightAt"] == pytest.approx([row.lat, row.lon], abs=1e-6)
        rings = run(aloop, js(inbox.map, "document.querySelectorAll('path.jl-highlight').length"))
        assert rings == 1, "exactly one report is ringed at a time"


def test_a_report_without_location_is_listed_but_never_drawn(window, aloop, demo_db):
    from desktop.services.dto import ReportQuery
    from desktop.services.reports import list_reports

    inbox = window.inbox
    broken = next(r for r in list_reports(demo_db, window.context.user, ReportQuery(), limit=600).rows
                  if r.location_problem)
    inbox.filters.search.setText(broken.reference)
    run(aloop, until(lambda: inbox.model.rowCount() == 1 and inbox.model.row_at(0).id == broken.id), timeout=30)
    location = inbox.model.index(0, 4).data()
    assert location in ("Lokasi tidak valid", "No valid location") or "valid" in location.lower()
    inbox.select_report(broken.id)
    state = run(aloop, _wait_for(inbox.map, lambda s: s["highlighted"] == str(broken.id)))
    assert state["highlightAt"] is None, "no ring in the sea for a report without a valid location"


def test_cluster_click_narrows_list_and_map_to_that_area(window, aloop):
    inbox = window.inbox
    total = inbox.model.total
    loaded = next_emit(inbox.sig_page_loaded)
    detail = next_emit(window.detail.sig_detail_loaded)
    inbox.map.bridge.cluster_clicked(-6.25, 106.78, -6.15, 106.88)
    narrowed = run(aloop, loaded)
    assert 0 < narrowed < total
    assert inbox.filters.area_chip.isVisible()
    assert run(aloop, detail) == inbox.model.row_at(0).id
    restored = next_emit(inbox.sig_page_loaded)
    reopened = next_emit(window.detail.sig_detail_loaded)
    inbox.filters.area_chip.click()
    assert run(aloop, restored) == total
    assert not inbox.filters.area_chip.isVisible()
    run(aloop, reopened)


def _near(center, row, zoom: int) -> bool:
    """Within two screen pixels: the page centres on whole pixels."""
    pixel = 360.0 / (256 * 2 ** zoom)
    return abs(center[0] - row.lat) < 2 * pixel and abs(center[1] - row.lon) < 2 * pixel


async def _wait_for(view, predicate, step: float = 0.05) -> dict:
    while True:
        state = await page_state(view)
        if predicate(state):
            return state
        await asyncio.sleep(step)
