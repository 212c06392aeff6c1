"""``jaklapor-desk --self-check``: each problem an installer can meet gives one clear line."""

from __future__ import annotations

import io

from desktop import config, selfcheck
from desktop.cli import main
from desktop.map import assets
from desktop.services.database import upgrade_database
from desktop.services.workstation import AGENCY, CENTRAL, COMMAND_CENTRE, Workstation, save_workstation


def problems(found) -> list[str]:
    return [finding.text for finding in found if not finding.ok]


def quick(url=None, demo=False) -> list[str]:
    """Every check but the WebEngine start, which has a test of its own."""
    return problems(selfcheck.findings(url, demo, webengine=False))


def test_a_fresh_workstation_passes(dirs):
    assert quick(demo=True) == []
    found = [f.text for f in selfcheck.findings(None, False, webengine=False)]
    assert any("first-run wizard" in text for text in found)
    assert any(text.startswith("schema migrations apply") for text in found)
    assert any(text.startswith("Python 3.11") for text in found)


def test_an_unwritable_folder_is_named(dirs, monkeypatch):
    blocker = dirs / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("JAKLAPOR_LOG_DIR", str(blocker / "logs"))
    [line] = quick(demo=True)
    assert line.startswith("the log directory is not writable") and "JAKLAPOR_LOG_DIR" in line


def test_missing_map_files_are_listed(dirs, monkeypatch, tmp_path):
    monkeypatch.setitem(assets.ASSET_DIRS, "markercluster", tmp_path / "empty")
    [line] = quick(demo=True)
    assert "map files missing" in line and "/assets/markercluster/leaflet.markercluster.js" in line
    assert "/assets/leaflet/leaflet.js" not in line


def test_a_compiled_module_that_does_not_load_is_named(dirs, monkeypatch):
    found = [f.text for f in selfcheck.findings(None, True, webengine=False)]
    assert any(text.startswith("compiled modules load (7: central database driver") for text in found)
    monkeypatch.setattr(selfcheck, "COMPILED_MODULES",
                        selfcheck.COMPILED_MODULES + (("PIL._imaging_removed", "photo test"),))
    [line] = quick(demo=True)
    assert line.startswith("the photo test cannot be loaded (PIL._imaging_removed: ModuleNotFoundError")
    assert line.endswith("reinstall JakLapor Desk")


def test_command_centre_without_its_key_file(dirs, pg_url):
    upgrade_database(pg_url).dispose()
    save_workstation(Workstation(mode=CENTRAL, url=pg_url, role=COMMAND_CENTRE))
    [line] = quick()
    assert line.startswith("command-centre workstation without the identity key file")


def test_agency_workstation_must_not_hold_the_key(dirs, pg_url, identity_key):
    upgrade_database(pg_url).dispose()
    save_workstation(Workstation(mode=CENTRAL, url=pg_url, role=AGENCY))
    assert quick() == []
    identity_key.save(config.identity_key_path())
    [line] = quick()
    assert "agency workstation but it holds the identity key file" in line


def test_damaged_key_file(dirs):
    config.identity_key_path().write_text("jaklapor-identity-key v1\nabc\n!!!\n", encoding="ascii")
    [line] = quick(demo=True)
    assert "damaged key" in line and "restore the key file" in line


def test_embedded_database_without_its_key(dirs):
    upgrade_database(config.embedded_url()).dispose()
    [line] = quick(demo=True)
    assert "embedded database exists but its identity key file" in line


def test_database_unreachable_or_without_schema(dirs, pg_url):
    [line] = quick(url="postgresql://nobody@127.0.0.1:1/jaklapor")
    assert line.startswith("cannot reach the database at postgresql+psycopg://nobody@127.0.0.1:1/jaklapor")
    [line] = quick(url=pg_url)
    assert "no JakLapor schema" in line and "db upgrade" in line
    upgrade_database(pg_url).dispose()
    assert quick(url=pg_url) == []


def test_damaged_configuration(dirs):
    config.workstation_path().write_text("[", encoding="utf-8")
    [line] = quick()
    assert "cannot read the workstation configuration" in line


def test_webengine_starts_and_loads_the_map(dirs, qapp):
    [finding] = selfcheck.check_webengine()
    assert finding.ok, finding.text


def test_webengine_timeout_is_a_problem(dirs, qapp):
    [finding] = selfcheck.check_webengine(timeout_ms=1)
    assert not finding.ok and "did not start within" in finding.text


def test_cli_exits_non_zero_with_one_line_per_problem(dirs, monkeypatch, capsys):
    monkeypatch.setattr(selfcheck, "check_webengine", lambda: [selfcheck.ok("Qt WebEngine (skipped here)")])
    blocker = dirs / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("JAKLAPOR_CACHE_DIR", str(blocker / "cache"))
    assert main(["--self-check", "--url", "postgresql://nobody@127.0.0.1:1/jaklapor"]) == 1
    out = capsys.readouterr().out.splitlines()
    flagged = [line for line in out if line.startswith("PROBLEM")]
    assert len(flagged) == 2 and out[-1] == "self-check: 2 problems"
    assert main(["--self-check", "--demo"]) == 1  # the cache folder is still blocked
    monkeypatch.delenv("JAKLAPOR_CACHE_DIR")
    assert main(["--self-check", "--demo"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "self-check: all good"


def test_report_goes_to_the_given_stream(dirs, monkeypatch):
    monkeypatch.setattr(selfcheck, "check_webengine", lambda: [])
    out = io.StringIO()
    assert selfcheck.run_self_check(None, True, out) == 0
    assert all(line.startswith(("ok ", "self-check:")) for line in out.getvalue().splitlines())


def test_a_crashing_check_is_one_line_naming_the_cause(dirs, monkeypatch):
    def broken():
        raise ImportError("IMPORTANT: PLEASE READ THIS\n\nmany lines\nOriginal error was: libfoo.so: bad ELF")

    monkeypatch.setattr(selfcheck, "check_webengine", lambda: [])
    monkeypatch.setattr(selfcheck, "check_migrations", broken)
    out = io.StringIO()
    assert selfcheck.run_self_check(None, True, out) == 1
    [line] = [line for line in out.getvalue().splitlines() if line.startswith("PROBLEM")]
    assert line == "PROBLEM  self-check failed unexpectedly: ImportError: Original error was: libfoo.so: bad ELF"
