"""``report pdf`` and ``report csv`` as an installer runs them: pages with charts and tables, safe CSV, no reporter."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from db.models import AuditEntry, ReporterIdentity
from desktop.core.identity_crypto import open_sealed
from desktop.services.reporting import csv_rows, write_csv
from desktop.ui.supervisor.pdf import TABLE_HEADER_FILL

PERIOD_ARGS = ["--from", "2026-08-01", "--to", "2026-11-01"]
# Bar colours of the charts (desktop.core.stats.layout): a page showing a chart shows some of them.
CHART_COLOURS = ("#1976d2", "#388e3c", "#fbc02d", "#c62828", "#d32f2f", "#616161", "#ff8a65", "#2e7d32")


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JAKLAPOR_DATA_DIR=str(tmp_path / "data"),
               JAKLAPOR_CONFIG_DIR=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=600)


def _pages(pdf: Path, out: Path) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / "page")], check=True, timeout=300)
    return [QImage(str(path)) for path in sorted(out.glob("page-*.png"))]


def _text_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _pixels_like(image: QImage, colour: str, tolerance: int = 10) -> int:
    """How many pixels of ``image`` are within ``tolerance`` of ``colour`` on each channel."""
    want = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - want.red()) <= tolerance and abs(pixel.green() - want.green()) <= tolerance \
                    and abs(pixel.blue() - want.blue()) <= tolerance:
                found += 1
    return found


def _chart_pixels(image: QImage) -> int:
    return sum(_pixels_like(image, colour) for colour in CHART_COLOURS)


@pytest.fixture
def reporters(fresh_db, identity_key) -> list[str]:
    """Every reporter's name, phone, e-mail and NIK in the database: none may reach a report."""
    found = []
    with fresh_db.session() as session:
        for report_id, sealed in session.execute(select(ReporterIdentity.report_id, ReporterIdentity.sealed)):
            identity = open_sealed(sealed, report_id, identity_key)
            found += [value for value in (identity.name, identity.phone, identity.email, identity.nik) if value]
    assert found
    return found


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is in the Makefile's TEST_DEBS")
def test_report_pdf_pages_show_charts_and_tables(fresh_db, reporters, tmp_path):
    pdf = tmp_path / "review.pdf"
    result = _cli(tmp_path, "report", "pdf", "--url", str(fresh_db.engine.url), "--out", str(pdf), "--lang", "en",
                  *PERIOD_ARGS)
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and pdf.read_bytes().startswith(b"%PDF")
    images = _pages(pdf, tmp_path)
    texts = _text_pages(pdf)
    assert len(images) >= 5
    title = texts[0]
    assert "Supervisor review" in title and "01-08-2026 – 01-11-2026" in title and "Contents" in title
    # The title page is words only (a blue title line, no bars, no table).
    assert _chart_pixels(images[0]) < 300 and _pixels_like(images[0], TABLE_HEADER_FILL) < 50
    for heading in ("1. Queue review", "2. Goal achievement", "3. Integration", "4. Adaptation"):
        # The title page lists the parts too; each part's own page comes after it.
        page = next(i for i, text in enumerate(texts) if i and heading in text)
        # Each part opens with its charts: bars in the series colours cover a good part of the page
        # (a page of tables alone has fewer than a hundred such pixels).
        assert _chart_pixels(images[page]) > 1500, heading
    tables = [i for i, image in enumerate(images) if _pixels_like(image, TABLE_HEADER_FILL) > 150]
    assert len(tables) >= 4
    assert any("Deadline compliance by category" in texts[i] for i in tables)
    whole = "\n".join(texts)
    assert not [value for value in reporters if value in whole]
    with fresh_db.session() as session:
        assert session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "review_pdf")) is not None


def test_report_csv_holds_the_figures_and_nothing_personal(fresh_db, reporters, tmp_path):
    out = tmp_path / "review.csv"
    result = _cli(tmp_path, "report", "csv", "--url", str(fresh_db.engine.url), "--out", str(out), "--lang", "id",
                  *PERIOD_ARGS)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "table", "row", "column", "value"]
    assert {row[0] for row in rows[1:]} >= {"report"}
    assert len({row[0] for row in rows[1:]}) == 5
    assert not [value for value in reporters if value in text]


def test_csv_cells_never_run_as_formulas():
    from desktop.core.stats.layout import Cell, Document, Section, Table

    table = Table("reasons", "Rejection reasons", ("Reason", "Reports"),
                  ((Cell("=HYPERLINK(\"http://x\")"), Cell("3")), (Cell("+62 21 1500"), Cell("-1"))), "")
    document = Document("T", "P", ("@filter",), "G", (), (Section("a", "A", "", tables=(table,)),))
    buffer = io.BytesIO()
    write_csv(document, buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))
    values = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in values and "'+62 21 1500" in values and "'-1" in values
    assert "'@filter" in values
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in values)
    assert len(list(csv_rows(document))) == len(rows) - 1


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-13-01"], "the start date '2026-13-01' is not a date like 2026-10-31"),
    (["--from", "2026-10-31", "--to", "2026-10-01"], "ends (2026-10-01) before it starts (2026-10-31)"),
    (["--agency", "NOPE"], "unknown agency or category code: NOPE"),
    (["--user", "petugas1"], "may not do this (supervise)"),
])
def test_bad_input_is_one_clear_line_and_no_file(demo_db, tmp_path, args, message):
    out = tmp_path / "r.pdf"
    result = _cli(tmp_path, "report", "pdf", "--url", str(demo_db.engine.url), "--out", str(out), *args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".report-*"))


def test_a_missing_folder_is_refused(tmp_path):
    result = _cli(tmp_path, "report", "csv", "--out", str(tmp_path / "nowhere" / "r.csv"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_a_missing_folder_is_explained_in_the_interface_language(qapp, tmp_path):
    from desktop.services.files import FolderMissing, save_atomically
    from desktop.ui.errors import error_text
    from desktop.ui.i18n import install_language

    install_language("id")
    with pytest.raises(FolderMissing) as caught:
        save_atomically(tmp_path / "nowhere" / "r.pdf", lambda target: target.write_bytes(b"%PDF"))
    assert error_text(caught.value) == f"Folder {tmp_path / 'nowhere'} tidak ada; buat dulu atau pilih tempat lain."
    assert not list(tmp_path.glob("**/*.pdf"))
