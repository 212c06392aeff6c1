"""What every screen needs: the database, the logged-in user, the runner, the bus, dialogs."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.database import Database
from desktop.services.dto import UserSession
from desktop.ui.bus import ChangeBus
from desktop.ui.dialogs import DialogService
from desktop.ui.runner import Runner


@dataclass
class AppContext:
    db: Database
    user: UserSession
    runner: Runner
    bus: ChangeBus
    dialogs: DialogService
    demo: bool = False
    # desktop.ui.sync.controller.SyncController when this workstation keeps an offline cache.
    sync: object | None = None
