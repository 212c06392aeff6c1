"""Cancelling leaves nothing behind; drop folders import by channel; saved mappings; the CLI."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from db.models import Report, ReporterIdentity, StatusEvent
from desktop.bench.intake import MAPPING, sample_csv
from desktop.cli import main
from desktop.core.progress import Progress
from desktop.core.roles import Role
from desktop.services.access import AccessDenied
from desktop.services.dto import ReportQuery
from desktop.services.intake import (
    IntakeError, get_mapping, import_data, list_mappings, pending_drops, prepare_drop_folders, process_drop_folders,
    recent_runs, run_report, save_mapping,
)
from desktop.services.reports import list_reports
from tests.intake.conftest import user


def _counts(db) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Report, StatusEvent, ReporterIdentity))


def test_a_cancelled_import_leaves_nothing_half_applied(fresh_db, officer, identity_key):
    before = _counts(fresh_db)
    state = Progress(every=500)
    seen = []

    def on_change(done, total):
        seen.append(done)
        if done >= 2000:
            state.cancel()
    state._on_change = on_change
    summary = import_data(fresh_db, officer, sample_csv(5000), fmt="csv", source="big.csv", channel="call_centre",
                          mapping=MAPPING, key=identity_key, state=state)
    assert summary.outcome == "cancelled" and summary.imported == 0
    assert max(seen) >= 2000  # rows had been written inside the transaction before the cancel
    assert _counts(fresh_db) == before
    (run,) = recent_runs(fresh_db, officer)
    assert (run.outcome, run.imported, run.source) == ("cancelled", 0, "big.csv")
    assert "cancelled; nothing was imported" in run_report(fresh_db, officer, run.id)

    # The same file, not cancelled, then imports whole.
    done = import_data(fresh_db, officer, sample_csv(5000), fmt="csv", source="big.csv", channel="call_centre",
                       mapping=MAPPING, key=identity_key)
    assert done.imported == 5000 - 5000 // 200 and done.rejected == 5000 // 200


def test_mappings_are_saved_by_name_and_checked(fresh_db, officer):
    save_mapping(fresh_db, officer, "call_centre", MAPPING)
    saved = get_mapping(fresh_db, "call centre")
    assert saved.channel == "call_centre" and saved.mapping.columns == MAPPING.columns
    assert [m.name for m in list_mappings(fresh_db)] == ["call centre"]
    with pytest.raises(IntakeError, match="no saved column mapping 'nope' \\(saved: call centre\\)"):
        get_mapping(fresh_db, "nope")
    incomplete = MAPPING.__class__("half", {"external_id": "ticket"})
    with pytest.raises(IntakeError, match="which column holds Received \\(ISO date and time\\)"):
        save_mapping(fresh_db, officer, "sms", incomplete)
    with pytest.raises(IntakeError, match="unknown channel 'pigeon'"):
        save_mapping(fresh_db, officer, "pigeon", MAPPING)
    with pytest.raises(AccessDenied):
        save_mapping(fresh_db, user(Role.AUDITOR), "sms", MAPPING)


def test_drop_folders_import_each_file_as_its_channel(fresh_db, officer, identity_key, samples, tmp_path):
    root = tmp_path / "drop"
    folders = prepare_drop_folders(root)
    (folders["lapor"] / "toronto.xml").write_bytes((samples / "requests_many.xml").read_bytes())
    (folders["call_centre"] / "shift.csv").write_bytes(sample_csv(20))
    (folders["sms"] / "sms.csv").write_bytes(sample_csv(5))
    (folders["sms"] / ".still-writing.csv").write_bytes(b"partial")
    save_mapping(fresh_db, officer, "call_centre", MAPPING)
    assert {p.name for _, p in pending_drops(root)} == {"toronto.xml", "shift.csv", "sms.csv"}

    summaries = process_drop_folders(fresh_db, officer, root, identity_key)
    assert sorted((s.channel, s.imported) for s in summaries) == [("call_centre", 20), ("lapor", 2)]
    assert [p.name for _, p in pending_drops(root)] == []
    reports = sorted(p.name for p in (folders["lapor"] / "imported").iterdir())
    assert reports[0].endswith("-toronto.xml") and reports[1].endswith("-toronto.xml.report.txt")
    (failed_report,) = (folders["sms"] / "failed").glob("*.report.txt")
    assert "no saved CSV mapping for channel sms" in failed_report.read_text()
    assert (folders["sms"] / ".still-writing.csv").exists()
    with fresh_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Report).where(
            Report.channel == "lapor", Report.external_id.in_(["101005420892", "101005420894"]))) == 2


def test_cli_import_then_export_with_summaries(fresh_db, samples, tmp_path, capsys):
    url = str(fresh_db.engine.url)
    assert main(["import", "open311", str(samples / "bloomington_requests.json"), "--url", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("bloomington_requests.json: imported 21, updated 0, unchanged 0, rejected 0")

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"service_request_id": "1", "service_code": "x", "requested_datetime": "kemarin"},
                               {"service_request_id": "2", "service_code": "x",
                                "requested_datetime": "2026-10-01T08:00:00Z"}]))
    report = tmp_path / "report.txt"
    assert main(["--url", url, "import", "open311", str(bad), "--channel", "email", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "imported 1, updated 0, unchanged 0, rejected 1" in out
    assert "record 1: requested_datetime 'kemarin' is not an ISO 8601" in out
    assert "record 1" in report.read_text()

    target = tmp_path / "out.xml"
    assert main(["export", "open311", "--format", "xml", "--out", str(target), "--url", url,
                 "--status", "waiting,reopened", "--channel", "open311"]) == 0
    # Three of Bloomington's requests arrived closed, so they are done, not waiting.
    assert capsys.readouterr().out.strip() == f"exported 18 reports to {target} (open311-xml)"
    assert target.read_bytes().count(b"<request>") == 18


def test_cli_refuses_bad_requests_in_one_line(fresh_db, tmp_path, capsys):
    url = str(fresh_db.engine.url)
    csv_file = tmp_path / "x.csv"
    csv_file.write_bytes(sample_csv(3))
    assert main(["import", "csv", str(csv_file), "--url", url, "--mapping", "missing"]) == 2
    assert "no saved column mapping 'missing'" in capsys.readouterr().err
    assert main(["import", "open311", str(tmp_path / "none.json"), "--url", url]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["export", "csv", "--format", "xml", "--out", str(tmp_path / "o.csv"), "--url", url]) == 2
    assert "--format json|xml applies to open311 exports only" in capsys.readouterr().err
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"{not json")
    assert main(["import", "open311", str(garbage), "--url", url]) == 1
    assert "file (line 1): not valid JSON" in capsys.readouterr().out


def test_an_officer_imports_exports_and_merges_under_their_own_postgresql_role(central, tmp_path,
                                                                              requests_validator):
    """On the central database every step runs as the officer's own login role: the grants suffice."""
    from desktop.services.duplicates import find_duplicate_groups, merge_duplicates, unmerge
    from desktop.services.dto import ReportQuery
    from desktop.services.export import export_reports

    db, officer = central.session_of("petugas1")
    try:
        when = datetime.now(timezone.utc).replace(microsecond=0)
        data = json.dumps([{"service_request_id": f"PG-{n}", "service_code": "banjir", "description": "Air\x00 naik",
                            "requested_datetime": when.isoformat(), "lat": -6.2 + n / 100000, "long": 106.8,
                            "email": f"warga{n}@example.id"} for n in range(2)]).encode()
        first = import_data(db, officer, data, fmt="open311", source="pg.json", key=central.key)
        again = import_data(db, officer, data, fmt="open311", source="pg.json", key=central.key)
        assert (first.imported, first.rejected, again.unchanged) == (2, 0, 2)
        save_mapping(db, officer, "call_centre", MAPPING)
        assert [r.source for r in recent_runs(db, officer)] == ["pg.json", "pg.json"]

        # Exported through the installer's connection, as 'jaklapor-desk export --url' does: the
        # inbox filter it shares reads map_points, which app roles have no grant on yet.
        out = tmp_path / "pg.json"
        summary = export_reports(central.admin, officer, ReportQuery(), "open311-json", out)
        document = json.loads(out.read_bytes())
        assert summary.count == 122 and list(requests_validator.iter_errors(document)) == []
        assert b"@example.id" not in out.read_bytes()

        (group,) = [g for g in find_duplicate_groups(db, officer) if {m.id for m in g.members} == set(first.report_ids)]
        other = next(m.id for m in group.members if m.id != group.primary_id)
        merge_duplicates(db, officer, group.primary_id, [other])
        unmerge(db, officer, other)
    finally:
        db.dispose()


def test_a_large_import_is_searchable_and_reports_after_it_are_too(fresh_db, officer, identity_key):
    """A file of thousands is indexed for search once at the end; what comes after is indexed as it comes."""
    import_data(fresh_db, officer, sample_csv(5000), fmt="csv", source="big.csv", channel="call_centre",
                mapping=MAPPING, key=identity_key)
    import_data(fresh_db, officer, sample_csv(3, seed=9), fmt="csv", source="small.csv", channel="sms",
                mapping=MAPPING, key=identity_key)
    with fresh_db.session() as session:
        references = [session.scalar(select(Report.reference).where(Report.channel == channel,
                                                                      Report.external_id == external_id))
                      for channel, external_id in (("call_centre", "CC112-00004321"), ("sms", "CC112-00000002"))]
    for reference in references:
        assert [row.reference for row in list_reports(fresh_db, officer, ReportQuery(text=reference)).rows] \
            == [reference]
    assert list_reports(fresh_db, officer, ReportQuery(text="dilaporkan warga")).total >= 4800


def test_a_file_smaller_than_the_database_is_indexed_row_by_row(fresh_db, officer, identity_key, monkeypatch):
    """Rebuilding the index reads every report: a file into a database holding more is indexed as it goes."""
    from desktop.services import intake, search_index

    rebuilt = []
    pause = search_index.pause
    monkeypatch.setattr(intake, "INDEX_AT_END_FROM", 100)
    monkeypatch.setattr(search_index, "pause", lambda connection: rebuilt.append(True) or pause(connection))
    # The fixture holds 300 reports: 200 more go in row by row, then 600 are worth one rebuild.
    import_data(fresh_db, officer, sample_csv(200, seed=11), fmt="csv", source="day.csv", channel="call_centre",
                mapping=MAPPING, key=identity_key)
    assert rebuilt == []
    import_data(fresh_db, officer, sample_csv(600, seed=12, first=1000), fmt="csv", source="archive.csv",
                channel="call_centre", mapping=MAPPING, key=identity_key)
    assert rebuilt == [True]
    with fresh_db.session() as session:
        references = [session.scalar(select(Report.reference).where(Report.external_id == external_id))
                      for external_id in ("CC112-00000123", "CC112-00001456")]
    for reference in references:
        assert [row.reference for row in list_reports(fresh_db, officer, ReportQuery(text=reference)).rows] \
            == [reference]
