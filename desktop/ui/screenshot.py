"""Rendering the real main window offscreen to a PNG (README pictures and visual checks)."""

from __future__ import annotations

import asyncio
import importlib
import os
from pathlib import Path

from desktop.commands import CliError

DATA_TIMEOUT_S = 120


def take_screenshot(url: str | None, view: str, out: Path, lang: str, size: tuple[int, int],
                    username: str | None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from desktop.app import create_application
    from desktop.ui.i18n import install_language
    from desktop.ui.screenshot_views import VIEWS

    spec = VIEWS[view]
    app = create_application()
    install_language(lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        image = loop.run_until_complete(_render(url, spec.prepare, size, username or spec.default_user))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise CliError(f"could not write {out}")


async def _render(url: str | None, prepare_path: str, size: tuple[int, int], username: str):
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import LoginError, login
    from desktop.services.database import DatabaseError, open_database
    from desktop.services.embedded import open_embedded
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs import DialogService
    from desktop.ui.main.window import MainWindow
    from desktop.ui.runner import Runner

    runner = Runner()
    try:
        db = await runner.run(open_embedded) if url is None else await runner.run(open_database, url)
        user = await runner.run(login, db, username, DEMO_PASSWORD)
    except (DatabaseError, LoginError) as exc:
        runner.shutdown()
        raise CliError(str(exc)) from None
    window = MainWindow(AppContext(db, user, runner, ChangeBus(), DialogService(), url is None))
    window.resize(*size)
    window.show()
    module_name, function = prepare_path.split(":")
    await asyncio.wait_for(getattr(importlib.import_module(module_name), function)(window, size), DATA_TIMEOUT_S)
    # Let layouts and any late repaint settle before grabbing.
    await asyncio.sleep(0.3)
    image = window.grab().toImage()
    window.close()
    runner.shutdown()
    db.dispose()
    return image


async def first_page(window) -> None:
    """Load the inbox and wait until its first page is on screen (no-op for roles without one)."""
    if window.inbox is None:
        return
    loaded = asyncio.get_running_loop().create_future()
    window.inbox.sig_page_loaded.connect(lambda total: loaded.done() or loaded.set_result(total))
    window.inbox.reload()
    await loaded


async def open_report(window, report_id: int) -> None:
    """Select a report (in the list when it is there) and wait until its detail shows."""
    shown = asyncio.get_running_loop().create_future()
    window.detail.sig_detail_loaded.connect(lambda loaded_id: shown.done() or shown.set_result(loaded_id))
    if not window.inbox.select_report(report_id):
        window.detail.show_report(report_id)
    await shown


async def prepare_inbox(window, size) -> None:
    await first_page(window)
    if window.inbox is not None and window.inbox.model.rowCount():
        await open_report(window, window.inbox.model.row_at(0).id)


async def prepare_detail(window, size) -> None:
    from desktop.services.reports import showcase_report_id

    window.splitter.setSizes([int(size[0] * 0.45), int(size[0] * 0.55)])
    await first_page(window)
    ctx = window.context
    report_id = await ctx.runner.run(showcase_report_id, ctx.db, ctx.user)
    if report_id is not None:
        await open_report(window, report_id)
