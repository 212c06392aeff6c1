"""The small window shown while the database opens (and, on a first demo run, is filled)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class PreparingNotice(QWidget):
    def __init__(self, demo: bool, parent=None):
        super().__init__(parent, Qt.WindowType.SplashScreen)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Preparing the demo database of Jakarta reports…") if demo
                       else self.tr("Connecting to the central database…"))
        bar = QProgressBar()
        bar.setRange(0, 0)
        layout.addWidget(label)
        layout.addWidget(bar)
        self.resize(420, 90)

    def error_title(self) -> str:
        return self.tr("Cannot open the database")
