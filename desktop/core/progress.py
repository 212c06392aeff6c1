"""Progress and cancellation for long pure functions (import, export, seeding, statistics)."""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """Raised inside a long operation when the user pressed Cancel."""


class Progress:
    """Passed into heavy work; the UI reads it, the work checks it between steps."""

    def __init__(self, on_change: Callable[[int, int], None] | None = None, every: int = 1000):
        self._cancel = threading.Event()
        self._on_change = on_change
        self._every = every
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def advance(self, done: int, total: int) -> None:
        """Record progress; raise Cancelled if the user asked to stop."""
        self.done, self.total = done, total
        if done % self._every == 0:
            if self._cancel.is_set():
                raise Cancelled()
            if self._on_change is not None:
                self._on_change(done, total)
