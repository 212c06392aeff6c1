"""Where the app keeps its files, in the platform's standard directories.

``JAKLAPOR_DATA_DIR`` and ``JAKLAPOR_CONFIG_DIR`` override them, for portable installs
and so tests and benchmarks never touch a real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "jaklapor-desk"
EMBEDDED_FILE = "embedded.sqlite"
IDENTITY_KEY_FILE = "identity.key"


def data_dir() -> Path:
    path = Path(os.environ.get("JAKLAPOR_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = Path(os.environ.get("JAKLAPOR_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def embedded_url(directory: Path | None = None) -> str:
    return "sqlite:///" + str((directory or data_dir()) / EMBEDDED_FILE)


def identity_key_path() -> Path:
    """The identity key of an embedded installation: beside the user's data, never in the database."""
    return config_dir() / IDENTITY_KEY_FILE
