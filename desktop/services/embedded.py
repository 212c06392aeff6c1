"""The embedded default: a local SQLite database with the demo city, no server needed."""

from __future__ import annotations

from pathlib import Path

from desktop import config
from desktop.core.identity_crypto import IdentityKey
from desktop.core.progress import Progress
from desktop.services.database import Database, open_database, upgrade_database
from desktop.services.seed import seed_database

DEMO_REPORTS = 20_000
DEMO_SEED = 2026


def identity_key(path: Path | None = None) -> IdentityKey:
    """Load the installation's identity key, creating one on first use."""
    path = path or config.identity_key_path()
    if not path.exists():
        IdentityKey.generate().save(path)
    return IdentityKey.load(path)


def open_embedded(reports: int = DEMO_REPORTS, seed: int = DEMO_SEED, directory: Path | None = None,
                  state: Progress | None = None) -> Database:
    """Open the embedded database, creating and seeding it on the first run.

    The file is seeded under a temporary name and renamed when complete, so an
    interrupted first run never leaves a half-filled database behind.
    """
    directory = directory or config.data_dir()
    final = directory / config.EMBEDDED_FILE
    if final.exists():
        return upgrade_database(config.embedded_url(directory))
    partial = directory / (config.EMBEDDED_FILE + ".partial")
    for leftover in directory.glob(config.EMBEDDED_FILE + ".partial*"):
        leftover.unlink()
    db = upgrade_database("sqlite:///" + str(partial))
    try:
        seed_database(db, reports, seed, identity_key(), state=state)
    finally:
        db.dispose()
    partial.rename(final)
    return open_database(config.embedded_url(directory))
