"""The board as an officer uses it: real drag and drop events on the columns' viewports, and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from db.models import Agency, Report, StatusEvent
from desktop.services.dispatch import dispatch
from desktop.services.handling import start
from desktop.services.report_actions import CardRef
from desktop.ui.board import column as column_module
from desktop.ui.board.mime import CARDS_MIME, INBOX, decode
from desktop.ui.board.screen import BoardScreen
from tests.qt import next_emit, run

MOVE_OR_COPY = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


@pytest.fixture
def open_board(open_screen):
    return lambda user: open_screen(BoardScreen, user, "sig_board_loaded")


@pytest.fixture
def board(open_board, officer):
    return open_board(officer)


def _status(db, report_id):
    with db.session() as session:
        report = session.get(Report, report_id)
        lead = session.scalar(select(Agency.code).where(Agency.id == report.lead_agency_id))
        return report.status, lead, report.version


def _select(screen: BoardScreen, key: str, ids) -> None:
    view = screen.columns[key].view
    model = view.model()
    view.selectionModel().clearSelection()
    for report_id in ids:
        index = model.index(model.row_of(report_id))
        assert index.isValid(), f"card {report_id} is not in column {key!r}"
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def _hover(screen: BoardScreen, mime, target: str, support: bool = False) -> None:
    viewport = screen.columns[target].view.viewport()
    point = viewport.rect().center()
    modifiers = Qt.KeyboardModifier.ControlModifier if support else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, MOVE_OR_COPY, mime, Qt.MouseButton.LeftButton, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, MOVE_OR_COPY, mime, Qt.MouseButton.LeftButton, modifiers))


def _drop(aloop, screen: BoardScreen, source: str, ids, target: str, support: bool = False,
          refreshed: bool = True) -> str:
    """Select ``ids`` in ``source``, drag them over ``target`` and drop; returns how the move ended."""
    _select(screen, source, ids)
    mime = screen.columns[source].view.model().mimeData(screen.columns[source].view.selectionModel().selectedIndexes())
    _hover(screen, mime, target, support)
    viewport = screen.columns[target].view.viewport()
    modifiers = Qt.KeyboardModifier.ControlModifier if support else Qt.KeyboardModifier.NoModifier
    finished = next_emit(screen.sig_move_finished)
    cards_in = next_emit(screen.sig_cards_refreshed)
    QApplication.sendEvent(viewport, QDropEvent(QPointF(viewport.rect().center()), MOVE_OR_COPY, mime,
                                                Qt.MouseButton.LeftButton, modifiers))
    outcome = run(aloop, finished)
    if outcome == "done" and refreshed:
        run(aloop, cards_in)
    return outcome


def _column_ids(screen, key):
    return {card.id for card in screen.data.columns[key].cards()}


def test_drag_one_card_from_the_inbox_to_an_agency(aloop, board_db, board, make_report):
    report_id = make_report("sampah")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    assert report_id in _column_ids(board, INBOX)
    # While dragging over another agency, the suggested column (DLH for rubbish) lights up.
    _select(board, INBOX, [report_id])
    mime = board.columns[INBOX].view.model().mimeData(board.columns[INBOX].view.selectionModel().selectedIndexes())
    _hover(board, mime, "SDA")
    assert board.columns["DLH"].drop_state == "suggested"
    assert board.columns["SDA"].drop_state == "ok"
    assert "dispatch 1 report" in board.message_text and "SDA" in board.message_text

    assert _drop(aloop, board, INBOX, [report_id], "DLH") == "done"
    assert _status(board_db, report_id)[:2] == ("dispatched", "DLH")
    assert report_id in _column_ids(board, "DLH") and report_id not in _column_ids(board, INBOX)
    assert "Dispatched" in board.message_text
    assert all(column.drop_state == "" for column in board.columns.values())
    assert "1 open" in board.columns["DLH"].counts.text() or "open" in board.columns["DLH"].counts.text()


def test_drag_three_selected_cards_at_once(aloop, board_db, board, make_report):
    ids = [make_report("sampah") for _ in range(3)]
    board.refresh_cards(frozenset(ids))
    run(aloop, next_emit(board.sig_cards_refreshed))
    before = board.data.columns["DLH"].rowCount()
    assert _drop(aloop, board, INBOX, ids, "DLH") == "done"
    assert {_status(board_db, i)[:2] for i in ids} == {("dispatched", "DLH")}
    assert set(ids) <= _column_ids(board, "DLH")
    assert board.data.columns["DLH"].rowCount() == before + 3


def test_ctrl_drop_brings_in_a_supporting_agency(aloop, board_db, board, make_report, officer):
    report_id = make_report("banjir")
    dispatch(board_db, officer, [CardRef(report_id, 1)], "SDA")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    assert _drop(aloop, board, "SDA", [report_id], "BPBD", support=True) == "done"
    status, lead, _ = _status(board_db, report_id)
    assert (status, lead) == ("coordination", "SDA")
    card = board.data.card(report_id)
    assert card.supports == ("BPBD",) and report_id in _column_ids(board, "SDA")
    assert board.delegate._agencies_text(card)[0].endswith("+BPBD")


def test_reroute_asks_for_a_reason_and_cancel_changes_nothing(aloop, board_db, board, make_report, officer):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [CardRef(report_id, 1)], "DLH")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    dialogs = board._ctx.dialogs
    before = _status(board_db, report_id)
    dialogs.answers = [None]
    assert _drop(aloop, board, "DLH", [report_id], "SATPOLPP") == "cancelled"
    assert _status(board_db, report_id) == before and "nothing was changed" in board.message_text
    dialogs.answers = ["Pedagang kaki lima, bukan sampah rumah tangga"]
    assert _drop(aloop, board, "DLH", [report_id], "SATPOLPP") == "done"
    assert dialogs.asked[-1][0] == "Re-route"
    assert _status(board_db, report_id)[:2] == ("dispatched", "SATPOLPP")
    assert report_id in _column_ids(board, "SATPOLPP") and report_id not in _column_ids(board, "DLH")
    with board_db.session() as session:
        note = session.scalar(select(StatusEvent.note).where(StatusEvent.report_id == report_id,
                                                             StatusEvent.action == "reroute"))
    assert note == "Pedagang kaki lima, bukan sampah rumah tangga"


def test_recall_to_the_inbox_with_reason(aloop, board_db, board, make_report, officer):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [CardRef(report_id, 1)], "DLH")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    board._ctx.dialogs.answers = ["Lokasi belum jelas, konfirmasi ke pelapor"]
    assert _drop(aloop, board, "DLH", [report_id], INBOX) == "done"
    assert _status(board_db, report_id)[:2] == ("waiting", None)
    assert report_id in _column_ids(board, INBOX)


def test_illegal_drop_is_refused_with_its_reason_and_changes_nothing(aloop, board_db, board, make_report, officer,
                                                                    login_as):
    report_id = make_report("sampah")
    dispatch(board_db, officer, [CardRef(report_id, 1)], "DLH")
    staff = login_as("staf.dlh")
    start(board_db, staff, CardRef(report_id))
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    before = _status(board_db, report_id)
    _select(board, "DLH", [report_id])
    mime = board.columns["DLH"].view.model().mimeData(board.columns["DLH"].view.selectionModel().selectedIndexes())
    _hover(board, mime, INBOX)
    assert board.columns[INBOX].drop_state == "refused"
    assert "may not move a report from In progress to Waiting" in board.message_text
    assert _drop(aloop, board, "DLH", [report_id], INBOX) == "refused"
    assert "may not move a report from In progress to Waiting" in board.message_text
    assert board._ctx.dialogs.asked == [], "a refused drop asks for no reason"
    assert _status(board_db, report_id) == before
    assert report_id in _column_ids(board, "DLH")


def test_drop_on_a_disabled_agency_is_refused(aloop, board_db, open_board, officer, make_report):
    report_id = make_report("sampah")
    with board_db.transaction() as session:
        session.execute(update(Agency).where(Agency.code == "DLH").values(active=False))
    screen = open_board(officer)
    # Still shown, greyed, while it holds reports that must be moved away.
    assert screen.columns["DLH"].isVisible() and "(disabled)" in screen.columns["DLH"].title.text()
    before = _status(board_db, report_id)
    assert _drop(aloop, screen, INBOX, [report_id], "DLH") == "refused"
    assert "DLH is disabled" in screen.message_text
    assert _status(board_db, report_id) == before
    # Routing passes over the disabled agency: rubbish has no other agency, so nothing is suggested.
    assert screen.data.card(report_id).suggestion is None


def test_stale_card_dropped_after_another_officer_dispatched_it(aloop, board_db, board, make_report, login_as):
    report_id = make_report("sampah")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    # Another workstation dispatches it; this board has not heard yet.
    dispatch(board_db, login_as("petugas2"), [CardRef(report_id, 1)], "SDA")
    refreshed = next_emit(board.sig_cards_refreshed)
    assert _drop(aloop, board, INBOX, [report_id], "DLH") == "refused"
    assert "Someone else changed this report meanwhile" in board.message_text
    assert _status(board_db, report_id)[:2] == ("dispatched", "SDA")
    run(aloop, refreshed)
    assert report_id in _column_ids(board, "SDA")


def test_ctrl_z_undoes_the_last_dispatch(qtbot, aloop, board_db, board, make_report):
    report_id = make_report("sampah")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    assert _drop(aloop, board, INBOX, [report_id], "DLH") == "done"
    finished = next_emit(board.sig_move_finished)
    refreshed = next_emit(board.sig_cards_refreshed)
    board.columns["DLH"].view.setFocus()
    qtbot.keyClick(board.columns["DLH"].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run(aloop, finished) == "done"
    run(aloop, refreshed)
    assert _status(board_db, report_id)[:2] == ("waiting", None)
    assert report_id in _column_ids(board, INBOX)
    # Nothing left to undo: said plainly.
    finished = next_emit(board.sig_move_finished)
    qtbot.keyClick(board.columns[INBOX].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run(aloop, finished) == "refused" and "no dispatch to undo" in board.message_text


def test_undo_is_refused_once_the_agency_accepted(aloop, board_db, board, make_report, login_as):
    from desktop.services.handling import accept

    report_id = make_report("sampah")
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    assert _drop(aloop, board, INBOX, [report_id], "DLH") == "done"
    accept(board_db, login_as("staf.dlh"), CardRef(report_id))
    finished = next_emit(board.sig_move_finished)
    board.undo_last()
    assert run(aloop, finished) == "refused"
    assert "already accepted" in board.message_text
    assert _status(board_db, report_id)[:2] == ("dispatched", "DLH")


def test_start_drag_carries_the_selected_cards_and_lights_the_suggestion(aloop, board, make_report, monkeypatch):
    ids = [make_report("sampah") for _ in range(2)]
    board.refresh_cards(frozenset(ids))
    run(aloop, next_emit(board.sig_cards_refreshed))
    seen = {}

    class RecordingDrag:
        def __init__(self, source):
            self.source = source

        def setMimeData(self, mime):  # noqa: N802 - Qt API
            seen["mime"] = mime

        def setPixmap(self, pixmap):  # noqa: N802 - Qt API
            seen["pixmap"] = pixmap

        def setHotSpot(self, point):  # noqa: N802 - Qt API
            pass

        def exec(self, actions, default):
            seen["suggested"] = board.columns["DLH"].drop_state
            return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(column_module, "QDrag", RecordingDrag)
    _select(board, INBOX, ids)
    board.columns[INBOX].view.startDrag(MOVE_OR_COPY)
    mime = seen["mime"]
    assert mime.hasFormat(CARDS_MIME)
    dragged = decode(mime)
    assert dragged.source == INBOX
    assert sorted(dragged.ids) == sorted(ids)
    assert {version for _, version in dragged.cards} == {1}
    assert set(mime.text().splitlines()) == {board.data.card(i).reference for i in ids}
    assert not seen["pixmap"].isNull()
    assert seen["suggested"] == "suggested"
    assert board.columns["DLH"].drop_state == "", "the highlight goes when the drag ends"


def test_foreign_drops_are_ignored(board):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("just text")
    viewport = board.columns["DLH"].view.viewport()
    event = QDragEnterEvent(viewport.rect().center(), MOVE_OR_COPY, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
    assert not event.isAccepted()


def test_keyboard_dispatch_to_suggested_and_dispatch_to_with_type_ahead(qtbot, aloop, board_db, board, make_report):
    first, second = make_report("sampah"), make_report("pju_mati")
    board.refresh_cards(frozenset({first, second}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    _select(board, INBOX, [first])
    board.columns[INBOX].view.setFocus()
    finished, refreshed = next_emit(board.sig_move_finished), next_emit(board.sig_cards_refreshed)
    qtbot.keyClick(board.columns[INBOX].view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert run(aloop, finished) == "done"
    run(aloop, refreshed)
    assert _status(board_db, first)[:2] == ("dispatched", "DLH")

    _select(board, INBOX, [second])
    board.columns[INBOX].view.setFocus()
    qtbot.keyClick(board.columns[INBOX].view, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert board.picker.isVisible()
    assert board.picker.current_code() == "BINAMARGA", "the suggestion is preselected"
    qtbot.keyClicks(board.picker.search, "dishub")
    assert board.picker.current_code() == "DISHUB"
    finished, refreshed = next_emit(board.sig_move_finished), next_emit(board.sig_cards_refreshed)
    qtbot.keyClick(board.picker.search, Qt.Key.Key_Return)
    assert run(aloop, finished) == "done"
    run(aloop, refreshed)
    assert not board.picker.isVisible()
    assert _status(board_db, second)[:2] == ("dispatched", "DISHUB")


def test_keyboard_path_without_a_selection_says_so(board):
    board.columns[INBOX].view.selectionModel().clearSelection()
    board.dispatch_to_suggested()
    assert "Select one or more report cards first" in board.message_text


def test_columns_show_counts_and_countdowns(aloop, board, make_report):
    from datetime import datetime, timedelta, timezone

    from desktop.ui.board.delegate import countdown_text

    report_id = make_report("kebakaran", received=datetime.now(timezone.utc).replace(microsecond=0))
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    inbox = board.data.columns[INBOX]
    assert inbox.card_at(0).id == report_id, "a fresh emergency goes to the top of the inbox"
    header = board.columns[INBOX].counts.text()
    assert f"{inbox.rowCount()} open" in header
    card = board.data.card(report_id)
    text, state = countdown_text(card, card.received_at + timedelta(minutes=3))
    assert (text, state) == ("first action within 12m", "ok")
    assert countdown_text(card, card.received_at + timedelta(minutes=16))[1] == "overdue"
    # A frozen clock past the 15 minutes: the header counts the emergency as overdue.
    overdue_before = inbox.overdue(card.received_at + timedelta(minutes=14))
    board.watch.clock = lambda: card.received_at + timedelta(minutes=15)
    board.tick()
    assert inbox.overdue(board.data.now) == overdue_before + 1
    assert "overdue" in board.columns[INBOX].counts.text()


def test_new_emergency_raises_the_alert_strip(aloop, board, make_report, monkeypatch):
    from datetime import datetime, timedelta, timezone

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    received = datetime.now(timezone.utc).replace(microsecond=0)
    report_id = make_report("kebakaran", received=received)
    board.refresh_cards(frozenset({report_id}))
    run(aloop, next_emit(board.sig_cards_refreshed))
    board.watch.clock = lambda: received + timedelta(minutes=1)
    board.tick()
    assert board.alerts.isVisible()
    assert board.alerts.lines[0].report_id == report_id and "EMERGENCY" in board.alerts.lines[0].text
    assert beeps
    board.alerts.dismiss()
    board.watch.clock = lambda: received + timedelta(minutes=15)
    board.tick()
    assert "no first action within 15 minutes" in board.alerts.lines[0].text


def test_supervisor_sees_escalations_and_acknowledges_them(aloop, board_db, open_board, login_as, make_report):
    from datetime import datetime, timedelta, timezone

    from tests.qt import until

    received = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=20)
    report_id = make_report("kebakaran", received=received)
    supervisor = open_board(login_as("supervisor1"))
    assert supervisor.escalations.button.isVisibleTo(supervisor)
    supervisor.escalations.sweep()
    run(aloop, until(lambda: any(e.report_id == report_id for e in supervisor.escalations.items)))
    assert supervisor.alerts.isVisible()
    assert any("escalated to you" in line.text for line in supervisor.alerts.lines)
    count = len(supervisor.escalations.items)
    assert f"Escalations ({count})" == supervisor.escalations.button.text()
    titles = [action.text() for action in supervisor.escalations.menu.actions()]
    assert len(titles) == min(count, 40) + (count > 40)
    # A missed emergency heads the list.
    assert titles[0].startswith(board_reference(board_db, report_id)) or "first action overdue" in titles[0]
    run(aloop, until(lambda: supervisor.data.card(report_id) is not None and supervisor.data.card(report_id).escalated))
    escalation = next(e for e in supervisor.escalations.items if e.report_id == report_id)
    supervisor.escalations.acknowledge(escalation.id)
    run(aloop, until(lambda: all(e.id != escalation.id for e in supervisor.escalations.items)))
    assert supervisor.escalations.button.text() == f"Escalations ({count - 1})"
    # Officers run the same sweep but get no escalation list of their own.
    officer_board = open_board(login_as("petugas1"))
    assert not officer_board.escalations.button.isVisibleTo(officer_board)


def board_reference(db, report_id):
    with db.session() as session:
        return session.get(Report, report_id).reference
