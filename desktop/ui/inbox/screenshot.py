"""``screenshot --view map``: the inbox with the city map beside the list, clusters drawn."""

from __future__ import annotations

import asyncio

from desktop.ui.screenshot import first_page, open_report


async def prepare_map(window, size) -> None:
    inbox = window.inbox
    if inbox is None:
        return
    window.show_screen("inbox")
    window.splitter.setSizes([int(size[0] * 0.66), int(size[0] * 0.34)])
    inbox.splitter.setSizes([int(size[0] * 0.40), int(size[0] * 0.26)])
    drawn = asyncio.get_running_loop().create_future()
    inbox.sig_map_drawn.connect(lambda shown: drawn.done() or drawn.set_result(shown))
    await first_page(window)
    await drawn
    if inbox.model.rowCount():
        await open_report(window, inbox.model.row_at(0).id)
    # Give the page a moment to paint the last ring after the selection.
    await asyncio.sleep(0.5)
