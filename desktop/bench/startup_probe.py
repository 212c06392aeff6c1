"""The app's real start-up path, ending as soon as the first page of reports is painted.

Run by the startup benchmark as a child process; prints ``ready <peak_rss_mb>``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def main(directory: Path) -> None:
    import qasync

    from desktop.app import create_application
    from desktop.ui.i18n import install_language

    app = create_application()
    install_language("id")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_start(app, directory))


async def _start(app, directory: Path) -> None:
    from desktop import config
    from desktop.bench.report import peak_rss_mb
    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login
    from desktop.services.database import open_database
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs import DialogService
    from desktop.ui.main.window import MainWindow
    from desktop.ui.runner import Runner

    runner = Runner()
    db = await runner.run(open_database, config.embedded_url(directory))
    user = await runner.run(login, db, "petugas1", DEMO_PASSWORD)
    window = MainWindow(AppContext(db, user, runner, ChangeBus(), DialogService(), True))
    shown = asyncio.get_running_loop().create_future()
    window.sig_first_page_shown.connect(lambda total: shown.done() or shown.set_result(total))
    window.show()
    window.load_screens()
    await shown
    window.repaint()
    print("ready", peak_rss_mb(), flush=True)
    runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
