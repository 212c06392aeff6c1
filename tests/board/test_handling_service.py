"""The agency's side: accept, start, notes, after-photo, done, hand back, and staying within one's own agency."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.models import Note, Photo, Report, StatusEvent
from desktop.core.photos import metadata_keys
from desktop.services.access import AccessDenied
from desktop.services.board import load_board, load_cards
from desktop.services.dispatch import coordinate, dispatch
from desktop.services.handling import accept, add_after_photo, add_note, complete, hand_back, start
from desktop.services.report_actions import ActionRefused, CardRef, StaleCard
from desktop.services.reports import get_report_detail, list_reports


def _ref(db, user, report_id) -> CardRef:
    return CardRef(report_id, load_cards(db, user, frozenset({report_id})).cards[0].version)


def _state(db, report_id):
    with db.session() as session:
        report = session.get(Report, report_id)
        return (report.status, report.version, report.lead_agency_id, report.photo_count,
                session.scalar(select(func.count()).select_from(StatusEvent).where(StatusEvent.report_id == report_id)),
                session.scalar(select(func.count()).select_from(Note).where(Note.report_id == report_id)))


@pytest.fixture
def dispatched(board_db, officer, make_report):
    """A rubbish report sent to DLH, with Satpol PP supporting."""
    report_id = make_report("sampah")
    dispatch(board_db, officer, [_ref(board_db, officer, report_id)], "DLH")
    coordinate(board_db, officer, [_ref(board_db, officer, report_id)], "SATPOLPP")
    return report_id


def _photo_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), "green")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "S", 2: (6.0, 10.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_lead_agency_works_the_report_to_done(board_db, login_as, dispatched):
    staff = login_as("staf.dlh")
    accept(board_db, staff, _ref(board_db, staff, dispatched))
    with pytest.raises(ActionRefused, match="already accepted"):
        accept(board_db, staff, _ref(board_db, staff, dispatched))
    start(board_db, staff, _ref(board_db, staff, dispatched))
    add_note(board_db, staff, CardRef(dispatched), "Truk sampah dikirim, tumpukan diangkut sebagian")
    photo = _photo_with_gps()
    add_after_photo(board_db, staff, CardRef(dispatched), photo)
    complete(board_db, staff, _ref(board_db, staff, dispatched), "Lokasi sudah bersih")
    officer = login_as("petugas1")
    detail = get_report_detail(board_db, officer, dispatched)
    assert detail.status == "done" and detail.done_at is not None
    actions = [entry.action for entry in detail.timeline]
    assert actions[-6:] == ["dispatch", "coordinate", "accept", "start", "after_photo", "complete"]
    assert detail.timeline[-1].note == "Lokasi sudah bersih" and detail.timeline[-1].actor == "Staf DLH"
    assert any(note.kind == "field" and "Truk sampah" in note.body for note in detail.notes)
    # Both agencies still show as having worked on it.
    assert {(p.code, p.role) for p in detail.agencies} == {("DLH", "lead"), ("SATPOLPP", "support")}
    with board_db.session() as session:
        stored = session.scalar(select(Photo.data).where(Photo.report_id == dispatched, Photo.kind == "after"))
    assert not any(key.startswith("gps:") or key == "exif:Make" for key in metadata_keys(stored))


def test_supporting_agency_may_accept_and_note_but_not_finish(board_db, login_as, dispatched):
    support = login_as("staf.satpolpp")
    accept(board_db, support, _ref(board_db, support, dispatched))
    add_note(board_db, support, CardRef(dispatched), "Personel siaga di lokasi")
    before = _state(board_db, dispatched)
    for action in (start, complete):
        with pytest.raises(ActionRefused, match=r"Only the lead agency \(DLH\)"):
            action(board_db, support, _ref(board_db, support, dispatched))
    assert _state(board_db, dispatched) == before


def test_hand_back_needs_a_reason_and_returns_the_report_with_it(board_db, login_as, dispatched):
    staff = login_as("staf.dlh")
    before = _state(board_db, dispatched)
    for reason in ("", "   "):
        with pytest.raises(ActionRefused, match="needs a written reason"):
            hand_back(board_db, staff, _ref(board_db, staff, dispatched), reason)
    assert _state(board_db, dispatched) == before
    hand_back(board_db, staff, _ref(board_db, staff, dispatched), "Bukan kewenangan DLH: limbah B3 pabrik")
    officer = login_as("petugas1")
    card = next(c for c in load_board(board_db, officer).cards if c.id == dispatched)
    assert card.status == "waiting" and card.lead is None and card.supports == ()
    assert card.handed_back_by == "DLH" and "limbah B3" in card.hand_back_reason
    detail = get_report_detail(board_db, officer, dispatched)
    assert detail.timeline[-1].action == "hand_back" and "limbah B3" in detail.timeline[-1].note
    # Neither agency sees it any more.
    for username in ("staf.dlh", "staf.satpolpp"):
        with pytest.raises(AccessDenied):
            get_report_detail(board_db, login_as(username), dispatched)


def test_supporting_agency_hand_back_withdraws_only_its_support(board_db, login_as, dispatched):
    support = login_as("staf.satpolpp")
    hand_back(board_db, support, _ref(board_db, support, dispatched), "Tidak ada pelanggaran ketertiban")
    officer = login_as("petugas1")
    card = load_cards(board_db, officer, frozenset({dispatched})).cards[0]
    assert card.lead == "DLH" and card.supports == () and card.status == "coordination"
    detail = get_report_detail(board_db, officer, dispatched)
    assert detail.timeline[-1].action == "withdraw"


def test_agency_staff_cannot_see_or_act_on_another_agencys_reports(board_db, login_as, dispatched):
    dlh, sda = login_as("staf.dlh"), login_as("staf.sda")
    assert dispatched in {c.id for c in load_board(board_db, dlh).cards}
    assert dispatched not in {c.id for c in load_board(board_db, sda).cards}
    assert all(row.lead_agency in ("SDA", None) or row.id != dispatched
               for row in list_reports(board_db, sda, limit=500).rows)
    assert load_cards(board_db, sda, frozenset({dispatched})).gone == {dispatched}
    before = _state(board_db, dispatched)
    for action in (accept, start, complete):
        with pytest.raises(AccessDenied):
            action(board_db, sda, CardRef(dispatched))
    with pytest.raises(AccessDenied):
        add_note(board_db, sda, CardRef(dispatched), "catatan")
    with pytest.raises(AccessDenied):
        add_after_photo(board_db, sda, CardRef(dispatched), _photo_with_gps())
    with pytest.raises(AccessDenied):
        hand_back(board_db, sda, CardRef(dispatched), "bukan kami")
    with pytest.raises(AccessDenied):
        get_report_detail(board_db, sda, dispatched)
    assert _state(board_db, dispatched) == before
    # Every card on an agency's board is one it leads or supports.
    for card in load_board(board_db, dlh).cards:
        assert card.lead == "DLH" or "DLH" in card.supports


def test_bad_note_and_bad_photo_change_nothing(board_db, login_as, dispatched):
    staff = login_as("staf.dlh")
    before = _state(board_db, dispatched)
    with pytest.raises(ActionRefused, match="empty"):
        add_note(board_db, staff, CardRef(dispatched), "  \n ")
    with pytest.raises(ActionRefused, match="limit is 4000"):
        add_note(board_db, staff, CardRef(dispatched), "x" * 4001)
    with pytest.raises(ActionRefused, match="not a photo"):
        add_after_photo(board_db, staff, CardRef(dispatched), b"this is not an image at all")
    assert _state(board_db, dispatched) == before


def test_stale_desk_action_is_refused(board_db, login_as, dispatched):
    staff = login_as("staf.dlh")
    seen = _ref(board_db, staff, dispatched)
    start(board_db, staff, seen)
    with pytest.raises(StaleCard, match="In progress"):
        hand_back(board_db, staff, seen, "bukan kami")


def test_officers_use_the_board_not_the_desk(board_db, officer, dispatched):
    with pytest.raises(AccessDenied):
        accept(board_db, officer, CardRef(dispatched))
