"""One workstation's replica of the central database: the cache, the link and one sync round.

Blocking and Qt-free: the command line calls it directly, the app through SyncEngine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from desktop.core.progress import Progress
from desktop.services.dto import UserSession
from desktop.sync import outbox
from desktop.sync.cache import Cache
from desktop.sync.link import Link
from desktop.sync.mutations import Mutation
from desktop.sync.pull import PullResult, ResyncNeeded, full_load, pull_changes
from desktop.sync.push import PushResult, push_all


@dataclass(frozen=True)
class RoundResult:
    pushed: PushResult
    pulled: PullResult
    finished_at: datetime

    @property
    def changed(self) -> frozenset[int]:
        return self.pushed.reports | self.pulled.changed


class Replica:
    def __init__(self, cache: Cache, link: Link, user: UserSession):
        self.cache = cache
        self.link = link
        self.user = user

    def perform(self, name: str, report_id: int, at: datetime | None = None, **args) -> Mutation:
        """Apply an action to the cache and queue it; works with the central database out of reach."""
        return outbox.perform(self.cache, self.user, name, report_id, at, **args)

    def pull(self, check: bool = False, progress: Progress | None = None, on_batch_applied=None) -> PullResult:
        try:
            if self.cache.cursor() is None:
                return full_load(self.link, self.cache, self.user, progress)
            return pull_changes(self.link, self.cache, self.user, check, on_batch_applied=on_batch_applied)
        except ResyncNeeded as exc:
            return full_load(self.link, self.cache, self.user, progress, reason=str(exc))

    def sync_once(self, check: bool = False, progress: Progress | None = None) -> RoundResult:
        """Push the outbox, then pull; LinkDown or LoginRefused when the central database is not to be had."""
        pushed = push_all(self.link, self.cache)
        pulled = self.pull(check, progress)
        return RoundResult(pushed, pulled, datetime.now(timezone.utc))

    def close(self) -> None:
        self.link.close()
        self.cache.close()


def open_for_login(db, user: UserSession) -> Replica | None:
    """The replica of a user who has just logged in to the central database as their own role; None otherwise.

    The database connection already holds the user's password (desktop.services.central),
    which also unlocks this workstation's cache of them.
    """
    from desktop.core.roles import Permission, can
    from desktop.services import central
    from desktop.sync.cache import cache_paths, default_directory, open_cache

    url = db.engine.url
    if db.dialect != "postgresql" or not central.is_per_user(db) or not can(user.role, Permission.VIEW_REPORTS):
        return None
    base = url.set(username=central.gate_role_name(url), password=None).render_as_string(hide_password=False)
    link = Link(base, user.username, url.password)
    path, key = cache_paths(default_directory(), link.label, user.username)
    cache = open_cache(path, key, user.username, url.password or "", online=True)
    return Replica(cache, link, user)
