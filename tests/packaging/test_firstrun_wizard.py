"""The first-run wizard as an installer meets it: embedded, command centre, agency, mistakes."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import config
from desktop.core.identity_crypto import IdentityKey
from desktop.services.database import upgrade_database
from desktop.services.workstation import AGENCY, CENTRAL, COMMAND_CENTRE, EMBEDDED, Workstation, load_workstation
from desktop.ui.firstrun import configured_workstation
from desktop.ui.firstrun.wizard import PAGE_CONNECTION, PAGE_DONE, PAGE_KEY, PAGE_ROLE, FirstRunWizard
from desktop.ui.i18n import install_language
from tests.qt import FakeDialogs, run, until


@pytest.fixture
def wizard(qtbot, dirs, runner):
    # The assertions read the English texts; the suite's baseline (and aloop's) is Indonesian.
    install_language("en")
    wizard = FirstRunWizard(runner, FakeDialogs())
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    install_language("id")


def _central(wizard, url: str) -> None:
    wizard.mode_page.central.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CONNECTION
    wizard.connection_page.url.setText(url)


def _test_connection(aloop, wizard) -> str:
    page = wizard.connection_page
    page.result.clear()
    page.test.click()
    run(aloop, until(lambda: page.test.isEnabled() and page.result.text() not in ("", page.tr("Connecting…"))))
    return page.result.text()


def test_embedded_workstation_in_two_clicks(wizard):
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    assert "embedded database" in wizard.done_page.summary.text()
    assert str(config.log_dir()) in wizard.done_page.folders.text()
    wizard.accept()
    assert load_workstation() == Workstation(mode=EMBEDDED)
    assert not config.identity_key_path().exists()


def test_command_centre_tests_the_connection_and_takes_the_key(aloop, wizard, pg_url, identity_key, dirs):
    upgrade_database(pg_url).dispose()
    _central(wizard, pg_url)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # untested
    wizard.connection_page.sslmode.setCurrentIndex(wizard.connection_page.sslmode.findData("prefer"))
    assert "(current)" in _test_connection(aloop, wizard)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_ROLE and wizard.role_page.command_centre.isChecked()
    wizard.next()
    assert wizard.currentId() == PAGE_KEY and not next_button.isEnabled()
    damaged = dirs / "damaged.key"
    damaged.write_text("not a key\n", encoding="ascii")
    good = dirs / "custodian.key"
    identity_key.save(good)
    wizard.dialogs.files = [str(damaged), str(good)]
    wizard.key_page.browse.click()
    assert "not an identity key file" in wizard.key_page.result.text() and not next_button.isEnabled()
    install_language("id")
    wizard.key_page.choose(damaged)
    assert wizard.key_page.result.text() == (
        f"{damaged} bukan berkas kunci identitas (baris pertama seharusnya 'jaklapor-identity-key v1')")
    install_language("en")
    wizard.key_page.browse.click()
    assert identity_key.key_id in wizard.key_page.result.text() and next_button.isEnabled()
    wizard.next()
    assert "with the identity key file" in wizard.done_page.summary.text()
    wizard.accept()
    saved = load_workstation()
    assert (saved.mode, saved.role, saved.url, saved.sslmode) == (CENTRAL, COMMAND_CENTRE, pg_url, "prefer")
    assert saved.database_url().endswith("?sslmode=prefer")
    assert IdentityKey.load(config.identity_key_path()).key_id == identity_key.key_id


def test_agency_workstation_never_gets_a_key(aloop, wizard, pg_url):
    _central(wizard, pg_url)
    text = _test_connection(aloop, wizard)
    assert "no JakLapor schema" in text  # reachable, so the installer may go on and upgrade later
    wizard.next()
    wizard.role_page.agency.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    wizard.accept()
    assert load_workstation().role == AGENCY
    assert not config.identity_key_path().exists()


def test_connection_mistakes_are_shown_and_block_going_on(aloop, wizard, dirs):
    _central(wizard, "sqlite:///here.sqlite")
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert "PostgreSQL" in _test_connection(aloop, wizard)
    wizard.connection_page.url.setText("postgresql://nobody@127.0.0.1:1/jaklapor")
    assert "cannot reach the database" in _test_connection(aloop, wizard)
    assert not next_button.isEnabled()
    wizard.connection_page.sslrootcert.setText(str(dirs / "missing.crt"))
    assert "missing.crt does not exist" in _test_connection(aloop, wizard)
    assert not config.workstation_path().exists()


def test_editing_the_url_after_a_test_asks_for_a_new_test(aloop, wizard, pg_url):
    _central(wizard, pg_url)
    _test_connection(aloop, wizard)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    wizard.connection_page.url.setText(pg_url + "x")
    assert not next_button.isEnabled() and wizard.connection_page.result.text() == ""


def test_a_refused_key_saves_nothing(wizard, pg_url, identity_key, dirs):
    """Another key already installed: Finish says why and keeps the wizard open, nothing saved."""
    IdentityKey.generate().save(config.identity_key_path())
    _central(wizard, pg_url)
    wizard.connection_page._tested_url = wizard.connection_page.database_url()  # as after a good test
    wizard.next()
    wizard.next()
    good = dirs / "custodian.key"
    identity_key.save(good)
    wizard.key_page.choose(good)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "refusing to replace it" in wizard.dialogs.errors[0]
    assert not config.workstation_path().exists()


def test_start_up_uses_the_saved_answers_without_the_wizard(aloop, runner, dirs, qtbot):
    config.workstation_path().write_text(json.dumps({"mode": "central", "url": "postgresql://g@h/d",
                                                     "role": "agency"}), encoding="utf-8")
    found = run(aloop, configured_workstation(runner, FakeDialogs()))
    assert found == Workstation(mode=CENTRAL, url="postgresql://g@h/d", role=AGENCY)


def test_start_up_shows_the_wizard_on_a_first_start_and_stops_when_cancelled(aloop, runner, dirs, qtbot):
    async def cancel_when_shown():
        while not any(isinstance(w, FirstRunWizard) and w.isVisible() for w in QApplication.topLevelWidgets()):
            await asyncio.sleep(0.02)
        shown = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible())
        qtbot.keyClick(shown, Qt.Key.Key_Escape)

    async def both():
        canceller = asyncio.ensure_future(cancel_when_shown())
        result = await configured_workstation(runner, FakeDialogs())
        await canceller
        return result

    try:
        assert run(aloop, both()) is None
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)
    assert not config.workstation_path().exists()
