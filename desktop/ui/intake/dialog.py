"""The import dialog: choose a file and its channel, map CSV columns (saved by name),
import in the background with progress and cancel, then read or save the import report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QVBoxLayout,
)
from qasync import asyncSlot

from desktop.core.catalog import CATEGORIES, Channel
from desktop.core.intake.csv_file import FIELD_LABELS, FIELDS, REQUIRED, ColumnMapping, guess_mapping, read_header
from desktop.core.progress import Progress
from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.services.intake import (
    ImportSummary, IntakeError, import_data, list_mappings, read_source, save_mapping,
)
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text, refusal_text
from desktop.ui.i18n import translate

ENCODINGS = ("utf-8", "cp1252", "latin-1", "utf-16")
DELIMITERS = ((",", ","), (";", ";"), ("\t", "Tab"), ("|", "|"))
# More changed reports than this and the views simply reload everything.
_LIST_CHANGES_UP_TO = 500


class ImportDialog(QDialog):
    sig_import_finished = Signal(object)
    """Emitted when an import ends (done or cancelled); carries its ImportSummary."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._data: bytes | None = None
        self._path: Path | None = None
        self._headers: list[str] = []
        self._state: Progress | None = None
        self._summary: ImportSummary | None = None
        self.setObjectName("importDialog")
        self.setMinimumWidth(620)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.format_combo = QComboBox()
        self.format_combo.addItem("Open311", "open311")
        self.format_combo.addItem("CSV", "csv")
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(fmt.channel_label(channel.value), channel.value)

        self.mapping_group = QGroupBox()
        self.saved_combo = QComboBox()
        self.mapping_name = QLineEdit()
        self.save_mapping_button = QPushButton()
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(ENCODINGS)
        self.delimiter_combo = QComboBox()
        for value, label in DELIMITERS:
            self.delimiter_combo.addItem(label, value)
        self.default_category = QComboBox()
        self.column_combos: dict[str, QComboBox] = {name: QComboBox() for name in FIELDS}
        self.field_labels: dict[str, QLabel] = {name: QLabel() for name in FIELDS}

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("importReport")
        self.report_view.setReadOnly(True)
        self.report_view.setMinimumHeight(140)
        self.import_button = QPushButton()
        self.cancel_button = QPushButton()
        self.save_report_button = QPushButton()
        self.save_report_button.setEnabled(False)
        self.close_button = QPushButton()

        self._build_layout()
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._show_progress)
        self.choose_button.clicked.connect(self._on_choose)
        self.format_combo.currentIndexChanged.connect(self._on_format)
        self.saved_combo.activated.connect(self._on_saved_chosen)
        self.save_mapping_button.clicked.connect(self._on_save_mapping)
        self.encoding_combo.currentIndexChanged.connect(self._reread_header)
        self.delimiter_combo.currentIndexChanged.connect(self._reread_header)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.save_report_button.clicked.connect(self._on_save_report)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._on_format()
        self._set_running(False)
        self.load_mappings()

    def _build_layout(self) -> None:
        self.source_form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_label, self.format_label, self.channel_label = QLabel(), QLabel(), QLabel()
        self.source_form.addRow(self.file_label, file_row)
        self.source_form.addRow(self.format_label, self.format_combo)
        self.source_form.addRow(self.channel_label, self.channel_combo)

        mapping_layout = QVBoxLayout(self.mapping_group)
        saved_row = QHBoxLayout()
        self.saved_label, self.name_label = QLabel(), QLabel()
        saved_row.addWidget(self.saved_label)
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.name_label)
        saved_row.addWidget(self.mapping_name, 1)
        saved_row.addWidget(self.save_mapping_button)
        mapping_layout.addLayout(saved_row)
        options = QHBoxLayout()
        self.encoding_label, self.delimiter_label, self.default_label = QLabel(), QLabel(), QLabel()
        for label, widget in ((self.encoding_label, self.encoding_combo), (self.delimiter_label, self.delimiter_combo),
                              (self.default_label, self.default_category)):
            options.addWidget(label)
            options.addWidget(widget)
        options.addStretch(1)
        mapping_layout.addLayout(options)
        columns = QFormLayout()
        for name in FIELDS:
            columns.addRow(self.field_labels[name], self.column_combos[name])
        mapping_layout.addLayout(columns)

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.source_form)
        layout.addWidget(self.mapping_group)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import reports"))
        self.file_label.setText(self.tr("File:"))
        self.format_label.setText(self.tr("Format:"))
        self.channel_label.setText(self.tr("Channel:"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.format_combo.setItemText(0, self.tr("Open311 GeoReport v2 (JSON or XML)"))
        self.format_combo.setItemText(1, self.tr("CSV with a column mapping"))
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(index, fmt.channel_label(self.channel_combo.itemData(index)))
        self.mapping_group.setTitle(self.tr("Column mapping"))
        self.saved_label.setText(self.tr("Saved:"))
        self.name_label.setText(self.tr("Name:"))
        self.save_mapping_button.setText(self.tr("Save mapping"))
        self.encoding_label.setText(self.tr("Encoding:"))
        self.delimiter_label.setText(self.tr("Delimiter:"))
        self.default_label.setText(self.tr("Unrecognised category:"))
        current = self.default_category.currentData()
        self.default_category.clear()
        for category in CATEGORIES:
            self.default_category.addItem(fmt.category_label(category.name_id, category.name_en), category.code)
        self.default_category.setCurrentIndex(max(0, self.default_category.findData(current or "ketertiban")))
        for name in FIELDS:
            label = translate("intake", FIELD_LABELS[name])
            self.field_labels[name].setText(label + (" *" if name in REQUIRED else ""))
        self._fill_columns()
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.save_report_button.setText(self.tr("Save report…"))
        self.close_button.setText(self.tr("Close"))
        if self._summary is not None:
            self._show_summary(self._summary)

    def reject(self) -> None:
        """Escape or the window's close button: while importing, they cancel the import instead."""
        if self._state is not None:
            self._on_cancel()
            return
        super().reject()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- choosing the file and the mapping ---------------------------------------------

    @asyncSlot()
    async def _on_choose(self) -> None:
        path = self._ctx.dialogs.open_file(self, self.tr("Choose a file to import"),
                                           self.tr("Report files (*.json *.xml *.csv);;All files (*)"))
        if path:
            await self.load_file(Path(path))

    async def load_file(self, path: Path) -> None:
        """Read ``path`` and prepare the dialog for it (format from its name, CSV headers)."""
        try:
            data = await self._ctx.runner.run(read_source, path)
        except IntakeError as exc:
            self._ctx.dialogs.error(self, self.tr("Import reports"), error_text(exc))
            return
        self._path, self._data = path, data
        self.file_edit.setText(str(path))
        self.format_combo.setCurrentIndex(self.format_combo.findData("csv" if path.suffix.lower() == ".csv" else "open311"))
        self._reread_header()
        if self.format_combo.currentData() == "csv" and not self.mapping_name.text():
            self._apply_mapping(guess_mapping(self._headers))
        self.status_label.setText(self.tr("Ready to import {name}.").format(name=path.name))

    @Slot()
    def _on_format(self) -> None:
        csv_chosen = self.format_combo.currentData() == "csv"
        self.mapping_group.setVisible(csv_chosen)
        # CSV exports come from the call-centre and social-media desks, not from Open311 servers.
        channel = Channel.CALL_CENTRE if csv_chosen else Channel.OPEN311
        if csv_chosen != (self.channel_combo.currentData() != Channel.OPEN311.value):
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))
        self.adjustSize()

    @Slot()
    def _reread_header(self) -> None:
        if self._data is not None:
            self._headers = read_header(self._data, self.current_mapping())
        self._fill_columns()

    def _fill_columns(self, chosen: dict[str, str] | None = None) -> None:
        """Offer the file's headers for every field, keeping (or setting) each choice."""
        for name, combo in self.column_combos.items():
            column = combo.currentData() if chosen is None else chosen.get(name, "")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), "")
            for header in self._headers:
                combo.addItem(header, header)
            if column and combo.findData(column) < 0:
                # A saved mapping may name a column this file lacks: show it, so the import says so.
                combo.addItem(self.tr("{column} (missing)").format(column=column), column)
            combo.setCurrentIndex(max(0, combo.findData(column or "")))
            combo.blockSignals(False)

    def current_mapping(self) -> ColumnMapping:
        columns = {name: combo.currentData() for name, combo in self.column_combos.items() if combo.currentData()}
        return ColumnMapping(name=self.mapping_name.text().strip(), columns=columns,
                             delimiter=self.delimiter_combo.currentData(), encoding=self.encoding_combo.currentText(),
                             default_category=self.default_category.currentData())

    def _apply_mapping(self, mapping: ColumnMapping) -> None:
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.blockSignals(True)
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findText(mapping.encoding)))
        self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(mapping.delimiter)))
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.blockSignals(False)
        self.default_category.setCurrentIndex(max(0, self.default_category.findData(mapping.default_category)))
        if self._data is not None:
            self._headers = read_header(self._data, mapping)
        self._fill_columns(mapping.columns)

    @asyncSlot()
    async def load_mappings(self) -> None:
        self._saved = {m.name: m for m in await self._ctx.runner.run(list_mappings, self._ctx.db)}
        current = self.saved_combo.currentText()
        self.saved_combo.clear()
        self.saved_combo.addItem("", "")
        for name in sorted(self._saved):
            self.saved_combo.addItem(name, name)
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(current)))

    @Slot(int)
    def _on_saved_chosen(self, _index: int) -> None:
        saved = getattr(self, "_saved", {}).get(self.saved_combo.currentData())
        if saved is None:
            return
        self.mapping_name.setText(saved.name)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(saved.channel)))
        self._apply_mapping(saved.mapping)

    @asyncSlot()
    async def _on_save_mapping(self) -> None:
        try:
            saved = await self._ctx.runner.run(save_mapping, self._ctx.db, self._ctx.user,
                                               self.channel_combo.currentData(), self.current_mapping())
        except (IntakeError, AccessDenied) as exc:
            self._ctx.dialogs.error(self, self.tr("Save mapping"), error_text(exc))
            return
        await self.load_mappings()
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(saved.name))
        self.status_label.setText(self.tr("Mapping “{name}” saved.").format(name=saved.name))

    # ---- importing ---------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        for widget in (self.choose_button, self.format_combo, self.channel_combo, self.mapping_group):
            widget.setEnabled(not running)

    @asyncSlot()
    async def _on_import(self) -> None:
        if self._data is None:
            self._ctx.dialogs.error(self, self.tr("Import reports"), self.tr("Choose a file to import first."))
            return
        fmt_name = self.format_combo.currentData()
        mapping = self.current_mapping() if fmt_name == "csv" else None
        if mapping is not None and mapping.problems():
            self._ctx.dialogs.error(self, self.tr("Import reports"),
                                    "; ".join(refusal_text(problem) for problem in mapping.problems()))
            return
        self._state = Progress(every=200)
        self._set_running(True)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Importing…"))
        self._poll.start()
        try:
            summary = await self._ctx.runner.run(
                import_data, self._ctx.db, self._ctx.user, self._data, fmt=fmt_name, source=self._path.name,
                channel=self.channel_combo.currentData(), mapping=mapping, state=self._state)
        except (IntakeError, AccessDenied) as exc:
            self._ctx.dialogs.error(self, self.tr("Import reports"), error_text(exc))
            return
        finally:
            self._poll.stop()
            self._set_running(False)
            self._state = None
        self._summary = summary
        self._show_summary(summary)
        if summary.outcome == "done" and (summary.imported or summary.updated):
            if len(summary.report_ids) <= _LIST_CHANGES_UP_TO:
                self._ctx.bus.sig_changes_committed.emit(Changes(reports=summary.report_ids))
            else:
                self._ctx.bus.sig_changes_committed.emit(Changes(all_reports=True))
        self.sig_import_finished.emit(summary)

    @Slot()
    def _show_progress(self) -> None:
        state = self._state
        if state is not None and state.total:
            self.progress.setRange(0, state.total)
            self.progress.setValue(state.done)

    @Slot()
    def _on_cancel(self) -> None:
        if self._state is not None:
            self._state.cancel()
            self.status_label.setText(self.tr("Cancelling… nothing from this file will be kept."))

    def _show_summary(self, summary: ImportSummary) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if summary.outcome == "done" else 0)
        if summary.outcome == "cancelled":
            self.status_label.setText(self.tr("Import cancelled: nothing from {name} was imported.").format(
                name=summary.source))
        else:
            self.status_label.setText(self.tr(
                "{name}: {imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
                name=summary.source, imported=summary.imported, updated=summary.updated,
                unchanged=summary.unchanged, rejected=summary.rejected))
        self.report_view.setPlainText(summary.report_text(translate))
        self.save_report_button.setEnabled(True)

    @Slot()
    def _on_save_report(self) -> None:
        if self._summary is not None:
            path = save_report(self._ctx, self, self.report_view.toPlainText())
            if path:
                self.status_label.setText(self.tr("Report saved to {path}.").format(path=path))


def save_report(ctx: AppContext, parent, text: str) -> str | None:
    """Ask where to save an import report and write it; the path, or None if not saved."""
    title = QCoreApplication.translate("ImportDialog", "Save import report")
    path = ctx.dialogs.save_file(parent, title, QCoreApplication.translate("ImportDialog", "Text files (*.txt)"))
    if not path:
        return None
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        ctx.dialogs.error(parent, title, str(exc.strerror or exc))
        return None
    return path
