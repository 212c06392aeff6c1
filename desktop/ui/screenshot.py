"""Rendering the real main window offscreen to a PNG (README pictures and visual checks)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path


class ScreenshotError(Exception):
    pass


def take_screenshot(url: str | None, view: str, out: Path, lang: str, size: tuple[int, int], username: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from desktop.app import create_application
    from desktop.ui.i18n import install_language

    app = create_application()
    install_language(lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        image = loop.run_until_complete(_render(url, view, size, username))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise ScreenshotError(f"could not write {out}")


async def _render(url: str | None, view: str, size: tuple[int, int], username: str):
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login
    from desktop.services.database import open_database
    from desktop.services.embedded import open_embedded
    from desktop.services.reports import showcase_report_id
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs import DialogService
    from desktop.ui.main.window import MainWindow
    from desktop.ui.runner import Runner

    runner = Runner()
    db = await runner.run(open_embedded) if url is None else await runner.run(open_database, url)
    user = await runner.run(login, db, username, DEMO_PASSWORD)
    window = MainWindow(AppContext(db, user, runner, ChangeBus(), DialogService(), url is None))
    window.resize(*size)
    if view == "detail":
        window.splitter.setSizes([int(size[0] * 0.45), int(size[0] * 0.55)])
    window.show()
    loaded = asyncio.get_running_loop().create_future()
    window.inbox.sig_page_loaded.connect(lambda total: loaded.done() or loaded.set_result(total))
    window.inbox.reload()
    await asyncio.wait_for(loaded, 60)
    target = await runner.run(showcase_report_id, db, user) if view == "detail" else window.inbox.model.row_at(0).id
    shown = asyncio.get_running_loop().create_future()
    window.detail.sig_detail_loaded.connect(lambda report_id: shown.done() or shown.set_result(report_id))
    if target is not None and not window.inbox.select_report(target):
        window.detail.show_report(target)
    if target is not None:
        await asyncio.wait_for(shown, 60)
    await asyncio.sleep(0.3)
    image = window.grab().toImage()
    window.close()
    runner.shutdown()
    db.dispose()
    return image
