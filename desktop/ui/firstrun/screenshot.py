"""``screenshot --view firstrun``: the first-run wizard at its central-database page."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt


async def prepare_firstrun(window, size) -> None:
    from desktop.ui.firstrun.wizard import FirstRunWizard
    from desktop.ui.screenshot import first_page

    await first_page(window)
    ctx = window.context
    wizard = FirstRunWizard(ctx.runner, ctx.dialogs, window)
    # Shown inside the main window so the window's picture includes it.
    wizard.setWindowFlags(Qt.WindowType.Widget)
    wizard.setAutoFillBackground(True)
    wizard.setStyleSheet("#firstRunWizard { border: 2px solid #546e7a; background: #fafafa; }")
    wizard.move((size[0] - wizard.width()) // 2, (size[1] - wizard.height()) // 2)
    wizard.show()
    wizard.mode_page.central.setChecked(True)
    wizard.next()
    page = wizard.connection_page
    page.url.setText("postgresql://jaklapor_gate@db.jakarta.example/jaklapor")
    page.sslmode.setCurrentIndex(page.sslmode.findData("verify-full"))
    page.sslrootcert.setText("/etc/jaklapor/root.crt")
    wizard.raise_()
    await asyncio.sleep(0.1)
