"""The app-wide signal that carries each committed change to every view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Changes


class ChangeBus(QObject):
    sig_changes_committed = Signal(Changes)
    """Emitted after a user action or sync committed; views check what it touches."""

    sig_language_changed = Signal(str)
    """Emitted after the interface language switched; carries "id" or "en"."""
