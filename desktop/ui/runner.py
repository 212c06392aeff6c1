"""The one background runner: every database call leaves the GUI thread through here.

A single worker keeps writes in order and means a SQLAlchemy Session is only ever used
on the thread that opened it (each service call opens and closes its own).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, Callable, TypeVar

T = TypeVar("T")


class Runner:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._closed = False

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        # A view that asks after the window closed is simply cancelled, not an error.
        if self._closed:
            raise asyncio.CancelledError()
        # The Qt-driven loop, even when a slot's task steps while Qt (not asyncio) is pumping events.
        loop = asyncio.get_event_loop()
        result = await loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))
        # The window may have closed while the call ran: its widgets are gone, so stop here.
        if self._closed:
            raise asyncio.CancelledError()
        return result

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
