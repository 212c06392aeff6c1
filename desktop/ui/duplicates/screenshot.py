"""Bringing the main window to the duplicates screen for ``screenshot --view duplicates``."""

from __future__ import annotations

import asyncio


async def _next(signal, start=None):
    done = asyncio.get_running_loop().create_future()
    signal.connect(lambda *args: done.done() or done.set_result(args))
    if start is not None:
        start()
    return await done


async def prepare_duplicates(window, size) -> None:
    screen = window.show_screen("duplicates")
    window.splitter.setSizes([int(size[0] * 0.6), int(size[0] * 0.4)])
    await _next(screen.sig_groups_loaded, screen.reload)
    tree = screen.groups if screen.groups.topLevelItemCount() else screen.merged
    if tree.topLevelItemCount():
        first = tree.topLevelItem(0)
        shown = _next(window.detail.sig_detail_loaded)
        tree.setCurrentItem(first.child(0) if first.childCount() else first)
        await shown
