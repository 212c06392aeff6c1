"""Starting the Qt application: environment, language, database, login, main window."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from desktop.services.database import DatabaseError


def prepare_qt_environment() -> None:
    """Settings QtWebEngine needs before any Qt object exists."""
    # Chromium refuses its sandbox as root (installers, containers); without this the
    # WebEngine process dies and takes the app with it.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401 - must be imported before QApplication

    from desktop.map.scheme import register_scheme

    # The map page and its assets come from the app's own scheme, declared before the app exists.
    register_scheme()


def create_application(argv: list[str] | None = None):
    prepare_qt_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("JakLapor Desk")
    app.setOrganizationName("JakLapor")
    app.setApplicationVersion(__import__("desktop").__version__)
    return app


def run_app(url: str | None, lang: str | None, demo: bool = False) -> int:
    import qasync

    from desktop.logs import setup_logging
    from desktop.ui.i18n import install_language
    from desktop.ui.settings import save_language, saved_language

    setup_logging()
    logging.getLogger(__name__).info("JakLapor Desk %s starting", __import__("desktop").__version__)
    app = create_application()
    chosen = lang or saved_language()
    if lang:
        save_language(lang)
    install_language(chosen)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(_configured_session(app, url, demo))


async def _configured_session(app, url: str | None, demo: bool) -> int:
    """Without --url or --demo: the saved workstation, or the first-run wizard on a first start."""
    if url is None and not demo:
        from desktop.ui.dialogs import DialogService
        from desktop.ui.firstrun import configured_workstation
        from desktop.ui.runner import Runner

        runner = Runner()
        try:
            workstation = await configured_workstation(runner, DialogService())
        finally:
            runner.shutdown()
        if workstation is None:
            return 0
        url = workstation.database_url()
    return await _session(app, url)


async def _session(app, url: str | None) -> int:
    from desktop.services.database import open_database
    from desktop.services.embedded import open_embedded
    from desktop.ui.dialogs import DialogService
    from desktop.ui.login.dialog import LoginDialog
    from desktop.ui.runner import Runner
    from desktop.ui.startup import PreparingNotice

    runner, dialogs = Runner(), DialogService()
    demo = url is None
    notice = PreparingNotice(demo)
    notice.show()
    try:
        db = await runner.run(open_embedded) if demo else await runner.run(open_database, url)
    except DatabaseError as exc:
        notice.close()
        dialogs.error(None, notice.error_title(), str(exc))
        runner.shutdown()
        return 1
    notice.close()
    dialog = LoginDialog(demo, db.label)
    dialog.show()
    try:
        user = await log_in(dialog, runner, db)
    except asyncio.CancelledError:
        runner.shutdown()
        return 0
    from desktop.sync.replica import open_for_login

    replica = None if demo else await runner.run(open_for_login, db, user)
    window = open_main_window(db, user, runner, dialogs, demo, replica)
    sync = window.context.sync
    await _until_closed(app, window)
    if sync is not None:
        await sync.stop()
    runner.shutdown()
    db.dispose()
    return 0


async def _until_closed(app, window) -> None:
    """Wait for the user to close ``window`` (holding it, so it is not collected meanwhile)."""
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    await closed.wait()
    window.deleteLater()


async def log_in(dialog, runner, db):
    """Ask until a login succeeds; CancelledError when the user closes the dialog."""
    from desktop.services.auth import LoginError, login

    while True:
        username, password = await dialog.next_attempt()
        try:
            user = await runner.run(login, db, username, password)
        except LoginError:
            dialog.show_refused()
            continue
        dialog.close()
        return user


def open_main_window(db, user, runner, dialogs, demo: bool, replica=None):
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.main.window import MainWindow

    bus, sync = ChangeBus(), None
    if replica is not None:
        from desktop.sync.engine import SyncEngine
        from desktop.ui.sync.controller import SyncController

        sync = SyncController(SyncEngine(replica), bus)
        sync.start()
    window = MainWindow(AppContext(db, user, runner, bus, dialogs, demo, sync))
    window.show()
    window.load_screens()
    return window
