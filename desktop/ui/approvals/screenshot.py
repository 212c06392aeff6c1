"""``screenshot --view approvals``: the supervisor's queue with real requests waiting."""

from __future__ import annotations

import asyncio


async def prepare_approvals(window, size) -> None:
    from desktop.services.privacy import pending_approvals
    from desktop.ui.reveal.screenshot import make_reveal_history

    ctx = window.context
    if not await ctx.runner.run(pending_approvals, ctx.db, ctx.user):
        await ctx.runner.run(make_reveal_history, ctx.db)
    panel = window.show_screen("approvals")
    window.splitter.setSizes([int(size[0] * 0.6), int(size[0] * 0.4)])
    loaded = asyncio.get_running_loop().create_future()
    panel.sig_queue_loaded.connect(lambda count: loaded.done() or loaded.set_result(count))
    panel.reload()
    if await loaded:
        shown = asyncio.get_running_loop().create_future()
        window.detail.sig_detail_loaded.connect(lambda _id: shown.done() or shown.set_result(True))
        panel.pending.setCurrentCell(0, 0)
        await shown
