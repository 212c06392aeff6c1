"""The screens ``jaklapor-desk screenshot --view`` can render, and whom it logs in as.

Each entry names an async ``prepare(window, size)`` that brings the main window to
that screen and returns once its data is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewSpec:
    default_user: str
    prepare: str  # "module:function"


VIEWS: dict[str, ViewSpec] = {
    "inbox": ViewSpec("petugas1", "desktop.ui.screenshot:prepare_inbox"),
    "detail": ViewSpec("petugas1", "desktop.ui.screenshot:prepare_detail"),
}
