"""``bench import``: the bulk figures, then single-report files as a drop folder feeds them."""

from __future__ import annotations

import json

from desktop.cli import main


def test_bench_import_times_bulk_and_single_report_files(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JAKLAPOR_DATA_DIR", str(tmp_path / "data"))
    assert main(["bench", "import", "--rows", "300", "--singles", "20", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (figures["imported"], figures["rejected"], figures["reimport_unchanged"]) == (299, 1, 299)
    # Half the files bring a new report, half change the text of one the bulk file brought.
    assert (figures["singles"], figures["single_imported"], figures["single_updated"]) == (20, 10, 10)
    assert 0 < figures["single_import_p50_ms"] <= figures["single_import_p95_ms"]
    # The bench's database is scratch: nothing is left in the data folder.
    assert not any((tmp_path / "data" / "bench").iterdir())
