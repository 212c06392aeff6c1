"""Where the app's resources (translations, icons, styles, map templates) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    # A PyInstaller bundle unpacks data beside the executable; a checkout keeps it at the top.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
