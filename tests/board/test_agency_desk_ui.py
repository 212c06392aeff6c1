"""The agency desk as agency staff use it, and what they cannot see or touch."""

from __future__ import annotations

import pytest
from PIL import Image
from sqlalchemy import select

from db.models import Note, Report
from desktop.services.dispatch import coordinate, dispatch
from desktop.services.report_actions import CardRef
from desktop.ui.agency_desk.screen import AgencyDeskScreen
from tests.qt import next_emit, run


@pytest.fixture
def open_desk(open_screen):
    return lambda user: open_screen(AgencyDeskScreen, user, "sig_queue_loaded", (900, 700))


@pytest.fixture
def sent(board_db, officer, make_report):
    """One report led by DLH with Satpol PP supporting, and one led by SDA."""
    dlh, sda = make_report("sampah"), make_report("genangan")
    dispatch(board_db, officer, [CardRef(dlh, 1)], "DLH")
    coordinate(board_db, officer, [CardRef(dlh, 2)], "SATPOLPP")
    dispatch(board_db, officer, [CardRef(sda, 1)], "SDA")
    return dlh, sda


def _act(aloop, desk, button: str) -> str:
    finished = next_emit(desk.sig_action_finished)
    reloaded = next_emit(desk.sig_queue_loaded)
    desk.buttons[button].click()
    outcome = run(aloop, finished)
    if outcome == "done":
        run(aloop, reloaded)
    return outcome


def _status(db, report_id):
    with db.session() as session:
        return session.get(Report, report_id).status


def test_desk_shows_only_the_agencys_own_reports(open_desk, login_as, sent):
    dlh, sda = sent
    desk = open_desk(login_as("staf.dlh"))
    shown = {desk.model.card_at(row).id for row in range(desk.model.rowCount())}
    assert dlh in shown and sda not in shown
    assert all(card.lead == "DLH" or "DLH" in card.supports for card in desk.model.cards())
    assert not desk.select_report(sda)
    assert "DLH" in desk.title.text() or "Lingkungan" in desk.title.text()


def test_agency_staff_get_the_desk_not_the_board_and_no_foreign_detail(aloop, ui_context, login_as, sent):
    from desktop.core.roles import can
    from desktop.ui.detail.pane import DetailPane
    from desktop.ui.i18n import install_language
    from desktop.ui.main.screens import SCREENS

    install_language("en")  # the refusal is read in English below
    dlh, sda = sent
    staff = login_as("staf.dlh")
    officer = login_as("petugas1")
    screens = lambda user: {spec.key for spec in SCREENS if can(user.role, spec.permission)}  # noqa: E731
    assert "agency_desk" in screens(staff) and "board" not in screens(staff)
    assert "board" in screens(officer) and "agency_desk" not in screens(officer)
    # Asking the detail pane for another agency's report shows a refusal, not the report.
    pane = DetailPane(ui_context(staff))
    ui_context.keep(pane)
    loaded = next_emit(pane.sig_detail_loaded)
    pane.show_report(sda)
    run(aloop, _settled(pane))
    assert not loaded.done() and pane.detail is None
    assert "not yours to see" in pane.widget().text()
    pane.show_report(dlh)
    assert run(aloop, loaded) == dlh and pane.detail.reference


async def _settled(pane):
    import asyncio

    # The refusal comes back through the runner; once a no-op queued behind it has run, the pane has answered.
    await pane._ctx.runner.run(lambda: None)
    await asyncio.sleep(0.05)


def test_accept_start_note_photo_done(aloop, board_db, open_desk, login_as, sent, tmp_path):
    dlh, _ = sent
    desk = open_desk(login_as("staf.dlh"))
    assert desk.select_report(dlh)
    assert desk.buttons["accept"].isEnabled() and not desk.buttons["done"].isEnabled()
    assert _act(aloop, desk, "accept") == "done"
    desk.select_report(dlh)
    assert not desk.buttons["accept"].isEnabled()
    assert _act(aloop, desk, "start") == "done"
    assert _status(board_db, dlh) == "in_progress"
    desk.select_report(dlh)
    desk._ctx.dialogs.answers = ["Truk pengangkut dikirim pukul 10.00"]
    assert _act(aloop, desk, "note") == "done"
    photo = tmp_path / "after.jpg"
    Image.new("RGB", (80, 60), "gray").save(photo, "JPEG")
    desk._ctx.dialogs.files = [str(photo)]
    desk.select_report(dlh)
    assert _act(aloop, desk, "photo") == "done"
    desk.select_report(dlh)
    assert desk.buttons["done"].isEnabled()
    desk._ctx.dialogs.answers = ["Sampah sudah diangkut seluruhnya"]
    assert _act(aloop, desk, "done") == "done"
    assert _status(board_db, dlh) == "done"
    assert dlh not in {card.id for card in desk.model.cards()}
    with board_db.session() as session:
        notes = session.scalars(select(Note.body).where(Note.report_id == dlh)).all()
    assert "Truk pengangkut dikirim pukul 10.00" in notes


def test_hand_back_without_reason_is_refused_then_with_reason_returns_it(aloop, board_db, open_desk, login_as, sent):
    dlh, _ = sent
    desk = open_desk(login_as("staf.dlh"))
    desk.select_report(dlh)
    desk._ctx.dialogs.answers = ["   "]
    assert _act(aloop, desk, "hand_back") == "refused"
    assert "needs a written reason" in desk.message.text()
    before = _status(board_db, dlh)
    assert before == "coordination"
    desk._ctx.dialogs.answers = [None]
    assert _act(aloop, desk, "hand_back") == "cancelled"
    assert _status(board_db, dlh) == before
    desk._ctx.dialogs.answers = ["Limbah pabrik: kewenangan dinas lain"]
    assert _act(aloop, desk, "hand_back") == "done"
    assert _status(board_db, dlh) == "waiting"
    assert dlh not in {card.id for card in desk.model.cards()}


def test_supporting_agency_cannot_finish_the_leads_report(aloop, board_db, open_desk, login_as, sent):
    dlh, _ = sent
    desk = open_desk(login_as("staf.satpolpp"))
    assert desk.select_report(dlh)
    assert desk.buttons["accept"].isEnabled()
    assert not desk.buttons["start"].isEnabled() and not desk.buttons["done"].isEnabled()
    desk.start_selected()
    finished = next_emit(desk.sig_action_finished)
    assert run(aloop, finished) == "refused"
    assert "Only the lead agency" in desk.message.text()


def test_a_bad_photo_file_is_refused_and_nothing_is_added(aloop, board_db, open_desk, login_as, sent, tmp_path):
    dlh, _ = sent
    desk = open_desk(login_as("staf.dlh"))
    desk.select_report(dlh)
    bogus = tmp_path / "not-a-photo.jpg"
    bogus.write_bytes(b"%PDF-1.4 definitely not a photo")
    desk._ctx.dialogs.files = [str(bogus)]
    assert _act(aloop, desk, "photo") == "refused"
    assert "not supported" in desk.message.text() or "not a photo" in desk.message.text()
    desk._ctx.dialogs.files = [str(tmp_path / "missing.jpg")]
    assert _act(aloop, desk, "photo") == "refused"
    assert "could not be read" in desk.message.text()
    with board_db.session() as session:
        assert session.get(Report, dlh).photo_count == 0


def test_stale_queue_entry_is_refused_and_reloaded(aloop, board_db, open_desk, login_as, sent, officer):
    from desktop.services.dispatch import reroute

    dlh, _ = sent
    desk = open_desk(login_as("staf.dlh"))
    desk.select_report(dlh)
    # The command centre re-routes it while the queue still shows it.
    reroute(board_db, officer, [CardRef(dlh)], "SDA", "Ternyata genangan, bukan sampah")
    reloaded = next_emit(desk.sig_queue_loaded)
    finished = next_emit(desk.sig_action_finished)
    desk.buttons["accept"].click()
    assert run(aloop, finished) == "refused"
    assert "not yours" in desk.message.text()
    desk.reload()
    run(aloop, reloaded)
    assert dlh not in {card.id for card in desk.model.cards()}
