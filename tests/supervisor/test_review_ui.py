"""The review screen as a supervisor uses it: figures, charts, empty states, click-through, bulk, heat, exports."""

from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from db.models import AuditEntry, Report
from desktop.core.stats.period import Period
from desktop.services.bulk import BulkAction
from desktop.ui.supervisor.bulk_dialog import BulkDialog
from desktop.ui.supervisor.section import TileBox
from tests.qt import FakeDialogs, next_emit, run, until
from tests.supervisor.conftest import NOW, PERIOD, supervisor


def _reviewed(aloop, panel, period: Period) -> None:
    loaded = next_emit(panel.sig_review_loaded)
    panel.clock = lambda: NOW
    panel.set_period(period)
    run(aloop, loaded, timeout=120)


async def _heat_drawn(view, discs: int) -> None:
    """Wait until the map page itself says it draws ``discs`` heat discs."""
    while True:
        answer = asyncio.get_running_loop().create_future()
        view.page().runJavaScript("window.jaklapor.state.heat || 0", 0,
                                  lambda value: answer.done() or answer.set_result(value))
        if await answer == discs:
            return
        await asyncio.sleep(0.05)


def _tiles(view) -> dict[str, str]:
    tiles = {}
    for box in view.widget().findChildren(TileBox):
        label = box.findChildren(QLabel)[0].text()
        tiles[label] = box.value.text()
    return tiles


def test_each_dimension_shows_its_figures_charts_and_tables(main_window, aloop, city):
    db, _ids = city
    window, panel = main_window(db)
    _reviewed(aloop, panel, PERIOD)
    goal = _tiles(panel.views["goal"])
    # The hand-worked figures of test_figures_by_hand, as the screen prints them.
    assert goal["Deadlines met"] == "42.9 %"
    assert goal["Time to first action"] == "47 min" and goal["Time to done"] == "1 d 12 h"
    assert goal["Emergencies acted on within 15 minutes"] == "33.3 %"
    assert _tiles(panel.views["adaptation"])["Average rating"] == "3.50 / 5"
    assert _tiles(panel.views["integration"])["Reports received"] == "14"
    for key in ("goal", "integration", "adaptation"):
        view = panel.views[key]
        assert view.charts and all(box.showing_chart for box in view.charts), key
        assert view.tables, key
    assert not panel.banner.isVisible()


def test_a_queue_number_opens_exactly_its_reports_in_the_inbox(main_window, aloop, city, qtbot):
    db, ids = city
    window, panel = main_window(db)
    table = panel.views["queues"].table("queues")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Bina Marga")
    column = next(c for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c).text() == "Overdue")
    assert table.item(row, column).text() == "1"
    inbox = window.inbox
    page = next_emit(inbox.sig_page_loaded)
    index = table.model().index(row, column)
    panel.views["queues"].ensureWidgetVisible(table, 0, table.rowViewportPosition(row) + 40)
    where = table.visualRect(index).center()
    # A view acts on a double-click only on the cell its press went to, as with a real mouse.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    total = run(aloop, page)
    assert window.workspace.currentWidget() is inbox
    assert total == 1 and inbox.model.row_at(0).id == ids["R8"]
    assert inbox.query.agencies == ("BINAMARGA",) and inbox.query.deadline == "overdue"


def test_an_empty_period_and_a_holiday_period_say_so(main_window, aloop, city):
    db, _ids = city
    window, panel = main_window(db)
    # Saturday 15 to Monday 17 August 2026 (Independence Day): no reports, and no working day.
    _reviewed(aloop, panel, Period(date(2026, 8, 15), date(2026, 8, 17)))
    assert panel.banner.isVisible()
    text = panel.banner.text()
    assert "No reports were received from 15-08-2026 to 17-08-2026." in text
    assert "only weekends and public holidays" in text
    for key in ("goal", "integration", "adaptation"):
        for box in panel.views[key].charts:
            assert not box.showing_chart and box.spec.empty in box.empty.text()
    assert _tiles(panel.views["goal"])["Deadlines met"] == "—"


def test_a_filter_matching_nothing_says_so(main_window, aloop, city):
    db, _ids = city
    window, panel = main_window(db)
    from desktop.services.dto import ReportQuery

    window.inbox.set_query(ReportQuery(agencies=("BPBD",)))
    panel.use_inbox.setChecked(True)
    _reviewed(aloop, panel, PERIOD)
    assert "matches the filters (Agency: BPBD)" in panel.banner.text()
    assert panel.filters_label.text() == "Filters: Agency: BPBD"
    assert panel.views["queues"].table("queues") is None


def test_bulk_dialog_previews_then_applies(qtbot, aloop, runner, bulk_db):
    from desktop.services.directory import list_agencies
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.i18n import install_language

    db, groups = bulk_db
    install_language("en")
    ctx = AppContext(db, supervisor(db), runner, ChangeBus(), FakeDialogs())
    chosen = (*groups["dlh"][:30], groups["waiting"][0])
    dialog = BulkDialog(ctx, chosen, "DLH, dispatched", list_agencies(db))
    qtbot.addWidget(dialog)
    dialog.show()
    changes = next_emit(ctx.bus.sig_changes_committed)
    dialog.action.setCurrentIndex(dialog.action.findData(BulkAction.REROUTE.value))
    dialog.agency.setCurrentIndex(dialog.agency.findData("SDA"))
    # No reason yet: the preview says what is missing and nothing can be applied.
    dialog.run_preview()
    run(aloop, until(lambda: dialog.problem.text() != ""))
    assert "reason" in dialog.problem.text() and not dialog.apply_button.isEnabled()
    dialog.reason.setPlainText("Saluran urusan SDA")
    dialog.run_preview()
    run(aloop, until(lambda: dialog.table.rowCount() == 31 and dialog.apply_button.isEnabled()))
    assert dialog.summary.text() == "30 reports will change; 1 will be left as they are."
    assert dialog.table.item(0, 2).text() == "Dispatched · SDA"
    # Changing the request makes the preview stale until it is run again.
    dialog.reason.setPlainText("Saluran urusan SDA.")
    assert not dialog.apply_button.isEnabled()
    dialog.run_preview()
    run(aloop, until(dialog.apply_button.isEnabled))
    dialog.run_apply()
    changed = run(aloop, changes)
    assert changed.reports == frozenset(groups["dlh"][:30])
    assert ctx.dialogs.infos == ["30 reports changed; each one's history says so."]
    with db.session() as session:
        sda = session.scalar(select(Report.lead_agency_id).where(Report.id == groups["dlh"][0]))
        still = session.scalar(select(Report.lead_agency_id).where(Report.id == groups["dlh"][30]))
    assert sda != still


def test_the_heat_map_colours_the_kelurahan(main_window, aloop, city):
    db, _ids = city
    window, panel = main_window(db)
    _reviewed(aloop, panel, PERIOD)
    heat = next_emit(panel.sig_heat_loaded)
    panel.tabs.setCurrentWidget(panel.heat)
    coloured = run(aloop, heat, timeout=60)
    # Every hand-made report is in the same kelurahan: one disc.
    assert coloured == 1 and panel.heat.cells[0].value == 14
    page = panel.heat.map
    run(aloop, until(lambda: page.ready), timeout=60)
    run(aloop, _heat_drawn(page, 1), timeout=60)
    assert not panel.heat.notice.isVisible()
    # A period with no reports says so instead of showing an empty map.
    heat = next_emit(panel.sig_heat_loaded)
    _reviewed(aloop, panel, Period(date(2026, 8, 15), date(2026, 8, 17)))
    assert run(aloop, heat) == 0
    assert panel.heat.notice.isVisible() and "Nothing to colour" in panel.heat.notice.text()
    run(aloop, _heat_drawn(page, 0), timeout=60)


def test_exports_write_pdf_and_csv_and_are_audited(main_window, aloop, city_copy, tmp_path):
    db, _ids = city_copy
    window, panel = main_window(db)
    _reviewed(aloop, panel, PERIOD)
    dialogs = window.context.dialogs
    dialogs.path = str(tmp_path / "review")
    panel.save_pdf()
    run(aloop, until(lambda: len(dialogs.infos) == 1), timeout=120)
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")
    dialogs.path = str(tmp_path / "figures.csv")
    panel.save_csv()
    run(aloop, until(lambda: len(dialogs.infos) == 2), timeout=60)
    text = (tmp_path / "figures.csv").read_text(encoding="utf-8-sig")
    assert "Deadlines met,,42.9 %" in text
    with db.session() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"review_pdf", "review_csv"} <= actions
