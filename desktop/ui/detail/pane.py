"""The detail pane: everything about one report, its history and its notes."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.sla import deadline_state, first_action_due, remaining
from desktop.core.workflow import Status
from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.services.dto import ReportDetail
from desktop.services.photos import COMMAND_CENTRE
from desktop.services.reports import get_report_detail
from desktop.ui import format as fmt
from desktop.ui import history
from desktop.ui.context import AppContext
from desktop.ui.detail.reporter import ReporterSection
from desktop.ui.errors import error_text
from desktop.ui.redact.dialog import RedactDialog


def _plain(text: str = "", wrap: bool = True) -> QLabel:
    """A label that shows citizen-supplied text literally: markup in a report is never rendered."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(QScrollArea):
    # Report ids are 64-bit; Signal(int) would truncate them to a C int.
    sig_detail_loaded = Signal(object)
    """Emitted when a report's detail is on screen; carries the report id."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: ReportDetail | None = None
        self._generation = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()

    @property
    def detail(self) -> ReportDetail | None:
        return self._detail

    def retranslate(self) -> None:
        if self._detail is not None:
            self._render(self._detail)
        else:
            self._show_message(self.tr("Select a report to see its details."))

    def _show_message(self, text: str) -> None:
        # setWidget deletes the previous content, so each message gets a fresh label.
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.setWidget(label)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @asyncSlot(object)
    async def show_report(self, report_id: int) -> None:
        self._generation += 1
        generation = self._generation
        try:
            detail = await self._ctx.runner.run(get_report_detail, self._ctx.db, self._ctx.user, report_id)
        except AccessDenied as exc:
            if generation == self._generation:
                self._detail = None
                self._show_message(error_text(exc))
            return
        if generation != self._generation:
            return
        self._detail = detail
        self._render(detail)
        self.sig_detail_loaded.emit(report_id)

    def _on_changes(self, changes: Changes) -> None:
        if self._detail is not None and changes.touches(self._detail.id):
            self.show_report(self._detail.id)

    def _render(self, d: ReportDetail) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._header(d))
        title = _plain(d.title)
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(_plain(d.description))
        if d.photo:
            layout.addWidget(self._photo(d))
        layout.addWidget(self._facts(d))
        self.reporter = ReporterSection(self._ctx, d)
        layout.addWidget(self.reporter)
        layout.addWidget(self._timeline(d))
        if d.notes:
            layout.addWidget(self._notes(d))
        layout.addStretch(1)
        self.setWidget(body)

    def _header(self, d: ReportDetail) -> QHBoxLayout:
        row = QHBoxLayout()
        reference = _plain(d.reference, wrap=False)
        reference.setObjectName("detailReference")
        reference.setStyleSheet("font-size: 18px; font-weight: 700;")
        row.addWidget(reference)
        chip = QLabel(fmt.status_label(d.status))
        chip.setObjectName("statusChip")
        colour = fmt.status_colour(d.status).name()
        text_colour = "#212121" if d.status == Status.IN_PROGRESS.value else "white"
        chip.setStyleSheet(f"background:{colour}; color:{text_colour}; border-radius:9px; padding:2px 10px;")
        row.addWidget(chip)
        if d.emergency:
            urgent = QLabel(self.tr("EMERGENCY"))
            urgent.setStyleSheet("background:#b71c1c; color:white; border-radius:9px; padding:2px 10px; font-weight:700;")
            row.addWidget(urgent)
        privacy = QLabel(fmt.privacy_label(d.privacy))
        privacy.setStyleSheet("border:1px solid #9e9e9e; border-radius:9px; padding:1px 8px;")
        row.addWidget(privacy)
        row.addStretch(1)
        return row

    def _photo(self, d: ReportDetail) -> QWidget:
        box = QVBoxLayout()
        picture = QLabel()
        pixmap = QPixmap()
        pixmap.loadFromData(d.photo)
        picture.setPixmap(pixmap.scaledToWidth(min(pixmap.width() * 2, 420), Qt.TransformationMode.SmoothTransformation))
        box.addWidget(picture)
        caption = {
            "original": self.tr("Original photo (command centre only; location data removed)"),
            "redacted": self.tr("Photo with faces, plates and house numbers blurred"),
            "after": self.tr("Photo after handling"),
        }.get(d.photo_kind or "", "")
        note = QLabel(caption)
        note.setStyleSheet("color:#616161;")
        box.addWidget(note)
        if self._ctx.user.role in COMMAND_CENTRE:
            redact = QPushButton(self.tr("Blur faces and plates for agencies…"))
            redact.setObjectName("redactButton")
            redact.clicked.connect(lambda: RedactDialog(self._ctx, d.id, self.window()).open())
            box.addWidget(redact, alignment=Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setLayout(box)
        return holder

    def _facts(self, d: ReportDetail) -> QGroupBox:
        group = QGroupBox(self.tr("Report"))
        form = QFormLayout(group)
        form.addRow(self.tr("Category:"), QLabel(fmt.category_label(d.category_name_id, d.category_name_en)))
        channel = fmt.channel_label(d.channel) + (f" · {d.external_id}" if d.external_id else "")
        form.addRow(self.tr("Channel:"), _plain(channel))
        form.addRow(self.tr("Priority:"), QLabel(fmt.priority_label(d.priority)))
        form.addRow(self.tr("Received:"), QLabel(fmt.local_time(d.received_at)))
        if d.emergency:
            form.addRow(self.tr("First action:"), QLabel(self._first_action_text(d)))
        form.addRow(self.tr("Deadline:"), QLabel(self._deadline_text(d)))
        form.addRow(self.tr("Address:"), _plain(d.address))
        area = ", ".join(part for part in (d.kelurahan, d.kecamatan, d.city) if part)
        form.addRow(self.tr("Area:"), _plain(area or "—"))
        if d.location_problem:
            where = QLabel(self.tr("No valid location ({problem}); not drawn on the map").format(problem=d.location_problem))
            where.setStyleSheet("color:#b71c1c;")
        else:
            where = QLabel(f"{d.lat:.5f}, {d.lon:.5f}")
        form.addRow(self.tr("Coordinates:"), where)
        roles = {"lead": self.tr("{agency} (lead)"), "support": self.tr("{agency} (support)")}
        agencies = ", ".join(roles[part.role].format(agency=part.short_name) for part in d.agencies)
        form.addRow(self.tr("Agencies:"), QLabel(agencies or self.tr("Not dispatched yet")))
        if d.duplicate_of_reference:
            form.addRow(self.tr("Duplicate of:"), QLabel(d.duplicate_of_reference))
        if d.rating is not None:
            stars = "★" * d.rating + "☆" * (5 - d.rating)
            comment = f" — {d.rating_comment}" if d.rating_comment else ""
            form.addRow(self.tr("Citizen rating:"), _plain(stars + comment))
        return group

    def _deadline_text(self, d: ReportDetail) -> str:
        if d.due_at is None:
            return "—"
        now = datetime.now(timezone.utc)
        state = deadline_state(d.due_at, now, done=d.done_at is not None)
        text = fmt.local_time(d.due_at)
        if state == "met":
            return text + "  ✓"
        if state == "overdue":
            return text + "  " + self.tr("overdue by {time}").format(time=fmt.countdown(remaining(d.due_at, now))[1:])
        return text + "  " + self.tr("({time} left)").format(time=fmt.countdown(remaining(d.due_at, now)))

    def _first_action_text(self, d: ReportDetail) -> str:
        """Emergencies must see a first action within 15 minutes of arriving."""
        if d.first_action_at is not None:
            return fmt.local_time(d.first_action_at)
        due = first_action_due(d.received_at)
        now = datetime.now(timezone.utc)
        if now >= due:
            return self.tr("none yet — overdue by {time}").format(time=fmt.countdown(remaining(due, now))[1:])
        return self.tr("none yet — due within {time}").format(time=fmt.countdown(remaining(due, now)))

    def _timeline(self, d: ReportDetail) -> QGroupBox:
        group = QGroupBox(self.tr("History"))
        layout = QVBoxLayout(group)
        tree = QTreeWidget()
        tree.setObjectName("timeline")
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Time"), self.tr("Change"), self.tr("By"), self.tr("Note")])
        for entry in d.timeline:
            item = QTreeWidgetItem([fmt.local_time(entry.at), history.change_text(entry), history.actor_text(entry),
                                    entry.note or ""])
            item.setIcon(1, fmt.status_dot(entry.to_status))
            item.setToolTip(3, entry.note or "")
            tree.addTopLevelItem(item)
        if d.rating is not None:
            # The citizen's verdict closes the history once the report is done.
            tree.addTopLevelItem(QTreeWidgetItem(["", history.rating_text(d.rating), self.tr("citizen"),
                                                  d.rating_comment or ""]))
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setMinimumHeight(min(60 + 24 * (len(d.timeline) + (d.rating is not None)), 260))
        layout.addWidget(tree)
        return group

    def _notes(self, d: ReportDetail) -> QGroupBox:
        group = QGroupBox(self.tr("Notes"))
        layout = QVBoxLayout(group)
        for note in d.notes:
            who = note.author or note.agency or ""
            layout.addWidget(_plain(f"{fmt.local_time(note.at)} · {who}: {note.body}"))
        return group
