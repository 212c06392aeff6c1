"""UI test helpers: a qasync loop on the pytest-qt application, and awaiting signals."""

from __future__ import annotations

import asyncio

import pytest
import qasync
from PySide6.QtCore import QEventLoop

from desktop.ui.i18n import install_language

_loops: dict[int, asyncio.AbstractEventLoop] = {}


class _NestedApp:
    """The application as qasync drives it, but each run is a nested QEventLoop.

    qasync ends every run with QApplication.exit(), whose aboutToQuit tears QtWebEngine (the
    inbox map) down for the rest of the process; the next exit then crashes. A test process
    runs the loop many times, the app only once.
    """

    def __init__(self, app):
        self._app = app
        self._running: list[QEventLoop] = []

    def exec(self) -> int:
        loop = QEventLoop()
        self._running.append(loop)
        try:
            return loop.exec()
        finally:
            self._running.pop()

    def exit(self, code: int = 0) -> None:
        if self._running:
            self._running[-1].exit(code)

    def __getattr__(self, name):
        return getattr(self._app, name)


@pytest.fixture
def aloop(qapp):
    """The asyncio loop the app's @asyncSlot handlers run on; tests drive it with run()."""
    loop = _loops.get(id(qapp))
    if loop is None:
        loop = _loops[id(qapp)] = qasync.QEventLoop(_NestedApp(qapp))
    asyncio.set_event_loop(loop)
    install_language("id")
    yield loop
    install_language("id")


def run(loop, awaitable, timeout: float = 30):
    """Run the loop (and so Qt) until ``awaitable`` finishes."""
    return loop.run_until_complete(asyncio.wait_for(awaitable, timeout))


def next_emit(signal):
    """A future resolved with the arguments of ``signal``'s next emission."""
    future = asyncio.get_event_loop().create_future()

    def receive(*args):
        if not future.done():
            future.set_result(args[0] if len(args) == 1 else args)
    signal.connect(receive)
    return future


async def until(predicate, step: float = 0.02) -> None:
    """Let the loop run until ``predicate()`` holds (run() bounds the wait)."""
    while not predicate():
        await asyncio.sleep(step)
