"""``screenshot --view audit``: the auditor's log with reveals, approvals and refusals, chain checked."""

from __future__ import annotations

import asyncio


async def prepare_audit(window, size) -> None:
    from desktop.services.audit import AuditQuery, list_entries
    from desktop.ui.reveal.screenshot import make_reveal_history

    ctx = window.context
    reveals = await ctx.runner.run(list_entries, ctx.db, ctx.user, AuditQuery(actions=("identity_revealed",)), 0, 1)
    if not reveals.total:
        await ctx.runner.run(make_reveal_history, ctx.db)
    panel = window.show_screen("audit")
    loaded = asyncio.get_running_loop().create_future()
    panel.sig_entries_loaded.connect(lambda total: loaded.done() or loaded.set_result(total))
    panel.reload()
    await loaded
    checked = asyncio.get_running_loop().create_future()
    panel.sig_chain_checked.connect(lambda ok: checked.done() or checked.set_result(ok))
    panel.check_chain()
    await checked
