"""``screenshot --view supervisor[_goal|_integration|_adaptation|_heat]``: the review with its figures drawn."""

from __future__ import annotations

import asyncio


async def _review(window, size, tab: int):
    panel = window.screens.get("supervisor")
    if panel is None:
        return None
    # The review needs the width; the detail pane has nothing to show here.
    window.splitter.setSizes([size[0], 0])
    loaded = asyncio.get_running_loop().create_future()
    panel.sig_review_loaded.connect(lambda: loaded.done() or loaded.set_result(True))
    window.show_screen("supervisor")
    await loaded
    panel.tabs.setCurrentIndex(tab)
    await asyncio.sleep(0.2)
    return panel


async def prepare_supervisor(window, size) -> None:
    await _review(window, size, 0)


async def prepare_goal(window, size) -> None:
    await _review(window, size, 1)


async def prepare_integration(window, size) -> None:
    await _review(window, size, 2)


async def prepare_adaptation(window, size) -> None:
    await _review(window, size, 3)


async def prepare_heat(window, size) -> None:
    panel = window.screens.get("supervisor")
    if panel is None:
        return
    heat = asyncio.get_running_loop().create_future()
    panel.sig_heat_loaded.connect(lambda n: heat.done() or heat.set_result(n))
    await _review(window, size, 4)
    await heat
    map_widget = panel.heat.map
    if map_widget is not None and not map_widget.ready:
        ready = asyncio.get_running_loop().create_future()
        map_widget.sig_page_loaded.connect(lambda: ready.done() or ready.set_result(True))
        await ready
    # Tiles and discs paint a moment after the page has them.
    await asyncio.sleep(1.5)
