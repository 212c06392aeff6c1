"""The import dialog, the import and export screen, the duplicates screen, and hostile text on screen."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select, update

from db.models import Report
from desktop.bench.intake import MAPPING, sample_csv
from desktop.core.demo_data import DEMO_PASSWORD
from desktop.core.geo import METERS_PER_DEG_LAT
from desktop.services.auth import login
from desktop.services.changes import Changes
from desktop.services.intake import import_data, list_mappings, save_mapping
from desktop.ui.bus import ChangeBus
from desktop.ui.context import AppContext
from desktop.ui.detail.pane import DetailPane
from desktop.ui.i18n import install_language
from desktop.ui.duplicates.screen import PRIMARY_MARK, DuplicatesScreen
from desktop.ui.intake.dialog import ImportDialog
from desktop.ui.intake.screen import IntakeScreen
from tests.qt import FakeDialogs, next_emit, run, until


@pytest.fixture
def context(aloop, runner, fresh_db, identity_key, tmp_path, monkeypatch):
    """An officer's context, in English so the assertions read the source strings."""
    from desktop.services import intake

    install_language("en")

    monkeypatch.setattr(intake, "_default_key", lambda: identity_key)
    user = login(fresh_db, "petugas1", DEMO_PASSWORD)
    return AppContext(fresh_db, user, runner, ChangeBus(), FakeDialogs(tmp_path / "saved.txt"))


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Report))


def test_import_dialog_maps_columns_saves_the_mapping_imports_and_saves_the_report(qtbot, aloop, context, tmp_path):
    source = tmp_path / "shift.csv"
    source.write_bytes(sample_csv(30) + b"CC112-X,kemarin,sampah,Sampah,,,,,,\n")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    run(aloop, dialog.load_file(source))
    assert dialog.format_combo.currentData() == "csv" and dialog.mapping_group.isVisibleTo(dialog)
    # Headers that name a field are mapped on their own; the rest the officer picks.
    assert dialog.column_combos["lat"].currentData() == "lat"
    dialog.column_combos["external_id"].setCurrentIndex(dialog.column_combos["external_id"].findData("ticket"))
    dialog.column_combos["received_at"].setCurrentIndex(dialog.column_combos["received_at"].findData("waktu"))
    dialog.column_combos["description"].setCurrentIndex(dialog.column_combos["description"].findData("laporan"))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("call_centre"))
    qtbot.keyClicks(dialog.mapping_name, "shift log")
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_combo.findData("shift log") >= 0)
    (saved,) = list_mappings(context.db)
    assert (saved.name, saved.channel, saved.mapping.columns["external_id"]) == ("shift log", "call_centre", "ticket")

    before = _count(context.db)
    changes = next_emit(context.bus.sig_changes_committed)
    finished = next_emit(dialog.sig_import_finished)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = run(aloop, finished)
    assert (summary.imported, summary.rejected) == (30, 1)
    assert _count(context.db) == before + 30
    assert len(run(aloop, changes).reports) == 30
    assert "30 imported, 0 updated, 0 unchanged, 1 rejected" in dialog.status_label.text()
    assert "record 31 (line 32): received_at 'kemarin'" in dialog.report_view.toPlainText()
    qtbot.mouseClick(dialog.save_report_button, Qt.MouseButton.LeftButton)
    assert "record 31 (line 32)" in (tmp_path / "saved.txt").read_text()


def test_a_saved_mapping_fills_the_dialog_for_the_next_file(qtbot, aloop, context, tmp_path):
    save_mapping(context.db, context.user, "sms", MAPPING)
    source = tmp_path / "next.csv"
    source.write_bytes(sample_csv(3))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    run(aloop, dialog.load_file(source))
    qtbot.waitUntil(lambda: dialog.saved_combo.findData("call centre") >= 0)
    dialog.saved_combo.setCurrentIndex(dialog.saved_combo.findData("call centre"))
    dialog.saved_combo.activated.emit(dialog.saved_combo.currentIndex())
    assert dialog.current_mapping().columns == MAPPING.columns
    assert dialog.channel_combo.currentData() == "sms"


def test_cancelling_an_import_keeps_nothing(qtbot, aloop, context, tmp_path):
    source = tmp_path / "big.csv"
    source.write_bytes(sample_csv(4000))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    run(aloop, dialog.load_file(source))
    dialog._apply_mapping(MAPPING)
    before = _count(context.db)
    finished = next_emit(dialog.sig_import_finished)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.cancel_button.isEnabled)
    assert not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    summary = run(aloop, finished)
    assert summary.outcome == "cancelled"
    assert _count(context.db) == before
    assert "nothing from big.csv was imported" in dialog.status_label.text()
    assert dialog.close_button.isEnabled()


def test_the_intake_screen_lists_imports_and_shows_each_report(qtbot, aloop, context, tmp_path):
    bad = json.dumps([{"service_request_id": "Z", "service_code": "x", "requested_datetime": "besok"}]).encode()
    import_data(context.db, context.user, bad, fmt="open311", source="bad.json")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    loaded = next_emit(screen.sig_runs_loaded)
    screen.reload()
    assert run(aloop, loaded) == 1
    assert screen.runs.item(0, 1).text() == "bad.json" and screen.runs.item(0, 7).text() == "1"
    screen.runs.selectRow(0)
    qtbot.waitUntil(lambda: "besok" in screen.report_view.toPlainText())
    qtbot.mouseClick(screen.save_report_button, Qt.MouseButton.LeftButton)
    assert "record 1: requested_datetime 'besok'" in (tmp_path / "saved.txt").read_text()


def _plant_triple(ctx) -> list[int]:
    now = datetime.now(timezone.utc) - timedelta(hours=2)
    records = [{"service_request_id": f"T-{n}", "service_code": "pohon_tumbang", "description": "Pohon tumbang",
                "requested_datetime": (now + timedelta(minutes=5 * n)).isoformat(),
                "lat": -6.19 + 30 * n / METERS_PER_DEG_LAT, "long": 106.823} for n in range(3)]
    import_data(ctx.db, ctx.user, json.dumps(records).encode(), fmt="open311", source="t.json", channel="jaki")
    with ctx.db.session() as session:
        return list(session.scalars(select(Report.id).where(Report.external_id.like("T-%"))
                                    .order_by(Report.external_id)))


def _open_planted_group(qtbot, aloop, context):
    """The duplicates screen showing a planted triple; the triple's ids and its group's index."""
    planted = _plant_triple(context)
    screen = DuplicatesScreen(context)
    qtbot.addWidget(screen)
    loaded = next_emit(screen.sig_groups_loaded)
    screen.reload()
    run(aloop, loaded)
    index = next(i for i, g in enumerate(screen._groups) if {m.id for m in g.members} == set(planted))
    screen.select_group(index)
    return screen, planted, index


def test_the_duplicates_screen_merges_a_group_and_unmerges_a_report(qtbot, aloop, context):
    screen, planted, index = _open_planted_group(qtbot, aloop, context)
    group_item = screen.groups.topLevelItem(index)
    assert group_item.childCount() == 3
    assert group_item.child(0).text(0).startswith(PRIMARY_MARK)

    selected = next_emit(screen.sig_report_selected)
    screen.groups.setCurrentItem(group_item.child(2))
    assert run(aloop, selected) == planted[2]
    screen.make_primary_button.click()
    assert screen.groups.topLevelItem(index).child(2).text(0).startswith(PRIMARY_MARK)
    screen.select_group(index)
    loaded = next_emit(screen.sig_groups_loaded)
    changes = next_emit(context.bus.sig_changes_committed)
    screen.merge_button.click()
    assert run(aloop, changes) == Changes(reports=frozenset(planted))
    run(aloop, loaded)
    assert not any(set(planted) & {m.id for m in g.members} for g in screen._groups)
    (incident,) = [i for i in screen._incidents if i.primary.id == planted[2]]
    assert {m.id for m in incident.merged} == {planted[0], planted[1]}

    top = next(screen.merged.topLevelItem(i) for i in range(screen.merged.topLevelItemCount())
               if screen.merged.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == planted[2])
    assert top.child(0).data(0, Qt.ItemDataRole.UserRole) == planted[0]
    screen.merged.setCurrentItem(top.child(0))
    assert screen.unmerge_button.isEnabled()
    loaded = next_emit(screen.sig_groups_loaded)
    screen.unmerge_button.click()
    run(aloop, loaded)
    with context.db.session() as session:
        restored = session.get(Report, planted[0])
    assert (restored.status, restored.duplicate_of_id) == ("waiting", None)
    assert context.dialogs.errors == []


def test_a_refused_merge_is_explained_in_the_interface_language(qtbot, aloop, context):
    install_language("id")
    screen, planted, index = _open_planted_group(qtbot, aloop, context)
    started = next(m for m in screen._groups[index].members if m.id != screen._groups[index].primary_id)
    # Meanwhile an agency started on one of them: the workflow no longer lets it become a duplicate.
    with context.db.transaction() as session:
        session.execute(update(Report).where(Report.id == started.id).values(status="in_progress"))
    screen.merge_button.click()
    run(aloop, until(lambda: context.dialogs.errors))
    assert context.dialogs.errors == [
        f"{started.reference}: Laporan berstatus Proses tidak dapat diubah menjadi Duplikat."]


def test_an_incomplete_mapping_is_explained_in_the_interface_language(qtbot, aloop, context, tmp_path):
    install_language("id")
    source = tmp_path / "shift.csv"
    source.write_bytes(sample_csv(3))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    run(aloop, dialog.load_file(source))
    # The officer clears the columns picked for the ticket and the time.
    for name in ("external_id", "received_at"):
        dialog.column_combos[name].setCurrentIndex(0)
    assert "external_id" not in dialog.current_mapping().columns
    before = _count(context.db)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    run(aloop, until(lambda: context.dialogs.errors))
    assert context.dialogs.errors == [
        "pemetaan tidak menyebutkan kolom mana yang berisi Id di sistem sumber; "
        "pemetaan tidak menyebutkan kolom mana yang berisi Diterima (tanggal dan waktu ISO)"]
    assert _count(context.db) == before


HOSTILE = '<b>bold</b><img src="x" onerror="alert(1)"><a href="http://evil.example">click</a> &amp; <script>x()</script>'


def test_hostile_markup_in_an_imported_description_shows_literally(qtbot, aloop, context):
    data = json.dumps([{"service_request_id": "H-1", "service_code": "sampah", "description": HOSTILE,
                        "service_name": "<i>Sampah</i>", "address": "<h1>Jl. Mawar</h1>",
                        "requested_datetime": "2026-10-01T08:00:00Z", "lat": -6.2, "long": 106.8}]).encode()
    (report_id,) = import_data(context.db, context.user, data, fmt="open311", source="h.json").report_ids
    pane = DetailPane(context)
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    shown = next_emit(pane.sig_detail_loaded)
    pane.show_report(report_id)
    assert run(aloop, shown) == report_id
    labels = {label.text(): label for label in pane.findChildren(QLabel)}
    for literal in (HOSTILE, "<i>Sampah</i>", "<h1>Jl. Mawar</h1>"):
        assert literal in labels, literal
        assert labels[literal].textFormat() == Qt.TextFormat.PlainText
    # The check matters: Qt would render this text as rich text if the label were left on auto.
    assert GuiQt.mightBeRichText(HOSTILE)
