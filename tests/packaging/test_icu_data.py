"""The packaged folder's cut-down ICU data: Qt still sorts, names time zones and decodes in the app's languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from desktop.bundling import icu_data

WHEEL_ICU = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)) / "libicudata.so.73"
PREFIX = "icudt73l/"

# Run in a process whose Qt finds the library under test first (Qt's libraries use RUNPATH, which
# LD_LIBRARY_PATH overrides); it prints what a user of Qt's text services would see.
PROBE = """
import json
from functools import cmp_to_key
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

words = ["zebra", "Apel", "ápa", "bola", "Éclair", "ekor"]
jakarta = QTimeZone(b"Asia/Jakarta")
print(json.dumps({
    "sorted": {name: sorted(words, key=cmp_to_key(QCollator(QLocale(name)).compare)) for name in ("id_ID", "ja_JP")},
    "zone": {name: jakarta.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(name))
             for name in ("id_ID", "en_GB", "ja_JP")},
    "upper": QLocale("id_ID").toUpper("jalan istiqlal"),
    "decoders": {name: QStringDecoder(name).isValid() for name in ("windows-1252", "ISO-8859-15", "Shift_JIS")},
    "loaded": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0],
}))
"""


def probe(library_dir: Path) -> dict:
    env = dict(os.environ, LD_LIBRARY_PATH=str(library_dir), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def wheel_package():
    return icu_data.read_library(WHEEL_ICU)


def test_repackaging_every_item_gives_back_the_wheels_data_byte_for_byte(wheel_package):
    library = WHEEL_ICU.read_bytes()
    _symbol, offset, size = icu_data.data_symbol(library)
    assert icu_data.write_package(wheel_package[1]) == library[offset:offset + size]


def test_the_subset_keeps_the_apps_languages_and_the_unicode_core(wheel_package):
    _symbol, package = wheel_package
    kept = {name for name, item in package.items.items() if icu_data.wanted(name, item)}
    for name in ("coll/root.res", "coll/id.res", "coll/ucadata.icu", "zone/id.res", "zone/en_GB.res", "in.res",
                 "id.res", "root.res", "pool.res", "zone/pool.res", "nfkc.nrm", "uts46.nrm", "cnvalias.icu",
                 "ibm-5348_P100-1997.cnv", "zoneinfo64.res", "metaZones.res", "brkitr/word.brk"):
        assert PREFIX + name in kept, name
    for name in ("coll/zh.res", "coll/ja.res", "zone/ja.res", "de.res", "brkitr/cjdict.dict",
                 "translit/root.res", "gb18030.cnv", "ibm-943_P15A-2003.cnv"):
        assert PREFIX + name in package.items and PREFIX + name not in kept, name
    kept_size = sum(len(package.items[name]) for name in kept)
    assert kept_size < 6 * 2**20 < sum(map(len, package.items.values())) // 5


def test_qt_behaves_the_same_for_indonesian_and_english_with_the_subset(tmp_path):
    cut = tmp_path / "cut"
    cut.mkdir()
    icu_data.build_library(WHEEL_ICU, cut / WHEEL_ICU.name)
    assert (cut / WHEEL_ICU.name).stat().st_size < WHEEL_ICU.stat().st_size / 5
    full, slim = probe(WHEEL_ICU.parent), probe(cut)
    assert Path(slim["loaded"]) == cut / WHEEL_ICU.name and Path(full["loaded"]) == WHEEL_ICU
    # Collation from CLDR's data: by letter first, accents after, case ignored.
    assert slim["sorted"]["id_ID"] == full["sorted"]["id_ID"] == ["ápa", "Apel", "bola", "Éclair", "ekor", "zebra"]
    assert slim["zone"]["id_ID"] == full["zone"]["id_ID"] == "Waktu Indonesia Barat"
    assert slim["zone"]["en_GB"] == full["zone"]["en_GB"] == "Western Indonesia Time"
    assert slim["upper"] == "JALAN ISTIQLAL"
    assert slim["decoders"] == {"windows-1252": True, "ISO-8859-15": True, "Shift_JIS": False}
    # A language left out falls back to root's data: still sorted, still a name, no failure.
    assert slim["sorted"]["ja_JP"] == full["sorted"]["ja_JP"]
    assert slim["zone"]["ja_JP"] == "Western Indonesia Time" != full["zone"]["ja_JP"]


def test_what_is_not_icu_data_is_refused(tmp_path):
    with pytest.raises(icu_data.IcuDataError, match="not a 64-bit"):
        icu_data.data_symbol(b"MZ" + bytes(100))
    with pytest.raises(icu_data.IcuDataError, match="no icudt"):
        icu_data.data_symbol(Path(sys.executable).resolve().read_bytes())
    with pytest.raises(icu_data.IcuDataError, match="not an ICU common data package"):
        icu_data.read_package(bytes(64))
    library = WHEEL_ICU.read_bytes()
    _symbol, offset, size = icu_data.data_symbol(library)
    skewed = (136).to_bytes(2, "little") + library[offset + 2:offset + size]
    with pytest.raises(icu_data.IcuDataError, match="a 136-byte package header"):
        icu_data.read_package(skewed)
