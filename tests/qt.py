"""Driving the app's asyncio-on-Qt loop from a test: run it, await signals, wait for a state."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEventLoop


class NestedApp:
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


class FakeDialogs:
    """Stands in for DialogService: answers from a script, records every message, never blocks.

    ``answers`` are the texts typed into prompts, in order (None: cancelled); ``files`` the files
    picked in open dialogs, in order, then ``path``, which save dialogs always answer with.
    """

    def __init__(self, path=None):
        self.path = str(path) if path else None
        self.answers: list[str | None] = []
        self.asked: list[tuple[str, str]] = []
        self.files: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []

    def error(self, parent, title, text):
        self.errors.append(text)

    def info(self, parent, title, text):
        self.infos.append(text)

    def confirm(self, parent, title, text):
        return True

    def ask_text(self, parent, title, label, text=""):
        self.asked.append((title, label))
        return self.answers.pop(0) if self.answers else None

    def save_file(self, parent, title, name_filter):
        return self.path

    def open_file(self, parent, title, name_filter):
        return self.files.pop(0) if self.files else self.path
