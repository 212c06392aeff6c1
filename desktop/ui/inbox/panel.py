"""The inbox: the filter bar over the city map beside the report list.

Map and list always show the same filter. Selecting in the list rings and centres the
report on the map; clicking a marker selects it in the list; clicking a cluster narrows
both to that area. The map asks for its viewport's clusters whenever the officer pans.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.clustering import Bounds
from desktop.services.changes import Changes
from desktop.services.directory import list_agencies, list_categories
from desktop.services.dto import ReportQuery
from desktop.services.map_data import viewport
from desktop.services.reports import list_reports
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.inbox.filters import FilterBar
from desktop.ui.inbox.model import ID_ROLE, ReportTableModel
from desktop.map.widget import MapWidget

# Map and list, list only, map only: what "toggle map/list" steps through.
LAYOUTS = ("both", "list", "map")


class InboxPanel(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the officer selects a report in the list or on the map; carries its id."""

    sig_page_loaded = Signal(int)
    """Emitted after the first page of a query arrived; carries the total count."""

    sig_map_drawn = Signal(int)
    """Emitted when the map drew the features of the current query; carries how many reports they hold."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._query = ReportQuery()
        self._generation = 0
        self._map_generation = 0
        self._viewport: tuple[Bounds, int] | None = None
        self._pending_select: int | None = None
        self._layout = "both"
        self.filters = FilterBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("inboxCount")
        self.hover_label = QLabel()
        self.hover_label.setObjectName("mapHover")
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 140, 150, 100, 230, 60)):
            self.table.setColumnWidth(column, width)
        self.map = MapWidget()
        self.map.setMinimumWidth(160)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.hover_label)
        counts.addWidget(self.filters.area_chip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addLayout(counts)
        layout.addWidget(self.splitter, 1)

        # Panning fires many viewport changes; the map asks the database once it comes to rest.
        self._viewport_settle = QTimer(self, singleShot=True, interval=80)
        self._viewport_settle.timeout.connect(self.refresh_map)
        self.filters.sig_query_changed.connect(self.set_query)
        self.model.sig_more_requested.connect(self._on_more_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.map.sig_viewport_changed.connect(self._on_viewport)
        self.map.sig_marker_clicked.connect(self._on_marker_clicked)
        self.map.sig_cluster_clicked.connect(self._on_cluster_clicked)
        self.map.sig_marker_hovered.connect(self._on_marker_hovered)
        self.map.sig_features_drawn.connect(self._on_features_drawn)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self._drawn_total = 0
        self.retranslate()

    @property
    def search(self):
        return self.filters.search

    @property
    def status_filter(self):
        return self.filters.status_filter

    def retranslate(self) -> None:
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n report(s)", "", self.model.total))

    # -- list --------------------------------------------------------------------------------

    def current_report_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_report(self, report_id: int) -> bool:
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def move_selection(self, step: int) -> None:
        """Next/previous report for keyboard triage."""
        row = self.table.currentIndex().row() + step if self.table.currentIndex().isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.select_report(self.model.row_at(row).id)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def toggle_map(self) -> str:
        """Step through map beside list, list only, map only; returns the new layout."""
        self._layout = LAYOUTS[(LAYOUTS.index(self._layout) + 1) % len(LAYOUTS)]
        self.map.setVisible(self._layout != "list")
        self.table.setVisible(self._layout != "map")
        (self.table if self._layout != "map" else self.map).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self._layout

    def set_query(self, query: ReportQuery) -> None:
        self._query = query
        self.reload()

    @property
    def query(self) -> ReportQuery:
        return self._query

    @asyncSlot()
    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.filters.category_filter.count() <= 1:
            await self._load_reference_data()
        selected = self._pending_select if self._pending_select is not None else self.current_report_id()
        self.refresh_map()
        page = await self._ctx.runner.run(list_reports, self._ctx.db, self._ctx.user, self._query, 0)
        if generation != self._generation:
            return
        self.model.set_page(page)
        self._show_count()
        self._pending_select = None
        reselected = selected is not None and self.select_report(selected)
        if not reselected and self.filters.bounds is not None and self.model.rowCount():
            # A clicked cluster: its newest report opens at once.
            self.select_report(self.model.row_at(0).id)
        self.sig_page_loaded.emit(page.total)

    async def _load_reference_data(self) -> None:
        categories = await self._ctx.runner.run(list_categories, self._ctx.db)
        agencies = await self._ctx.runner.run(list_agencies, self._ctx.db)
        self.filters.blockSignals(True)
        self.filters.set_reference_data(categories, agencies)
        self.filters.blockSignals(False)

    @asyncSlot(int)
    async def _on_more_requested(self, offset: int) -> None:
        generation = self._generation
        page = await self._ctx.runner.run(list_reports, self._ctx.db, self._ctx.user, self._query, offset)
        if generation == self._generation:
            self.model.append_page(page)

    @Slot(object, object)
    def _on_current_row(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            return
        self.map.highlight(row.id, row.lat, row.lon)
        self.sig_report_selected.emit(row.id)

    # -- map ---------------------------------------------------------------------------------

    @Slot(object, int)
    def _on_viewport(self, bounds: Bounds, zoom: int) -> None:
        self._viewport = (bounds, zoom)
        self._viewport_settle.start()

    @asyncSlot()
    async def refresh_map(self) -> None:
        """Ask for the current viewport's clusters and markers under the current filter."""
        if self._viewport is None:
            return
        self._map_generation += 1
        generation = self._map_generation
        bounds, zoom = self._viewport
        features = await self._ctx.runner.run(viewport, self._ctx.db, self._ctx.user, self._query, bounds, zoom)
        if generation == self._map_generation:
            self._drawn_total = features.shown
            self.map.show_features(features)

    @Slot(int, int)
    def _on_features_drawn(self, _clusters: int, _markers: int) -> None:
        self.sig_map_drawn.emit(self._drawn_total)

    @Slot(object)
    def _on_marker_clicked(self, report_id: int) -> None:
        if self.select_report(report_id) or self._viewport is None:
            return
        # Not among the rows loaded: narrow the list to the visible map area, where it is. Markers
        # only show when that area holds few reports, so the list then holds this one.
        bounds, _zoom = self._viewport
        self._pending_select = report_id
        self.filters.set_bounds((bounds.south, bounds.west, bounds.north, bounds.east))

    @Slot(object)
    def _on_cluster_clicked(self, bounds: Bounds) -> None:
        self.filters.set_bounds((bounds.south, bounds.west, bounds.north, bounds.east))

    @Slot(object)
    def _on_marker_hovered(self, report_id: int | None) -> None:
        row = self.model.row_at(self.model.row_of(report_id)) if report_id is not None else None
        self.hover_label.setText(
            f"{row.reference} · {fmt.category_label(row.category_name_id, row.category_name_en)} · "
            f"{fmt.status_label(row.status)}" if row is not None else "")

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        if changes.all_reports or any(self.model.row_of(r) >= 0 for r in changes.reports):
            self.reload()
        elif changes.reports:
            self.refresh_map()
