"""``jaklapor-desk --self-check``: can this installation run here? One line per finding.

Meant for installers and support on a workstation without Python: every check reports what it
saw, a problem says what is wrong and what to do, and the exit status is non-zero when any
problem was found.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, TextIO

from desktop import config

WEBENGINE_TIMEOUT_MS = 60_000
# What the map page loads from this installation (desktop.map.page), by scheme path.
MAP_ASSETS = (
    "/assets/leaflet/leaflet.js", "/assets/leaflet/leaflet.css",
    "/assets/markercluster/leaflet.markercluster.js", "/assets/markercluster/MarkerCluster.css",
    "/assets/map/map.js", "/assets/map/map.css",
)
# Compiled modules, by what needs them. The packaged build strips and slims libraries: a damaged or
# incomplete folder shows here, not on the first photo or the first connection to the server.
COMPILED_MODULES = (
    ("psycopg_binary._psycopg", "central database driver"),
    ("sqlcipher3._sqlite3", "offline cache"),
    ("cryptography.hazmat.bindings._rust", "identity encryption"),
    ("_argon2_cffi_bindings._ffi", "password hashing"),
    ("PIL._imaging", "photos"),
    ("PIL._webp", "WebP photos"),
    ("PIL._imagingcms", "photo colour profiles"),
)


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def _reason(exc: BaseException, limit: int = 300) -> str:
    """An exception on one line: some (numpy's import error) span a screenful; the last line says why."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = f"{type(exc).__name__}: {lines[-1] if lines else ''}"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def ok(text: str) -> Finding:
    return Finding(True, text)


def problem(text: str) -> Finding:
    return Finding(False, text)


def check_versions() -> list[Finding]:
    found = [ok(f"Python {platform.python_version()} ({'packaged' if getattr(sys, 'frozen', False) else 'venv'})")]
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return found + [problem(f"Qt cannot be loaded ({_reason(exc)}); reinstall JakLapor Desk")]
    return found + [ok(f"PySide6 {PySide6.__version__}, Qt {qVersion()}")]


def check_compiled_modules() -> list[Finding]:
    found = []
    for module, needed_by in COMPILED_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            found.append(problem(f"the {needed_by} cannot be loaded ({module}: {_reason(exc)}); "
                                 "reinstall JakLapor Desk"))
    needs = ", ".join(needed_by for _module, needed_by in COMPILED_MODULES)
    return found or [ok(f"compiled modules load ({len(COMPILED_MODULES)}: {needs})")]


def check_map_assets() -> list[Finding]:
    from desktop.map.assets import asset_file

    missing = [path for path in MAP_ASSETS if asset_file(path) is None]
    if missing:
        return [problem(f"map files missing from the installation: {', '.join(missing)}; reinstall JakLapor Desk")]
    try:
        from desktop.map.page import page_html

        size = len(page_html())
    except Exception as exc:  # noqa: BLE001 - any failure here means the same thing to an installer
        return [problem(f"the map page cannot be built ({_reason(exc)}); reinstall JakLapor Desk")]
    return [ok(f"map assets present ({len(MAP_ASSETS)} files, page {size} bytes)")]


def check_webengine(timeout_ms: int = WEBENGINE_TIMEOUT_MS) -> list[Finding]:
    """Start QtWebEngine for real: a map view loads the map page and its script reports back."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

        from desktop.app import create_application
        from desktop.map.widget import MapWidget

        create_application()
    except Exception as exc:  # noqa: BLE001
        return [problem(f"Qt WebEngine cannot start ({_reason(exc)}); "
                        "install the system libraries listed in docs/install.md")]
    outcome: list[str] = []
    loop = QEventLoop()

    def finish(result: str) -> None:
        if not outcome:
            outcome.append(result)
        loop.quit()

    view = MapWidget()
    view.resize(640, 480)
    view.show()
    view.sig_page_loaded.connect(lambda: finish("ready"))
    view.loadFinished.connect(lambda loaded: loaded or finish("the map page failed to load"))
    view.page().renderProcessTerminated.connect(
        lambda status, code: finish(f"the WebEngine process ended ({status.name}, exit code {code})"))
    QTimer.singleShot(timeout_ms, lambda: finish(f"the map page did not start within {timeout_ms // 1000} s"))
    loop.exec()
    view.close()
    view.deleteLater()
    # Deleted now, page included: left to the end, QtWebEngine's profile would go first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if outcome[0] != "ready":
        return [problem(f"Qt WebEngine: {outcome[0]}; see docs/install.md (graphics drivers, "
                        "QTWEBENGINE_DISABLE_SANDBOX when run as root)")]
    return [ok("Qt WebEngine started and the map page loaded")]


def check_migrations() -> list[Finding]:
    """Apply every migration to a scratch database: proves the installation's schema scripts work."""
    from db import migrate
    from desktop.services.database import make_engine

    with tempfile.TemporaryDirectory(prefix="jaklapor-selfcheck-") as scratch:
        engine = make_engine("sqlite:///" + str(Path(scratch) / "check.sqlite"))
        try:
            migrate.upgrade(engine)
            migrate.check_current(engine)
        except Exception as exc:  # noqa: BLE001
            return [problem(f"the schema migrations do not apply ({_reason(exc)}); "
                            "reinstall JakLapor Desk")]
        finally:
            engine.dispose()
    return [ok(f"schema migrations apply (heads {', '.join(sorted(migrate.head_revisions()))})")]


def check_database(url: str | None) -> list[Finding]:
    """The configured database: reachable, with this app's schema. ``url`` None means embedded."""
    from desktop.services.database import DatabaseError
    from desktop.services.workstation import check_connection

    if url is None:
        embedded = config.data_dir() / config.EMBEDDED_FILE
        if not embedded.exists():
            return [ok(f"embedded database not created yet; the first start creates {embedded}")]
        url = config.embedded_url()
    try:
        result = check_connection(url)
    except DatabaseError as exc:
        return [problem(str(exc))]
    if not result.current:
        return [problem(f"database {result.where}: {result.schema}")]
    return [ok(f"database {result.where} reachable, {result.schema}")]


def check_key_file(workstation) -> list[Finding]:
    """Command-centre clients need the identity key; agency workstations must not hold one."""
    from desktop.core.identity_crypto import IdentityKey, KeyFileError
    from desktop.services.workstation import AGENCY, CENTRAL

    path = config.identity_key_path()
    if workstation.mode == CENTRAL and workstation.role == AGENCY:
        if path.exists():
            return [problem(f"this is an agency workstation but it holds the identity key file {path}; "
                            "delete it: agencies must never be able to open reporter identities")]
        return [ok("agency workstation: no identity key file, as required")]
    if not path.exists():
        if workstation.needs_key:
            return [problem(f"command-centre workstation without the identity key file {path}; "
                            "copy it from the key custodian with the first-run wizard (see docs/install.md)")]
        embedded = config.data_dir() / config.EMBEDDED_FILE
        if embedded.exists():
            return [problem(f"the embedded database exists but its identity key file {path} is missing; "
                            "restore it from your backup")]
        return [ok("identity key file not needed yet (created with the embedded database)")]
    try:
        key = IdentityKey.load(path)
    except KeyFileError as exc:
        return [problem(f"{exc}; restore the key file from your backup")]
    return [ok(f"identity key file present (key {key.key_id})")]


def check_directories() -> list[Finding]:
    found = []
    for name, where in (("data", config.data_dir), ("config", config.config_dir),
                        ("cache", config.cache_dir), ("log", config.log_dir)):
        try:
            directory = where()
            with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-check-"):
                pass
        except OSError as exc:
            found.append(problem(f"the {name} directory is not writable ({exc.strerror or exc}: "
                                 f"{getattr(exc, 'filename', '') or ''}); fix its permissions or set "
                                 f"JAKLAPOR_{name.upper()}_DIR"))
            continue
        found.append(ok(f"{name} directory writable: {directory}"))
    return found


def findings(url: str | None, demo: bool, webengine: bool = True) -> Iterable[Finding]:
    """Every check in order; a check that raises is itself reported as a problem."""
    from desktop.services.workstation import Workstation, WorkstationError, load_workstation

    yield from check_versions()
    yield from check_directories()
    try:
        workstation = None if demo else load_workstation()
    except WorkstationError as exc:
        yield problem(str(exc))
        workstation = None
    if workstation is None:
        workstation = Workstation()
        if not demo and url is None:
            yield ok("no workstation configuration yet: the first start shows the first-run wizard")
    else:
        yield ok(f"workstation: {workstation.mode}" + (f", {workstation.role}" if workstation.mode != "embedded" else ""))
    checks: list[Callable[[], list[Finding]]] = [
        check_compiled_modules,
        check_map_assets,
        check_migrations,
        lambda: check_database(url if url is not None or demo else workstation.database_url()),
        lambda: check_key_file(workstation),
    ]
    if webengine:
        checks.append(check_webengine)
    for check in checks:
        try:
            yield from check()
        except Exception as exc:  # noqa: BLE001 - a crashing check is a finding, not a crash
            yield problem(f"self-check failed unexpectedly: {_reason(exc)}")


def run_self_check(url: str | None, demo: bool, out: TextIO | None = None) -> int:
    """Print one line per finding; 0 when all is well, 1 when any problem was found."""
    out = out or sys.stdout
    problems = 0
    for finding in findings(url, demo):
        problems += not finding.ok
        one_line = " ".join(finding.text.split("\n"))
        print(("ok       " if finding.ok else "PROBLEM  ") + one_line, file=out, flush=True)
    print(f"self-check: {problems} problem{'s' if problems != 1 else ''}" if problems else "self-check: all good",
          file=out)
    return 1 if problems else 0
