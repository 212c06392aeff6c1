"""The installers' command line: each mistake gets one clear line and a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, env={**os.environ, **(env or {})}, timeout=600)


def _one_line_error(result, *fragments: str) -> None:
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert len(lines) >= 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def test_version():
    result = cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["db"], ["db", "seed"], ["db", "upgrade"], ["db", "add-user"],
                                     ["screenshot"], ["bench"], ["bench", "startup"]])
def test_help_on_every_command(command):
    result = cli(*command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_upgrade_seed_add_user_on_new_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert cli("db", "upgrade", "--url", url).returncode == 0
    seeded = cli("db", "seed", "--url", url, "--reports", "250", "--key-file", str(tmp_path / "k.key"))
    assert seeded.returncode == 0 and "seeded 250 reports" in seeded.stdout
    added = cli("db", "add-user", "--url", url, "--username", "kasi.dlh", "--role", "agency_staff",
                "--agency", "DLH", "--password-stdin", stdin="kata-sandi-panjang\n")
    assert added.returncode == 0 and "kasi.dlh" in added.stdout
    agencies = cli("db", "agencies", "--url", url)
    assert "GULKARMAT" in agencies.stdout


def test_upgrade_and_seed_on_empty_postgresql(pg_url, tmp_path):
    assert cli("db", "upgrade", "--url", pg_url).returncode == 0
    seeded = cli("db", "seed", "--url", pg_url, "--reports", "300", "--key-file", str(tmp_path / "k.key"))
    assert seeded.returncode == 0, seeded.stderr


def test_seed_count_not_a_number(tmp_path):
    result = cli("db", "seed", "--url", f"sqlite:///{tmp_path / 'x.sqlite'}", "--reports", "banyak")
    _one_line_error(result, "'banyak' is not a whole number")
    assert not (tmp_path / "x.sqlite").exists()


def test_wrong_url():
    _one_line_error(cli("db", "upgrade", "--url", "mysql://root@localhost/x"), "unsupported database")


def test_unreachable_server():
    _one_line_error(cli("db", "upgrade", "--url", "postgresql://postgres@127.0.0.1:1/nothing"),
                    "cannot reach the database", "check the host")


def test_missing_folder(tmp_path):
    _one_line_error(cli("db", "upgrade", "--url", f"sqlite:///{tmp_path / 'no' / 'such' / 'x.sqlite'}"),
                    "does not exist")


def test_newer_schema(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.sqlite'}"
    cli("db", "upgrade", "--url", url)
    import sqlite3

    with sqlite3.connect(tmp_path / "n.sqlite") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_future'")
    _one_line_error(cli("db", "seed", "--url", url, "--reports", "5"), "newer than this app")


@pytest.mark.parametrize("args, message", [
    (["--role", "janitor"], "unknown role"),
    (["--role", "agency_staff", "--agency", "NOPE"], "unknown agency"),
])
def test_add_user_mistakes_write_nothing(tmp_path, args, message):
    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    cli("db", "upgrade", "--url", url)
    cli("db", "seed", "--url", url, "--reports", "0", "--key-file", str(tmp_path / "k.key"))
    result = cli("db", "add-user", "--url", url, "--username", "baru", *args, "--password-stdin",
                 stdin="kata-sandi-panjang\n")
    _one_line_error(result, message)
    import sqlite3

    with sqlite3.connect(tmp_path / "u.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM users WHERE username = 'baru'").fetchone() == (0,)


def _non_blank(path: Path) -> None:
    image = Image.open(path).convert("L")
    extrema = image.getextrema()
    assert image.size[0] >= 800 and extrema[1] - extrema[0] > 100
    # Many distinct grey levels: real widgets and text, not a flat fill.
    assert len(image.getcolors(65536) or range(65536)) > 50


@pytest.mark.parametrize("view, lang", [("inbox", "id"), ("inbox", "en"), ("detail", "id")])
def test_screenshot_renders_real_window(tmp_path, view, lang):
    out = tmp_path / f"{view}-{lang}.png"
    result = cli("screenshot", "--demo", "--view", view, "--lang", lang, "--out", str(out), "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    _non_blank(out)
