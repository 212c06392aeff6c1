"""The background sync loop on asyncio (the app's qasync loop): push, pull, wait, repeat.

Blocking work runs on the engine's own worker thread, never the caller's loop thread. A
round starts when a LISTEN notification arrives (a colleague's change), when the user acts
or asks ("Sync now"), or when the polling interval passes (LISTEN may be cut off). A failed
round waits with exponential backoff and jitter before the next; ``stop`` cancels every
timer and joins every thread it started.
"""

from __future__ import annotations

import asyncio
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Callable, TypeVar

import psycopg

from desktop.core.dispatching import Refusal
from desktop.core.progress import Progress
from desktop.sync.link import LinkDown, LoginRefused
from desktop.sync.mutations import Mutation
from desktop.sync.pull import CHANNEL
from desktop.sync.replica import Replica

T = TypeVar("T")
# A sanity check every this many rounds, and on the first.
CHECK_EVERY = 50
# The shortest wait before LISTEN connects again after a failure.
LISTEN_RETRY = 2.0


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None = None
    pending: int = 0
    last_sync: datetime | None = None
    syncing: bool = False
    # (done, total) while the first full load runs.
    first_sync: tuple[int, int] | None = None
    # Why the last round failed, in words the status bar translates.
    error: Refusal | None = None
    login_needed: bool = False


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    ceiling: float = 30.0

    def delay(self, failures: int) -> float:
        return min(self.ceiling, self.base * 2 ** max(0, failures - 1)) * random.uniform(0.5, 1.0)


class SyncEngine:
    def __init__(self, replica: Replica, *, poll_interval: float = 10.0, listen: bool = True,
                 backoff: Backoff = Backoff()):
        self.replica = replica
        self.poll_interval = poll_interval
        self.backoff = backoff
        self.listen = listen
        self.rounds = 0
        self.failures = 0
        self._status = SyncStatus(pending=replica.cache.pending_count())
        self._listeners: list[Callable[[SyncStatus, frozenset[int]], None]] = []
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        # Local actions only touch the cache: they never wait behind a round stuck on the network.
        self._local = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-local")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._forced = False
        self._task: asyncio.Task | None = None
        self._waiters: list[asyncio.Future] = []
        self._stopping = threading.Event()
        self._stopped = False
        self._listener: threading.Thread | None = None

    # --- observing ---------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    def add_listener(self, callback: Callable[[SyncStatus, frozenset[int]], None]) -> None:
        """``callback(status, changed_report_ids)`` on the loop's thread after each change of state."""
        self._listeners.append(callback)

    def _publish(self, changed: frozenset[int] = frozenset(), **fields) -> None:
        self._status = replace(self._status, **fields)
        for callback in list(self._listeners):
            callback(self._status, changed)

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        self._loop = asyncio.get_event_loop()
        self._wake = asyncio.Event()
        self._stopping.clear()
        self._task = self._loop.create_task(self._run())
        if self.listen:
            self._listener = threading.Thread(target=self._listen, name="sync-listen", daemon=True)
            self._listener.start()
        self.wake(force=True)

    async def stop(self) -> None:
        """Stop the loop, the listener and the workers; nothing the engine scheduled survives this."""
        self._stopping.set()
        self._stopped = True
        if self._task is not None:
            self._wake.set()
            await self._task
            self._task = None
        for waiter in self._waiters:
            if not waiter.done():
                waiter.cancel()
        self._waiters.clear()
        while self._listener is not None and self._listener.is_alive():
            await asyncio.sleep(0.05)
        self._listener = None
        self._worker.shutdown(wait=True)
        self._local.shutdown(wait=True)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def wake(self, force: bool = False) -> None:
        """Ask for a round soon; thread-safe. Unforced wakes wait out a backoff, forced ones do not."""
        if self._loop is None or self._loop.is_closed():
            return

        def _set() -> None:
            self._forced = self._forced or force
            if self._wake is not None:
                self._wake.set()

        self._loop.call_soon_threadsafe(_set)

    # --- what the UI calls ---------------------------------------------------------------

    async def perform(self, name: str, report_id: int, **args) -> Mutation:
        """Apply an action to the cache and queue it (Refused when the cached report does not allow it)."""
        mutation, pending = await self._on_local(
            lambda: (self.replica.perform(name, report_id, **args), self.replica.cache.pending_count()))
        self._publish(frozenset({report_id}), pending=pending)
        self.wake()
        return mutation

    async def on_cache(self, fn: Callable[..., T], *args) -> T:
        """``fn(cache, *args)`` on the worker of local actions; cancelled once the engine has stopped."""
        return await self._on_local(partial(fn, self.replica.cache, *args))

    async def _on_local(self, fn: Callable[[], T]) -> T:
        # stop() joins this worker before the cache closes, so whatever got in finds it open.
        if self._stopped:
            raise asyncio.CancelledError()
        return await asyncio.get_event_loop().run_in_executor(self._local, fn)

    async def sync_now(self) -> SyncStatus:
        """Run a round now and return the status after it."""
        future = asyncio.get_event_loop().create_future()
        self._waiters.append(future)
        self.wake(force=True)
        return await future

    def relogin(self, password: str) -> None:
        """After LoginRefused: try again with a new password."""
        link = self.replica.link
        link.url = link.url.set(password=password)
        link.drop()
        self._publish(login_needed=False, error=None)
        self.wake(force=True)

    # --- the loop ----------------------------------------------------------------------

    async def _run(self) -> None:
        delay = 0.0
        while not self._stopping.is_set():
            await self._wait(delay or self.poll_interval)
            if self._stopping.is_set():
                break
            forced, self._forced = self._forced, False
            if self._status.login_needed and not forced:
                self._settle_waiters()
                delay = self.poll_interval
                continue
            delay = await self._round()
            self._settle_waiters()

    async def _wait(self, delay: float) -> None:
        """Until ``delay`` passes or a wake comes; after a failure only a forced wake cuts the backoff short."""
        loop = asyncio.get_event_loop()
        until = loop.time() + delay
        while not self._stopping.is_set():
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, until - loop.time()))
            except asyncio.TimeoutError:
                return
            self._wake.clear()
            if self._forced or not self.failures:
                return

    async def _round(self) -> float:
        first = self.replica.cache.cursor() is None
        check = self.rounds % CHECK_EVERY == 0
        progress = Progress(on_change=lambda done, total: self._progress(done, total), every=2000) if first else None
        self._publish(syncing=True, first_sync=(0, 0) if first else None)
        loop = asyncio.get_event_loop()
        try:
            result, pending = await loop.run_in_executor(
                self._worker, lambda: (self.replica.sync_once(check, progress), self.replica.cache.pending_count()))
        except LinkDown as exc:
            self.failures += 1
            # Part of the outbox may have gone before the link broke.
            pending = await loop.run_in_executor(self._worker, self.replica.cache.pending_count)
            self._publish(online=False, syncing=False, first_sync=None, error=exc.refusal, pending=pending)
            return self.backoff.delay(self.failures)
        except LoginRefused as exc:
            self._publish(online=False, syncing=False, first_sync=None, error=exc.refusal, login_needed=True)
            return self.poll_interval
        self.rounds += 1
        self.failures = 0
        changed = frozenset(result.changed)
        self._publish(changed, online=True, syncing=False, first_sync=None, error=None, login_needed=False,
                      last_sync=result.finished_at, pending=pending)
        # A full outbox batch means more is waiting.
        return 0.01 if self._status.pending else self.poll_interval

    def _progress(self, done: int, total: int) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(lambda: self._publish(first_sync=(done, total)))

    def _settle_waiters(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(self._status)

    # --- LISTEN ------------------------------------------------------------------------

    def _listen(self) -> None:
        """Wake a round on each notification; reconnect after a cut, then catch up with one round."""
        conninfo = self.replica.link.conninfo()
        failures = 0
        while not self._stopping.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    failures = 0
                    self.wake()
                    while not self._stopping.is_set():
                        for _ in connection.notifies(timeout=0.5, stop_after=1):
                            self.wake()
            except psycopg.Error:
                # An unreachable server is asked as seldom as the rounds ask it, not every two seconds.
                failures += 1
                self._stopping.wait(max(LISTEN_RETRY, self.backoff.delay(failures)))

