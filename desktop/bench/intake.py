"""Import: a call-centre CSV file of N reports into a fresh database, then the same file again,
then single reports one file at a time, as a drop folder or an API feeds them all day.

Figures: ``rows_per_s`` for the first import (parse, check, insert, seal identities),
``reimport_rows_per_s`` for the second (every row found and left unchanged), and
``single_import_p50_ms``/``_p95_ms`` for the one-report files: half new reports, half changed
ones, each its own transaction with the search index updated row by row.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import tempfile
import time
from datetime import datetime, timedelta, timezone
from itertools import zip_longest

from desktop import config
from desktop.bench.report import peak_rss_mb, percentiles
from desktop.commands.arguments import count
from desktop.core.catalog import CATEGORIES
from desktop.core.geo import jitter_point, load_areas
from desktop.core.intake.csv_file import ColumnMapping

HEADER = ("ticket", "waktu", "kategori", "laporan", "alamat", "lat", "lon", "privasi", "nama", "hp")
MAPPING = ColumnMapping(name="call centre", columns={
    "external_id": "ticket", "received_at": "waktu", "category": "kategori", "description": "laporan",
    "address": "alamat", "lat": "lat", "lon": "lon", "privacy": "privasi", "reporter_name": "nama",
    "reporter_phone": "hp"})
# One row in this many is broken the way real exports are (a non-ISO date).
BAD_EVERY = 200


def register(parser) -> None:
    parser.add_argument("--rows", type=count, default=100_000, help="rows in the CSV file")
    parser.add_argument("--singles", type=count, default=400, help="one-report files imported after it")


def sample_csv(rows: int, seed: int = 8, now: datetime | None = None, first: int = 0) -> bytes:
    """A deterministic call-centre export of ``rows`` reports over the last 30 days, tickets from ``first``."""
    rng = random.Random(seed)
    areas = load_areas()
    now = now or datetime.now(timezone.utc)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for i in range(rows):
        area = rng.choice(areas)
        category = rng.choice(CATEGORIES)
        lat, lon = jitter_point(area, rng, 500)
        received = now - timedelta(minutes=rng.randrange(30 * 24 * 60))
        when = received.strftime("%d/%m/%Y %H:%M") if i % BAD_EVERY == BAD_EVERY - 1 else received.isoformat()
        writer.writerow((
            f"CC112-{first + i:08d}", when, category.code, f"{category.name_id} dilaporkan warga di sekitar Kel. {area.kelurahan}",
            f"Kel. {area.kelurahan}, Kec. {area.kecamatan}", f"{lat:.6f}", f"{lon:.6f}",
            rng.choice(("publik", "publik", "rahasia", "anonim")), f"Warga {i}", f"08{rng.randrange(10**9, 10**10)}"))
    return out.getvalue().encode("utf-8")


def run(args) -> dict:
    from desktop.core.identity_crypto import IdentityKey
    from desktop.services.database import upgrade_database
    from desktop.services.intake import command_line_user, import_data
    from desktop.services.reference_data import ensure_reference_data

    base = config.data_dir() / "bench"
    base.mkdir(parents=True, exist_ok=True)
    directory = tempfile.mkdtemp(prefix="import-", dir=base)
    try:
        db = upgrade_database(f"sqlite:///{directory}/import.sqlite")
        with db.transaction() as session:
            ensure_reference_data(session)
        data = sample_csv(args.rows)
        user = command_line_user(db)
        key = IdentityKey.generate()
        figures = {"rows": args.rows, "file_mb": round(len(data) / 2**20, 1)}
        for label in ("", "reimport_"):
            started = time.perf_counter()
            summary = import_data(db, user, data, fmt="csv", source="bench.csv", channel="call_centre",
                                  mapping=MAPPING, key=key)
            elapsed = time.perf_counter() - started
            figures[f"{label}seconds"] = round(elapsed, 2)
            figures[f"{label}rows_per_s"] = round(args.rows / elapsed) if elapsed else 0
            figures[f"{label}imported"] = summary.imported
            figures[f"{label}unchanged"] = summary.unchanged
            figures[f"{label}rejected"] = summary.rejected
        figures.update(_single_imports(db, user, key, args.rows, args.singles))
        db.dispose()
        figures["peak_rss_mb"] = peak_rss_mb()
        return figures
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _sample_rows(rows: int, **sample) -> list[list[str]]:
    return list(csv.reader(io.StringIO(sample_csv(rows, **sample).decode("utf-8"))))[1:]


def _single_imports(db, user, key, rows: int, singles: int) -> dict:
    """One-report files: a new report and a changed one (a ticket of the file, another text), in turn."""
    from desktop.services.intake import import_data

    new = _sample_rows(singles - singles // 2, seed=10, first=rows)
    changed = _sample_rows(singles // 2, seed=9)
    samples, outcomes = [], {"imported": 0, "updated": 0}
    for row in (row for pair in zip_longest(new, changed) for row in pair if row is not None):
        out = io.StringIO()
        csv.writer(out).writerows((HEADER, row))
        started = time.perf_counter()
        summary = import_data(db, user, out.getvalue().encode("utf-8"), fmt="csv", source="one.csv",
                              channel="call_centre", mapping=MAPPING, key=key)
        samples.append((time.perf_counter() - started) * 1000)
        outcomes["imported"] += summary.imported
        outcomes["updated"] += summary.updated
    return {**percentiles(samples, "single_import"), "singles": singles,
            **{f"single_{name}": value for name, value in outcomes.items()}}
