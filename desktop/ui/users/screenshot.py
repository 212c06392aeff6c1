"""``screenshot --view users``: the administrator's account list with one account selected."""

from __future__ import annotations

import asyncio


async def prepare_users(window, size) -> None:
    panel = window.show_screen("users")
    loaded = asyncio.get_running_loop().create_future()
    panel.sig_accounts_loaded.connect(lambda count: loaded.done() or loaded.set_result(count))
    panel.reload()
    await loaded
    panel.select_user("petugas1")
