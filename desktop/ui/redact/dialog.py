"""The redaction tool: draw rectangles over faces, plates and house numbers; agencies get the blurred copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from qasync import asyncSlot

from desktop.services import photos
from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text

Rect = tuple[int, int, int, int]
MIN_SIDE = 6


class RedactCanvas(QWidget):
    """The photo scaled to fit, with the rectangles to blur; drag to add one, right-click to remove it."""

    sig_regions_changed = Signal(int)
    """Emitted when a rectangle was added or removed; carries how many there are."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._pixmap = QPixmap()
        self.regions: list[Rect] = []
        self.suggested: set[Rect] = set()
        self._drag_from: QPoint | None = None
        self._drag_to: QPoint | None = None

    def set_photo(self, data: bytes) -> None:
        self._pixmap.loadFromData(data)
        self.regions.clear()
        self.suggested.clear()
        self.update()

    def add_regions(self, rects: list[Rect], suggested: bool = False) -> None:
        for rect in rects:
            if rect not in self.regions:
                self.regions.append(rect)
            if suggested:
                self.suggested.add(rect)
        self.sig_regions_changed.emit(len(self.regions))
        self.update()

    def clear_regions(self) -> None:
        self.regions.clear()
        self.suggested.clear()
        self.sig_regions_changed.emit(0)
        self.update()

    def _frame(self) -> QRectF:
        """Where the photo is drawn: centred, scaled to fit, never enlarged past twice its size."""
        if self._pixmap.isNull():
            return QRectF()
        scale = min(self.width() / self._pixmap.width(), self.height() / self._pixmap.height(), 2.0)
        w, h = self._pixmap.width() * scale, self._pixmap.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _to_image(self, point: QPoint) -> tuple[int, int]:
        frame = self._frame()
        scale = frame.width() / self._pixmap.width()
        x = min(max((point.x() - frame.x()) / scale, 0), self._pixmap.width())
        y = min(max((point.y() - frame.y()) / scale, 0), self._pixmap.height())
        return int(x), int(y)

    def _to_screen(self, rect: Rect) -> QRectF:
        frame = self._frame()
        scale = frame.width() / self._pixmap.width()
        x, y, w, h = rect
        return QRectF(frame.x() + x * scale, frame.y() + y * scale, w * scale, h * scale)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#263238"))
        if self._pixmap.isNull():
            return
        painter.drawPixmap(self._frame().toRect(), self._pixmap)
        for rect in self.regions:
            dashed = rect in self.suggested
            painter.setPen(QPen(QColor("#ffb300" if dashed else "#e53935"), 2,
                                Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.setBrush(QColor(229, 57, 53, 70))
            painter.drawRect(self._to_screen(rect))
        if self._drag_from is not None and self._drag_to is not None:
            painter.setPen(QPen(QColor("#e53935"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(self._drag_from, self._drag_to).normalized())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._pixmap.isNull():
            return
        if event.button() == Qt.MouseButton.RightButton:
            x, y = self._to_image(event.position().toPoint())
            for rect in reversed(self.regions):
                if rect[0] <= x <= rect[0] + rect[2] and rect[1] <= y <= rect[1] + rect[3]:
                    self.regions.remove(rect)
                    self.suggested.discard(rect)
                    self.sig_regions_changed.emit(len(self.regions))
                    self.update()
                    return
        elif event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = self._drag_to = event.position().toPoint()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._drag_from is not None:
            self._drag_to = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._drag_from is None:
            return
        (x0, y0), (x1, y1) = self._to_image(self._drag_from), self._to_image(event.position().toPoint())
        self._drag_from = self._drag_to = None
        rect = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        if rect[2] >= MIN_SIDE and rect[3] >= MIN_SIDE:
            self.add_regions([rect])
        self.update()


class RedactDialog(QDialog):
    sig_redaction_saved = Signal(object)
    """Emitted when the blurred copy for agencies was stored; carries the report id."""

    def __init__(self, ctx: AppContext, report_id: int, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._report_id = report_id
        self._photo_id: int | None = None
        self.setObjectName("redactDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 680)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.canvas = RedactCanvas()
        self.status = QLabel()
        self.status.setObjectName("redactStatus")
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName("suggestRegionsButton")
        self.clear_button = QPushButton()
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRedactedButton")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.suggest_button.clicked.connect(self._on_suggest)
        self.clear_button.clicked.connect(self.canvas.clear_regions)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save)
        self.canvas.sig_regions_changed.connect(self._on_regions_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Blur the photo for agencies"))
        self.hint.setText(self.tr(
            "Drag rectangles over faces, number plates and house numbers; right-click one to remove it. Agencies "
            "only ever see the blurred copy; the original stays in the command centre."))
        self.suggest_button.setText(self.tr("Suggest faces"))
        self.clear_button.setText(self.tr("Clear"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save blurred copy for agencies"))
        self._on_regions_changed(len(self.canvas.regions))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @asyncSlot()
    async def load(self) -> None:
        ctx = self._ctx
        try:
            found = await ctx.runner.run(photos.photos_of, ctx.db, ctx.user, self._report_id)
            original = next((p for p in found if p.kind == "original"), None)
            if original is None:
                self.status.setText(self.tr("This report has no original photo."))
                self.save_button.setEnabled(False)
                return
            self._photo_id = original.id
            self.canvas.set_photo(await ctx.runner.run(photos.photo_data, ctx.db, ctx.user, original.id))
        except AccessDenied as exc:
            self.status.setText(error_text(exc))
            self.save_button.setEnabled(False)

    @Slot(int)
    def _on_regions_changed(self, count: int) -> None:
        self.status.setText(self.tr("%n region(s) to blur", "", count))

    @asyncSlot()
    async def _on_suggest(self) -> None:
        if self._photo_id is None:
            return
        ctx = self._ctx
        self.suggest_button.setEnabled(False)
        found = await ctx.runner.run(photos.suggest, ctx.db, ctx.user, self._photo_id)
        self.suggest_button.setEnabled(True)
        self.canvas.add_regions(found, suggested=True)
        if not found:
            self.status.setText(self.tr("No faces found; draw the rectangles yourself."))

    @asyncSlot()
    async def _on_save(self) -> None:
        if self._photo_id is None:
            return
        ctx = self._ctx
        self.save_button.setEnabled(False)
        try:
            await ctx.runner.run(photos.save_redacted, ctx.db, ctx.user, self._photo_id, list(self.canvas.regions))
        except AccessDenied as exc:
            ctx.dialogs.error(self, self.tr("Cannot save"), error_text(exc))
            self.save_button.setEnabled(True)
            return
        ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset({self._report_id})))
        self.sig_redaction_saved.emit(self._report_id)
        self.accept()
