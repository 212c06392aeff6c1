"""``screenshot --view redact``: the redaction tool over a report's original photo."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt


async def prepare_redact(window, size) -> None:
    from desktop.services.reports import showcase_report_id
    from desktop.ui.redact.dialog import RedactDialog
    from desktop.ui.screenshot import first_page, open_report

    ctx = window.context
    await first_page(window)
    report_id = await ctx.runner.run(showcase_report_id, ctx.db, ctx.user)
    await open_report(window, report_id)
    dialog = RedactDialog(ctx, report_id, window)
    # Shown inside the main window so the window's picture includes it.
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setAutoFillBackground(True)
    dialog.setStyleSheet("#redactDialog { border: 2px solid #546e7a; background: #fafafa; }")
    dialog.move(60, 60)
    dialog.show()
    while dialog.canvas._pixmap.isNull():
        await asyncio.sleep(0.05)
    dialog.canvas.add_regions([(40, 110, 60, 40), (220, 150, 70, 30)])
    dialog.raise_()
