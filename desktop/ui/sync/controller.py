"""The sync engine on the app's qasync loop, as Qt signals the status bar and screens follow."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Changes
from desktop.sync.engine import SyncEngine, SyncStatus
from desktop.sync.mutations import Mutation


class SyncController(QObject):
    sig_status_changed = Signal(object)
    """Emitted when the sync status changed (online, pending, last sync, progress); carries a SyncStatus."""

    def __init__(self, engine: SyncEngine, bus, parent=None):
        super().__init__(parent)
        self.engine = engine
        self._bus = bus
        engine.add_listener(self._on_engine)

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    async def on_cache(self, fn, *args):
        """``fn(cache, *args)`` off the GUI thread; cancelled once sync has stopped (the cache is closed then)."""
        return await self.engine.on_cache(fn, *args)

    def start(self) -> None:
        self.engine.start()

    async def stop(self) -> None:
        await self.engine.stop()
        self.engine.replica.close()

    async def perform(self, name: str, report_id: int, **args) -> Mutation:
        """Apply a user action on this workstation at once; it reaches the central database when it can."""
        mutation = await self.engine.perform(name, report_id, **args)
        self._bus.sig_changes_committed.emit(Changes(reports=frozenset({report_id})))
        return mutation

    async def sync_now(self) -> SyncStatus:
        return await self.engine.sync_now()

    def _on_engine(self, status: SyncStatus, changed: frozenset[int]) -> None:
        self.sig_status_changed.emit(status)
        if changed:
            self._bus.sig_changes_committed.emit(Changes(reports=frozenset(changed)))
