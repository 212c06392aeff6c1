"""Dispatch board: drop → committed dispatch, and board refresh after a change, at city scale.

The board runs for real (offscreen): a card is dropped on an agency column with the same
drop event a mouse makes, timed until the dispatch has committed; then until the changed
card sits in its new column. Each dispatch is undone (Ctrl+Z path) so repeated runs
measure the same board.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from datetime import datetime, timedelta, timezone
from itertools import cycle

from desktop import config
from desktop.bench.report import peak_rss_mb, percentiles
from desktop.commands import CliError
from desktop.commands.arguments import count

SEED = 4


def register(parser) -> None:
    parser.add_argument("--open", type=count, default=10_000, help="open reports on the board")
    parser.add_argument("--agencies", type=count, default=50, help="agency columns (active agencies)")
    parser.add_argument("--drops", type=count, default=60, help="drops to time")


def bench_database(open_reports: int, agencies: int):
    """A reusable database with ``open_reports`` open reports spread over ``agencies`` active agencies."""
    from desktop.services.database import DatabaseError, open_database, upgrade_database

    directory = config.data_dir() / "bench"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"board-{open_reports}-{agencies}.sqlite"
    if path.exists():
        try:
            return upgrade_database(f"sqlite:///{path}")
        except DatabaseError as exc:
            raise CliError(f"{exc}; delete {path} to build the benchmark database again") from None
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = upgrade_database(f"sqlite:///{partial}")
    try:
        _fill(db, open_reports, agencies)
    finally:
        db.dispose()
    partial.rename(path)
    return open_database(f"sqlite:///{path}")


def _fill(db, open_reports: int, agencies: int) -> None:
    from sqlalchemy import insert, select, update

    from db.models import Agency, Area, Assignment, Category, Report, StatusEvent
    from desktop.core.ids import id_for
    from desktop.core.sla import due_at, load_holidays
    from desktop.services.embedded import identity_key
    from desktop.services.seed import seed_database

    seed_database(db, 0, SEED, identity_key())
    rng = random.Random(SEED)
    calendar = load_holidays()
    now = datetime.now(timezone.utc).replace(microsecond=0)
    with db.transaction() as session:
        ordered = session.execute(select(Agency.id, Agency.code, Agency.kind)).all()
        ordered.sort(key=lambda a: (a[2] == "kecamatan", a[2] != "satpol", a[1]))
        keep = [a[0] for a in ordered[:agencies]]
        if len(keep) < agencies:
            raise CliError(f"only {len(keep)} agencies exist; ask for --agencies {len(keep)} or fewer")
        session.execute(update(Agency).where(Agency.id.not_in(keep)).values(active=False))
        categories = session.execute(select(Category.id, Category.deadline_days, Category.emergency)).all()
        areas = session.scalars(select(Area.id)).all()
    reports, events, assignments = [], [], []
    for n in range(open_reports):
        received = now - timedelta(minutes=rng.uniform(1, 3 * 24 * 60))
        category_id, days, emergency = rng.choice(categories)
        status = rng.choices(("waiting", "dispatched", "coordination", "in_progress"), (40, 35, 10, 15))[0]
        lead = None if status == "waiting" else rng.choice(keep)
        report_id = id_for(received, n)
        reports.append(dict(
            id=report_id, reference=f"JL-B-{n:07d}", channel="jaki", category_id=category_id,
            title="Laporan uji beban", description="Laporan uji beban papan disposisi", address="Jl. Uji",
            lat=-6.2, lon=106.8, area_id=rng.choice(areas), status=status, priority="normal",
            privacy=rng.choice(("public", "public", "confidential", "anonymous")), emergency=emergency,
            lead_agency_id=lead, received_at=received, first_action_at=None if lead is None else received,
            dispatched_at=None if lead is None else received, due_at=due_at(received, days, calendar),
            updated_at=received, photo_count=0, version=1))
        events.append(dict(id=id_for(received, n), report_id=report_id, at=received, action="received",
                           from_status=None, to_status="waiting"))
        if lead is not None:
            assignments.append(dict(id=id_for(received, n), report_id=report_id, agency_id=lead, role="lead",
                                    assigned_at=received, accepted_at=received if status == "in_progress" else None))
            if status == "coordination":
                assignments.append(dict(id=id_for(received, n) + 1, report_id=report_id,
                                        agency_id=rng.choice([a for a in keep if a != lead]), role="support",
                                        assigned_at=received, accepted_at=None))
    with db.engine.begin() as connection:
        for table, rows in ((Report, reports), (StatusEvent, events), (Assignment, assignments)):
            for start in range(0, len(rows), 5000):
                connection.execute(insert(table), rows[start:start + 5000])


def run(args) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from desktop.app import create_application
    from desktop.ui.i18n import install_language

    if args.open < args.drops:
        raise CliError(f"--open {args.open} leaves too few waiting reports for --drops {args.drops}")
    db = bench_database(args.open, args.agencies)
    app = create_application()
    install_language("en")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            figures = loop.run_until_complete(_measure(db, args.drops))
    finally:
        db.dispose()
    return {**figures, "open": args.open, "agencies": args.agencies, "peak_rss_mb": peak_rss_mb()}


def _next(signal):
    future = asyncio.get_running_loop().create_future()

    def receive(*args):
        if not future.done():
            future.set_result((time.perf_counter(), args[0] if args else None))
    signal.connect(receive)
    return future


async def _measure(db, drops: int) -> dict:
    from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core.demo_data import DEMO_PASSWORD
    from desktop.services.auth import login
    from desktop.ui.board.mime import INBOX
    from desktop.ui.board.screen import BoardScreen
    from desktop.ui.bus import ChangeBus
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs import DialogService
    from desktop.ui.runner import Runner

    runner = Runner()
    user = await runner.run(login, db, "petugas1", DEMO_PASSWORD)
    board = BoardScreen(AppContext(db, user, runner, ChangeBus(), DialogService()))
    board.resize(1600, 1000)
    board.show()
    started = time.perf_counter()
    loaded = _next(board.sig_board_loaded)
    board.reload()
    await loaded
    load_ms = (time.perf_counter() - started) * 1000
    targets = cycle([code for code, agency in board.data.agencies.items() if agency.active])
    inbox = board.columns[INBOX].view
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    drop_ms, refresh_ms, undo_ms = [], [], []
    for _ in range(drops):
        target = next(targets)
        model = inbox.model()
        index = model.index(model.rowCount() // 2)
        inbox.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        mime = model.mimeData([index])
        viewport = board.columns[target].view.viewport()
        point = viewport.rect().center()
        QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                                                         Qt.KeyboardModifier.NoModifier))
        QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                                                        Qt.KeyboardModifier.NoModifier))
        committed, refreshed = _next(board.sig_move_finished), _next(board.sig_cards_refreshed)
        dropped_at = time.perf_counter()
        QApplication.sendEvent(viewport, QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton,
                                                    Qt.KeyboardModifier.NoModifier))
        committed_at, outcome = await committed
        if outcome != "done":
            raise CliError(f"a benchmark drop was refused: {board.message_text}")
        refreshed_at, _ = await refreshed
        drop_ms.append((committed_at - dropped_at) * 1000)
        refresh_ms.append((refreshed_at - committed_at) * 1000)
        undone, back = _next(board.sig_move_finished), _next(board.sig_cards_refreshed)
        undo_started = time.perf_counter()
        board.undo_last()
        await undone
        undo_ms.append((time.perf_counter() - undo_started) * 1000)
        await back
    board.close()
    runner.shutdown()
    return {**percentiles(drop_ms, "drop_commit"), **percentiles(refresh_ms, "board_refresh"),
            **percentiles(undo_ms, "undo_commit"), "board_load_ms": round(load_ms, 1), "drops": drops,
            "cards": len(list(board.data.cards()))}
