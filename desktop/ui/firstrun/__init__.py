"""The first-run wizard (wizard.py) and the start-up step that decides whether to show it."""

from __future__ import annotations

import asyncio


async def configured_workstation(runner, dialogs):
    """The saved workstation, or the wizard's answers on a first start; None when the user gave up."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.workstation import WorkstationError, load_workstation
    from desktop.ui.errors import error_text
    from desktop.ui.firstrun.wizard import FirstRunWizard

    try:
        saved = load_workstation()
    except WorkstationError as exc:
        dialogs.error(None, "JakLapor Desk", error_text(exc))
        return None
    if saved is not None:
        return saved
    # Between the wizard and the next window no window is visible; that must not end the app.
    QApplication.instance().setQuitOnLastWindowClosed(False)
    wizard = FirstRunWizard(runner, dialogs)
    answer = asyncio.get_running_loop().create_future()
    wizard.sig_workstation_saved.connect(lambda workstation: answer.done() or answer.set_result(workstation))
    wizard.rejected.connect(lambda: answer.done() or answer.set_result(None))
    wizard.show()
    try:
        return await answer
    finally:
        wizard.deleteLater()
