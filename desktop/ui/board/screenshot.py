"""Bringing the main window to the dispatch board or the agency desk for ``screenshot --view``."""

from __future__ import annotations

import asyncio


async def _loaded(signal, start) -> None:
    done = asyncio.get_running_loop().create_future()
    signal.connect(lambda *_args: done.done() or done.set_result(True))
    start()
    await done


async def prepare_board(window, size) -> None:
    board = window.show_screen("board")
    window.splitter.setSizes([int(size[0] * 0.74), int(size[0] * 0.26)])
    await _loaded(board.sig_board_loaded, board.reload)
    # The demo city carries months of backlog; the latest arrivals show the clocks still running.
    board.order.setCurrentIndex(board.order.findData("newest"))
    board.only_busy.setChecked(True)
    inbox = board.data.columns[""]
    if inbox.rowCount():
        shown = asyncio.get_running_loop().create_future()
        window.detail.sig_detail_loaded.connect(lambda _id: shown.done() or shown.set_result(True))
        board.select_report(inbox.card_at(0).id)
        await shown


async def prepare_agency_desk(window, size) -> None:
    desk = window.show_screen("agency_desk")
    window.splitter.setSizes([int(size[0] * 0.5), int(size[0] * 0.5)])
    await _loaded(desk.sig_queue_loaded, desk.reload)
    if desk.model.rowCount():
        shown = asyncio.get_running_loop().create_future()
        window.detail.sig_detail_loaded.connect(lambda _id: shown.done() or shown.set_result(True))
        desk.select_report(desk.model.card_at(0).id)
        await shown
