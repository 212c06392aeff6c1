"""The alert strip: emergencies arriving, deadlines about to pass, escalations; with an optional sound."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.ui.settings import app_settings

SOUND_KEY = "alerts/sound"
# Lower is louder: the strip shows the most severe alert first.
EMERGENCY, ESCALATION, WARNING = 0, 1, 2
_COLOURS = {EMERGENCY: ("#b71c1c", "white"), ESCALATION: ("#6a1b9a", "white"), WARNING: ("#ef6c00", "white")}


@dataclass(frozen=True)
class AlertLine:
    severity: int
    text: str
    report_id: int | None


def show_feedback(label: QLabel, text: str, error: bool = False) -> None:
    """The line under a screen that says what an action did, or in red why it did nothing."""
    label.setText(text)
    label.setStyleSheet("color:#b71c1c; font-weight:600;" if error else "color:#1b5e20;")


def sound_enabled() -> bool:
    return app_settings().value(SOUND_KEY, True, type=bool)


def set_sound_enabled(enabled: bool) -> None:
    settings = app_settings()
    settings.setValue(SOUND_KEY, enabled)
    settings.sync()


class AlertStrip(QFrame):
    sig_report_requested = Signal(object)
    """Emitted when the officer asks to see the report an alert is about; carries its id."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alertStrip")
        self._lines: list[AlertLine] = []
        self.text = QLabel()
        self.text.setObjectName("alertText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.show_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.show_button.clicked.connect(self._on_show)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show report"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self._render()

    @property
    def lines(self) -> list[AlertLine]:
        return list(self._lines)

    def raise_alerts(self, lines: list[AlertLine]) -> None:
        """Put new alerts on top; an emergency or escalation also sounds, if sound is on."""
        if not lines:
            return
        self._lines = sorted(lines + self._lines, key=lambda line: line.severity)[:50]
        if sound_enabled() and min(line.severity for line in lines) <= ESCALATION:
            QApplication.beep()
        self._render()
        self.show()

    @Slot()
    def dismiss(self) -> None:
        self._lines = []
        self.hide()

    def _render(self) -> None:
        if not self._lines:
            return
        first = self._lines[0]
        extra = len(self._lines) - 1
        text = first.text + ("  " + self.tr("(+%n more)", "", extra) if extra else "")
        self.text.setText(text)
        self.text.setToolTip("\n".join(line.text for line in self._lines[:20]))
        background, foreground = _COLOURS[first.severity]
        self.setStyleSheet(f"QFrame#alertStrip {{ background:{background}; border-radius:4px; }}"
                           f" QLabel#alertText {{ color:{foreground}; font-weight:600; }}")
        self.show_button.setEnabled(first.report_id is not None)

    @Slot()
    def _on_show(self) -> None:
        if self._lines and self._lines[0].report_id is not None:
            self.sig_report_requested.emit(self._lines[0].report_id)
