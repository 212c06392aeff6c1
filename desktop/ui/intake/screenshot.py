"""Bringing the main window to the import and export screen for ``screenshot --view intake``."""

from __future__ import annotations

from desktop.ui.duplicates.screenshot import _next


async def prepare_intake(window, size) -> None:
    screen = window.show_screen("intake")
    await _next(screen.sig_runs_loaded, screen.reload)
    if screen.runs.rowCount():
        screen.runs.selectRow(0)
