"""``screenshot --view reveal``: an officer's reveal of a public report's reporter, on screen.

Also the demo history the approvals and audit views show: a few real reveals, approvals
and refusals, made through the same services as in the app (so they are audited).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from desktop.core.demo_data import DEMO_PASSWORD
from desktop.services import privacy
from desktop.services.auth import login
from desktop.services.dto import ReportQuery
from desktop.services.reports import get_report_detail, list_reports

REASONS = (
    "Lokasi di laporan tidak jelas; perlu menelepon pelapor untuk memastikan titik pohon tumbang.",
    "Petugas lapangan tidak menemukan tumpukan sampah; perlu konfirmasi alamat dengan pelapor.",
    "Pelapor menyebut ada korban; perlu dihubungi untuk keterangan lebih lanjut.",
)


def _revealable(db, user, privacy_mode: str, skip: int = 0) -> int | None:
    """A report of ``privacy_mode`` with a stored identity."""
    for row in list_reports(db, user, ReportQuery(privacy=(privacy_mode,)), limit=50).rows:
        if get_report_detail(db, user, row.id).has_identity:
            if skip == 0:
                return row.id
            skip -= 1
    return None


def make_reveal_history(db) -> None:
    """Pending and decided confidential requests, one public reveal, and a refused attempt."""
    officer, colleague = login(db, "petugas2", DEMO_PASSWORD), login(db, "petugas3", DEMO_PASSWORD)
    supervisor = login(db, "supervisor1", DEMO_PASSWORD)
    for user in (officer, colleague):
        privacy.accept_conduct(db, user)
    public = _revealable(db, officer, "public")
    ticket = privacy.request_reveal(db, officer, public, REASONS[0])
    privacy.reveal(db, officer, ticket.token, privacy.load_identity_key())
    for n, user in enumerate((officer, colleague, officer)):
        report_id = _revealable(db, user, "confidential", skip=n)
        ticket = privacy.request_reveal(db, user, report_id, REASONS[(n + 1) % len(REASONS)])
        if n == 2:
            privacy.decide(db, supervisor, ticket.request_id, False, "Bisa ditangani tanpa menghubungi pelapor.")
    try:
        privacy.request_reveal(db, login(db, "admin", DEMO_PASSWORD), public, "Ingin melihat siapa pelapornya")
    except privacy.RevealRefused:
        pass  # refused and audited: exactly what the audit view should show


async def prepare_reveal(window, size) -> None:
    from desktop.ui.reveal.dialog import RevealDialog
    from desktop.ui.screenshot import first_page, open_report

    ctx = window.context
    window.splitter.setSizes([int(size[0] * 0.45), int(size[0] * 0.55)])
    await first_page(window)
    report_id = await ctx.runner.run(_revealable, ctx.db, ctx.user, "public")
    await open_report(window, report_id)
    dialog = RevealDialog(ctx, window.detail.detail, None, window)
    # Shown inside the main window so the window's picture includes it.
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setAutoFillBackground(True)
    dialog.setStyleSheet("#revealDialog { border: 2px solid #546e7a; background: #fafafa; }")
    dialog.resize(620, 340)
    dialog.move(window.width() - dialog.width() - 40, 140)
    dialog.show()
    await asyncio.sleep(0.2)
    dialog.conduct_box.setChecked(True)
    dialog.reason.setPlainText(REASONS[0])
    shown = asyncio.get_running_loop().create_future()
    dialog.sig_identity_shown.connect(lambda _id: shown.done() or shown.set_result(True))
    dialog.request_button.click()
    await shown
    dialog._countdown.stop()  # hold the picture at the start of the countdown
    dialog.raise_()
