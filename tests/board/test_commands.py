"""The board's commands: the holiday calendar for installers, the benchmark, and the screenshots."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=900)


def _days(path: Path, days: list[dict]) -> Path:
    path.write_text(json.dumps({"days": days}), encoding="utf-8")
    return path


def test_calendar_check_and_install_refuse_a_bad_file_and_change_nothing(tmp_path):
    config = tmp_path / "config"
    env = {"JAKLAPOR_CONFIG_DIR": str(config)}
    good = _days(tmp_path / "good.json", [{"date": "2027-03-10", "name": "Nyepi", "kind": "holiday"}])
    bad = _days(tmp_path / "bad.json", [{"date": "2027-03-10", "name": "Nyepi", "kind": "holiday"},
                                        {"date": "2027-02-31", "name": "Tanggal salah", "kind": "holiday"}])
    checked = cli("calendar", "check", str(good), env=env)
    assert checked.returncode == 0 and "1 days off in 2027" in checked.stdout
    assert cli("calendar", "install", str(good), env=env).returncode == 0
    installed = (config / "holidays_id.json").read_text(encoding="utf-8")
    for action in ("check", "install"):
        result = cli("calendar", action, str(bad), env=env)
        assert result.returncode == 2, result.stderr
        assert "days[1]: date '2027-02-31' does not exist" in result.stderr and "Traceback" not in result.stderr
        assert "nothing was installed" in result.stderr
    assert (config / "holidays_id.json").read_text(encoding="utf-8") == installed
    missing = cli("calendar", "check", str(tmp_path / "nope.json"), env=env)
    assert missing.returncode == 2 and "cannot read holiday file" in missing.stderr


def test_calendar_install_moves_open_deadlines(tmp_path, board_template):
    from importlib import resources

    from sqlalchemy import select

    from db.models import Report
    from desktop.services.database import open_database

    database = tmp_path / "db.sqlite"
    shutil.copyfile(board_template, database)
    packaged = json.loads(resources.files("desktop.core").joinpath("data/holidays_id.json").read_text("utf-8"))
    db = open_database(f"sqlite:///{database}")
    with db.session() as session:
        before = dict(session.execute(select(Report.id, Report.due_at).where(Report.status == "in_progress")).all())
    # A new joint-leave day on every weekday of the anchor's month moves every deadline still in it.
    extra = [{"date": f"2026-11-{day:02d}", "name": "Cuti uji", "kind": "joint_leave"} for day in range(2, 28)
             if f"2026-11-{day:02d}" not in {d["date"] for d in packaged["days"]}]
    new = _days(tmp_path / "new.json", packaged["days"] + extra)
    result = cli("calendar", "install", str(new), "--url", f"sqlite:///{database}",
                 env={"JAKLAPOR_CONFIG_DIR": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    assert "moved the deadlines of" in result.stdout
    with db.session() as session:
        after = dict(session.execute(select(Report.id, Report.due_at).where(Report.status == "in_progress")).all())
    db.dispose()
    assert any(after[i] > before[i] for i in before)


def test_bench_board_reports_drop_and_refresh_figures(tmp_path):
    result = cli("bench", "board", "--open", "300", "--agencies", "8", "--drops", "3", "--json",
                 env={"JAKLAPOR_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    for key in ("drop_commit_p50_ms", "drop_commit_p95_ms", "board_refresh_p50_ms", "board_refresh_p95_ms",
                "undo_commit_p95_ms", "peak_rss_mb"):
        assert figures[key] > 0, key
    assert (figures["open"], figures["agencies"], figures["drops"], figures["cards"]) == (300, 8, 3, 300)


def test_bench_board_refuses_impossible_sizes(tmp_path):
    result = cli("bench", "board", "--open", "300", "--agencies", "500", "--drops", "1",
                 env={"JAKLAPOR_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "agencies exist" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("view", ["board", "agency_desk"])
def test_screenshot_shows_the_board_and_the_desk(tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = cli("screenshot", "--demo", "--view", view, "--lang", "en", "--out", str(out), "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    image = Image.open(out).convert("L")
    assert image.size == (1280, 800)
    assert len(image.getcolors(65536) or range(65536)) > 50
