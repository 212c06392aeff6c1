"""Message boxes and file dialogs behind one small service, so tests can replace it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class DialogService:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """Free text from the user (a reason, a note); None when cancelled."""
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return value if ok else None

    def save_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, "", name_filter)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return path or None
