"""The intake screen: import files, watch the channels' drop folders, export reports,
and read (or save) the report of any past import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.workflow import OPEN_STATUSES
from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.services.dto import ReportQuery
from desktop.services.export import WRITERS, ExportError, export_reports
from desktop.services.files import FolderMissing
from desktop.services.intake import (
    ImportRunView, drop_root, prepare_drop_folders, process_drop_folders, recent_runs, run_report,
)
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text
from desktop.ui.intake.dialog import ImportDialog, save_report
from desktop.ui.tables import read_only_table

_RUN_ID = Qt.ItemDataRole.UserRole


class IntakeScreen(QWidget):
    sig_runs_loaded = Signal(int)
    """Emitted after the list of recent imports was (re)loaded; carries how many are shown."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._runs: tuple[ImportRunView, ...] = ()
        self._root = drop_root()
        self.import_button = QPushButton()
        self.export_format = QComboBox()
        for name in WRITERS:
            self.export_format.addItem(name, name)
        self.open_only = QCheckBox()
        self.export_button = QPushButton()
        self.drop_group = QGroupBox()
        self.drop_label = QLabel()
        self.drop_label.setWordWrap(True)
        self.drop_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scan_button = QPushButton()
        self.runs = read_only_table(8, "importRuns")
        self.runs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.save_report_button = QPushButton()
        self.save_report_button.setEnabled(False)

        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.export_format)
        actions.addWidget(self.open_only)
        actions.addWidget(self.export_button)
        drop = QHBoxLayout(self.drop_group)
        drop.addWidget(self.drop_label, 1)
        drop.addWidget(self.scan_button)
        report_row = QHBoxLayout()
        report_row.addStretch(1)
        report_row.addWidget(self.save_report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(actions)
        layout.addWidget(self.drop_group)
        layout.addWidget(self.runs, 2)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(report_row)

        self._watcher = QFileSystemWatcher(self)
        # Files often arrive in bursts (a copy of several exports): act once it settles.
        self._settle = QTimer(self, singleShot=True, interval=1500)
        self._settle.timeout.connect(self.scan_drop_folders)
        self._watcher.directoryChanged.connect(self._settle.start)
        self.import_button.clicked.connect(self._on_import)
        self.export_button.clicked.connect(self._on_export)
        self.scan_button.clicked.connect(self.scan_drop_folders)
        self.runs.itemSelectionChanged.connect(self._on_run_selected)
        self.save_report_button.clicked.connect(self._on_save_report)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()
        self._watch()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import file…"))
        labels = {"open311-json": self.tr("Open311 JSON"), "open311-xml": self.tr("Open311 XML"),
                  "geojson": self.tr("GeoJSON"), "csv": self.tr("CSV (spreadsheet)")}
        for index in range(self.export_format.count()):
            self.export_format.setItemText(index, labels[self.export_format.itemData(index)])
        self.open_only.setText(self.tr("Open reports only"))
        self.export_button.setText(self.tr("Export…"))
        self.drop_group.setTitle(self.tr("Drop folders"))
        self.drop_label.setText(self.tr(
            "Files put in {root}/<channel>/ are imported as that channel's reports (.json and .xml as Open311, "
            ".csv with the channel's saved mapping) and moved to imported/ or failed/ with their report. "
            "Write large files under a name starting with \".\" and rename them when complete.").format(root=self._root))
        self.scan_button.setText(self.tr("Check now"))
        self.runs.setHorizontalHeaderLabels([
            self.tr("Started"), self.tr("File"), self.tr("Channel"), self.tr("Outcome"), self.tr("Imported"),
            self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected")])
        self.save_report_button.setText(self.tr("Save report…"))
        self._fill_runs()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @asyncSlot()
    async def _watch(self) -> None:
        folders = await self._ctx.runner.run(prepare_drop_folders, self._root)
        self._watcher.addPaths([str(f) for f in folders.values()])

    @asyncSlot()
    async def reload(self) -> None:
        self._runs = await self._ctx.runner.run(recent_runs, self._ctx.db, self._ctx.user)
        self._fill_runs()
        self.sig_runs_loaded.emit(len(self._runs))

    def _fill_runs(self) -> None:
        outcomes = {"done": self.tr("done"), "cancelled": self.tr("cancelled"), "failed": self.tr("failed")}
        self.runs.setRowCount(len(self._runs))
        for row, run in enumerate(self._runs):
            values = (fmt.local_time(run.started_at), run.source, fmt.channel_label(run.channel),
                      outcomes.get(run.outcome, run.outcome), run.imported, run.updated, run.unchanged, run.rejected)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(_RUN_ID, run.id)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.runs.setItem(row, column, item)

    @asyncSlot()
    async def _on_run_selected(self) -> None:
        items = self.runs.selectedItems()
        if not items:
            return
        text = await self._ctx.runner.run(run_report, self._ctx.db, self._ctx.user, items[0].data(_RUN_ID))
        self.report_view.setPlainText(text)
        self.save_report_button.setEnabled(True)

    @Slot()
    def _on_save_report(self) -> None:
        save_report(self._ctx, self, self.report_view.toPlainText())

    @Slot()
    def _on_import(self) -> None:
        dialog = ImportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_import_finished.connect(self._on_import_finished)
        dialog.open()

    @Slot(object)
    def _on_import_finished(self, _summary) -> None:
        self.reload()

    @asyncSlot()
    async def scan_drop_folders(self) -> None:
        summaries = await self._ctx.runner.run(process_drop_folders, self._ctx.db, self._ctx.user, self._root)
        if any(s.imported or s.updated for s in summaries):
            self._ctx.bus.sig_changes_committed.emit(Changes(all_reports=True))
        self.reload()

    @asyncSlot()
    async def _on_export(self) -> None:
        name = self.export_format.currentData()
        suffix = WRITERS[name][1]
        path = self._ctx.dialogs.save_file(self, self.tr("Export reports"),
                                           self.tr("{kind} (*{suffix})").format(kind=self.export_format.currentText(),
                                                                               suffix=suffix))
        if not path:
            return
        if not Path(path).suffix:
            path += suffix
        query = ReportQuery(statuses=tuple(sorted(s.value for s in OPEN_STATUSES)) if self.open_only.isChecked() else ())
        try:
            summary = await self._ctx.runner.run(export_reports, self._ctx.db, self._ctx.user, query, name, Path(path))
        except (ExportError, FolderMissing, AccessDenied, OSError) as exc:
            self._ctx.dialogs.error(self, self.tr("Export reports"), error_text(exc))
            return
        self._ctx.dialogs.info(self, self.tr("Export reports"), self.tr(
            "%n report(s) exported to {path}. Reporter identities and confidential details are never exported.",
            "", summary.count).format(path=summary.path))

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        if changes.all_reports:
            self.reload()
