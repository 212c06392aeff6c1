"""Every visible string has an Indonesian translation, and the shipped .qm is built from the .ts."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.resources_path import resource_dir

ROOT = Path(__file__).resolve().parents[2]
TS = resource_dir() / "translations" / "jaklapor_id.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def test_every_source_string_is_translated(tmp_path):
    work = tmp_path / "check.ts"
    shutil.copy(TS, work)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *_sources(), "-no-obsolete", "-ts", str(work)],
                   cwd=ROOT, check=True, capture_output=True)
    untranslated = []
    for context in ET.parse(work).getroot():
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert untranslated == []


def test_every_marked_string_names_its_context_literally():
    """lupdate reads a QT_TRANSLATE_NOOP's context only when it is written out: a constant hides
    the string from the .ts, and the user reads it in English whatever the language."""
    hidden = []
    for source in _sources():
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" and not (
                    node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                hidden.append(f"{source}:{node.lineno}")
    assert hidden == []


def test_shipped_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts and commit the .qm"
