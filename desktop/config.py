"""Where the app keeps its files, in the platform's standard directories.

``JAKLAPOR_DATA_DIR`` and ``JAKLAPOR_CONFIG_DIR`` override them, for portable installs
and so tests and benchmarks never touch a real user's files; the cache and the logs then live
inside the data directory unless ``JAKLAPOR_CACHE_DIR`` / ``JAKLAPOR_LOG_DIR`` say otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "jaklapor-desk"
EMBEDDED_FILE = "embedded.sqlite"
IDENTITY_KEY_FILE = "identity.key"
WORKSTATION_FILE = "workstation.json"


def data_dir() -> Path:
    path = Path(os.environ.get("JAKLAPOR_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = Path(os.environ.get("JAKLAPOR_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    return _derived_dir("JAKLAPOR_CACHE_DIR", "cache", platformdirs.user_cache_dir)


def log_dir() -> Path:
    return _derived_dir("JAKLAPOR_LOG_DIR", "logs", platformdirs.user_log_dir)


def _derived_dir(variable: str, inside_data: str, standard) -> Path:
    if os.environ.get(variable):
        path = Path(os.environ[variable])
    elif os.environ.get("JAKLAPOR_DATA_DIR"):
        path = data_dir() / inside_data
    else:
        path = Path(standard(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def workstation_path() -> Path:
    """The first-run wizard's answers: which database, which kind of workstation."""
    return config_dir() / WORKSTATION_FILE


def embedded_url(directory: Path | None = None) -> str:
    return "sqlite:///" + str((directory or data_dir()) / EMBEDDED_FILE)


def identity_key_path() -> Path:
    """The identity key of an embedded installation: beside the user's data, never in the database."""
    return config_dir() / IDENTITY_KEY_FILE
