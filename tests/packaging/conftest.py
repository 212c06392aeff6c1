"""Each packaging test gets its own data, config, cache and log folders."""

from __future__ import annotations

import pytest


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    for name in ("DATA", "CONFIG", "CACHE", "LOG"):
        monkeypatch.setenv(f"JAKLAPOR_{name}_DIR", str(tmp_path / name.lower()))
    return tmp_path
