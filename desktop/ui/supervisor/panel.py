"""The supervisor's review screen: queues now, effectiveness over a period, a heat map, bulk actions, exports."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.stats.layout import Document, Link, age_names
from desktop.core.stats.period import Period, PeriodError, today_wib
from desktop.services.bulk import MAX_REPORTS, report_ids
from desktop.services.changes import Changes
from desktop.services.directory import list_agencies
from desktop.services.dto import ReportQuery
from desktop.services.files import FolderMissing, save_atomically
from desktop.services.reporting import export_csv, record_export, review_document
from desktop.services.supervision import Review, heat_by_area, link_query, load_review
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text
from desktop.ui.i18n import current_language
from desktop.ui.supervisor.bulk_dialog import BulkDialog
from desktop.ui.supervisor.heat import HeatView
from desktop.ui.supervisor.section import SectionView

SECTIONS = ("queues", "goal", "integration", "adaptation")
# Preset key -> days back from today (None: a calendar month).
PRESETS = (("7", 7), ("30", 30), ("this_month", None), ("last_month", None), ("90", 90), ("180", 180))
CUSTOM = "custom"


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervision", text)


def preset_period(key: str, today: date) -> Period:
    if key == "this_month":
        return Period(today.replace(day=1), today)
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last)
    return Period(today - timedelta(days=int(key) - 1), today)


class SupervisorPanel(QWidget):
    sig_review_loaded = Signal()
    """Emitted when the figures of the chosen period and filters are on screen."""

    sig_heat_loaded = Signal(int)
    """Emitted when the heat map has its areas; carries how many kelurahan it colours."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._review: Review | None = None
        self.document: Document | None = None
        self._stale = True
        self._heat_stale = True
        self._agencies = ()
        # What "now" is for the queues and deadlines; tests fix it.
        self.clock = lambda: datetime.now(timezone.utc)
        self.setObjectName("supervisorPanel")
        self.preset = QComboBox()
        self.first = QDateEdit(calendarPopup=True)
        self.last = QDateEdit(calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd-MM-yyyy")
        self.use_inbox = QCheckBox()
        self.refresh = QPushButton()
        self.bulk = QPushButton()
        self.export_pdf = QPushButton()
        self.export_csv = QPushButton()
        self.filters_label = QLabel()
        self.filters_label.setWordWrap(True)
        self.filters_label.setStyleSheet("color: #555;")
        self.banner = QLabel()
        self.banner.setObjectName("reviewNotices")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#reviewNotices { background: #fff3e0; color: #8a4b00; border: 1px solid "
                                  "#ffb74d; padding: 6px; font-weight: 600; }")
        self.banner.hide()
        self.busy = QLabel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.views = {key: SectionView() for key in SECTIONS}
        for key in SECTIONS:
            self.tabs.addTab(self.views[key], "")
            self.views[key].sig_link_activated.connect(self.show_reports)
        self.heat = HeatView()
        self.tabs.addTab(self.heat, "")

        bar = QHBoxLayout()
        self.period_label = QLabel()
        for widget in (self.period_label, self.preset, self.first, QLabel("–"), self.last, self.use_inbox):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.busy, self.refresh, self.bulk, self.export_pdf, self.export_csv):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.filters_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self._settle = QTimer(self, singleShot=True, interval=300)
        self._settle.timeout.connect(self.reload)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.first.dateChanged.connect(self._on_dates)
        self.last.dateChanged.connect(self._on_dates)
        self.use_inbox.toggled.connect(self._settle.start)
        self.refresh.clicked.connect(self.reload)
        self.bulk.clicked.connect(self._on_bulk_clicked)
        self.export_pdf.clicked.connect(self.save_pdf)
        self.export_csv.clicked.connect(self.save_csv)
        self.tabs.currentChanged.connect(self._on_tab)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()
        self._set_period(preset_period("30", today_wib()), "30")

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Reports received"))
        current = self.preset.currentData()
        self.preset.blockSignals(True)
        self.preset.clear()
        names = {"7": self.tr("Last 7 days"), "30": self.tr("Last 30 days"), "this_month": self.tr("This month"),
                 "last_month": self.tr("Last month"), "90": self.tr("Last 90 days"), "180": self.tr("Last 180 days")}
        for key, _days in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.addItem(self.tr("Chosen dates"), CUSTOM)
        self.preset.setCurrentIndex(max(self.preset.findData(current), 0))
        self.preset.blockSignals(False)
        self.use_inbox.setText(self.tr("Apply the inbox's filters"))
        self.use_inbox.setToolTip(self.tr(
            "Count only the reports the inbox's filters select (the period still applies)"))
        self.refresh.setText(self.tr("Refresh"))
        self.bulk.setText(self.tr("Act on reports…"))
        self.bulk.setToolTip(self.tr("Select a number in a queue table, then act on those reports at once"))
        self.export_pdf.setText(self.tr("PDF report…"))
        self.export_csv.setText(self.tr("CSV…"))
        for index, title in enumerate((self.tr("Queues"), self.tr("Goal achievement"), self.tr("Integration"),
                                       self.tr("Adaptation"), self.tr("Heat map"))):
            self.tabs.setTabText(index, title)
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- period and filters ------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(self.first.date().toPython(), self.last.date().toPython())

    def _set_period(self, period: Period, preset: str) -> None:
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(self.preset.findData(preset), 0))
        self.preset.blockSignals(False)

    def set_period(self, period: Period) -> None:
        """Show ``period`` (chosen dates) and count it again."""
        self._set_period(period, CUSTOM)
        self._settle.start()

    @Slot(int)
    def _on_preset(self, _index: int) -> None:
        key = self.preset.currentData()
        if key != CUSTOM:
            self._set_period(preset_period(key, today_wib()), key)
            self._settle.start()

    @Slot()
    def _on_dates(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self._settle.start()

    def base_query(self) -> ReportQuery:
        """The filters the review counts under: the inbox's, when asked for, else none."""
        inbox = getattr(self.window(), "inbox", None)
        if self.use_inbox.isChecked() and inbox is not None:
            return inbox.query
        return ReportQuery()

    # -- loading --------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(Changes)
    def _on_changes(self, _changes: Changes) -> None:
        self._stale = self._heat_stale = True
        if self.isVisible():
            self._settle.start()

    @asyncSlot()
    async def reload(self) -> None:
        self._settle.stop()
        try:
            period = self.period()
        except PeriodError as exc:
            self._ctx.dialogs.error(self, self.tr("Period"), error_text(exc))
            return
        self._generation += 1
        generation = self._generation
        self._stale = False
        self._heat_stale = True
        self.busy.setText(self.tr("Counting…"))
        review = await self._ctx.runner.run(load_review, self._ctx.db, self._ctx.user, period, self.base_query(),
                                            self.clock())
        if not self._agencies:
            self._agencies = await self._ctx.runner.run(list_agencies, self._ctx.db)
        if generation != self._generation:
            return
        self._review = review
        self.busy.setText("")
        self._render()
        if self.tabs.currentWidget() is self.heat:
            self.load_heat()
        self.sig_review_loaded.emit()

    def _render(self) -> None:
        if self._review is None:
            return
        self.document = review_document(self._review, current_language(), _tr)
        for section in self.document.sections:
            self.views[section.key].show_section(section)
        self.filters_label.setText(self.tr("Filters: {filters}").format(filters="; ".join(self.document.filters))
                                   if self.document.filters else self.tr("No filters: every report counts."))
        self.banner.setText("\n".join(self.document.notices))
        self.banner.setVisible(bool(self.document.notices))

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.heat and self._heat_stale and self._review is not None:
            self.load_heat()

    @asyncSlot()
    async def load_heat(self) -> None:
        self._heat_stale = False
        generation = self._generation
        areas = await self._ctx.runner.run(heat_by_area, self._ctx.db, self._ctx.user, self.period(),
                                           self.base_query(), self.clock())
        if generation == self._generation:
            self.heat.show_areas(areas)
            self.sig_heat_loaded.emit(len(self.heat.cells))

    # -- click-through and bulk actions ---------------------------------------------------------------

    def link_query(self, link: Link) -> ReportQuery:
        """The inbox filter for the reports a cell counts, under the filters the figures were counted with."""
        return link_query(link, self._review.query, self._review.now)

    @Slot(object)
    def show_reports(self, link: Link) -> None:
        """Show the reports behind a queue cell in the inbox, on the map and in the list."""
        window = self.window()
        inbox = getattr(window, "inbox", None)
        if inbox is None or self._review is None:
            return
        window.show_screen("inbox")
        inbox.set_query(self.link_query(link))

    def selected_link(self) -> Link | None:
        """The reports of the queue cell selected last (in the table that has the focus, if any)."""
        view = self.views["queues"]
        tables = [t for t in (view.table("queues"), view.table("ageing")) if t is not None and t.current_link()]
        focused = [t for t in tables if t.hasFocus()]
        return (focused or tables)[0].current_link() if tables else None

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        link = self.selected_link()
        if link is None or self.tabs.currentWidget() is not self.views["queues"]:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show these reports on the map and in the list"), lambda: self.show_reports(link))
        menu.addAction(self.tr("Act on these reports…"), lambda: self.act_on(link))
        menu.exec(event.globalPos())

    @Slot()
    def _on_bulk_clicked(self) -> None:
        link = self.selected_link()
        if link is None:
            self._ctx.dialogs.info(self, self.tr("Act on reports"), self.tr(
                "First select a number in one of the queue tables: the reports it counts are the ones acted on."))
            self.tabs.setCurrentWidget(self.views["queues"])
            return
        self.act_on(link)

    def describe(self, link: Link) -> str:
        names = self._review.names
        parts = [names.agency(link.agency) if link.agency else self.tr("command centre")]
        if link.statuses:
            parts.append(", ".join(fmt.status_label(s) for s in link.statuses))
        if link.age is not None:
            parts.append(age_names(_tr)[link.age])
        if link.overdue:
            parts.append(self.tr("overdue"))
        return " · ".join(parts)

    @asyncSlot(object)
    async def act_on(self, link: Link) -> None:
        ids = await self._ctx.runner.run(report_ids, self._ctx.db, self._ctx.user, self.link_query(link))
        if len(ids) > MAX_REPORTS:
            self._ctx.dialogs.error(self, self.tr("Act on reports"), self.tr(
                "More than {limit} reports are chosen; one bulk action handles at most {limit}. "
                "Choose a smaller group.").format(limit=MAX_REPORTS))
            return
        self.open_bulk_dialog(ids, self.describe(link))

    def open_bulk_dialog(self, ids: tuple[int, ...], description: str) -> BulkDialog:
        dialog = BulkDialog(self._ctx, ids, description, self._agencies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- exports ---------------------------------------------------------------------------------------

    def _target(self, title: str, name_filter: str, suffix: str) -> Path | None:
        chosen = self._ctx.dialogs.save_file(self, title, name_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    @asyncSlot()
    async def save_pdf(self) -> None:
        if self.document is None:
            return
        path = self._target(self.tr("Save the review as PDF"), self.tr("PDF report (*.pdf)"), ".pdf")
        if path is None:
            return
        from desktop.ui.supervisor.pdf import write_pdf

        document, review = self.document, self._review
        try:
            await self._ctx.runner.run(record_export, self._ctx.db, self._ctx.user, "pdf", path, review)
            # Charts are drawn by Qt, so the PDF is made here on the interface's thread.
            save_atomically(path, lambda target: write_pdf(document, target))
        except FolderMissing as exc:
            self._ctx.dialogs.error(self, self.tr("PDF report"), error_text(exc))
            return
        self._ctx.dialogs.info(self, self.tr("PDF report"), self.tr("Saved {path}").format(path=path))

    @asyncSlot()
    async def save_csv(self) -> None:
        if self.document is None:
            return
        path = self._target(self.tr("Save the review's figures as CSV"), self.tr("CSV file (*.csv)"), ".csv")
        if path is None:
            return
        try:
            await self._ctx.runner.run(export_csv, self._ctx.db, self._ctx.user, self._review, self.document, path)
        except FolderMissing as exc:
            self._ctx.dialogs.error(self, self.tr("CSV"), error_text(exc))
            return
        self._ctx.dialogs.info(self, self.tr("CSV"), self.tr("Saved {path}").format(path=path))
